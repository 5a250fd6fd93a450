"""``bench/confidence_causes.py`` names the check that set a confidence and changes no result:
on a tiny graph of bare triples with the real encoder, a question its relation says is
credited to the relation judge's reading, no question to a later override, and every traced
retrieval's confidence and answer are the untraced one's; every check that zeroes a
judgement is traced, the year checks among them."""

from __future__ import annotations

import sys
from pathlib import Path

from kgchat import KnowledgeGraph

BENCH = Path(__file__).resolve().parents[1] / "bench"

FILMS = [
    ("Glass Harbor", "director", "Maren Holt"),
    ("Winter Orchard", "director", "Maren Holt"),
    ("Maren Holt", "birth place", "Bergen"),
    ("Glass Harbor", "composer", "Pavel Kros"),
    ("Pavel Kros", "birth place", "Oslo"),
]
QUESTIONS = [
    "Who directed Glass Harbor?",
    "Where was the composer of Glass Harbor born?",
    "Where was Glass Harbor born?",
]


T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
REVENUES = [
    ("Nokia", T, "Company"),
    ("Nokia", "revenue", '"22300000000"'),
    ("Nokia", "headquarters", "Espoo"),
    ("Ericsson", T, "Company"),
    ("Ericsson", "revenue", '"31000000000"'),
    ("Ericsson", "headquarters", "Stockholm"),
]


def _causes_module():
    sys.path.insert(0, str(BENCH))
    try:
        import confidence_causes as cc
    finally:
        sys.path.remove(str(BENCH))
    return cc


def test_causes_are_named_and_results_unchanged():
    from kgchat.pipeline import make_retriever

    cc = _causes_module()
    r = make_retriever(KnowledgeGraph.from_triples(FILMS), index_dir=None)
    plain = [(x.confidence, x.candidates[0].node) for x in map(r.retrieve, QUESTIONS)]
    cc.install()
    causes = []
    for q, (confidence, node) in zip(QUESTIONS, plain, strict=True):
        with cc.traced():
            res = r.retrieve(q)
            causes.append(cc.cause_of(res)[0])
        assert (res.confidence, res.candidates[0].node) == (confidence, node)
    assert causes[0] == "judge"
    assert all(c and not c.startswith("override") for c in causes)


def test_every_zeroing_check_is_traced_the_year_checks_too():
    """The checks are read from the confidence's code: both year checks are among them, and a
    year no walk meets names ``year_unmet`` (on START only ``dated_otherwise`` was traced, and
    this question's cause read ``early_zero``)."""
    import kgchat.retrieval.confidence as conf
    from kgchat.pipeline import make_retriever

    cc = _causes_module()
    functions, methods = cc.zeroing_checks(conf.AnswerConfidence._judged_top, conf.AnswerConfidence)
    assert {"dated_otherwise", "year_unmet", "through_hub", "name_unmet"} <= set(functions)
    assert {"_held_value_unsaid", "_owner_reached"} <= set(methods)
    r = make_retriever(KnowledgeGraph.from_triples(REVENUES), index_dir=None, scorer=None)
    cc.install()
    with cc.traced():
        res = r.retrieve("What was Nokia's revenue in 1995?")
        cause = cc.cause_of(res)[0]
    assert res.abstained and cause == "year_unmet"


def test_record_unmet_is_named(tmp_path, monkeypatch):
    """A check ``_confidence`` zeroes on after the tops are judged is traced too: a cost
    record meeting no span "post" names ``record_unmet`` (fix58e's check; on START the cause
    read the judge's own reading, 1.0, which the question was not abstained for)."""
    import kgchat.retrieval.confidence as conf
    from kgchat.pipeline import make_retriever
    from tests.test_record_part_names import TTL

    cc = _causes_module()
    functions, _methods = cc.zeroing_checks(conf.AnswerConfidence._confidence)
    assert "record_unmet" in functions
    ttl = TTL.replace(
        "m8g:hasChannel ex:permit-web, ex:permit-post ;", "m8g:hasChannel ex:permit-web ;"
    ).replace(
        """,
                [ a m8g:Cost ; m8g:value "19.00"^^xsd:decimal ;
                  dct:description "Paper form"@en ; m8g:ifAccessedThrough ex:permit-post ] .""",
        " .",
    )
    path = tmp_path / "costs.ttl"
    path.write_text(ttl, encoding="utf-8")
    monkeypatch.setenv("KGCHAT_CACHE", str(tmp_path / "cache"))
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    r.prepare()
    cc.install()
    with cc.traced():
        res = r.retrieve("How much does a fishing permit cost by post?")
        cause = cc.cause_of(res)[0]
    assert res.abstained and cause == "record_unmet"


def test_the_judged_walk_is_read_after_the_retrieval():
    """``--walks`` (fix63c): the judge's walk of the top answer is kept with its cause and
    read once the retrieval is done: "Who directed Glass Harbor?" over ``director`` names that
    phrase and the question's word, and "Who made Glass Harbor's music?" over ``composer``
    has the encoder's reading of that phrase beside it; no result changes."""
    from kgchat.pipeline import make_retriever

    cc = _causes_module()
    r = make_retriever(KnowledgeGraph.from_triples(FILMS), index_dir=None)
    questions = ["Who directed Glass Harbor?", "Who made Glass Harbor's music?"]
    plain = [(x.confidence, x.candidates[0].node) for x in map(r.retrieve, questions)]
    cc.install()
    walks = []
    for q, (confidence, node) in zip(questions, plain, strict=True):
        with cc.traced():
            res = r.retrieve(q)
            walk = cc.cause_of(res)[1].get("walk")
        assert (res.confidence, res.candidates[0].node) == (confidence, node)
        assert walk is not None
        walks.append(cc.walk_readings(walk))
    assert walks[0]["phrases"] == ["director"] and "directed" in walks[0]["words"]
    assert walks[1]["phrases"] == ["composer"] and walks[1]["meaning"] is not None
