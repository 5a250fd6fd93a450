"""What the blind taxa probe (a museum's and a citizen-science portal's Darwin Core RDF) showed
kgchat missing, on a tiny checklist: a record whose IRI ends with a code that has a letter in
its number (``taxon/MNH-T0027``) is named by its scientific name, a string that cites another
record's ``taxonID`` is a link to that record, a synonym's accepted name, which names the
accepted record, is no name of the synonym, and a question that names a language picks the
value in that language."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

T = "https://data.example.org/taxon/"
DWC = "http://rs.tdwg.org/dwc/terms/"
# (id, name, rank, parent id as the herbarium's export writes it: a string)
CHECKLIST = [
    ("BGH-T0001", "Plantae", "kingdom", None),
    ("BGH-T0002", "Fagaceae", "family", "BGH-T0001"),
    ("BGH-T0003", "Betulaceae", "family", "BGH-T0001"),
    ("BGH-T0004", "Quercella", "genus", "BGH-T0002"),
    ("BGH-T0005", "Betulina", "genus", "BGH-T0003"),
    ("BGH-T0006", "Quercella sylvestris Okafor", "species", "BGH-T0004"),
    ("BGH-T0007", "Betulina elegans Moreau", "species", "BGH-T0005"),
]


def _nt() -> str:
    lines = []
    for tid, name, rank, parent in CHECKLIST:
        s = f"<{T}{tid}>"
        lines += [
            f"{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{DWC}Taxon> .",
            f'{s} <{DWC}taxonID> "{tid}" .',
            f'{s} <{DWC}scientificName> "{name}" .',
            f'{s} <{DWC}taxonRank> "{rank}" .',
            f'{s} <{DWC}taxonomicStatus> "accepted" .',
        ]
        if parent:
            lines.append(f'{s} <{DWC}parentNameUsageID> "{parent}" .')
    lines.append(f'<{T}BGH-T0006> <{DWC}vernacularName> "Wood oak"@en .')
    syn = f"<{T}BGH-T0006-S>"
    lines += [
        f'{syn} <{DWC}taxonID> "BGH-T0006-S" .',
        f'{syn} <{DWC}scientificName> "Quercus sylvestris Okafor" .',
        f'{syn} <{DWC}taxonomicStatus> "synonym" .',
        f'{syn} <{DWC}acceptedNameUsage> "Quercella sylvestris Okafor" .',
        f'{syn} <{DWC}acceptedNameUsageID> "BGH-T0006" .',
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    path = tmp_path_factory.mktemp("taxa") / "taxa.nt"
    path.write_text(_nt(), encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_coded_record_is_named_by_its_scientific_name(kg):
    assert kg.label(T + "BGH-T0002") == "Fagaceae"
    assert kg.label(T + "BGH-T0006") == "Quercella sylvestris Okafor"
    assert kg.label(T + "BGH-T0006-S") == "Quercus sylvestris Okafor"


def test_a_string_citing_a_taxon_id_is_a_link_to_that_taxon(kg):
    parents = {
        (f.subject, f.object) for f in kg.facts() if f.predicate == DWC + "parentNameUsageID"
    }
    assert (T + "BGH-T0006", T + "BGH-T0004") in parents
    assert (T + "BGH-T0004", T + "BGH-T0002") in parents
    accepted = [f.object for f in kg.facts() if f.predicate == DWC + "acceptedNameUsageID"]
    assert accepted == [T + "BGH-T0006"]


def test_an_accepted_name_is_no_name_of_its_synonym(kg):
    assert "Quercella sylvestris Okafor" not in kg.aliases(T + "BGH-T0006-S")


def test_the_walk_reaches_a_family_through_cited_ids(kg):
    r = make_retriever(kg)
    res = r.retrieve("Which family does the wood oak belong to?")
    assert res.candidates and kg.label(res.candidates[0].node) == "Fagaceae"


@pytest.fixture(scope="module")
def names(tmp_path_factory):
    """A species and its common names in four languages, nothing else."""
    s = f"<{T}BGH-T0007>"
    lines = [f'{s} <{DWC}scientificName> "Betulina elegans Moreau" .']
    for name, lang in (
        ("Elegant birch", "en"),
        ("Zierbirke", "de"),
        ("Sierlijke berk", "nl"),
        ("Bouleau élégant", "fr"),
    ):
        lines.append(f'{s} <{DWC}vernacularName> "{name}"@{lang} .')
    path = tmp_path_factory.mktemp("names") / "names.nt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return KnowledgeGraph.load(path)


@pytest.mark.parametrize(
    ("language", "name"), [("Dutch", "Sierlijke berk"), ("French", "Bouleau élégant")]
)
def test_a_named_language_picks_the_value_in_it(names, language, name):
    r = make_retriever(names)
    res = r.retrieve(f"What is the {language} name of the elegant birch?")
    assert res.candidates and res.candidates[0].label == name
