"""How well and how fast kgchat retrieves: the encoders side by side, and a 1M-triple graph.

Two parts, each case in a fresh interpreter (so one model's memory and threads never touch the
next case):

- ``encoders``: WC2014 (``kb.tsv`` + ``questions.jsonl``, from ``../shared/bench/wc2014``), a
  seeded sample of its questions answered by ``make_retriever(kg, encoder=...)`` for each encoder
  (``sentence-transformers``, ``llm``, ``hashing``) and by ``Retriever(kg)`` with no encoder
  (lexical only). An encoder matters in two places: soft word matching in the path scorer, and
  the entity linker's fallback. Reported: the fresh build of ``make_retriever(...,
  index_dir=None)`` (model load included), the index build alone with the model loaded, and
  ``evaluate_retrieval``'s hits@1, F1, answer recall and latency, after 20 warm-up questions
  drawn from outside the sample.
- ``scale``: the synthetic graph of ``bench_graph_load.py`` (its files in ``--out`` are reused),
  loaded with ``KnowledgeGraph.load``; the entity index built with ``hashing`` and with
  ``sentence-transformers`` (seconds, peak RSS growth, FAISS kind), then ``retrieve()`` timed on
  questions phrased from the graph itself: 1-hop ("What is the born in of Anna Keller?") and
  2-hop ("What is the population of the born in of Anna Keller?") from real paths of random
  labelled entities. The sentence-transformers build is first projected from a 2,000-entity
  sample and skipped, with the projection printed, when it would exceed ``--max-build-min``.
  When p50 misses the target, ``retrieve()`` is profiled (cProfile) and the top functions printed.
  Besides wall p50 / p95, the CPU a question (``time.process_time``) p50 / p95 is printed: on
  cores other jobs share, wall is waiting as much as working.

    .venv/bin/python bench/bench_retrieval.py                        # both parts (~15-20 min)
    .venv/bin/python bench/bench_retrieval.py --part encoders --repeat 3
    .venv/bin/python bench/bench_retrieval.py --part scale --triples 100000

Latency figures are medians over ``--repeat`` runs; quality figures are deterministic. The last
line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import platform
import pstats
import random
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

# The sibling benchmark's graph generator and helpers (this script's folder is on sys.path).
from _common import WC2014, commit
from bench_graph_load import EX, RDF, SEED, _rounded, _version, generate

ENCODERS = ("none", "hashing", "sentence-transformers", "llm")  # "none": Retriever(kg), lexical
MODELS = {
    "hashing": "no model: 3-grams, 512-d",
    "sentence-transformers": "all-MiniLM-L6-v2",
    "llm": "SmolLM2-135M, layer -1, mean",
}
TARGET_P50_MS = 50.0
STAGES = ("linking", "paths", "facts")
RDF_TYPE = RDF + "type"


# --------------------------------------------------------------------------- measuring
def _status_kib(field: str) -> int | None:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _measure_peak(fn):
    """``(result, seconds, peak RSS growth in bytes)`` of ``fn``.

    The graph was loaded before, and loading peaks above the RSS it leaves: a high-water mark
    taken then (``ru_maxrss``, as bench_graph_load does) would hide a build that peaks lower. So
    the mark is reset (Linux ``clear_refs``) and the growth is measured from the RSS at the start.
    """
    gc.collect()
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        base = _status_kib("VmRSS")
    except OSError:
        base = None
    t0 = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - t0
    peak = _status_kib("VmHWM")
    grown = None if base is None or peak is None else (peak - base) * 1024
    return result, seconds, grown


class _Timed:
    """A retriever that keeps what each retrieval found: its stage timings and mentions."""

    def __init__(self, retriever) -> None:
        self.retriever = retriever
        self.results: list = []
        self.cpu: list[float] = []  # CPU seconds a question (time.process_time)

    def retrieve(self, question: str):
        began = time.process_time()
        res = self.retriever.retrieve(question)
        self.cpu.append(time.process_time() - began)
        self.results.append(res)
        return res

    def summary(self, items) -> dict[str, float]:
        """Median milliseconds of each stage and mentions per question; answer recall over the
        questions whose gold entities were all linked."""
        from kgchat.text import answer_key

        out = {
            f"{s}_ms": 1000 * statistics.median(r.timings.get(s, 0.0) for r in self.results)
            for s in STAGES
        }
        out["mentions"] = statistics.median(len(r.mentions) for r in self.results)
        # CPU a question: on cores other jobs share, wall is waiting as much as working
        import numpy as np

        cpu = 1000 * np.array(self.cpu)
        out["cpu_p50_ms"], out["cpu_p95_ms"] = (float(np.percentile(cpu, p)) for p in (50, 95))
        linked = [
            (item, res)
            for item, res in zip(items, self.results, strict=True)
            if item.entities and set(item.entities) <= {m.node for m in res.mentions}
        ]
        if linked:
            hits = 0
            for item, res in linked:
                seen = {answer_key(sf.fact.subject_label) for sf in res.facts}
                seen |= {answer_key(sf.fact.object_label) for sf in res.facts}
                hits += bool(seen & {answer_key(a) for a in item.answers})
            out["answer_recall_linked"], out["n_linked"] = hits / len(linked), len(linked)
        return out


def _evaluate(retriever, items, warmup) -> dict:
    """Warm up (models, caches), then ``evaluate_retrieval``: metrics, breakdown, stage times."""
    from kgchat.evaluation import evaluate_retrieval

    for item in warmup:
        retriever.retrieve(item.question)
    timed = _Timed(retriever)
    report = evaluate_retrieval(timed, items, progress=False)
    out = {k: v for k, v in report.metrics.items() if v is not None}
    out.update(timed.summary(items))
    for key, groups in report.breakdown.items():
        for group, m in groups.items():
            out[f"answer_recall[{key}={group}]"] = m["answer_recall"]
            out[f"n[{key}={group}]"] = m["n"]
            if m["linking_accuracy"] is not None:
                out[f"linking_accuracy[{key}={group}]"] = m["linking_accuracy"]
    return out


def _profile(retriever, questions: list[str], top: int = 14) -> list[dict]:
    """The top functions of ``retrieve()`` over ``questions``: by cumulative and by own time."""
    prof = cProfile.Profile()
    prof.enable()
    for q in questions:
        retriever.retrieve(q)
    prof.disable()
    stats = pstats.Stats(prof).stats  # {(file, line, name): (cc, ncalls, tottime, cumtime, ...)}
    rows = [
        {
            "function": f"{Path(f).name}:{line}({name})" if line else name,
            "ncalls": nc,
            "tottime_s": round(tt, 4),
            "cumtime_s": round(ct, 4),
        }
        for (f, line, name), (_, nc, tt, ct, _) in stats.items()
    ]
    by_cum = sorted(rows, key=lambda r: -r["cumtime_s"])[:top]
    by_own = sorted(rows, key=lambda r: -r["tottime_s"])[: top // 2]
    chosen = {r["function"]: r for r in by_cum + by_own}
    return sorted(chosen.values(), key=lambda r: -r["cumtime_s"])


# --------------------------------------------------------------------------- part 1: encoders
def _case_encoders(a: dict) -> dict:
    from kgchat import KnowledgeGraph
    from kgchat.evaluation import read_questions, sample
    from kgchat.index import EntityIndex
    from kgchat.pipeline import make_retriever
    from kgchat.retrieval import Retriever, RetrieverConfig

    kg = KnowledgeGraph.load(a["kb"], progress=False)
    items, _ = read_questions(a["questions"])
    chosen = sample(items, a["limit"], a["seed"])
    taken = {item.line for item in chosen}
    rest = [item for item in items if item.line not in taken]
    warmup = random.Random(a["seed"] + 1).sample(rest, min(a["warmup"], len(rest)))
    config = RetrieverConfig()
    name = a["encoder"]
    out: dict = {"entities": kg.stats()["entities"]}
    if name == "none":
        t0 = time.perf_counter()
        retriever = Retriever(kg, config=config)
        out["build_s"] = time.perf_counter() - t0
    else:
        t0 = time.perf_counter()
        retriever = make_retriever(kg, encoder=name, index_dir=None, config=config, progress=False)
        out["build_s"] = time.perf_counter() - t0
        index = retriever.index
        # The same build again with the model in memory: what the index itself costs.
        t0 = time.perf_counter()
        EntityIndex.build(kg, index.encoder, index.config, progress=False)
        out["index_s"] = time.perf_counter() - t0
        out["kind"] = index.kind
    out.update(_evaluate(retriever, chosen, warmup))
    return out


def run_encoders(args, results: dict) -> None:
    data = args.wc2014
    kb, qs = data / "kb.tsv", data / "questions.jsonl"
    if not (kb.is_file() and qs.is_file()):
        print(f"[encoders] skipped: {kb} or {qs} is absent (the shared WC2014 copy)")
        results["encoders"] = {"skipped": f"no {data}"}
        return
    base = {
        "kb": str(kb),
        "questions": str(qs),
        "limit": args.limit,
        "seed": args.seed,
        "warmup": args.warmup,
    }
    part = results["encoders"] = {"limit": args.limit, "seed": args.seed, "cases": {}}
    for name in args.encoders:
        print(f"[encoders] {name} ...", flush=True)
        part["cases"][name] = _run_case("encoders", {**base, "encoder": name}, args.repeat)
    print(f"\n{_encoders_table(part['cases'])}\n")
    n = next(iter(part["cases"].values()))["n"]
    print(
        f"WC2014, {n} questions (seed {args.seed}) after {args.warmup} warm-up questions; "
        f"medians of {args.repeat} run(s), each in a fresh process. build = make_retriever("
        "index_dir=None), model load included; index = the same build with the model loaded."
    )


def _encoders_table(cases: dict) -> str:
    line = "{:<23} {:<30} {:>8} {:>8} {:>7} {:>7} {:>7} {:>7} {:>7} {:>8} {:>8}"
    head = ("encoder", "model", "build s", "index s", "hits@1", "F1", "recall", "p50 ms")
    out = [line.format(*head, "p95 ms", "link ms", "paths ms")]
    for name, r in cases.items():
        out.append(
            line.format(
                "none (lexical only)" if name == "none" else name,
                MODELS.get(name, "-"),
                f"{r['build_s']:.2f}",
                f"{r['index_s']:.2f}" if "index_s" in r else "-",
                f"{r['hits_at_1']:.4f}",
                f"{r['f1']:.4f}",
                f"{r['answer_recall']:.4f}",
                f"{r['p50_ms']:.1f}",
                f"{r['p95_ms']:.1f}",
                f"{r['linking_ms']:.1f}",
                f"{r['paths_ms']:.1f}",
            )
        )
    return "\n".join(out)


# --------------------------------------------------------------------------- part 2: scale
def graph_questions(kg, n: int, seed: int) -> list:
    """``n`` questions phrased from the graph's own paths, alternately 1-hop and 2-hop.

    Each starts at a random entity of the generated graph that has a label; ``answers`` is every
    label the phrased path reaches (the same relations from the same start), ``entities`` the
    start, and the groups say the hops and how many entities bear the start's label (``label=1``,
    ``2-9`` or ``10+``: the generator draws names from short lists, so most names are shared).
    """
    from kgchat.evaluation import QAItem

    labels = {e: kg.label(e) for e in kg.entities() if e.startswith(EX)}
    nodes = sorted(e for e, label in labels.items() if label != e[len(EX) :])
    shared = Counter(labels[e] for e in nodes)
    rng = random.Random(seed)

    def out_edges(node: str) -> list:
        return [e for e in kg.neighbors(node, direction="out") if e.predicate != RDF_TYPE]

    items: list = []
    for _ in range(100 * n):
        if len(items) == n:
            break
        start = rng.choice(nodes)
        first = out_edges(start)
        if not first:
            continue
        e1 = rng.choice(first)
        mids = [e.neighbor for e in first if e.predicate == e1.predicate]
        p1 = kg.relation_label(e1.predicate)
        hops = 1 + len(items) % 2
        if hops == 1:
            question = f"What is the {p1} of {labels[start]}?"
            gold = {kg.label(m) for m in mids}
        else:
            second = [] if kg.is_literal(e1.neighbor) else out_edges(e1.neighbor)
            if not second:
                continue
            p2 = rng.choice(second).predicate
            question = f"What is the {kg.relation_label(p2)} of the {p1} of {labels[start]}?"
            gold = {kg.label(e.neighbor) for m in mids for e in out_edges(m) if e.predicate == p2}
        namesakes = shared[labels[start]]
        bucket = "1" if namesakes == 1 else "2-9" if namesakes < 10 else "10+"
        groups = (("hops", str(hops)), ("label", bucket))
        items.append(QAItem(len(items) + 1, question, tuple(sorted(gold)), (start,), groups))
    return items


def _case_scale(a: dict) -> dict:
    from kgchat import KnowledgeGraph
    from kgchat.index import get_encoder
    from kgchat.index.texts import entity_text
    from kgchat.pipeline import make_retriever
    from kgchat.retrieval import RetrieverConfig

    kg, load_s, load_peak = _measure_peak(lambda: KnowledgeGraph.load(a["file"], progress=False))
    st = kg.stats()
    out: dict = {"load_s": load_s, "entities": st["entities"], "facts": st["facts"]}
    if load_peak is not None:
        out["load_peak"] = load_peak
    questions = graph_questions(kg, a["questions"] + a["warmup"], a["seed"])
    items, warmup = questions[: a["questions"]], questions[a["questions"] :]
    name = a["encoder"]
    cached = a.get("index_cache") and Path(a["index_cache"]) / f"index-{kg.fingerprint[:12]}-{name}"
    if cached and (cached / "manifest.json").is_file():
        a = {**a, "sample": 0}  # a saved index: reopened, not rebuilt (build_s = the reopening)
    if name != "hashing" and a["sample"]:
        # A model encoder at this size can take long on a few cores: project it first.
        enc = get_encoder(name)
        nodes = random.Random(a["seed"]).sample(list(kg.entities()), a["sample"] + 64)
        texts = [entity_text(kg, node) for node in nodes]
        enc.encode(texts[-64:])  # loads the model, and a first batch is slow
        texts = texts[:-64]
        t0 = time.perf_counter()
        enc.encode(texts)
        rate = len(texts) / (time.perf_counter() - t0)
        out.update(sample_texts_per_s=rate, projected_s=st["entities"] / rate)
        del enc
        if out["projected_s"] > a["max_build_s"]:
            out["skipped"] = 1
            return out
    retriever, build_s, peak = _measure_peak(
        lambda: make_retriever(
            kg,
            encoder=name,
            index_dir=cached or None,
            config=RetrieverConfig(),
            progress=False,
        )
    )
    out.update(build_s=build_s, kind=retriever.index.kind)
    if peak is not None:
        out["build_peak"] = peak
    out.update(_evaluate(retriever, items, warmup))
    if a["profile"] and out["p50_ms"] > a["target_ms"]:
        out["profile"] = _profile(retriever, [item.question for item in items])
    return out


def run_scale(args, results: dict) -> None:
    n = args.triples
    files = generate(n, args.out)
    base = {
        "file": str(files["nt"]),
        "questions": args.questions,
        "warmup": args.warmup,
        "seed": args.seed,
        "sample": args.sample,
        "max_build_s": 60 * args.max_build_min,
        "profile": not args.no_profile,
        "index_cache": str(args.index_cache) if args.index_cache else None,
        "target_ms": TARGET_P50_MS,
    }
    part = results["scale"] = {"triples": n, "graph_seed": SEED, "seed": args.seed, "cases": {}}
    for name in args.scale_encoders:
        print(f"[scale] {name}: load the graph, build the index, retrieve ...", flush=True)
        part["cases"][name] = _run_case("scale", {**base, "encoder": name}, args.repeat)
    cases = part["cases"]
    print(f"\n{_scale_tables(cases, n, args)}\n")
    for name, r in cases.items():
        if r.get("profile"):
            print(f"cProfile of retrieve() with {name}, {args.questions} questions:")
            print(_profile_table(r["profile"]) + "\n")


def _mb(b) -> str:
    return "-" if b is None else f"{b / 1e6:,.0f}"


def _scale_tables(cases: dict, n: int, args) -> str:
    first = next(iter(cases.values()))
    line = "{:<44} {:>9} {:>8}  {:<6} {}"
    out = [line.format("what", "seconds", "peak MB", "kind", "note")]
    out.append(
        line.format(
            f"KnowledgeGraph.load (nt, {n:,} triples)",
            f"{statistics.median(r['load_s'] for r in cases.values()):.2f}",
            _mb(first.get("load_peak")),
            "",
            f"{first['entities']:,} entities, {first['facts']:,} facts",
        )
    )
    for name, r in cases.items():
        what = f"index: make_retriever({name!r})"
        rate = r.get("sample_texts_per_s")
        note = (
            f"{args.sample:,}-entity sample: {rate:,.0f} texts/s, "
            f"projected {r['projected_s'] / 60:.1f} min for all"
            if rate
            else ""
        )
        if r.get("skipped"):
            note = f"SKIPPED: > {args.max_build_min:g} min; {note}"
            out.append(line.format(what, "-", "-", "-", note))
        else:
            out.append(
                line.format(what, f"{r['build_s']:.2f}", _mb(r.get("build_peak")), r["kind"], note)
            )
    line = "{:<23} {:>4} {:>7} {:>7} {:>8} {:>6} {:>6} {:>9} {:>7} {:>7} {:>5} {:>8} {:>8}"
    head = ("retrieve()", "n", "p50 ms", "p95 ms", "in facts", "1-hop", "2-hop", "if linked")
    out += ["", line.format(*head, "hits@1", "linked", "ment.", "link ms", "paths ms")]
    for name, r in cases.items():
        if r.get("skipped"):
            continue
        verdict = "OK" if r["p50_ms"] <= TARGET_P50_MS else "MISSED"
        out.append(
            line.format(
                name,
                r["n"],
                f"{r['p50_ms']:.1f}",
                f"{r['p95_ms']:.1f}",
                f"{r['answer_recall']:.2f}",
                f"{r.get('answer_recall[hops=1]', 0):.2f}",
                f"{r.get('answer_recall[hops=2]', 0):.2f}",
                f"{r.get('answer_recall_linked', 0):.2f} ({r.get('n_linked', 0)})",
                f"{r['hits_at_1']:.2f}",
                f"{r['linking_accuracy']:.2f}",
                f"{r['mentions']:g}",
                f"{r['linking_ms']:.1f}",
                f"{r['paths_ms']:.1f}",
            )
            + f"   p50 target <= {TARGET_P50_MS:g} ms: {verdict}"
        )
    for name, r in cases.items():
        if "cpu_p50_ms" in r:
            out.append(
                f"{name}: CPU p50 / p95 {r['cpu_p50_ms']:.1f} / {r['cpu_p95_ms']:.1f} ms a "
                f"question (load average {os.getloadavg()[0]:.1f})"
            )
    r = next((r for r in cases.values() if not r.get("skipped")), None)
    if r is not None:
        by_label = ", ".join(
            f"{b}: {r[f'answer_recall[label={b}]']:.2f} / {r[f'linking_accuracy[label={b}]']:.2f} "
            f"(n={r[f'n[label={b}]']})"
            for b in ("1", "2-9", "10+")
            if f"n[label={b}]" in r
        )
        out.append(
            "in facts = share of questions whose gold answer is in the retrieved facts (if linked: "
            "among those whose start entity was linked); linked = start entity among the mentions; "
            f"ment. = mentions per question (median).\nin facts / linked, by the number of "
            f"entities that bear the start's label: {by_label}"
        )
    return "\n".join(out)


def _profile_table(rows: list[dict]) -> str:
    line = "{:>9} {:>9} {:>9}  {}"
    out = [line.format("ncalls", "tottime", "cumtime", "function")]
    out += [
        line.format(
            f"{r['ncalls']:,}", f"{r['tottime_s']:.2f}", f"{r['cumtime_s']:.2f}", r["function"]
        )
        for r in rows
    ]
    return "\n".join(out)


# --------------------------------------------------------------------------- running cases
def _run_case(part: str, args: dict, repeat: int) -> dict:
    """Run a case ``repeat`` times, each in a fresh interpreter; medians of the numbers."""
    runs = []
    for _ in range(repeat):
        cmd = [sys.executable, __file__, "--case", part, "--case-args", json.dumps(args)]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise SystemExit(f"case {part} {args.get('encoder')} failed:\n{proc.stderr[-3000:]}")
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    out = dict(runs[0])
    for k, v in out.items():
        if isinstance(v, int | float) and not isinstance(v, bool):
            med = statistics.median(r[k] for r in runs if k in r)
            out[k] = round(med) if isinstance(v, int) else med
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("both", "encoders", "scale"), default="both")
    ap.add_argument("--repeat", type=int, default=1, help="runs per case; medians are reported")
    ap.add_argument("--seed", type=int, default=0, help="question sample / generation seed")
    ap.add_argument("--warmup", type=int, default=20, help="warm-up questions before timing")
    g = ap.add_argument_group("part 1: encoders on WC2014")
    g.add_argument("--wc2014", type=Path, default=WC2014, help="folder with kb.tsv, questions")
    g.add_argument("--limit", type=int, default=600, help="questions sampled (default 600)")
    g.add_argument("--encoders", default=",".join(ENCODERS), help="subset of " + ",".join(ENCODERS))
    g = ap.add_argument_group("part 2: a generated graph")
    g.add_argument("--triples", type=int, default=1_000_000, help="graph size (default 1M)")
    g.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).parent / "out",
        help="generated files, shared with bench_graph_load.py (default bench/out)",
    )
    g.add_argument("--questions", type=int, default=200, help="questions timed (default 200)")
    g.add_argument("--scale-encoders", default="hashing,sentence-transformers")
    g.add_argument("--sample", type=int, default=2000, help="entities a model build is timed on")
    g.add_argument(
        "--index-cache",
        type=Path,
        default=None,
        help="save each built index here and reopen it on later runs (then build_s is the "
        "reopening: re-measure retrieval without the model build)",
    )
    g.add_argument(
        "--max-build-min",
        type=float,
        default=15.0,
        help="skip a model build projected to take longer (default 15)",
    )
    g.add_argument("--no-profile", action="store_true", help="no cProfile when p50 misses")
    ap.add_argument("--case", help=argparse.SUPPRESS)
    ap.add_argument("--case-args", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.case:
        case = _case_encoders if args.case == "encoders" else _case_scale
        print(json.dumps(case(json.loads(args.case_args))))
        return 0
    args.encoders = [e.strip() for e in args.encoders.split(",") if e.strip()]
    args.scale_encoders = [e.strip() for e in args.scale_encoders.split(",") if e.strip()]
    if (
        set(args.encoders) - set(ENCODERS)
        or set(args.scale_encoders) - set(ENCODERS[1:])
        or not args.scale_encoders
        or min(args.repeat, args.limit, args.triples, args.questions) < 1
        or args.warmup < 0
    ):
        ap.error(
            f"--encoders takes a subset of {','.join(ENCODERS)}, --scale-encoders of "
            f"{','.join(ENCODERS[1:])}; --repeat, --limit, --triples, --questions must be >= 1"
        )

    dists = ("kgchat", "torch", "sentence-transformers", "transformers", "faiss-cpu")
    versions = {"python": platform.python_version(), **{d: _version(d) for d in dists}}
    versions["kgchat_commit"] = commit()
    print(f"machine: {os.cpu_count()} CPUs, {platform.machine()}; {versions}")
    results: dict = {"repeat": args.repeat, "cpus": os.cpu_count(), "versions": versions}
    if args.part in ("both", "encoders"):
        run_encoders(args, results)
    if args.part in ("both", "scale"):
        run_scale(args, results)
    print(json.dumps(_rounded(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
