# ruff: noqa: E501  (one question a line)
"""Gold answers of ``forum.jsonl``, computed with rdflib SPARQL over ``forum.trig`` (never with
kgchat), the named graphs queried as their union.

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form (``8``, ``2024-01-30T15:11:00``); an entity with every name it carries: a thread or
forum its ``dcterms:title``, an account its ``sioc:name`` (the handle), a person ``foaf:name`` and
``foaf:nick``, a tag ``skos:prefLabel`` and ``skos:altLabel``, a place ``rdfs:label``. ``{Name}``
in a query stands for the one resource that carries ``Name`` as one of those names (a thread
before its first post, which shares its title). Unanswerable questions carry no query and
``answers: []``. Run from the repository root: ``python bench/data/own/forum_answers.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from _answers_common import named_iris, names_under
from rdflib import RDF, RDFS, Dataset, URIRef
from rdflib.namespace import DCTERMS, FOAF, SKOS

HERE = Path(__file__).parent
SIOC = "http://rdfs.org/sioc/ns#"
PRE = f"""PREFIX sioc: <{SIOC}>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
NAMES = [
    DCTERMS.title,
    URIRef(SIOC + "name"),
    FOAF.name,
    FOAF.nick,
    SKOS.prefLabel,
    SKOS.altLabel,
    RDFS.label,
]
# which resource a name means when several carry it (a thread's first post repeats its title)
PREFER = [
    URIRef(SIOC + "Thread"),
    URIRef(SIOC + "Forum"),
    URIRef(SIOC + "UserAccount"),
    SKOS.Concept,
    FOAF.Person,
]
REPLIERS = "?p sioc:has_container {T} ; sioc:reply_of ?any ; sioc:has_creator ?x"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "who started the thread 'Best flux for SMD rework?'",
        "1hop",
        "SELECT ?x WHERE { {Best flux for SMD rework?} sioc:has_creator ?x }",
    ),
    (
        "Which forum is 'Osmo versus Danish oil on a walnut desk' posted in?",
        "1hop",
        "SELECT ?x WHERE { {Osmo versus Danish oil on a walnut desk} sioc:has_container ?x }",
    ),
    (
        "when was the reflow oven build thread started",
        "literal",
        "SELECT ?x WHERE { {My first reflow oven build} dcterms:created ?x }",
    ),
    (
        "How many replies does 'Which entry-level oscilloscope in 2024?' have?",
        "literal",
        "SELECT ?x WHERE { {Which entry-level oscilloscope in 2024?} sioc:num_replies ?x }",
    ),
    (
        "how many views has the Show us your workbench thread got",
        "literal",
        "SELECT ?x WHERE { {Show us your workbench} sioc:num_views ?x }",
    ),
    (
        "Who moderates the Electronics Bench?",
        "1hop",
        "SELECT ?x WHERE { {Electronics Bench} sioc:has_moderator ?x }",
    ),
    (
        "Who is the moderator of the 3D Printing forum?",
        "1hop",
        "SELECT ?x WHERE { {3D Printing} sioc:has_moderator ?x }",
    ),
    (
        "What tags is the thread about drying filament in a food dehydrator under?",
        "1hop",
        "SELECT ?x WHERE { {Drying filament in a food dehydrator} sioc:topic ?x }",
    ),
    (
        "What is the real name of solder_queen?",
        "1hop",
        "SELECT ?x WHERE { {solder_queen} sioc:account_of ?x }",
    ),
    ("whose account is kfx77?", "1hop", "SELECT ?x WHERE { {kfx77} sioc:account_of ?x }"),
    (
        "What's Teodor Valcu's username on the forum?",
        "1hop",
        "SELECT ?x WHERE { {Teodor Valcu} foaf:holdsAccount ?x }",
    ),
    (
        "where is Ilse Verhoeven based",
        "1hop",
        "SELECT ?x WHERE { {Ilse Verhoeven} foaf:based_near ?x }",
    ),
    ("What is the broader tag of esp32?", "1hop", "SELECT ?x WHERE { {esp32} skos:broader ?x }"),
    (
        "What's the description of the Woodshop forum?",
        "literal",
        "SELECT ?x WHERE { {Woodshop} dcterms:description ?x }",
    ),
    (
        "what site hosts the tinker-dev mailing list?",
        "1hop",
        "SELECT ?x WHERE { {tinker-dev mailing list} sioc:has_host ?x }",
    ),
    (
        "Who started the thread '[tinker-dev] Release 2.3.0 is out'?",
        "1hop",
        "SELECT ?x WHERE { {[tinker-dev] Release 2.3.0 is out} sioc:has_creator ?x }",
    ),
    (
        "what is the real name of r.okafor@lists.tinkerers.example",
        "1hop",
        "SELECT ?x WHERE { {r.okafor@lists.tinkerers.example} sioc:account_of ?x }",
    ),
    # inverse
    (
        "Which threads did HexNutHank start?",
        "inverse",
        "SELECT ?x WHERE { ?x a sioc:Thread ; sioc:has_creator {HexNutHank} }",
    ),
    (
        "What threads are in the Off-Topic Lounge?",
        "inverse",
        "SELECT ?x WHERE { ?x a sioc:Thread ; sioc:has_container {Off-Topic Lounge} }",
    ),
    (
        "Which threads are tagged bed leveling?",
        "inverse",
        "SELECT ?x WHERE { ?x a sioc:Thread ; sioc:topic {bed leveling} }",
    ),
    (
        "which forums does solder_queen moderate",
        "inverse",
        "SELECT ?x WHERE { ?x sioc:has_moderator {solder_queen} }",
    ),
    (
        "who holds the account OakAndIron",
        "inverse",
        "SELECT ?x WHERE { ?x foaf:holdsAccount {OakAndIron} }",
    ),
    (
        "Which tags sit under microcontrollers?",
        "inverse",
        "SELECT ?x WHERE { ?x skos:broader {microcontrollers} }",
    ),
    # two and three hops
    (
        "Who replied to the thread 'Restoring a rusty No. 4 plane'?",
        "2hop",
        "SELECT ?x WHERE { " + REPLIERS.replace("{T}", "{Restoring a rusty No. 4 plane}") + " }",
    ),
    (
        "what's the real name of the person who started 'Enclosure temperature for ABS'",
        "2hop",
        "SELECT ?x WHERE { {Enclosure temperature for ABS} sioc:has_creator/sioc:account_of ?x }",
    ),
    (
        "Which tags does filament_fiend post under?",
        "2hop",
        "SELECT ?x WHERE { ?p sioc:has_creator {filament_fiend} ; sioc:topic ?x }",
    ),
    (
        "What tags has kfx77 used?",
        "2hop",
        "SELECT ?x WHERE { ?p sioc:has_creator {kfx77} ; sioc:topic ?x }",
    ),
    (
        "Who moderates the forum where 'Lead-free solder that actually wets' was posted?",
        "2hop",
        "SELECT ?x WHERE { {Lead-free solder that actually wets} sioc:has_container/sioc:has_moderator ?x }",
    ),
    (
        "Which users replied to posts by benchy_boy?",
        "2hop",
        "SELECT ?x WHERE { ?q sioc:has_creator {benchy_boy} . ?p sioc:reply_of ?q ; sioc:has_creator ?x }",
    ),
    (
        "Who started threads in the Woodshop?",
        "2hop",
        "SELECT ?x WHERE { ?t a sioc:Thread ; sioc:has_container {Woodshop} ; sioc:has_creator ?x }",
    ),
    (
        "What tags do the threads on the tinker-dev mailing list use?",
        "2hop",
        "SELECT ?x WHERE { ?t a sioc:Thread ; sioc:has_container {tinker-dev mailing list} ; sioc:topic ?x }",
    ),
    (
        "where is the person who started 'Hand-cut dovetails: saw first or chisel first?' based",
        "3hop",
        "SELECT ?x WHERE { {Hand-cut dovetails: saw first or chisel first?} sioc:has_creator/sioc:account_of/foaf:based_near ?x }",
    ),
    (
        "In which forums has pcb_pirate posted?",
        "3hop",
        "SELECT ?x WHERE { ?p a sioc:Post ; sioc:has_creator {pcb_pirate} ; sioc:has_container/sioc:has_container ?x }",
    ),
    (
        "what forums did dovetail_dan reply in",
        "3hop",
        "SELECT ?x WHERE { ?p sioc:reply_of ?any ; sioc:has_creator {dovetail_dan} ; sioc:has_container/sioc:has_container ?x }",
    ),
    # conjunctions
    (
        "Who did quietcoil reply to in the ESP32 brownout thread?",
        "conjunction",
        "SELECT ?x WHERE { ?p sioc:has_creator {quietcoil} ; sioc:has_container {ESP32 keeps brownout-resetting on Wi-Fi connect} ; sioc:reply_of/sioc:has_creator ?x }",
    ),
    (
        "who answered solder_queen's post in the PETG stringing thread?",
        "conjunction",
        "SELECT ?x WHERE { ?q sioc:has_creator {solder_queen} ; sioc:has_container {PETG stringing like spider webs} ; sioc:has_reply/sioc:has_creator ?x }",
    ),
    (
        "Which threads in 3D Printing are tagged safety?",
        "conjunction",
        "SELECT ?x WHERE { ?x a sioc:Thread ; sioc:has_container {3D Printing} ; sioc:topic {safety} }",
    ),
    (
        "Which threads did sawdust_sally start in the Woodshop?",
        "conjunction",
        "SELECT ?x WHERE { ?x a sioc:Thread ; sioc:has_container {Woodshop} ; sioc:has_creator {sawdust_sally} }",
    ),
    (
        "Which of kfx77's threads are about firmware?",
        "conjunction",
        "SELECT ?x WHERE { ?x a sioc:Thread ; sioc:has_creator {kfx77} ; sioc:topic {firmware} }",
    ),
    # alternative names and relation synonyms
    (
        "Which threads are tagged RPi?",
        "alias",
        "SELECT ?x WHERE { ?x a sioc:Thread ; sioc:topic {RPi} }",
    ),
    ("what is Bertie's handle?", "alias", "SELECT ?x WHERE { {Bertie} foaf:holdsAccount ?x }"),
    (
        "Which threads did t.nakashima start on the list?",
        "alias",
        "SELECT ?x WHERE { ?x a sioc:Thread ; sioc:has_creator {t.nakashima@lists.tinkerers.example} }",
    ),
    (
        "Who kicked off the discussion about ground loop hum?",
        "synonym",
        "SELECT ?x WHERE { {Ground loop hum in my guitar pedal} sioc:has_creator ?x }",
    ),
    (
        "what's the reply count on the PETG stringing thread",
        "synonym",
        "SELECT ?x WHERE { {PETG stringing like spider webs} sioc:num_replies ?x }",
    ),
    (
        "Who runs the Woodshop board?",
        "synonym",
        "SELECT ?x WHERE { {Woodshop} sioc:has_moderator ?x }",
    ),
    (
        "When did the tinker-dev thread about dropping ATmega328 support get posted?",
        "synonym",
        "SELECT ?x WHERE { {[tinker-dev] Dropping support for the ATmega328} dcterms:created ?x }",
    ),
    # lower case and misspellings
    (
        "who started the thread on flashing a bricked esp32-c3",
        "typo",
        "SELECT ?x WHERE { {Flashing a bricked ESP32-C3} sioc:has_creator ?x }",
    ),
    (
        "what's the real name of makermoth",
        "typo",
        "SELECT ?x WHERE { {MakerMoth} sioc:account_of ?x }",
    ),
    (
        "threads started by grumpy_gnom",
        "typo",
        "SELECT ?x WHERE { ?x a sioc:Thread ; sioc:has_creator {grumpy_gnome} }",
    ),
    (
        "whats the real name of voltvixxen",
        "typo",
        "SELECT ?x WHERE { {voltvixen} sioc:account_of ?x }",
    ),
    (
        "which forum is 'Mortise and tennon without a mortiser' in",
        "typo",
        "SELECT ?x WHERE { {Mortise and tenon without a mortiser} sioc:has_container ?x }",
    ),
    # not in the graph
    ("What is solder_queen's email address?", "unanswerable", None),
    ("Where does Rotimi Okafor live?", "unanswerable", None),
    (
        "How many views does the thread 'Lead-free solder that actually wets' have?",
        "unanswerable",
        None,
    ),
    ("Who moderates the Off-Topic Lounge?", "unanswerable", None),
    ("When did nibbles join the forum?", "unanswerable", None),
    ("What is nibbles' real name?", "unanswerable", None),
    ("Which tags is 'Show us your workbench' filed under?", "unanswerable", None),
]


def by_name(g: Dataset, sparql: str) -> str:
    """``{Name}`` -> the IRI of the one resource that carries ``Name`` as a name."""

    def find(m: re.Match[str]) -> set[object]:
        found = {
            s
            for p in NAMES
            for s in g.subjects(p, None)
            if any(str(o) == m[1] for o in g.objects(s, p))
        }
        for cls in PREFER:
            typed = {s for s in found if (s, RDF.type, cls) in g}
            if typed:
                return typed
        return found

    return named_iris(sparql, find, r"\{([^{}?\s][^{}]*)\}")


def main() -> None:
    g = Dataset(default_union=True)
    g.parse(HERE / "forum.trig", format="trig")
    lines = []
    for q, kind, sparql in QUESTIONS:
        answers = (
            sorted(
                {a for r in g.query(PRE + by_name(g, sparql)) for a in names_under(g, r[0], NAMES)}
            )
            if sparql
            else []
        )
        assert answers or kind == "unanswerable", q
        lines.append(
            json.dumps({"question": q, "answers": answers, "kind": kind}, ensure_ascii=False)
        )
        print(kind, q, answers[:6], len(answers))
    (HERE / "forum.jsonl").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
