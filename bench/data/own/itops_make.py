"""Write ``itops.graphml`` and its questions ``itops.jsonl``: an IT operations graph.

A configuration graph as an ops team keeps it in Neo4j and exports it with
``CALL apoc.export.graphml.all("itops.graphml", {useTypes: true})``: ``<key>`` declarations
(one per property, typed), nodes with Neo4j's ``labels`` (``:Service``, ``:Service:Legacy``)
and properties, edges whose ``label`` is the relationship type (``DEPENDS_ON``, ``OWNED_BY``,
``RUNS_ON``, ``LOCATED_IN``, ``MEMBER_OF``, ``ON_CALL_FOR``, ``AFFECTED``), names in the
kebab-case engineers give services, databases and servers (``billing-api``, ``payments-db``,
``app-fra-03``). The names are invented; the filler is seeded, so both files are the same on
every run. The questions are written the way people ask them, and their answers are computed
here from the same facts. Run from the repository root: ``python bench/data/own/itops_make.py``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).parent
rng = random.Random(20261202)

# ---------------------------------------------------------------------------- the facts
DATACENTERS = {  # name: (city, country, provider, opened)
    "fra1": ("Frankfurt", "Germany", "Equinix", "2016-04-01"),
    "ams1": ("Amsterdam", "Netherlands", "Interxion", "2014-09-15"),
    "iad1": ("Ashburn", "United States", "Equinix", "2018-02-20"),
    "sin1": ("Singapore", "Singapore", "Digital Realty", "2020-07-06"),
    "dub1": ("Dublin", "Ireland", "AWS", "2021-11-30"),
}
TEAMS = {  # name: (slack channel, founded)
    "Payments": ("#team-payments", "2015-03-02"),
    "Platform": ("#platform", "2014-06-10"),
    "Search": ("#search-eng", "2016-01-18"),
    "Identity": ("#identity", "2017-05-22"),
    "Storefront": ("#storefront", "2015-09-01"),
    "Data Engineering": ("#data-eng", "2018-10-08"),
    "Growth": ("#growth", "2019-02-11"),
    "SRE": ("#sre", "2014-06-10"),
}
# name: (team, language, tier, created, labels beyond :Service)
SERVICES = {
    "checkout": ("Storefront", "Java", 1, "2016-08-03", ()),
    "cart": ("Storefront", "Kotlin", 1, "2016-08-03", ()),
    "web-frontend": ("Storefront", "TypeScript", 1, "2015-11-20", ()),
    "mobile-bff": ("Storefront", "TypeScript", 2, "2019-04-15", ()),
    "product-catalog": ("Storefront", "Java", 1, "2015-10-05", ()),
    "billing-api": ("Payments", "Go", 1, "2017-02-14", ()),
    "payments-gateway": ("Payments", "Go", 1, "2016-06-27", ()),
    "fraud-detector": ("Payments", "Python", 2, "2018-12-03", ()),
    "ledger": ("Payments", "Rust", 1, "2020-03-09", ()),
    "invoice-renderer": ("Payments", "PHP", 3, "2013-07-01", ("Legacy",)),
    "refund-worker": ("Payments", "Go", 2, "2019-09-23", ()),
    "search": ("Search", "Java", 1, "2016-02-29", ()),
    "search-indexer": ("Search", "Java", 2, "2016-03-14", ()),
    "autocomplete": ("Search", "Go", 2, "2019-01-21", ()),
    "recommendations": ("Search", "Python", 2, "2018-05-07", ()),
    "auth-service": ("Identity", "Kotlin", 1, "2017-06-12", ()),
    "user-profile": ("Identity", "Kotlin", 2, "2017-08-30", ()),
    "session-manager": ("Identity", "Go", 1, "2018-01-15", ()),
    "sso-bridge": ("Identity", "Perl", 3, "2012-11-11", ("Legacy",)),
    "api-gateway": ("Platform", "Go", 1, "2016-01-04", ()),
    "notification-worker": ("Platform", "Python", 2, "2017-10-16", ()),
    "email-sender": ("Platform", "Python", 3, "2014-05-19", ("Legacy",)),
    "feature-flags": ("Platform", "Go", 2, "2020-06-01", ()),
    "config-server": ("Platform", "Java", 1, "2016-01-04", ()),
    "etl-runner": ("Data Engineering", "Scala", 3, "2018-11-26", ()),
    "metrics-exporter": ("SRE", "Go", 2, "2019-07-08", ()),
    "status-page": ("SRE", "Ruby", 3, "2015-04-13", ()),
    "ab-testing": ("Growth", "Python", 2, "2019-03-18", ()),
    "referral-service": ("Growth", "Kotlin", 3, "2021-02-01", ()),
    "pricing-engine": ("Growth", "Scala", 1, "2018-04-30", ()),
}
# name: (team, engine, version, size_gb)
DATABASES = {
    "payments-db": ("Payments", "PostgreSQL", "14.9", 820),
    "ledger-db": ("Payments", "PostgreSQL", "15.4", 1430),
    "orders-db": ("Storefront", "MySQL", "8.0", 2210),
    "catalog-db": ("Storefront", "MongoDB", "6.0", 390),
    "users-db": ("Identity", "PostgreSQL", "13.12", 260),
    "session-cache": ("Identity", "Redis", "7.2", 48),
    "search-index": ("Search", "Elasticsearch", "8.11", 1750),
    "analytics-warehouse": ("Data Engineering", "ClickHouse", "23.8", 9600),
    "flags-store": ("Platform", "Redis", "7.0", 4),
    "notifications-queue": ("Platform", "RabbitMQ", "3.12", 32),
}
DEPENDS = {  # service: what it calls (services and databases)
    "checkout": ["cart", "billing-api", "payments-gateway", "pricing-engine", "orders-db"],
    "cart": ["product-catalog", "session-manager", "pricing-engine"],
    "web-frontend": ["api-gateway", "feature-flags"],
    "mobile-bff": ["api-gateway", "auth-service"],
    "product-catalog": ["catalog-db", "search"],
    "billing-api": ["ledger", "payments-db", "invoice-renderer"],
    "payments-gateway": ["fraud-detector", "payments-db"],
    "fraud-detector": ["user-profile"],
    "ledger": ["ledger-db"],
    "invoice-renderer": ["email-sender"],
    "refund-worker": ["payments-gateway", "ledger", "notifications-queue"],
    "search": ["search-index"],
    "search-indexer": ["search-index", "catalog-db"],
    "autocomplete": ["search-index"],
    "recommendations": ["analytics-warehouse", "user-profile"],
    "auth-service": ["users-db", "session-manager"],
    "user-profile": ["users-db"],
    "session-manager": ["session-cache"],
    "sso-bridge": ["auth-service"],
    "api-gateway": ["auth-service", "config-server"],
    "notification-worker": ["notifications-queue", "email-sender"],
    "feature-flags": ["flags-store"],
    "etl-runner": ["analytics-warehouse", "orders-db", "payments-db"],
    "metrics-exporter": ["config-server"],
    "ab-testing": ["feature-flags", "analytics-warehouse"],
    "referral-service": ["users-db", "notification-worker"],
    "pricing-engine": ["catalog-db"],
}
INCIDENTS = {  # name: (title, severity, started, resolved, affected)
    "INC-2041": ("Checkout latency spike", "SEV2", "2025-01-14", "2025-01-14", ["checkout"]),
    "INC-2077": (
        "Card payments declined",
        "SEV1",
        "2025-02-03",
        "2025-02-04",
        ["payments-gateway"],
    ),
    "INC-2102": (
        "Search results empty",
        "SEV1",
        "2025-03-11",
        "2025-03-11",
        ["search", "autocomplete"],
    ),
    "INC-2130": (
        "Login loop on mobile",
        "SEV2",
        "2025-04-02",
        "2025-04-03",
        ["auth-service", "mobile-bff"],
    ),
    "INC-2166": (
        "Duplicate invoices sent",
        "SEV3",
        "2025-05-19",
        "2025-05-21",
        ["invoice-renderer", "email-sender"],
    ),
    "INC-2190": ("Feature flags stale", "SEV3", "2025-06-24", "2025-06-24", ["feature-flags"]),
    "INC-2215": ("Ledger replication lag", "SEV2", "2025-07-30", "2025-07-31", ["ledger"]),
    "INC-2248": (
        "Cart emptied on refresh",
        "SEV2",
        "2025-08-12",
        "2025-08-12",
        ["cart", "session-manager"],
    ),
    "INC-2271": (
        "Recommendations timeout",
        "SEV3",
        "2025-09-05",
        "2025-09-05",
        ["recommendations"],
    ),
    "INC-2299": (
        "API gateway 502s",
        "SEV1",
        "2025-10-21",
        "2025-10-21",
        ["api-gateway", "web-frontend", "mobile-bff"],
    ),
}
FIRST = [
    "Ada",
    "Bilal",
    "Chiara",
    "Dmitri",
    "Esi",
    "Finn",
    "Grace",
    "Hiroshi",
    "Ines",
    "Jamal",
    "Katya",
    "Luis",
    "Mei",
    "Nour",
    "Oskar",
    "Priya",
    "Quentin",
    "Rosa",
    "Sanjay",
    "Tove",
    "Umar",
    "Valentina",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zofia",
    "Arjun",
    "Beatriz",
    "Colm",
    "Dalia",
    "Emeka",
    "Freya",
    "Goran",
    "Hana",
    "Ivo",
    "Joelle",
]
LAST = [
    "Okafor",
    "Haddad",
    "Rossi",
    "Volkov",
    "Mensah",
    "Larsen",
    "Whitfield",
    "Tanaka",
    "Duarte",
    "Carter",
    "Ivanova",
    "Ortega",
    "Lin",
    "Saleh",
    "Berg",
    "Raman",
    "Marchand",
    "Alvarez",
    "Iyer",
    "Nilsson",
    "Farouk",
    "Conti",
    "Zhou",
    "Paredes",
    "Demir",
    "Nowak",
    "Kapoor",
    "Souza",
    "Byrne",
    "Khalil",
    "Eze",
    "Lund",
    "Petrovic",
    "Sato",
    "Kovac",
    "Moreau",
]
ROLES = [
    "Backend Engineer",
    "Senior Backend Engineer",
    "SRE",
    "Engineering Manager",
    "Staff Engineer",
    "Frontend Engineer",
    "Data Engineer",
]
OS = ["Ubuntu 22.04", "Ubuntu 20.04", "Debian 12", "Rocky Linux 9"]


def build() -> tuple[dict, list]:
    """Nodes ``{name: (labels, {prop: value})}`` and edges ``(source, type, target, props)``."""
    nodes: dict[str, tuple[tuple[str, ...], dict]] = {}
    edges: list[tuple[str, str, str, dict]] = []
    for dc, (city, country, provider, opened) in DATACENTERS.items():
        nodes[dc] = (
            ("DataCenter",),
            {"name": dc, "city": city, "country": country, "provider": provider, "opened": opened},
        )
    for team, (channel, founded) in TEAMS.items():
        nodes[team] = (("Team",), {"name": team, "slack": channel, "founded": founded})
    # servers: app and db hosts in each data centre
    servers: dict[str, list[str]] = {dc: [] for dc in DATACENTERS}
    for dc in DATACENTERS:
        city = dc[:3]
        for kind, count in (("app", 5), ("db", 3)):
            for i in range(1, count + 1):
                name = f"{kind}-{city}-{i:02d}"
                nodes[name] = (
                    ("Server",),
                    {
                        "name": name,
                        "os": rng.choice(OS),
                        "cpus": rng.choice([8, 16, 32, 64]),
                        "ram_gb": rng.choice([32, 64, 128, 256]),
                        "ip": f"10.{list(DATACENTERS).index(dc) + 1}.{i}.{rng.randint(2, 250)}",
                    },
                )
                servers[dc].append(name)
                edges.append((name, "LOCATED_IN", dc, {}))
    apps = {dc: [s for s in ss if s.startswith("app")] for dc, ss in servers.items()}
    dbs = {dc: [s for s in ss if s.startswith("db")] for dc, ss in servers.items()}
    for svc, (team, lang, tier, created, extra) in SERVICES.items():
        nodes[svc] = (
            ("Service", *extra),
            {
                "name": svc,
                "tier": tier,
                "language": lang,
                "created": created,
                "repo": f"git@github.example.com:acme/{svc}.git",
            },
        )
        edges.append((svc, "OWNED_BY", team, {}))
        for dc in rng.sample(sorted(DATACENTERS), 1 if tier == 3 else 2):
            edges.append((svc, "RUNS_ON", rng.choice(apps[dc]), {}))
    for db, (team, engine, version, size) in DATABASES.items():
        nodes[db] = (
            ("Database",),
            {"name": db, "engine": engine, "version": version, "size_gb": size},
        )
        edges.append((db, "OWNED_BY", team, {}))
        edges.append((db, "RUNS_ON", rng.choice(dbs[rng.choice(sorted(DATACENTERS))]), {}))
    for svc, deps in DEPENDS.items():
        edges.extend((svc, "DEPENDS_ON", d, {}) for d in deps)
    # people: four or five a team, one Engineering Manager each
    names = rng.sample([f"{f} {ln}" for f, ln in zip(FIRST, LAST, strict=True)], len(FIRST))
    teams = list(TEAMS)
    members: dict[str, list[str]] = {t: [] for t in teams}
    for i, person in enumerate(names):
        team = teams[i % len(teams)]
        role = "Engineering Manager" if not members[team] else rng.choice(ROLES[:3] + ROLES[4:])
        members[team].append(person)
        first = person.split()[0].lower()
        joined = f"20{rng.randint(14, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        nodes[person] = (
            ("Person",),
            {"name": person, "email": f"{first}@acme.example", "role": role, "joined": joined},
        )
        edges.append((person, "MEMBER_OF", team, {}))
    # on call: per service, a primary and a secondary from the owning team (not the manager)
    for svc, (team, *_rest) in SERVICES.items():
        engineers = members[team][1:]
        primary, secondary = rng.sample(engineers, 2)
        edges.append((primary, "ON_CALL_FOR", svc, {"rotation": "primary"}))
        edges.append((secondary, "ON_CALL_FOR", svc, {"rotation": "secondary"}))
    for inc, (title, sev, started, resolved, affected) in INCIDENTS.items():
        nodes[inc] = (
            ("Incident",),
            {
                "name": inc,
                "title": title,
                "severity": sev,
                "started": started,
                "resolved": resolved,
            },
        )
        edges.extend((inc, "AFFECTED", svc, {}) for svc in affected)
    return nodes, edges


# ---------------------------------------------------------------------------- GraphML
def _type(values: list) -> str:
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) for v in values):
        return "long"
    return "string"


def graphml(nodes: dict, edges: list) -> str:
    """The graph as ``apoc.export.graphml.all(..., {useTypes: true})`` writes it."""
    node_keys: dict[str, list] = {}
    for _labels, props in nodes.values():
        for k, v in props.items():
            node_keys.setdefault(k, []).append(v)
    edge_keys: dict[str, list] = {}
    for *_e, props in edges:
        for k, v in props.items():
            edge_keys.setdefault(k, []).append(v)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ]
    for k, vs in node_keys.items():
        out.append(f'<key id="{k}" for="node" attr.name="{k}" attr.type="{_type(vs)}"/>')
    out.append('<key id="labels" for="node" attr.name="labels" attr.type="string"/>')
    for k, vs in edge_keys.items():
        out.append(f'<key id="{k}" for="edge" attr.name="{k}" attr.type="{_type(vs)}"/>')
    out.append('<key id="label" for="edge" attr.name="label" attr.type="string"/>')
    out.append('<graph id="G" edgedefault="directed">')
    ids = {name: f"n{i}" for i, name in enumerate(nodes)}
    for name, (labels, props) in nodes.items():
        lab = "".join(f":{x}" for x in labels)
        data = "".join(f'<data key="{k}">{escape(str(v))}</data>' for k, v in props.items())
        out.append(
            f'<node id="{ids[name]}" labels={quoteattr(lab)}>'
            f'<data key="labels">{lab}</data>{data}</node>'
        )
    for i, (s, t, o, props) in enumerate(edges):
        data = "".join(f'<data key="{k}">{escape(str(v))}</data>' for k, v in props.items())
        out.append(
            f'<edge id="e{i}" source="{ids[s]}" target="{ids[o]}" label="{t}">'
            f'<data key="label">{t}</data>{data}</edge>'
        )
    out += ["</graph>", "</graphml>", ""]
    return "\n".join(out)


# ---------------------------------------------------------------------------- questions
def questions(nodes: dict, edges: list) -> list[dict]:
    """People's questions, each answer computed from the facts."""

    def out(s: str, t: str) -> list[str]:
        return [o for s2, t2, o, _ in edges if s2 == s and t2 == t]

    def into(o: str, t: str) -> list[str]:
        return [s for s, t2, o2, _ in edges if o2 == o and t2 == t]

    def prop(n: str, k: str) -> list[str]:
        return [str(nodes[n][1][k])]

    def flat(xs) -> list[str]:
        return sorted({x for xs2 in xs for x in xs2})

    def on_call(svc: str, rotation: str | None = None) -> list[str]:
        return [
            s
            for s, t, o, p in edges
            if o == svc and t == "ON_CALL_FOR" and (rotation is None or p["rotation"] == rotation)
        ]

    ada = next(n for n in nodes if n.startswith("Ada "))
    priya = next(n for n in nodes if "Person" in nodes[n][0] and len(out(n, "ON_CALL_FOR")) > 1)
    platform_people = into("Platform", "MEMBER_OF")
    fra_servers = into("fra1", "LOCATED_IN")
    # an app server in Amsterdam that runs more than one thing
    app_ams = next(
        n for n in sorted(nodes) if n.startswith("app-ams") and len(into(n, "RUNS_ON")) > 1
    )
    q = [
        ("who owns billing api", out("billing-api", "OWNED_BY"), "1hop"),
        (
            "which team is responsible for the checkout service?",
            out("checkout", "OWNED_BY"),
            "synonym",
        ),
        ("what does checkout depend on", out("checkout", "DEPENDS_ON"), "1hop"),
        ("what services does the cart call?", out("cart", "DEPENDS_ON"), "synonym"),
        (
            "what language is the fraud detector written in",
            prop("fraud-detector", "language"),
            "literal",
        ),
        ("what's ledger built in?", prop("ledger", "language"), "synonym"),
        ("what tier is payments-gateway", prop("payments-gateway", "tier"), "literal"),
        ("when was the sso bridge created", prop("sso-bridge", "created"), "literal"),
        ("where does the search service run", out("search", "RUNS_ON"), "1hop"),
        ("which data center is db-sin-02 in", out("db-sin-02", "LOCATED_IN"), "1hop"),
        (f"what team is {ada} on", out(ada, "MEMBER_OF"), "1hop"),
        ("who is on call for search", on_call("search"), "1hop"),
        ("what database engine does orders-db use", prop("orders-db", "engine"), "literal"),
        ("which services were hit by INC-2299", out("INC-2299", "AFFECTED"), "synonym"),
        (f"how much ram does {app_ams} have", prop(app_ams, "ram_gb"), "literal"),
        ("what city is the iad1 datacenter in", prop("iad1", "city"), "literal"),
        ("what depends on the payments db", into("payments-db", "DEPENDS_ON"), "inverse"),
        ("which servers are in fra1", fra_servers, "inverse"),
        ("who is in the platform team", platform_people, "inverse"),
        ("which incidents affected checkout", into("checkout", "AFFECTED"), "inverse"),
        (f"what runs on {app_ams}", into(app_ams, "RUNS_ON"), "inverse"),
        ("what does the SRE team own", into("SRE", "OWNED_BY"), "inverse"),
        (f"what is {priya} on call for", out(priya, "ON_CALL_FOR"), "inverse"),
        (
            "which team owns the database that ledger depends on",
            flat(out(d, "OWNED_BY") for d in out("ledger", "DEPENDS_ON")),
            "2hop",
        ),
        (
            "which data centres does billing-api run in",
            flat(out(s, "LOCATED_IN") for s in out("billing-api", "RUNS_ON")),
            "2hop",
        ),
        (
            "who is on call for the service affected by INC-2215",
            flat(on_call(s) for s in out("INC-2215", "AFFECTED")),
            "2hop",
        ),
        (
            "who are the members of the team that owns autocomplete",
            flat(into(t, "MEMBER_OF") for t in out("autocomplete", "OWNED_BY")),
            "2hop",
        ),
        ("which servers are in frankfurt", fra_servers, "2hop"),
        (
            "what language is the service that invoice-renderer depends on written in",
            flat(prop(d, "language") for d in out("invoice-renderer", "DEPENDS_ON")),
            "2hop",
        ),
        (
            "which data centres host services owned by the payments team",
            flat(
                out(srv, "LOCATED_IN")
                for svc in into("Payments", "OWNED_BY")
                for srv in out(svc, "RUNS_ON")
            ),
            "3hop",
        ),
        ("who owns biling-api", out("billing-api", "OWNED_BY"), "typo"),
        ("what does chekout depend on", out("checkout", "DEPENDS_ON"), "typo"),
        ("who is on call for serach", on_call("search"), "typo"),
        ("which team owns the recomendations service", out("recommendations", "OWNED_BY"), "typo"),
        (
            "which services are legacy",
            sorted(n for n, (labels, _) in nodes.items() if "Legacy" in labels),
            "1hop",
        ),
        (
            "which services depend on users-db and are owned by Identity",
            sorted(set(into("users-db", "DEPENDS_ON")) & set(into("Identity", "OWNED_BY"))),
            "conjunction",
        ),
        ("what is the SLA of billing-api", [], "unanswerable"),
        (f"what is {ada}'s phone number", [], "unanswerable"),
        ("how much does app-fra-01 cost per month", [], "unanswerable"),
        ("which kubernetes version does checkout run", [], "unanswerable"),
    ]
    rows = []
    for text, answers, kind in q:
        assert answers or kind == "unanswerable", text
        rows.append({"question": text, "answers": sorted(answers), "kind": kind})
    return rows


def main() -> None:
    nodes, edges = build()
    (HERE / "itops.graphml").write_text(graphml(nodes, edges), encoding="utf-8")
    with open(HERE / "itops.jsonl", "w", encoding="utf-8") as f:
        for row in questions(nodes, edges):
            f.write(json.dumps(row) + "\n")
    facts = sum(len(p) + len(labels) for labels, p in nodes.values()) + len(edges)
    print(f"{len(nodes)} nodes, {len(edges)} edges, {facts} facts (labels, properties, edges)")


if __name__ == "__main__":
    main()
