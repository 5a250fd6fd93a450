"""``kgchat demo`` (``make demo``): the main job on the bundled medicine ontology.

Loads the bundled ``medicine.ttl`` (:data:`kgchat.data.MEDICINE`, inside the package, so the
demo runs from any directory after ``pip install kgchat``), builds (or reuses) its entity index,
and asks the default offline chatbot a handful of real questions (one-hop, two-hop, a yes/no
question and a follow-up that needs the conversation's memory), printing each answer with the
facts it cites.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from kgchat.cli.common import add_chat_args, add_retriever_args, chatbot_from_args, print_answer
from kgchat.data import FINANCE, MEDICINE

QUESTIONS = [
    "What does metformin treat?",
    "Which drug class does atorvastatin belong to?",
    "What is the mechanism of action of the drug class of atorvastatin?",  # two hops
    "Which enzymes metabolize warfarin?",
    "Is lisinopril contraindicated in pregnancy?",
    "Who discovered penicillin?",
    "When did he receive the Nobel Prize?",  # "he": the conversation's memory
]


def register(sub: Any) -> None:
    """Add ``demo`` to the subcommands ``sub``."""
    p = sub.add_parser(
        "demo",
        help="the main job on the bundled medicine ontology (the chatbot's flags as for 'ask': "
        "--backend template answers without a model)",
    )
    add_retriever_args(p)
    add_chat_args(p)
    p.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace | None = None) -> int:
    """Run the demo with the chatbot ``args`` describe (default: the offline default one);
    returns the exit status."""
    from kgchat.graph import KnowledgeGraph
    from kgchat.pipeline import make_chatbot

    t0 = time.perf_counter()
    print("== what the graph layer sees ==")
    for path in (MEDICINE, FINANCE):
        st = KnowledgeGraph.load(path).stats()
        print(
            f"{path.name}: {st['triples']} triples, {st['facts']} facts, "
            f"{st['entities']} entities, {st['relations']} relations, {st['literals']} literals"
        )
    kg = KnowledgeGraph.load(MEDICINE)
    for f in kg.facts_of("https://kgchat.dev/graphs/medicine#Warfarin")[:4]:
        print(f"  [{f.id}] {f.text}")
    rows = kg.sparql(
        "PREFIX : <https://kgchat.dev/graphs/medicine#> "
        "SELECT ?d WHERE { ?d :inhibitsEnzyme :CYP2C9 } ORDER BY ?d"
    )
    print("SPARQL, drugs that inhibit CYP2C9: " + ", ".join(kg.label(r["d"]) for r in rows))
    print("\n== the chatbot ==")
    bot = make_chatbot(kg) if args is None else chatbot_from_args(args, kg)
    print(
        f"index and model ready in {time.perf_counter() - t0:.1f} s "
        f"(first run converts the model and builds the index; later runs reuse them)\n"
    )
    for q in QUESTIONS:
        t = time.perf_counter()
        answer = bot.chat(q)
        print(f"Q: {q}")
        if answer.resolved_question != q:
            print(f"   (asked as: {answer.resolved_question})")
        print("A: ", end="")
        print_answer(answer)
        first = answer.timings.get("first_text", 0.0)
        print(
            f"   [{time.perf_counter() - t:.1f} s, first text after {first * 1000:.0f} ms, "
            f"confidence {answer.confidence:.2f}]\n"
        )
    print(f"demo done in {time.perf_counter() - t0:.1f} s")
    return 0
