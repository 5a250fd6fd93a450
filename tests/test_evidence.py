"""The evidence subgraph (kgchat.evidence): roles, the walked path, the size cap, the drawings."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from kgchat.chat import ChatBot
from kgchat.chat.backends import EchoBackend, TemplateBackend
from kgchat.data import GRAPHS_DIR
from kgchat.errors import ConfigError
from kgchat.evidence import draw_evidence, evidence_payload, evidence_svg
from kgchat.graph import KnowledgeGraph

GRAPHS = GRAPHS_DIR
TWO_HOPS = [
    ("Atorvastatin", "drug_class", "Statins"),
    ("Statins", "mechanism", "Enzyme inhibition"),
    ("Atorvastatin", "treats", "Hypercholesterolemia"),
    ("Simvastatin", "drug_class", "Statins"),
]
QUESTION = "What is the mechanism of the drug class of Atorvastatin?"


def _ask(triples: list[tuple[str, str, str]], question: str):
    kg = KnowledgeGraph.from_triples(triples)
    return kg, ChatBot(kg, backend=EchoBackend()).ask(question)


def test_roles_and_walked_path_on_a_tiny_graph() -> None:
    kg, answer = _ask(TWO_HOPS, QUESTION)
    p = evidence_payload(kg, answer)
    role = {n["id"]: n["role"] for n in p["nodes"]}
    assert role == {
        "Atorvastatin": "topic",
        "Statins": "path",
        "Enzyme inhibition": "answer",
        "Hypercholesterolemia": "other",
        "Simvastatin": "other",
    }
    walked = [(e["source"], e["target"]) for e in p["edges"] if e["on_path"]]
    assert walked == [("Atorvastatin", "Statins"), ("Statins", "Enzyme inhibition")]
    ids = set(role)
    assert all(e["source"] in ids and e["target"] in ids for e in p["edges"])
    # the path is pinned on one line, topic left of the hop left of the answer
    at = {n["id"]: (n["x"], n["y"]) for n in p["nodes"]}
    assert at["Atorvastatin"][0] < at["Statins"][0] < at["Enzyme inhibition"][0]
    assert at["Atorvastatin"][1] == at["Statins"][1] == at["Enzyme inhibition"][1]
    assert all(0 <= v <= 1 for xy in at.values() for v in xy)
    # the cited fact carries its citation number; JSON-able; the same picture every time
    cited = {(e["fact"], e["n"]) for e in p["edges"] if e["n"] is not None}
    assert cited == {(f.id, answer.given.index(f) + 1) for f in answer.facts}
    assert ("Atorvastatin", 1) in {(e["source"], e["n"]) for e in p["edges"]}
    assert json.loads(json.dumps(p)) == p == evidence_payload(kg, answer)


def test_every_member_of_a_list_answer_is_an_answer_on_its_path() -> None:
    kg, answer = _ask(
        [
            ("Aspirin", "treats", "Headache"),
            ("Ibuprofen", "treats", "Headache"),
            ("Aspirin", "interacts_with", "Warfarin"),
            ("Warfarin", "treats", "Thrombosis"),
        ],
        "Which drugs treat Headache?",
    )
    assert answer.answers == ["Aspirin", "Ibuprofen"]
    p = evidence_payload(kg, answer)
    role = {n["id"]: n["role"] for n in p["nodes"]}
    assert [n for n, r in role.items() if r != "other"] == ["Headache", "Aspirin", "Ibuprofen"]
    walked = {(e["source"], e["target"]) for e in p["edges"] if e["on_path"]}
    assert walked == {("Aspirin", "Headache"), ("Ibuprofen", "Headache")}


def test_size_cap_keeps_topic_path_answer_and_no_dangling_edge() -> None:
    star = [("Aspirin", "treats", "Headache")] + [
        ("Aspirin", "interacts_with", f"Drug{i}") for i in range(40)
    ]
    kg, answer = _ask(star, "What does Aspirin treat?")
    assert answer.answer == "Headache"
    for cap in (2, 5, 10):  # the chatbot gives 12 facts: each cap is reached
        p = evidence_payload(kg, answer, max_nodes=cap)
        ids = {n["id"] for n in p["nodes"]}
        assert len(ids) == len(p["nodes"]) <= cap
        assert {"Aspirin", "Headache"} <= ids
        assert all(e["source"] in ids and e["target"] in ids for e in p["edges"])
        assert len(p["edges"]) >= cap - 1  # the kept nodes are the ends of kept facts
    with pytest.raises(ConfigError, match="max_nodes"):
        evidence_payload(kg, answer, max_nodes=0)


def test_abstention_keeps_only_the_topic() -> None:
    kg, answer = _ask(TWO_HOPS, "Who founded Atorvastatin?")
    assert answer.abstained
    p = evidence_payload(kg, answer)
    assert [(n["id"], n["role"]) for n in p["nodes"]] == [("Atorvastatin", "topic")]
    assert p["edges"] == []
    _, nothing = _ask(TWO_HOPS, "What is the capital of France?")
    assert evidence_payload(kg, nothing) == {"nodes": [], "edges": []}
    assert ET.fromstring(evidence_svg({"nodes": [], "edges": []})).tag.endswith("svg")


def test_medicine_two_hops_with_the_template_backend() -> None:
    kg = KnowledgeGraph.load(GRAPHS / "medicine.ttl")
    answer = ChatBot(kg, backend=TemplateBackend()).ask(
        "What is the mechanism of action of the drug class of atorvastatin?"
    )
    p = evidence_payload(kg, answer)
    label = {n["role"]: n["label"] for n in p["nodes"] if n["role"] != "other"}
    assert label == {
        "topic": "atorvastatin",
        "path": "statins",
        "answer": "HMG-CoA reductase inhibition",
    }
    assert sorted(e["n"] for e in p["edges"] if e["on_path"]) == [1, 2]  # both hops cited
    assert len(p["nodes"]) <= 20


def test_svg_escapes_labels_and_is_well_formed() -> None:
    evil = '<script>alert("x")</script> & co'
    kg, answer = _ask([("Aspirin", "treats", evil)], "What does Aspirin treat?")
    p = evidence_payload(kg, answer)
    assert any(n["label"] == evil and n["role"] == "answer" for n in p["nodes"])
    svg = evidence_svg(p)
    assert "<script" not in svg and "&lt;script&gt;" in svg
    root = ET.fromstring(svg)  # escaping keeps the document parseable
    ns = "{http://www.w3.org/2000/svg}"
    roles = [g.get("class") for g in root.iter(f"{ns}g") if g.get("class", "").startswith("node")]
    assert sorted(roles) == ["node answer", "node topic"]
    assert [g.get("class") for g in root.iter(f"{ns}g") if "edge" in g.get("class", "")] == [
        "edge on-path"
    ]


def test_draw_evidence_with_matplotlib() -> None:
    matplotlib = pytest.importorskip("matplotlib", reason="matplotlib (the viz extra) is absent")
    matplotlib.use("Agg")
    kg, answer = _ask(TWO_HOPS, QUESTION)
    ax = draw_evidence(answer, kg=kg)
    shown = {t.get_text() for t in ax.texts}
    assert {"Atorvastatin", "Statins", "Enzyme inhibition", "drug class", "mechanism"} <= shown
    with pytest.raises(ConfigError, match="kg="):
        draw_evidence(answer)
