"""Legal-entity reference data in the shape GLEIF publishes it (``rdf.gleif.org``), on tiny
graphs: entities at ``L-<LEI>`` named by ``gleif-L1:hasLegalName`` only
(:mod:`kgchat.graph.coded_iris`), their LEI registration entries ``L-<LEI>-LEI`` and relationship
records ``R-...-D-REC`` as junctions (:mod:`kgchat.graph.record_ids`,
:mod:`kgchat.graph.junctions`), the LEI stated on the entry an alias of the entity
(:mod:`kgchat.graph.own_codes`); and, beside them, the shapes the changed tests must still read
as before (an OntoLex form and its entry, a record keyed by its own code)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat.graph import KnowledgeGraph
from kgchat.graph.coded_iris import coded_iri
from kgchat.graph.junctions import ANONYMOUS

D1 = "https://rdf.gleif.org/L1/"
D2 = "https://rdf.gleif.org/L2/"
L1 = "https://www.gleif.org/ontology/L1/"
L2 = "https://www.gleif.org/ontology/L2/"
B = "https://www.gleif.org/ontology/Base/"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

COMPANIES = {
    "5493003ZTVP13DGLNK91": ("Müller Logistik GmbH", "Leipzig"),
    "549300P21TFO0DR6CK53": ("Bergmann Holding AG", "Berlin"),
    "353800C0TUE1OXZ07897": ("Donautal Verwaltungs-AG", "Frankfurt am Main"),
    "2138008KOIWVKHVRXD15": ("Kestrel Insurance Limited", "London"),
}
PARENTS = [
    ("5493003ZTVP13DGLNK91", "549300P21TFO0DR6CK53"),
    ("353800C0TUE1OXZ07897", "5493003ZTVP13DGLNK91"),
    ("2138008KOIWVKHVRXD15", "549300P21TFO0DR6CK53"),
]


def _triples() -> list[tuple[str, str, str]]:
    out = []
    for lei, (name, city) in COMPANIES.items():
        e, entry, address = D1 + "L-" + lei, D1 + "L-" + lei + "-LEI", D1 + "L-" + lei + "-LAL"
        bid = D1 + "BID-RA000242-HRB_" + lei[-5:]
        lang = "@en" if name.endswith("Limited") else "@de"
        out += [
            (e, TYPE, L1 + "LegalEntity"),
            (e, L1 + "hasLegalName", f'"{name}"{lang}'),
            (e, B + "hasAddressLegal", address),
            (e, B + "hasAddressHeadquarters", address),
            (address, TYPE, B + "PhysicalAddress"),
            (address, B + "hasCity", f'"{city}"'),
            (e, L1 + "hasRegistrationIdentifier", bid),
            (bid, TYPE, B + "RegistryIdentifier"),
            (bid, B + "identifies", e),
            (entry, TYPE, L1 + "LegalEntityIdentifier"),
            (entry, L1 + "LEI", f'"{lei}"'),
            (entry, L1 + "identifiesAndRecords", e),
            (entry, B + "hasNextRenewalDate", '"2026-06-12T13:18:53Z"'),
        ]
    for child, parent in PARENTS:
        r = f"{D2}R-{child}-{parent}-D"
        out += [
            (r, TYPE, L2 + "DirectConsolidation"),
            (r, L2 + "hasChild", D1 + "L-" + child),
            (r, L2 + "hasParent", D1 + "L-" + parent),
            (r + "-REC", TYPE, L2 + "LegalEntityRelationshipRecord"),
            (r + "-REC", B + "records", r),
            (r + "-REC", B + "hasInitialRegistrationDate", '"2014-01-22"'),
        ]
    return out


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    path = Path(tmp_path_factory.mktemp("lei")) / "lei.nt"

    def term(t: str) -> str:
        return t if t.startswith('"') else f"<{t}>"

    path.write_text(
        "".join(f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in _triples()), encoding="utf-8"
    )
    return KnowledgeGraph.load(path)


def test_an_lei_iri_is_a_code_not_a_name() -> None:
    """GLEIF mints ``L-`` and the LEI; a hyphenated word or a short tag is still no code."""
    assert coded_iri(D1 + "L-5493003ZTVP13DGLNK91")
    assert not coded_iri("http://x/Al-Qaida") and not coded_iri("http://x/ISO-Standard")


def test_entities_are_named_by_their_legal_names_and_lei(kg: KnowledgeGraph) -> None:
    """The legal name is the label (not taken for a written form whose owner is the
    registration entry), and the LEI the entry states is an alias."""
    for lei, (name, _) in COMPANIES.items():
        e = D1 + "L-" + lei
        assert kg.label(e) == name
        assert lei in kg.aliases(e)


def test_registration_entries_and_relationship_records_are_junctions(kg: KnowledgeGraph) -> None:
    """A record keyed by its subject's IRI and a tag is walked through, never an answer."""
    for lei in COMPANIES:
        assert kg.label(D1 + "L-" + lei + "-LEI").startswith(ANONYMOUS)
        assert not kg.aliases(D1 + "L-" + lei + "-LEI")  # (no acronym spelled out of it)
    for child, parent in PARENTS:
        assert kg.label(f"{D2}R-{child}-{parent}-D-REC").startswith(ANONYMOUS)


def test_a_tagged_name_of_a_named_thing_is_no_record(tmp_path: Path) -> None:
    """Only a tag of capitals after the subject's identifier keys a record: a page
    ``Acme-history`` about ``Acme`` keeps its own label, and a lower-case suffix is a word."""
    kg = KnowledgeGraph.from_triples(
        [
            ("http://x/Acme", "http://www.w3.org/2000/01/rdf-schema#label", '"Acme"'),
            ("http://x/Acme-history", "http://x/about", "http://x/Acme"),
            ("http://x/Acme-history", TYPE, "http://x/Page"),
            ("http://x/Beta-history", "http://x/about", "http://x/Beta"),
            ("http://x/Beta-history", TYPE, "http://x/Page"),
            ("http://x/Beta", "http://www.w3.org/2000/01/rdf-schema#label", '"Beta"'),
        ]
    )
    assert not kg.label("http://x/Acme-history").startswith(ANONYMOUS)


def test_questions_walk_through_the_records(kg: KnowledgeGraph) -> None:
    """Parents through the relationship nodes, an entity asked by its LEI, and a city through
    the address node; a question about a relation the data lacks finds no confident answer."""
    from kgchat.pipeline import make_retriever

    r = make_retriever(kg)
    top = r.retrieve("Who is the direct parent of Donautal Verwaltungs-AG?").candidates[0]
    assert top.label == "Müller Logistik GmbH"
    top = r.retrieve("Who is the direct parent of 5493003ZTVP13DGLNK91?").candidates[0]
    assert top.label == "Bergmann Holding AG"
    top = r.retrieve("In which city is Kestrel Insurance Limited headquartered?").candidates[0]
    assert top.label == "London"
    asked = r.retrieve("Who is the chief executive of Bergmann Holding AG?")
    assert asked.abstained or asked.candidates[0].label not in {n for n, _ in COMPANIES.values()}
