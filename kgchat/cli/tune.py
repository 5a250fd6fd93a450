"""``kgchat tune``: train a strategy (lora, freeze, full, feature) on QA data.

The shared :class:`~kgchat.tuning.TrainConfig` fields are flags (``--epochs``, ``--lr``...); a
strategy's own fields are ``--option FIELD=VALUE``. What differs between strategies (whether
the graph is needed, where the result goes by default, whether a run resumes, what the result
plugs into) is asked of the strategy class, never decided by its name here.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from typing import Any

from kgchat.cli.common import add_graph_args, add_json, load_graph
from kgchat.cli.flags import add_config_flags, flag_values


def register(sub: Any) -> None:
    """Add ``tune`` to the subcommands ``sub``."""
    from kgchat.tuning import DEFAULT_STRATEGY, STRATEGIES, TrainConfig

    p = sub.add_parser("tune", help="fine-tune the chatbot's model on QA data (knowledge transfer)")
    add_graph_args(
        p,
        nargs="*",
        help="graph sources (needed by --strategy feature; else only checked against the data)",
    )
    p.add_argument("--data", required=True, help="QA data directory (train.jsonl, dev.jsonl)")
    p.add_argument(
        "--strategy",
        default=DEFAULT_STRATEGY,
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
    add_config_flags(
        p,
        TrainConfig,
        flags={"with_facts": "--no-facts"},
        given_only=True,
        default_note="the strategy's",
    )
    p.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="a strategy's own config field, e.g. r=16, trainable_layers=4, layer=-2",
    )
    p.add_argument("--resume", action="store_true", help="continue from the last checkpoint")
    p.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    add_json(p, "last line: one JSON object")
    p.set_defaults(func=_tune)


def _options(config_cls: type, items: list[str]) -> dict[str, Any]:
    """``--option FIELD=VALUE`` items as config fields (VALUE read as JSON, else a string)."""
    from kgchat.errors import ConfigError

    known = {f.name for f in dataclasses.fields(config_cls)}
    fields: dict[str, Any] = {}
    for item in items:
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
    return fields


def _tune(args: argparse.Namespace) -> int:
    from kgchat.errors import ConfigError
    from kgchat.tuning import TrainConfig, get_strategy, load_qa_data

    strategy = get_strategy(args.strategy)
    fields = flag_values(TrainConfig, args) | _options(strategy.Config, args.option)
    config = strategy.Config(**fields)
    data = load_qa_data(args.data)
    kg = load_graph(args) if args.paths else None
    if strategy.needs_graph and kg is None:
        raise ConfigError(f"--strategy {args.strategy} walks the graph: give the graph PATHs")
    out = args.out if args.out is not None else strategy.default_out(kg)
    if out is None:
        raise ConfigError(
            f"--strategy {args.strategy} needs --out DIR (only a strategy that trains a path "
            "scorer has a default: the graph's own scorer folder)"
        )
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
        if strategy.resumable:
            print(f"\nkgchat: interrupted; --resume continues from {out}.partial", file=sys.stderr)
        return 130
    _report(result, strategy, kg, args.json)
    return 0


def _report(result: Any, strategy: Any, kg: Any, as_json: bool) -> None:
    m = result.manifest
    if as_json:
        keep: tuple[str, ...] = ("strategy", "base_model", "steps", "initial_dev_loss")
        keep += ("best_dev_loss", "dev_retrieval", "default_scorer")
        summary = {k: m.get(k) for k in keep} | {
            "out": str(result.out_dir),
            "tokens_per_second": m.get("tokens_per_second"),
            "wall_time_s": m.get("wall_time_s"),
        }
        print(json.dumps(summary))
        return
    print(f"saved {m['strategy']} model to {result.out_dir} ({m.get('steps', 0)} steps)")
    if m.get("initial_dev_loss") is not None and m.get("best_dev_loss") is not None:
        print(f"dev loss {m['initial_dev_loss']:.4f} -> {m['best_dev_loss']:.4f}")
    if m.get("tokens_per_second"):
        print(f"{m['tokens_per_second']:.0f} tokens/s, {m['wall_time_s']:.0f} s in all")
    if strategy.output != "scorer":
        print(f"use it with --model {result.out_dir}")
        return
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
    if kg is not None and result.out_dir == strategy.default_out(kg):
        if m.get("default_scorer"):
            print(
                "the graph's default scorer now: retrieve/ask/chat/eval use it (--scorer none: not)"
            )
        else:
            print(
                m.get("default_note")
                or "not significantly better on the dev questions: 'auto' keeps the untrained "
                "scorer"
            )
    else:
        print(f"use it with --scorer {result.out_dir}")
