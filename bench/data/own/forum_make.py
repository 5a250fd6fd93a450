"""Write ``forum.trig``: an online makers' community and its mailing-list archive as a SIOC
exporter publishes them (SIOC Core + SIOC Types, FOAF, Dublin Core terms, SKOS tags), in TriG with
one named graph per forum and the site, its members and its tag scheme in the default graph.

The shape follows what the SIOC exporters of forum engines (phpBB, Drupal, WordPress) and of
mailing-list archives (SWAML) write:

* one ``sioc:Site`` hosting ``sioc:Forum``s (``sioct:MessageBoard``, one ``sioct:MailingList``),
  each with ``dcterms:title``, ``dcterms:description``, ``sioc:has_host`` and, for most, a
  ``sioc:has_moderator`` account;
* ``sioc:Thread``s with ``dcterms:title``, ``sioc:has_container`` (the forum; the forum lists them
  with ``sioc:container_of``), ``sioc:has_creator``, ``dcterms:created`` (``xsd:dateTime``),
  ``sioc:num_replies`` (``xsd:integer``), for some ``sioc:num_views``, ``sioc:topic`` tags;
* ``sioct:BoardPost`` / ``sioct:MailMessage`` posts (also ``sioc:Post``): ``dcterms:title``, the
  first post the thread's title, replies ``"Re: ..."`` (so many posts share a title, as in a real
  export), ``sioc:content`` a long plain-text body, ``dcterms:created``, ``sioc:has_creator`` the
  account, ``sioc:has_container`` the thread, ``sioc:reply_of`` the post answered (and
  ``sioc:has_reply`` back), ``sioc:topic`` tags, mailing-list posts ``sioc:previous_by_date``;
* ``sioc:UserAccount``s named only by their handle (``sioc:name`` "solder_queen", or for the
  mailing list an email-like id "r.okafor@lists.tinkerers.example"), ``sioc:account_of`` the
  ``foaf:Person`` (``foaf:name``, ``foaf:nick``, ``foaf:holdsAccount``, ``foaf:mbox_sha1sum``,
  some ``foaf:based_near`` a place with an ``rdfs:label``); a few accounts have no person;
* tags as a ``skos:ConceptScheme`` of ``skos:Concept``s with lower-case ``skos:prefLabel``s
  ("bed leveling"), a few ``skos:altLabel``s ("RPi") and ``skos:broader`` links.

Every person, handle and post is invented. Seeded, no network; stdlib + rdflib. Run from the
repository root: ``python bench/data/own/forum_make.py``.
"""

from __future__ import annotations

import hashlib
import random
from datetime import datetime, timedelta
from pathlib import Path

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
SIOC = Namespace("http://rdfs.org/sioc/ns#")
SIOCT = Namespace("http://rdfs.org/sioc/types#")
BASE = "https://forum.tinkerers.example/"
SITE = URIRef(BASE + "#site")
TAG = Namespace(BASE + "tags/")
USER = Namespace(BASE + "user/")
PERSON = Namespace(BASE + "people/")
PLACE = Namespace(BASE + "places/")
PREFIXES = {"sioc", "sioct", "foaf", "dcterms", "skos", "rdfs", "xsd", "tag", "user"}

# forum slug, title, description, kind, moderator handle (None: no moderator)
FORUMS = [
    (
        "electronics-bench",
        "Electronics Bench",
        "Circuits, soldering, microcontrollers and test gear.",
        "board",
        "solder_queen",
    ),
    (
        "3d-printing",
        "3D Printing",
        "Printers, slicers, filaments and failed prints.",
        "board",
        "layerlord",
    ),
    ("woodshop", "Woodshop", "Joinery, finishes, hand and power tools.", "board", "OakAndIron"),
    ("off-topic", "Off-Topic Lounge", "Anything that is not a project.", "board", None),
    (
        "tinker-dev",
        "tinker-dev mailing list",
        "Development of the community's open firmware, archived from the list.",
        "list",
        "r.okafor@lists.tinkerers.example",
    ),
]
# handle, person's name (None: no person), person's nick (None: same as handle), place
USERS = [
    ("solder_queen", "Maren Ostvik", "Maren", "Tromsø"),
    ("layerlord", "Teodor Valcu", None, "Cluj-Napoca"),
    ("OakAndIron", "Bertil Hagström", "Bertie", None),
    ("grumpy_gnome", "Ilse Verhoeven", None, "Utrecht"),
    ("kfx77", "Kwabena Frimpong", "kfx", None),
    ("nibbles", None, None, None),
    ("ZeroOhm", "Priya Ramaswamy", "zero", "Pune"),
    ("filament_fiend", "Duncan McAlister", None, "Inverness"),
    ("MakerMoth", "Salome Kvaratskhelia", "moth", None),
    ("dovetail_dan", "Daniel Oyelaran", "Dan", "Ibadan"),
    ("sawdust_sally", "Sally Brennagh", None, None),
    ("pcb_pirate", "Jonas Lindqvist-Aro", None, "Turku"),
    ("voltvixen", "Renata Szabadi", None, None),
    ("quietcoil", None, None, None),
    ("HexNutHank", "Henrik Aldgate", "Hank", None),
    ("lathe_lucy", "Lucia Ferreiro", None, "Vigo"),
    ("benchy_boy", "Tomasz Wielgosz", None, None),
    ("chisel_chick", "Agnieszka Pradel", None, None),
    ("r.okafor@lists.tinkerers.example", "Rotimi Okafor", "rotimi", None),
    ("m.delacroix@lists.tinkerers.example", "Mireille Delacroix", None, "Lyon"),
    ("j.haverkamp@lists.tinkerers.example", "Jorrit Haverkamp", None, None),
    ("anon4471@lists.tinkerers.example", None, None, None),
    ("t.nakashima@lists.tinkerers.example", "Takeshi Nakashima", "tak", None),
]
# tag slug, prefLabel, altLabels, broader slug
TAGS = [
    ("electronics", "electronics", [], None),
    ("soldering", "soldering", [], "electronics"),
    ("microcontrollers", "microcontrollers", ["MCU"], "electronics"),
    ("esp32", "esp32", [], "microcontrollers"),
    ("raspberry-pi", "raspberry pi", ["RPi"], "microcontrollers"),
    ("power-supplies", "power supplies", ["PSU"], "electronics"),
    ("oscilloscopes", "oscilloscopes", ["scope"], "electronics"),
    ("3d-printing", "3d printing", ["additive manufacturing"], None),
    ("bed-leveling", "bed leveling", ["bed levelling"], "3d-printing"),
    ("filament", "filament", [], "3d-printing"),
    ("petg", "PETG", [], "filament"),
    ("slicers", "slicers", [], "3d-printing"),
    ("woodworking", "woodworking", [], None),
    ("joinery", "joinery", [], "woodworking"),
    ("finishes", "finishes", ["wood finishing"], "woodworking"),
    ("hand-tools", "hand tools", [], "woodworking"),
    ("firmware", "firmware", [], None),
    ("bootloader", "bootloader", [], "firmware"),
    ("releases", "releases", [], "firmware"),
    ("meetups", "meetups", [], None),
    ("safety", "safety", [], None),
]
# forum slug, thread title, tags, starter handle, number of replies, views (None: not exported)
THREADS = [
    ("electronics-bench", "Best flux for SMD rework?", ["soldering"], "ZeroOhm", 5, 412),
    (
        "electronics-bench",
        "My first reflow oven build",
        ["soldering", "safety"],
        "pcb_pirate",
        7,
        1380,
    ),
    (
        "electronics-bench",
        "ESP32 keeps brownout-resetting on Wi-Fi connect",
        ["esp32", "power-supplies"],
        "kfx77",
        6,
        955,
    ),
    (
        "electronics-bench",
        "Cheap bench power supply recommendations",
        ["power-supplies"],
        "voltvixen",
        4,
        None,
    ),
    (
        "electronics-bench",
        "Which entry-level oscilloscope in 2024?",
        ["oscilloscopes"],
        "nibbles",
        8,
        2210,
    ),
    (
        "electronics-bench",
        "Raspberry Pi 5 fan header pinout",
        ["raspberry-pi"],
        "quietcoil",
        2,
        301,
    ),
    (
        "electronics-bench",
        "Lead-free solder that actually wets",
        ["soldering"],
        "grumpy_gnome",
        3,
        None,
    ),
    (
        "electronics-bench",
        "Ground loop hum in my guitar pedal",
        ["electronics"],
        "HexNutHank",
        4,
        640,
    ),
    (
        "electronics-bench",
        "Flashing a bricked ESP32-C3",
        ["esp32", "bootloader"],
        "MakerMoth",
        3,
        288,
    ),
    (
        "3d-printing",
        "Bed won't stay level after a nozzle swap",
        ["bed-leveling"],
        "benchy_boy",
        6,
        1702,
    ),
    (
        "3d-printing",
        "PETG stringing like spider webs",
        ["petg", "slicers"],
        "filament_fiend",
        5,
        980,
    ),
    (
        "3d-printing",
        "Drying filament in a food dehydrator",
        ["filament", "safety"],
        "MakerMoth",
        4,
        733,
    ),
    ("3d-printing", "Slicer profiles for a 0.6 mm nozzle", ["slicers"], "layerlord", 3, None),
    (
        "3d-printing",
        "Printing threads that actually screw together",
        ["3d-printing"],
        "HexNutHank",
        2,
        412,
    ),
    (
        "3d-printing",
        "Auto bed leveling probe gives random offsets",
        ["bed-leveling", "firmware"],
        "kfx77",
        5,
        1104,
    ),
    ("3d-printing", "Enclosure temperature for ABS", ["filament", "safety"], "lathe_lucy", 3, None),
    (
        "woodshop",
        "Hand-cut dovetails: saw first or chisel first?",
        ["joinery", "hand-tools"],
        "dovetail_dan",
        6,
        1520,
    ),
    ("woodshop", "Osmo versus Danish oil on a walnut desk", ["finishes"], "sawdust_sally", 4, 860),
    ("woodshop", "Restoring a rusty No. 4 plane", ["hand-tools"], "chisel_chick", 5, 990),
    ("woodshop", "Mortise and tenon without a mortiser", ["joinery"], "OakAndIron", 3, None),
    (
        "woodshop",
        "Dust collection for a one-car garage",
        ["woodworking", "safety"],
        "lathe_lucy",
        4,
        705,
    ),
    ("off-topic", "Autumn meetup in the old tram depot", ["meetups"], "solder_queen", 6, 540),
    ("off-topic", "What podcasts do you listen to while building?", [], "grumpy_gnome", 5, 333),
    ("off-topic", "Show us your workbench", [], "sawdust_sally", 7, 2890),
    ("off-topic", "Forum downtime on Saturday night", [], "solder_queen", 1, 120),
    (
        "tinker-dev",
        "[tinker-dev] RFC: new bootloader handshake",
        ["bootloader", "firmware"],
        "r.okafor@lists.tinkerers.example",
        5,
        None,
    ),
    (
        "tinker-dev",
        "[tinker-dev] Release 2.3.0 is out",
        ["releases"],
        "m.delacroix@lists.tinkerers.example",
        3,
        None,
    ),
    (
        "tinker-dev",
        "[tinker-dev] CI fails on the ARM runners",
        ["firmware"],
        "j.haverkamp@lists.tinkerers.example",
        4,
        None,
    ),
    (
        "tinker-dev",
        "[tinker-dev] Dropping support for the ATmega328",
        ["microcontrollers", "releases"],
        "t.nakashima@lists.tinkerers.example",
        6,
        None,
    ),
    (
        "tinker-dev",
        "[tinker-dev] Patch: fix the watchdog in sleep mode",
        ["firmware"],
        "anon4471@lists.tinkerers.example",
        2,
        None,
    ),
]
PHRASES = [
    "I tried this last weekend and it mostly worked.",
    "Have you checked the datasheet for the recommended settings?",
    "Same problem here, it went away after I replaced the cable.",
    "Honestly I would not bother and just buy the cheaper one.",
    "Photos attached, the left one is after cleaning.",
    "Make sure you wear eye protection for this one.",
    "That matches what the manufacturer told me on the phone.",
    "I measured it with a multimeter and got about 4.7 volts.",
    "Thanks, that fixed it for me!",
    "Could you post your config so we can compare?",
    "The trick is to go slow and keep everything clean.",
    "I disagree a bit: in my experience temperature matters more.",
    "There is an older thread about this somewhere in the archive.",
    "Following, I have the same setup.",
    "After two weeks of use I can say it holds up fine.",
]


def _slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(p for p in out.split("-") if p)[:60]


def _account(handle: str) -> URIRef:
    return USER[_slug(handle.split("@")[0])]


def build() -> Dataset:
    rng = random.Random(3302)
    ds = Dataset()
    for prefix, ns in (
        ("sioc", SIOC),
        ("sioct", SIOCT),
        ("foaf", FOAF),
        ("dcterms", DCTERMS),
        ("skos", SKOS),
    ):
        ds.bind(prefix, ns)
    ds.bind("tag", TAG)
    ds.bind("user", USER)
    g = ds.default_graph
    g.add((SITE, RDF.type, SIOC.Site))
    g.add((SITE, DCTERMS.title, Literal("Tinkerers' Commons")))
    g.add(
        (SITE, DCTERMS.description, Literal("A community of makers: electronics, printing, wood."))
    )
    # tags
    scheme = TAG["scheme"]
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal("Tinkerers' Commons tags", lang="en")))
    for slug, pref, alts, broader in TAGS:
        t = TAG[slug]
        g.add((t, RDF.type, SKOS.Concept))
        g.add((t, SKOS.inScheme, scheme))
        g.add((t, SKOS.prefLabel, Literal(pref, lang="en")))
        for a in alts:
            g.add((t, SKOS.altLabel, Literal(a, lang="en")))
        if broader:
            g.add((t, SKOS.broader, TAG[broader]))
    # accounts and people
    for handle, name, nick, place in USERS:
        acc = _account(handle)
        g.add((acc, RDF.type, SIOC.UserAccount))
        g.add((acc, SIOC.name, Literal(handle)))
        g.add((acc, SIOC.has_space, SITE))
        if handle.endswith(".example"):
            sha = hashlib.sha1(f"mailto:{handle}".encode()).hexdigest()
            g.add((acc, SIOC.email_sha1, Literal(sha)))
        if name is None:
            continue
        p = PERSON[_slug(name)]
        g.add((p, RDF.type, FOAF.Person))
        g.add((p, FOAF.name, Literal(name)))
        g.add((p, FOAF.nick, Literal(nick or handle)))
        g.add((p, FOAF.holdsAccount, acc))
        g.add((acc, SIOC.account_of, p))
        if place:
            pl = PLACE[_slug(place)]
            g.add((p, FOAF.based_near, pl))
            g.add((pl, RDFS.label, Literal(place)))
    # forums, one named graph each
    start = datetime(2023, 9, 4, 8, 0, 0)
    users_by_forum: dict[str, list[str]] = {}
    for slug, _t, _d, kind, _m in FORUMS:
        pool = [u[0] for u in USERS if u[0].endswith(".example") == (kind == "list")]
        users_by_forum[slug] = pool
    forum_iri = {f[0]: URIRef(BASE + f"forum/{f[0]}") for f in FORUMS}
    graphs = {f[0]: ds.graph(URIRef(BASE + f"graph/{f[0]}")) for f in FORUMS}
    for slug, title, desc, kind, mod in FORUMS:
        fg = graphs[slug]
        f = forum_iri[slug]
        fg.add((f, RDF.type, SIOC.Forum))
        fg.add((f, RDF.type, SIOCT.MailingList if kind == "list" else SIOCT.MessageBoard))
        fg.add((f, DCTERMS.title, Literal(title)))
        fg.add((f, DCTERMS.description, Literal(desc)))
        fg.add((f, SIOC.has_host, SITE))
        g.add((SITE, SIOC.host_of, f))
        if mod:
            fg.add((f, SIOC.has_moderator, _account(mod)))
    post_no = 1000
    for i, (fslug, title, tags, starter, replies, views) in enumerate(THREADS):
        fg = graphs[fslug]
        f = forum_iri[fslug]
        kind = "list" if fslug == "tinker-dev" else "board"
        th = URIRef(BASE + f"thread/{i + 101}")
        when = start + timedelta(days=rng.randint(0, 420), minutes=rng.randint(0, 1439))
        fg.add((th, RDF.type, SIOC.Thread))
        fg.add((th, DCTERMS.title, Literal(title)))
        fg.add((th, SIOC.has_container, f))
        fg.add((f, SIOC.container_of, th))
        fg.add((th, SIOC.has_creator, _account(starter)))
        fg.add((th, DCTERMS.created, Literal(when.isoformat(), datatype=XSD.dateTime)))
        fg.add((th, SIOC.num_replies, Literal(replies, datatype=XSD.integer)))
        if views is not None:
            fg.add((th, SIOC.num_views, Literal(views, datatype=XSD.integer)))
        for t in tags:
            fg.add((th, SIOC.topic, TAG[t]))
        posts: list[URIRef] = []
        authors = [starter]
        pool = [u for u in users_by_forum[fslug] if u != starter]
        t = when
        for k in range(replies + 1):
            post_no += rng.randint(1, 9)
            p = (
                URIRef(BASE + f"post/{post_no}")
                if kind == "board"
                else URIRef(BASE + f"archive/tinker-dev/msg{post_no:05d}")
            )
            author = (
                starter
                if k == 0
                else (rng.choice(pool) if rng.random() < 0.7 or k < 2 else starter)
            )
            fg.add((p, RDF.type, SIOC.Post))
            fg.add((p, RDF.type, SIOCT.MailMessage if kind == "list" else SIOCT.BoardPost))
            subject = title if k == 0 else ("Re: " + title)
            fg.add((p, DCTERMS.title, Literal(subject)))
            body = " ".join(rng.sample(PHRASES, rng.randint(2, 5)))
            if k == 0:
                body = f"{title} -- {body}"
            fg.add((p, SIOC.content, Literal(body)))
            fg.add((p, DCTERMS.created, Literal(t.isoformat(), datatype=XSD.dateTime)))
            fg.add((p, SIOC.has_creator, _account(author)))
            fg.add((p, SIOC.has_container, th))
            fg.add((th, SIOC.container_of, p))
            if k == 0:
                for tg in tags:
                    fg.add((p, SIOC.topic, TAG[tg]))
            else:
                parent = posts[0] if rng.random() < 0.5 else rng.choice(posts)
                fg.add((p, SIOC.reply_of, parent))
                fg.add((parent, SIOC.has_reply, p))
                if kind == "list":
                    fg.add((p, SIOC.previous_by_date, posts[-1]))
            posts.append(p)
            authors.append(author)
            t = t + timedelta(minutes=rng.randint(7, 3000))
    return ds


def _trig(ds: Dataset) -> str:
    """TriG with the graphs in a fixed order (rdflib's own writer orders them by hash)."""
    prefixes = "".join(
        f"@prefix {p}: <{n}> .\n" for p, n in sorted(ds.namespaces()) if p in PREFIXES
    )
    parts = [prefixes]
    order = [ds.default_graph] + [ds.graph(URIRef(BASE + f"graph/{f[0]}")) for f in FORUMS]
    for g in order:
        body = Graph()
        for prefix, ns in ds.namespaces():
            body.bind(prefix, ns)
        for t in g:
            body.add(t)
        lines = [
            ln
            for ln in body.serialize(format="turtle").splitlines()
            if not ln.startswith("@prefix")
        ]
        inner = "\n".join(("    " + ln) if ln else "" for ln in lines).strip("\n")
        name = "" if g is ds.default_graph else f"<{g.identifier}> "
        parts.append(f"{name}{{\n{inner}\n}}\n")
    return "\n".join(parts)


def main() -> None:
    ds = build()
    header = (
        "# Tinkerers' Commons: SIOC export of the forums and the tinker-dev list archive.\n"
        "# One named graph per forum; site, accounts, people and tags in the default graph.\n"
    )
    (HERE / "forum.trig").write_text(header + _trig(ds))
    print(sum(len(c) for c in ds.graphs()), "triples")


if __name__ == "__main__":
    main()
