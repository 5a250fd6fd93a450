"""Word matching done in one batch gives what it gives one word at a time: the words of a
walk's junction qualifiers a question says (:meth:`~kgchat.retrieval.junction_words.
JunctionWords.said_name_words`, one similarity matrix for all its words) and a similarity
matrix's opposite parties (:meth:`~kgchat.retrieval.similarity.TextSimilarity.words`, whose
pairs' loop runs only where a word ends in "ee"), checked against the brute-force reading."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.junction_words import SAID, name_words
from kgchat.retrieval.similarity import opposite_parties

EX = "http://ex.org/"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DEC = "^^<http://www.w3.org/2001/XMLSchema#decimal>"


def _graph(tmp_path: Path) -> KnowledgeGraph:
    lines = [
        f'<{EX}{k}> <{LABEL}> "{v}" .'
        for k, v in [
            ("offer1", "Terrain model offer"),
            ("payAmount", "Payment Amount"),
            ("eq", "Equal to"),
            ("eur", "Euro Currency Unit"),
            ("org", "Harbour Data Licensee"),
        ]
    ]
    lines += [
        f"<{EX}offer1> <{EX}permission> _:r1 .",
        f"_:r1 <{EX}constraint> _:c1 .",
        f"_:c1 <{EX}leftOperand> <{EX}payAmount> .",
        f"_:c1 <{EX}operator> <{EX}eq> .",
        f'_:c1 <{EX}rightOperand> "4500.00"{DEC} .',
        f"_:c1 <{EX}unit> <{EX}eur> .",
        f"_:r1 <{EX}assignee> <{EX}org> .",
    ]
    path = tmp_path / "g.nt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_said_name_words_in_one_matrix_are_those_said_one_by_one(tmp_path):
    r = make_retriever(_graph(tmp_path), index_dir=None, scorer=None)
    checked = 0
    for question in (
        "How much must be paid under the Terrain model offer?",
        "In which currency unit is the Terrain model offer paid?",
        "Who is the licensee of the Terrain model offer?",
    ):
        res = r.retrieve(question)
        q = r.read(res.question, res.mentions)[0]
        for c in res.candidates:
            for p in c.paths:
                words = name_words(r.walk_qualifiers(p))
                # the brute force: one similarity matrix a word
                one_by_one = tuple(w for w in words if r._word_said([w], q) >= SAID)
                assert r.said_name_words(q, p) == one_by_one
                checked += bool(words)
    assert checked  # the walks passed through the junction and read its qualifiers' words
    res = r.retrieve("How much must be paid under the Terrain model offer?")
    q = r.read(res.question, res.mentions)[0]
    said = {w for c in res.candidates for p in c.paths for w in r.said_name_words(q, p)}
    assert "Payment" in said  # "paid" says the "Payment" of "Payment Amount"


def test_opposite_parties_skipped_only_where_no_word_can_be_one(tmp_path):
    r = make_retriever(_graph(tmp_path), index_dir=None, scorer=None)
    sim = r.scorer.similarity
    a = ["assigner", "Licensor", "payment", "employee", "owner", "Trainee", "amount"]
    b = ["assignee", "licensee", "paid", "employer", "owns", "trainer", "much"]
    for left, right in ((a, b), (a, ["owns", "much", "paid"]), (["owner", "amount"], b)):
        batch = sim.words(left, right)
        for i, x in enumerate(left):
            for j, y in enumerate(right):
                # the brute force: each pair alone, opposite parties zeroed
                # (an embedding's cosine may differ in its last bits with the batch's shape)
                alone = sim.words([x], [y])[0, 0]
                assert abs(batch[i, j] - alone) <= 1e-6
                if opposite_parties(x, y):
                    assert batch[i, j] == 0.0 == alone
        # rows of words that cannot be a party are those of a batch holding none
        plain = [k for k, x in enumerate(left) if not x.lower().endswith("ee")]
        np.testing.assert_allclose(
            batch[plain], sim.words([left[k] for k in plain], right), rtol=0, atol=1e-6
        )
    assert sim.words(["assigner"], ["assignee"])[0, 0] == 0.0
    assert sim.words(["licensee"], ["Licensor"])[0, 0] == 0.0
