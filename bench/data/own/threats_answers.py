# ruff: noqa: E501  (one question a line)
"""Gold answers of ``threats.jsonl`` (and, with ``--conversations``, the threats lines of
``conversations_blind53.jsonl``), computed with rdflib SPARQL over ``threats.ttl`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as the file writes it ("2016-12-18", "G0016"); a node with every name it carries:
``stix:name``, ``stix:aliases``, ``stix:x_mitre_aliases``, ``rdfs:label``, ``skos:prefLabel``,
``skos:altLabel``, ``schema:name``, ``schema:alternateName``, ``foaf:name``, ``foaf:nick`` and
a report's ``dcterms:title``, in every language. In a query ``{Name}`` stands for the one node
carrying that name (``{Name|prefix:Class}`` for the one of that class). The export says one
thing several ways, and each query reads every way: a procedure is a STIX ``uses`` relationship
object or a blank ``cti:Procedure`` hung off its group (``USED``); a technique's tactic a plain
``d3f:enables`` or an OWL restriction on it (``TACTIC``); a defence counters by ``d3f:counters``
or is named by the technique's ``d3f:countered-by`` (``COUNTERS``); a mitigation is a STIX
``mitigates`` relationship or a plain ``cti:mitigates`` (``MITIGATES``); a campaign's group a
STIX ``attributed-to`` relationship or a plain ``cti:attributedTo`` (``BEHIND``). Unanswerable
questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/threats_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib import FOAF, RDFS, Graph, Namespace
from rdflib.namespace import DCTERMS, SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
S = Namespace("https://schema.org/")
STIX = Namespace("http://docs.oasis-open.org/ns/cti/stix#")
PRE = """PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX d3f: <http://d3fend.mitre.org/ontologies/d3fend.owl#>
PREFIX stix: <http://docs.oasis-open.org/ns/cti/stix#>
PREFIX cti: <https://cti.example.net/ns#>
"""


def used(g: str, t: str, p: str = "?p") -> str:
    """``g`` used the technique ``t`` in the procedure record ``p`` (either way it is written)."""
    return (
        f"{{ {p} stix:relationship_type 'uses' ; stix:source_ref {g} ; stix:target_ref {t} . "
        f"{t} rdfs:subClassOf+ d3f:OffensiveTechnique }} UNION {{ {g} cti:procedure {p} . {p} cti:technique {t} }}"
    )


def uses_software(g: str, s: str) -> str:
    """``g`` uses the software ``s`` (a STIX ``uses`` relationship object)."""
    return f"?r stix:relationship_type 'uses' ; stix:source_ref {g} ; stix:target_ref {s} . {s} a ?k . FILTER(?k IN (stix:Malware, stix:Tool))"


def tactic(t: str, x: str = "?x") -> str:
    return f"{{ {t} d3f:enables {x} }} UNION {{ {t} rdfs:subClassOf [ owl:onProperty d3f:enables ; owl:someValuesFrom {x} ] }}"


def counters(d: str, t: str) -> str:
    return f"{{ {d} d3f:counters {t} }} UNION {{ {t} d3f:countered-by {d} }}"


def mitigates(m: str, t: str) -> str:
    return f"{{ ?r stix:relationship_type 'mitigates' ; stix:source_ref {m} ; stix:target_ref {t} }} UNION {{ {m} cti:mitigates {t} }}"


def behind(c: str, g: str) -> str:
    return f"{{ ?r stix:relationship_type 'attributed-to' ; stix:source_ref {c} ; stix:target_ref {g} }} UNION {{ {c} a stix:Campaign ; cti:attributedTo {g} }}"


def ext_id(n: str) -> str:
    return f"{n} stix:external_references/stix:external_id ?x ."


SW = "{Sandworm Team}"
MFA_D3 = "{Multi-factor Authentication|owl:Class}"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # groups: attribution, aliases, ids
    (
        "What country is APT28 attributed to?",
        "1hop",
        "SELECT ?x WHERE { {APT28} cti:attributedTo ?x }",
    ),
    ("where is fancy bear from", "alias", "SELECT ?x WHERE { {Fancy Bear} cti:attributedTo ?x }"),
    (
        "What other names does Sandworm Team go by?",
        "1hop",
        f"SELECT ?x WHERE {{ {{ {SW} stix:aliases ?x }} UNION {{ {SW} stix:name ?x FILTER(lang(?x) != '') }} }}",
    ),
    ("What is APT29's ATT&CK ID?", "literal", f"SELECT ?x WHERE {{ {ext_id('{APT29}')} }}"),
    (
        "which group has the mitre id G0032",
        "inverse",
        "SELECT ?x WHERE { ?x stix:external_references/stix:external_id 'G0032' }",
    ),
    (
        "Which groups are attributed to North Korea?",
        "inverse",
        "SELECT ?x WHERE { ?x a stix:IntrusionSet ; cti:attributedTo {North Korea} }",
    ),
    (
        "whats the motivation of fin7",
        "literal",
        "SELECT ?x WHERE { {FIN7} stix:primary_motivation ?x }",
    ),
    ("When was APT41 first seen?", "literal", "SELECT ?x WHERE { {APT41} stix:first_seen ?x }"),
    (
        "Which sectors does Kimsuky target?",
        "1hop",
        "SELECT ?x WHERE { {Kimsuky} cti:targetsSector ?x }",
    ),
    (
        "What countries does Turla go after?",
        "synonym",
        "SELECT ?x WHERE { {Turla} cti:targetsCountry ?x }",
    ),
    (
        "Which group is also known as Winnti Group?",
        "alias",
        "SELECT ?x WHERE { BIND({Winnti Group} AS ?x) }",
    ),
    (
        "Which groups target the electricity sector?",
        "synonym",
        "SELECT ?x WHERE { ?x a stix:IntrusionSet ; cti:targetsSector {Electricity} }",
    ),
    # software
    (
        "What malware does Sandworm use?",
        "1hop",
        f"SELECT ?x WHERE {{ {uses_software(SW, '?x')} ?x a stix:Malware }}",
    ),
    (
        "Which groups use Mimikatz?",
        "inverse",
        f"SELECT ?x WHERE {{ {uses_software('?x', '{Mimikatz}')} }}",
    ),
    (
        "How many groups use Cobalt Strike?",
        "inverse",
        f"SELECT (COUNT(DISTINCT ?g) AS ?x) WHERE {{ {uses_software('?g', '{Cobalt Strike}')} }}",
    ),
    (
        "Which group uses X-Agent?",
        "alias",
        f"SELECT ?x WHERE {{ {uses_software('?x', '{X-Agent}')} }}",
    ),
    ("who uses anunak", "alias", f"SELECT ?x WHERE {{ {uses_software('?x', '{Anunak}')} }}"),
    (
        "What kind of malware is Ryuk?",
        "literal",
        "SELECT ?x WHERE { {Ryuk} stix:malware_types ?x }",
    ),
    (
        "What are NotPetya's other names?",
        "1hop",
        "SELECT ?x WHERE { {NotPetya} stix:x_mitre_aliases ?x }",
    ),
    (
        "what technique does mimikatz implement",
        "1hop",
        "SELECT ?x WHERE { {Mimikatz} cti:implements ?x }",
    ),
    (
        "Which software implements Process Hollowing?",
        "inverse",
        "SELECT ?x WHERE { ?x cti:implements {Process Hollowing} }",
    ),
    (
        "Which tools does APT41 use?",
        "conjunction",
        f"SELECT ?x WHERE {{ {uses_software('{APT41}', '?x')} ?x a stix:Tool }}",
    ),
    # techniques and tactics
    (
        "What tactic does Process Injection belong to?",
        "1hop",
        f"SELECT ?x WHERE {{ {tactic('{Process Injection}')} }}",
    ),
    (
        "Which tactic is T1486 part of?",
        "literal",
        f"SELECT ?x WHERE {{ ?t d3f:attack-id 'T1486' . {tactic('?t')} }}",
    ),
    (
        "What technique has the ID T1003.001?",
        "inverse",
        "SELECT ?x WHERE { ?x d3f:attack-id 'T1003.001' }",
    ),
    (
        "What's the parent technique of Spearphishing Link?",
        "1hop",
        "SELECT ?x WHERE { {Spearphishing Link} rdfs:subClassOf ?x . ?x rdfs:label ?l }",
    ),
    (
        "What are the sub-techniques of Command and Scripting Interpreter?",
        "inverse",
        "SELECT ?x WHERE { ?x rdfs:subClassOf {Command and Scripting Interpreter} }",
    ),
    (
        "How many sub-techniques does Phishing have?",
        "inverse",
        "SELECT (COUNT(?t) AS ?x) WHERE { ?t rdfs:subClassOf {Phishing} }",
    ),
    (
        "Which techniques fall under the Credential Access tactic?",
        "inverse",
        f"SELECT ?x WHERE {{ {tactic('?x', '{Credential Access}')} }}",
    ),
    (
        "how is process hollowing defined",
        "literal",
        "SELECT ?x WHERE { {Process Hollowing} d3f:definition ?x }",
    ),
    (
        "what tactic is proces injection under",
        "typo",
        f"SELECT ?x WHERE {{ {tactic('{Process Injection}')} }}",
    ),
    # defences and mitigations
    (
        "what counters lsass memmory",
        "typo",
        f"SELECT ?x WHERE {{ {counters('?x', '{LSASS Memory}')} }}",
    ),
    (
        "Which D3FEND techniques counter password spraying?",
        "inverse",
        f"SELECT ?x WHERE {{ {counters('?x', '{Password Spraying}')} }}",
    ),
    (
        "What does Process Spawn Analysis counter?",
        "1hop",
        f"SELECT ?x WHERE {{ {counters('{Process Spawn Analysis}', '?x')} }}",
    ),
    (
        "What's the D3FEND id of Executable Allowlisting?",
        "literal",
        "SELECT ?x WHERE { {Executable Allowlisting} d3f:d3fend-id ?x }",
    ),
    (
        "Which defensive tactic does DNS Denylisting serve?",
        "1hop",
        "SELECT ?x WHERE { {DNS Denylisting} d3f:enables ?x }",
    ),
    (
        "What kind of defense is System Call Analysis?",
        "synonym",
        "SELECT ?x WHERE { {System Call Analysis} rdfs:subClassOf ?x }",
    ),
    (
        "how do i defend against visual basic scripts",
        "synonym",
        f"SELECT ?x WHERE {{ {{ {counters('?x', '{Visual Basic}')} }} UNION {{ {mitigates('?x', '{Visual Basic}')} }} }}",
    ),
    (
        "Which mitigations address Brute Force?",
        "inverse",
        f"SELECT ?x WHERE {{ {mitigates('?x', '{Brute Force}')} }}",
    ),
    (
        "What does Data Backup mitigate?",
        "1hop",
        f"SELECT ?x WHERE {{ {mitigates('{Data Backup}', '?x')} }}",
    ),
    (
        "what's the mitre id of the user training mitigation",
        "literal",
        f"SELECT ?x WHERE {{ {ext_id('{User Training}')} }}",
    ),
    (
        "Which D3FEND techniques counter the techniques SUNBURST implements?",
        "2hop",
        f"SELECT ?x WHERE {{ {{SUNBURST}} cti:implements ?t . {counters('?x', '?t')} }}",
    ),
    # campaigns
    (
        "Who was behind the SolarWinds Compromise?",
        "1hop",
        f"SELECT ?x WHERE {{ {behind('{SolarWinds Compromise}', '?x')} }}",
    ),
    (
        "What campaigns is Cozy Bear behind?",
        "alias",
        f"SELECT ?x WHERE {{ {behind('?x', '{Cozy Bear}')} }}",
    ),
    (
        "When did the 2016 Ukraine Electric Power Attack end?",
        "literal",
        "SELECT ?x WHERE { {2016 Ukraine Electric Power Attack} stix:last_seen ?x }",
    ),
    (
        "What was the goal of Operation Cold Invoice?",
        "synonym",
        "SELECT ?x WHERE { {Operation Cold Invoice} stix:objective ?x }",
    ),
    (
        "which campaigns hit ukraine",
        "inverse",
        "SELECT ?x WHERE { ?x a stix:Campaign ; cti:targetsCountry {Ukraine} }",
    ),
    (
        "what country is the group behind operation dream job from",
        "2hop",
        f"SELECT ?x WHERE {{ {behind('{Operation Dream Job}', '?g')} ?g cti:attributedTo ?x }}",
    ),
    (
        "who was behind opration dream job",
        "typo",
        f"SELECT ?x WHERE {{ {behind('{Operation Dream Job}', '?x')} }}",
    ),
    # procedure examples (n-ary)
    (
        "Which techniques did APT41 use during Operation Wicked Harvest?",
        "conjunction",
        f"SELECT ?x WHERE {{ {used('{APT41}', '?x')} ?p cti:campaign {{Operation Wicked Harvest}} }}",
    ),
    (
        "In which campaign did Sandworm use Disk Structure Wipe?",
        "conjunction",
        f"SELECT ?x WHERE {{ {used(SW, '{Disk Structure Wipe}')} ?p cti:campaign ?x }}",
    ),
    (
        "When did Lazarus use a scheduled task in Operation Dream Job?",
        "literal",
        f"SELECT ?x WHERE {{ {used('{Lazarus Group}', '{Scheduled Task}')} ?p cti:campaign {{Operation Dream Job}} ; cti:observedOn ?x }}",
    ),
    (
        "Which groups have used password spraying?",
        "inverse",
        f"SELECT ?x WHERE {{ {used('?x', '{Password Spraying}')} }}",
    ),
    (
        "Which report documented Kimsuky's use of Email Collection?",
        "conjunction",
        f"SELECT ?x WHERE {{ {used('{Kimsuky}', '{Email Collection}')} ?p prov:wasDerivedFrom ?x }}",
    ),
    (
        "which techniques did turla use in frozen meridian",
        "conjunction",
        f"SELECT ?x WHERE {{ {used('{Turla}', '?x')} ?p cti:campaign {{Operation Frozen Meridian}} }}",
    ),
    (
        "What did OilRig use during Operation Helix Well?",
        "conjunction",
        f"SELECT ?x WHERE {{ {used('{OilRig}', '?x')} ?p cti:campaign {{Operation Helix Well}} }}",
    ),
    (
        "How many techniques did APT29 use in the SolarWinds Compromise?",
        "conjunction",
        f"SELECT (COUNT(DISTINCT ?t) AS ?x) WHERE {{ {used('{APT29}', '?t')} ?p cti:campaign {{SolarWinds Compromise}} }}",
    ),
    # reports
    (
        "Who published the report on the SolarWinds Compromise?",
        "2hop",
        "SELECT ?x WHERE { ?r stix:object_refs {SolarWinds Compromise} ; prov:wasAttributedTo ?x }",
    ),
    (
        "When was the report on Industroyer published?",
        "2hop",
        "SELECT ?x WHERE { ?r stix:object_refs {Industroyer} ; dcterms:issued ?x }",
    ),
    (
        "Where is the company that reported on Operation Frozen Meridian based?",
        "3hop",
        "SELECT ?x WHERE { ?r stix:object_refs {Operation Frozen Meridian} ; prov:wasAttributedTo ?o . { ?o schema:location ?x } UNION { ?o foaf:based_near ?x } }",
    ),
    (
        "Who reported Sandworm's use of Data Destruction during the 2016 Ukraine attack?",
        "3hop",
        f"SELECT ?x WHERE {{ {used(SW, '{Data Destruction}')} ?p cti:campaign {{2016 Ukraine Electric Power Attack}} ; prov:wasDerivedFrom/prov:wasAttributedTo ?x }}",
    ),
    (
        "Which D3FEND techniques counter what Wizard Spider used in Operation Cold Invoice?",
        "3hop",
        f"SELECT ?x WHERE {{ {used('{Wizard Spider}', '?t')} ?p cti:campaign {{Operation Cold Invoice}} . {counters('?x', '?t')} }}",
    ),
    # sectors
    ("What is banking a subsector of?", "1hop", "SELECT ?x WHERE { {Banking} skos:broader ?x }"),
    # unanswerable: the knowledge base holds none of these
    ("How much ransom did Wizard Spider demand in Operation Cold Invoice?", "unanswerable", None),
    ("How many machines did NotPetya infect?", "unanswerable", None),
    ("Who leads APT28?", "unanswerable", None),
    ("Which CVE did APT41 exploit in Operation Wicked Harvest?", "unanswerable", None),
    ("What programming language is Emotet written in?", "unanswerable", None),
    ("Which sectors does Emotet target?", "unanswerable", None),
    ("What is the bitcoin wallet used by Ryuk?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "threats-b53-01",
        [
            (
                "Who was behind Operation Ghost?",
                "start",
                f"SELECT ?x WHERE {{ {behind('{Operation Ghost}', '?x')} }}",
            ),
            (
                "What country is it attributed to?",
                "pronoun_answer",
                "SELECT ?x WHERE { {APT29} cti:attributedTo ?x }",
            ),
            ("And Kimsuky?", "and_x", "SELECT ?x WHERE { {Kimsuky} cti:attributedTo ?x }"),
        ],
    ),
    (
        "threats-b53-02",
        [
            (
                "What kind of malware is Ryuk?",
                "start",
                "SELECT ?x WHERE { {Ryuk} stix:malware_types ?x }",
            ),
            (
                "Which group uses it?",
                "pronoun_topic",
                f"SELECT ?x WHERE {{ {uses_software('?x', '{Ryuk}')} }}",
            ),
            (
                "What about BabyShark?",
                "what_about",
                f"SELECT ?x WHERE {{ {uses_software('?x', '{BabyShark}')} }}",
            ),
        ],
    ),
    (
        "threats-b53-03",
        [
            (
                "What does Strong Password Policy counter?",
                "start",
                f"SELECT ?x WHERE {{ {counters('{Strong Password Policy}', '?x')} }}",
            ),
            (
                "Which tactic does it belong to?",
                "pronoun_answer",
                f"SELECT ?x WHERE {{ {tactic('{Password Spraying}')} }}",
            ),
            (
                "And Ingress Tool Transfer?",
                "and_x",
                f"SELECT ?x WHERE {{ {tactic('{Ingress Tool Transfer}')} }}",
            ),
        ],
    ),
]

NAME_PROPS = (
    STIX.name,
    STIX.aliases,
    STIX.x_mitre_aliases,
    RDFS.label,
    SKOS.prefLabel,
    SKOS.altLabel,
    S.name,
    S.alternateName,
    FOAF.name,
    FOAF.nick,
    DCTERMS.title,
)


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published
    g = Graph()
    g.parse(HERE / "threats.ttl", format="turtle")
    answers_of = named_answers(g, PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("threats", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "threats.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
