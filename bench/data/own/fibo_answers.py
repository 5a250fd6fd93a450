# ruff: noqa: E501  (one question a line)
"""Gold answers of ``fibo.jsonl``, computed with rdflib SPARQL over ``fibo.rdf`` (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form (``38.5``, ``2015-03-12``, an LEI string); a legal entity with its
``fibo-fnd-rel-rel:hasLegalName`` and its trading name (``hasName``) where it has one; anything
else (a person, a country, a legal form, a status, an LOU) with its ``rdfs:label``. ``{Name}`` in a
query stands for the one party whose legal name or label is ``Name``. Unanswerable questions carry
no query and ``answers: []``. Run from the repository root: ``python bench/data/own/fibo_answers.py``.
"""

from __future__ import annotations

from pathlib import Path

from _answers_common import named_iris, write_answers
from rdflib import RDFS, Graph, Literal, URIRef

HERE = Path(__file__).parent
FIBO = "https://spec.edmcouncil.org/fibo/ontology/"
REL = FIBO + "FND/Relations/Relations/"
PRE = f"""PREFIX rel: <{REL}>
PREFIX lp: <{FIBO}BE/LegalEntities/LegalPersons/>
PREFIX lei: <{FIBO}BE/LegalEntities/LEIEntities/>
PREFIX fbo: <{FIBO}BE/LegalEntities/FormalBusinessOrganizations/>
PREFIX cctl: <{FIBO}BE/OwnershipAndControl/CorporateControl/>
PREFIX own: <{FIBO}FND/OwnershipAndControl/Ownership/>
PREFIX adr: <{FIBO}FND/Places/Addresses/>
PREFIX ra: <{FIBO}FBC/FunctionalEntities/RegistrationAuthorities/>
PREFIX cls: <https://www.omg.org/spec/Commons/Classifiers/>
PREFIX id: <https://www.omg.org/spec/Commons/Identifiers/>
PREFIX txt: <https://www.omg.org/spec/Commons/TextDatatype/>
PREFIX qtu: <https://www.omg.org/spec/Commons/QuantitiesAndUnits/>
PREFIX c1: <https://www.omg.org/spec/LCC/Countries/ISO3166-1-CountryCodes/>
PREFIX us: <https://www.omg.org/spec/LCC/Countries/Regions/ISO3166-2-SubdivisionCodes-US/>
"""
LEI = "?i a lei:LegalEntityIdentifier ; id:identifies {E} ; txt:hasTextValue ?x"
RECORD = "?i a lei:LegalEntityIdentifier ; id:identifies {E} . ?r ra:registers ?i"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "Where is Brennecke Chemie AG incorporated?",
        "1hop",
        "SELECT ?x WHERE { {Brennecke Chemie AG} lp:isOrganizedIn ?x }",
    ),
    (
        "Which jurisdiction is Kirkwood Capital Partners LP organized in?",
        "1hop",
        "SELECT ?x WHERE { {Kirkwood Capital Partners LP} lp:isOrganizedIn ?x }",
    ),
    (
        "What is the legal form of Castellane Re S.A.?",
        "1hop",
        "SELECT ?x WHERE { {Castellane Re S.A.} cls:isClassifiedBy ?x }",
    ),
    (
        "What is the ultimate parent of Halvorsen Offshore Brasil Ltda.?",
        "1hop",
        "SELECT ?x WHERE { {Halvorsen Offshore Brasil Ltda.} cctl:hasGlobalUltimateParent ?x }",
    ),
    (
        "Which subsidiaries does Groupe Castellane SA have?",
        "1hop",
        "SELECT ?x WHERE { {Groupe Castellane SA} cctl:hasSubsidiary ?x }",
    ),
    # literals
    (
        "What is the LEI of Mercia Water plc?",
        "literal",
        f"SELECT ?x WHERE {{ {LEI.format(E='{Mercia Water plc}')} }}",
    ),
    (
        "What is Takamura Holdings K.K.'s LEI code?",
        "literal",
        f"SELECT ?x WHERE {{ {LEI.format(E='{Takamura Holdings K.K.}')} }}",
    ),
    (
        "What is the company registration number of Brennecke Chemie AG?",
        "literal",
        "SELECT ?x WHERE { ?i a ra:RegistrationIdentifier ; id:identifies {Brennecke Chemie AG} ; txt:hasTextValue ?x }",
    ),
    (
        "What is the trading name of Nordkapp Logistik AB?",
        "literal",
        "SELECT ?x WHERE { {Nordkapp Logistik AB} rel:hasName ?x }",
    ),
    (
        "What is the postcode of Flandria Bakeries NV's registered office?",
        "literal",
        "SELECT ?x WHERE { {Flandria Bakeries NV} adr:hasRegisteredAddress/adr:hasPostalCode ?x }",
    ),
    (
        "What's the registered address of Castellane Vie SA?",
        "literal",
        "SELECT ?x WHERE { {Castellane Vie SA} adr:hasRegisteredAddress/adr:hasAddressLine1 ?x }",
    ),
    # inverse
    (
        "Which companies are incorporated in Luxembourg?",
        "inverse",
        "SELECT ?x WHERE { ?x lp:isOrganizedIn c1:Luxembourg }",
    ),
    (
        "Which entities are organized in Texas?",
        "inverse",
        "SELECT ?x WHERE { ?x lp:isOrganizedIn us:US-TX }",
    ),
    (
        "Who is the parent company of Brennecke Polymers GmbH?",
        "inverse",
        "SELECT ?x WHERE { ?x cctl:hasSubsidiary {Brennecke Polymers GmbH} }",
    ),
    (
        "Which companies have Takamura Holdings K.K. as their ultimate parent?",
        "inverse",
        "SELECT ?x WHERE { ?x cctl:hasGlobalUltimateParent {Takamura Holdings K.K.} }",
    ),
    (
        "Which companies does Erik Halvorsen own shares in?",
        "inverse",
        "SELECT ?x WHERE { ?o own:hasOwningParty {Erik Halvorsen} ; own:hasOwnedAsset ?x }",
    ),
    (
        "Which companies does Hudson Meridian Pension Fund hold stakes in?",
        "inverse",
        "SELECT ?x WHERE { ?o own:hasOwningParty {Hudson Meridian Pension Fund} ; own:hasOwnedAsset ?x }",
    ),
    # two hops
    (
        "Who owns Halvorsen Shipping AS?",
        "2hop",
        "SELECT ?x WHERE { ?o own:hasOwnedAsset {Halvorsen Shipping AS} ; own:hasOwningParty ?x }",
    ),
    (
        "Who are the shareholders of Mercia Water plc?",
        "2hop",
        "SELECT ?x WHERE { ?o own:hasOwnedAsset {Mercia Water plc} ; own:hasOwningParty ?x }",
    ),
    (
        "Who owns Halvorsen Holding ASA?",
        "2hop",
        "SELECT ?x WHERE { ?o own:hasOwnedAsset {Halvorsen Holding ASA} ; own:hasOwningParty ?x }",
    ),
    (
        "In which city is Halvorsen Offshore AS registered?",
        "2hop",
        "SELECT ?x WHERE { {Halvorsen Offshore AS} adr:hasRegisteredAddress/adr:hasCityName ?x }",
    ),
    (
        "In which country is Brennecke Chemicals Inc. headquartered?",
        "2hop",
        "SELECT ?x WHERE { {Brennecke Chemicals Inc.} fbo:hasHeadquartersAddress/adr:hasCountry ?x }",
    ),
    (
        "Which country is the parent of Halvorsen Marine Services Ltd based in?",
        "2hop",
        "SELECT ?x WHERE { ?p cctl:hasSubsidiary {Halvorsen Marine Services Ltd} ; lp:isOrganizedIn ?x }",
    ),
    (
        "Where is the ultimate parent of Takamura Europe GmbH incorporated?",
        "2hop",
        "SELECT ?x WHERE { {Takamura Europe GmbH} cctl:hasGlobalUltimateParent/lp:isOrganizedIn ?x }",
    ),
    (
        "Which companies are headquartered in New York?",
        "2hop",
        'SELECT ?x WHERE { ?x fbo:hasHeadquartersAddress/adr:hasCityName "New York" }',
    ),
    # three hops
    (
        "When was the LEI of Rheintal Pigmente GmbH first registered?",
        "3hop",
        f"SELECT ?x WHERE {{ {RECORD.format(E='{Rheintal Pigmente GmbH}')} ; ra:hasInitialRegistrationDate ?x }}",
    ),
    (
        "What is the registration status of Hudson Meridian Pension Fund's LEI?",
        "3hop",
        f"SELECT ?x WHERE {{ {RECORD.format(E='{Hudson Meridian Pension Fund}')} ; ra:hasRegistrationStatus ?x }}",
    ),
    (
        "Which LOU manages the LEI of Alpenblick Rück AG?",
        "3hop",
        f"SELECT ?x WHERE {{ {RECORD.format(E='{Alpenblick Rück AG}')} ; ra:isManagedBy ?x }}",
    ),
    (
        "In which city is the parent of Brennecke Specialty Resins LLC registered?",
        "3hop",
        "SELECT ?x WHERE { ?p cctl:hasSubsidiary {Brennecke Specialty Resins LLC} ; adr:hasRegisteredAddress/adr:hasCityName ?x }",
    ),
    (
        "What is the LEI of the parent company of Castellane Vie SA?",
        "3hop",
        "SELECT ?x WHERE { ?p cctl:hasSubsidiary {Castellane Vie SA} . ?i a lei:LegalEntityIdentifier ; id:identifies ?p ; txt:hasTextValue ?x }",
    ),
    # conjunctions
    (
        "What percentage of Halvorsen Holding ASA does Erik Halvorsen own?",
        "conjunction",
        "SELECT ?x WHERE { ?o own:hasOwningParty {Erik Halvorsen} ; own:hasOwnedAsset {Halvorsen Holding ASA} ; qtu:hasNumericValue ?x }",
    ),
    (
        "How big is Takamura Holdings K.K.'s stake in Rheintal Pigmente GmbH?",
        "conjunction",
        "SELECT ?x WHERE { ?o own:hasOwningParty {Takamura Holdings K.K.} ; own:hasOwnedAsset {Rheintal Pigmente GmbH} ; qtu:hasNumericValue ?x }",
    ),
    (
        "Which subsidiaries of Halvorsen Holding ASA are registered in Sweden?",
        "conjunction",
        "SELECT ?x WHERE { {Halvorsen Holding ASA} cctl:hasSubsidiary ?x . ?x lp:isOrganizedIn c1:Sweden }",
    ),
    (
        "Which of Brennecke Chemie AG's subsidiaries are in France?",
        "conjunction",
        "SELECT ?x WHERE { {Brennecke Chemie AG} cctl:hasSubsidiary ?x . ?x lp:isOrganizedIn c1:France }",
    ),
    # synonyms
    (
        "Who is the parent of Flandria Bakeries NV?",
        "synonym",
        "SELECT ?x WHERE { ?x cctl:hasSubsidiary {Flandria Bakeries NV} }",
    ),
    (
        "Which group does Verhoeven Zuivel B.V. belong to?",
        "synonym",
        "SELECT ?x WHERE { {Verhoeven Zuivel B.V.} cctl:hasGlobalUltimateParent ?x }",
    ),
    (
        "Where is Kirkwood Infrastructure Holdings LLC's head office?",
        "synonym",
        "SELECT ?x WHERE { {Kirkwood Infrastructure Holdings LLC} fbo:hasHeadquartersAddress ?a . { ?a adr:hasCityName ?x } UNION { ?a adr:hasAddressLine1 ?x } }",
    ),
    (
        "What is the home jurisdiction of Alpenblick Rück AG?",
        "synonym",
        "SELECT ?x WHERE { {Alpenblick Rück AG} lp:isOrganizedIn ?x }",
    ),
    (
        "Which firms are controlled by Brennecke Chemie AG?",
        "synonym",
        "SELECT ?x WHERE { {Brennecke Chemie AG} cctl:hasSubsidiary ?x }",
    ),
    (
        "What is the legal entity identifier of Verhoeven Beheer B.V.?",
        "synonym",
        f"SELECT ?x WHERE {{ {LEI.format(E='{Verhoeven Beheer B.V.}')} }}",
    ),
    # aliases (trading names)
    (
        "Who owns Banca Castellane?",
        "alias",
        "SELECT ?x WHERE { ?o own:hasOwnedAsset {Banca Castellane Italia S.p.A.} ; own:hasOwningParty ?x }",
    ),
    (
        "What is the LEI of Verhoeven Dairy?",
        "alias",
        f"SELECT ?x WHERE {{ {LEI.format(E='{Verhoeven Zuivel B.V.}')} }}",
    ),
    (
        "Where is Alpenblick Re registered?",
        "alias",
        "SELECT ?x WHERE { {Alpenblick Rück AG} lp:isOrganizedIn|adr:hasRegisteredAddress/adr:hasCityName ?x }",
    ),
    (
        "Which subsidiaries does Kirkwood Capital have?",
        "alias",
        "SELECT ?x WHERE { {Kirkwood Capital Partners LP} cctl:hasSubsidiary ?x }",
    ),
    # misspelt names
    (
        "Who owns Halvorson Shipping AS?",
        "typo",
        "SELECT ?x WHERE { ?o own:hasOwnedAsset {Halvorsen Shipping AS} ; own:hasOwningParty ?x }",
    ),
    (
        "What is the LEI of Brenecke Chemie AG?",
        "typo",
        f"SELECT ?x WHERE {{ {LEI.format(E='{Brennecke Chemie AG}')} }}",
    ),
    (
        "Where is Takamra Holdings incorporated?",
        "typo",
        "SELECT ?x WHERE { {Takamura Holdings K.K.} lp:isOrganizedIn ?x }",
    ),
    # not in the graph (some a near relation)
    ("Who is the CEO of Brennecke Chemie AG?", "unanswerable", None),
    ("What was Mercia Water plc's revenue last year?", "unanswerable", None),
    ("When was Groupe Castellane SA founded?", "unanswerable", None),
    ("What is the credit rating of Halvorsen Holding ASA?", "unanswerable", None),
    ("What is the ISIN of Takamura Holdings K.K.'s shares?", "unanswerable", None),
]


def labels(g: Graph, x: object) -> list[str]:
    if isinstance(x, Literal):
        return [str(x)]
    assert isinstance(x, URIRef), x
    names = [str(n) for p in ("hasLegalName", "hasName") for n in g.objects(x, URIRef(REL + p))]
    names = names or [str(n) for n in g.objects(x, RDFS.label)]
    # an entity legal form also by its abbreviation (S.A., GmbH)
    names += [
        str(n)
        for n in g.objects(
            x, URIRef(FIBO + "BE/LegalEntities/LEIEntities/hasLegalFormAbbreviation")
        )
    ]
    assert names, x
    return names


def by_name(g: Graph, sparql: str) -> str:
    """``{Name}`` -> the IRI of the one party whose legal name or label is ``Name``."""
    return named_iris(
        sparql,
        lambda m: {
            s
            for p in (URIRef(REL + "hasLegalName"), RDFS.label)
            for s in g.subjects(p, Literal(m[1]))
        },
        r"\{([A-Z][^{}?]*)\}",
    )


def main() -> None:
    g = Graph().parse(HERE / "fibo.rdf", format="xml")
    write_answers(
        HERE / "fibo.jsonl",
        QUESTIONS,
        lambda sparql: {a for r in g.query(PRE + by_name(g, sparql)) for a in labels(g, r[0])},
    )


if __name__ == "__main__":
    main()
