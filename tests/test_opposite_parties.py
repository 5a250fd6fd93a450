"""The two parties of one act, the one who does it (``-er`` / ``-or``: an ODRL rule's
``assigner``, a contract's ``licensor``) and the one who receives it (``-ee``: ``assignee``,
``licensee``), are opposites, not kin: one stem and near in any embedding, they had "Who is the
assignee of X?" answered by X's assigner, the relation the question names the other end of.
"""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.similarity import TextSimilarity, opposite_parties

EX = "http://ex.org/"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def test_the_doer_and_the_receiver_of_one_act_are_opposites():
    assert opposite_parties("Assigner", "assignee")
    assert opposite_parties("licensee", "licensor")
    assert opposite_parties("payee", "payer")
    assert not opposite_parties("employee", "employees")
    assert not opposite_parties("assigner", "assigned")
    sims = TextSimilarity().words(["assigner", "Assignee"], ["assignee"])
    assert sims[0, 0] == 0.0  # the other party
    assert sims[1, 0] == 1.0  # the party asked


def _graph(tmp_path: Path, with_assignee: bool) -> KnowledgeGraph:
    lines = [
        f'<{EX}p1> <{LABEL}> "Harbour data agreement" .',
        f'<{EX}o1> <{LABEL}> "Port Authority" .',
        f'<{EX}o2> <{LABEL}> "Fjord Logistics" .',
        f"<{EX}p1> <{EX}assigner> <{EX}o1> .",
        f'<{EX}p2> <{LABEL}> "Terrain offer" .',
        f"<{EX}p2> <{EX}assigner> <{EX}o1> .",
    ]
    if with_assignee:
        lines.append(f"<{EX}p1> <{EX}assignee> <{EX}o2> .")
    path = tmp_path / "g.nt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_the_assignee_asked_is_never_the_assigner(tmp_path):
    r = make_retriever(_graph(tmp_path, True), index_dir=None, scorer=None)
    # with the encoder, as the retriever judges: the other party says nothing of it (0.79
    # before: near, one stem), the act's own relation still answers
    sims = r.judge.scorer.similarity.words(["assigner", "Assignee"], ["assignee"])
    assert sims[0, 0] == 0.0 and sims[1, 0] == 1.0
    res = r.retrieve("Who is the assignee of the Harbour data agreement?")
    assert res.answer == "Fjord Logistics" and not res.abstained
    # an offer with an assigner and no assignee: its assigner is no answer
    res = r.retrieve("Who is the assignee of the Terrain offer?")
    assert res.abstained or res.answer != "Port Authority"
