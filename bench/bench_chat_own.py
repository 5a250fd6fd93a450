"""The chatbot on our own graphs, as a new user meets it: chat mode beside retrieval.

For each graph of ``bench/data/own/`` (as :data:`bench_generalization.OWN_GRAPHS` registers
it) and its questions (``bench/data/own/<graph>.jsonl``; ``--limit N`` a seeded sample of N),
one retriever (the pipeline's default) answers every question alone
(:func:`kgchat.evaluation.evaluate_retrieval`), then a :class:`kgchat.chat.ChatBot` on the same
retriever with ``--backend`` (``auto``: the default model, SmolLM2-135M-Instruct, on llama.cpp
when it is installed) answers them in chat mode (:func:`kgchat.evaluation.evaluate_chat`). Per
graph: retrieval and chat hits@1 (answerable questions) and F1, both again on the list
questions (more than one expected answer), chat's supported-answer rate, contradiction rate,
citation validity before and after the guard, the model's own claims (before the guard)
that the check passes and contradictions among them, repair rate, and the abstentions. The targets
(issue 13): supported >= 0.98 of non-abstained replies, contradictions <= 0.01, chat hits@1 >=
retrieval hits@1, chat F1 >= retrieval F1 on list questions.

Every reply is written to ``--out``/chat_own-<graph>.jsonl (question, expected, retrieval's
answer, the reply, the model's reply before repair, what the claim check dropped), for reading.

    cd bench && ../.venv/bin/python bench_chat_own.py --graphs nobel,lubm --limit 20
    cd bench && ../.venv/bin/python bench_chat_own.py --backend template   # no model

The last line printed is one JSON object with every graph's figures.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import bench_generalization as bg

NEWEST = "astro,wine,cve,chem,letters,elections,food,patents,caselaw,forum"
# the nine of the twenty-fourth round: ``--graphs nobel,lubm,...`` (README)
EARLIER = "nobel,lubm,bio2rdf,geonames,hetio,itops,moviekb,family,shop"
KEYS = (
    "hits_at_1_answerable",
    "f1",
    "supported_answer_rate",
    "contradiction_rate",
    "raw_citation_validity",
    "citation_validity",
    "raw_claim_validity",
    "raw_contradiction_rate",
    "repair_rate",
    "abstained_answerable",
    "abstained_unanswerable",
)


class _Recorded:
    """A chatbot or retriever whose every answer is kept, in order, for the reply file."""

    def __init__(self, inner: Any, method: str) -> None:
        self.inner, self.method, self.kept = inner, method, []
        self.kg = getattr(inner, "kg", None)

    def ask(self, question: str) -> Any:
        return self._call(question)

    def retrieve(self, question: str) -> Any:
        return self._call(question)

    def _call(self, question: str) -> Any:
        out = getattr(self.inner, self.method)(question)
        self.kept.append(out)
        return out


def _list_f1(items: list[Any], predicted: list[list[str]], abstained: list[bool]) -> Any:
    from kgchat.evaluation import f1_score

    scores = [
        0.0 if gone else f1_score(p, it.answers)
        for it, p, gone in zip(items, predicted, abstained, strict=True)
        if len(it.answers) > 1
    ]
    return (round(sum(scores) / len(scores), 4), len(scores)) if scores else (None, 0)


def one(
    graph: str, backend: Any, limit: int | None, seed: int, out: Path, max_list: int | None
) -> dict[str, Any]:
    from kgchat import KnowledgeGraph
    from kgchat.chat import ChatBot, ChatConfig
    from kgchat.chat.claims import graph_names
    from kgchat.chat.reply_check import check_reply
    from kgchat.evaluation import evaluate_chat, evaluate_retrieval, read_questions, sample
    from kgchat.pipeline import make_retriever, settle

    col, _ = bg.one_graph(graph)
    kg = KnowledgeGraph.load(*col["paths"])
    items, _ = read_questions(col["questions"])
    items = sample(items, limit, seed)
    retriever = make_retriever(kg)
    settle(retriever)  # as kgchat chat and serve: its tables built, the encoder's fast path made
    ret = _Recorded(retriever, "retrieve")
    t0 = time.perf_counter()
    r_report = evaluate_retrieval(ret, items, progress=False)
    r_seconds = time.perf_counter() - t0
    config = ChatConfig() if max_list is None else ChatConfig(max_list=max_list)
    bot = _Recorded(ChatBot(kg, retriever, backend, config), "ask")
    t0 = time.perf_counter()
    c_report = evaluate_chat(bot, items, progress=False)
    c_seconds = time.perf_counter() - t0
    r_pred, r_gone = [], []
    for res in ret.kept:
        gone = bool(res.abstained)
        top = res.candidates[0].score if res.candidates else 0.0
        tied = [c.label for c in res.candidates if c.score >= top - 1e-6]
        r_pred.append([] if gone else tied)
        r_gone.append(gone)
    c_pred = [list(a.answers or ([a.answer] if a.answer else [])) for a in bot.kept]
    c_gone = [bool(a.abstained) for a in bot.kept]
    names = graph_names(kg)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / f"chat_own-{graph}.jsonl", "w", encoding="utf-8") as fh:
        for it, res, a, rp in zip(items, ret.kept, bot.kept, r_pred, strict=True):
            chk = check_reply(kg, a, names)
            fh.write(
                json.dumps(
                    {
                        "question": it.question,
                        "kind": dict(it.groups).get("kind"),
                        "expected": list(it.answers),
                        "retrieval": None
                        if res.abstained or not res.candidates
                        else res.candidates[0].label,
                        "retrieval_named": rp,
                        "answer": a.answer,
                        "answers": list(a.answers or []),
                        "abstained": bool(a.abstained),
                        "text": a.text,
                        "raw_text": a.raw_text,
                        "dropped": [str(d) for d in (a.dropped or [])],
                        "supported": chk.supported,
                        "contradiction": chk.contradiction,
                        "raw_valid": [chk.raw_valid, chk.raw_cited],
                        "valid": [chk.valid, chk.cited],
                        "raw_claims": [chk.raw_claims_valid, chk.raw_claims],
                        "raw_contradiction": chk.raw_contradiction,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    rm, cm = r_report.metrics, c_report.metrics
    return {
        "n": len(items),
        "retrieval": {k: rm.get(k) for k in KEYS if k in rm},
        "chat": {k: cm.get(k) for k in KEYS},
        "retrieval_list_f1": _list_f1(items, r_pred, r_gone),
        "chat_list_f1": _list_f1(items, c_pred, c_gone),
        "seconds": {"retrieval": round(r_seconds, 1), "chat": round(c_seconds, 1)},
    }


def table(results: dict[str, dict[str, Any]]) -> str:
    head = (
        "| graph | n | hits@1 ret / chat | F1 ret / chat | list F1 ret / chat (n) | supported "
        "| contradictions | citations raw / final | model's claims valid / contradicting "
        "| repaired | abstained ans. / unans. |"
    )
    lines = [head, "|" + "---|" * 11]

    def f(v: Any) -> str:
        return "-" if v is None else f"{v:.3f}"

    for g, r in results.items():
        rr, c = r["retrieval"], r["chat"]
        (lr, n), (lc, _) = r["retrieval_list_f1"], r["chat_list_f1"]
        lines.append(
            f"| {g} | {r['n']} | {f(rr['hits_at_1_answerable'])} / {f(c['hits_at_1_answerable'])} "
            f"| {f(rr['f1'])} / {f(c['f1'])} | {f(lr)} / {f(lc)} ({n}) "
            f"| {f(c['supported_answer_rate'])} | {f(c['contradiction_rate'])} "
            f"| {f(c['raw_citation_validity'])} / {f(c['citation_validity'])} "
            f"| {f(c['raw_claim_validity'])} / {f(c['raw_contradiction_rate'])} "
            f"| {f(c['repair_rate'])} | {f(c['abstained_answerable'])} / "
            f"{f(c['abstained_unanswerable'])} |"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graphs", default=NEWEST, help="comma-separated own graphs")
    ap.add_argument("--backend", default="auto", help="auto (the default model), template, ...")
    ap.add_argument("--limit", type=int, default=None, help="a seeded sample of N questions")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--max-list", type=int, default=None, help="ChatConfig.max_list (default: ChatConfig's)"
    )
    ap.add_argument("--out", type=Path, default=Path("out/chat_own"))
    args = ap.parse_args()
    from kgchat.chat import get_backend

    backend = (
        get_backend(args.backend)
        if args.backend == "template"
        else get_backend(args.backend, model=None)
    )
    results: dict[str, dict[str, Any]] = {}
    for g in args.graphs.split(","):
        results[g] = one(g, backend, args.limit, args.seed, args.out, args.max_list)
        print(g, json.dumps(results[g]), flush=True)
    print(f"backend: {getattr(backend, 'name', args.backend)}")
    print(table(results))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
