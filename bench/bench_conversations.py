"""Multi-turn follow-ups: per-turn hits@1 of the chatbot on written conversations.

``bench/data/own/conversations.jsonl`` holds conversations of 2-4 turns on the real-world
graphs (``../shared/bench/realworld/``) and on our own (``bench/data/own/``), each turn with
its expected answers computed from the graph's facts, and a ``kind`` naming how the turn
follows up (``pronoun_answer``: a pronoun meaning the last answer; ``pronoun_topic``: the
last topic; ``they_list``: "they"/"them" after a list answer; ``demonstrative``: "that
city"; ``definite_np``: "the band"; ``possessive_2hop``: "And his wife's birthplace?";
``qualifier_2hop``; ``ellipsis``: "And in X?"; ``what_about``; ``and_x``; ``start``: a
turn that names its topic). Each conversation is a fresh turn sequence of one
:class:`kgchat.chat.ChatBot` (``--backend template``: no language model, the answer and its
evidence; the pipeline's default retriever). A turn is a hit when the reply does not abstain,
its answer is one of the expected ones and the reply states it (as ``kgchat eval --mode
chat`` judges); ``all`` also counts a list turn whose reply names every expected answer.
A turn whose expected answers are none asks what the graph does not hold: it is a hit when
the reply abstains, as ``bench_outcomes.py`` scores an unanswerable question.

Usage::

    cd bench && ../.venv/bin/python bench_conversations.py            # every conversation
    cd bench && ../.venv/bin/python bench_conversations.py -v --graphs films,people
    cd bench && ../.venv/bin/python bench_conversations.py --out out/conv.json
    cd bench && ../.venv/bin/python bench_conversations.py --history  # as kgchat serve is asked
    cd bench && ../.venv/bin/python bench_conversations.py \
        --file data/own/conversations_blind22.jsonl

The last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import bench_generalization as bg

CONVERSATIONS = Path(__file__).resolve().parent / "data" / "own" / "conversations.jsonl"


def expected(turn: dict[str, Any], named_by_turn: list[list[str]]) -> list[str]:
    """A turn's expected answers; an ordinal turn's follow the order its list turn's reply named.

    An ``ordinal`` turn ("the second one") carries ``list_turn`` (the turn whose reply named
    the list), ``ordinal`` (1-based; -1 is the last) and ``by_item`` (each item's expected
    answers): the expectation is the item's the reply named at that position, so a reply may
    order its list as it likes. Too short a list expects nothing (a miss).
    """
    if "by_item" not in turn:
        return list(turn["answers"])
    from kgchat.text import answer_key

    items = named_by_turn[turn["list_turn"]] if turn["list_turn"] < len(named_by_turn) else []
    n = turn["ordinal"]
    if not items or (n > len(items) if n > 0 else -n > len(items)):
        return []
    item = answer_key(items[n - 1 if n > 0 else n])
    by_key = {answer_key(k): v for k, v in turn["by_item"].items()}
    return list(by_key.get(item, []))


def run(
    graphs: list[str] | None,
    verbose: bool,
    history: bool = False,
    path: Path = CONVERSATIONS,
) -> dict[str, Any]:
    """Every turn's outcome, and the counts per follow-up kind and per graph."""
    from kgchat import KnowledgeGraph
    from kgchat.chat import ChatBot, ChatConfig
    from kgchat.chat.backends import get_backend
    from kgchat.evaluation import answer_in_text
    from kgchat.pipeline import make_retriever
    from kgchat.text import answer_key

    convs = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    by_graph: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in convs:
        if graphs is None or c["graph"] in graphs:
            by_graph[c["graph"]].append(c)
    rows: list[dict[str, Any]] = []
    for g, cs in by_graph.items():
        col = bg.one_graph(g)[0]
        kg = KnowledgeGraph.load(*col["paths"])
        bot = ChatBot(kg, make_retriever(kg), get_backend("template"), ChatConfig())
        for c in cs:
            bot.reset()
            said: list[dict[str, str]] = []
            named_by_turn: list[list[str]] = []
            for i, t in enumerate(c["turns"]):
                t0 = time.perf_counter()
                if history:  # as a server is asked: the conversation passed in, no state
                    a = bot.answer(t["question"], history=said)
                    said += [
                        {"role": "user", "content": t["question"]},
                        {"role": "assistant", "content": a.text},
                    ]
                else:
                    a = bot.chat(t["question"])
                named = list(a.answers or ([a.answer] if a.answer else []))
                want = expected(t, named_by_turn)
                named_by_turn.append(named)
                gold = {answer_key(x) for x in want}
                hit = (
                    bool(a.abstained)  # nothing to find: abstaining is right
                    if not want
                    else not a.abstained
                    and a.answer is not None
                    and answer_key(a.answer) in gold
                    and answer_in_text(a.text, [a.answer])
                )
                every = hit and gold <= {answer_key(x) for x in named}
                rows.append(
                    {
                        "id": c["id"],
                        "turn": i,
                        "kind": t["kind"],
                        "question": t["question"],
                        "resolved": a.resolved_question,
                        "answer": a.answer,
                        "named": named,
                        "expected": want,
                        "hit": bool(hit),
                        "all": bool(every),
                        "abstained": bool(a.abstained),
                        "seconds": round(time.perf_counter() - t0, 3),
                    }
                )
                if verbose:
                    r = rows[-1]
                    mark = "ok " if hit else "-- "
                    print(
                        f"{mark}{c['id']} t{i} [{t['kind']}] {t['question']!r} -> "
                        f"{r['resolved']!r}: {named[:4]} (want {want[:4]})"
                        + (" abstained" if a.abstained else ""),
                        file=sys.stderr,
                    )
    return {"rows": rows, **summary(rows)}


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """hits@1 (and every answer named) over all turns, follow-up turns, per kind and graph."""

    def share(rs: list[dict[str, Any]], key: str = "hit") -> float:
        return round(sum(r[key] for r in rs) / len(rs), 3) if rs else 0.0

    follow = [r for r in rows if r["turn"] > 0]
    kinds: dict[str, list[dict[str, Any]]] = defaultdict(list)
    graphs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        kinds[r["kind"]].append(r)
        graphs[r["id"].rsplit("-", 1)[0]].append(r)
    return {
        "turns": len(rows),
        "hits_at_1": share(rows),
        "all_named": share(rows, "all"),
        "followup_turns": len(follow),
        "followup_hits_at_1": share(follow),
        "first_turn_hits_at_1": share([r for r in rows if r["turn"] == 0]),
        "by_kind": {k: [sum(r["hit"] for r in v), len(v)] for k, v in sorted(kinds.items())},
        "by_graph": {k: [sum(r["hit"] for r in v), len(v)] for k, v in sorted(graphs.items())},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graphs", default=None, help="comma-separated graph names (default: all)")
    ap.add_argument("--out", type=Path, default=None, help="write every turn's outcome here")
    ap.add_argument(
        "--file", type=Path, default=CONVERSATIONS, help="conversations (JSON lines) to run"
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="print every turn")
    ap.add_argument(
        "--history",
        action="store_true",
        help="pass each conversation in as messages (ChatBot.answer, what kgchat serve does)",
    )
    args = ap.parse_args()
    graphs = args.graphs.split(",") if args.graphs else None
    res = run(graphs, args.verbose, args.history, args.file)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(res, indent=1, ensure_ascii=False))
    res.pop("rows")
    for k, (hit, n) in res["by_kind"].items():
        print(f"{k:16s} {hit:3d} / {n:3d}")
    print(json.dumps(res))


if __name__ == "__main__":
    main()
