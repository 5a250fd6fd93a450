# ruff: noqa: E501  (one question a line)
"""Gold answers of ``cadastre.jsonl`` (and of the cadastre conversations of
``conversations_blind44.jsonl``), computed with rdflib SPARQL over ``cadastre.rdf`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("6086.14", "1665", "2024-03-23"); an entity with every name it carries: its
``foaf:name`` (or, for a person named only so, ``foaf:givenName`` and ``foaf:familyName``
joined by a space), ``cad:denominacao``, ``skos:prefLabel`` / ``skos:altLabel`` in any
language, ``rdfs:label``, ``skos:notation``, a parcel its ``cp:nationalCadastralReference``, a
section its zoning reference, a municipality or district its ``cad:codigoINE``, a company or
bank its ``cad:nipc``. In a query ``{Name}`` stands for the one node so named. "Who owns" means
the holders of the ownership rights (``cad:Propriedade``) that have not ended (no
``cad:dataFim``). Unanswerable questions carry no query and ``answers: []``.
Run from the repository root: ``python bench/data/own/cadastre_answers.py``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from rdflib import RDFS, Graph, Literal, Namespace
from rdflib.namespace import FOAF, SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import conversation_lines, named_iris, write_answers

HERE = Path(__file__).parent
CAD = Namespace("https://dados.cadastro.example.pt/def/cadastro#")
CP = Namespace("http://inspire.ec.europa.eu/ont/cp#")
PRE = """PREFIX cad: <https://dados.cadastro.example.pt/def/cadastro#>
PREFIX cp: <http://inspire.ec.europa.eu/ont/cp#>
PREFIX ad: <http://inspire.ec.europa.eu/ont/ad#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
"""
# the holders of the ownership rights on ?p that have not ended
OWNS = "?p cad:direito ?r . ?r a cad:Propriedade ; cad:titular ?x . FILTER NOT EXISTS { ?r cad:dataFim ?e }"
OWNED = "?p cad:direito ?r . ?r a cad:Propriedade ; cad:titular {H} . FILTER NOT EXISTS { ?r cad:dataFim ?e } BIND(?p AS ?x)"


def at(street: str, number: str) -> str:
    """The building at ``street`` ``number``, as ``?b``."""
    return f'?b cad:endereco ?a . ?a ad:thoroughfare ?st ; ad:locatorDesignator "{number}" . FILTER(str(?st) = "{street}")'


def owned_by(holder: str) -> str:
    return OWNED.replace("{H}", "{" + holder + "}")


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop (through the right, sale or mortgage record where there is one)
    (
        "Who owns parcel 0412-A-0001?",
        "1hop",
        f"SELECT ?x WHERE {{ BIND({{0412-A-0001}} AS ?p) {OWNS} }}",
    ),
    ("who owns 0412-C-0082", "1hop", f"SELECT ?x WHERE {{ BIND({{0412-C-0082}} AS ?p) {OWNS} }}"),
    (
        "Owners of parcel 0415-B-0034?",
        "list",
        f"SELECT ?x WHERE {{ BIND({{0415-B-0034}} AS ?p) {OWNS} }}",
    ),
    (
        "What is the area of parcel 0603-A-0041?",
        "literal",
        "SELECT ?x WHERE { {0603-A-0041} cad:areaRegistada ?x }",
    ),
    (
        "how big is 1304-A-0052 in square metres",
        "literal",
        "SELECT ?x WHERE { {1304-A-0052} cad:areaRegistada ?x }",
    ),
    (
        "What is the land use of parcel 0608-B-0129?",
        "1hop",
        "SELECT ?x WHERE { {0608-B-0129} cad:usoSolo ?x }",
    ),
    (
        "Which municipality is parcel 0603-B-0123 in?",
        "1hop",
        "SELECT ?x WHERE { {0603-B-0123} cad:municipio ?x }",
    ),
    (
        "What cadastral section does parcel 1304-B-0277 belong to?",
        "1hop",
        "SELECT ?x WHERE { {1304-B-0277} cp:zoning ?x }",
    ),
    (
        "When was Casa dos Arcos built?",
        "literal",
        "SELECT ?x WHERE { {Casa dos Arcos} cad:anoConstrucao ?x }",
    ),
    (
        "What is the Solar de Vilar used for today?",
        "1hop",
        "SELECT ?x WHERE { {Solar de Vilar} cad:usoAtual ?x }",
    ),
    (
        "What is the heritage status of the Paços do Concelho?",
        "1hop",
        "SELECT ?x WHERE { {Paços do Concelho} cad:classificacaoPatrimonial ?x }",
    ),
    (
        "What's the postcode of Casa da Torre?",
        "literal",
        "SELECT ?x WHERE { {Casa da Torre} cad:endereco/ad:postCode ?x }",
    ),
    (
        "What is the place name of parcel 0415-B-0121?",
        "literal",
        "SELECT ?x WHERE { {0415-B-0121} cad:toponimo ?x }",
    ),
    ("What district is Penalva in?", "1hop", "SELECT ?x WHERE { {Penalva} cad:distrito ?x }"),
    (
        "What is Helena Martins Pereira's tax number?",
        "literal",
        "SELECT ?x WHERE { {Helena Martins Pereira} cad:nif ?x }",
    ),
    (
        "What's the NIPC of Têxteis Penalva?",
        "literal",
        "SELECT ?x WHERE { {Têxteis Penalva, S.A.} cad:nipc ?x }",
    ),
    (
        "Who has the usufruct of parcel 0608-B-0354?",
        "1hop",
        "SELECT ?x WHERE { {0608-B-0354} cad:direito ?r . ?r a cad:Usufruto ; cad:titular ?x }",
    ),
    (
        "Which bank holds the mortgage on parcel 0608-B-0117?",
        "1hop",
        "SELECT ?x WHERE { ?h cad:incideSobre {0608-B-0117} ; cad:credor ?x }",
    ),
    (
        "What is the maximum amount secured by the mortgage on 1304-B-0001?",
        "literal",
        "SELECT ?x WHERE { ?h cad:incideSobre {1304-B-0001} ; cad:montanteMaximo ?x }",
    ),
    (
        "When was the mortgage on 0412-C-0197 registered?",
        "literal",
        "SELECT ?x WHERE { ?h cad:incideSobre {0412-C-0197} ; cad:dataRegisto ?x }",
    ),
    (
        "When was the mortgage on parcel 0603-B-0001 cancelled?",
        "literal",
        "SELECT ?x WHERE { ?h cad:incideSobre {0603-B-0001} ; cad:dataCancelamento ?x }",
    ),
    (
        "Who took out the mortgage on parcel 0608-B-0155?",
        "1hop",
        "SELECT ?x WHERE { ?h cad:incideSobre {0608-B-0155} ; cad:devedor ?x }",
    ),
    (
        "Who bought parcel 0412-C-0118?",
        "1hop",
        "SELECT ?x WHERE { ?t cad:predio {0412-C-0118} ; cad:comprador ?x }",
    ),
    (
        "When did Carlos Almeida Martins buy 0608-A-0039?",
        "conjunction",
        "SELECT ?x WHERE { ?t cad:predio {0608-A-0039} ; cad:comprador {Carlos Almeida Martins} ; cad:dataTransacao ?x }",
    ),
    (
        "Since when does Joaquim Marques Araújo own 0608-A-0001?",
        "conjunction",
        "SELECT ?x WHERE { {0608-A-0001} cad:direito ?r . ?r cad:titular {Joaquim Marques Araújo} ; cad:dataInicio ?x }",
    ),
    (
        "What share of parcel 0608-A-0287 does Sofia Magalhães Almeida hold?",
        "conjunction",
        "SELECT ?x WHERE { {0608-A-0287} cad:direito ?r . ?r cad:titular {Sofia Magalhães Almeida} ; cad:quotaParte ?x }",
    ),
    # the other way: what points at a person, company, bank or place
    (
        "Which parcels does Isabel Silva Martins own?",
        "inverse",
        f"SELECT ?x WHERE {{ {owned_by('Isabel Silva Martins')} }}",
    ),
    (
        "What land does the Cooperativa Agrícola de Lagoa Seca own?",
        "inverse",
        f"SELECT ?x WHERE {{ {owned_by('Cooperativa Agrícola de Lagoa Seca, CRL')} }}",
    ),
    (
        "which parcels has Imobiliária Ribeira Alta bought",
        "inverse",
        "SELECT ?x WHERE { ?t cad:comprador {Imobiliária Ribeira Alta, Lda.} ; cad:predio ?x }",
    ),
    (
        "Which parcels did Rui Carvalho Azevedo sell?",
        "inverse",
        "SELECT ?x WHERE { ?t cad:vendedor {Rui Carvalho Azevedo} ; cad:predio ?x }",
    ),
    (
        "Which municipalities are in the district of Braga?",
        "inverse",
        "SELECT ?x WHERE { ?x cad:distrito {Distrito de Braga} }",
    ),
    (
        "Which parcels are in Lagoa Seca?",
        "list",
        "SELECT ?x WHERE { ?x cad:municipio {Lagoa Seca} ; cp:nationalCadastralReference ?ref }",
    ),
    (
        "Which buildings are national monuments?",
        "inverse",
        "SELECT ?x WHERE { ?x cad:classificacaoPatrimonial {Monumento Nacional} }",
    ),
    (
        "Who were the previous owners of 0412-A-0252?",
        "list",
        "SELECT ?x WHERE { {0412-A-0252} cad:direito ?r . ?r a cad:Propriedade ; cad:titular ?x ; cad:dataFim ?e }",
    ),
    # conjunctions
    (
        "How much did Isabel Silva Martins pay for parcel 0603-B-0260?",
        "conjunction",
        "SELECT ?x WHERE { ?t cad:predio {0603-B-0260} ; cad:comprador {Isabel Silva Martins} ; cad:valorDeclarado ?x }",
    ),
    (
        "What price did Beatriz Marques Barbosa pay for 0415-A-0001?",
        "conjunction",
        "SELECT ?x WHERE { ?t cad:predio {0415-A-0001} ; cad:comprador {Beatriz Marques Barbosa} ; cad:valorDeclarado ?x }",
    ),
    (
        "Who sold parcel 0608-B-0001 to Têxteis Penalva?",
        "conjunction",
        "SELECT ?x WHERE { ?t cad:predio {0608-B-0001} ; cad:comprador {Têxteis Penalva, S.A.} ; cad:vendedor ?x }",
    ),
    (
        "Who did Helena Martins Pereira buy 0415-B-0079 from?",
        "conjunction",
        "SELECT ?x WHERE { ?t cad:predio {0415-B-0079} ; cad:comprador {Helena Martins Pereira} ; cad:vendedor ?x }",
    ),
    (
        "which parcels does Paulo Cunha Almeida own in Penalva",
        "conjunction",
        f"SELECT ?x WHERE {{ {owned_by('Paulo Cunha Almeida')} ?x cad:municipio {{Penalva}} }}",
    ),
    (
        "What does Sociedade Agrícola Quinta do Vale own in Vila Nova?",
        "conjunction",
        f"SELECT ?x WHERE {{ {owned_by('Sociedade Agrícola Quinta do Vale, Lda.')} ?x cad:municipio {{Vila Nova}} }}",
    ),
    (
        "which listed buildings are in Penalva?",
        "conjunction",
        "SELECT ?x WHERE { ?x cad:classificacaoPatrimonial ?c ; cad:implantadoEm/cad:municipio {Penalva} }",
    ),
    # two and three hops
    (
        "When was the building at Largo do Pelourinho 17 built?",
        "2hop",
        f"SELECT ?x WHERE {{ {at('Largo do Pelourinho', '17')} ?b cad:anoConstrucao ?x }}",
    ),
    (
        "how many floors does the building at Rua do Moinho 4 have",
        "2hop",
        f"SELECT ?x WHERE {{ {at('Rua do Moinho', '4')} ?b cad:numeroPisos ?x }}",
    ),
    (
        "Who owns Casa da Torre?",
        "2hop",
        f"SELECT ?x WHERE {{ {{Casa da Torre}} cad:implantadoEm ?p . {OWNS} }}",
    ),
    (
        "Who owns the house at Avenida da República 16 in Penalva?",
        "3hop",
        f"SELECT ?x WHERE {{ {at('Avenida da República', '16')} ?b cad:implantadoEm ?p . {OWNS} }}",
    ),
    (
        "In which municipality is the Solar de Vilar?",
        "2hop",
        "SELECT ?x WHERE { {Solar de Vilar} cad:implantadoEm/cad:municipio ?x }",
    ),
    (
        "Which district is parcel 0412-B-0205 in?",
        "2hop",
        "SELECT ?x WHERE { {0412-B-0205} cad:municipio/cad:distrito ?x }",
    ),
    (
        "What is the land use of the parcel the Capela de São Brás stands on?",
        "2hop",
        "SELECT ?x WHERE { {Capela de São Brás} cad:implantadoEm/cad:usoSolo ?x }",
    ),
    (
        "Which bank lent money against the Casa dos Arcos?",
        "3hop",
        "SELECT ?x WHERE { {Casa dos Arcos} cad:implantadoEm ?p . ?h cad:incideSobre ?p ; cad:credor ?x }",
    ),
    (
        "How much was Casa dos Arcos sold for in 2019?",
        "3hop",
        "SELECT ?x WHERE { {Casa dos Arcos} cad:implantadoEm ?p . ?t cad:predio ?p ; cad:dataTransacao ?d ; cad:valorDeclarado ?x FILTER(year(?d) = 2019) }",
    ),
    (
        "Which notary's office drew up the deed of the 2022 sale of 0415-B-0079?",
        "2hop",
        "SELECT ?x WHERE { ?t cad:predio {0415-B-0079} ; cad:dataTransacao ?d ; cad:escritura/cad:cartorio ?x FILTER(year(?d) = 2022) }",
    ),
    # other words for the same thing
    (
        "What is the surface of plot 0412-B-0316?",
        "synonym",
        "SELECT ?x WHERE { {0412-B-0316} cad:areaRegistada ?x }",
    ),
    (
        "Who holds title to lot 1304-A-0069?",
        "synonym",
        f"SELECT ?x WHERE {{ BIND({{1304-A-0069}} AS ?p) {OWNS} }}",
    ),
    (
        "Which lender financed parcel 0412-C-0082?",
        "synonym",
        "SELECT ?x WHERE { ?h cad:incideSobre {0412-C-0082} ; cad:credor ?x }",
    ),
    (
        "What year did they put up the Moinho da Ribeira?",
        "synonym",
        "SELECT ?x WHERE { {Moinho da Ribeira} cad:anoConstrucao ?x }",
    ),
    # another name of the thing asked about
    (
        "Which parcels are mortgaged to Millennium bcp?",
        "alias",
        "SELECT ?x WHERE { ?h cad:credor {Millennium bcp} ; cad:incideSobre ?x }",
    ),
    (
        "which parcels has CGD got a mortgage on",
        "alias",
        "SELECT ?x WHERE { ?h cad:credor {CGD} ; cad:incideSobre ?x }",
    ),
    (
        "What does Lusitânia SGPS own?",
        "alias",
        f"SELECT ?x WHERE {{ {owned_by('Lusitânia SGPS')} }}",
    ),
    (
        "What did the Quinta do Vale company sell?",
        "alias",
        "SELECT ?x WHERE { ?t cad:vendedor {Quinta do Vale} ; cad:predio ?x }",
    ),
    # misspelt
    (
        "who ownes parcel 0603-A-0088",
        "typo",
        f"SELECT ?x WHERE {{ BIND({{0603-A-0088}} AS ?p) {OWNS} }}",
    ),
    (
        "wen was casa dos arcos bilt",
        "typo",
        "SELECT ?x WHERE { {Casa dos Arcos} cad:anoConstrucao ?x }",
    ),
    (
        "which bank has a morgage on 0608-B-0004",
        "typo",
        "SELECT ?x WHERE { ?h cad:incideSobre {0608-B-0004} ; cad:credor ?x }",
    ),
    (
        "who owns the Pacos do Concelho",
        "typo",
        f"SELECT ?x WHERE {{ {{Paços do Concelho}} cad:implantadoEm ?p . {OWNS} }}",
    ),
    # unanswerable: a near relation exists, or the thing does not
    ("Who owns parcel 0412-A-0002?", "unanswerable", None),
    ("What is the rateable value of parcel 0608-C-0221 for property tax?", "unanswerable", None),
    ("What is the energy rating of the building at Rua da Fonte 7?", "unanswerable", None),
    ("How much did Beatriz Mendes Ferreira pay for parcel 0608-B-0117?", "unanswerable", None),
    ("What is the interest rate of the Novo Banco mortgage on 0412-C-0082?", "unanswerable", None),
    ("Who was the architect of the Casa dos Arcos?", "unanswerable", None),
    ("When was the building on parcel 0412-B-0205 built?", "unanswerable", None),
]

# (id, turns: (question, kind, query))
CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "cadastre-b44-01",
        [
            (
                "Who owns parcel 0608-C-0221?",
                "start",
                f"SELECT ?x WHERE {{ BIND({{0608-C-0221}} AS ?p) {OWNS} }}",
            ),
            (
                "What is his tax number?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Paulo Cunha Almeida} cad:nif ?x }",
            ),
            (
                "And Isabel Azevedo Pereira?",
                "and_x",
                "SELECT ?x WHERE { {Isabel Azevedo Pereira} cad:nif ?x }",
            ),
        ],
    ),
    (
        "cadastre-b44-02",
        [
            (
                "When was Casa dos Arcos built?",
                "start",
                "SELECT ?x WHERE { {Casa dos Arcos} cad:anoConstrucao ?x }",
            ),
            (
                "How many floors does it have?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Casa dos Arcos} cad:numeroPisos ?x }",
            ),
            (
                "What about Solar de Vilar?",
                "what_about",
                "SELECT ?x WHERE { {Solar de Vilar} cad:numeroPisos ?x }",
            ),
        ],
    ),
    (
        "cadastre-b44-03",
        [
            (
                "What is the area of parcel 0412-B-0316?",
                "start",
                "SELECT ?x WHERE { {0412-B-0316} cad:areaRegistada ?x }",
            ),
            (
                "Who owns it?",
                "pronoun_topic",
                f"SELECT ?x WHERE {{ BIND({{0412-B-0316}} AS ?p) {OWNS} }}",
            ),
            (
                "And 0603-A-0088?",
                "and_x",
                f"SELECT ?x WHERE {{ BIND({{0603-A-0088}} AS ?p) {OWNS} }}",
            ),
        ],
    ),
]

NAME_PROPS = (
    FOAF.name, CAD.denominacao, SKOS.prefLabel, SKOS.altLabel, RDFS.label, SKOS.notation,
    CP.nationalCadastralReference, CP.nationalCadastralZoningReference, CAD.codigoINE, CAD.nipc,
)  # fmt: skip


def names(g: Graph, x: object) -> set[str]:
    """A node's names (see the module docstring); it must have one."""
    out = {str(o) for p in NAME_PROPS for o in g.objects(x, p)}  # type: ignore[arg-type]
    out |= {f"{a} {b}" for a in g.objects(x, FOAF.givenName) for b in g.objects(x, FOAF.familyName)}  # type: ignore[arg-type]
    assert out, x
    return out


def main() -> None:
    g = Graph()
    g.parse(HERE / "cadastre.rdf", format="xml")
    by_name: dict[str, set[object]] = {}
    for s in set(g.subjects()):
        if any(True for _ in g.objects(s, FOAF.givenName)) or any(
            True for p in NAME_PROPS for _ in g.objects(s, p)
        ):
            for n in names(g, s):
                by_name.setdefault(n, set()).add(s)

    def find(m: re.Match[str]) -> set[object]:
        return by_name.get(m[1], set())

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(PRE + named_iris(query, find, r"\{([^{}?]*[^{}?\s])\}")):
            x = row[0]
            out |= {str(x)} if isinstance(x, Literal) else names(g, x)
        return out

    write_answers(HERE / "cadastre.jsonl", QUESTIONS, answers_of)
    # this graph's conversations, in place of any earlier ones in the shared blind file
    conv = HERE / "conversations_blind44.jsonl"
    kept = [
        ln
        for ln in (conv.read_text(encoding="utf-8").splitlines() if conv.exists() else [])
        if ln and json.loads(ln)["graph"] != "cadastre"
    ]
    for line in conversation_lines("cadastre", CONVERSATIONS, answers_of):
        kept.append(line)
        conversation = json.loads(line)
        print(conversation["id"], [r["answers"][:4] for r in conversation["turns"]])
    conv.write_text("\n".join(kept) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
