"""The graph layer: formats, OWL, labels, literals, inverses, persistence, SPARQL, bad input."""

from __future__ import annotations

import bz2
import gzip
import json
import subprocess
import sys

import pytest
import rdflib

from kgchat import KnowledgeGraph
from kgchat.errors import (
    EmptySourceError,
    GraphError,
    KGChatError,
    ParseError,
    QueryError,
    SourceNotFoundError,
    UnsupportedFormatError,
)
from kgchat.graph import GraphConfig
from tests.conftest import TINY_TTL, shared_path

EX = "http://example.org/med#"
PIZZA = "https://raw.githubusercontent.com/owlcs/pizza-ontology/refs/heads/master/pizza.owl#"

RDF_FORMATS = {  # extension -> rdflib serializer name
    "ttl": "turtle",
    "nt": "nt",
    "nq": "nquads",
    "trig": "trig",
    "rdf": "xml",
    "owl": "xml",
    "jsonld": "json-ld",
    "n3": "n3",
}


def fact_texts(kg: KnowledgeGraph) -> set[str]:
    return {f.text for f in kg.facts()}


@pytest.mark.parametrize("ext", sorted(RDF_FORMATS))
@pytest.mark.parametrize("compression", ["", ".gz", ".bz2"])
def test_every_rdf_syntax_loads_to_the_same_facts(tmp_path, tiny_ttl, ext, compression):
    expected = fact_texts(KnowledgeGraph.load(tiny_ttl))
    g = rdflib.Dataset()
    g.graph(rdflib.URIRef("http://example.org/g")).parse(tiny_ttl)
    fmt = RDF_FORMATS[ext]
    data = g if fmt in ("nquads", "trig") else g.graph(rdflib.URIRef("http://example.org/g"))
    data = data.serialize(format=fmt, encoding="utf-8")
    path = tmp_path / f"g.{ext}{compression}"
    opener = {"": open, ".gz": gzip.open, ".bz2": bz2.open}[compression]
    with opener(path, "wb") as f:
        f.write(data)
    kg = KnowledgeGraph.load(path)
    assert fact_texts(kg) == expected
    assert kg.label(EX + "Aspirin") == "aspirin"
    assert kg.aliases(EX + "Warfarin") == ["Coumadin"]


def test_explicit_format_and_rdflib_registry_fallback(tmp_path, tiny_ttl):
    g = rdflib.Graph().parse(tiny_ttl)
    odd = tmp_path / "graph.data"
    odd.write_text(g.serialize(format="turtle"), encoding="utf-8")
    assert fact_texts(KnowledgeGraph.load(odd, format="ttl")) == fact_texts(
        KnowledgeGraph.load(tiny_ttl)
    )
    trix = tmp_path / "graph.trix"  # a syntax pyoxigraph lacks: rdflib's registry reads it
    ds = rdflib.Dataset()
    ds.graph(rdflib.URIRef("http://example.org/g")).parse(tiny_ttl)
    trix.write_bytes(ds.serialize(format="trix", encoding="utf-8"))
    assert fact_texts(KnowledgeGraph.load(trix, format="trix")) == fact_texts(
        KnowledgeGraph.load(tiny_ttl)
    )


def test_expected_facts_of_tiny_graph(tiny_ttl):
    kg = KnowledgeGraph.load(tiny_ttl)
    assert fact_texts(kg) == {
        "aspirin — is a → drug",
        "warfarin — is a → drug",
        "aspirin — treats → Headache",
        "aspirin — interacts with → warfarin",
        "aspirin — approved year → 1899",
        "warfarin — treats → Thrombosis",
    }
    assert kg.description(EX + "Aspirin") == "A salicylate used against pain."
    assert kg.types(EX + "Aspirin") == [EX + "Drug"]
    assert set(kg.aliases(EX + "Aspirin")) == {"ASA", "Acetylsalicylsäure"}
    # schema triples are metadata, not facts; labels are names, not facts
    assert not any("domain" in t or "label" in t for t in fact_texts(kg))


def test_language_preference(tiny_ttl):
    kg = KnowledgeGraph.load(tiny_ttl, config=GraphConfig(language="de"))
    assert kg.label(EX + "Aspirin") == "Acetylsalicylsäure"
    assert "aspirin" in kg.aliases(EX + "Aspirin")


def test_declared_label_like_annotation_properties(tmp_path):
    path = tmp_path / "thesaurus.ttl"
    path.write_text(
        """@prefix : <http://ex.org/t#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> .
        :P108 a owl:AnnotationProperty ; rdfs:label "Preferred_Name" .
        :P90 a owl:AnnotationProperty ; rdfs:label "FULL_SYN" .
        :P91 a owl:AnnotationProperty ; rdfs:label "Synonym" .
        :C1234 :P108 "Myocardial Infarction" ; :P91 "Heart attack" ; :P90 "MI" ;
            :associatedWith :C99 .
        :C99 :P108 "Chest pain" .""",
        encoding="utf-8",
    )
    kg = KnowledgeGraph.load(path)
    assert kg.label("http://ex.org/t#C1234") == "Myocardial Infarction"
    assert "Heart attack" in kg.aliases("http://ex.org/t#C1234")
    assert fact_texts(kg) == {"Myocardial Infarction — associated with → Chest pain"}


def test_literals_are_facts_and_typed(tmp_path):
    path = tmp_path / "people.ttl"
    path.write_text(
        """@prefix : <http://ex.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        :Ada :age 36 ; :born "1815-12-10"^^xsd:date ; :motto "Poetical science"@en ;
             :height 1.65 .""",
        encoding="utf-8",
    )
    kg = KnowledgeGraph.load(path)
    objects = {f.predicate_label: f.object_label for f in kg.facts_of("http://ex.org/Ada")}
    assert objects == {
        "age": "36",
        "born": "1815-12-10",
        "motto": "Poetical science",
        "height": "1.65",
    }
    assert kg.stats()["literals"] == 4
    assert kg.sparql("SELECT ?a WHERE { <http://ex.org/Ada> <http://ex.org/age> ?a }") == [
        {"a": 36}
    ]


def test_inverse_traversal_without_inventing_triples(tiny_ttl):
    kg = KnowledgeGraph.load(tiny_ttl)
    back = [e for e in kg.neighbors(EX + "Headache") if not e.forward]
    assert [(e.neighbor, e.predicate) for e in back] == [(EX + "Aspirin", EX + "treats")]
    assert kg.relation_label(EX + "treats", inverse=True) == "is treated by"  # owl:inverseOf
    assert kg.relation_label(EX + "interactsWith", inverse=True) == "interacts with (inverse)"
    assert kg.inverse_of(EX + "treatedBy") == EX + "treats"
    assert kg.domain(EX + "treats") == [EX + "Drug"] and kg.range(EX + "treats") == []
    assert kg.stats()["facts"] == 6  # nothing invented


def test_parallel_edges_and_duplicates(tmp_path):
    path = tmp_path / "kb.tsv"
    path.write_text("a\tknows\tb\na\tlikes\tb\na\tknows\tb\n", encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    assert kg.stats()["triples"] == 2  # the duplicate is merged
    G = kg.to_networkx()
    assert G.number_of_edges("a", "b") == 2
    assert set(G["a"]["b"]) == {"knows", "likes"}
    assert kg.neighbors("b", direction="out") == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("kb.tsv", "Alan_PULIDO\tplays_in_club\tTigres_UANL\nAlan_PULIDO\tis_aged\t23\n"),
        ("kb.csv", 'Alan_PULIDO,plays_in_club,Tigres_UANL\n"Alan_PULIDO",is_aged,23\n'),
        ("kb.txt", "Alan_PULIDO|plays_in_club|Tigres_UANL\nAlan_PULIDO|is_aged|23\n"),
        (
            "kb.psv",
            "subject|relation|object\nAlan_PULIDO|plays_in_club|Tigres_UANL\n"
            "Alan_PULIDO|is_aged|23\n",
        ),
        # a header naming the columns in another order gives that order
        (
            "kb2.csv",
            "source,target,edge\nAlan_PULIDO,Tigres_UANL,plays_in_club\nAlan_PULIDO,23,is_aged\n",
        ),
        (
            "kb3.tsv",
            "tail\thead\trelation\nTigres_UANL\tAlan_PULIDO\tplays_in_club\n23\tAlan_PULIDO\tis_aged\n",
        ),
    ],
)
def test_plain_triple_files(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    assert fact_texts(kg) == {
        "Alan PULIDO — plays in club → Tigres UANL",
        "Alan PULIDO — is aged → 23",
    }
    assert kg.is_literal('"23"^^<http://www.w3.org/2001/XMLSchema#integer>')


def test_pizza_restrictions_become_domain_edges():
    kg = KnowledgeGraph.load(shared_path("ontologies", "pizza.owl"))
    margherita = {(f.predicate_label, f.object_label) for f in kg.facts_of(PIZZA + "Margherita")}
    assert ("has topping", "Mozzarella topping") in margherita
    assert ("has topping", "Tomato topping") in margherita
    assert ("is a subclass of", "Named pizza") in margherita
    # equivalentClass (Pizza and hasTopping some CheeseTopping)
    cheesey = {(f.predicate_label, f.object_label) for f in kg.facts_of(PIZZA + "CheeseyPizza")}
    assert ("has topping", "Cheese topping") in cheesey
    assert ("is a subclass of", "Pizza") in cheesey
    # no RDF list or blank-node plumbing leaks into facts
    for f in kg.facts():
        assert not f.subject.startswith("_:") and not f.object.startswith("_:")
        assert f.predicate_label not in {"first", "rest", "on property", "some values from"}
    assert kg.label(PIZZA + "MeatTopping") == "Meat topping"
    assert "CoberturaDeCarne" in kg.aliases(PIZZA + "MeatTopping")
    assert kg.relation_label(PIZZA + "hasTopping", inverse=True) == "is topping of"
    assert kg.stats()["triples"] == 2332


def test_wc2014_kb_loads():
    kg = KnowledgeGraph.load(shared_path("bench", "wc2014", "kb.tsv"))
    st = kg.stats()
    assert st["triples"] == 3977 and st["relations"] == 6
    assert "Alan PULIDO — plays in club → Tigres UANL" in {
        f.text for f in kg.facts_of("Alan_PULIDO")
    }


def test_save_and_open_round_trip(tmp_path, tiny_ttl):
    kg = KnowledgeGraph.load(tiny_ttl)
    out = kg.save(tmp_path / "saved")
    back = KnowledgeGraph.open(out)
    assert back.fingerprint == kg.fingerprint
    assert [f.to_dict() for f in back.facts()] == [f.to_dict() for f in kg.facts()]
    assert back.aliases(EX + "Warfarin") == ["Coumadin"]
    assert KnowledgeGraph.load(out).fingerprint == kg.fingerprint  # a saved dir is a PATH too
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp dirs left


def test_corrupt_saved_graph_is_detected(tmp_path, tiny_ttl):
    out = KnowledgeGraph.load(tiny_ttl).save(tmp_path / "saved")
    (out / "triples.npz").write_bytes(b"not an npz")
    with pytest.raises(GraphError, match="corrupt saved graph"):
        KnowledgeGraph.open(out)


def test_add_and_remove_after_load(tiny_ttl):
    kg = KnowledgeGraph.load(tiny_ttl)
    fp = kg.fingerprint
    kg.add(EX + "Warfarin", EX + "interactsWith", EX + "Ibuprofen")
    kg.add(EX + "Ibuprofen", EX + "approvedYear", 1974)
    assert "Ibuprofen — approved year → 1974" in fact_texts(kg)
    assert kg.fingerprint != fp
    assert kg.remove(EX + "Ibuprofen") == 1
    assert kg.remove(EX + "Warfarin", EX + "interactsWith", EX + "Ibuprofen") == 1
    assert kg.fingerprint == fp


def test_fact_ids_are_stable_and_carry_provenance(tiny_ttl, tmp_path):
    a = KnowledgeGraph.load(tiny_ttl)
    other = tmp_path / "other.ttl"
    other.write_text(TINY_TTL, encoding="utf-8")
    b = KnowledgeGraph.load(other)
    assert {f.id for f in a.facts()} == {f.id for f in b.facts()}
    f = next(iter(a.facts()))
    assert a.fact(f.id) == f
    assert f.source == str(tiny_ttl)


def test_sparql(tiny_ttl):
    kg = KnowledgeGraph.load(tiny_ttl)
    rows = kg.sparql("PREFIX : <http://example.org/med#> SELECT ?x WHERE { :Aspirin :treats ?x }")
    assert rows == [{"x": EX + "Headache"}]
    with pytest.raises(QueryError, match="SPARQL"):
        kg.sparql("SELEC nothing")


# ---------------------------------------------------------------- bad input
def test_malformed_turtle_names_file_line_and_column(tmp_path, tiny_ttl):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix : <http://x/> .\n:a :p :b .\n:a :p ] .\n", encoding="utf-8")
    with pytest.raises(ParseError) as info:
        KnowledgeGraph.load(bad)
    assert info.value.line == 3 and info.value.column is not None
    assert str(info.value).startswith(f"{bad}:3:")


def test_bad_source_leaves_graph_unchanged(tmp_path, tiny_ttl):
    kg = KnowledgeGraph.load(tiny_ttl)
    before = (kg.fingerprint, kg.stats())
    bad = tmp_path / "bad.nt"
    bad.write_text("<http://x/a> <http://x/p> <http://x/b> .\n<http://x/c> <http://x/p> .\n")
    with pytest.raises(ParseError, match=":2"):
        kg.add_source(bad)
    assert (kg.fingerprint, kg.stats()) == before
    assert "http://x/a" not in kg


def test_unknown_extension_lists_formats(tmp_path):
    path = tmp_path / "graph.docx"
    path.write_text("x")
    with pytest.raises(UnsupportedFormatError, match=r"\.tsv.*\.ttl"):
        KnowledgeGraph.load(path)
    with pytest.raises(UnsupportedFormatError, match="unknown format 'nonsense'"):
        KnowledgeGraph.load(path, format="nonsense")


def test_empty_missing_directory_and_not_utf8(tmp_path):
    empty = tmp_path / "empty.ttl"
    empty.write_text("")
    with pytest.raises(EmptySourceError, match="empty"):
        KnowledgeGraph.load(empty)
    only_prefixes = tmp_path / "prefixes.ttl"
    only_prefixes.write_text("@prefix : <http://x/> .\n")
    with pytest.raises(EmptySourceError, match="no triples"):
        KnowledgeGraph.load(only_prefixes)
    with pytest.raises(SourceNotFoundError, match="no such file"):
        KnowledgeGraph.load(tmp_path / "missing.ttl")
    with pytest.raises(SourceNotFoundError, match="is a directory"):
        KnowledgeGraph.load(tmp_path)
    latin = tmp_path / "latin.tsv"
    latin.write_bytes("a\tb\tc\nCaf\xe9\tp\to\n".encode("latin-1"))
    with pytest.raises(ParseError, match="not UTF-8") as info:
        KnowledgeGraph.load(latin)
    assert info.value.line is not None
    latin_ttl = tmp_path / "latin.ttl"
    latin_ttl.write_bytes('<http://x/a> <http://x/p> "Caf\xe9" .\n'.encode("latin-1"))
    with pytest.raises(ParseError, match="UTF-8"):
        KnowledgeGraph.load(latin_ttl)


def test_tsv_row_with_wrong_field_count(tmp_path):
    path = tmp_path / "kb.tsv"
    path.write_text("a\tp\tb\nc\tp\n", encoding="utf-8")
    with pytest.raises(ParseError, match="expected 3 tab-separated fields") as info:
        KnowledgeGraph.load(path)
    assert info.value.line == 2


def test_a_names_file_names_the_ids_of_a_triple_file(tmp_path):
    """A dataset written with ids comes with files naming them (``id<TAB>name``, FB15k's
    entity2text, an entities.tsv and a relations.tsv): loaded beside the triples, they give
    entities and relations their names (a two-field file used to be refused); a header row
    naming the columns is skipped, and a line of another width says where."""
    (tmp_path / "triples.tsv").write_text("e1\tr1\te2\ne2\tr2\te3\n", encoding="utf-8")
    (tmp_path / "entities.csv").write_text(
        "entity_id,label\ne1,Douglas Adams\ne2,Cambridge\ne3,England\n", encoding="utf-8"
    )
    (tmp_path / "relations.tsv").write_text(
        "r1\tplace of education\nr2\tlocated in\n", encoding="utf-8"
    )
    kg = KnowledgeGraph.load(
        tmp_path / "triples.tsv", tmp_path / "entities.csv", tmp_path / "relations.tsv"
    )
    assert kg.label("e1") == "Douglas Adams"
    assert [f.text for f in kg.facts_of("e1", direction="out")] == [
        "Douglas Adams — place of education → Cambridge"
    ]
    bad = tmp_path / "names.tsv"
    bad.write_text("e1\tDouglas Adams\ne2\tCambridge\tx\n", encoding="utf-8")
    with pytest.raises(ParseError, match=r"expected 2 tab-separated fields \(id, name\)") as info:
        KnowledgeGraph.load(tmp_path / "triples.tsv", bad)
    assert info.value.line == 2


def test_a_table_reads_as_each_rows_facts(tmp_path):
    """A spreadsheet export (a header naming four or more columns, a row an entity) used to
    be refused as a triple file with too many fields: each row is now about its first cell,
    every other non-empty cell its column's relation's object; a header naming a column twice
    or a ragged row says so, with the line."""
    path = tmp_path / "people.csv"
    path.write_text(
        "name,born,country,occupation\n"
        "Ada Lovelace,1815,England,mathematician\n"
        "Katherine Johnson,1918,United States,\n",
        encoding="utf-8",
    )
    kg = KnowledgeGraph.load(path)
    assert sorted(f.text for f in kg.facts_of("Katherine Johnson", direction="out")) == [
        "Katherine Johnson — born → 1918",
        "Katherine Johnson — country → United States",
    ]
    assert "Ada Lovelace" in [f.subject for f in kg.facts_of("England", direction="in")]
    path.write_text("name,born,born,job\nAda,1815,1816,maths\n", encoding="utf-8")
    with pytest.raises(ParseError, match="name its columns, each once"):
        KnowledgeGraph.load(path)
    path.write_text("name,born,country,job\nAda,1815,England\n", encoding="utf-8")
    with pytest.raises(ParseError, match="expected 4 fields") as info:
        KnowledgeGraph.load(path)
    assert info.value.line == 2


def test_plain_json_records_read_as_entities(tmp_path):
    """JSON without a JSON-LD context stated nothing ("no triples found"): its records are
    entities, their keys relations, nested records entities of their own, in a JSON array, an
    object holding one list of records, or JSON Lines; a record naming nothing says where."""
    import json

    people = [
        {"name": "Ada Lovelace", "born": 1815, "country": "England", "field": ["maths", None]},
        {"id": "turing", "name": "Alan Turing", "advisor": {"name": "Alonzo Church"}},
    ]
    (tmp_path / "a.json").write_text(json.dumps(people), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"people": people}), encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(
        "\n".join(json.dumps(p) for p in people) + "\n", encoding="utf-8"
    )
    for name in ("a.json", "b.json", "c.jsonl"):
        kg = KnowledgeGraph.load(tmp_path / name)
        assert sorted(f.text for f in kg.facts()) == [
            "Ada Lovelace — born → 1815",
            "Ada Lovelace — country → England",
            "Ada Lovelace — field → maths",
            "Alan Turing — advisor → Alonzo Church",
        ], name
        assert kg.label("turing") == "Alan Turing"
    (tmp_path / "d.json").write_text(json.dumps([{"born": 1815}]), encoding="utf-8")
    with pytest.raises(ParseError, match="record 1 has no key naming what it is about"):
        KnowledgeGraph.load(tmp_path / "d.json")


def test_errors_share_one_tree():
    for err in (EmptySourceError, ParseError, SourceNotFoundError, UnsupportedFormatError):
        assert issubclass(err, KGChatError)


def test_cli_graph_stats_json(tiny_ttl, tmp_path):
    cmd = [sys.executable, "-m", "kgchat.cli", "graph", "stats", str(tiny_ttl), "--json"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    st = json.loads(out.stdout.strip().splitlines()[-1])
    assert {"triples", "entities", "relations", "literals", "sources"} <= set(st)
    assert st["literals"] == 1
    bad = tmp_path / "bad.ttl"
    bad.write_text(":a :b")
    res = subprocess.run([*cmd[:-2], str(bad), "--json"], capture_output=True, text=True)
    assert res.returncode == 1 and "bad.ttl" in res.stderr


def test_import_is_light():
    code = (
        "import sys, kgchat, kgchat.cli; "
        "print(sorted(m for m in ('torch', 'transformers', 'faiss', 'rdflib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_cached_load_reuses_the_built_graph_until_a_source_changes(tmp_path):
    from kgchat.graph.persist import cached_load

    kb = tmp_path / "kb.tsv"
    kb.write_text("a\tknows\tb\n", encoding="utf-8")
    cache = tmp_path / "cache"
    first = cached_load([kb], cache_root=cache, min_bytes=0)
    assert len(list(cache.iterdir())) == 1
    entry = next(cache.iterdir())
    stamp = (entry / "manifest.json").stat().st_mtime_ns
    again = cached_load([kb], cache_root=cache, min_bytes=0)
    assert again.fingerprint == first.fingerprint
    assert (entry / "manifest.json").stat().st_mtime_ns == stamp  # reused, not rebuilt
    kb.write_text("a\tknows\tc\n", encoding="utf-8")
    changed = cached_load([kb], cache_root=cache, min_bytes=0)
    assert "a — knows → c" in {f.text for f in changed.facts()}


def test_fingerprint_is_stable_across_processes_with_blank_nodes(tmp_path):
    code = (
        "from kgchat import KnowledgeGraph; import sys; "
        "print(KnowledgeGraph.load(sys.argv[1]).fingerprint)"
    )
    src = tmp_path / "anon.ttl"
    src.write_text(
        "@prefix : <http://x/> . @prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        ":A rdfs:subClassOf [ owl:onProperty :p ; owl:someValuesFrom :B ] .\n"
        ":a :address [ :city :Paris ] .\n",
        encoding="utf-8",
    )
    prints = {
        subprocess.run(
            [sys.executable, "-c", code, str(src)], capture_output=True, text=True, check=True
        ).stdout
        for _ in range(2)
    }
    assert len(prints) == 1
