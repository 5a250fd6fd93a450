"""Write ``parliament.trix``: a bilingual provincial legislature's open data in the Popolo / W3C
ORG shape, as a parliament's open-data portal (or an EveryPolitician-style scraper) publishes it,
serialized as TriX with one named graph per legislative term and a graph for the people,
organizations and places they share.

The shape follows Popolo's RDF mapping and the W3C Organization Ontology:

* ``person:Person`` / ``foaf:Person`` with ``foaf:name``, ``foaf:givenName``, ``foaf:familyName``,
  ``schema:birthDate`` (``xsd:date``, missing for some), ``schema:gender``,
  ``schema:honorificPrefix``; other names as language-tagged ``skos:altLabel`` (a French or
  English form) and former names on blank ``opengov:otherName`` nodes (``foaf:name`` +
  ``schema:validUntil``); identifiers on blank ``adms:identifier`` nodes (``skos:notation`` +
  ``adms:schemeAgency``);
* ``org:Organization``s for the chamber, parties and standing committees, ``skos:prefLabel`` in
  English and French, abbreviations as ``skos:altLabel``, Popolo's literal
  ``org:classification`` ("chamber", "party", "committee"), committees
  ``org:subOrganizationOf`` the chamber;
* ``org:Post`` a constituency seat (``rdfs:label`` "Member for X"@en / "Député de X"@fr,
  ``org:postIn`` the chamber, ``opengov:area`` the constituency); constituencies and regions as
  ``schema:AdministrativeArea`` with ``schema:containedInPlace`` parents and bilingual names;
* legislative terms as ``schema:Event``s (classification "legislative period", ``schema:name``,
  ``schema:startDate`` / ``schema:endDate``, ``org:organization`` the chamber);
* n-ary ``org:Membership`` nodes: in the chamber (an IRI per seat and spell: ``org:member``,
  ``org:organization``, ``opengov:post``, ``opengov:onBehalfOf`` the party,
  ``opengov:legislativePeriod``, ``schema:validFrom`` / ``schema:validUntil``, ``org:role``); a
  floor crossing ends one chamber membership and starts another on behalf of the new party; in a
  party (IRIs, dates only); in a committee (blank nodes, ``org:role`` an ``org:Role`` "Chair" /
  "Vice-Chair" / "Member" named in both languages);
* ``opengov:Motion``s (``dcterms:identifier`` "M-12", ``opengov:text``@en and @fr,
  ``dcterms:date``, ``opengov:result``, ``dcterms:creator`` the mover,
  ``opengov:legislativeSession`` the term) and ``opengov:VoteEvent``s (``opengov:motion``,
  ``schema:startDate`` ``xsd:dateTime``, ``opengov:result``, counts as blank ``opengov:Count``
  nodes ``[opengov:option "yes"; rdf:value 14]``, ``opengov:vote`` blank ``opengov:Vote`` nodes
  with ``opengov:voter``, ``opengov:option`` and ``opengov:group`` the voter's party then).

Every person, place and vote is invented. Seeded, no network; stdlib + rdflib. Run from the
repository root: ``python bench/data/own/parliament_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import escape

from rdflib import BNode, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
BASE = "https://data.westmark-assembly.example/"
P = Namespace(BASE + "person/")
ORGN = Namespace(BASE + "organization/")
POST = Namespace(BASE + "post/")
AREA = Namespace(BASE + "area/")
TERM = Namespace(BASE + "term/")
MEM = Namespace(BASE + "membership/")
MOT = Namespace(BASE + "motion/")
VE = Namespace(BASE + "vote-event/")
ROLE = Namespace(BASE + "role/")
ORG = Namespace("http://www.w3.org/ns/org#")
OG = Namespace("http://www.w3.org/ns/opengov#")
PERSON = Namespace("http://www.w3.org/ns/person#")
SDO = Namespace("http://schema.org/")
ADMS = Namespace("http://www.w3.org/ns/adms#")

REGIONS = {
    "north-shore": ("North Shore", "Côte-Nord"),
    "river-valley": ("River Valley", "Vallée-de-la-Rivière"),
    "capital": ("Capital Region", "Région de la capitale"),
    "south-coast": ("South Coast", "Côte-Sud"),
}
CONSTITUENCIES = [
    ("bayfield", "Bayfield", "Bayfield", "north-shore"),
    ("cap-rouge", "Cap-Rouge", "Cap-Rouge", "north-shore"),
    ("pointe-aux-pins", "Pointe-aux-Pins", "Pointe-aux-Pins", "north-shore"),
    ("tidewater", "Tidewater", "Eaux-de-Marée", "north-shore"),
    ("millbrook", "Millbrook", "Ruisseau-du-Moulin", "river-valley"),
    ("grand-falls-east", "Grand Falls East", "Grand-Sault-Est", "river-valley"),
    ("saint-basile", "Saint-Basile", "Saint-Basile", "river-valley"),
    ("oakridge", "Oakridge", "Oakridge", "river-valley"),
    ("harrow", "Harrow", "Harrow", "river-valley"),
    ("westmark-centre", "Westmark Centre", "Westmark-Centre", "capital"),
    ("westmark-north", "Westmark North", "Westmark-Nord", "capital"),
    ("westmark-south", "Westmark South", "Westmark-Sud", "capital"),
    ("lakeview", "Lakeview", "Vue-du-Lac", "capital"),
    ("fort-elgin", "Fort Elgin", "Fort-Elgin", "capital"),
    ("kingsclear", "Kingsclear", "Kingsclear", "capital"),
    ("port-carmody", "Port Carmody", "Port-Carmody", "south-coast"),
    ("shediac-bay", "Shediac Bay", "Baie-de-Shediac", "south-coast"),
    ("memramcook", "Memramcook", "Memramcook", "south-coast"),
    ("salt-marsh", "Salt Marsh", "Marais-Salé", "south-coast"),
    ("anse-bleue", "Anse-Bleue", "Anse-Bleue", "south-coast"),
]
PARTIES = {
    "liberal": ("Liberal Party of Westmark", "Parti libéral du Westmark", "LIB", "1854-05-10"),
    "pc": (
        "Progressive Conservative Party of Westmark",
        "Parti progressiste-conservateur du Westmark",
        "PC",
        "1867-07-01",
    ),
    "ndp": (
        "Westmark New Democratic Party",
        "Nouveau Parti démocratique du Westmark",
        "NDP",
        "1962-11-03",
    ),
    "green": ("Green Party of Westmark", "Parti vert du Westmark", "GRN", "2008-06-14"),
    "alliance": (
        "People's Alliance of Westmark",
        "Alliance des gens du Westmark",
        "PA",
        "2010-03-21",
    ),
    "independent": ("Independent", "Indépendant", "IND", None),
}
COMMITTEES = {
    "public-accounts": (
        "Standing Committee on Public Accounts",
        "Comité permanent des comptes publics",
    ),
    "economic-policy": (
        "Standing Committee on Economic Policy",
        "Comité permanent de la politique économique",
    ),
    "health": ("Standing Committee on Health", "Comité permanent de la santé"),
    "education": ("Standing Committee on Education", "Comité permanent de l'éducation"),
    "legislative-administration": (
        "Standing Committee on Legislative Administration",
        "Comité permanent de l'administration législative",
    ),
}
TERMS = {
    "59": ("59th Legislature", "59e législature", "2018-10-22", "2022-09-16"),
    "60": ("60th Legislature", "60e législature", "2022-10-03", None),
}
GIVEN = [
    ("Marie-Claude", "female"),
    ("Denis", "male"),
    ("Heather", "female"),
    ("Kevin", "male"),
    ("Josée", "female"),
    ("Robert", "male"),
    ("Aisha", "female"),
    ("Gilles", "male"),
    ("Megan", "female"),
    ("Luc", "male"),
    ("Sandra", "female"),
    ("Trevor", "male"),
    ("Nathalie", "female"),
    ("Arjun", "male"),
    ("Colleen", "female"),
    ("Réjean", "male"),
    ("Priya", "female"),
    ("Bernard", "male"),
    ("Chantal", "female"),
    ("Dwayne", "male"),
    ("Ginette", "female"),
    ("Mathieu", "male"),
    ("Rebecca", "female"),
    ("Yves", "male"),
    ("Louise", "female"),
    ("Patrick", "male"),
    ("Émilie", "female"),
    ("Omar", "male"),
    ("Karen", "female"),
    ("Sylvain", "male"),
    ("Tanya", "female"),
    ("Hugh", "male"),
]
FAMILY = [
    "Thibodeau",
    "Arsenault",
    "MacLeod",
    "Boudreau",
    "Cormier",
    "LeBlanc",
    "Rahman",
    "Doucet",
    "Fitzgerald",
    "Gallant",
    "Melanson",
    "Harquail",
    "Savoie",
    "Sharma",
    "McKenna",
    "Richard",
    "Nair",
    "Landry",
    "Poirier",
    "Crawford",
    "Babineau",
    "Robichaud",
    "Sullivan",
    "Bourque",
    "Comeau",
    "O'Brien",
    "Girouard",
    "Haddad",
    "Steeves",
    "Léger",
    "Kerr",
    "Wallace",
]
MOTIONS = [
    # id, term, date, en text, fr text, passes
    (
        "M-7",
        "59",
        "2019-03-12",
        "That the House call on the government to fund rural broadband.",
        "Que la Chambre demande au gouvernement de financer la large bande rurale.",
        True,
    ),
    (
        "M-12",
        "59",
        "2019-11-26",
        "That the House recognize a climate emergency in Westmark.",
        "Que la Chambre reconnaisse l'urgence climatique au Westmark.",
        True,
    ),
    (
        "M-19",
        "59",
        "2020-05-05",
        "That the minimum wage be raised to fifteen dollars an hour.",
        "Que le salaire minimum soit porté à quinze dollars l'heure.",
        False,
    ),
    (
        "M-23",
        "59",
        "2021-02-18",
        "That the House express no confidence in the Minister of Health.",
        "Que la Chambre exprime sa défiance envers le ministre de la Santé.",
        False,
    ),
    (
        "M-31",
        "59",
        "2021-10-07",
        "That an independent audit of the provincial ferry service be ordered.",
        "Qu'une vérification indépendante du service provincial de traversiers soit ordonnée.",
        True,
    ),
    (
        "M-4",
        "60",
        "2023-02-21",
        "That the House condemn the closure of the Tidewater hospital emergency room.",
        "Que la Chambre condamne la fermeture de l'urgence de l'hôpital d'Eaux-de-Marée.",
        True,
    ),
    (
        "M-9",
        "60",
        "2023-06-01",
        "That official bilingualism be reviewed by a select committee.",
        "Que le bilinguisme officiel soit examiné par un comité spécial.",
        False,
    ),
    (
        "M-15",
        "60",
        "2024-03-14",
        "That the provincial carbon levy be suspended for one year.",
        "Que la redevance provinciale sur le carbone soit suspendue pendant un an.",
        True,
    ),
]


_BNODES = iter(range(1, 10**6))


def bnode() -> BNode:
    """A blank node with a stable id (rdflib's own are random), so the file is the same each run."""
    return BNode(f"b{next(_BNODES)}")


def _term(t: object) -> str:
    if isinstance(t, BNode):
        return f"<id>{escape(str(t))}</id>"
    if isinstance(t, URIRef):
        return f"<uri>{escape(str(t))}</uri>"
    assert isinstance(t, Literal)
    if t.language:
        return f'<plainLiteral xml:lang="{t.language}">{escape(str(t))}</plainLiteral>'
    if t.datatype:
        return f'<typedLiteral datatype="{t.datatype}">{escape(str(t))}</typedLiteral>'
    return f"<plainLiteral>{escape(str(t))}</plainLiteral>"


def trix(ds: Dataset) -> str:
    """The dataset as TriX, graphs and triples sorted (rdflib's serializer's order varies)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<TriX xmlns="http://www.w3.org/2004/03/trix/trix-1/">',
    ]
    for g in sorted((g for g in ds.graphs() if len(g)), key=lambda g: str(g.identifier)):
        lines += ["  <graph>", f"    <uri>{escape(str(g.identifier))}</uri>"]
        for t in sorted(g, key=lambda t: tuple(x.n3() for x in t)):
            lines.append("    <triple>" + "".join(_term(x) for x in t) + "</triple>")
        lines.append("  </graph>")
    return "\n".join([*lines, "</TriX>", ""])


def term_graph(ds: Dataset, term: str):
    return ds.graph(URIRef(BASE + f"graph/term/{term}"))


def main() -> None:
    rng = random.Random(40)
    ds = Dataset()
    for pre, ns in (
        ("org", ORG),
        ("opengov", OG),
        ("person", PERSON),
        ("schema", SDO),
        ("adms", ADMS),
        ("skos", SKOS),
        ("foaf", FOAF),
        ("dcterms", DCTERMS),
    ):
        ds.bind(pre, ns)
    g = ds.graph(URIRef(BASE + "graph/core"))
    chamber = ORGN["legislative-assembly"]
    g.add((chamber, RDF.type, ORG.Organization))
    g.add((chamber, SKOS.prefLabel, Literal("Legislative Assembly of Westmark", lang="en")))
    g.add((chamber, SKOS.prefLabel, Literal("Assemblée législative du Westmark", lang="fr")))
    g.add((chamber, ORG.classification, Literal("chamber")))
    g.add((chamber, SDO.foundingDate, Literal("1786-01-03", datatype=XSD.date)))
    prov = AREA["westmark"]
    g.add((prov, RDF.type, SDO.AdministrativeArea))
    g.add((prov, SKOS.prefLabel, Literal("Westmark", lang="en")))
    g.add((prov, SKOS.prefLabel, Literal("Westmark", lang="fr")))
    g.add((prov, OG.classification, Literal("province")))
    for rid, (en, fr) in REGIONS.items():
        r = AREA[rid]
        g.add((r, RDF.type, SDO.AdministrativeArea))
        g.add((r, SKOS.prefLabel, Literal(en, lang="en")))
        g.add((r, SKOS.prefLabel, Literal(fr, lang="fr")))
        g.add((r, OG.classification, Literal("region")))
        g.add((r, SDO.containedInPlace, prov))
    posts = {}
    for cid, en, fr, reg in CONSTITUENCIES:
        a = AREA[cid]
        g.add((a, RDF.type, SDO.AdministrativeArea))
        g.add((a, SKOS.prefLabel, Literal(en, lang="en")))
        g.add((a, SKOS.prefLabel, Literal(fr, lang="fr")))
        g.add((a, OG.classification, Literal("constituency")))
        g.add((a, SDO.containedInPlace, AREA[reg]))
        g.add((a, SKOS.notation, Literal(f"{CONSTITUENCIES.index((cid, en, fr, reg)) + 1:02d}")))
        p = POST[cid]
        posts[cid] = p
        g.add((p, RDF.type, ORG.Post))
        g.add((p, RDFS.label, Literal(f"Member for {en}", lang="en")))
        g.add((p, RDFS.label, Literal(f"Député de {fr}", lang="fr")))
        g.add((p, ORG.postIn, chamber))
        g.add((p, OG.area, a))
    for pid, (en, fr, abbr, founded) in PARTIES.items():
        o = ORGN["party/" + pid]
        g.add((o, RDF.type, ORG.Organization))
        g.add((o, SKOS.prefLabel, Literal(en, lang="en")))
        g.add((o, SKOS.prefLabel, Literal(fr, lang="fr")))
        g.add((o, SKOS.altLabel, Literal(abbr)))
        g.add((o, ORG.classification, Literal("party")))
        if founded:
            g.add((o, SDO.foundingDate, Literal(founded, datatype=XSD.date)))
    for cid, (en, fr) in COMMITTEES.items():
        o = ORGN["committee/" + cid]
        g.add((o, RDF.type, ORG.Organization))
        g.add((o, SKOS.prefLabel, Literal(en, lang="en")))
        g.add((o, SKOS.prefLabel, Literal(fr, lang="fr")))
        g.add((o, ORG.classification, Literal("committee")))
        g.add((o, ORG.subOrganizationOf, chamber))
    for rid, en, fr in (
        ("chair", "Chair", "Président"),
        ("vice-chair", "Vice-Chair", "Vice-président"),
        ("member", "Member", "Membre"),
        ("speaker", "Speaker", "Président de l'Assemblée"),
    ):
        g.add((ROLE[rid], RDF.type, ORG.Role))
        g.add((ROLE[rid], SKOS.prefLabel, Literal(en, lang="en")))
        g.add((ROLE[rid], SKOS.prefLabel, Literal(fr, lang="fr")))
    for tid, (en, fr, start, end) in TERMS.items():
        t = TERM[tid]
        g.add((t, RDF.type, SDO.Event))
        g.add((t, ORG.classification, Literal("legislative period")))
        g.add((t, SDO.name, Literal(en, lang="en")))
        g.add((t, SDO.name, Literal(fr, lang="fr")))
        g.add((t, SDO.startDate, Literal(start, datatype=XSD.date)))
        if end:
            g.add((t, SDO.endDate, Literal(end, datatype=XSD.date)))
        g.add((t, ORG.organization, chamber))

    # people: 32 unique names
    people = []
    fams = FAMILY[:]
    rng.shuffle(fams)
    for i, (given, gender) in enumerate(GIVEN):
        fam = fams[i]
        slug = f"{given}-{fam}".lower().replace("'", "").replace("é", "e").replace("è", "e")
        x = P[slug.replace("É".lower(), "e")]
        name = f"{given} {fam}"
        people.append((x, name, gender))
        g.add((x, RDF.type, PERSON.Person))
        g.add((x, RDF.type, FOAF.Person))
        g.add((x, FOAF.name, Literal(name)))
        g.add((x, FOAF.givenName, Literal(given)))
        g.add((x, FOAF.familyName, Literal(fam)))
        g.add((x, SDO.gender, Literal(gender)))
        if i % 5 != 3:
            y, m, d = 1950 + rng.randrange(40), 1 + rng.randrange(12), 1 + rng.randrange(28)
            g.add((x, SDO.birthDate, Literal(f"{y}-{m:02d}-{d:02d}", datatype=XSD.date)))
        ident = bnode()
        g.add((x, ADMS.identifier, ident))
        g.add((ident, SKOS.notation, Literal(f"Q{110000000 + 7919 * i}")))
        g.add((ident, ADMS.schemeAgency, Literal("wikidata")))
    # other names: a French/English form of a given name, a nickname, a former (maiden) name
    other = {
        "Robert": ("Bob", "en"),
        "Patrick": ("Pat", "en"),
        "Denis": ("Dennis", "en"),
        "Hugh": ("Hughes", "fr"),
        "Louise": ("Lou", "en"),
        "Mathieu": ("Matthew", "en"),
    }
    for x, name, _ in people:
        given, fam = name.split(" ", 1)
        if given in other:
            alt, lang = other[given]
            g.add((x, SKOS.altLabel, Literal(f"{alt} {fam}", lang=lang)))
    for x, name, gender in people[::7]:
        if gender == "female":
            n = bnode()
            g.add((x, OG.otherName, n))
            g.add((n, FOAF.name, Literal(name.split(" ")[0] + " " + rng.choice(FAMILY))))
            g.add((n, SDO.validUntil, Literal("2015-06-30", datatype=XSD.date)))
            g.add((n, SKOS.note, Literal("former name", lang="en")))

    # seats: term 59 holders = people[0:20], term 60 keeps 12 and brings 8 new (people[20:28]);
    # one by-election in each term (people[28], people[29]); speakers; floor crossings.
    party_of = {}
    party_cycle = [
        "liberal",
        "pc",
        "liberal",
        "pc",
        "ndp",
        "liberal",
        "pc",
        "alliance",
        "green",
        "pc",
    ]
    for i, (x, _, _) in enumerate(people):
        party_of[x] = party_cycle[i % len(party_cycle)]
    holders = {"59": {}, "60": {}}
    for j, (cid, *_rest) in enumerate(CONSTITUENCIES):
        holders["59"][cid] = [people[j][0]]
    keep = [c for j, (c, *_r) in enumerate(CONSTITUENCIES) if j % 5 in (0, 1, 3)]
    newcomers = iter(people[20:28])
    for cid, *_rest in CONSTITUENCIES:
        holders["60"][cid] = holders["59"][cid][:] if cid in keep else [next(newcomers)[0]]
    # by-elections: a member resigns mid-term and a newcomer wins the seat
    by = {
        "59": ("harrow", people[28][0], "2020-08-31", "2020-11-09"),
        "60": ("anse-bleue", people[29][0], "2023-09-15", "2023-12-04"),
    }
    # floor crossings: (person, term, date, new party)
    crossings = [
        (people[3][0], "59", "2020-02-14", "independent"),
        (people[4][0], "59", "2021-06-01", "liberal"),
        (people[10][0], "60", "2023-11-20", "ndp"),
    ]
    n_mem = 0
    memberships_party: dict[URIRef, list] = {}
    for tid, (_en, _fr, tstart, tend) in TERMS.items():
        tg = term_graph(ds, tid)
        for cid, (x,) in ((c, tuple(v)) for c, v in holders[tid].items()):
            spells = [(x, tstart, tend)]
            if by[tid][0] == cid:
                spells = [(x, tstart, by[tid][2]), (by[tid][1], by[tid][3], tend)]
            for who, start, end in spells:
                pieces = [(start, end, party_of[who])]
                for cx, ct, cdate, newp in crossings:
                    if cx == who and ct == tid:
                        pieces = [(start, cdate, party_of[who]), (cdate, end, newp)]
                for s, e, party in pieces:
                    n_mem += 1
                    m = MEM[f"{tid}-{n_mem:03d}"]
                    tg.add((m, RDF.type, ORG.Membership))
                    tg.add((m, ORG.member, who))
                    tg.add((m, ORG.organization, chamber))
                    tg.add((m, OG.post, posts[cid]))
                    tg.add((m, OG.onBehalfOf, ORGN["party/" + party]))
                    tg.add((m, OG.legislativePeriod, TERM[tid]))
                    tg.add((m, ORG.role, ROLE["member"]))
                    tg.add((m, SDO.validFrom, Literal(s, datatype=XSD.date)))
                    if e:
                        tg.add((m, SDO.validUntil, Literal(e, datatype=XSD.date)))
                    memberships_party.setdefault(who, []).append((s, e, party))
        # the Speaker
        spk = holders[tid]["kingsclear" if tid == "59" else "lakeview"][0]
        sm = bnode()
        tg.add((sm, RDF.type, ORG.Membership))
        tg.add((sm, ORG.member, spk))
        tg.add((sm, ORG.organization, chamber))
        tg.add((sm, ORG.role, ROLE["speaker"]))
        tg.add((sm, OG.legislativePeriod, TERM[tid]))
        tg.add((sm, SDO.validFrom, Literal(tstart, datatype=XSD.date)))
        # committees: chair, vice-chair and three members among the term's members
        sitting = sorted({w for v in holders[tid].values() for w in v} | {by[tid][1]}, key=str)
        for cid in COMMITTEES:
            chosen = rng.sample(sitting, 5)
            for k, who in enumerate(chosen):
                cm = bnode()
                tg.add((cm, RDF.type, ORG.Membership))
                tg.add((cm, ORG.member, who))
                tg.add((cm, ORG.organization, ORGN["committee/" + cid]))
                tg.add(
                    (cm, ORG.role, ROLE[["chair", "vice-chair", "member", "member", "member"][k]])
                )
                tg.add((cm, OG.legislativePeriod, TERM[tid]))
                start = by[tid][3] if who == by[tid][1] else tstart
                end = by[tid][2] if who == holders[tid][by[tid][0]][0] else tend
                tg.add((cm, SDO.validFrom, Literal(start, datatype=XSD.date)))
                if end:
                    tg.add((cm, SDO.validUntil, Literal(end, datatype=XSD.date)))
    # party memberships (the core graph): merged spells per party, dates only
    n_pm = 0
    for who, spells in memberships_party.items():
        merged: list[list] = []
        for s, e, party in sorted(spells, key=lambda t: t[0]):
            if merged and merged[-1][2] == party:
                merged[-1][1] = e
            else:
                merged.append([s, e, party])
        for s, e, party in merged:
            n_pm += 1
            m = MEM[f"party-{n_pm:03d}"]
            g.add((m, RDF.type, ORG.Membership))
            g.add((m, ORG.member, who))
            g.add((m, ORG.organization, ORGN["party/" + party]))
            g.add((m, SDO.validFrom, Literal(s, datatype=XSD.date)))
            if e:
                g.add((m, SDO.validUntil, Literal(e, datatype=XSD.date)))
    # motions and their vote events
    for mid, tid, date, en, fr, passes in MOTIONS:
        tg = term_graph(ds, tid)
        mo = MOT[f"{tid}-{mid}"]
        sitting = []
        for cid, hs in holders[tid].items():
            who = hs[0]
            if by[tid][0] == cid and date >= by[tid][3]:
                who = by[tid][1]
            elif by[tid][0] == cid and date >= by[tid][2]:
                continue
            sitting.append(who)
        mover = rng.choice(sitting)
        tg.add((mo, RDF.type, OG.Motion))
        tg.add((mo, DCTERMS.identifier, Literal(mid)))
        tg.add((mo, OG.text, Literal(en, lang="en")))
        tg.add((mo, OG.text, Literal(fr, lang="fr")))
        tg.add((mo, DCTERMS.date, Literal(date, datatype=XSD.date)))
        tg.add((mo, OG.result, Literal("pass" if passes else "fail")))
        tg.add((mo, DCTERMS.creator, mover))
        tg.add((mo, OG.legislativeSession, TERM[tid]))
        ve = VE[f"{tid}-{mid}"]
        tg.add((ve, RDF.type, OG.VoteEvent))
        tg.add((ve, OG.motion, mo))
        tg.add((ve, SDO.startDate, Literal(date + "T15:30:00", datatype=XSD.dateTime)))
        tg.add((ve, OG.result, Literal("pass" if passes else "fail")))
        tg.add((ve, OG.legislativeSession, TERM[tid]))
        counts = {"yes": 0, "no": 0, "abstain": 0, "absent": 0}
        for who in sitting:
            party = next(
                p for s, e, p in memberships_party[who] if s <= date and (not e or date < e)
            )
            if rng.random() < 0.08:
                opt = "absent"
            elif rng.random() < 0.05:
                opt = "abstain"
            else:
                lean = {
                    "liberal": 0.8,
                    "ndp": 0.9,
                    "green": 0.95,
                    "pc": 0.25,
                    "alliance": 0.15,
                    "independent": 0.5,
                }[party]
                lean = lean if passes else 1 - lean
                opt = "yes" if rng.random() < lean else "no"
            counts[opt] += 1
            v = bnode()
            tg.add((ve, OG.vote, v))
            tg.add((v, RDF.type, OG.Vote))
            tg.add((v, OG.voter, who))
            tg.add((v, OG.option, Literal(opt)))
            tg.add((v, OG.group, ORGN["party/" + party]))
        if (counts["yes"] > counts["no"]) != passes:  # the record's result is the count's
            tg.remove((mo, OG.result, None))
            tg.remove((ve, OG.result, None))
            res = "pass" if counts["yes"] > counts["no"] else "fail"
            tg.add((mo, OG.result, Literal(res)))
            tg.add((ve, OG.result, Literal(res)))
        for opt, val in counts.items():
            c = bnode()
            tg.add((ve, OG["count"], c))
            tg.add((c, RDF.type, OG.Count))
            tg.add((c, OG.option, Literal(opt)))
            tg.add((c, RDF.value, Literal(val)))
    out = HERE / "parliament.trix"
    out.write_text(trix(ds), encoding="utf-8")
    print(out, sum(len(x) for x in ds.graphs()), "triples")


if __name__ == "__main__":
    main()
