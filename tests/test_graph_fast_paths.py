"""The graph layer's fast paths against the plain walks they replace (STYLE: fast paths are
checked against brute force): the label chooser, and a load against per-triple interning."""

from __future__ import annotations

import random
from collections import defaultdict

import numpy as np
import pyoxigraph as ox
import pytest

from kgchat import KnowledgeGraph
from kgchat.graph import labels, literals, name_properties, vocab
from kgchat.graph.compile import LITERAL, term_kind, term_kinds
from kgchat.graph.formats import read_source
from kgchat.graph.names import (
    file_base_iri,
    humanize_id,
    humanize_relation,
    local_name,
    parse_literal,
)
from kgchat.graph.terms import first_occurrences
from kgchat.graph.vocab import Role


def walk_names(keys, s, p, o, rp, is_lit, pref, name_like=()):
    """The label choice as a walk over the name triples, one at a time (the reference)."""
    best: dict = {}
    alias_sets: dict = defaultdict(list)
    desc_best: dict = {}
    fallback: dict = {}
    names_of: dict = defaultdict(list)  # every name of a subject, descriptions aside
    plain = {q for q in name_like if name_properties.plain_name(humanize_relation(keys[q]))}
    nprio = len(vocab.LABEL_PRIORITY)
    for kind, mask in enumerate(
        [rp == Role.LABEL, rp == Role.ALIAS, rp == Role.DESCRIPTION, np.isin(p, list(name_like))]
    ):
        for i in np.nonzero(mask & is_lit[o])[0].tolist():
            sid, pid = int(s[i]), int(p[i])
            text, lang, _ = parse_literal(keys[o[i]])
            text = " ".join(text.split())
            if not text:
                continue
            rank = literals.lang_rank(lang, pref)
            bare = labels.strip_own_id(keys[sid], text)
            text = text if bare is None else bare
            if kind != 2:
                names_of[sid].append(text)
            if kind == 0:
                prio = nprio if bare is not None else vocab.LABEL_PRIORITY.get(keys[pid], nprio)
                cand = ((rank, prio), text)
                old = best.get(sid)
                if old is None:
                    best[sid] = cand
                elif cand[0] < old[0]:
                    alias_sets[sid].append(old[1])
                    best[sid] = cand
                else:
                    alias_sets[sid].append(text)
            elif kind == 1:
                alias_sets[sid].append(text)
            elif kind == 2:
                if sid not in desc_best or rank < desc_best[sid][0]:
                    desc_best[sid] = (rank, text)
            else:
                alias_sets[sid].append(text)
                if pid in plain and (sid not in fallback or rank < fallback[sid][0]):
                    fallback[sid] = (rank, text)
    plain_named = {sid for sid in fallback if sid not in best}
    for sid, (rank, text) in fallback.items():
        if sid not in best:
            best[sid] = ((rank, nprio), text)
    names: dict = {}
    for sid, ((rank, _), text) in best.items():
        own = local_name(keys[sid])
        # a foreign name gives way to a local name of words that is no slug of any name
        slug = any(labels.abbreviates(own, t) or labels.spells(own, t) for t in names_of[sid])
        if (
            rank >= 3
            and not labels._OPAQUE.fullmatch(own)
            and labels.reads_as_words(own)
            and not slug
        ):
            alias_sets[sid].append(text)
        else:
            names[sid] = text
    # a subject named by a code takes the value of the name-like property most such carry
    coded = []
    for i in np.nonzero(np.isin(p, list(name_like)) & is_lit[o])[0].tolist():
        sid, pid = int(s[i]), int(p[i])
        text = " ".join(parse_literal(keys[o[i]])[0].split())
        bare = labels.strip_own_id(keys[sid], text)
        text = text if bare is None else bare
        last = humanize_relation(local_name(keys[pid])).split()[-1]
        own = local_name(keys[sid])
        unlabelled = sid not in best or sid in plain_named
        if (
            text
            and unlabelled
            and labels._OPAQUE.fullmatch(own)
            and name_properties.NAME_LIKE.fullmatch(last)
        ):
            rank = literals.lang_rank(parse_literal(keys[o[i]])[1], pref)
            coded.append((sid, pid, rank, len(coded), text))
    carriers: dict = defaultdict(set)
    values: dict = defaultdict(set)
    for sid, pid, *_, text in coded:
        carriers[pid].add(sid)
        values[pid].add(text)
    chosen: dict = {}
    for sid, pid, rank, j, text in coded:
        key = (-len(carriers[pid]), -len(values[pid]) / len(carriers[pid]), rank, j)
        if sid not in chosen or key < chosen[sid][0]:
            chosen[sid] = (key, text)
    names.update({sid: text for sid, (_, text) in chosen.items()})
    aliases: dict = {}
    for sid, found in alias_sets.items():
        seen = {(names.get(sid) or humanize_id(local_name(keys[sid]))).casefold()}
        out = []
        for a in found:
            if a.casefold() not in seen:
                seen.add(a.casefold())
                out.append(a)
        if out:
            aliases[sid] = out
    return names, aliases, {sid: t for sid, (_, t) in desc_best.items()}


def random_names(seed: int):
    """Name triples over a few subjects: labels in several languages and predicates, aliases,
    descriptions, a plain "name" property, empty and escaped values, repeats."""
    rng = random.Random(seed)
    subjects = [f"http://e/{n}" for n in ("Q1", "Q22", "alice", "Bob_Smith", "pizza", "x7")]
    preds = [
        (vocab.RDFS_LABEL, Role.LABEL),
        (vocab.SKOS + "prefLabel", Role.LABEL),
        ("http://purl.org/dc/terms/title", Role.LABEL),
        (vocab.SKOS + "altLabel", Role.ALIAS),
        (vocab.RDFS + "comment", Role.DESCRIPTION),
        ("http://e/name", Role.FACT),
        ("http://e/nickname", Role.FACT),
    ]
    langs = ["", "@en", "@en-GB", "@de", "@fr", "^^<http://www.w3.org/2001/XMLSchema#string>"]
    words = ["Rome", "rome", "Roma", "ROME", " Rom  e ", "", 'a\\"b', "Q1", "Bob Smith", "x"]
    words += ['\\\\"q', 'x\\"y\\\\z', "tab\\tx", '\\"Ken\\" K', "\\u00e9t\\u00E9"]  # escapes
    words += ["Rome [Q1]", "Bob [e:Bob_Smith]", "Rome [x7] ", "Roma [Q22]", "x [pizza]"]
    words += [" ", "Ro\tme", "\u00a0Rome", "Ro\u2003me ", "Rome ", " Rome", "R  "]
    keys = subjects + [q for q, _ in preds]
    index = {k: i for i, k in enumerate(keys)}
    rows = []
    for _ in range(rng.randint(5, 60)):
        lit = f'"{rng.choice(words)}"{rng.choice(langs)}'
        if lit not in index:
            index[lit] = len(keys)
            keys.append(lit)
        rows.append(
            (rng.randrange(len(subjects)), len(subjects) + rng.randrange(len(preds)), index[lit])
        )
    s, p, o = (np.array(c, np.int64) for c in zip(*rows, strict=True))
    role = np.zeros(len(keys), np.int8)
    for i, (_, r) in enumerate(preds):
        role[len(subjects) + i] = r
    is_lit = np.array([term_kind(k) == LITERAL for k in keys])
    name_like = [index["http://e/name"], index["http://e/nickname"]]
    return keys, s, p, o, role[p], is_lit, name_like


@pytest.mark.parametrize("seed", range(60))
@pytest.mark.parametrize("pref", ["en", "en-gb", "de"])
def test_label_choice_equals_the_walk(seed, pref):
    keys, s, p, o, rp, is_lit, name_like = random_names(seed)
    want = walk_names(keys, s, p, o, rp, is_lit, pref, name_like)
    got = labels.choose_names(keys, s, p, o, rp, is_lit, pref, name_like)
    for w, g in zip(want, got, strict=True):
        assert list(g.items()) == list(w.items())  # the same names, in the same order


_WORDS = ["Rome", "", 'a\\"b', '\\\\"q', "tab\\tx", "\\u00e9t\\u00E9", " Rom  e ", "Ro\tme"]
_WORDS += ["\u00a0R", "R  ", "\u00e9", "x\u0085y", "a\x03b", "\ud800x", "\u65e5\u672c"]
_WORDS += ["x\x7fy", '"']
_TAILS = ["", "@en", "@EN", "@En-gb", "@en-", "@e", "@enx", "@de-AT", "@\u212aen", "@", "@\u00e9"]
_TAILS += ["^^<http://www.w3.org/2001/XMLSchema#string>", "^^<x:\u00e9>", "x"]


@pytest.mark.parametrize("pref", ["en", "en-gb", "de", "", "k", "\u00e9"])
@pytest.mark.parametrize("seps", [0, 1, 3])
@pytest.mark.parametrize("batch", [1 << 18, 7])
def test_literals_read_at_once_as_one_at_a_time(monkeypatch, pref, seps, batch):
    """The label choice's reading of literal bytes at once (texts cut at the last quote,
    escapes, white space, language ranks) gives what reading each literal gives: odd texts,
    upper-case, regional, non-ASCII and empty tags, the separators it tries inside literals
    (every one of them: it reads each literal then), and in batches."""
    monkeypatch.setattr(literals, "_LITERAL_BATCH", batch)
    lits = [f'"{w}"{t}' for w in _WORDS for t in _TAILS] + ['"', '"@en', '""']
    lits += ['"' + "\x00\x01\x02"[:seps] + '"'] if seps else []
    want = literals.read_each(lits, pref)
    got = literals.read_literals(lits, pref)
    assert got[0] == want[0]
    assert got[1].tolist() == want[1].tolist()
    assert literals.read_literals([], pref)[0] == []


def test_a_load_interns_like_one_triple_at_a_time(tmp_path):
    """Chunked reading with its subject and predicate caches gives the terms, ids and blank node
    names of plain per-triple interning, over blank subjects, repeats and RDF containers."""
    f = tmp_path / "kb.ttl"
    f.write_text(
        "@prefix : <http://e/> .\n"
        ':a :p :b , [ :q "x"@en ] ; :p :a .\n'
        '[] :r :a ; :r [ :s "1"^^<http://www.w3.org/2001/XMLSchema#integer> ] .\n'
        ":a :p :b .\n_:n :p _:n .\n:c :p ( :a :b ) .\n" * 3
    )
    kg = KnowledgeGraph.load(f)
    want_triples = reference_keys(f)
    index: dict[str, int] = {}
    ids = [index.setdefault(t, len(index)) for triple in want_triples for t in triple]
    assert kg._terms.ordered == list(index)
    want = np.unique(np.array(ids).reshape(-1, 3), axis=0)
    got = np.unique(np.stack([kg._s, kg._p, kg._o], axis=1), axis=0)
    assert (got == want).all()
    assert sum(k.startswith("_:s0_b") for k in index) > 5
    assert list(read_source(f)) == reference_keys(f)


def reference_keys(f, fmt=ox.RdfFormat.TURTLE, source=0) -> list[tuple[str, str, str]]:
    """The term keys of an RDF file, one triple at a time, blank nodes numbered as met."""
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

    parsed = ox.parse(path=f, format=fmt, base_iri=file_base_iri(f))
    return [(key(q.subject), key(q.predicate), key(q.object)) for q in parsed]


_TERMS_TTL = """@prefix : <http://e/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:a :p "two words" , "quote \\" and\\nnew line"@EN-us , "tab\\tand \\\\ back"@en .
:a :p <rel> , 42 , 4.5 , true , "1"^^xsd:string , "x"^^xsd:token , "\u00e9t\u00e9"@fr .
_:n1 :q _:n2 , [ :r "in a bracket" ] ; :p :a .
:b :p <<( :a :p "a b" )>> , <<( _:n1 :p <<( :a :p :b )>> )>> .
:c :p ( :a "x y" :b ) .
"""


@pytest.mark.parametrize("chunk", [1, 3, 1 << 16])
@pytest.mark.parametrize("syntax", ["ttl", "nt", "rdf"])
def test_encoded_chunks_give_the_keys_of_one_triple_at_a_time(tmp_path, monkeypatch, chunk, syntax):
    """The encoded reader (N-Triples re-serialised by pyoxigraph, split and deduplicated by
    pyarrow) against per-triple keys: literals with spaces, escapes, language tags, datatypes,
    triple terms (nested), labelled and anonymous blank nodes, lists; chunks of 1, 3 and 65,536
    triples; two sources sharing terms (the second's new ids follow the first's)."""
    from kgchat.graph import read_rdf

    monkeypatch.setattr(read_rdf, "_ENCODED_CHUNK", chunk)
    monkeypatch.setattr(read_rdf, "_ARROW_MIN_BYTES", 0)  # small files: the encoded path too
    fmt = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "rdf": ox.RdfFormat.RDF_XML}
    first, second = tmp_path / f"a.{syntax}", tmp_path / f"b.{syntax}"
    text = _TERMS_TTL if syntax != "rdf" else _TERMS_TTL.split(":b :p <<")[0]  # no triple terms
    if syntax == "ttl":
        first.write_text(text)
        second.write_text(text.replace(":a :p", ":d :p", 1))
    else:  # the same graphs in the other syntax, labelled blank nodes kept
        for path, body in ((first, text), (second, text.replace(":a :p", ":d :p", 1))):
            triples = ox.parse(body.encode(), ox.RdfFormat.TURTLE, base_iri=file_base_iri(path))
            path.write_bytes(ox.serialize(triples, format=fmt[syntax]))
    kg = KnowledgeGraph.load(first, second)
    want = reference_keys(first, fmt[syntax]) + reference_keys(second, fmt[syntax], 1)
    assert sum(1 for t in want if t[2].count(" ") > 1) >= 3  # terms with spaces are read whole
    index: dict[str, int] = {}
    ids = [index.setdefault(t, len(index)) for triple in want for t in triple]
    assert kg._terms.ordered == list(index)
    assert dict(kg._terms) == index
    assert kg._kinds.tolist() == term_kinds(list(index)).tolist()  # read from the N-Triples
    got = np.stack([kg._s, kg._p, kg._o], axis=1)
    assert (np.unique(got, axis=0) == np.unique(np.array(ids).reshape(-1, 3), axis=0)).all()
    assert list(read_source(first)) == reference_keys(first, fmt[syntax])


@pytest.mark.parametrize("seed", range(30))
def test_first_occurrences_equals_the_walk(seed):
    """The sort-and-scatter dedup of triples keeps the first of each, as a walk does, in files
    with repeats (within and across sources) in any order, and without any."""
    rng = np.random.default_rng(seed)
    m, n = int(rng.integers(0, 300)), int(rng.integers(1, 8))
    s, p, o = (rng.integers(0, n, m).astype(np.int32) for _ in range(3))
    if seed % 3 == 0:  # distinct triples, nearly sorted as a file gives them
        spo = np.unique(np.stack([s, p, o], axis=1), axis=0)
        s, p, o = (np.ascontiguousarray(c) for c in spo.T)
    seen: set[tuple[int, int, int]] = set()
    want = []
    for i, t in enumerate(zip(s.tolist(), p.tolist(), o.tolist(), strict=True)):
        if t not in seen:
            seen.add(t)
            want.append(i)
    assert first_occurrences(s, p, o, n).tolist() == want


def test_a_loads_term_index_is_built_on_the_first_lookup(tmp_path, monkeypatch):
    """A load's terms are indexed by key on the first lookup, not during the load; lookups,
    interning and a failed source's rollback see every term either way."""
    from kgchat.errors import ParseError
    from kgchat.graph import read_rdf

    monkeypatch.setattr(read_rdf, "_ARROW_MIN_BYTES", 0)
    f, bad = tmp_path / "a.ttl", tmp_path / "bad.nt"
    f.write_text(_TERMS_TTL)
    bad.write_text("<http://e/a> <http://e/p> <http://e/new> .\n<http://e/a> <oops\n")
    kg = KnowledgeGraph.load(f)
    keys = kg._terms.ordered
    assert dict.__len__(kg._terms) == 0  # nothing indexed yet
    with pytest.raises(ParseError):
        kg.add_source(bad)  # interns nothing, indexes nothing
    assert kg._terms.ordered == keys and dict.__len__(kg._terms) == 0
    assert kg._terms.get("http://e/b") == keys.index("http://e/b")  # the first lookup indexes all
    assert dict(kg._terms) == {k: i for i, k in enumerate(keys)} and len(kg._terms) == len(keys)
    assert "http://e/a" in kg and kg.label("http://e/a") == "a"
    fresh = KnowledgeGraph.load(f)
    assert fresh._terms["http://e/c"] == keys.index("http://e/c")  # interning: a known key
    assert fresh._terms["http://e/new"] == len(keys)


def test_a_fact_read_is_kept_until_the_graph_changes_and_equals_a_fresh_read():
    """``KnowledgeGraph.fact`` keeps what it read: the same fact again, equal to reading it
    afresh (``edges_read.fact_at``), and after a change (labels too) the new graph's."""
    from kgchat.graph.edges_read import fact_at
    from kgchat.graph.vocab import RDFS

    kg = KnowledgeGraph.from_triples([("A", "r", "B"), ("B", "s", "C")])
    handles = [e.fact for n in ("A", "B") for e in kg.neighbors(n)]
    first = [kg.fact(h) for h in handles]
    assert all(kg.fact(h) is f for h, f in zip(handles, first, strict=True))
    fresh = [fact_at(kg._g, kg._terms.ordered, kg._kinds, kg.sources, h) for h in handles]
    assert first == fresh
    kg.add("B", RDFS + "label", '"Bee"')
    after = {kg.fact(e.fact).object_label for e in kg.neighbors("A", direction="out")}
    assert after == {"Bee"}
