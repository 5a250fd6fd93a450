# ruff: noqa: E501  (one record a line)
"""Write ``letters.ttl``: an early-modern correspondence network as a digital-humanities letters
edition and prosopography publishes it in CIDOC CRM (ResearchSpace / Linked Art style Turtle).

The shape follows CIDOC CRM 7 (``http://www.cidoc-crm.org/cidoc-crm/``, ids such as
``P14_carried_out_by``) with a small project ontology for what CRM leaves open:

* people ``crm:E21_Person``, named **through appellation blank nodes**
  (``crm:P1_is_identified_by [ a crm:E41_Appellation ; crm:P2_has_type <preferred name> ;
  crm:P190_has_symbolic_content "Johanna Vermeulen" ]``), most also with a Latin form
  ("Johanna Vermulenia") typed ``latin name``; only some carry an ``rdfs:label``, and those in the
  catalogue's inverted form ("Vermeulen, Johanna");
* nothing links a person to a place directly: births are ``crm:E67_Birth`` events
  (``P98_brought_into_life``, ``P7_took_place_at``, ``P4_has_time-span``), deaths
  ``crm:E69_Death`` (``P100_was_death_of``); time-spans ``crm:E52_Time-Span`` carry
  ``P82a_begin_of_the_begin`` / ``P82b_end_of_the_end`` ``xsd:dateTime`` bounds and, for some, a
  time appellation ("c. 1601");
* occupations as ``crm:P2_has_type`` to ``crm:E55_Type`` terms (``skos:prefLabel`` English and
  Latin); parents ``crm:P152_has_parent``; learned societies ``crm:E74_Group`` with
  ``P107_has_current_or_former_member``, for some members also an ``crm:E85_Joining`` event
  (``P143_joined``, ``P144_joined_with``, a time-span);
* letters ``crm:E22_Human-Made_Object`` with an ``crm:E42_Identifier`` ("RL-0042") and most a
  ``crm:E35_Title`` (``P102_has_title``); each letter's dispatch is a ``crm:E7_Activity`` typed
  ``sending`` (``P16_used_specific_object`` the letter, ``P14_carried_out_by`` the sender, the
  project's ``rl:P01_has_addressee`` (a sub-property of ``P11_had_participant``) the recipient,
  ``P7_took_place_at`` the place written at, ``rl:P02_sent_to`` the destination for some,
  ``P4_has_time-span``); letters are about ``crm:P129_is_about`` subject terms and written in a
  language (``crm:P72_has_language`` ``crm:E56_Language``);
* places ``crm:E53_Place`` with ``rdfs:label`` in English and Latin, ``P89_falls_within`` a
  country.

The people and letters are invented. Seeded, no network; stdlib + rdflib. Run from the
repository root: ``python bench/data/own/letters_make.py``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
CRM = Namespace("http://www.cidoc-crm.org/cidoc-crm/")
BASE = "https://data.respublica-litterarum.example/"
RL = Namespace(BASE + "ontology/")
PER = Namespace(BASE + "person/")
PLC = Namespace(BASE + "place/")
GRP = Namespace(BASE + "group/")
LET = Namespace(BASE + "letter/")
EVT = Namespace(BASE + "event/")
TYP = Namespace(BASE + "type/")

PLACES = {  # id: (English, Latin, country)
    "leiden": ("Leiden", "Lugdunum Batavorum", "dutch-republic"),
    "amsterdam": ("Amsterdam", "Amstelodamum", "dutch-republic"),
    "utrecht": ("Utrecht", "Trajectum ad Rhenum", "dutch-republic"),
    "haarlem": ("Haarlem", "Harlemum", "dutch-republic"),
    "delft": ("Delft", "Delphi Batavorum", "dutch-republic"),
    "the-hague": ("The Hague", "Haga Comitis", "dutch-republic"),
    "franeker": ("Franeker", "Franequera", "dutch-republic"),
    "antwerp": ("Antwerp", "Antverpia", "spanish-netherlands"),
    "leuven": ("Leuven", "Lovanium", "spanish-netherlands"),
    "london": ("London", "Londinium", "england"),
    "oxford": ("Oxford", "Oxonia", "england"),
    "paris": ("Paris", "Lutetia Parisiorum", "france"),
    "hamburg": ("Hamburg", "Hamburgum", "holy-roman-empire"),
    "danzig": ("Danzig", "Gedanum", "poland-lithuania"),
    "copenhagen": ("Copenhagen", "Hafnia", "denmark"),
    "uppsala": ("Uppsala", "Upsalia", "sweden"),
    "padua": ("Padua", "Patavium", "republic-of-venice"),
    "venice": ("Venice", "Venetiae", "republic-of-venice"),
}
COUNTRIES = {
    "dutch-republic": "Dutch Republic",
    "spanish-netherlands": "Spanish Netherlands",
    "england": "England",
    "france": "France",
    "holy-roman-empire": "Holy Roman Empire",
    "poland-lithuania": "Polish-Lithuanian Commonwealth",
    "denmark": "Denmark",
    "sweden": "Sweden",
    "republic-of-venice": "Republic of Venice",
}
OCCUPATIONS = {  # id: (English, Latin)
    "physician": ("physician", "medicus"),
    "astronomer": ("astronomer", "astronomus"),
    "botanist": ("botanist", "botanicus"),
    "theologian": ("theologian", "theologus"),
    "printer": ("printer", "typographus"),
    "mathematician": ("mathematician", "mathematicus"),
    "jurist": ("jurist", "iurisconsultus"),
    "apothecary": ("apothecary", "pharmacopola"),
    "philologist": ("philologist", "philologus"),
    "engraver": ("engraver", "sculptor"),
}
SOCIETIES = {
    "collegium-curiosorum": "Collegium Curiosorum Batavum",
    "society-compass": "Society of the Golden Compass",
    "academie-curieux": "Académie des Curieux",
    "hortus-fraternity": "Fraternity of the Hortus Medicus",
    "societas-ericina": "Societas Ericina",
}
SUBJECTS = [
    "astronomy",
    "botany",
    "anatomy",
    "theology",
    "book trade",
    "mathematics",
    "politics",
    "natural history",
    "family matters",
    "optics",
]
LANGUAGES = {
    "latin": "Latin",
    "dutch": "Dutch",
    "french": "French",
    "english": "English",
    "german": "German",
}
# (first, last, Latin form, sex)
PEOPLE = [
    ("Johanna", "Vermeulen", "Johanna Vermulenia", "f"),
    ("Pieter", "Hals", "Petrus Halsius", "m"),
    ("Cornelis", "van der Straeten", "Cornelius Straetenus", "m"),
    ("Aleida", "Brouwer", None, "f"),
    ("Willem", "Doornbosch", "Guilielmus Dornboschius", "m"),
    ("Jacobus", "Ketelaer", "Jacobus Ketelarius", "m"),
    ("Margaretha", "de Wilde", None, "f"),
    ("Hendrik", "Oostervelt", "Henricus Oosterveltius", "m"),
    ("Anselm", "Rijckaert", "Anselmus Ryckartius", "m"),
    ("Thomas", "Ashcombe", "Thomas Ashcombius", "m"),
    ("Edmund", "Pellworth", None, "m"),
    ("Nicolas", "Vauquelin-Darnay", "Nicolaus Darnaeus", "m"),
    ("Marie", "Fontanel", None, "f"),
    ("Joachim", "Wendeler", "Joachimus Wendelerus", "m"),
    ("Elias", "Grundtmann", "Elias Grundtmannus", "m"),
    ("Sophia", "Holmqvist", None, "f"),
    ("Olaus", "Bergendahl", "Olaus Bergendalius", "m"),
    ("Christian", "Skovgaard", "Christianus Scovgardius", "m"),
    ("Lorenzo", "Baldinucci", "Laurentius Baldinuccius", "m"),
    ("Giulia", "Morosetti", None, "f"),
    ("Adriaan", "Tichelaar", "Adrianus Tichelarius", "m"),
    ("Reinier", "Crabbendam", "Reinerus Crabbendamius", "m"),
    ("Geertruyd", "Swaving", None, "f"),
    ("Isaac", "Mostaert", "Isaacus Mostartius", "m"),
    ("Caspar", "Lindenau", "Casparus Lindenavius", "m"),
    ("Frederik", "Hals", "Fredericus Halsius", "m"),
    ("Maria", "Vermeulen", None, "f"),
    ("Samuel", "Quarles-Hythe", None, "m"),
    ("Abraham", "Zegersma", "Abrahamus Zegersmius", "m"),
    ("Theodorus", "Wassenbergh", "Theodorus Wassenbergius", "m"),
    ("Lucas", "Everdingen", "Lucas Everdingius", "m"),
    ("Catharina", "Blommaert", None, "f"),
    ("Jean-Baptiste", "Rocheval", "Joannes Baptista Rochevallius", "m"),
    ("Matthias", "Overkamp", "Matthias Overcampius", "m"),
    ("Daniel", "Sterrenburg", "Daniel Sterrenburgius", "m"),
    ("Anna Maria", "Keyserlingk", None, "f"),
    ("Gerard", "Nieuwhoff", "Gerardus Novicurius", "m"),
    ("Benedict", "Harwell", None, "m"),
    ("Paulus", "Dijckmeester", "Paulus Dyckmeesterus", "m"),
    ("Ursula", "van Oeckelen", None, "f"),
]


def dt(d: date, end: bool = False) -> Literal:
    return Literal(f"{d.isoformat()}T{'23:59:59' if end else '00:00:00'}", datatype=XSD.dateTime)


def main() -> None:
    rng = random.Random(3114)
    g = Graph()
    for pre, ns in (
        ("crm", CRM),
        ("rl", RL),
        ("per", PER),
        ("plc", PLC),
        ("grp", GRP),
        ("let", LET),
        ("evt", EVT),
        ("typ", TYP),
        ("skos", SKOS),
    ):
        g.bind(pre, ns)

    def typ(key: str, en: str, la: str | None = None, cls: URIRef = CRM["E55_Type"]) -> URIRef:
        t = TYP[key]
        g.add((t, RDF.type, cls))
        g.add((t, SKOS.prefLabel, Literal(en, lang="en")))
        if la:
            g.add((t, SKOS.prefLabel, Literal(la, lang="la")))
        return t

    preferred = typ("preferred-name", "preferred name")
    latin_name = typ("latin-name", "Latin name")
    sending = typ("sending", "sending")
    letter_type = typ("letter", "letter", "epistola")
    # the project ontology
    for p, lab, sup in (
        ("P01_has_addressee", "has addressee", CRM["P11_had_participant"]),
        ("P02_sent_to", "sent to", CRM["P7_took_place_at"]),
    ):
        g.add((RL[p], RDF.type, URIRef("http://www.w3.org/2002/07/owl#ObjectProperty")))
        g.add((RL[p], RDFS.label, Literal(lab, lang="en")))
        g.add((RL[p], RDFS.subPropertyOf, sup))

    def appellation(
        node: URIRef,
        text: str,
        kind: URIRef | None,
        cls: str = "E41_Appellation",
        lang: str | None = None,
    ) -> None:
        b = BNode(f"n{len(g)}")  # named by the graph's size then: the same each run
        g.add((node, CRM["P1_is_identified_by"], b))
        g.add((b, RDF.type, CRM[cls]))
        if kind is not None:
            g.add((b, CRM["P2_has_type"], kind))
        g.add(
            (
                b,
                CRM["P190_has_symbolic_content"],
                Literal(text, lang=lang) if lang else Literal(text),
            )
        )

    def timespan(node: URIRef, start: date, end: date, name: str | None) -> URIRef:
        ts = URIRef(str(node) + "/timespan")
        g.add((node, CRM["P4_has_time-span"], ts))
        g.add((ts, RDF.type, CRM["E52_Time-Span"]))
        g.add((ts, CRM["P82a_begin_of_the_begin"], dt(start)))
        g.add((ts, CRM["P82b_end_of_the_end"], dt(end, end=True)))
        if name:
            appellation(ts, name, None, "E49_Time_Appellation")
        return ts

    for key, name in COUNTRIES.items():
        c = PLC[key]
        g.add((c, RDF.type, CRM["E53_Place"]))
        g.add((c, RDFS.label, Literal(name, lang="en")))
    for key, (en, la, country) in PLACES.items():
        p = PLC[key]
        g.add((p, RDF.type, CRM["E53_Place"]))
        g.add((p, RDFS.label, Literal(en, lang="en")))
        g.add((p, RDFS.label, Literal(la, lang="la")))
        g.add((p, CRM["P89_falls_within"], PLC[country]))
    occ = {k: typ("occupation/" + k, en, la) for k, (en, la) in OCCUPATIONS.items()}
    subj = {s: typ("subject/" + s.replace(" ", "-"), s) for s in SUBJECTS}
    lang = {}
    for k, name in LANGUAGES.items():
        lang[k] = URIRef(BASE + "language/" + k)
        g.add((lang[k], RDF.type, CRM["E56_Language"]))
        g.add((lang[k], RDFS.label, Literal(name, lang="en")))
    for key, name in SOCIETIES.items():
        s = GRP[key]
        g.add((s, RDF.type, CRM["E74_Group"]))
        appellation(s, name, preferred)
        if rng.random() < 0.6:
            g.add((s, RDFS.label, Literal(name)))

    places = list(PLACES)
    people: list[URIRef] = []
    born: dict[URIRef, int] = {}
    home: dict[URIRef, str] = {}
    parent_of = {26: 2, 27: 1, 31: 8, 36: 14}  # child -> parent (by number)
    for i, (first, last, latin, _sex) in enumerate(PEOPLE, 1):
        p = PER[f"p{i:04d}"]
        people.append(p)
        g.add((p, RDF.type, CRM["E21_Person"]))
        appellation(p, f"{first} {last}", preferred)
        if latin:
            appellation(p, latin, latin_name, lang="la")
        if rng.random() < 0.5:
            g.add((p, RDFS.label, Literal(f"{last}, {first}")))
        year = rng.randint(1585, 1625)
        if i in parent_of:
            year = born[PER[f"p{parent_of[i]:04d}"]] + rng.randint(24, 36)
        born[p] = year
        bplace = rng.choice(places)
        home[p] = rng.choice(places[:10]) if rng.random() < 0.7 else bplace
        if i != 40:  # one person's birth the edition does not know
            b = EVT[f"birth/p{i:04d}"]
            g.add((b, RDF.type, CRM["E67_Birth"]))
            g.add((b, CRM["P98_brought_into_life"], p))
            if i % 9 != 4:  # some births undated by place
                g.add((b, CRM["P7_took_place_at"], PLC[bplace]))
            if rng.random() < 0.25:
                timespan(b, date(year - 1, 1, 1), date(year + 1, 12, 31), f"c. {year}")
            else:
                d = date(year, 1, 1) + timedelta(days=rng.randint(0, 364))
                timespan(b, d, d, None)
        if i % 7 != 3:  # some still alive at the edition's end, or unknown
            dy = year + rng.randint(45, 80)
            d = EVT[f"death/p{i:04d}"]
            g.add((d, RDF.type, CRM["E69_Death"]))
            g.add((d, CRM["P100_was_death_of"], p))
            g.add(
                (
                    d,
                    CRM["P7_took_place_at"],
                    PLC[home[p] if rng.random() < 0.7 else rng.choice(places)],
                )
            )
            dd = date(dy, 1, 1) + timedelta(days=rng.randint(0, 364))
            timespan(d, dd, dd, None)
        for o in rng.sample(list(occ), 1 if rng.random() < 0.6 else 2):
            g.add((p, CRM["P2_has_type"], occ[o]))
    # parents: Frederik Hals is Pieter Hals's son, Maria Vermeulen Johanna's daughter, and a few more
    for child, parent in parent_of.items():
        g.add((PER[f"p{child:04d}"], CRM["P152_has_parent"], PER[f"p{parent:04d}"]))
    # societies
    soc = list(SOCIETIES)
    for p in people:
        for s in rng.sample(soc, rng.choice((0, 1, 1, 1, 2))):
            g.add((GRP[s], CRM["P107_has_current_or_former_member"], p))
            if rng.random() < 0.5:
                j = EVT[f"joining/{s}/{p.rsplit('/', 1)[1]}"]
                g.add((j, RDF.type, CRM["E85_Joining"]))
                g.add((j, CRM["P143_joined"], p))
                g.add((j, CRM["P144_joined_with"], GRP[s]))
                y = born[p] + rng.randint(25, 45)
                timespan(j, date(y, 1, 1), date(y, 12, 31), str(y))
    # letters
    for n in range(1, 521):
        sender, recipient = rng.sample(people, 2)
        if n <= 14:  # a cluster of letters to Pieter Hals in the early 1640s
            recipient = people[1]
            while sender == recipient:
                sender = rng.choice(people)
        y = rng.randint(
            max(born[sender], born[recipient]) + 22, max(born[sender], born[recipient]) + 45
        )
        y = min(y, 1690)
        if n <= 14:
            y = 1640 + n % 4
        d = date(y, 1, 1) + timedelta(days=rng.randint(0, 364))
        letter = LET[f"RL-{n:04d}"]
        g.add((letter, RDF.type, CRM["E22_Human-Made_Object"]))
        g.add((letter, CRM["P2_has_type"], letter_type))
        appellation(letter, f"RL-{n:04d}", None, "E42_Identifier")
        sname = PEOPLE[people.index(sender)][1]
        rname = PEOPLE[people.index(recipient)][1]
        where = home[sender] if rng.random() < 0.8 else rng.choice(places)
        if rng.random() < 0.75:
            t = BNode(f"t{n}")
            g.add((letter, CRM["P102_has_title"], t))
            g.add((t, RDF.type, CRM["E35_Title"]))
            g.add(
                (
                    t,
                    CRM["P190_has_symbolic_content"],
                    Literal(
                        f"{sname} to {rname}, {PLACES[where][0]}, {d.day} {d.strftime('%B')} {d.year}"
                    ),
                )
            )
        for s in rng.sample(SUBJECTS, rng.choice((1, 1, 2))):
            g.add((letter, CRM["P129_is_about"], subj[s]))
        g.add(
            (
                letter,
                CRM["P72_has_language"],
                lang["latin" if rng.random() < 0.45 else rng.choice(list(LANGUAGES))],
            )
        )
        ev = EVT[f"sending/RL-{n:04d}"]
        g.add((ev, RDF.type, CRM["E7_Activity"]))
        g.add((ev, CRM["P2_has_type"], sending))
        g.add((ev, CRM["P16_used_specific_object"], letter))
        g.add((ev, CRM["P14_carried_out_by"], sender))
        g.add((ev, RL["P01_has_addressee"], recipient))
        g.add((ev, CRM["P7_took_place_at"], PLC[where]))
        if rng.random() < 0.4:
            g.add((ev, RL["P02_sent_to"], PLC[home[recipient]]))
        timespan(ev, d, d, None)
    out = HERE / "letters.ttl"
    g.serialize(out, format="turtle")
    print(out, len(g), "triples")


if __name__ == "__main__":
    main()
