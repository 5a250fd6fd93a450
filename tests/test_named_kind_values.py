"""Value nodes keyed by a named kind of the publisher's own (the W3C ML Schema's
``[ mls:specifiedBy measure:roc-auc ; mls:hasValue 0.81 ]`` on a run) read as the facts they
state, ``run -ROC AUC-> 0.81``; and a question's entity named by such a relation's whole phrase
("the *ROC AUC* of run r1", the measure an entity too) read as that relation's word.

Read as plain triples the value was two hops away behind a blank node, by "has output" and "has
value", words the question never says, and the measure's name linked to the measure as a second
topic: "What was the ROC AUC of run r1?" was abstained on.
"""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

M = "http://www.w3.org/ns/mls#"
E = "https://tracker.example/"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
MEASURES = {"auc": "ROC AUC", "f1": "F1 score", "acc": "accuracy"}


def _runs() -> list[tuple[str, str, str]]:
    rows = [(E + f"measure/{k}", LABEL, f'"{v}"') for k, v in MEASURES.items()]
    rows += [(E + f"measure/{k}", TYPE, M + "EvaluationMeasure") for k in MEASURES]
    for r, name in enumerate(["swift-owl-3", "calm-fox-8", "brave-wren-12", "dusty-yak-40"]):
        run = E + f"run/{r:04x}"
        rows += [(run, LABEL, f'"{name}"'), (run, TYPE, M + "Run")]
        for i, k in enumerate(MEASURES):
            b = f"_:e{r}{i}"
            rows += [
                (run, M + "hasOutput", b),
                (b, TYPE, M + "ModelEvaluation"),
                (b, M + "specifiedBy", E + f"measure/{k}"),
                (
                    b,
                    M + "hasValue",
                    f'"0.{6 + r}{i + 1}"^^<http://www.w3.org/2001/XMLSchema#double>',
                ),
            ]
    return rows


def _facts(kg: KnowledgeGraph, start: str) -> list[str]:
    return sorted(f.text for f in kg.facts() if f.text.startswith(start))


def test_a_value_node_of_a_named_kind_is_the_fact_it_states():
    kg = KnowledgeGraph.from_triples(_runs())
    assert _facts(kg, "calm-fox-8 — ROC AUC") == ["calm-fox-8 — ROC AUC → 0.71"]
    assert _facts(kg, "calm-fox-8 — F1 score") == ["calm-fox-8 — F1 score → 0.72"]
    # the node and its own triples stay
    assert len(_facts(kg, "calm-fox-8 — has output")) == 3


def test_a_unit_is_no_kind():
    # Brick's [ brick:value 350 ; brick:hasUnit unit:TON_FG ]: a capacity in tons, not a ton
    B, U = "https://brickschema.org/schema/Brick#", "http://qudt.org/vocab/unit/"
    rows = []
    for i in range(8):
        rows += [
            (E + f"chiller{i}", LABEL, f'"Chiller {i}"'),
            (E + f"chiller{i}", B + "ratedCapacity", f"_:c{i}"),
            (f"_:c{i}", B + "value", f'"{300 + i}"'),
            (f"_:c{i}", B + "hasUnit", U + "TON_FG"),
        ]
    kg = KnowledgeGraph.from_triples(rows)
    assert not [f for f in kg.facts() if "TON" in f.predicate_label.upper()]
    assert len([f for f in kg.facts() if f.predicate_label == "value"]) == 8


def test_a_node_whose_literal_is_no_value_stays_unread():
    # an offer's price beside its availability: the price is not the availability's value
    S = "http://schema.org/"
    rows = []
    for i in range(8):
        rows += [
            (E + f"p{i}", LABEL, f'"Tent {i}"'),
            (E + f"p{i}", S + "offers", f"_:o{i}"),
            (f"_:o{i}", S + "price", f'"{100 + i}"'),
            (f"_:o{i}", S + "availability", S + ("InStock" if i % 2 else "OutOfStock")),
        ]
    # (a value stated elsewhere in the graph, so the graph is read for value nodes at all)
    rows += [
        (E + "p0", S + "weight", "_:w"),
        ("_:w", S + "value", '"2"'),
        ("_:w", S + "unitCode", '"KGM"'),
    ]
    kg = KnowledgeGraph.from_triples(rows)
    assert not [f for f in kg.facts() if "stock" in f.predicate_label.lower()]


def test_the_measure_named_beside_a_run_asks_its_relation():
    kg = KnowledgeGraph.from_triples(_runs())
    r = make_retriever(kg)
    for question, answer in [
        ("What was the ROC AUC of run brave-wren-12?", "0.81"),
        ("F1 score of dusty-yak-40", "0.92"),
    ]:
        res = r.retrieve(question)
        assert not res.abstained, question
        assert res.answer == answer, (question, res.answer)
    # named alone, the measure is still the entity asked about
    res = r.retrieve("What kind of thing is the F1 score?")
    assert E + "measure/f1" in {m.node for m in res.mentions}


def test_a_kind_every_node_shares_names_no_value():
    # EURIO's [ a MonetaryAmount ; value 430895.48 ; hasCurrency EUR ] on each contribution:
    # one currency for all amounts tells them apart by nothing; the amount is no "EUR"
    C = "http://data.europa.eu/s66#"
    eur = "http://publications.europa.eu/resource/authority/currency/EUR"
    rows = [(eur, LABEL, '"Euro"')]
    for i in range(8):
        rows += [
            (E + f"role{i}", LABEL, f'"Partner {i} in Project {i}"'),
            (E + f"role{i}", C + "hasECContribution", f"_:m{i}"),
            (f"_:m{i}", TYPE, C + "MonetaryAmount"),
            (f"_:m{i}", C + "value", f'"{1000 + i}.5"'),
            (f"_:m{i}", C + "hasCurrency", eur),
        ]
    kg = KnowledgeGraph.from_triples(rows)
    assert not [f for f in kg.facts() if "euro" in f.predicate_label.lower()]


def test_a_value_of_the_relation_its_name_says_stays_the_value():
    # ELI's `in force` relation holds status concepts, one of them named "in force" too:
    # "... cease to be in force?" names that status, not a measure of the act
    L = "http://data.europa.eu/eli/ontology#"
    rows = [
        (L + "in_force", LABEL, '"in force"'),
        (L + "InForce-inForce", LABEL, '"in force"'),
        (L + "InForce-notInForce", LABEL, '"not in force"'),
    ]
    for i in range(4):
        act = E + f"act/{i}"
        rows += [
            (act, LABEL, f'"Directive {i} on data"'),
            (act, L + "in_force", L + ("InForce-inForce" if i % 2 else "InForce-notInForce")),
            (act, L + "date_document", f'"20{10 + i}-01-01"'),
        ]
    kg = KnowledgeGraph.from_triples(rows)
    r = make_retriever(kg)
    res = r.retrieve("When did Directive 2 on data stop being in force?")
    assert L + "InForce-inForce" in {m.node for m in res.mentions}
