"""A Turtle file read in two processes (kgchat.graph.turtle_split) against the one-process load:
the same triples, term order, labels and fingerprint, on small files made to take the split path
(its size threshold lowered), and the one-process path wherever the cut would be wrong."""

from __future__ import annotations

import gzip

import pytest

from kgchat import KnowledgeGraph
from kgchat.errors import ParseError
from kgchat.graph import read_rdf, turtle_split
from kgchat.graph.names import file_base_iri

HEAD = """\
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

"""


def statements(first: int, n: int, sep: str = "\n") -> str:
    """``n`` grouped statements with labels, a literal fact and a link to the one before."""
    return "".join(
        f'ex:e{i} rdfs:label "entity {i}"@en ;\n    ex:size {i} ;\n    ex:next ex:e{i - 1} .\n{sep}'
        for i in range(first, first + n)
    )


@pytest.fixture
def split(monkeypatch):
    """Every Turtle file through the split path; the list records whether each read was split
    (False: the cut was refused and the file read in one process)."""
    if turtle_split._cores() < 2:
        pytest.skip("one core: Turtle is never read in two processes")
    monkeypatch.setattr(read_rdf, "_ARROW_MIN_BYTES", 0)  # both loads through Encoded chunks
    monkeypatch.setattr(turtle_split, "SPLIT_MIN_BYTES", 0)
    monkeypatch.setattr(turtle_split, "SPLIT_MAX_LOAD", float("inf"))  # whatever the machine's load
    real, taken = read_rdf.read_split, []

    def recorded(*args):
        parts = real(*args)
        taken.append(parts is not None)
        return parts

    monkeypatch.setattr(read_rdf, "read_split", recorded)
    return taken


def snapshot(kg: KnowledgeGraph) -> tuple:
    entities = list(kg.entities())
    return (
        kg.fingerprint,
        list(kg._terms.ordered),
        [(f.id, f.subject, f.predicate, f.object, f.object_label) for f in kg.facts()],
        [(e, kg.label(e), kg.aliases(e), kg.description(e)) for e in entities],
        kg.stats(),
    )


def one_process(path, monkeypatch) -> tuple:
    with monkeypatch.context() as m:
        m.setattr(turtle_split, "SPLIT_MIN_BYTES", 1 << 62)
        return snapshot(KnowledgeGraph.load(path, progress=False))


def check(tmp_path, monkeypatch, taken, text: str, split_expected: bool, name="g.ttl"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    got = snapshot(KnowledgeGraph.load(path, progress=False))
    assert taken == [split_expected]
    assert got == one_process(path, monkeypatch)
    return got


def test_grouped_statements_split_as_one_load(tmp_path, monkeypatch, split):
    got = check(tmp_path, monkeypatch, split, HEAD + statements(1, 40), True)
    assert len(got[2]) > 0


def test_every_line_one_statement(tmp_path, monkeypatch, split):
    lines = "".join(f"ex:a{i} ex:p ex:a{i + 1} .\n" for i in range(60))
    check(tmp_path, monkeypatch, split, HEAD + lines, True)


def test_a_cut_inside_a_multiline_literal_falls_back(tmp_path, monkeypatch, split):
    # the only boundaries near the middle lie inside the literal: lines ending with " ." and
    # lines starting at column 0, with a would-be declaration among them
    inner = "".join(f"line {i} ends here .\nex:fake{i} ex:p ex:q .\n" for i in range(30))
    inner += "@prefix ex: <http://evil.example/> .\n"
    text = HEAD + statements(1, 3) + f'ex:doc ex:text """{inner}""" .\n\n' + statements(4, 3)
    got = check(tmp_path, monkeypatch, split, text, False)
    assert not any(t.startswith("http://evil") for t in got[1])  # only in the literal


def test_a_multiline_literal_before_the_cut(tmp_path, monkeypatch, split):
    inner = "".join(f"line {i} .\nex:fake{i} ex:p ex:q .\n" for i in range(5))
    text = HEAD + f'ex:doc ex:text """{inner}""" .\n\n' + statements(1, 40)
    check(tmp_path, monkeypatch, split, text, True)


def test_prefixes_declared_mid_file_and_redefined(tmp_path, monkeypatch, split):
    text = (
        HEAD
        + statements(1, 10)
        + "@prefix ex: <http://second.example/> .\nPREFIX new: <http://new.example/>\n\n"
        + statements(11, 10)
        + "prefix ex: <http://third.example/>\n\n"
        + statements(21, 30)
        + "new:x new:p ex:e1 .\n"
    )
    got = check(tmp_path, monkeypatch, split, text, True)
    terms = set(got[1])
    assert {"http://third.example/e40", "http://new.example/x", "http://example.org/e1"} <= terms
    assert "http://example.org/e40" not in terms


def test_relative_iris_without_base(tmp_path, monkeypatch, split):
    text = HEAD + "".join(f"<item{i}> ex:p <other{i}> .\n\n" for i in range(40))
    got = check(tmp_path, monkeypatch, split, text, True, name="rel.ttl")
    assert file_base_iri(tmp_path / "rel.ttl") + "item39" in got[1]


def test_base_declared_and_changed(tmp_path, monkeypatch, split):
    text = (
        "@base <http://base.example/a/> .\n"
        + HEAD
        + "".join(f"<x{i}> ex:p <y{i}> .\n\n" for i in range(10))
        + "@base <sub/> .\nBASE <deeper/>\n\n"
        + "".join(f"<x{i}> ex:p <../y{i}> .\n\n" for i in range(10, 50))
    )
    got = check(tmp_path, monkeypatch, split, text, True)
    assert "http://base.example/a/sub/deeper/x49" in got[1]
    assert "http://base.example/a/sub/y49" in got[1]


def test_labelled_blank_nodes_on_both_sides_stay_one(tmp_path, monkeypatch, split):
    text = (
        HEAD
        + '_:b1 rdfs:label "shared node"@en .\n\n'
        + statements(1, 40)
        + "ex:e40 ex:owner _:b1 .\n_:b1 ex:size 7 .\n"
    )
    got = check(tmp_path, monkeypatch, split, text, True)
    assert len([t for t in got[1] if t.startswith("_:")]) == 1


def test_anonymous_nodes_and_collections_over_lines(tmp_path, monkeypatch, split):
    block = "".join(
        f'ex:e{i} ex:part [\n    rdfs:label "part {i}"@en ;\n    ex:size {i}\n] ;\n'
        f"    ex:list (\n        ex:a{i}\n        [ ex:p ex:q ]\n    ) .\n\n"
        for i in range(40)
    )
    got = check(tmp_path, monkeypatch, split, HEAD + block, True)
    assert len([t for t in got[1] if t.startswith("_:")]) == 40 * 4  # part, 2 list cells, [ ]


def test_a_syntax_error_names_the_file_and_its_line(tmp_path, monkeypatch, split):
    for where in ("first", "second"):
        lines = HEAD + statements(1, 40)
        at = 11 if where == "first" else 151  # a statement's first line
        rows = lines.splitlines(keepends=True)
        assert rows[at].endswith("@en ;\n")
        rows[at] = rows[at].replace(" ;", " ex:oops ;")
        path = tmp_path / f"bad-{where}.ttl"
        path.write_text("".join(rows))
        with pytest.raises(ParseError) as got:
            KnowledgeGraph.load(path, progress=False)
        with monkeypatch.context() as m, pytest.raises(ParseError) as one:
            m.setattr(turtle_split, "SPLIT_MIN_BYTES", 1 << 62)
            KnowledgeGraph.load(path, progress=False)
        assert str(got.value) == str(one.value)
        assert (got.value.line, got.value.path) == (at + 1, str(path))
    assert split == [False, False]


def test_compressed_and_small_files_are_not_split(tmp_path, monkeypatch, split):
    text = HEAD + statements(1, 40)
    path = tmp_path / "g.ttl.gz"
    path.write_bytes(gzip.compress(text.encode()))
    got = snapshot(KnowledgeGraph.load(path, progress=False))
    assert split == []
    plain = tmp_path / "g.ttl"
    plain.write_text(text)
    monkeypatch.setattr(turtle_split, "SPLIT_MIN_BYTES", 16 << 20)
    assert snapshot(KnowledgeGraph.load(plain, progress=False))[2] == got[2]
    assert split == []


@pytest.mark.parametrize("block", [16, 64, 1 << 23])
def test_the_childs_stream_read_in_one_buffer(monkeypatch, block):
    """The child's N-Triples read again and again into one buffer (lines longer than it, a line
    cut by a read, the last line): the chunks give the terms and ids of the whole text at once;
    a stream that ends mid-line gives None."""
    import io

    from kgchat.graph.encode import Encoded, resolve

    monkeypatch.setattr(turtle_split, "_BLOCK", block)
    lines = [
        f'<http://e/s{i}> <http://e/p> "{"long " * (i % 7) * 9}text {i}"@en .\n' for i in range(60)
    ]
    lines += ["_:b1 <http://e/q> <http://e/s3> .\n", "<http://e/s3> <http://e/q> _:b1 .\n"]
    data = "".join(lines).encode()

    def encode(view):
        return read_rdf._encoded(view, names)

    names = read_rdf.BlankNames(0)
    chunks = turtle_split._encode_stream(io.BufferedReader(io.BytesIO(data)), encode)
    assert chunks is not None and (len(chunks) > 1) == (block < len(data))
    got_keys, got_ids = resolve(chunks)
    want_keys, want_ids = resolve([Encoded(data, read_rdf.BlankNames(0))])
    assert got_keys == want_keys
    assert got_ids.tolist() == want_ids.tolist()
    cut = io.BufferedReader(io.BytesIO(data[:-5]))
    assert turtle_split._encode_stream(cut, encode) is None
