"""N-Triples read from the file's bytes (kgchat.graph.ntriples) against pyoxigraph's own reading:
the same terms, ids and blank-node names on random files mixing canonical lines with every other
form, the same errors on invalid files, and no pyarrow (nor pandas) for a small file."""

from __future__ import annotations

import gzip
import random
import subprocess
import sys

import numpy as np
import pyoxigraph as ox
import pytest

from kgchat import KnowledgeGraph
from kgchat.errors import ParseError
from kgchat.graph import ntriples, read_rdf
from kgchat.graph.names import file_base_iri

# canonical terms, and terms pyoxigraph writes otherwise or that need its IRI check
SUBJECTS = ["<http://e/a>", "<http://e/b#x>", "_:n1", "_:b.2-x", "<urn:x:y>", "<http://e/é>"]
PREDICATES = ["<http://e/p>", "<http://www.w3.org/2000/01/rdf-schema#label>", "<http://e/q>"]
OBJECTS = [
    "<http://e/a>",
    "_:n1",
    '"plain"',
    '"two  words"@en',
    '"Zoë"@de',
    '"q \\" b \\\\ t\\t n\\n"@en-gb',
    '"7"^^<http://www.w3.org/2001/XMLSchema#integer>',
    '"x"^^<http://www.w3.org/2001/XMLSchema#string>',  # written without its datatype
    '"UP"@EN',  # written in lower case
    '"\\u00e9t\\u00e9"@fr',  # escapes written as characters
    '"ctl\\u0001"',
    "<http://e/\\u00e9>",
    "<http://[::1]/x>",  # an IP literal host: pyoxigraph's check
    "<http://e/a%20b?q=1#f>",
    "_:nœud",
    "<<( <http://e/a> <http://e/p> _:n1 )>>",
]


def random_file(rng: random.Random) -> bytes:
    lines = []
    for _ in range(rng.randint(1, 40)):
        s, p, o = rng.choice(SUBJECTS), rng.choice(PREDICATES), rng.choice(OBJECTS)
        form = rng.random()
        if form < 0.7:
            lines.append(f"{s} {p} {o} .\n")
        else:  # valid, not canonical: spacing, comments, blank lines, line ends
            lines.append(
                rng.choice(
                    [
                        f"{s}\t{p} {o} .\n",
                        f"{s} {p} {o}. # note\n",
                        "\n",
                        "# comment only\n",
                        f"{s}  {p} {o} .\r\n",
                        f"  {s} {p} {o} .\n",
                    ]
                )
            )
    text = "".join(lines)
    if rng.random() < 0.2:
        text = text.rstrip("\n")  # no line end at the end
    return text.encode()


def reference(path, source=0) -> list[tuple[str, str, str]]:
    blanks: dict[str, str] = {}

    def key(term):
        if isinstance(term, ox.BlankNode):
            return blanks.setdefault(term.value, f"_:s{source}_b{len(blanks)}")
        if isinstance(term, ox.Triple):  # its text, blank nodes the graph's own (_triple_key)
            return " ".join(text(x) for x in (term.subject, term.predicate, term.object))
        return term.value if isinstance(term, ox.NamedNode) else str(term)

    def text(term):
        if isinstance(term, ox.Triple):
            return f"<<( {key(term)} )>>"
        return key(term) if isinstance(term, ox.BlankNode) else str(term)

    with gzip.open(path) if path.suffix == ".gz" else open(path, "rb") as f:
        parsed = ox.parse(f, ox.RdfFormat.N_TRIPLES, base_iri=file_base_iri(path))
        return [(key(t.subject), key(t.predicate), key(t.object)) for t in parsed]


@pytest.fixture
def bytes_path(monkeypatch):
    """The bytes path for every file, in blocks of a few lines."""
    monkeypatch.setattr(read_rdf, "_ARROW_MIN_BYTES", 0)
    monkeypatch.setattr(ntriples, "BLOCK", 120)


@pytest.mark.parametrize("seed", range(40))
def test_bytes_path_gives_the_keys_of_pyoxigraph(tmp_path, bytes_path, seed):
    rng = random.Random(seed)
    first, second = tmp_path / "a.nt", tmp_path / "b.nt.gz"
    first.write_bytes(random_file(rng))
    second.write_bytes(gzip.compress(random_file(rng)))
    want = reference(first) + reference(second, 1)
    if not want:
        pytest.skip("no triples drawn")
    kg = KnowledgeGraph.load(first, second)
    index: dict[str, int] = {}
    ids = [index.setdefault(t, len(index)) for triple in want for t in triple]
    assert kg._terms.ordered == list(index)
    got = np.unique(np.stack([kg._s, kg._p, kg._o], axis=1), axis=0)
    assert (got == np.unique(np.array(ids).reshape(-1, 3), axis=0)).all()


def test_canonical_blocks_skip_pyoxigraph(tmp_path, bytes_path, monkeypatch):
    """The fast path is taken: a canonical file never reaches the re-parse."""
    f = tmp_path / "kb.nt"
    f.write_text("".join(f'<http://e/{i}> <http://e/p> "v {i}"@en .\n' for i in range(50)))

    def fail(*_):
        raise AssertionError("re-parsed a canonical block")

    monkeypatch.setattr(ntriples, "_encode_or_reparse", lambda b, n, _: ntriples.encode_lines(b, n))
    monkeypatch.setattr(ox, "serialize", fail)
    assert KnowledgeGraph.load(f).stats()["triples"] == 50


def test_one_pass_plain_pieces_are_those_the_two_checks_pass():
    """encode_lines' one regular-expression pass (every IRI in plain form) accepts exactly the
    pieces that the canonical-form pass accepts and whose IRIs (a datatype's too) all match the
    plain-IRI form: the pieces of this file's test terms, and each with one character changed."""
    import re

    import pyarrow as pa
    import pyarrow.compute as pc

    pieces = [*SUBJECTS, *(" " + p for p in PREDICATES), *(f" {o} .\n" for o in OBJECTS)]
    pieces += [p.replace("e/", bad) for p in pieces for bad in ("e%zz/", "e[/", "é/", "e /")]
    pieces += ['"x"^^<http://e/d t>', ' "x"^^<http://[::1]/d> .\n', " <http://e/%41> .\n"]
    text = pa.array(pieces, pa.large_string())

    def matches(pattern: str) -> list[bool]:
        return pc.match_substring_regex(text, pattern).to_pylist()

    plain_iri = re.compile(ntriples._PLAIN_IRI)
    both = [
        canonical and all(plain_iri.match(iri) for iri in re.findall(r"<([^<>]*)>", piece))
        for piece, canonical in zip(pieces, matches(ntriples._PIECE), strict=True)
    ]
    assert matches(ntriples._PLAIN_PIECE) == both
    assert 0 < sum(both) < len(both)


INVALID = [
    "<http://[bad> <http://e/p> <http://e/o> .",  # an IRI that RFC 3987 rejects
    "<http://e/a> <http://e/p> <rel> .",  # relative
    '<http://e/a> <http://e/p> "x"@en- .',  # a language tag
    '<http://e/a> <http://e/p> "x"@abcdefghi .',
    '<http://e/a> <http://e/p> "x"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> .',
    '"lit" <http://e/p> <http://e/o> .',  # a literal subject
    "<http://e/a> <http://e/p> <http://e/o>",  # no dot
    "<http://e/a> _:p <http://e/o> .",  # a blank predicate
    "<http://e/a%zz> <http://e/p> <http://e/o> .",
]


@pytest.mark.parametrize("bad", INVALID)
def test_invalid_lines_fail_as_in_pyoxigraph(tmp_path, monkeypatch, bad):
    """The same ParseError (message, line, column) with and without the bytes path, for a fault
    on line 7 of 9, whatever block it falls in."""
    good = '<http://e/a> <http://e/p> "ok" .\n'
    f = tmp_path / "kb.nt"
    f.write_bytes((good * 6 + bad + "\n" + good * 2).encode())
    monkeypatch.setattr(read_rdf, "_arrow_pays", lambda *_: False)
    with pytest.raises(ParseError) as plain:
        KnowledgeGraph.load(f)
    monkeypatch.setattr(read_rdf, "_arrow_pays", lambda *_: True)
    monkeypatch.setattr(ntriples, "BLOCK", 100)
    with pytest.raises(ParseError) as fast:
        KnowledgeGraph.load(f)
    assert str(fast.value) == str(plain.value)
    assert fast.value.line == plain.value.line in (7, 8)  # a missing dot: seen on the next line


def test_invalid_utf8_fails_as_in_pyoxigraph(tmp_path, monkeypatch):
    f = tmp_path / "kb.nt"
    f.write_bytes(b'<http://e/a> <http://e/p> "ok" .\n<http://e/a> <http://e/p> "Caf\xe9" .\n')
    monkeypatch.setattr(read_rdf, "_arrow_pays", lambda *_: False)
    with pytest.raises(ParseError) as plain:
        KnowledgeGraph.load(f)
    monkeypatch.setattr(read_rdf, "_arrow_pays", lambda *_: True)
    with pytest.raises(ParseError) as fast:
        KnowledgeGraph.load(f)
    assert str(fast.value) == str(plain.value)


@pytest.mark.parametrize("seed", range(3))
def test_plain_iris_are_ones_pyoxigraph_accepts_as_written(seed):
    """Every IRI the plain-form expression lets through without pyoxigraph's check passes it."""
    import pyarrow as pa
    import pyarrow.compute as pc

    rng = random.Random(seed)
    alphabet = "ab:/?#@%[]!$&'()*+,;=-._~09AFzé \\<>{}|^`\"" + "%2F" * 3
    heads = ["http://", "http:", "h:", "urn:x:", "a+b://", "1a:", ":", "http:///", "x://u@h:"]
    cands = [
        rng.choice(heads) + "".join(rng.choices(alphabet, k=rng.randint(0, 12)))
        for _ in range(4000)
    ]
    plain = pc.match_substring_regex(pa.array(cands, pa.large_string()), ntriples._PLAIN_IRI)
    passed = [c for c, ok in zip(cands, plain.to_pylist(), strict=True) if ok]
    assert len(passed) > 300
    for iri in passed:
        assert ox.NamedNode(iri).value == iri


def test_a_small_file_loads_without_pyarrow_or_pandas(tmp_path):
    """A small graph's load imports neither (pyarrow ~0.3 s, pandas ~0.4 s); a large one's
    (here: the threshold set to 0) imports pyarrow but not pandas."""
    f = tmp_path / "kb.nt"
    f.write_text('<http://e/a> <http://e/p> "x"@en .\n<http://e/a> <http://e/q> _:b .\n')
    code = (
        "import sys\nfrom kgchat import KnowledgeGraph\nfrom kgchat.graph import read_rdf\n"
        "read_rdf._ARROW_MIN_BYTES = int(sys.argv[2])\n"
        "assert KnowledgeGraph.load(sys.argv[1]).stats()['triples'] == 2\n"
        "print('pyarrow' in sys.modules, 'pandas' in sys.modules)"
    )
    for threshold, want in ((1 << 30, "False False"), (0, "True False")):
        out = subprocess.run(
            [sys.executable, "-c", code, str(f), str(threshold)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert out.stdout.split("\n")[-2] == want
