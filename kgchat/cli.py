"""The ``kgchat`` command line.

Subcommands mirror the pipeline; each maps its flags one-to-one onto a stage's config. Heavy
libraries are imported inside the handlers, so ``kgchat --help`` answers at once.

Examples
--------
::

    kgchat graph stats graphs/medicine.ttl --json
    kgchat graph facts graphs/medicine.ttl Warfarin
    kgchat graph sparql graphs/medicine.ttl "SELECT ?d WHERE { ?d a ?c } LIMIT 5"
    kgchat graph save graphs/medicine.ttl --out /tmp/medicine.kg
    kgchat demo

A failure prints ``kgchat: error: ...`` (file:line:column where there is one) and exits 1, never
a traceback (``--debug``, or ``KGCHAT_DEBUG=1``, prints it); with ``--json`` the last line of
stdout is one JSON object ``{"error", "kind", "file", "line", "column"}``. Usage errors exit 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from kgchat.errors import KGChatError

GRAPHS_DIR = Path(__file__).resolve().parent.parent / "graphs"


def _add_graph_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="graph sources (RDF in any syntax, OWL, TSV/CSV/| triples; .gz ok) or a "
        "directory saved by 'kgchat graph save'",
    )
    p.add_argument(
        "--format",
        default=None,
        help="source format when the extension does not say (turtle, nt, xml, tsv, ...)",
    )
    p.add_argument("--language", default="en", help="preferred label language (default: en)")
    p.add_argument("--no-imports", dest="imports", action="store_false", help="skip owl:imports")


def load_graph(args: argparse.Namespace) -> Any:
    """The graph named by a command's PATH arguments."""
    from kgchat.graph import GraphConfig
    from kgchat.graph.persist import cached_load

    # Large sources are parsed once and reloaded from $KGCHAT_CACHE/graphs while unchanged.
    config = GraphConfig(language=args.language, imports=getattr(args, "imports", True))
    return cached_load(args.paths, format=args.format, config=config)


def _graph_stats(args: argparse.Namespace) -> int:
    kg = load_graph(args)
    st = kg.stats()
    if args.json:
        print(json.dumps(st))
    else:
        for k, v in st.items():
            print(f"{k:>18}: {v}")
    return 0


def _graph_facts(args: argparse.Namespace) -> int:
    kg = load_graph(args)
    node = _resolve_node(kg, args.entity)
    facts = kg.facts_of(node)
    if args.json:
        print(
            json.dumps(
                {"entity": node, "label": kg.label(node), "facts": [f.to_dict() for f in facts]}
            )
        )
        return 0
    print(f"{kg.label(node)} <{node}>")
    if kg.aliases(node):
        print("  aka: " + "; ".join(kg.aliases(node)))
    if kg.description(node):
        print("  " + kg.description(node))
    for f in facts:
        print(f"  [{f.id}] {f.text}")
    return 0


def _resolve_node(kg: Any, name: str) -> str:
    if name in kg:
        return name
    low = name.casefold()
    for node in kg.entities():
        if kg.label(node).casefold() == low or low in (a.casefold() for a in kg.aliases(node)):
            return node
    raise KGChatError(f"no entity {name!r} in the graph: give its IRI, id, label or alias")


def _graph_sparql(args: argparse.Namespace) -> int:
    kg = load_graph(args)
    result = kg.sparql(
        args.query, allow_service=args.allow_service, service_timeout=args.service_timeout
    )
    if args.json or not isinstance(result, list):
        print(json.dumps(result, default=str))
    else:
        for row in result:
            print("\t".join(str(v) for v in (row.values() if isinstance(row, dict) else row)))
    return 0


def _graph_save(args: argparse.Namespace) -> int:
    if Path(args.out).exists() and not Path(args.out).is_dir():
        exc = KGChatError(f"--out {args.out}: is a file; give the path of a new directory")
        exc.path = args.out
        raise exc
    kg = load_graph(args)
    out = kg.save(args.out)
    print(f"saved {kg!r} to {out}")
    return 0


def _add_retriever_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--encoder",
        default="sentence-transformers",
        help="entity/relation encoder: sentence-transformers (default), llm, hashing",
    )
    p.add_argument(
        "--encoder-model",
        default=None,
        help="the encoder's model (hub id or folder; default: the bundled one)",
    )
    p.add_argument(
        "--index",
        default="auto",
        help="index directory (default: cached under $KGCHAT_CACHE/indexes)",
    )
    p.add_argument("--max-hops", type=int, default=3, help="longest relation path (1-3)")
    p.add_argument(
        "--scorer",
        default="auto",
        help="path scorer: a learned one's folder (the --out of 'kgchat tune --strategy "
        "feature'), 'none' (the untrained one), or 'auto' (default: the graph's own learned "
        "scorer where 'kgchat tune --strategy feature' saved one that beat the untrained one)",
    )


def retriever_from_args(args: argparse.Namespace, kg: Any = None) -> Any:
    """The retriever a command's flags describe."""
    from kgchat.pipeline import make_retriever
    from kgchat.retrieval import RetrieverConfig

    kg = kg if kg is not None else load_graph(args)
    config = RetrieverConfig(max_hops=args.max_hops)
    return make_retriever(
        kg,
        encoder=args.encoder,
        model=args.encoder_model,
        index_dir=args.index,
        config=config,
        scorer=args.scorer,
    )


def _retrieve(args: argparse.Namespace) -> int:
    from kgchat.retrieval import RetrieverConfig

    retriever = retriever_from_args(args)
    retriever.config = RetrieverConfig(max_hops=args.max_hops, max_facts=args.k)
    res = retriever.retrieve(args.question)
    if args.json:
        print(json.dumps(res.to_dict()))
        return 0
    if res.message:
        print(res.message)
    print("entities: " + ", ".join(f"{m.text} -> {m.node}" for m in res.mentions))
    if res.candidates:
        print("answers:  " + "; ".join(f"{c.label} ({c.score:.2f})" for c in res.candidates[:5]))
        verdict = (
            "abstains: the best path does not say what is asked" if res.abstained else "answers"
        )
        print(f"confidence {res.confidence:.2f}: {verdict}")
    print(res.facts_block())
    return 0


def _eval(args: argparse.Namespace) -> int:
    from kgchat.evaluation import evaluate_retrieval, read_questions, sample, split_items

    items, problems = read_questions(args.questions)
    for p in problems:
        print(f"warning: {p}", file=sys.stderr)
    if args.split:
        items = split_items(items)[args.split == "test"]
    items = sample(items, args.limit, args.seed)
    progress = None if not args.json else False
    if args.mode == "chat":
        from kgchat.evaluation import evaluate_chat

        report = evaluate_chat(chatbot_from_args(args), items, progress=progress)
    else:
        report = evaluate_retrieval(retriever_from_args(args), items, progress=progress)
    report.problems = problems
    if args.report:
        Path(args.report).write_text(
            report.to_markdown(f"kgchat eval: {args.questions}"), encoding="utf-8"
        )
    if args.json:
        print(json.dumps({"breakdown": report.breakdown}))
        print(json.dumps(report.metrics))
    else:
        print(report.to_markdown(f"kgchat eval: {args.questions}"))
    return 0


def _add_chat_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--model",
        default=None,
        help="chat model: smollm2-135m-instruct (default, offline), a hub id, a local "
        "folder (a tuned kgchat model too) or a .gguf file",
    )
    p.add_argument(
        "--backend",
        default="transformers",
        choices=["transformers", "openai", "template", "echo"],
        help="local transformers (default), an OpenAI-compatible server, or template: no "
        "model, the answer with its cited evidence at retrieval speed",
    )
    p.add_argument("--base-url", default=None, help="the server's API root, for --backend openai")
    p.add_argument(
        "--ranker",
        default="retriever",
        choices=["retriever", "likelihood", "generate"],
        help="how the answer is chosen (default: retriever; see README ablation)",
    )
    p.add_argument("--max-new-tokens", type=int, default=40)
    p.add_argument("--prompts", default=None, help="a JSON file of prompt templates")
    p.add_argument(
        "--timeout",
        type=float,
        default=None,
        help="seconds one request to an HTTP backend may take in all (ChatConfig.timeout: 120)",
    )


def chatbot_from_args(args: argparse.Namespace, kg: Any = None) -> Any:
    """The chatbot a command's flags describe."""
    from kgchat.chat import ChatConfig
    from kgchat.pipeline import make_chatbot
    from kgchat.retrieval import RetrieverConfig

    kg = kg if kg is not None else load_graph(args)
    config = ChatConfig(
        ranker=args.ranker, max_new_tokens=args.max_new_tokens, prompts=args.prompts
    )
    if args.timeout is not None:
        config = config.replace(timeout=args.timeout)
    return make_chatbot(
        kg,
        model=args.model,
        backend=args.backend,
        base_url=args.base_url,
        encoder=args.encoder,
        encoder_model=args.encoder_model,
        index_dir=args.index,
        config=config,
        retriever_config=RetrieverConfig(max_hops=args.max_hops),
        scorer=args.scorer,
    )


def print_answer(answer: Any, *, facts: bool = True) -> None:
    """An answer and the facts it cites, for people."""
    print(answer.text)
    if facts and answer.facts:
        for f in answer.facts:
            print(f"  [{answer.given.index(f) + 1}] {f.text}   ({f.id}, {Path(f.source).name})")


def _ask(args: argparse.Namespace) -> int:
    bot = chatbot_from_args(args)
    answer = bot.ask(args.question)
    if args.json:
        print(json.dumps(answer.to_dict()))
    else:
        print_answer(answer)
    return 0


def _chat(args: argparse.Namespace) -> int:
    from kgchat.chat.repl import run_repl

    return run_repl(chatbot_from_args(args))


def _demo(args: argparse.Namespace) -> int:
    from kgchat.demo import run_demo

    return run_demo(args)


_TUNE_FIELDS = (
    "epochs",
    "lr",
    "batch_size",
    "grad_accum",
    "max_length",
    "max_steps",
    "seed",
    "patience",
    "device",
    "threads",
    "prompts",
)


def _tune(args: argparse.Namespace) -> int:
    import dataclasses

    from kgchat.errors import ConfigError
    from kgchat.pipeline import default_scorer_dir
    from kgchat.tuning import get_strategy, load_qa_data

    strategy = get_strategy(args.strategy)
    fields = {k: getattr(args, k) for k in _TUNE_FIELDS if getattr(args, k) is not None}
    if args.no_facts:
        fields["with_facts"] = False
    known = {f.name for f in dataclasses.fields(strategy.Config)}
    for item in args.option:
        key, sep, value = item.partition("=")
        key = key.strip().replace("-", "_")
        if not sep or key not in known:
            raise ConfigError(
                f"--option {item!r}: expected FIELD=VALUE with FIELD one of {sorted(known)}"
            )
        try:
            fields[key] = json.loads(value)
        except ValueError:
            fields[key] = value  # a bare string
    config = strategy.Config(**fields)
    data = load_qa_data(args.data)
    kg = load_graph(args) if args.paths else None
    if strategy.needs_graph and kg is None:
        raise ConfigError(f"--strategy {args.strategy} walks the graph: give the graph PATHs")
    out = args.out
    if out is None:
        if args.strategy != "feature" or kg is None:
            raise ConfigError(
                f"--strategy {args.strategy} needs --out DIR (only 'feature' has a default: "
                "the graph's own scorer folder)"
            )
        out = default_scorer_dir(kg)
    try:
        result = strategy(config).train(
            data,
            out,
            model=args.model,
            kg=kg,
            resume=args.resume,
            overwrite=args.overwrite,
            progress=False if args.json else None,
        )
    except KeyboardInterrupt:
        if args.strategy != "feature":
            print(
                f"\nkgchat: interrupted; --resume continues from {out}.partial",
                file=sys.stderr,
            )
        return 130
    m = result.manifest
    if args.json:
        keep: tuple[str, ...] = ("strategy", "base_model", "steps", "initial_dev_loss")
        keep += ("best_dev_loss", "dev_retrieval", "default_scorer")
        summary = {k: m.get(k) for k in keep} | {
            "out": str(result.out_dir),
            "tokens_per_second": m.get("tokens_per_second"),
            "wall_time_s": m.get("wall_time_s"),
        }
        print(json.dumps(summary))
        return 0
    print(f"saved {m['strategy']} model to {result.out_dir} ({m.get('steps', 0)} steps)")
    if m.get("initial_dev_loss") is not None and m.get("best_dev_loss") is not None:
        print(f"dev loss {m['initial_dev_loss']:.4f} -> {m['best_dev_loss']:.4f}")
    if m.get("tokens_per_second"):
        print(f"{m['tokens_per_second']:.0f} tokens/s, {m['wall_time_s']:.0f} s in all")
    if m["strategy"] != "feature":
        print(f"use it with --model {result.out_dir}")
        return 0
    gate = m.get("dev_retrieval")
    if gate:
        print(
            f"dev retrieval hits@1 ({gate['questions']} questions): untrained "
            f"{gate['untrained_hits_at_1']:.3f}, learned {gate['learned_hits_at_1']:.3f}"
            + (
                f" (learned wins {gate['wins']}, loses {gate['losses']}; sign test "
                f"p = {gate['p_value']:.3f})"
                if "wins" in gate
                else ""
            )
        )
    if kg is not None and result.out_dir == default_scorer_dir(kg):
        if m.get("default_scorer"):
            print(
                "the graph's default scorer now: retrieve/ask/chat/eval use it (--scorer none: not)"
            )
        else:
            print(
                "not significantly better on the dev questions: 'auto' keeps the untrained scorer"
            )
    else:
        print(f"use it with --scorer {result.out_dir}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``kgchat`` command."""
    parser = _ArgumentParser(
        prog="kgchat",
        description="Chatbots that answer from a knowledge graph and cite the facts.",
    )
    from kgchat import __version__

    parser.add_argument("--version", action="version", version=f"kgchat {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    graph = sub.add_parser("graph", help="load, inspect, query and save graphs")
    gsub = graph.add_subparsers(dest="graph_command", metavar="ACTION")
    p = gsub.add_parser("stats", help="counts of a graph (--json: one JSON object)")
    _add_graph_args(p)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_graph_stats)
    p = gsub.add_parser("facts", help="the facts about one entity (IRI, id, label or alias)")
    _add_graph_args(p)
    p.add_argument("entity", help="the entity (last argument)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_graph_facts)
    p = gsub.add_parser("sparql", help="run a SPARQL query over the loaded RDF")
    _add_graph_args(p)
    p.add_argument("query", help="the SPARQL query (last argument)")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--allow-service",
        action="store_true",
        help="let SERVICE clauses query remote endpoints (refused by default: nothing is sent)",
    )
    p.add_argument(
        "--service-timeout",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="with --allow-service, how long the query may take (default 30)",
    )
    p.set_defaults(func=_graph_sparql)
    p = gsub.add_parser("save", help="save the built graph for fast reloading")
    _add_graph_args(p)
    p.add_argument("--out", required=True, help="output directory")
    p.set_defaults(func=_graph_save)

    p = sub.add_parser("retrieve", help="the facts, paths and answers the retriever finds")
    _add_graph_args(p)
    p.add_argument("question", help="the question (last argument)")
    p.add_argument("--k", type=int, default=24, help="most facts to return (default 24)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    _add_retriever_args(p)
    p.set_defaults(func=_retrieve)

    p = sub.add_parser("eval", help="Hits@1, F1, answer recall and latency on a QA file")
    _add_graph_args(p)
    p.add_argument("--questions", required=True, help="JSON Lines: question, answers per line")
    p.add_argument("--mode", default="retrieval", choices=["retrieval", "chat"])
    p.add_argument("--limit", type=int, default=None, help="a seeded sample of N questions")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument(
        "--split",
        default=None,
        choices=["dev", "test"],
        help="only this half of the questions (per kind, by SHA-1 of the text; see split_items)",
    )
    p.add_argument("--json", action="store_true", help="last line: one JSON object of metrics")
    p.add_argument("--report", default=None, help="also write a Markdown report here")
    _add_retriever_args(p)
    _add_chat_args(p)
    p.set_defaults(func=_eval)

    p = sub.add_parser("ask", help="ask one question; prints the answer and the cited facts")
    _add_graph_args(p)
    p.add_argument("question", help="the question (last argument)")
    p.add_argument(
        "--json",
        action="store_true",
        help="last line: one JSON object (answer, facts, entities, confidence...)",
    )
    _add_retriever_args(p)
    _add_chat_args(p)
    p.set_defaults(func=_ask)

    p = sub.add_parser("chat", help="an interactive session (/facts, /reset, /quit)")
    _add_graph_args(p)
    _add_retriever_args(p)
    _add_chat_args(p)
    p.set_defaults(func=_chat)

    p = sub.add_parser("demo", help="the main job on the bundled medicine ontology")
    p.set_defaults(func=_demo)

    from kgchat.tuning import STRATEGIES

    p = sub.add_parser("tune", help="fine-tune the chatbot's model on QA data (knowledge transfer)")
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="graph sources (needed by --strategy feature; else only checked against the data)",
    )
    p.add_argument("--format", default=None, help="graph source format, as for 'graph stats'")
    p.add_argument("--language", default="en", help="preferred label language (default: en)")
    p.add_argument("--data", required=True, help="QA data directory (train.jsonl, dev.jsonl)")
    p.add_argument(
        "--strategy",
        default="lora",
        choices=sorted(STRATEGIES),
        help="lora (default), freeze (top layers), full (all weights), feature (path scorer)",
    )
    p.add_argument(
        "--out",
        default=None,
        help="output directory (refused if it exists); optional for --strategy feature: the "
        "graph's own scorer folder, which 'auto' scorers use",
    )
    p.add_argument("--model", default=None, help="base model (default: smollm2-135m-instruct)")
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--lr", type=float, default=None, help="peak learning rate")
    p.add_argument("--batch-size", type=int, default=None)
    p.add_argument("--grad-accum", type=int, default=None, help="micro-batches per step")
    p.add_argument("--max-length", type=int, default=None, help="most tokens of an example")
    p.add_argument("--max-steps", type=int, default=None, help="cap on optimiser steps")
    p.add_argument("--patience", type=int, default=None, help="early stopping (0: off)")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--device", default=None, help="auto (default), cpu, cuda, mps")
    p.add_argument("--threads", type=int, default=None, help="CPU threads (default: all)")
    p.add_argument("--prompts", default=None, help="a JSON file of prompt templates")
    p.add_argument("--no-facts", action="store_true", help="train without the facts block")
    p.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="a strategy's own config field, e.g. r=16, trainable_layers=4, layer=-2",
    )
    p.add_argument("--resume", action="store_true", help="continue from the last checkpoint")
    p.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    p.add_argument("--json", action="store_true", help="last line: one JSON object")
    p.set_defaults(func=_tune)
    for register in _EXTRA_COMMANDS:
        register(sub)
    _add_debug(parser, top=True)
    return parser


class _UsageError(SystemExit):
    """argparse's exit for a bad command line, with its message kept for ``--json``."""

    def __init__(self, message: str) -> None:
        super().__init__(2)
        self.message = message


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise _UsageError(f"{self.prog}: {message}")


def _add_debug(parser: argparse.ArgumentParser, top: bool) -> None:
    """``--debug`` on the command and on every subcommand (so it may come anywhere)."""
    parser.add_argument(
        "--debug",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="on an error, print the Python traceback too",
    )
    for action in parser._actions:
        if isinstance(action.choices, dict):  # a subcommand action
            for sub in {id(p): p for p in action.choices.values()}.values():
                _add_debug(sub, top=False)


# Later stages register their subcommands here (retrieve, eval, ask, chat, qa, tune).
_EXTRA_COMMANDS: list[Callable[[Any], None]] = []


def _qa(args: argparse.Namespace) -> int:
    import time

    from kgchat.qa import KINDS, SPLITS, QAConfig, generate_qa, write_qa
    from kgchat.qa.store import check_out_dir

    config = QAConfig(
        seed=args.seed,
        phrasings=args.phrasings,
        max_per_kind=args.max_per_kind,
        hops=tuple(args.hops),
        conjunctions=not args.no_conjunctions,
        unanswerable=not args.no_unanswerable,
        test_fraction=args.test_fraction,
        dev_fraction=args.dev_fraction,
        max_answers=args.max_answers,
        max_support=args.max_support,
        max_facts=args.max_facts,
        retrieve=not args.no_retrieve,
        encoder=args.encoder,
        encoder_model=args.encoder_model,
        prompts=args.prompts,
        paraphrase=args.paraphrase,
        paraphrase_model=args.paraphrase_model,
    )
    check_out_dir(args.out, args.overwrite)  # before the work, not after it
    kg = load_graph(args)
    t0 = time.perf_counter()
    examples = generate_qa(kg, config, progress=False if args.json else None)
    seconds = time.perf_counter() - t0
    out = write_qa(examples, args.out, args.overwrite, kg=kg, config=config)
    counts = {s: {k: 0 for k in KINDS} for s in SPLITS}
    for ex in examples:
        counts[ex.split][ex.kind] += 1
    if args.json:
        print(json.dumps({"out": str(out), "seconds": round(seconds, 2), "counts": counts}))
        return 0
    print(f"wrote {len(examples)} questions to {out} in {seconds:.1f} s, from {kg!r}")
    print(f"{'kind':<14}" + "".join(f"{s:>8}" for s in (*SPLITS, "total")))
    for k in KINDS:
        row = [counts[s][k] for s in SPLITS]
        print(f"{k:<14}" + "".join(f"{n:>8}" for n in (*row, sum(row))))
    totals = [sum(counts[s].values()) for s in SPLITS]
    print(f"{'all':<14}" + "".join(f"{n:>8}" for n in (*totals, sum(totals))))
    if config.paraphrase:
        n = sum(ex.paraphrased for ex in examples)
        print(f"rewordings kept: {n} of {len(examples) - n} questions (the rest failed a check)")
    n_support = sum(len(ex.facts) for ex in examples)
    if config.retrieve and n_support:
        found = 1 - sum(ex.inserted for ex in examples) / n_support
        print(f"supporting facts the retriever found: {found:.1%} (the rest put into prompts)")
    print(f"evaluate: kgchat eval {' '.join(args.paths)} --questions {out / 'test.jsonl'}")
    return 0


def _register_qa(sub: Any) -> None:
    p = sub.add_parser(
        "qa", help="generate QA (train/dev/test) from the graph, for tuning and evaluation"
    )
    _add_graph_args(p)
    p.add_argument("--out", required=True, help="output directory (refused if not empty)")
    p.add_argument("--overwrite", action="store_true", help="replace --out if it is not empty")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--phrasings", type=int, default=2, help="wordings per question (default 2)")
    p.add_argument("--max-per-kind", type=int, default=2000, help="questions per kind (2000)")
    p.add_argument(
        "--hops", type=int, nargs="+", default=[1, 2, 3], help="path lengths (default: 1 2 3)"
    )
    p.add_argument("--no-conjunctions", action="store_true", help="no two-constraint questions")
    p.add_argument("--no-unanswerable", action="store_true", help="no abstention examples")
    p.add_argument("--test-fraction", type=float, default=0.1, help="topics held out for test")
    p.add_argument("--dev-fraction", type=float, default=0.1, help="topics held out for dev")
    p.add_argument("--max-answers", type=int, default=20, help="skip bigger answer sets (20)")
    p.add_argument("--max-support", type=int, default=24, help="skip needing more facts (24)")
    p.add_argument("--max-facts", type=int, default=12, help="retrieved facts in a prompt (12)")
    p.add_argument(
        "--no-retrieve",
        action="store_true",
        help="prompts hold the supporting facts only (fast; no retriever noise)",
    )
    p.add_argument(
        "--encoder",
        default="sentence-transformers",
        help="the retriever's encoder, as for the chatbot: sentence-transformers (default), "
        "llm, hashing",
    )
    p.add_argument("--encoder-model", default=None, help="the encoder's model")
    p.add_argument("--prompts", default=None, help="a JSON file of prompt templates")
    p.add_argument(
        "--paraphrase",
        action="store_true",
        help="add a rewording of each question by a chat LLM (slow: one generation per "
        "question; cached under $KGCHAT_CACHE/paraphrases, so a rerun resumes)",
    )
    p.add_argument(
        "--paraphrase-model", default=None, help="the rewording model (default: the chat model)"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object of counts")
    p.set_defaults(func=_qa)


_EXTRA_COMMANDS.append(_register_qa)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kgchat`` console script; returns the exit status.

    No error caused by the input (a bad file, path, flag or question) prints a traceback.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except _UsageError as exc:
        _json_error(
            argparse.Namespace(json="--json" in argv), {"error": exc.message, "kind": "UsageError"}
        )
        return 2
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    debug = args.debug or os.environ.get("KGCHAT_DEBUG", "") not in ("", "0")
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        if debug:
            raise
        print("\nkgchat: interrupted", file=sys.stderr)
        _json_error(args, {"error": "interrupted", "kind": "KeyboardInterrupt"})
        return 130
    except Exception as exc:
        if debug:
            raise
        if isinstance(exc, BrokenPipeError) and _stdout_closed():
            return 1  # the reader went away (| head): nothing to say, nowhere to say it
        report = error_report(exc)
        shown = str(exc) if isinstance(exc, KGChatError) else report["error"]
        print(f"kgchat: error: {shown}", file=sys.stderr)
        _json_error(args, report)
        return 1


def error_report(exc: BaseException) -> dict[str, Any]:
    """What the command line says about an error: ``error`` (one line), ``kind``, ``file``,
    ``line``, ``column`` (None where unknown), and ``context`` (the file's lines, if any).

    An error kgchat raised on purpose speaks for itself; an ``OSError`` is about a path the
    user gave; anything else is a bug in kgchat and is said to be one.

    >>> from kgchat.errors import ParseError
    >>> error_report(ParseError("bad token", "kb.ttl", 3, 7))["error"]
    'kb.ttl:3:7: bad token'
    >>> r = error_report(PermissionError(13, "Permission denied", "/data/kb.nt"))
    >>> r["error"], r["file"]
    ('/data/kb.nt: Permission denied', '/data/kb.nt')
    """
    path, line, column = None, None, None
    context: tuple[str, ...] = ()
    if isinstance(exc, KGChatError):
        text = str(exc)
        path, line, column = exc.path, exc.line, exc.column
        context = tuple(getattr(exc, "context", ()))
        if context:
            text = text.split("\n", 1)[0]
    elif isinstance(exc, OSError) and exc.filename is not None:
        path = str(exc.filename)
        target = f" -> {exc.filename2}" if exc.filename2 is not None else ""
        text = f"{path}{target}: {exc.strerror or exc}"
    elif isinstance(exc, OSError):
        text = f"{exc.strerror or exc}"
    elif isinstance(exc, MemoryError):
        text = "out of memory; try a smaller graph or question set"
    else:
        text = (
            f"internal error: {type(exc).__name__}: {exc} (a kgchat bug: rerun with --debug "
            "for the traceback, and report it)"
        )
    report: dict[str, Any] = {
        "error": text,
        "kind": type(exc).__name__,
        "file": path,
        "line": line,
        "column": column,
    }
    if context:
        report["context"] = list(context)
    return report


def _stdout_closed() -> bool:
    """Whether stdout is a pipe whose reader has gone; if so, stdout is pointed at /dev/null,
    so that Python's own flush at exit does not complain."""
    import select

    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        closed = any(event & select.POLLERR for _, event in poller.poll(0))
    except (AttributeError, OSError, ValueError):  # no poll(), or no real stdout (tests)
        return False
    if closed:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return closed


def _json_error(args: argparse.Namespace, report: dict[str, Any]) -> None:
    """With ``--json``, the error as the last line of stdout."""
    if getattr(args, "json", False):
        blank = dict.fromkeys(("error", "kind", "file", "line", "column"))
        print(json.dumps(blank | report))


if __name__ == "__main__":
    sys.exit(main())
