# ruff: noqa: E501  (one question a line)
"""Gold answers of ``parliament.jsonl``, computed with rdflib SPARQL over ``parliament.trix`` (the
union of its named graphs; never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("2022-09-16", "14"); an entity with every name it carries: ``foaf:name`` and
``skos:altLabel`` (a person's other forms, a party's abbreviation), ``skos:prefLabel`` in English
and French (organizations, areas, roles), ``rdfs:label`` (posts), ``schema:name`` (terms),
``dcterms:identifier`` (motions). ``<P name>`` stands for the person whose ``foaf:name`` is
``name``; ``<O label>`` for the organization, area, role or term one of whose labels is ``label``.
Who sat for a seat in a term is the member of a chamber membership whose post's area is the seat
and whose legislative period is the term; how someone voted is the option of their vote in the
motion's vote event. Unanswerable questions carry no query and ``answers: []``. Run from the
repository root: ``python bench/data/own/parliament_answers.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import RDFS, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import write_answers

HERE = Path(__file__).parent
SDO = Namespace("http://schema.org/")
PRE = """PREFIX org: <http://www.w3.org/ns/org#>
PREFIX og: <http://www.w3.org/ns/opengov#>
PREFIX s: <http://schema.org/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX adms: <http://www.w3.org/ns/adms#>
PREFIX role: <https://data.westmark-assembly.example/role/>
"""
SEAT = "?m og:post ?post ; org:member ?x . ?post og:area {area} . "
SEAT_T = SEAT + "?m og:legislativePeriod {term} . "


def seat(area: str, term: str | None = None) -> str:
    pat = (SEAT_T if term else SEAT).format(area=area, term=term)
    return f"SELECT ?x WHERE {{ {pat} }}"


def vote(person: str, motion: str) -> str:
    return f"SELECT ?x WHERE {{ ?mo dct:identifier '{motion}' . ?ve og:motion ?mo ; og:vote ?v . ?v og:voter <P {person}> ; og:option ?x }}"


def count(motion: str, option: str) -> str:
    return f"SELECT ?x WHERE {{ ?mo dct:identifier '{motion}' . ?ve og:motion ?mo ; og:count ?c . ?c og:option '{option}' ; rdf:value ?x }}"


def role_in(role: str, committee: str, term: str | None = None) -> str:
    t = f"?cm og:legislativePeriod <O {term}> . " if term else ""
    return f"SELECT ?x WHERE {{ ?cm org:organization <O {committee}> ; org:role role:{role} ; org:member ?x . {t}}}"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop, literals and direct links
    (
        "When was Aisha Crawford born?",
        "literal",
        "SELECT ?x WHERE { <P Aisha Crawford> s:birthDate ?x }",
    ),
    (
        "What is Réjean Bourque's date of birth?",
        "literal",
        "SELECT ?x WHERE { <P Réjean Bourque> s:birthDate ?x }",
    ),
    (
        "What is the French name of the Standing Committee on Health?",
        "literal",
        "SELECT ?x WHERE { <O Standing Committee on Health> skos:prefLabel ?x FILTER(lang(?x)='fr') }",
    ),
    (
        "What region is Millbrook in?",
        "1hop",
        "SELECT ?x WHERE { <O Millbrook> s:containedInPlace ?x }",
    ),
    (
        "Which region does the constituency of Shediac Bay belong to?",
        "1hop",
        "SELECT ?x WHERE { <O Shediac Bay> s:containedInPlace ?x }",
    ),
    (
        "When was the Green Party of Westmark founded?",
        "literal",
        "SELECT ?x WHERE { <O Green Party of Westmark> s:foundingDate ?x }",
    ),
    (
        "What is Luc Landry's Wikidata identifier?",
        "literal",
        "SELECT ?x WHERE { <P Luc Landry> adms:identifier ?i . ?i adms:schemeAgency 'wikidata' ; skos:notation ?x }",
    ),
    (
        "What does motion M-31 say?",
        "literal",
        "SELECT ?x WHERE { ?m dct:identifier 'M-31' ; og:text ?x }",
    ),
    (
        "What was the result of motion M-19?",
        "literal",
        "SELECT ?x WHERE { ?m dct:identifier 'M-19' ; og:result ?x }",
    ),
    (
        "When was motion M-7 voted on?",
        "literal",
        "SELECT ?x WHERE { { ?m dct:identifier 'M-7' ; dct:date ?x } UNION { ?m dct:identifier 'M-7' . ?ve og:motion ?m ; s:startDate ?x } }",
    ),
    (
        "Who moved motion M-12?",
        "1hop",
        "SELECT ?x WHERE { ?m dct:identifier 'M-12' ; dct:creator ?x }",
    ),
    (
        "who put forward M-15",
        "1hop",
        "SELECT ?x WHERE { ?m dct:identifier 'M-15' ; dct:creator ?x }",
    ),
    (
        "When did the 59th Legislature end?",
        "literal",
        "SELECT ?x WHERE { <O 59th Legislature> s:endDate ?x }",
    ),
    (
        "When did the 60th legislature begin?",
        "literal",
        "SELECT ?x WHERE { <O 60th Legislature> s:startDate ?x }",
    ),
    (
        "What is the abbreviation of the People's Alliance of Westmark?",
        "alias",
        "SELECT ?x WHERE { <O People's Alliance of Westmark> skos:altLabel ?x }",
    ),
    (
        "Which chamber is the Standing Committee on Education part of?",
        "1hop",
        "SELECT ?x WHERE { <O Standing Committee on Education> org:subOrganizationOf ?x }",
    ),
    (
        "What is the gender of Yves Babineau?",
        "literal",
        "SELECT ?x WHERE { <P Yves Babineau> s:gender ?x }",
    ),
    # through membership nodes
    (
        "Who represented Harrow in the 59th Legislature?",
        "3hop",
        seat("<O Harrow>", "<O 59th Legislature>"),
    ),
    (
        "Who sat for Kingsclear in the 60th Legislature?",
        "3hop",
        seat("<O Kingsclear>", "<O 60th Legislature>"),
    ),
    (
        "Which constituency does Josée Sharma represent?",
        "2hop",
        "SELECT ?x WHERE { ?m org:member <P Josée Sharma> ; og:post ?p . ?p og:area ?x }",
    ),
    (
        "What riding did Yves Babineau sit for?",
        "2hop",
        "SELECT ?x WHERE { ?m org:member <P Yves Babineau> ; og:post ?p . ?p og:area ?x }",
    ),
    (
        "Which party did Josée Sharma sit for before she switched?",
        "2hop",
        "SELECT ?x WHERE { ?m org:member <P Josée Sharma> ; og:onBehalfOf ?x ; s:validUntil ?e . ?m2 org:member <P Josée Sharma> ; og:onBehalfOf ?y ; s:validFrom ?e FILTER(?x != ?y) }",
    ),
    (
        "What did Kevin Haddad sit as after he left the Progressive Conservatives in 2020?",
        "2hop",
        "SELECT ?x WHERE { ?m org:member <P Kevin Haddad> ; og:onBehalfOf ?x ; s:validFrom ?f FILTER(?f = '2020-02-14'^^<http://www.w3.org/2001/XMLSchema#date>) }",
    ),
    (
        "Which party does Sandra Girouard sit for now?",
        "2hop",
        "SELECT ?x WHERE { ?m org:member <P Sandra Girouard> ; og:onBehalfOf ?x ; og:post ?p FILTER NOT EXISTS { ?m s:validUntil ?e } }",
    ),
    ("How did Robert Kerr vote on motion M-12?", "2hop", vote("Robert Kerr", "M-12")),
    ("How did Arjun Melanson vote on M-19?", "2hop", vote("Arjun Melanson", "M-19")),
    ("What was Sandra Girouard's vote on M-4?", "2hop", vote("Sandra Girouard", "M-4")),
    ("How many members voted yes on motion M-31?", "2hop", count("M-31", "yes")),
    ("How many no votes were there on M-23?", "2hop", count("M-23", "no")),
    ("how many abstained on M-4", "2hop", count("M-4", "abstain")),
    (
        "Who chaired the Public Accounts committee in the 59th Legislature?",
        "3hop",
        role_in("chair", "Standing Committee on Public Accounts", "59th Legislature"),
    ),
    (
        "Who chairs the Standing Committee on Health?",
        "2hop",
        role_in("chair", "Standing Committee on Health"),
    ),
    (
        "Who is vice-chair of the Standing Committee on Economic Policy in the 60th Legislature?",
        "3hop",
        role_in("vice-chair", "Standing Committee on Economic Policy", "60th Legislature"),
    ),
    (
        "Who was Speaker of the Legislative Assembly in the 59th Legislature?",
        "3hop",
        role_in("speaker", "Legislative Assembly of Westmark", "59th Legislature"),
    ),
    (
        "When did Megan MacLeod's membership in the 59th Legislature end?",
        "2hop",
        "SELECT ?x WHERE { ?m org:member <P Megan MacLeod> ; og:post ?p ; og:legislativePeriod <O 59th Legislature> ; s:validUntil ?x FILTER(?x < '2022-09-16'^^<http://www.w3.org/2001/XMLSchema#date>) }",
    ),
    (
        "When did Omar Arsenault leave the Assembly?",
        "2hop",
        "SELECT ?x WHERE { ?m org:member <P Omar Arsenault> ; og:post ?p ; s:validUntil ?x }",
    ),
    (
        "When did Sylvain Steeves take his seat?",
        "2hop",
        "SELECT ?x WHERE { ?m org:member <P Sylvain Steeves> ; og:post ?p ; s:validFrom ?x }",
    ),
    (
        "Which committees has Arjun Melanson sat on?",
        "2hop",
        "SELECT ?x WHERE { ?m org:member <P Arjun Melanson> ; org:organization ?x . ?x org:classification 'committee' }",
    ),
    (
        "What role does Gilles LeBlanc have on the Standing Committee on Education?",
        "2hop",
        "SELECT ?x WHERE { ?m org:member <P Gilles LeBlanc> ; org:organization <O Standing Committee on Education> ; org:role ?x }",
    ),
    (
        "Which party was Luc Landry a member of?",
        "2hop",
        "SELECT ?x WHERE { ?m org:member <P Luc Landry> ; org:organization ?x . ?x org:classification 'party' }",
    ),
    (
        "Which party does the member for Oakridge in the 60th Legislature belong to?",
        "3hop",
        "SELECT ?x WHERE { ?m og:post ?p ; og:legislativePeriod <O 60th Legislature> ; og:onBehalfOf ?x . ?p og:area <O Oakridge> }",
    ),
    (
        "Which region is the constituency of the mover of M-31 in?",
        "3hop",
        "SELECT ?x WHERE { ?mo dct:identifier 'M-31' ; dct:creator ?who . ?m org:member ?who ; og:post ?p . ?p og:area ?a . ?a s:containedInPlace ?x }",
    ),
    # inverse
    (
        "Who are the members of the Green Party of Westmark?",
        "inverse",
        "SELECT ?x WHERE { ?m org:member ?x ; org:organization <O Green Party of Westmark> }",
    ),
    (
        "Which constituencies are in the South Coast region?",
        "inverse",
        "SELECT ?x WHERE { ?x s:containedInPlace <O South Coast> }",
    ),
    (
        "Which motions did Marie-Claude Savoie move?",
        "inverse",
        "SELECT ?x WHERE { ?x dct:creator <P Marie-Claude Savoie> }",
    ),
    (
        "Who voted no on motion M-12?",
        "inverse",
        "SELECT ?x WHERE { ?mo dct:identifier 'M-12' . ?ve og:motion ?mo ; og:vote ?v . ?v og:voter ?x ; og:option 'no' }",
    ),
    (
        "Which members sat for the People's Alliance in the 60th Legislature?",
        "inverse",
        "SELECT ?x WHERE { ?m org:member ?x ; og:onBehalfOf <O People's Alliance of Westmark> ; og:legislativePeriod <O 60th Legislature> }",
    ),
    (
        "What committees does the Legislative Assembly of Westmark have?",
        "inverse",
        "SELECT ?x WHERE { ?x org:subOrganizationOf <O Legislative Assembly of Westmark> }",
    ),
    (
        "Which motions failed?",
        "inverse",
        "SELECT ?x WHERE { ?x a <http://www.w3.org/ns/opengov#Motion> ; og:result 'fail' }",
    ),
    # conjunction
    (
        "Which Liberal members voted yes on M-12?",
        "conjunction",
        "SELECT ?x WHERE { ?mo dct:identifier 'M-12' . ?ve og:motion ?mo ; og:vote ?v . ?v og:voter ?x ; og:option 'yes' ; og:group <O Liberal Party of Westmark> }",
    ),
    (
        "Who sat on both the Health committee and the Education committee?",
        "conjunction",
        "SELECT ?x WHERE { ?a org:member ?x ; org:organization <O Standing Committee on Health> . ?b org:member ?x ; org:organization <O Standing Committee on Education> }",
    ),
    (
        "Which Progressive Conservatives represented Capital Region constituencies in the 60th Legislature?",
        "conjunction",
        "SELECT ?x WHERE { ?m org:member ?x ; og:post ?p ; og:legislativePeriod <O 60th Legislature> ; og:onBehalfOf <O Progressive Conservative Party of Westmark> . ?p og:area ?a . ?a s:containedInPlace <O Capital Region> }",
    ),
    # other names
    (
        "Which party does Bob Kerr belong to?",
        "alias",
        "SELECT ?x WHERE { ?m org:member <P Robert Kerr> ; org:organization ?x . ?x org:classification 'party' }",
    ),
    (
        "What constituency does Lou Robichaud represent?",
        "alias",
        "SELECT ?x WHERE { ?m org:member <P Louise Robichaud> ; og:post ?p . ?p og:area ?x }",
    ),
    ("Who was the member for Eaux-de-Marée?", "synonym", seat("<O Tidewater>")),
    (
        "Who chairs the Comité permanent de la santé?",
        "synonym",
        role_in("chair", "Standing Committee on Health"),
    ),
    (
        "Which seat does the MLA formerly known as Marie-Claude LeBlanc hold?",
        "alias",
        "SELECT ?x WHERE { ?m org:member <P Marie-Claude Savoie> ; og:post ?p . ?p og:area ?x }",
    ),
    (
        "who is the MLA for Westmark-Nord in the 59e législature",
        "synonym",
        seat("<O Westmark North>", "<O 59th Legislature>"),
    ),
    # misspelt, terse
    ("who represnts Saint Basile", "typo", seat("<O Saint-Basile>")),
    ("how did Chantal Fitzgerld vote on M-19", "typo", vote("Chantal Fitzgerald", "M-19")),
    (
        "when was Trevor OBrien born",
        "typo",
        "SELECT ?x WHERE { <P Trevor O'Brien> s:birthDate ?x }",
    ),
    (
        "which party is Dwayne Harquial in",
        "typo",
        "SELECT ?x WHERE { ?m org:member <P Dwayne Harquail> ; org:organization ?x . ?x org:classification 'party' }",
    ),
    ("m-9 result", "literal", "SELECT ?x WHERE { ?m dct:identifier 'M-9' ; og:result ?x }"),
    ("yes votes M-15", "literal", count("M-15", "yes")),
    # unanswerable: a near relation exists, this one does not
    ("What is Aisha Crawford's email address?", "unanswerable", None),
    ("When was Arjun Melanson born?", "unanswerable", None),
    ("What is the population of Tidewater?", "unanswerable", None),
    ("How did Tanya Poirier vote on M-12?", "unanswerable", None),
    ("Who seconded motion M-7?", "unanswerable", None),
    ("What share of the vote did Heather Richard get in Pointe-aux-Pins?", "unanswerable", None),
]


def names(g: Dataset, x: object) -> set[str]:
    """Every name ``x`` carries (a literal: its lexical form)."""
    if isinstance(x, Literal):
        return {str(x)}
    props = (FOAF.name, SKOS.altLabel, SKOS.prefLabel, RDFS.label, SDO.name, DCTERMS.identifier)
    out = {str(o) for p in props for o in g.objects(x, p)}
    assert out, x
    return out


def expand(g: Dataset, query: str) -> str:
    """``<P name>`` / ``<O label>`` -> the IRI of the one node so named."""

    def person(m: re.Match[str]) -> str:
        found = {s for s in g.subjects(FOAF.name, Literal(m[1])) if isinstance(s, URIRef)}
        assert len(found) == 1, (m[0], found)
        return f"<{found.pop()}>"

    def other(m: re.Match[str]) -> str:
        found = {
            s for p in (SKOS.prefLabel, SDO.name) for s, o in g.subject_objects(p) if str(o) == m[1]
        }
        assert len(found) == 1, (m[0], found)
        return f"<{found.pop()}>"

    query = re.sub(r"<P ([^>]+)>", person, query)
    return PRE + re.sub(r"<O ([^>]+)>", other, query)


def main() -> None:
    g = Dataset(default_union=True)
    g.parse(HERE / "parliament.trix", format="trix")
    write_answers(
        HERE / "parliament.jsonl",
        QUESTIONS,
        lambda q: (n for row in g.query(expand(g, q)) for n in names(g, row[0])),
    )


if __name__ == "__main__":
    main()
