"""An n-ary value node says what its value is by a qualifier (an ODRL constraint's left operand
"Payment Amount", "Count"): a question says the junction by one word of the qualifier's name
("How much must be *paid*", "how many": the *Count*), which the whole name's embedding need not
come near, and a walk through it to the value was held at confidence 0 (abstained, the right
value on top)."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.junction_words import name_words

EX = "http://ex.org/"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DEC = "^^<http://www.w3.org/2001/XMLSchema#decimal>"
INT = "^^<http://www.w3.org/2001/XMLSchema#integer>"


def test_name_words_are_the_words_of_names_of_several():
    assert name_words(["Payment Amount", "Count", "Equal to"]) == ["Payment", "Amount"]
    assert name_words(["Count"], whole=True) == ["Count"]


def _graph(tmp_path: Path) -> KnowledgeGraph:
    lines = [
        f'<{EX}{k}> <{LABEL}> "{v}" .'
        for k, v in [
            ("offer1", "Terrain model offer"),
            ("offer2", "Forecast API offer"),
            ("payAmount", "Payment Amount"),
            ("count", "Count"),
            ("eq", "Equal to"),
            ("lteq", "Less than or equal to"),
            ("eur", "Euro"),
        ]
    ]
    lines += [
        f"<{EX}offer1> <{EX}permission> _:r1 .",
        f"_:r1 <{EX}duty> _:d1 .",
        f"_:d1 <{EX}constraint> _:c1 .",
        f"_:c1 <{EX}leftOperand> <{EX}payAmount> .",
        f"_:c1 <{EX}operator> <{EX}eq> .",
        f'_:c1 <{EX}rightOperand> "4500.00"{DEC} .',
        f"_:c1 <{EX}unit> <{EX}eur> .",
        f"<{EX}offer2> <{EX}permission> _:r2 .",
        f"_:r2 <{EX}constraint> _:c2 .",
        f"_:c2 <{EX}leftOperand> <{EX}count> .",
        f"_:c2 <{EX}operator> <{EX}lteq> .",
        f'_:c2 <{EX}rightOperand> "20"{INT} .',
    ]
    path = tmp_path / "g.nt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_value_node_is_said_by_a_word_of_its_qualifier(tmp_path):
    r = make_retriever(_graph(tmp_path), index_dir=None, scorer=None)
    res = r.retrieve("How much must be paid under the Terrain model offer?")
    assert res.answer == "4500.00" and not res.abstained
    # the value of another qualifier's node, the number on top
    assert r.retrieve("How many times may the Forecast API offer be used?").answer == "20"
