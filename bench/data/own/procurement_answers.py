# ruff: noqa: E501  (one SPARQL query a line)
"""Print procurement.jsonl: each question with its gold answers computed by rdflib SPARQL over
``procurement/notices.nq`` and ``procurement/authority.trig`` (never with kgchat), queried as
one union graph, as TED's endpoint answers a query without ``GRAPH``.

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form. An entity answers with every name it has, any of which names the right entity: an
organization by its ``epo:hasLegalName``; a procedure, lot or contract by each ``dct:title``
(the original language's and the English one); a code-list concept by its ``skos:prefLabel``
in any language, ``skos:notation`` and ``dc:identifier``; a code IRI with no label (some
procedure types) by the code its IRI ends in. TED mints an organization per notice, so a
company is matched by its legal name across notices, never by one IRI. Procedures are named in
the queries by their English titles. Unanswerable questions carry no query and ``answers: []``.
Run from the repository root:
``python bench/data/own/procurement_answers.py > bench/data/own/procurement.jsonl``.
"""

import json
from pathlib import Path

import rdflib

rdflib.NORMALIZE_LITERALS = False
HERE = Path(__file__).parent / "procurement"
ds = rdflib.Dataset(default_union=True)
ds.parse(HERE / "notices.nq", format="nquads")
ds.parse(HERE / "authority.trig", format="trig")
P = """PREFIX epo: <http://data.europa.eu/a4g/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/> PREFIX dc: <http://purl.org/dc/elements/1.1/>
PREFIX locn: <http://www.w3.org/ns/locn#> PREFIX cccev: <http://data.europa.eu/m8g/>
PREFIX ppt: <http://publications.europa.eu/resource/authority/procurement-procedure-type/>
PREFIX cpv: <http://data.europa.eu/cpv/cpv/> PREFIX country: <http://publications.europa.eu/resource/authority/country/>
"""
NAMES = """SELECT DISTINCT ?n WHERE {
  { ?x epo:hasLegalName ?n } UNION { ?x dct:title ?n } UNION { ?x skos:prefLabel ?n }
  UNION { ?x skos:notation ?n } UNION { ?x dc:identifier ?n } }"""


def T(var: str, title: str) -> str:
    """``var`` is titled ``title`` in English."""
    return f'{var} dct:title "{title}"@en .'


def ORG(var: str, name: str) -> str:
    return f'{var} epo:hasLegalName ?{var[1:]}_name . FILTER(str(?{var[1:]}_name) = "{name}")'


def WON(contract: str, org: str) -> str:
    return f"{contract} epo:includesTender/epo:isSubmitedBy/epo:playedBy {org} ."


def PROC_BUYER(proc: str, org: str) -> str:
    return f"?{org[1:]}_n epo:refersToProcedure {proc} ; epo:announcesRole/epo:playedBy {org} ."


def CON_BUYER(contract: str, org: str) -> str:
    return f"?{org[1:]}_n epo:announcesContract {contract} ; epo:announcesRole/epo:playedBy {org} ."


def CON_OF_PROC(proc: str, contract: str) -> str:
    """``contract`` awards a lot of ``proc``."""
    return f"{proc} epo:hasProcurementScopeDividedIntoLot ?lot_{contract[1:]} . {contract} epo:includesTender/epo:isSubmittedForLot ?lot_{contract[1:]} ."


def ADDR(org: str) -> str:
    return f"{org} cccev:registeredAddress ?addr_{org[1:]} ."


def PROC_NOTICE(proc: str, notice: str) -> str:
    return f"{notice} epo:refersToProcedure {proc} ."


GLOVES = "Supply of nitrile examination gloves"
Q = [
    # 1hop
    ("Who won the contract for the supply of nitrile examination gloves?", "1hop", f"{T('?c', GLOVES)} {WON('?c', '?x')}"),
    ("Which procedure type was used for the Design of the A12 Ede-Grijsoord widening?", "1hop", f"{T('?p', 'Design of the A12 Ede-Grijsoord widening')} ?p a epo:Procedure ; epo:hasProcedureType ?x ."),
    ("What is the CPV code of the Supply of LED luminaires for street lighting?", "1hop", f"{T('?p', 'Supply of LED luminaires for street lighting')} ?p a epo:Procedure ; epo:hasPurpose/epo:hasMainClassification ?x ."),
    ("What procedure was used for the Urgent supply of medicines for the municipal pharmacies?", "1hop", f"{T('?p', 'Urgent supply of medicines for the municipal pharmacies')} ?p a epo:Procedure ; epo:hasProcedureType ?x ."),
    ("In which city is Datacentrum Nord A/S?", "1hop", f"{ORG('?o', 'Datacentrum Nord A/S')} {ADDR('?o')} ?addr_o locn:postName ?x ."),
    ("When was the result notice for the Supply of electricity for municipal buildings published?", "1hop", f"{T('?p', 'Supply of electricity for municipal buildings')} ?p a epo:Procedure . {PROC_NOTICE('?p', '?n')} ?n epo:hasPublicationDate ?x ."),
    # inverse
    ("Which contracts did Huber Straßenbau GmbH win?", "inverse", f"{ORG('?o', 'Huber Straßenbau GmbH')} {WON('?x', '?o')}"),
    ("Which procurements did Stadt Graz run?", "inverse", f"{ORG('?o', 'Stadt Graz')} {PROC_BUYER('?x', '?o')}"),
    ("Which procedures were classified as Roadworks?", "inverse", "?x a epo:Procedure ; epo:hasPurpose/epo:hasMainClassification cpv:45233140 ."),
    ("Which procurement procedures were run as a competitive dialogue?", "inverse", "?x a epo:Procedure ; epo:hasProcedureType ppt:comp-dial ."),
    ("Which organizations are based in Utrecht?", "inverse", f'?x epo:hasLegalName ?nm . {ADDR("?x")} ?addr_x locn:postName ?town . FILTER(str(?town) = "Utrecht")'),
    # 2hop
    ("In which city is the company that won the contract for the school meals for Copenhagen public schools?", "2hop", f"{T('?c', 'School meals for Copenhagen public schools')} {WON('?c', '?o')} {ADDR('?o')} ?addr_o locn:postName ?x ."),
    ("Which body bought the Delivery of electric buses for the Kraków municipal transport company?", "2hop", f"{T('?p', 'Delivery of electric buses for the Kraków municipal transport company')} ?p a epo:Procedure . {PROC_BUYER('?p', '?x')}"),
    ("In which NUTS region is the winner of the Supply of LED luminaires for street lighting based?", "2hop", f"{T('?c', 'Supply of LED luminaires for street lighting')} {WON('?c', '?o')} {ADDR('?o')} ?addr_o epo:hasNutsCode ?x ."),
    ("In what currency was the contract for the Reconstruction of Zakopiańska street awarded?", "2hop", f"{T('?c', 'Reconstruction of Zakopiańska street')} ?c a epo:Contract ; epo:includesTender/epo:hasFinancialOfferValue/epo:hasCurrency ?x ."),
    ("How much was the contract for the Supply of nitrile examination gloves worth?", "2hop", f"{T('?c', GLOVES)} ?c a epo:Contract ; epo:includesTender/epo:hasFinancialOfferValue/epo:hasAmountValue ?x ."),
    ("Who bought the snow clearing and de-icing at the region's hospitals?", "2hop", f"{T('?p', 'Snow clearing and de-icing at the region' + chr(39) + 's hospitals')} ?p a epo:Procedure . {PROC_BUYER('?p', '?x')}"),
    ("In which country is the supplier of the magnetic resonance imaging equipment based?", "2hop", f"{T('?c', 'Purchase of magnetic resonance imaging equipment')} {WON('?c', '?o')} {ADDR('?o')} ?addr_o epo:hasCountryCode ?x ."),
    # 3hop
    ("In which cities are the buyers that awarded contracts to Bayern E-Mobil Fahrzeugbau GmbH?", "3hop", f"{ORG('?w', 'Bayern E-Mobil Fahrzeugbau GmbH')} {WON('?c', '?w')} {CON_BUYER('?c', '?b')} {ADDR('?b')} ?addr_b locn:postName ?x ."),
    ("Which companies won contracts from Rijkswaterstaat?", "3hop", f"{ORG('?b', 'Rijkswaterstaat')} {CON_BUYER('?c', '?b')} {WON('?c', '?x')}"),
    ("What kind of work do the contracts won by Nordvik Snöröjning AB cover?", "3hop", f"{ORG('?w', 'Nordvik Snöröjning AB')} {WON('?c', '?w')} ?c epo:includesTender/epo:isSubmittedForLot/epo:hasPurpose/epo:hasMainClassification ?x ."),
    # conjunction
    ("Which companies won contracts from both Ville de Lyon and Comune di Bologna?", "conjunction", f"{ORG('?b1', 'Ville de Lyon')} {CON_BUYER('?c1', '?b1')} {WON('?c1', '?x')} ?x epo:hasLegalName ?xn . {ORG('?b2', 'Comune di Bologna')} {CON_BUYER('?c2', '?b2')} {WON('?c2', '?y')} ?y epo:hasLegalName ?xn ."),
    ("Which open procedures of Landeshauptstadt München were there?", "conjunction", f"{ORG('?b', 'Landeshauptstadt München')} {PROC_BUYER('?x', '?b')} ?x epo:hasProcedureType ppt:open ."),
    ("Which open procedures were classified as construction work for school buildings?", "conjunction", "?x a epo:Procedure ; epo:hasProcedureType ppt:open ; epo:hasPurpose/epo:hasMainClassification cpv:45214200 ."),
    # synonym
    ("Who is the supplier for the cleaning services for the Civic Offices and libraries?", "synonym", f"{T('?c', 'Cleaning services for the Civic Offices and libraries')} {WON('?c', '?x')}"),
    ("Which contracting authority awarded the Maintenance and further development of the citizen portal?", "synonym", f"{T('?p', 'Maintenance and further development of the citizen portal')} ?p a epo:Procedure . {PROC_BUYER('?p', '?x')}"),
    ("What was the tender price for the Mowing of motorway verges in the Central Netherlands region?", "synonym", f"{T('?c', 'Mowing of motorway verges in the Central Netherlands region')} ?c a epo:Contract ; epo:includesTender/epo:hasFinancialOfferValue/epo:hasAmountValue ?x ."),
    ("Which vendor got the contract for school meals for Copenhagen public schools?", "synonym", f"{T('?c', 'School meals for Copenhagen public schools')} {WON('?c', '?x')}"),
    ("What kind of tendering was used for the New construction of the Leidsche Rijn community school?", "synonym", f"{T('?p', 'New construction of the Leidsche Rijn community school')} ?p a epo:Procedure ; epo:hasProcedureType ?x ."),
    ("What is the subject matter of the Renewal of water pipes in Valby?", "synonym", f"{T('?p', 'Renewal of water pipes in Valby')} ?p a epo:Procedure ; epo:hasPurpose/epo:hasMainClassification ?x ."),
    ("Who was awarded the innovation partnership for a digital parking permit service?", "synonym", f"{T('?c', 'Innovation partnership for a digital parking permit service')} {WON('?c', '?x')}"),
    # alias
    ("Who won the Sanierung der Fahrbahndecken im Stadtgebiet 2024?", "alias", f"{T('?p', 'Resurfacing of road pavements in the city area 2024')} ?p a epo:Procedure . {CON_OF_PROC('?p', '?c')} {WON('?c', '?x')}"),
    ("Which company won Fornitura di energia elettrica per gli edifici comunali?", "alias", f"{T('?c', 'Supply of electricity for municipal buildings')} {WON('?c', '?x')}"),
    ("Who bought the Suministro de guantes de examen de nitrilo?", "alias", f"{T('?p', GLOVES)} ?p a epo:Procedure . {PROC_BUYER('?p', '?x')}"),
    ("Which city council awarded Skolemad til københavnske folkeskoler?", "alias", f"{T('?p', 'School meals for Copenhagen public schools')} ?p a epo:Procedure . {PROC_BUYER('?p', '?x')}"),
    # typo
    ("Who won the contract for the Supply of nitrile examinaton gloves?", "typo", f"{T('?c', GLOVES)} {WON('?c', '?x')}"),
    ("Which contracts did Huber Strassenbau GmbH win?", "typo", f"{ORG('?o', 'Huber Straßenbau GmbH')} {WON('?x', '?o')}"),
    ("Where is Liffey Facilites Management based?", "typo", f"{ORG('?o', 'Liffey Facilities Management Ltd')} {ADDR('?o')} ?addr_o locn:postName ?x ."),
    ("Who bought the Renovaton of the Jean Mace school complex?", "typo", f"{T('?p', 'Renovation of the Jean Macé school complex')} ?p a epo:Procedure . {PROC_BUYER('?p', '?x')}"),
    # literal
    ("What is the publication number of the result notice for the Design of the A12 Ede-Grijsoord widening?", "literal", f"{T('?p', 'Design of the A12 Ede-Grijsoord widening')} ?p a epo:Procedure . {PROC_NOTICE('?p', '?n')} ?n epo:hasNoticePublicationNumber ?x ."),
    ("How many tenders were received for the Supply of nitrile examination gloves?", "literal", f"{T('?l', GLOVES)} ?l a epo:Lot . ?o epo:concernsLot ?l . ?s epo:summarisesInformationForLotAwardOutcome ?o ; epo:hasReceivedTenders ?x ."),
    ("What is the estimated value of the Replacement of the Vleutense bridge?", "literal", f"{T('?p', 'Replacement of the Vleutense bridge')} ?p a epo:Procedure ; epo:hasEstimatedValue/epo:hasAmountValue ?x ."),
    ("When was the contract for the Delivery of notebook computers for schools signed?", "literal", f"{T('?c', 'Delivery of notebook computers for schools')} ?c a epo:Contract ; epo:hasContractConclusionDate ?x ."),
    ("What is the postcode of Alpen IT Services GmbH?", "literal", f"{ORG('?o', 'Alpen IT Services GmbH')} {ADDR('?o')} ?addr_o locn:postCode ?x ."),
    ("What is the street address of Rijkswaterstaat?", "literal", f"{ORG('?o', 'Rijkswaterstaat')} {ADDR('?o')} ?addr_o locn:thoroughfare ?x ."),
    ("When was the Renovation of the Jean Macé school complex awarded?", "literal", f"{T('?p', 'Renovation of the Jean Macé school complex')} ?p a epo:Procedure . {PROC_NOTICE('?p', '?n')} ?n epo:announcesAwardDecision/epo:hasAwardDecisionDate ?x ."),
]  # fmt: skip
# unanswerable: the Vleutense bridge has a contract notice only (not awarded yet); lot 3 of the Jean
# Macé renovation closed with no winner; notices list winners only (no losing tenders), no contract
# end or duration, no staff numbers and no e-mail addresses
UNANSWERABLE = [
    "Who won the contract for the Replacement of the Vleutense bridge?",
    "Who won lot 3, heating and ventilation, of the Jean Macé school renovation?",
    "Which companies lost the tender for the Delivery of electric buses for the Kraków municipal transport company?",
    "When does the contract for the Supply of nitrile examination gloves end?",
    "How many employees does Huber Straßenbau GmbH have?",
    "What is the e-mail address of the contracting authority for the Renewal of water pipes in Valby?",
]


def answers(where: str) -> list[str]:
    found = [r[0] for r in ds.query(P + f"SELECT DISTINCT ?x WHERE {{ {where} }}")]
    out: set[str] = set()
    for x in found:
        if isinstance(x, rdflib.Literal):
            out.add(str(x))
            continue
        names = {str(r[0]) for r in ds.query(P + NAMES, initBindings={"x": x})}
        out |= names or {str(x).rsplit("/", 1)[-1]}
    return sorted(out)


def main() -> None:
    for text, kind, where in Q:
        found = answers(where)
        if not found:
            raise SystemExit(f"no answer: {text}")
        print(json.dumps({"question": text, "answers": found, "kind": kind}, ensure_ascii=False))
    for text in UNANSWERABLE:
        print(
            json.dumps(
                {"question": text, "answers": [], "kind": "unanswerable"}, ensure_ascii=False
            )
        )


if __name__ == "__main__":
    main()
