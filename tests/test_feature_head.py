"""The feature head: which candidate paths it trains as a question's own (kgchat.tuning.
feature_data._labels: the generator's pattern and same-length equivalents, never a detour that
lands on the answers), the selection that keeps the untrained head when training never beats
it on dev, and the encoder similarities the token head reads."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from kgchat.tuning.data import QAExample
from kgchat.tuning.feature_data import _labels
from kgchat.tuning.feature_fit import fit_head


def _ex(pattern: tuple[str, ...], kind: str = "1hop") -> QAExample:
    return QAExample.from_dict(
        {"question": "q?", "answers": ["B"], "pattern": list(pattern), "kind": kind}
    )


AUTHOR = (("author", True),)
WROTE = (("wrote", False),)  # the same relation declared the other way
DETOUR = (("author", True), ("author", False), ("author", True))  # out and back, lands on B
OTHER = (("cites", True),)


def test_a_detour_onto_the_answers_is_no_positive():
    keys = [(AUTHOR, ()), (WROTE, ()), (DETOUR, ()), (OTHER, ())]
    counts = [[1, 1], [1, 1], [2, 2], [3, 1]]  # reached, gold
    got = _labels(_ex(("author>",)), keys, counts)
    assert got.tolist() == [True, True, False, False]
    # a 3-hop question keeps its own 3-hop path
    got = _labels(_ex(("author>", "author<", "author>"), "3hop"), keys, counts)
    assert got.tolist() == [False, False, True, False]


def test_without_a_pattern_the_shortest_precise_paths_are_positive():
    keys = [(AUTHOR, ()), (DETOUR, ()), (OTHER, ())]
    got = _labels(_ex(()), keys, [[1, 1], [2, 2], [3, 1]])
    assert got.tolist() == [True, False, False]
    assert not _labels(_ex(()), keys, [[1, 0], [2, 0], [3, 0]]).any()


def test_training_that_never_beats_the_untrained_head_on_dev_keeps_it():
    """A head whose every step makes dev worse ends as it started: the heuristic's ranking."""
    from kgchat.retrieval.path_heads import PathHead
    from kgchat.tuning.feature import FeatureStrategy

    torch.manual_seed(0)
    dim, n = 4, 6

    def row(pos: int, heur_best: int) -> dict[str, torch.Tensor]:
        heur = torch.zeros(n)
        heur[heur_best] = 1.0
        labels = torch.zeros(n, dtype=torch.bool)
        labels[pos] = True
        return {
            "q": torch.ones(dim),
            "p": torch.eye(n, dim),
            "heur": heur,
            "hops": torch.ones(n),
            "labels": labels,
        }

    # train says the opposite of dev: what the head learns there can only cost dev questions
    train = [row(pos=1, heur_best=0) for _ in range(8)]
    dev = [row(pos=0, heur_best=0) for _ in range(4)]
    head = PathHead(dim, 8, 0.0, use_heuristic=True, cap=0.5)
    before = {k: v.clone() for k, v in head.state_dict().items()}
    st = FeatureStrategy(head="pooled", epochs=5, lr=0.05, patience=0, eval_every=1)
    _, extra = fit_head(st.config, head, train, dev)
    assert extra["chosen_epoch"] == 0 and extra["best_dev_hits1"] == 1.0
    assert all(torch.equal(before[k], v) for k, v in head.state_dict().items())
    assert np.isfinite(extra["loss_scale"])


def test_the_token_head_reads_the_encoders_own_similarities():
    """``meaning``: per hop, its phrase's cosine to the closest question token, the type's,
    and the path against the whole question, unprojected; untrained, still the heuristic."""
    from kgchat.retrieval.path_heads import TokenPathHead

    torch.manual_seed(0)
    b, n, t, d = 1, 2, 4, 8
    qt = torch.nn.functional.normalize(torch.randn(b, t, d), dim=-1)
    hop_emb = torch.nn.functional.normalize(torch.randn(b, n, 3, d), dim=-1)
    hop_emb[0, 0, 0] = qt[0, 2]  # path 0 says its first hop with question token 2
    hm = torch.tensor([[[1.0, 0.0, 0.0], [1.0, 1.0, 0.0]]])
    type_emb = torch.zeros(b, n, d)
    tm = torch.zeros(b, n)
    feats = TokenPathHead._meaning(
        qt, torch.ones(b, t, dtype=torch.bool), hop_emb, hm, type_emb, tm
    )
    assert feats.shape == (b, n, TokenPathHead.HOPS + 2)
    assert feats[0, 0, 0] == pytest.approx(1.0, abs=1e-5)  # the hop said word for word
    assert feats[0, 1, 0] < 0.99 and feats[0, 0, 1] == 0.0  # a missing hop reads 0
    head = TokenPathHead(d, 16, 0.0, use_heuristic=True, cap=0.5, proj=4, meaning=True)
    plain = TokenPathHead(d, 16, 0.0, use_heuristic=True, cap=0.5, proj=4)
    assert head.net[0].in_features == plain.net[0].in_features + TokenPathHead.HOPS + 2
    inputs = {
        "qt": qt,
        "qmask": torch.ones(b, t, dtype=torch.bool),
        "hop_emb": hop_emb,
        "hop_mask": hm.bool(),
        "dirs": torch.ones(b, n, 3),
        "type_emb": type_emb,
        "type_mask": tm.bool(),
        "heur": torch.tensor([[0.3, 0.7]]),
        "hops": torch.tensor([[1.0, 2.0]]),
        "parts": torch.rand(b, n, 4),
    }
    assert torch.equal(head(**inputs), inputs["heur"])


def test_the_dev_check_can_run_on_the_development_half_of_peoples_questions(tmp_path):
    """``gate_file``: the questions of ``kgchat eval --split dev``, never the test half."""
    import json

    from kgchat.errors import DataError
    from kgchat.evaluation import read_questions, split_items
    from kgchat.tuning.feature_gate import people_dev

    path = tmp_path / "questions.jsonl"
    rows = [
        {"question": f"Who wrote paper {i}?", "answers": [f"A{i}"], "kind": k}
        for i, k in enumerate(["1hop", "1hop", "1hop", "2hop", "2hop", "synonym"])
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    got = people_dev(str(path))
    dev, test = split_items(read_questions(path)[0])
    assert [e.question for e in got] == [i.question for i in dev]
    assert not {e.question for e in got} & {i.question for i in test}
    assert all(e.answers for e in got) and len(got) == 4  # ceil(3/2) + 1 + 1
    (tmp_path / "empty.jsonl").write_text("not json\n")
    with pytest.raises(DataError, match="question"):
        people_dev(str(tmp_path / "empty.jsonl"))
