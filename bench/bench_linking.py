"""How well and how fast the entity linker finds what real questions name.

On the three third-party graphs of ``../shared/bench/realworld`` (music, iswc2010, geopolitical),
for the *development* half of their questions only, this prints every question's linked mentions
(span, entity label, score, method, class or not) so they can be read, and per graph:

- ``found``: share of answerable dev questions where some linked entity is one the gold SPARQL
  of ``gold.py`` names by IRI (a proxy for the gold topic entity: the benchmark has no topic
  field); a question whose SPARQL names no entity is left out of this figure.
- ``typo_alias_found``: the same share over the ``typo`` and ``alias`` kinds alone.
- ``p50_ms`` / ``p95_ms``: link time per question (median over ``--repeat`` passes).

The split is shared with the retrieval work: for each graph and each kind, the questions are
sorted by the SHA-1 hex digest of the question text; the first ceil(n/2) are dev, the rest test.
``--split test`` exists for the one final report; choose nothing on it.

    .venv/bin/python bench/bench_linking.py                      # dev, all three graphs
    .venv/bin/python bench/bench_linking.py --graph music --quiet --repeat 5
    .venv/bin/python bench/bench_linking.py --scale 120000      # synthetic names: build and speed

``--scale N`` instead links questions on a seeded synthetic graph of N entities whose names are
made of random syllables (people with middle names, multi-word titles): the linker's build
time, and link p50/p95 for questions that name an entity exactly, misspelt (one random edit in
a word of 6+ letters) and without its middle name, with the share linked to the right entity.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import math
import random
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from kgchat.graph import KnowledgeGraph
from kgchat.linking import EntityLinker

ROOT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "realworld"
GRAPHS = {
    "music": "music.ttl.gz",
    "iswc2010": "iswc-2010-complete.rdf",
    "geopolitical": "geopolitical.owl",
}
_PREFIX = re.compile(r"PREFIX\s+(\w*):\s*<([^>]+)>")
_IRI = re.compile(r"<(https?://[^>\s]+)>")
_PNAME = re.compile(r"(?<![\w<?/])(\w*):([A-Za-z][\w\-%]*(?:\([\w\-%]*\))?)")


def split(questions: list[dict], part: str) -> list[dict]:
    """The dev (or test) half: per kind, sorted by sha1(question); the first ceil(n/2) are dev."""
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for q in questions:
        by_kind[q.get("kind", "")].append(q)
    out = []
    for kind in sorted(by_kind):
        qs = sorted(by_kind[kind], key=lambda q: hashlib.sha1(q["question"].encode()).hexdigest())
        cut = math.ceil(len(qs) / 2)
        out.extend(qs[:cut] if part == "dev" else qs[cut:])
    return out


def gold_nodes(folder: Path, kg: KnowledgeGraph) -> dict[str, set[str]]:
    """The entities each question's gold SPARQL (``gold.py``'s ``QUESTIONS``) names by IRI."""
    spec = importlib.util.spec_from_file_location(f"gold_{folder.name}", folder / "gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    prefixes = dict(_PREFIX.findall(module.PREFIXES))
    relations = set(kg.relations())
    out = {}
    for question, _kind, query in module.QUESTIONS:
        iris = set(_IRI.findall(query))
        iris |= {prefixes[p] + local for p, local in _PNAME.findall(query) if p in prefixes}
        out[question] = {i for i in iris if i in kg and i not in relations}
    return out


def _word(rng: random.Random) -> str:
    syllables = ["ka", "lo", "mer", "an", "ti", "ros", "vel", "un", "dra", "bis", "zen", "or"]
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()


def scale(n: int, repeat: int) -> dict:
    """Build and link time on a synthetic graph of ``n`` named entities (see the docstring)."""
    rng = random.Random(0)
    names = {}
    while len(names) < n:
        words = [_word(rng) for _ in range(rng.choice((2, 2, 3, 4)))]
        names["_".join(words)] = words
    ids = list(names)
    triples = [(ids[i], "related_to", ids[rng.randrange(n)]) for i in range(n)]
    kg = KnowledgeGraph.from_triples(triples)
    t0 = time.perf_counter()
    linker = EntityLinker(kg)
    build = time.perf_counter() - t0
    cases: dict[str, list[tuple[str, str]]] = {"exact": [], "typo": [], "partial": []}
    for node in rng.sample(ids, 200):
        words = names[node]
        cases["exact"].append((f"Who is related to {' '.join(words)}?", node))
        long = [i for i, w in enumerate(words) if len(w) >= 6]
        if long:
            i = rng.choice(long)
            w = list(words[i])
            j = rng.randrange(1, len(w) - 1)
            w[j], w[j + 1] = w[j + 1], w[j]
            typo = [*words[:i], "".join(w), *words[i + 1 :]]
            cases["typo"].append((f"Who is related to {' '.join(typo)}?", node))
        if len(words) >= 3:
            cases["partial"].append((f"Who is related to {words[0]} {words[-1]}?", node))
    out: dict = {"entities": n, "build_s": round(build, 2)}
    for kind, qs in cases.items():
        times = []
        for _ in range(repeat):
            for q, _node in qs:
                s = time.perf_counter()
                linker.link(q)
                times.append(time.perf_counter() - s)
        times.sort()
        right = sum(any(m.node == node for m in linker.link(q)[:1]) for q, node in qs)
        out[kind] = {
            "questions": len(qs),
            "top1_right": round(right / max(len(qs), 1), 3),
            "p50_ms": round(1000 * times[len(times) // 2], 2),
            "p95_ms": round(1000 * times[int(0.95 * len(times))], 2),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graph", choices=sorted(GRAPHS), action="append")
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--quiet", action="store_true", help="figures only, no mentions")
    ap.add_argument("--scale", type=int, help="a synthetic graph of this many entities instead")
    args = ap.parse_args(argv)
    if args.scale:
        print(json.dumps(scale(args.scale, args.repeat)))
        return 0
    report = {}
    for name in args.graph or sorted(GRAPHS):
        folder = ROOT / name
        t0 = time.perf_counter()
        kg = KnowledgeGraph.load(folder / GRAPHS[name])
        t1 = time.perf_counter()
        linker = EntityLinker(kg)
        t2 = time.perf_counter()
        lines = [json.loads(x) for x in (folder / "questions.jsonl").read_text().splitlines() if x]
        questions = split(lines, args.split)
        golds = gold_nodes(folder, kg)
        found, typo, times = [], [], defaultdict(list)
        for _ in range(args.repeat):
            for q in questions:
                s = time.perf_counter()
                linker.link(q["question"])
                times[q["question"]].append(time.perf_counter() - s)
        for q in questions:
            mentions = linker.link(q["question"])
            gold = golds.get(q["question"], set())
            hit = bool(gold & {m.node for m in mentions}) if gold else None
            if q["answers"] and hit is not None:
                found.append(hit)
                if q.get("kind") in ("typo", "alias"):
                    typo.append(hit)
            if not args.quiet:
                shown = ", ".join(
                    f"[{m.text}]->{kg.label(m.node)!r} {m.score:.2f}"
                    + (" cls" if getattr(m, "is_class", False) else "")
                    + ("" if m.method == "dictionary" else f" {m.method}")
                    for m in mentions
                )
                mark = {True: "ok ", False: "MISS", None: "  ? "}[hit]
                print(f"{name:12} {q.get('kind', ''):12} {mark} {q['question']}\n    {shown}")
        per_q = sorted(statistics.median(v) for v in times.values())
        report[name] = {
            "questions": len(questions),
            "found": round(sum(found) / max(len(found), 1), 3),
            "found_of": len(found),
            "typo_alias_found": round(sum(typo) / max(len(typo), 1), 3),
            "typo_alias_of": len(typo),
            "p50_ms": round(1000 * per_q[len(per_q) // 2], 2),
            "p95_ms": round(1000 * per_q[min(len(per_q) - 1, int(0.95 * len(per_q)))], 2),
            "load_s": round(t1 - t0, 2),
            "linker_build_s": round(t2 - t1, 2),
            "entities": sum(1 for _ in kg.entities()),
        }
        print(name, json.dumps(report[name]), file=sys.stderr)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
