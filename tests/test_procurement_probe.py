"""What the blind procurement probe (TED's eProcurement Ontology notices) showed kgchat missing,
on a tiny set of notices in N-Quads, one named graph a notice, every node minted per notice
at a UUID IRI:

- a company minted afresh in each notice that names it is named by its ``epo:hasLegalName``
  ("legal name": a property headed by "name"), though each copy shares that name;
- a buyer reached through two unnamed junctions in a row (the notice, then the ``epo:Buyer``
  role it announces) is said by the role's class: "Who bought X?" is answered, not abstained;
- a winner four hops away, three of them through unnamed junctions (a lot's award outcome,
  its tender award outcome, the ``epo:Winner`` role), is reached: a walk that ends inside a
  junction takes one hop more.
"""

from __future__ import annotations

import uuid

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

EPO = "http://data.europa.eu/a4g/ontology#"
EPD = "http://data.europa.eu/a4g/resource/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TITLE = "http://purl.org/dc/terms/title"
# (procedure title, buyer, winner)
NOTICES = [
    ("Resurfacing of the ring road", "City of Graz", "Huber Bau GmbH"),
    ("Supply of nitrile examination gloves", "Madrid Health Service", "Medisupply Ltd"),
    ("Cleaning of the civic offices", "Dublin City Council", "Liffey Cleaning Ltd"),
    ("Snow clearing at the hospitals", "Region Skane", "Huber Bau GmbH"),
    ("School meals for public schools", "City of Copenhagen", "Greenway Catering BV"),
    ("Delivery of electric buses", "City of Krakow", "Medisupply Ltd"),
]
RNG = uuid.UUID(int=7).int


def _mint(cls: str, n: list[int]) -> str:
    n[0] += 1
    return f"<{EPD}{cls}/{uuid.UUID(int=(RNG * 7919 + n[0] * 104729) % (1 << 128), version=4)}>"


def _nq() -> str:
    n = [0]
    lines = []
    for i, (title, buyer, winner) in enumerate(NOTICES):
        g = f"<{EPD}notice/{100000 + i}-2024>"

        def add(s: str, p: str, o: str, g: str = g) -> None:
            lines.append(f"{s} <{p}> {o} {g} .")

        def org(name: str) -> str:
            o = _mint("Organization", n)
            add(o, RDF_TYPE, "<http://www.w3.org/ns/org#Organization>")
            add(o, EPO + "hasLegalName", f'"{name}"@en')
            return o

        def role(cls: str, name: str) -> str:
            r = _mint(cls, n)
            add(r, RDF_TYPE, f"<{EPO}{cls}>")
            add(r, EPO + "playedBy", org(name))
            return r

        notice, proc, lot = _mint("Notice", n), _mint("Procedure", n), _mint("Lot", n)
        add(notice, RDF_TYPE, f"<{EPO}ResultNotice>")
        add(notice, EPO + "hasNoticePublicationNumber", f'"{100000 + i}-2024"')
        add(notice, EPO + "refersToProcedure", proc)
        add(notice, EPO + "announcesRole", role("Buyer", buyer))
        add(proc, RDF_TYPE, f"<{EPO}Procedure>")
        add(proc, TITLE, f'"{title}"@en')
        add(proc, EPO + "hasProcurementScopeDividedIntoLot", lot)
        add(lot, RDF_TYPE, f"<{EPO}Lot>")
        add(lot, TITLE, f'"Lot 1: {title.lower()}"@en')
        lao, tao = _mint("LotAwardOutcome", n), _mint("TenderAwardOutcome", n)
        add(lao, RDF_TYPE, f"<{EPO}LotAwardOutcome>")
        add(lao, EPO + "concernsLot", lot)
        add(lao, EPO + "comprisesTenderAwardOutcome", tao)
        add(tao, RDF_TYPE, f"<{EPO}TenderAwardOutcome>")
        add(tao, EPO + "indicatesAwardOfLotToWinner", role("Winner", winner))
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    path = tmp_path_factory.mktemp("procurement") / "notices.nq"
    path.write_text(_nq(), encoding="utf-8")
    return KnowledgeGraph.load(path)


@pytest.fixture(scope="module")
def retriever(kg):
    r = make_retriever(kg)
    r.prepare()
    return r


def test_a_company_minted_per_notice_is_named_by_its_legal_name(kg):
    named = {
        kg.label(f.subject)
        for f in kg.facts()
        if f.predicate == RDF_TYPE and f.object == "http://www.w3.org/ns/org#Organization"
    }
    assert {"Huber Bau GmbH", "Medisupply Ltd", "City of Graz", "Region Skane"} <= named


def test_a_buyer_behind_a_notice_and_its_role_is_answered(retriever):
    res = retriever.retrieve("Who bought the Supply of nitrile examination gloves?")
    top = res.candidates[0]
    # the company itself, not the role node it plays (named after it where it had no name)
    assert top.label == "Madrid Health Service" and "/Organization/" in top.node
    assert not res.abstained


def test_a_winner_four_hops_through_junctions_is_reached(retriever):
    res = retriever.retrieve("Who was the winner of the Lot 1: resurfacing of the ring road?")
    top = res.candidates[0]
    assert top.label == "Huber Bau GmbH" and "/Organization/" in top.node
    assert len(top.paths[0].pattern) == 4
    assert not res.abstained
