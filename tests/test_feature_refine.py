"""The ``refine`` head of the learned path scorer (kgchat.retrieval.path_heads.RefineHead and
refine_inputs), the listwise loss's starting sharpness, and the training questions the feature
strategy makes (two-constraint questions left out on request, multi-hop questions with one
relation word dropped)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from kgchat.errors import ConfigError
from kgchat.graph import KnowledgeGraph
from kgchat.retrieval.path_heads import REFINE_FEATURES, RefineHead, refine_inputs
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.scoring import PathQuery
from kgchat.tuning.data import QAExample
from kgchat.tuning.feature_config import FeatureTuningConfig
from kgchat.tuning.feature_fit import fit_head

VOCAB = ("who", "is", "the", "father", "of", "ann", "mother", "born", "in", "parent", "place")


class BagOfWords:
    """A stand-in for the frozen encoder (the interface refine_inputs reads): a text is the
    unit mean of its words' one-hot rows, a token its own row."""

    dim = len(VOCAB)
    device = torch.device("cpu")

    def _row(self, word: str) -> np.ndarray:
        v = np.zeros(self.dim, np.float32)
        if word in VOCAB:
            v[VOCAB.index(word)] = 1.0
        return v

    def embed_tokens(self, text: str) -> np.ndarray:
        return np.stack([self._row(w) for w in text.lower().strip("?").split()])

    def embed(self, texts: list[str]) -> np.ndarray:
        out = []
        for t in texts:
            v = self.embed_tokens(t).sum(0)
            out.append(v / max(float(np.linalg.norm(v)), 1e-9))
        return np.stack(out).astype(np.float32)


def _info() -> QuestionInfo:
    tokens = ["who", "is", "the", "father", "of", "ann"]
    return QuestionInfo(
        "Who is the father of Ann?", ["father"], [], [], tokens=tokens, spans=[(5, 6)]
    )


FATHER = PathQuery((("hasFather", True),), ("father",))
MOTHER = PathQuery((("hasMother", True),), ("mother",))
# "parent" walked backwards, its declared inverse ("father of") said by the question
CHILD = PathQuery((("parent", False),), ("parent",), inverses=("father of",))
TWO = PathQuery((("hasMother", True), ("bornIn", True)), ("mother", "born in"), ("place",))


def test_refine_inputs_read_the_encoders_similarities_of_the_question_without_its_names():
    paths = [FATHER, MOTHER, CHILD, TWO]
    heur = np.array([1.0, 0.2, 0.5, 0.1], np.float32)
    parts = np.zeros((4, 6), np.float32)
    got = refine_inputs(BagOfWords(), _info(), paths, heur, parts)  # type: ignore[arg-type]
    f = got["feats"][0].numpy()
    col = {name: f[:, i] for i, name in enumerate(REFINE_FEATURES)}
    assert f.shape == (4, len(REFINE_FEATURES)) and got["heur"][0].tolist() == heur.tolist()
    assert col["heuristic"].tolist() == heur.tolist()
    assert col["hop_token_mean"][0] == pytest.approx(1.0)  # "father" is a token of the question
    assert col["hop_token_mean"][1] == pytest.approx(0.0)
    # the backward hop is read as its declared inverse, "father of", which the question says
    # ("parent" alone would read 0)
    assert col["hop_token_mean"][2] == pytest.approx(2**-0.5)
    # "ann", a name, is no part of what is asked: "who is the father of" against "father"
    assert col["asked_vs_path"][0] > col["asked_vs_path"][1]
    assert col["hops_1"].tolist() == [1, 1, 1, 0] and col["hops_2"].tolist() == [0, 0, 0, 1]
    assert col["hop_token_min"][3] == 0.0 and col["has_types"].tolist() == [0, 0, 0, 0]


def test_the_untrained_refine_head_ranks_as_the_untrained_scorer_and_its_correction_is_capped():
    torch.manual_seed(0)
    head = RefineHead(hidden=8, dropout=0.0, cap=0.5)
    feats = torch.rand(2, 5, len(REFINE_FEATURES))
    heur = torch.rand(2, 5)
    assert torch.equal(head(feats, heur), heur)
    torch.nn.init.normal_(head.net[-1].weight, std=100.0)
    moved = head(feats, heur) - heur
    assert moved.abs().max() <= 0.5 + 1e-6 and moved.abs().max() > 0.1


def test_the_listwise_loss_starts_at_the_configured_sharpness():
    from kgchat.tuning.feature import FeatureStrategy

    with pytest.raises(ConfigError, match="sharpness"):
        FeatureTuningConfig(sharpness=0.0)
    n = 4
    row = {
        "feats": torch.rand(n, len(REFINE_FEATURES)),
        "heur": torch.arange(n, dtype=torch.float32),
        "labels": torch.tensor([False, False, False, True]),
    }
    st = FeatureStrategy(head="refine", sharpness=30.0, epochs=1, lr=1e-9, eval_every=1)
    _, extra = fit_head(st.config, RefineHead(8, 0.0, 0.5), [row], [row])
    assert extra["loss_scale"] == pytest.approx(30.0, rel=1e-3)


def test_training_examples_leave_out_conjunctions_and_add_a_dropped_relation_word():
    from kgchat.tuning.feature import training_examples

    kg = KnowledgeGraph.from_triples(
        [("Ann", "hasFather", "Bob"), ("Bob", "bornIn", "Rome"), ("Eve", "hasFather", "Bob")]
    )
    two = QAExample(
        "What is the born in of the father of Ann?",
        ("Rome",),
        kind="2hop",
        pattern=("hasFather>", "bornIn>"),
    )
    one = QAExample("What is the father of Ann?", ("Bob",), kind="1hop", pattern=("hasFather>",))
    both = QAExample(
        "Which entities have father Bob and are born in Rome?",
        ("Ann",),
        kind="conjunction",
        pattern=("hasFather>", "bornIn>"),
    )
    plain = training_examples([two, one, both], kg, FeatureTuningConfig(conjunctions=True))
    assert plain == [two, one, both]
    cfg = FeatureTuningConfig(conjunctions=False, drop_words=True)
    got = training_examples([two, one, both], kg, cfg)
    assert got[:2] == [two, one] and len(got) == 3
    dropped = got[2]
    assert dropped.answers == two.answers and dropped.pattern == two.pattern
    words = set(two.question.split()) - set(dropped.question.split())
    assert len(words) == 1 and words <= {"born", "father"}
