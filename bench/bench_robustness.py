"""Robustness: the questions kgchat answers right, asked again in other forms a user would type.

For each real-world graph (``../shared/bench/realworld/``), the answerable questions of the
development half (``--split dev``, ``kgchat.evaluation.split_items``) and our own
(``bench/data/own/``) that retrieval answers right are asked again, each in every form below,
and the share still answered right (not abstained, top answer a gold one) is printed per form:

- ``lower``: all in lower case, without the question mark ("who produced rumours");
- ``tell_me``: behind "Can you tell me ..." (a wh-question behind an auxiliary);
- ``please``: behind "Please answer: ...";
- ``i_wonder``: "I wonder ...", as a statement;
- ``drop`` / ``swap`` / ``replace``: one letter of the longest name word (five letters or more,
  inside the first linked mention) dropped, swapped with the next, or replaced by a vowel;
  seeded, one variant a question and kind.

Usage::

    .venv/bin/python bench/bench_robustness.py                 # ~1 min with cached indexes
    .venv/bin/python bench/bench_robustness.py --sets dev -v   # people's half only, failures

The last line printed is one JSON object with every figure (also written to
``bench/out/robustness.json``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from typing import Any

from _common import OUT, REALWORLD, ROOT, commit

FILES = {
    "music": "music.ttl.gz",
    "iswc2010": "iswc-2010-complete.rdf",
    "geopolitical": "geopolitical.owl",
}
FRAMES: dict[str, Callable[[str], str]] = {
    "lower": lambda q: q.lower().rstrip("?"),
    "tell_me": lambda q: "Can you tell me " + q[0].lower() + q[1:],
    "please": lambda q: "Please answer: " + q,
    "i_wonder": lambda q: "I wonder " + q[0].lower() + q[1:].rstrip("?") + ".",
}
EDITS = ("drop", "swap", "replace")


def misspell(question: str, mention: str, kind: str, rng: random.Random) -> str | None:
    """The question with one letter of its longest name word (in ``mention``) changed."""
    from kgchat.text import tokens

    words = question.split()
    inside = set(mention.split())
    spots = [
        i
        for i, w in enumerate(words)
        if len(core := w.strip("?.,!'")) >= 5 and core.isalpha() and tokens(w)[:1]
        if tokens(w)[0] in inside
    ]
    if not spots:
        return None
    i = max(spots, key=lambda k: len(words[k]))
    word = words[i]
    core = word.rstrip("?.,!")
    j = rng.randrange(1, len(core) - 1)
    if kind == "drop":
        new = core[:j] + core[j + 1 :]
    elif kind == "swap":
        new = core[:j] + core[j + 1] + core[j] + core[j + 2 :]
    else:
        new = core[:j] + rng.choice([v for v in "aeiou" if v != core[j].lower()]) + core[j + 1 :]
    return " ".join([*words[:i], new + word[len(core) :], *words[i + 1 :]])


def right(res: Any, gold: set[str]) -> bool:
    from kgchat.text import answer_key

    return (
        not res.abstained and bool(res.candidates) and answer_key(res.candidates[0].label) in gold
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="dev,own", help="dev (people's half) and/or own")
    ap.add_argument("--graphs", default=",".join(FILES))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every failure")
    args = ap.parse_args(argv)

    from kgchat import KnowledgeGraph
    from kgchat.evaluation import read_questions, split_items
    from kgchat.pipeline import make_retriever
    from kgchat.text import answer_key

    rng = random.Random(args.seed)
    kinds = [*FRAMES, *EDITS]
    counts = {k: [0, 0] for k in kinds}
    asked = 0
    for name in args.graphs.split(","):
        folder = REALWORLD / name
        if not folder.is_dir():
            raise SystemExit(f"{folder} not found (the shared benchmark data)")
        kg = KnowledgeGraph.load(folder / FILES[name], progress=False)
        r = make_retriever(kg, progress=False)
        people, _ = read_questions(folder / "questions.jsonl")
        sets = {"dev": split_items(people)[0]}
        if "own" in args.sets:
            sets["own"] = read_questions(ROOT / "bench" / "data" / "own" / f"{name}.jsonl")[0]
        for which in args.sets.split(","):
            for item in sets[which]:
                gold = {answer_key(a) for a in item.answers}
                if not gold:
                    continue
                res = r.retrieve(item.question)
                if not right(res, gold) or not res.mentions:
                    continue
                asked += 1
                variants = {k: f(item.question) for k, f in FRAMES.items()}
                for kind in EDITS:
                    variants[kind] = misspell(item.question, res.mentions[0].text, kind, rng)
                for kind, question in variants.items():
                    if question is None:
                        continue
                    ok = right(r.retrieve(question), gold)
                    counts[kind][0] += ok
                    counts[kind][1] += 1
                    if args.verbose and not ok:
                        print(f"  [{name}/{kind}] {question}")
        print(f"[{name}] done", flush=True)
    print(f"\n{asked} questions answered right, asked again:\n")
    print("| form | still right | share |\n|---|---:|---:|")
    for k in kinds:
        n_ok, n = counts[k]
        print(f"| {k} | {n_ok} / {n} | {n_ok / n:.3f} |" if n else f"| {k} | 0 / 0 | - |")
    payload = {
        "kgchat_commit": commit(),
        "args": vars(args),
        "questions": asked,
        "still_right": {k: {"right": a, "n": n} for k, (a, n) in counts.items()},
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "robustness.json").write_text(json.dumps(payload, indent=2), encoding="utf-8")
    print(json.dumps(payload))
    return 0


if __name__ == "__main__":
    sys.exit(main())
