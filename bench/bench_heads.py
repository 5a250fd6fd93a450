"""Learned-head variants against people's questions: does training on a graph's generated QA
help on the questions people ask about it?

For each real-world graph of ``../shared/bench/realworld/`` the script

1. generates QA from the graph (``kgchat qa``: ``--max-per-kind`` a kind, ``--rewordings``,
   seed 0; cached under ``--out``),
2. walks and labels every training and dev question's candidate paths once, as the feature
   strategy does (:func:`kgchat.tuning.feature_data.candidate_paths`; cached),
3. trains one head per variant (``FeatureTuningConfig`` fields as JSON) on those same
   candidates, selecting the epoch on the generated dev split, as ``kgchat tune`` does,
4. checks each head against the untrained scorer on the development half of the graph's
   people's questions (:func:`kgchat.tuning.feature_gate.dev_gate`, what ``--option
   gate_file=`` runs): hits@1 of both, questions won and lost.

The test half is never read. Usage::

    .venv/bin/python bench/bench_heads.py                       # the default head
    .venv/bin/python bench/bench_heads.py --graphs music \\
        --variant '{}' --variant '{"sharpness": 30, "conjunctions": false}' \\
        --variant '{"head": "refine", "sharpness": 30, "max_correction": 0.2}'

One line per (graph, variant), and ``bench/out/heads/results.json``.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from pathlib import Path
from typing import Any

from _common import OUT, REALWORLD, qa_data

GRAPHS = {
    "music": "music.ttl.gz",
    "iswc2010": "iswc-2010-complete.rdf",
    "geopolitical": "geopolitical.owl",
}


def _paths(kg: Any, name: str, qa_dir: Path, out: Path, cfg: Any) -> dict[str, list[Any]]:
    """Every question's labelled candidate paths, walked once per (graph, QA, config fields
    that change them) and cached."""
    from kgchat.retrieval import Retriever, RetrieverConfig
    from kgchat.retrieval.learned import heuristic_scorer
    from kgchat.tuning.data import load_qa_data
    from kgchat.tuning.feature_data import candidate_paths, training_examples

    key = f"paths-{name}-c{int(cfg.conjunctions)}-d{int(cfg.drop_words)}.pkl"
    where = out / key
    if where.is_file():
        return pickle.loads(where.read_bytes())
    retriever = Retriever(kg, config=RetrieverConfig(max_hops=cfg.max_hops))
    heuristic = heuristic_scorer(cfg.heuristic_encoder)
    qa = load_qa_data(qa_dir)
    rng = random.Random(cfg.seed)
    t0 = time.perf_counter()
    splits = {
        split: [
            q
            for q in (candidate_paths(retriever, ex, cfg, rng, heuristic) for ex in examples)
            if q is not None
        ]
        for split, examples in (("train", training_examples(qa.train, kg, cfg)), ("dev", qa.dev))
    }
    print(f"[{name}] candidate paths in {time.perf_counter() - t0:.0f} s", flush=True)
    where.write_bytes(pickle.dumps(splits))
    return splits


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graphs", default=",".join(GRAPHS))
    ap.add_argument("--variant", action="append", help="FeatureTuningConfig fields, JSON")
    ap.add_argument("--max-per-kind", type=int, default=300)
    ap.add_argument("--rewordings", type=int, default=1)
    ap.add_argument("--out", type=Path, default=OUT / "heads")
    args = ap.parse_args()
    import torch

    from kgchat import KnowledgeGraph
    from kgchat.pipeline import make_retriever
    from kgchat.qa import QAConfig
    from kgchat.retrieval.learned import LearnedPathScorer, heuristic_scorer
    from kgchat.retrieval.path_features import make_extractor
    from kgchat.retrieval.path_heads import make_head
    from kgchat.tuning.feature import FeatureStrategy
    from kgchat.tuning.feature_fit import fit_head
    from kgchat.tuning.feature_gate import dev_gate, people_dev
    from kgchat.tuning.loop import load_base_model

    torch.set_num_threads(1)
    args.out.mkdir(parents=True, exist_ok=True)
    variants = [json.loads(v) for v in args.variant or ["{}"]]
    lm, tok, _ = load_base_model(None, "encoder")
    results = []
    for name in args.graphs.split(","):
        folder = REALWORLD / name
        kg = KnowledgeGraph.load(folder / GRAPHS[name], progress=False)
        qa_cfg = QAConfig(
            seed=0, max_per_kind=args.max_per_kind, rewordings=args.rewordings, retrieve=False
        )
        qa_dir = qa_data(kg, args.out / f"qa-{name}", qa_cfg, name)
        retriever = make_retriever(kg, progress=False, scorer="none")
        people = people_dev(str(folder / "questions.jsonl"))
        for fields in variants:
            t0 = time.perf_counter()
            strategy = FeatureStrategy(**fields)
            cfg = strategy.config
            splits = _paths(kg, name, qa_dir, args.out, cfg)
            extractor = make_extractor(cfg, lm, tok)
            tensors = {s: strategy._embed(extractor, qs) for s, qs in splits.items()}
            torch.manual_seed(cfg.seed)
            head = make_head(cfg, extractor.dim)
            _, extra = fit_head(strategy.config, head, tensors["train"], tensors["dev"])
            encoder = retriever.index.encoder if retriever.index is not None else None
            scorer = LearnedPathScorer(
                head.eval(), extractor, cfg, {}, heuristic_scorer(cfg.heuristic_encoder, encoder)
            )
            gate = dev_gate(retriever, scorer, people, len(people), cfg.seed, False) or {}
            row = {
                "graph": name,
                "variant": fields,
                "people_dev": {k: gate.get(k) for k in ("questions", "wins", "losses")},
                "untrained": gate.get("untrained_hits_at_1"),
                "learned": gate.get("learned_hits_at_1"),
                "generated_dev": [extra["heuristic_dev_hits1"], extra["best_dev_hits1"]],
                "chosen_epoch": extra["chosen_epoch"],
                "seconds": round(time.perf_counter() - t0, 1),
            }
            results.append(row)
            print(json.dumps(row), flush=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    sys.exit(main())
