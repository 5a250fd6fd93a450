# ruff: noqa: E501  (one record a line)
"""Write ``elections.ttl``: an electoral commission's open data in RDF 1.2 Turtle (Turtle-star).

Newer publishers of election results keep the qualifiers of a fact on the fact itself rather
than on an n-ary node: the candidacy ``:p ec:candidateIn :c`` is asserted, and its votes, vote
share, rank, party and election are an *annotation* of that triple (RDF 1.2's ``{| ... |}``,
a blank reifier ``_:r rdf:reifies <<( :p ec:candidateIn :c )>>``). The invented Republic of
Norvania's Electoral Commission publishes:

* constituencies (``ec:Constituency``, ``skos:prefLabel`` @en, ``skos:notation`` code, a few a
  local name as ``skos:altLabel`` @nn) in regions (``schema:containedInPlace``), regions named
  in English and Nynorsk (``rdfs:label`` @en / @nn);
* parties (``org:FormalOrganization``; ``skos:prefLabel`` @en and @nn, the abbreviation as
  ``skos:altLabel``, ``schema:foundingDate`` ``xsd:gYear``), their leaders
  (``ec:leader`` annotated with ``schema:startDate`` / ``schema:endDate``);
* people (``foaf:Person``, ``foaf:name``, ``foaf:givenName`` / ``foaf:familyName``,
  ``schema:birthDate``), party membership ``org:memberOf`` annotated with ``ec:since``;
* general elections 2015, 2019, 2023 (``ec:GeneralElection``, ``rdfs:label``, ``dcterms:date``);
* every candidacy ``ec:candidateIn`` annotated with ``ec:election``, ``ec:party``, ``ec:votes``,
  ``ec:voteShare`` (decimal), ``ec:rank``; a person who stood in the same seat in two elections
  has one asserted triple with two annotations (two reifiers);
* each seat's winner ``ec:elected`` annotated with ``ec:election`` and ``ec:majority``;
* each contest ``ec:contestedIn`` with a *named* reifier (``~ res:nf-2019``) carrying
  ``ec:turnout``, ``ec:electorate`` and ``ec:validVotes``;
* two petitions as unasserted reifying triples (``<< :p ec:elected :c >> ec:claimedBy ...``):
  a claim the Commission rejected, which is no fact;
* mayors: ``org:holds`` a post (``org:Post``, "Mayor of Brekka") annotated with
  ``schema:startDate`` / ``schema:endDate``; cities in regions;
* the vocabulary's classes and properties with ``rdfs:label`` and ``rdfs:comment``.

rdflib (7.x) does not read RDF 1.2 Turtle; the gold answers (``elections_answers.py``) are
computed with pyoxigraph's SPARQL 1.2. Seeded, no network. Run from the repository root:
``python bench/data/own/elections_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).parent
SEED = 3115

PREFIXES = """@prefix ec: <https://data.elections.nv.example/def/> .
@prefix id: <https://data.elections.nv.example/id/> .
@prefix res: <https://data.elections.nv.example/result/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

# code, English name, Nynorsk name
REGIONS = [
    ("north", "Northern Uplands", "Nordre Høgland"),
    ("coast", "Western Coast", "Vestkysten"),
    ("capital", "Capital Region", "Hovudstadsregionen"),
    ("lakes", "Lake District", "Innsjødistriktet"),
    ("south", "Southern Plains", "Sørsletta"),
]
# code, name, region, local name (or None)
CONSTITUENCIES = [
    ("NF", "Northfield", "north", None),
    ("HG", "Highgate Moor", "north", "Høggata Mo"),
    ("TV", "Tarnvik", "north", None),
    ("BR", "Brekka", "coast", None),
    ("SH", "Saltholm", "coast", "Saltholmen"),
    ("GW", "Gullwick", "coast", None),
    ("FJ", "Fjordmouth", "coast", "Fjordmunnen"),
    ("CC", "Capital Central", "capital", "Sentrum"),
    ("CE", "Capital East", "capital", None),
    ("CW", "Capital West", "capital", None),
    ("OV", "Oldvale", "capital", None),
    ("LM", "Lakemere", "lakes", None),
    ("SV", "Silverdal", "lakes", "Sølvdal"),
    ("RD", "Reedham", "lakes", None),
    ("AS", "Ashby Fen", "south", None),
    ("MB", "Marlbury", "south", None),
    ("WS", "Westsand", "south", "Vestsand"),
    ("KR", "Kornmark", "south", None),
]
# code, English name, Nynorsk name, abbreviation, founded
PARTIES = [
    ("ga", "Green Alliance", "Den grøne alliansen", "GA", 1994),
    ("sdp", "Social Democratic Party", "Sosialdemokratisk parti", "SDP", 1921),
    ("cu", "Conservative Union", "Konservativ union", "CU", 1948),
    ("lf", "Liberal Forum", "Liberalt forum", "LF", 1977),
    ("ap", "Agrarian People's Party", "Bondefolkets parti", "APP", 1935),
    ("nv", "New Voice", "Ny røyst", "NV", 2016),
]
ELECTIONS = [
    ("ge2015", 2015, "2015-09-13"),
    ("ge2019", 2019, "2019-09-08"),
    ("ge2023", 2023, "2023-09-10"),
]
# city code, name, region, mayors: (name, start, end or None)
CITIES = [
    (
        "brekka",
        "Brekka",
        "coast",
        [("Hallvard Sunde", "2011-01-01", "2019-01-01"), ("Ingrid Vollan", "2019-01-01", None)],
    ),
    ("lakemere", "Lakemere", "lakes", [("Tobias Rein", "2015-10-20", None)]),
    (
        "marlbury",
        "Marlbury",
        "south",
        [
            ("Edda Kvarme", "2007-01-01", "2015-01-01"),
            ("Per Aaslund", "2015-01-01", "2023-01-01"),
            ("Selma Brandt", "2023-01-01", None),
        ],
    ),
    ("norvik", "Norvik", "capital", [("Jonas Thorsby", "2017-06-01", None)]),
]
GIVEN = [
    "Mara",
    "Anders",
    "Liv",
    "Eirik",
    "Solveig",
    "Henrik",
    "Astrid",
    "Jon",
    "Signe",
    "Rolf",
    "Ida",
    "Kaspar",
    "Nora",
    "Bjarne",
    "Tuva",
    "Leif",
    "Hedda",
    "Oskar",
    "Vilde",
    "Gunnar",
    "Frida",
    "Magnus",
    "Ragna",
    "Emil",
    "Thea",
    "Sverre",
    "Ylva",
    "Arvid",
    "Karin",
    "Torstein",
    "Maja",
    "Ivar",
]
FAMILY = [
    "Lind",
    "Brekke",
    "Solberg",
    "Haugland",
    "Vik",
    "Aasen",
    "Dahl",
    "Moen",
    "Strand",
    "Berg",
    "Lunde",
    "Nygard",
    "Fjell",
    "Holm",
    "Eide",
    "Sætre",
    "Myhre",
    "Rønning",
    "Tveit",
    "Kolstad",
    "Lien",
    "Engen",
    "Bakke",
    "Hovland",
    "Sandvik",
    "Grøndahl",
    "Ødegård",
    "Wiik",
]


def lit(s: str, lang: str = "en") -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"@' + lang


def slug(name: str) -> str:
    table = str.maketrans(
        {"ø": "o", "å": "a", "æ": "ae", "Ø": "O", "Å": "A", "Æ": "AE", " ": "-", "'": ""}
    )
    return name.translate(table).lower()


def main() -> None:
    rnd = random.Random(SEED)
    out: list[str] = [PREFIXES]
    w = out.append

    # ---- vocabulary
    w("# ---- vocabulary")
    for cls, label in [
        ("Constituency", "constituency"),
        ("Region", "region"),
        ("GeneralElection", "general election"),
        ("City", "city"),
    ]:
        w(f"ec:{cls} a owl:Class ; rdfs:label {lit(label)} .")
    props = [
        (
            "candidateIn",
            "candidate in",
            "A person stood as a candidate in a constituency; annotated with the election, party, votes, vote share and rank.",
        ),
        (
            "elected",
            "elected in",
            "A person won the constituency's seat; annotated with the election and majority.",
        ),
        (
            "contestedIn",
            "contested in",
            "The constituency was contested in the election; annotated with turnout, electorate and valid votes.",
        ),
        ("election", "election", "The election a candidacy or result belongs to."),
        ("party", "party", "The party a candidate stood for."),
        ("votes", "votes", "Number of votes the candidate received."),
        ("voteShare", "vote share", "Share of the valid votes (0-1)."),
        ("rank", "rank", "Place of the candidate in the count (1 = elected)."),
        ("majority", "majority", "Votes between the winner and the runner-up."),
        ("turnout", "turnout", "Votes cast as a share of the electorate (0-1)."),
        ("electorate", "electorate", "Registered voters."),
        ("validVotes", "valid votes", "Valid votes cast."),
        ("leader", "leader", "The party's leader; annotated with start and end dates."),
        ("since", "since", "Year a membership began."),
        ("claimedBy", "claimed by", "Who claimed the statement."),
        ("status", "status", "The Commission's ruling on a petition."),
        ("postIn", "post in", "The city a post belongs to."),
    ]
    for p, label, comment in props:
        w(
            f"ec:{p} a rdf:Property ; rdfs:label {lit(label)} ; rdfs:comment {lit(comment)} .".replace(
                "rdf:Property",
                "owl:ObjectProperty"
                if p
                in {
                    "candidateIn",
                    "elected",
                    "contestedIn",
                    "election",
                    "party",
                    "leader",
                    "claimedBy",
                    "postIn",
                }
                else "owl:DatatypeProperty",
            )
        )

    # ---- places
    w("\n# ---- regions, constituencies, cities")
    w(
        f"id:norvania a schema:Country ; rdfs:label {lit('Norvania')} , {lit('Norvania', 'nn')} ; skos:altLabel {lit('Republic of Norvania')} ."
    )
    for code, en, nn in REGIONS:
        w(
            f"id:region-{code} a ec:Region ; rdfs:label {lit(en)} , {lit(nn, 'nn')} ; schema:containedInPlace id:norvania ."
        )
    for code, name, region, local in CONSTITUENCIES:
        alt = f" ; skos:altLabel {lit(local, 'nn')}" if local else ""
        w(
            f'id:const-{code.lower()} a ec:Constituency ; skos:prefLabel {lit(name)}{alt} ; skos:notation "NV-{code}" ; schema:containedInPlace id:region-{region} .'
        )
    for code, name, region, _ in CITIES:
        w(
            f"id:city-{code} a ec:City , schema:City ; rdfs:label {lit(name)} ; schema:containedInPlace id:region-{region} ."
        )
        w(
            f"id:post-mayor-{code} a org:Post ; skos:prefLabel {lit('Mayor of ' + name)} ; ec:postIn id:city-{code} ."
        )

    # ---- people
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < 150:
        n = f"{rnd.choice(GIVEN)} {rnd.choice(FAMILY)}"
        if n not in seen:
            seen.add(n)
            names.append(n)
    if "Mara Lind" not in seen:
        names[0] = "Mara Lind"
    people: dict[str, str] = {}
    births: dict[str, str] = {}
    for n in names + [m[0] for c in CITIES for m in c[3]]:
        if n in people:
            continue
        people[n] = "id:person-" + slug(n)
        births[n] = f"{rnd.randint(1948, 1992)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    w("\n# ---- people")
    for n, iri in people.items():
        given, family = n.split(" ", 1)
        w(
            f'{iri} a foaf:Person ; foaf:name "{n}" ; foaf:givenName "{given}" ; foaf:familyName "{family}" ; schema:birthDate "{births[n]}"^^xsd:date .'
        )

    # ---- parties, leaders, members
    w("\n# ---- parties")
    pool = list(names)
    rnd.shuffle(pool)
    members: dict[str, list[str]] = {p[0]: [] for p in PARTIES}
    party_of: dict[str, str] = {}
    for i, n in enumerate(pool):
        code = "ga" if n == "Mara Lind" else PARTIES[i % len(PARTIES)][0]
        members[code].append(n)
        party_of[n] = code
    for code, en, nn, abbr, founded in PARTIES:
        w(
            f'id:party-{code} a org:FormalOrganization ; skos:prefLabel {lit(en)} , {lit(nn, "nn")} ; skos:altLabel "{abbr}" ; schema:foundingDate "{founded}"^^xsd:gYear .'
        )
        lead = members[code][1]
        if code == "sdp":  # a change of leader
            old = members[code][2]
            w(
                f'id:party-{code} ec:leader {people[old]} {{| schema:startDate "2009-04-18"^^xsd:date ; schema:endDate "2020-02-01"^^xsd:date |}} .'
            )
            w(
                f'id:party-{code} ec:leader {people[lead]} {{| schema:startDate "2020-02-01"^^xsd:date |}} .'
            )
        else:
            w(
                f'id:party-{code} ec:leader {people[lead]} {{| schema:startDate "{max(founded, 2005) + rnd.randint(0, 9)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}"^^xsd:date |}} .'
            )
    w("\n# ---- memberships")
    for n in names:
        born = int(births[n][:4])
        founded = next(p[4] for p in PARTIES if p[0] == party_of[n])
        since = max(born + 18 + rnd.randint(0, 12), founded)
        w(
            f'{people[n]} org:memberOf id:party-{party_of[n]} {{| ec:since "{since}"^^xsd:gYear |}} .'
        )

    # ---- elections and results
    w("\n# ---- elections")
    for code, year, date in ELECTIONS:
        w(
            f'id:{code} a ec:GeneralElection ; rdfs:label {lit(f"{year} General Election")} ; dcterms:date "{date}"^^xsd:date .'
        )
    w("\n# ---- results")
    used: set[str] = set()
    incumbent: dict[str, tuple[str, str]] = {}
    winners: dict[tuple[str, str], str] = {}
    contests: dict[tuple[str, str], list[str]] = {}
    for code, _name, _region, _ in CONSTITUENCIES:
        stood_before: list[str] = []
        for ecode, year, _date in ELECTIONS:
            parties = [p[0] for p in PARTIES if not (p[0] == "nv" and year < 2019)]
            rnd.shuffle(parties)
            parties = parties[: rnd.randint(4, 5)]
            cands: list[tuple[str, str]] = []
            if code in incumbent and incumbent[code][1] not in parties:
                parties[0] = incumbent[code][1]
            for p in parties:
                if code in incumbent and incumbent[code][1] == p:
                    cands.append((incumbent[code][0], p))
                    continue
                again = [c for c in stood_before if party_of[c] == p]
                if again and (rnd.random() < 0.5 or again[0] == "Mara Lind"):
                    cands.append((again[0], p))
                    continue
                free = [m for m in members[p] if m not in used and m != members[p][1]]
                if code == "NF" and p == "ga" and "Mara Lind" not in used:
                    pick = "Mara Lind"
                else:
                    pick = free[0] if free else rnd.choice(members[p])
                used.add(pick)
                cands.append((pick, p))
            electorate = rnd.randint(48000, 92000)
            turnout = round(rnd.uniform(0.58, 0.81), 3)
            valid = int(electorate * turnout) - rnd.randint(150, 600)
            weights = [rnd.uniform(0.3, 1.0) ** 1.5 for _ in cands]
            if code == "NF" and year == 2019:
                weights = [
                    2.0 if c[0] == "Mara Lind" else wgt
                    for c, wgt in zip(cands, weights, strict=True)
                ]
            total = sum(weights)
            votes = [int(valid * wgt / total) for wgt in weights]
            votes[0] += valid - sum(votes)
            order = sorted(range(len(cands)), key=lambda i: -votes[i])
            w(
                f'id:const-{code.lower()} ec:contestedIn id:{ecode} ~ res:{code.lower()}-{year} {{| ec:turnout "{turnout}"^^xsd:decimal ; ec:electorate {electorate} ; ec:validVotes {valid} |}} .'
            )
            for rank, i in enumerate(order, 1):
                person, party = cands[i]
                share = round(votes[i] / valid, 4)
                w(
                    f"{people[person]} ec:candidateIn id:const-{code.lower()} {{| ec:election id:{ecode} ; ec:party id:party-{party} ; ec:votes {votes[i]} ; ec:voteShare {share} ; ec:rank {rank} |}} ."
                )
                if person not in stood_before:
                    stood_before.append(person)
            win = cands[order[0]]
            majority = votes[order[0]] - votes[order[1]]
            w(
                f"{people[win[0]]} ec:elected id:const-{code.lower()} {{| ec:election id:{ecode} ; ec:majority {majority} |}} ."
            )
            winners[(code, ecode)] = win[0]
            contests[(code, ecode)] = [cands[i][0] for i in order]
            incumbent[code] = win if rnd.random() < 0.85 else incumbent.get(code, win)
    # two petitions: claims the Commission rejected (unasserted reifying triples)
    w("\n# ---- petitions (claims, not facts)")
    for code, ecode in [("GW", "ge2019"), ("KR", "ge2023")]:
        loser = contests[(code, ecode)][1]  # the runner-up
        w(
            f"<< {people[loser]} ec:elected id:const-{code.lower()} >> ec:election id:{ecode} ; ec:claimedBy id:party-{party_of[loser]} ; ec:status {lit('rejected by the Commission')} ."
        )

    # ---- mayors
    w("\n# ---- mayors")
    for code, _name, _region, mayors in CITIES:
        for n, start, end in mayors:
            ann = f'schema:startDate "{start}"^^xsd:date' + (
                f' ; schema:endDate "{end}"^^xsd:date' if end else ""
            )
            w(f"{people[n]} org:holds id:post-mayor-{code} {{| {ann} |}} .")
    (HERE / "elections.ttl").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
