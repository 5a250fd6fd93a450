"""A warm chatbot's time to its first text, per graph, and where that time goes.

For each graph (``--graphs``; realworld graphs: the development half of their questions), a
:class:`kgchat.chat.ChatBot` on the pipeline's default retriever, prepared as ``kgchat chat``
and ``serve`` prepare it (:func:`kgchat.pipeline.settle`: the graph's tables, the encoder's
ONNX Runtime pass), and the template backend (the first text comes before any model is
asked, so the backend does not change it) is warmed on a few of the graph's questions, then
asks every question ``--repeat`` times, its recalled retrieval forgotten each time (a warm
process, not a remembered question) and each pass starting with no walk of the pass before
(``--cold``: no walk of the questions before either). Per question the median of its repeats
is kept, in wall-clock milliseconds and in this process's CPU milliseconds (what the
machine's other work does not change: on the shared two cores, wall is 3-4 times CPU); per
graph the p50 (and the wall's p90) of those medians. A question's later asks find its texts
(its words, its phrase) embedded by the first: ``new_cpu_p50_ms`` is the p50 of each
question's first ask alone, a new question's CPU in a warm process (one encoder pass of its
own words, ~10 ms, and often one of the confidence's judged path). ``--profile FILE`` writes
a cProfile of every question's steps up to its first text (one more pass) for
``python -m pstats``; ``--texts FILE`` writes every first text, to check a change left them
alone.

    cd bench && PYTHONPATH=.. ../.venv/bin/python bench_first_text.py --graphs family,geopolitical
    cd bench && ../.venv/bin/python bench_first_text.py --graphs iswc2010 --profile /tmp/p.prof

The last line printed is one JSON object with every graph's figures.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import statistics
import time
from pathlib import Path
from typing import Any

import bench_generalization as bg


def _first(bot: Any, question: str, cold: bool) -> tuple[float, float, str]:
    """Seconds to the first text of a fresh answer of ``question`` (wall clock, and this
    process's CPU time: what a loaded machine's other work leaves out), and that text."""
    bot.recall._kept.clear()  # a new question to this process, not one it remembers
    if cold:  # nor the walks of the questions before
        bot.retriever._grown.clear()
    t0, c0 = time.perf_counter(), time.process_time()
    stream = iter(bot.stream(question))
    text = next(stream, "")
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    for _ in stream:  # let the answer finish, so the next starts on a quiet bot
        pass
    return seconds, cpu, text


def one(
    graph: str,
    repeat: int,
    warm: int,
    profile: cProfile.Profile | None,
    cold: bool,
    unprepared: bool = False,
) -> dict[str, Any]:
    from kgchat import KnowledgeGraph
    from kgchat.chat import ChatBot
    from kgchat.chat.backends import TemplateBackend
    from kgchat.pipeline import make_retriever, settle

    col, ns = bg.one_graph(graph)
    kg = KnowledgeGraph.load(*col["paths"])
    items, _ = bg.questions(col, kg, ns)
    retriever = make_retriever(kg)
    # as kgchat chat, ask and serve do: the graph's tables built, the encoder's fast path made
    # (``--unprepared``: as the chat benches before the forty-sixth round had it)
    settle() if unprepared else settle(retriever)
    bot = ChatBot(kg, retriever, TemplateBackend())
    for it in items[:warm]:  # (its walks forgotten before timing)
        bot.ask(it.question)
    times: list[list[float]] = [[] for _ in items]
    cpus: list[list[float]] = [[] for _ in items]
    texts: list[str] = [""] * len(items)
    for _ in range(repeat):
        bot.retriever._grown.clear()  # each pass as the first: no walk of the same question
        for i, it in enumerate(items):
            seconds, cpu, texts[i] = _first(bot, it.question, cold)
            times[i].append(seconds * 1000)
            cpus[i].append(cpu * 1000)
    if profile is not None:
        for it in items:
            bot.recall._kept.clear()
            bot.retriever._grown.clear()
            profile.enable()
            next(iter(bot.stream(it.question)), "")
            profile.disable()
    med = sorted(statistics.median(t) for t in times)
    cpu_med = sorted(statistics.median(t) for t in cpus)
    # each question's first ask (texts of its own the encoder has not embedded yet: a new
    # question to a warm process); the later asks find them kept
    cpu_new = [t[0] for t in cpus]
    return {
        "n": len(items),
        "cpu_p50_ms": round(statistics.median(cpu_med), 1),
        "new_cpu_p50_ms": round(statistics.median(cpu_new), 1),
        "cpu_mean_ms": round(statistics.fmean(cpu_med), 1),
        "p50_ms": round(statistics.median(med), 1),
        "p90_ms": round(med[int(0.9 * (len(med) - 1))], 1),
        "mean_ms": round(statistics.fmean(med), 1),
        "texts": [
            [it.question, t, round(statistics.median(ms), 1)]
            for it, t, ms in zip(items, texts, times, strict=True)
        ],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graphs", default="family,music,nobel,iswc2010,geopolitical,shop,astro")
    ap.add_argument("--repeat", type=int, default=3, help="asks of each question (median kept)")
    ap.add_argument("--warm", type=int, default=5, help="questions asked before timing")
    ap.add_argument("--profile", type=Path, help="write a cProfile of the first texts here")
    ap.add_argument("--texts", type=Path, help="write every first text here (JSON)")
    ap.add_argument(
        "--cold",
        action="store_true",
        help="forget the walks of the questions before each (else a pass keeps them)",
    )
    ap.add_argument("--unprepared", action="store_true", help="no Retriever.prepare()")
    args = ap.parse_args()
    profile = cProfile.Profile() if args.profile else None
    results, texts = {}, {}
    for graph in args.graphs.split(","):
        r = one(graph, args.repeat, args.warm, profile, args.cold, args.unprepared)
        texts[graph] = r.pop("texts")
        results[graph] = r
        print(graph, json.dumps(r), flush=True)
    if profile is not None:
        profile.dump_stats(args.profile)
    if args.texts:
        args.texts.write_text(json.dumps(texts, indent=1, ensure_ascii=False))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
