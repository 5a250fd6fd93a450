"""How fast and how small kgchat's graph layer is, next to the plain rdflib + networkx path.

For each format (N-Triples, Turtle) the script measures, on one generated graph of N triples:

- plain:  ``rdflib.Graph().parse(file)``, then a networkx ``MultiDiGraph`` (node = term,
  edge key = predicate) built from the rdflib graph's triples;
- kgchat: ``KnowledgeGraph.load(file)``, ``kg.save(dir)``, ``KnowledgeGraph.open(dir)`` and
  ``kg.to_networkx()`` (the networkx view is built on demand, so it is a row of its own);
- info:   pyoxigraph's raw parse rate, and networkx vs rustworkx building the same integer edge
  list (the rustworkx row is skipped when it is not installed).

Each measurement runs in a fresh interpreter that reports its time and its peak RSS
(``ru_maxrss``) minus its RSS after imports, so one case's garbage never inflates another's peak.

    .venv/bin/python bench/bench_graph_load.py                  # 1M triples, nt + ttl (~3 min)
    .venv/bin/python bench/bench_graph_load.py --triples 100000 --repeat 3 --skip-baseline
    # before/after a change: load of two source trees beside the raw parse, interleaved
    git archive HEAD~3 | tar -x -C /tmp/before
    .venv/bin/python bench/bench_graph_load.py --triples 200000 --repeat 3 --formats nt \
        --compare before=/tmp/before now=.

Generated files are cached in ``--out`` as ``graph-<N>.nt`` / ``.ttl`` beside a ``graph-<N>.json``
sidecar (N, seed, generator version, sizes) and reused while it matches. The last line printed is
one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import gc
import importlib.metadata as md
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

SEED = 20240611
GENERATOR_VERSION = 3  # 3: distinct names (2 reused 4,172 labels for 127k entities)
FORMATS = {"nt": ("nt", ".nt"), "ttl": ("turtle", ".ttl")}  # name -> (rdflib format, extension)
TARGET_SPEEDUP, STRETCH_SPEEDUP, TARGET_RELOAD_S = 5.0, 10.0, 10.0  # reload target is per 1M

# --------------------------------------------------------------------------- the synthetic graph
EX, ONT = "http://example.org/kg/", "http://example.org/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = {
    "ex": EX,
    "ont": ONT,
    "rdf": RDF,
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": OWL,
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": XSD,
}
# letter: class name, entities of it in every 20, labels en/de/fr
CLASSES = {
    "P": ("Person", 10, "person/Person/personne"),
    "O": ("Organisation", 3, "organisation/Organisation/organisation"),
    "L": ("Place", 2, "place/Ort/lieu"),
    "W": ("Work", 5, "creative work/Werk/œuvre"),
}
# property, domain, range (a class letter or an xsd type), English label
PROPS = [
    line.split(maxsplit=3)
    for line in """\
bornIn P L born in
worksFor P O works for
knows P P knows
headquarteredIn O L headquartered in
foundedBy O P founded by
locatedIn L L located in
author W P author
publishedBy W O published by
cites W W cites
birthDate P date birth date
height P decimal height (m)
foundingDate O date founding date
employees O integer number of employees
population L integer population
latitude L decimal latitude
publicationDate W date publication date
pageCount W integer page count
rating W decimal rating""".splitlines()
]
FIRST = "Anna Ben Clara David Elif Farid Greta Hugo Ines Jonas Kaito Lena Marek Nora Omar Paula "
FIRST += "Quentin Rosa Sven Tomás Uma Viktor Wen Xavier Yara Zoë Émile Jürgen Søren Chloé"
LAST = "Keller Moreau Schmidt Dubois Okafor Novak Rossi Larsen Tanaka García Weber Laurent Ivanova "
LAST += "Müller Haddad Nakamura O'Brien Fischer Lefèvre Kowalski Jensen Costa Bauer Petit Yılmaz"
SYLL = "ba ve lan dor mi ra ken sel to ria na gor bel fen hal ost wik mar"
# en/de/fr words for titles, places and organisations
ADJ = "Silent/Stille/Silencieux Red/Rote/Rouge Last/Letzte/Dernier Hidden/Verborgene/Caché "
ADJ += "Northern/Nördliche/Nordique Golden/Goldene/Doré Broken/Zerbrochene/Brisé"
NOUN = "River/Fluss/Fleuve Garden/Garten/Jardin Winter/Winter/Hiver Harbour/Hafen/Port "
NOUN += "Letters/Briefe/Lettres Machine/Maschine/Machine Orchard/Obstgarten/Verger "
NOUN += "Theory/Theorie/Théorie"
ORG = "Institute/Institut/Institut Press/Verlag/Éditions Works/Werke/Ateliers Bank/Bank/Banque"


def _words(text: str) -> list[list[str]]:
    return [w.split("/") for w in text.split()]


def _schema() -> list[tuple[str, list]]:
    """The ontology: classes and properties with labels (en/de/fr), domains and ranges."""
    out: list[tuple[str, list]] = [(ONT + "Thing", [("a", ("e", OWL + "Class"))])]
    for name, _, labels in CLASSES.values():
        pairs = [
            ("rdfs:label", ("s", t, lang))
            for t, lang in zip(labels.split("/"), ("en", "de", "fr"), strict=True)
        ]
        out.append(
            (
                ONT + name,
                [("a", ("e", OWL + "Class")), *pairs, ("rdfs:subClassOf", ("e", ONT + "Thing"))],
            )
        )
    for prop, dom, rng, label in PROPS:
        kind, target = (
            ("ObjectProperty", ONT + CLASSES[rng][0])
            if rng in CLASSES
            else ("DatatypeProperty", XSD + rng)
        )
        out.append(
            (
                ONT + prop,
                [
                    ("a", ("e", OWL + kind)),
                    ("rdfs:label", ("s", label, "en")),
                    ("rdfs:domain", ("e", ONT + CLASSES[dom][0])),
                    ("rdfs:range", ("e", target)),
                ],
            )
        )
    return out


def _entities(n_planned: int, rng: random.Random, names: int = 1):
    """Yield ``(subject IRI, [(predicate, object), ...])`` per entity, without end.

    Objects are ``("e", iri)``, ``("s", text, lang)`` or ``("t", lexical, xsd type)``. Relation
    targets are drawn as ``int(size * u**3)``, so low indices become hubs (a heavy-tailed degree).
    ``names`` > 1 multiplies every pool of names by that much: each name gets one more word,
    one of ``names`` (so that a graph ``names`` times larger has as many namesakes per name);
    1 draws nothing more (the graphs of earlier runs, byte for byte).
    """
    first, last, syll = FIRST.split(), LAST.split(), SYLL.split()
    pool = [(a + b).title() for a in syll for b in syll if a != b]
    if not 1 <= names <= len(pool):
        raise ValueError(f"names={names}: expected 1 to {len(pool)}")

    def more() -> str:  # the extra word of a name (none with names=1)
        return "" if names == 1 else " " + pool[rng.randrange(names)]

    adjs, nouns, orgs = _words(ADJ), _words(NOUN), _words(ORG)
    pattern = [c for c, (_, share, _) in CLASSES.items() for _ in range(share)]
    size = {c: max(1, n_planned * share // 20) for c, (_, share, _) in CLASSES.items()}
    count = dict.fromkeys(CLASSES, 0)
    r, randint = rng.random, rng.randint

    def pick(c: str) -> tuple[str, str]:
        return ("e", f"{EX}{c}{int(size[c] * r() ** 3)}")

    def many(c: str, k: int, me: str) -> list[tuple[str, str]]:
        return [t for t in dict.fromkeys(pick(c) for _ in range(k)) if t[1] != me]

    def date(lo: int, hi: int) -> tuple[str, str, str]:
        return ("t", f"{randint(lo, hi):04d}-{randint(1, 12):02d}-{randint(1, 28):02d}", "date")

    for i in range(sys.maxsize):
        c = pattern[i % len(pattern)]
        k = count[c]
        count[c] += 1
        me = f"{EX}{c}{k}"
        t: list = [("a", ("e", ONT + CLASSES[c][0]))]
        if c == "P":
            # common surnames recur (real graphs have namesakes); most are rarer compounds
            f = rng.choice(first)
            la = rng.choice(last) if r() < 0.3 else "".join(rng.sample(syll, 3)).title()
            la += more()
            t.append(("rdfs:label", ("s", f"{f} {la}", "en")))
            if r() < 0.5:
                nick = f'{f} "{rng.choice(syll).title()}" {la}' if r() < 0.1 else f"{f[0]}. {la}"
                t.append(("skos:altLabel", ("s", nick, "en")))
            t += [("ont:birthDate", date(1900, 2005)), ("ont:bornIn", pick("L"))]
            if r() < 0.7:
                t.append(("ont:worksFor", pick("O")))
            t += [("ont:knows", o) for o in many("P", int(r() ** 2 * 6), me)]
            if r() < 0.3:
                t.append(("ont:height", ("t", f"{1.5 + r() * 0.5:.2f}", "decimal")))
            if r() < 0.4:
                t.append(
                    ("rdfs:comment", ("s", f"{f} {la} is a person born in the 20th century.", "en"))
                )
        elif c == "O":
            kind, name = rng.choice(orgs), "".join(rng.sample(syll, 3)).title()
            name += more()
            t.append(("rdfs:label", ("s", f"{name} {kind[0]}", "en")))
            if r() < 0.3:
                t.append(("rdfs:label", ("s", f"{name} {kind[1]}", "de")))
            t += [
                ("skos:altLabel", ("s", name[:3].upper(), "en")),
                ("ont:foundingDate", date(1800, 2020)),
                ("ont:employees", ("t", str(int(10 / (r() + 0.001))), "integer")),
                ("ont:headquarteredIn", pick("L")),
            ]
            if r() < 0.5:
                t.append(("ont:foundedBy", pick("P")))
        elif c == "L":
            adj, name = rng.choice(adjs), "".join(rng.sample(syll, 3)).title()
            name += more()
            t.append(("rdfs:label", ("s", f"{adj[0]} {name}", "en")))
            if r() < 0.6:
                t.append(("rdfs:label", ("s", f"{adj[1]} {name}", "de")))
                t.append(("rdfs:label", ("s", f"{name} {adj[2].lower()}", "fr")))
            t.append(("ont:population", ("t", str(int(1000 / (r() + 1e-4))), "integer")))
            t.append(("ont:latitude", ("t", f"{r() * 180 - 90:.4f}", "decimal")))
            if k >= 50:  # the first 50 places are countries; the rest nest under earlier places
                t.append(("ont:locatedIn", ("e", f"{EX}L{int(min(k, size['L']) * r() ** 3)}")))
        else:
            adj, noun = rng.choice(adjs), rng.choice(nouns)
            name = "".join(rng.sample(syll, 3)).title() + more()
            t.append(("rdfs:label", ("s", f"The {adj[0]} {noun[0]} of {name}", "en")))
            if r() < 0.25:
                t.append(("rdfs:label", ("s", f"Die {adj[1]} {noun[1]} von {name}", "de")))
            if r() < 0.15:
                t.append(("rdfs:label", ("s", f"Le {noun[2]} {adj[2].lower()} de {name}", "fr")))
            t += [("ont:author", o) for o in many("P", 1 + int(r() ** 3 * 3), me)]
            t += [
                ("ont:publishedBy", pick("O")),
                ("ont:publicationDate", date(1850, 2024)),
                ("ont:pageCount", ("t", str(randint(40, 900)), "integer")),
                ("ont:rating", ("t", f"{1 + r() * 4:.1f}", "decimal")),
            ]
            t += [("ont:cites", o) for o in many("W", int(r() ** 2 * 8), me)]
        yield me, t


def _curie(iri: str) -> str:
    for prefix in ("ex", "ont", "owl", "xsd"):  # entities first: the hot path
        ns = PREFIXES[prefix]
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return f"<{iri}>"


def _render(subject: str, pairs: list, pred_nt: dict[str, str]) -> tuple[str, str]:
    """One entity as N-Triples lines, and as one Turtle block grouped with ``;`` and ``,``."""
    s_nt, nt, groups = f"<{subject}>", [], {}
    for p, obj in pairs:
        if obj[0] == "e":
            o_nt, o_ttl = f"<{obj[1]}>", _curie(obj[1])
        elif obj[0] == "s":
            o_nt = o_ttl = '"' + obj[1].replace("\\", "\\\\").replace('"', '\\"') + '"@' + obj[2]
        else:  # Turtle's bare numbers are xsd:integer / xsd:decimal, as real files write them
            o_nt = f'"{obj[1]}"^^<{XSD}{obj[2]}>'
            o_ttl = obj[1] if obj[2] in ("integer", "decimal") else f'"{obj[1]}"^^xsd:{obj[2]}'
        nt.append(f"{s_nt} {pred_nt[p]} {o_nt} .\n")
        groups.setdefault(p, []).append(o_ttl)
    body = " ;\n    ".join(f"{p} {', '.join(objs)}" for p, objs in groups.items())
    return "".join(nt), f"{_curie(subject)} {body} .\n\n"


def generate(n: int, out: Path, seed: int = SEED, names: int = 1) -> dict[str, Path]:
    """Write ``graph-<n>.nt`` and ``graph-<n>.ttl`` (the same n triples), or reuse them; with
    ``names`` > 1 (name pools that many times larger, see :func:`_entities`)
    ``graph-<n>-names<k>.*``."""
    out.mkdir(parents=True, exist_ok=True)
    stem = graph_stem(n, names)
    paths = {f: out / f"{stem}{ext}" for f, (_, ext) in FORMATS.items()}
    sidecar = out / f"{stem}.json"
    want: dict = {"triples": n, "seed": seed, "generator": GENERATOR_VERSION}
    if names != 1:
        want["names"] = names
    if sidecar.is_file() and all(p.is_file() for p in paths.values()):
        meta = json.loads(sidecar.read_text())
        sizes = {f: p.stat().st_size for f, p in paths.items()}
        if {k: meta.get(k) for k in want} == want and meta.get("bytes") == sizes:
            print(f"reusing {out}/{stem}.nt/.ttl ({n:,} triples, seed {seed})")
            return paths
    t0 = time.perf_counter()
    used = {p for _, pairs in _schema() for p, _ in pairs} | {f"ont:{p[0]}" for p in PROPS}
    used |= {"rdfs:comment", "skos:altLabel"}
    pred_nt = {
        p: f"<{RDF}type>" if p == "a" else f"<{PREFIXES[p.split(':')[0]]}{p.split(':')[1]}>"
        for p in used
    }
    # ~9 triples per entity
    blocks, entities = _schema(), _entities(max(20, n // 9), random.Random(seed), names)
    left = n
    with (
        open(paths["nt"], "w", encoding="utf-8", buffering=1 << 20) as fnt,
        open(paths["ttl"], "w", encoding="utf-8", buffering=1 << 20) as fttl,
    ):
        fttl.write("".join(f"@prefix {k}: <{v}> .\n" for k, v in PREFIXES.items()) + "\n")
        while left > 0:
            subject, pairs = blocks.pop(0) if blocks else next(entities)
            pairs = pairs[:left]
            left -= len(pairs)
            nt, ttl = _render(subject, pairs, pred_nt)
            fnt.write(nt)
            fttl.write(ttl)
    meta = {**want, "bytes": {f: p.stat().st_size for f, p in paths.items()}}
    meta["seconds"] = round(time.perf_counter() - t0, 2)
    sidecar.write_text(json.dumps(meta, indent=2))
    mb = {f: round(b / 1e6, 1) for f, b in meta["bytes"].items()}
    print(f"generated {n:,} triples in {meta['seconds']} s: nt {mb['nt']} MB, ttl {mb['ttl']} MB")
    return paths


def graph_stem(n: int, names: int = 1) -> str:
    """The file name (without extension) of a generated graph."""
    return f"graph-{n}" if names == 1 else f"graph-{n}-names{names}"


# --------------------------------------------------------------------------- measured cases
def _maxrss() -> int:
    """Peak RSS of this process so far, in bytes (Linux reports KiB, macOS bytes)."""
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r if sys.platform == "darwin" else r * 1024


def _measure(fn):
    """``(result, seconds, peak bytes above the RSS reached before fn)``."""
    gc.collect()
    base, t0 = _maxrss(), time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t0, _maxrss() - base


def _case(name: str, a: dict) -> dict:
    """Run one measurement in this (fresh) process; imports happen before the RSS baseline."""
    import networkx as nx
    import pyarrow.compute  # noqa: F401  (the load imports it on first use, like pyoxigraph)
    import pyoxigraph as ox

    from kgchat import KnowledgeGraph

    if name == "plain":
        import rdflib
        import rdflib.plugins.parsers.notation3
        import rdflib.plugins.parsers.ntriples  # the parsers: imported before timing

        def plain():
            g = rdflib.Graph()
            g.parse(a["file"], format=a["rdflib_format"])
            parsed = time.perf_counter()
            G = nx.MultiDiGraph()
            G.add_edges_from((s, o, p, {}) for s, p, o in g)  # 4-tuples: key = predicate
            return len(g), parsed

        (n, parsed), sec, peak = _measure(plain)
        build = time.perf_counter() - parsed
        return {
            "seconds": sec,
            "parse_s": sec - build,
            "build_s": build,
            "peak": peak,
            "triples": n,
        }
    if name == "kgchat":
        kg, sec, peak = _measure(lambda: KnowledgeGraph.load(a["file"], progress=False))
        _, save, _ = _measure(lambda: kg.save(a["save_dir"]))
        st = kg.stats()
        return {
            "seconds": sec,
            "peak": peak,
            "save_s": save,
            "triples": st["triples"],
            "facts": st["facts"],
        }
    if name == "load_digest":  # --compare: time and CPU of the load, and what it made
        import hashlib

        gc.collect()
        base, kids = _maxrss(), resource.getrusage(resource.RUSAGE_CHILDREN)
        t0, c0 = time.perf_counter(), time.process_time()
        kg = KnowledgeGraph.load(a["file"], progress=False)
        sec, cpu = time.perf_counter() - t0, time.process_time() - c0
        peak = _maxrss() - base  # this process's; a child's memory is its own (Turtle's split)
        done = resource.getrusage(resource.RUSAGE_CHILDREN)
        child = done.ru_utime + done.ru_stime - kids.ru_utime - kids.ru_stime
        h = hashlib.blake2b(digest_size=8)
        h.update(f"{kg.fingerprint}|{kg.stats()}\n".encode())  # term ids, counts, dropped
        for fact in kg.facts():
            h.update(f"{fact.subject_label}|{fact.predicate_label}|{fact.object_label}\n".encode())
        for e in kg.entities():
            h.update(f"{e}|{kg.label(e)}|{kg.aliases(e)}|{kg.description(e)}\n".encode())
        return {
            "seconds": sec,
            "cpu": cpu,
            "child_cpu": child,
            "peak": peak,
            "facts": len(kg),
            "digest": h.hexdigest(),
        }
    if name == "open":
        kg, sec, peak = _measure(lambda: KnowledgeGraph.open(a["save_dir"]))
        out = {"seconds": sec, "peak": peak, "triples": kg.stats()["triples"]}
        if a.get("networkx"):
            _, out["nx_s"], out["nx_peak"] = _measure(kg.to_networkx)
        return out
    fmt = ox.RdfFormat.N_TRIPLES if a["rdflib_format"] == "nt" else ox.RdfFormat.TURTLE
    if name == "oxigraph":

        def parse():
            c0 = time.process_time()
            return sum(1 for _ in ox.parse(path=a["file"], format=fmt)), time.process_time() - c0

        (n, cpu), sec, peak = _measure(parse)
        return {"seconds": sec, "cpu": cpu, "peak": peak, "triples": n}
    # networkx vs rustworkx: the same integer edge list, interned here (untimed) rather than taken
    # from kgchat's private arrays, so the row measures the two libraries and nothing else.
    ids: dict[str, int] = {}
    cols: tuple[list[int], list[int], list[int]] = ([], [], [])
    for q in ox.parse(path=a["file"], format=fmt):
        for term, col in zip((q.subject, q.predicate, q.object), cols, strict=True):
            col.append(ids.setdefault(str(term), len(ids)))
    s, p, o = cols
    if name == "build_networkx":

        def build():
            G = nx.MultiDiGraph()
            G.add_nodes_from(range(len(ids)))
            G.add_edges_from(zip(s, o, p, ({} for _ in s), strict=False))
            return G.number_of_edges()
    else:
        import rustworkx as rx

        def build():
            G = rx.PyDiGraph(multigraph=True)
            G.add_nodes_from(range(len(ids)))
            G.add_edges_from(list(zip(s, o, p, strict=True)))
            return G.num_edges()

    n, sec, peak = _measure(build)
    return {"seconds": sec, "peak": peak, "triples": n}


def _run_once(name: str, args: dict, src: str | None = None) -> dict:
    """One case in a fresh interpreter; ``src``: the source tree to import kgchat from."""
    cmd = [sys.executable, __file__, "--case", name, "--case-args", json.dumps(args)]
    env = {**os.environ, "PYTHONPATH": str(Path(src).resolve())} if src else None
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"case {name} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _median(runs: list[dict]) -> dict:
    out = {}
    for k, v in runs[0].items():
        if isinstance(v, str):
            out[k] = v
        else:
            m = statistics.median(r[k] for r in runs)
            out[k] = round(m) if isinstance(v, int) else m
    return out


def _run_case(name: str, args: dict, repeat: int) -> dict:
    """Run a case ``repeat`` times, each in a fresh interpreter; the median of every number."""
    return _median([_run_once(name, args) for _ in range(repeat)])


def _load_after(run: dict) -> dict:
    """``run`` with the 1-minute load average at its end (a string: not a median's number)."""
    try:
        return {**run, "load": f"{os.getloadavg()[0]:.2f}"}
    except OSError:
        return run


def compare(file: Path, trees: dict[str, str], repeat: int) -> dict:
    """``KnowledgeGraph.load`` of several source trees beside pyoxigraph's raw parse, interleaved
    round by round (so a busy machine slows all alike); medians of wall and CPU seconds, and a
    digest of the facts, labels and aliases each made (equal digests: the same graph)."""
    a = {"file": str(file), "rdflib_format": "nt" if file.suffix == ".nt" else "turtle"}
    runs: dict[str, list[dict]] = {"raw parse": [], **{k: [] for k in trees}}
    for _ in range(repeat):
        runs["raw parse"].append(_load_after(_run_once("oxigraph", a)))
        for name, src in trees.items():
            runs[name].append(_load_after(_run_once("load_digest", a, src)))
    med = {k: _median(v) for k, v in runs.items()}
    raw = med["raw parse"]
    print(
        f"{'what':<12} {'wall s':>8} {'x raw':>6} {'CPU s':>8} {'x raw':>6} {'+child':>6}"
        f" {'peak MB':>7}  facts, digest"
    )
    for name, m in med.items():
        made = f"{m.get('facts', '')} {m.get('digest', '')}"
        child = (m["cpu"] + m.get("child_cpu", 0.0)) / raw["cpu"]  # a child process's CPU too
        print(
            f"{name:<12} {m['seconds']:8.3f} {m['seconds'] / raw['seconds']:6.2f} "
            f"{m['cpu']:8.3f} {m['cpu'] / raw['cpu']:6.2f} {child:6.2f} {m['peak'] / 1e6:7.0f}"
            f"  {made}"
        )
    if load := [float(r["load"]) for v in runs.values() for r in v if "load" in r]:
        print(f"load average (1 min) after the runs: {min(load):.1f}-{max(load):.1f}")
    return med


# --------------------------------------------------------------------------- report
def _row(
    fmt: str,
    what: str,
    r: dict | None,
    n: int,
    note: str = "",
    sec: str = "seconds",
    peak: str | None = "peak",
) -> tuple:
    """``(format, what, seconds, triples/s, peak MB, bytes/triple, note)``; None: not measured."""
    if r is None:
        return (fmt, what, None, None, None, None, note)
    s, b = r[sec], r.get(peak) if peak else None
    return (fmt, what, s, n / s, None if b is None else b / 1e6, None if b is None else b / n, note)


def _table(rows: list[tuple]) -> str:
    line = "{:<6} {:<38} {:>8} {:>11} {:>8} {:>9}  {}"
    out = [
        line.format(
            "format", "what", "seconds", "triples/s", "peak MB", "B/triple", "target / note"
        )
    ]
    for f, what, *nums, note in rows:
        cells = ["-" if x is None else f"{x:,.{2 if i == 0 else 0}f}" for i, x in enumerate(nums)]
        out.append(line.format(f, what, *cells, note))
    return "\n".join(out)


def _rounded(x):
    if isinstance(x, dict):
        return {k: _rounded(v) for k, v in x.items()}
    return round(x, 4) if isinstance(x, float) else x


def _version(dist: str) -> str | None:
    try:
        return md.version(dist)
    except md.PackageNotFoundError:
        return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="graph size (default 1M)")
    ap.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).parent / "out",
        help="generated files and saved graphs (default bench/out)",
    )
    ap.add_argument("--repeat", type=int, default=1, help="runs per case; medians are reported")
    ap.add_argument("--skip-baseline", action="store_true", help="skip the slow rdflib path")
    ap.add_argument("--formats", default="nt,ttl", help="comma-separated subset of nt,ttl")
    ap.add_argument(
        "--compare",
        nargs="+",
        metavar="NAME=TREE",
        help="side by side: the load of each source tree (a checkout's root) and the raw parse",
    )
    ap.add_argument("--case", help=argparse.SUPPRESS)
    ap.add_argument("--case-args", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.case:
        print(json.dumps(_case(args.case, json.loads(args.case_args))))
        return 0
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    if not formats or set(formats) - set(FORMATS) or args.triples < 1 or args.repeat < 1:
        ap.error(
            f"--formats takes a subset of nt,ttl (got {args.formats!r}); "
            "--triples and --repeat must be >= 1"
        )

    n = args.triples
    if args.compare:
        trees = dict(t.split("=", 1) for t in args.compare)
        for f in formats:
            print(f"[{f}] {n:,} triples, medians of {args.repeat}")
            med = compare(generate(n, args.out)[f], trees, args.repeat)
            print(json.dumps(_rounded(med)))
        return 0
    dists = ("kgchat", "rdflib", "pyoxigraph", "networkx", "rustworkx")
    versions = {"python": platform.python_version(), **{d: _version(d) for d in dists}}
    print(f"machine: {os.cpu_count()} CPUs, {platform.machine()}; {versions}")
    files = generate(n, args.out)
    results: dict = {
        "triples": n,
        "seed": SEED,
        "repeat": args.repeat,
        "cpus": os.cpu_count(),
        "versions": versions,
        "formats": {},
    }
    rows: list[tuple] = []
    for f in formats:
        a = {
            "file": str(files[f]),
            "rdflib_format": FORMATS[f][0],
            "save_dir": str(args.out / f"kg-{n}-{f}"),
        }
        shutil.rmtree(a["save_dir"], ignore_errors=True)
        print(f"[{f}] kgchat load + save, open, pyoxigraph parse ...", flush=True)
        r = {
            "kgchat_load": _run_case("kgchat", a, args.repeat),
            "kgchat_open": _run_case("open", {**a, "networkx": f == formats[0]}, args.repeat),
            "oxigraph_parse": _run_case("oxigraph", a, args.repeat),
        }
        if not args.skip_baseline:
            print(f"[{f}] plain rdflib + networkx (slow) ...", flush=True)
            r["plain"] = _run_case("plain", a, args.repeat)
        results["formats"][f] = r
        plain, load, opened = r.get("plain"), r["kgchat_load"], r["kgchat_open"]

        if plain:
            r["speedup"] = speedup = plain["seconds"] / load["seconds"]
            verdict = "OK" if speedup >= TARGET_SPEEDUP else "MISSED"
            note = (
                f"{speedup:.1f}x faster than plain "
                f"(target >= {TARGET_SPEEDUP:g}x, stretch {STRETCH_SPEEDUP:g}x): {verdict}"
            )
            rows += [
                _row(f, "plain: rdflib parse", plain, n, sec="parse_s", peak=None),
                _row(f, "plain: networkx build from rdflib", plain, n, sec="build_s", peak=None),
                _row(f, "plain: total (parse + build)", plain, n),
            ]
        else:
            note = "speedup n/a (--skip-baseline)"
        reload_ok = opened["seconds"] <= TARGET_RELOAD_S * n / 1_000_000
        rows += [
            _row(f, "kgchat: KnowledgeGraph.load", load, n, note),
            _row(f, "kgchat: kg.save", load, n, sec="save_s", peak=None),
            _row(
                f,
                "kgchat: KnowledgeGraph.open (reload)",
                opened,
                n,
                f"target <= {TARGET_RELOAD_S:g} s per 1M: {'OK' if reload_ok else 'MISSED'}",
            ),
        ]
        if "nx_s" in opened:
            rows.append(
                _row(
                    f, "kgchat: kg.to_networkx() (on demand)", opened, n, sec="nx_s", peak="nx_peak"
                )
            )
        rows.append(_row(f, "info: pyoxigraph raw parse", r["oxigraph_parse"], n))
        for what, got in (
            ("loaded", load["triples"]),
            ("reloaded", opened["triples"]),
            ("rdflib", (plain or {}).get("triples")),
        ):
            if got is not None and got != n:
                print(f"warning [{f}]: {what} {got:,} triples, generated {n:,}")

    f0 = formats[0]
    a = {"file": str(files[f0]), "rdflib_format": FORMATS[f0][0]}
    print("[graph build] networkx vs rustworkx, same integer edge list ...", flush=True)
    build = results["graph_build"] = {"networkx": _run_case("build_networkx", a, args.repeat)}
    rows.append(_row(f0, "info: networkx build (int ids)", build["networkx"], n))
    if versions["rustworkx"] is None:
        print("rustworkx is not installed: skipping its row (pip install rustworkx to compare)")
        rows.append(_row(f0, "info: rustworkx build (int ids)", None, n, "skipped: not installed"))
    else:
        rx = build["rustworkx"] = _run_case("build_rustworkx", a, args.repeat)
        ratio = build["networkx"]["seconds"] / rx["seconds"]
        rows.append(
            _row(f0, "info: rustworkx build (int ids)", rx, n, f"{ratio:.1f}x faster than networkx")
        )

    print(f"\n{_table(rows)}\n")
    print(
        f"{n:,} triples per file; medians of {args.repeat} run(s), each in a fresh process; "
        "peak = max RSS minus RSS after imports"
    )
    print(json.dumps(_rounded(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
