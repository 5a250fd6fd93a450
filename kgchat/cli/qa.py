"""``kgchat qa``: questions and answers generated from the graph (train/dev/test), for tuning
and evaluation. Every :class:`~kgchat.qa.QAConfig` field is a flag."""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from kgchat.cli.common import add_graph_args, add_json, load_graph
from kgchat.cli.flags import add_config_flags, config_from_args


def register(sub: Any) -> None:
    """Add ``qa`` to the subcommands ``sub``."""
    from kgchat.qa.config import QAConfig

    p = sub.add_parser(
        "qa", help="generate QA (train/dev/test) from the graph, for tuning and evaluation"
    )
    add_graph_args(p)
    p.add_argument("--out", required=True, help="output directory (refused if not empty)")
    p.add_argument("--overwrite", action="store_true", help="replace --out if it is not empty")
    add_config_flags(p, QAConfig)
    add_json(p, "print one JSON object of counts")
    p.set_defaults(func=_qa)


def _qa(args: argparse.Namespace) -> int:
    from kgchat.qa import KINDS, SPLITS, QAConfig, generate_qa, write_qa
    from kgchat.qa.store import check_out_dir

    config = config_from_args(QAConfig, args)
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
