"""Linking, multi-hop retrieval and the evaluation harness, on real components."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kgchat import KnowledgeGraph
from kgchat.errors import RetrievalError
from kgchat.evaluation import evaluate_retrieval, read_questions, sample
from kgchat.graph.vocab import RDF_TYPE
from kgchat.index import EntityIndex, IndexConfig
from kgchat.linking import EntityLinker, LinkerConfig
from kgchat.retrieval import HeuristicPathScorer, Retriever, RetrieverConfig
from tests.conftest import shared_path

TRUE = '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>'
FALSE = '"false"^^<http://www.w3.org/2001/XMLSchema#boolean>'
FOOTBALL = [
    ("Alan_PULIDO", "plays_in_club", "Tigres_UANL"),
    ("Alan_PULIDO", "plays_for_country", "Mexico"),
    ("Alan_PULIDO", "plays_position", "Forward"),
    ("Alan_PULIDO", "is_aged", "23"),
    ("Tigres_UANL", "is_in_country", "Mexico"),
    ("Laurent_KOSCIELNY", "plays_in_club", "Arsenal_FC"),
    ("Laurent_KOSCIELNY", "plays_for_country", "France"),
    ("Laurent_KOSCIELNY", "plays_position", "Defender"),
    ("Arsenal_FC", "is_in_country", "England"),
    ("Olivier_GIROUD", "plays_in_club", "Arsenal_FC"),
    ("Olivier_GIROUD", "plays_for_country", "France"),
    ("Olivier_GIROUD", "plays_position", "Forward"),
    ("Hugo_LLORIS", "plays_in_club", "Tottenham_Hotspur_FC"),
    ("Hugo_LLORIS", "plays_for_country", "France"),
    ("Hugo_LLORIS", "plays_position", "Goalkeeper"),
    ("Tottenham_Hotspur_FC", "is_in_country", "England"),
    ("Pelé", "plays_for_country", "Brazil"),
]


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(FOOTBALL)


@pytest.fixture(scope="module")
def hashing_index(kg) -> EntityIndex:
    return EntityIndex.build(kg, config=IndexConfig(encoder="hashing"))


# ---------------------------------------------------------------- linking
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Where does alan pulido play?", ["Alan_PULIDO"]),
        ("What is Alan_PULIDO's club?", ["Alan_PULIDO"]),  # underscores, possessive
        ("Who plays for arsenal fc and france?", ["Arsenal_FC", "France"]),
        ("Which country did Pele play for?", ["Pelé"]),  # diacritics
        ("Which Forwards play for France?", ["Forward", "France"]),  # plural
    ],
)
def test_dictionary_linking(kg, question, expected):
    assert [m.node for m in EntityLinker(kg).link(question)] == expected


def test_longest_match_first():
    kg = KnowledgeGraph.from_triples([("New_York", "in", "USA"), ("New_York_City", "in", "USA")])
    mentions = EntityLinker(kg).link("How big is New York City?")
    assert [(m.text, m.node) for m in mentions] == [("new york city", "New_York_City")]


def test_index_fallback_links_misspellings(kg, hashing_index):
    # the typo search would find it first (test_linking), and "Laurent" alone, a partial name
    no_typos = LinkerConfig(typos=False, partial_max=0)
    question = "Which club does Laurent Koscielni play for?"
    mentions = EntityLinker(kg, hashing_index, no_typos).link(question)
    assert mentions and mentions[0].node == "Laurent_KOSCIELNY"
    assert mentions[0].method == "index"
    assert EntityLinker(kg, config=no_typos).link(question) == []


def test_ambiguous_names_resolved_by_context():
    kg = KnowledgeGraph.from_triples(
        [
            ("http://ex.org/Paris_France", "http://www.w3.org/2000/01/rdf-schema#label", '"Paris"'),
            ("http://ex.org/Paris_Texas", "http://www.w3.org/2000/01/rdf-schema#label", '"Paris"'),
            ("http://ex.org/Paris_France", "http://ex.org/capital_of", "http://ex.org/France"),
            ("http://ex.org/Paris_Texas", "http://ex.org/located_in", "http://ex.org/Texas"),
            ("http://ex.org/Texas", "http://ex.org/part_of", "http://ex.org/USA"),
        ]
    )
    mentions = EntityLinker(kg).link("Which state is Paris located in?")
    assert [m.node for m in mentions][:2] == [
        "http://ex.org/Paris_Texas",
        "http://ex.org/Paris_France",
    ]
    assert mentions[0].score > mentions[1].score


# ---------------------------------------------------------------- retrieval
def test_two_hop_question_prefers_the_path_the_question_asks_for(kg):
    r = Retriever(kg)
    res = r.retrieve("Which country is the club of Laurent KOSCIELNY in?")
    assert res.answer == "England"  # the club's country, not his national team's
    path = res.candidates[0].paths[0]
    assert path.pattern == (("plays_in_club", True), ("is_in_country", True))
    assert path.nodes == ("Laurent_KOSCIELNY", "Arsenal_FC", "England")
    texts = [sf.fact.text for sf in res.facts]
    assert texts[:2] == [
        "Laurent KOSCIELNY — plays in club → Arsenal FC",
        "Arsenal FC — is in country → England",
    ]


def test_one_hop_and_literal_answers(kg):
    r = Retriever(kg)
    assert r.retrieve("Which club does Alan PULIDO play in?").answer == "Tigres UANL"
    assert r.retrieve("How old is Alan PULIDO?").answer == "23"


def test_two_constraints_intersect(kg):
    res = Retriever(kg).retrieve("Which Forward plays for France?")
    assert res.answer == "Olivier GIROUD"
    res = Retriever(kg).retrieve("Who plays for France at the club Tottenham Hotspur FC?")
    assert res.answer == "Hugo LLORIS"


def test_backwards_edges_are_walked(kg):
    res = Retriever(kg).retrieve("Name a player of Arsenal FC")
    assert res.answer in {"Laurent KOSCIELNY", "Olivier GIROUD"}


def test_token_budget_and_max_facts(kg):
    r = Retriever(kg, config=RetrieverConfig(max_facts=3))
    assert len(r.retrieve("Who plays for France?").facts) == 3
    r = Retriever(kg, config=RetrieverConfig(token_budget=20))
    facts = r.retrieve("Who plays for France?").facts
    assert sum(len(sf.fact.text) // 4 + 1 for sf in facts) <= 20


def test_max_hops_is_respected(kg):
    r = Retriever(kg, config=RetrieverConfig(max_hops=1))
    res = r.retrieve("Which country is the club of Laurent KOSCIELNY in?")
    assert all(len(p.pattern) == 1 for c in res.candidates for p in c.paths)


def test_bad_questions(kg):
    r = Retriever(kg)
    for q in ("", "   \n\t"):
        with pytest.raises(RetrievalError, match="empty"):
            r.retrieve(q)
    res = r.retrieve("What is the meaning of life?")
    assert res.facts == [] and res.candidates == [] and "no entity" in res.message
    long = "Where does Alan PULIDO play? " + "blah " * 2000  # 10,000 characters
    assert r.retrieve(long[:10_000]).answer is not None


@pytest.mark.parametrize(
    "question, span, expected",
    [
        ("Which albums feature songs written by The Doors?", (6, 8), ["albums"]),
        ("Which drug classes contain aspirin?", (4, 5), ["drug", "classes"]),
        ("What side effects does aspirin have?", (4, 5), ["side", "effects"]),
        # an imperative's "me" is to whom, not what ("Show me movies with X" had no type)
        ("Show me movies with Harrison Ford.", (4, 6), ["movies"]),
        ("Give me all actors who played in Alien.", (6, 7), ["actors"]),
    ],
)
def test_a_plural_noun_ends_the_answer_type(question, span, expected):
    # a compound's modifiers are singular: the plural is its head, the next word a verb
    from kgchat.retrieval.question import analyze

    assert analyze(question, [span]).answer_type == expected


def test_an_entity_named_many_times_is_walked_once(kg):
    # 1,000 mentions of one entity were 1,000 walks (50 s on the medicine graph) and as many
    # constraints: the entity is one constraint, walked from once
    r = Retriever(kg)
    many = r.retrieve("Alan PULIDO " * 800 + "Which club does Alan PULIDO play in?")
    assert [m.text for m in many.mentions] == ["alan pulido"]
    twice = r.retrieve("Alan PULIDO: which club does Alan PULIDO play in?")
    assert len(twice.mentions) == 1
    assert many.answer == twice.answer == "Tigres UANL"


def test_scorer_is_swappable_and_deterministic(kg):
    class Constant:
        def score(self, question, paths):
            import numpy as np

            return np.zeros(len(paths), np.float32)

    res = Retriever(kg, scorer=Constant()).retrieve("Which club does Alan PULIDO play in?")
    assert res.candidates  # still returns candidates, in a stable order
    again = Retriever(kg, scorer=Constant()).retrieve("Which club does Alan PULIDO play in?")
    assert [c.node for c in res.candidates] == [c.node for c in again.candidates]


def test_soft_word_matching_with_an_encoder(kg, hashing_index):
    r = Retriever(kg, hashing_index)
    assert isinstance(r.scorer, HeuristicPathScorer) and r.scorer.encoder is not None
    assert r.retrieve("Which club does Alan PULIDO play in?").answer == "Tigres UANL"


# ---------------------------------------------------------------- evaluation harness
def test_eval_reads_bad_lines_and_reports_metrics(tmp_path, kg):
    qa = tmp_path / "qa.jsonl"
    lines = [
        {
            "question": "Which club does Alan PULIDO play in?",
            "answers": ["Tigres_UANL"],
            "hops": 1,
            "topic": "Alan_PULIDO",
        },
        {
            "question": "Which country is the club of Laurent KOSCIELNY in?",
            "answers": ["england"],
            "hops": 2,
        },
        {"answers": ["x"]},
    ]
    qa.write_text("\n".join(json.dumps(x) for x in lines) + "\n{broken\n", encoding="utf-8")
    items, problems = read_questions(qa)
    assert len(items) == 2
    assert [p.split(":")[1] for p in problems] == ["3", "4"]
    report = evaluate_retrieval(Retriever(kg), items, progress=False)
    assert report.metrics["hits_at_1"] == 1.0 and report.metrics["answer_recall"] == 1.0
    assert report.metrics["linking_accuracy"] == 1.0
    assert set(report.breakdown["hops"]) == {"1", "2"}
    assert "| hits_at_1 | 1.0000 |" in report.to_markdown()


def test_sample_is_seeded(tmp_path):
    qa = tmp_path / "qa.jsonl"
    qa.write_text(
        "".join(json.dumps({"question": f"q{i}", "answers": ["a"]}) + "\n" for i in range(50))
    )
    items, _ = read_questions(qa)
    a, b = sample(items, 10, seed=3), sample(items, 10, seed=3)
    assert a == b and len(a) == 10 and a != sample(items, 10, seed=4)


def test_cli_eval_json_contract(tmp_path):
    kb = tmp_path / "kb.tsv"
    kb.write_text("".join("\t".join(t) + "\n" for t in FOOTBALL), encoding="utf-8")
    qa = tmp_path / "qa.jsonl"
    qa.write_text(
        json.dumps({"question": "What is the age of Alan PULIDO?", "answers": ["23"]})
        + "\n"
        + "oops\n"
    )
    cmd = [
        sys.executable,
        "-m",
        "kgchat.cli",
        "eval",
        str(kb),
        "--questions",
        str(qa),
        "--json",
        "--encoder",
        "hashing",
        "--index",
        str(tmp_path / "idx"),
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    last = json.loads(out.stdout.strip().splitlines()[-1])
    assert set(last) == {
        "hits_at_1",
        "f1",
        "answer_recall",
        "linking_accuracy",
        "hits_at_1_answerable",
        "abstained_unanswerable",
        "abstained_answerable",
        "n",
        "p50_ms",
        "p95_ms",
    }
    assert last["hits_at_1"] == 1.0 and last["n"] == 1
    assert ":2:" in out.stderr  # the bad line, by number


def test_cli_retrieve_json(tmp_path):
    kb = tmp_path / "kb.tsv"
    kb.write_text("".join("\t".join(t) + "\n" for t in FOOTBALL), encoding="utf-8")
    cmd = [
        sys.executable,
        "-m",
        "kgchat.cli",
        "retrieve",
        str(kb),
        "Which club does Alan PULIDO play in?",
        "--json",
        "--encoder",
        "hashing",
        "--index",
        str(tmp_path / "idx"),
    ]
    out = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    assert out["answer"] == "Tigres UANL"
    assert out["facts"][0]["n"] == 1 and out["facts"][0]["id"].startswith("f")
    assert out["confidence"] == 1.0 and out["abstained"] is False
    # in text, the verdict is said; a near relation abstains
    cmd[5:7] = ["When did Alan PULIDO die?"]
    text = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    assert "confidence 0.00: abstains" in text


def test_wc2014_retrieval_with_the_default_encoder():
    """The benchmark's bar, on a seeded sample, with the real bundled encoder."""
    from kgchat.pipeline import make_retriever

    kb = shared_path("bench", "wc2014", "kb.tsv")
    items, _ = read_questions(shared_path("bench", "wc2014", "questions.jsonl"))
    retriever = make_retriever(KnowledgeGraph.load(kb), index_dir=None)
    report = evaluate_retrieval(retriever, sample(items, 300, seed=0), progress=False)
    assert report.metrics["answer_recall"] >= 0.99
    assert report.metrics["hits_at_1"] >= 0.90


def test_numbers_link_to_literal_values(kg):
    mentions = EntityLinker(kg).link("Which Forward is aged 23?")
    assert ("23", '"23"^^<http://www.w3.org/2001/XMLSchema#integer>') in {
        (m.text, m.node) for m in mentions
    }
    assert Retriever(kg).retrieve("Which Forward is aged 23?").answer == "Alan PULIDO"


def test_a_relation_asked_twice_is_walked_twice():
    """ "What do the drugs that interact with X interact with?" asks for two hops of the same
    relation: the one-hop path covers the repeated word once and loses."""
    from kgchat.pipeline import make_retriever
    from kgchat.retrieval.question import analyze

    kg = KnowledgeGraph.from_triples(
        [
            ("Paroxetine", "interacts_with", "Tamoxifen"),
            ("Paroxetine", "interacts_with", "Metoprolol"),
            ("Tamoxifen", "interacts_with", "Warfarin"),
            ("Metoprolol", "interacts_with", "Verapamil"),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    once = r.retrieve("What does Paroxetine interact with?")
    assert {c.label for c in once.candidates if c.score == once.candidates[0].score} == {
        "Tamoxifen",
        "Metoprolol",
    }
    twice = r.retrieve("What do the entities that interact with Paroxetine interact with?")
    top = {c.label for c in twice.candidates if c.score == twice.candidates[0].score}
    assert top == {"Warfarin", "Verapamil"}
    q = analyze("Which things interact with X and interact with Y?", [(4, 5), (8, 9)])
    assert q.words == ["interact"] and q.counts == [2]  # "things" names nothing


def test_a_class_named_inside_a_relation_phrase_is_the_relations_word():
    """'affects body system' is a relation; 'body system' is also a class. Named inside the
    relation's phrase, the class is not a type constraint on the answer."""
    from kgchat.graph.vocab import RDF_TYPE
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Nausea", "affects_body_system", "Digestive_system"),
            ("Rash", "affects_body_system", "Skin"),
            ("Methotrexate", "has_side_effect", "Nausea"),
            ("Methotrexate", "has_side_effect", "Rash"),
            ("Digestive_system", RDF_TYPE, "Body_system"),
            ("Skin", RDF_TYPE, "Body_system"),
            ("Immune_system", RDF_TYPE, "Body_system"),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    res = r.retrieve("Which side effect of Methotrexate affects body system Digestive system?")
    assert res.answer == "Nausea"
    assert "Body_system" not in {m.node for m in res.mentions}
    # named as the answer's type, the class still constrains it
    res = r.retrieve("Which body system does Rash affect?")
    assert res.answer == "Skin"


def test_word_order_tells_which_way_a_verb_relation_is_walked():
    """B both targets and is targeted: only word order (and the passive, of the question or
    of the relation's own label) tells the answers apart."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Drug_A", "targets", "Protein_B"),
            ("Protein_B", "targets", "Gene_C"),
            ("Gene_C", "is_metabolized_by", "Enzyme_D"),
            ("Enzyme_D", "is_metabolized_by", "Enzyme_E"),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    assert r.retrieve("What targets Protein B?").answer == "Drug A"
    assert r.retrieve("What does Protein B target?").answer == "Gene C"
    assert r.retrieve("What is Protein B targeted by?").answer == "Drug A"
    assert r.retrieve("What is targeted by Protein B?").answer == "Gene C"
    # a passive relation: "Enzyme D is metabolized by Enzyme E"
    assert r.retrieve("What is Enzyme D metabolized by?").answer == "Enzyme E"
    assert r.retrieve("What is metabolized by Enzyme D?").answer == "Gene C"
    # "the targets of X": the verb used as a noun gives no cue (nor takes one away)
    assert r.retrieve("What is the targets of Protein B?").answer == "Gene C"


def test_a_symmetric_relation_is_its_own_inverse_and_reads_alike_both_ways(tmp_path):
    """``owl:SymmetricProperty``: "A interacts with B" also says "B interacts with A", so the
    fact's inverse phrase is its own and word order is no evidence against walking it
    backwards (an asymmetric verb relation walked against the word order still is)."""
    from kgchat.retrieval.question import analyze

    ttl = tmp_path / "sym.ttl"
    ttl.write_text(
        "@prefix : <http://ex.org/> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        ":interactsWith a owl:ObjectProperty, owl:SymmetricProperty ;\n"
        '    rdfs:label "interacts with"@en .\n'
        ':targets a owl:ObjectProperty ; rdfs:label "targets"@en .\n'
        ":Aspirin :interactsWith :Warfarin .\n"
        ":Aspirin :targets :COX1 .\n"
    )
    kg = KnowledgeGraph.load(ttl)
    sym, asym = "http://ex.org/interactsWith", "http://ex.org/targets"
    assert kg.inverse_of(sym) == sym and kg.inverse_of(asym) is None
    assert kg.relation_label(sym, inverse=True) == "interacts with"
    r = Retriever(kg)
    q = analyze("What does Warfarin interact with?", [(2, 3)])
    back = r.query(((sym, False),), ())
    assert back.inverses == ("interacts with",)
    assert HeuristicPathScorer().components(q, [back])[0, 5] == 0.0
    q = analyze("What does COX1 target?", [(2, 3)])
    assert HeuristicPathScorer().components(q, [r.query(((asym, False),), ())])[0, 5] == -1.0
    res = r.retrieve("What does Warfarin interact with?")
    assert res.answer == "Aspirin" and not res.abstained


def test_a_relation_walked_twice_is_supported_once():
    """Out to a sibling and back ("published by" forwards, then backwards to another book of
    the same publisher, then its year) says "published" once: the path's support is at most
    the mean over its distinct relations (the walk back, against the word order of "was
    Night Ferry published", supports nothing), so the round trip cannot outweigh the book's
    own year."""
    from kgchat.retrieval.question import analyze
    from kgchat.retrieval.scoring import PathQuery

    scorer = HeuristicPathScorer()
    q = analyze("When was Night Ferry published?", [(2, 4)])
    by, year = ("published_by", "was published by"), ("publication_year", "publication year")
    own = PathQuery(((year[0], True),), (year[1],), ("year",))
    back = PathQuery(((by[0], True),), (by[1],), ("publisher",))
    trip = PathQuery(
        ((by[0], True), (by[0], False), (year[0], True)), (by[1], by[1], year[1]), ("year",)
    )
    support = scorer.components(q, [own, back, trip])[:, 1]
    assert support[2] <= (support[0] + support[1]) / 2 + 1e-6
    kg = KnowledgeGraph.from_triples(
        [
            ("Night_Ferry", "published_by", "Northgate_Books"),
            ("Small_Hours", "published_by", "Northgate_Books"),
            ("Night_Ferry", "publication_year", '"2009"^^<http://www.w3.org/2001/XMLSchema#gYear>'),
            ("Small_Hours", "publication_year", '"2018"^^<http://www.w3.org/2001/XMLSchema#gYear>'),
        ]
    )
    assert Retriever(kg).retrieve("When was Night Ferry published?").answer == "2009"


def test_which_entities_are_a_class_asks_for_its_instances():
    from kgchat.graph.vocab import RDF_TYPE, RDFS_SUBCLASS
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Pregnancy", RDF_TYPE, "Physiological_state"),
            ("Physiological_state", RDFS_SUBCLASS, "Medical_condition"),
            ("Asthma", RDF_TYPE, "Medical_condition"),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    assert r.retrieve("Which entities are a Physiological state?").answer == "Pregnancy"
    assert r.retrieve("What is Pregnancy?").answer == "Physiological state"


def test_a_relation_verb_after_what_is_the_verb_not_the_answer_type():
    """ "What interacts with X?" names no type: read as the type "interacts", it would favour
    whatever is *interacted with* (the objects of the relation) over X's actual partners."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Simvastatin", "interacts_with", "Diltiazem"),
            ("Simvastatin", "interacts_with", "Verapamil"),
            ("Diltiazem", "is_metabolized_by", "CYP3A4"),
            ("Verapamil", "is_metabolized_by", "CYP3A4"),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    for q in ("What interacts with Diltiazem?", "Which entities interact with Diltiazem?"):
        assert r.read(q, r.linker.link(q))[0].answer_type == [], q
        assert r.retrieve(q).answer == "Simvastatin", q
    # a noun before the verb still names the type; the verb form used as a noun stays a noun
    q = "Which drug interacts with Diltiazem?"
    assert r.read(q, r.linker.link(q))[0].answer_type == ["drug"]
    q = "What is the interacts of Diltiazem?"
    assert r.read(q, r.linker.link(q))[0].answer_type == ["interacts"]


def test_a_class_is_one_constraint_and_its_inverse_phrase_is_a_relation():
    """A class said beside entities ("the body system of A and the body system of B") is a
    membership check on the answers, not a place to walk from, however often it is said; a
    class inside a declared inverse's phrase ("has member drug") is that relation's word."""
    from kgchat.graph.vocab import OWL_INVERSE, RDF_TYPE, RDFS_LABEL
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Psoriasis", "affects_body_system", "Skin"),
            ("Psoriasis", "affects_body_system", "Immune_system"),
            ("Colitis", "affects_body_system", "Gut"),
            ("Colitis", "affects_body_system", "Immune_system"),
            ("Skin", RDF_TYPE, "Body_system"),
            ("Gut", RDF_TYPE, "Body_system"),
            ("Immune_system", RDF_TYPE, "Body_system"),
            ("Diltiazem", "member_of_class", "Calcium_blockers"),
            ("Verapamil", "member_of_class", "Calcium_blockers"),
            ("Diltiazem", RDF_TYPE, "Drug"),
            ("Verapamil", RDF_TYPE, "Drug"),
            ("has_member", OWL_INVERSE, "member_of_class"),
            ("has_member", RDFS_LABEL, '"has member drug"'),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    q = "What is the body system of Psoriasis and is the body system of Colitis?"
    res = r.retrieve(q)
    assert [m.node for m in res.mentions] == ["Psoriasis", "Colitis"]
    assert res.answer == "Immune system"
    res = r.retrieve("What has member drug Diltiazem?")
    assert "Drug" not in {m.node for m in res.mentions}
    assert res.answer == "Calcium blockers"


def test_a_question_naming_no_type_is_covered_by_relations_alone():
    """ "What is contraindicated in the entities that Lisinopril treats?" names no answer type:
    the one-hop path to the conditions, whose *type* words include "contraindicated" (the
    relation pointing at them), must not cover the question's second relation."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Lisinopril", "treats", "Hypertension"),
            ("Ibuprofen", "is_contraindicated_in", "Hypertension"),
            ("Ibuprofen", "treats", "Fever"),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    res = r.retrieve("What is contraindicated in the entities that Lisinopril treats?")
    assert res.answer == "Ibuprofen"


def test_each_constraint_keeps_its_own_short_path():
    """ "Which entities treat AF and inhibit CYP3A4?": from AF, longer walks that also say
    "inhibit" (AF <-treats- X -inhibits-> E <-inhibits- Y) outscore X's own one-hop path;
    kept only by score they pushed it out, and the joint evidence for X was lost."""
    from kgchat.pipeline import make_retriever

    triples = [("Diltiazem", "treats", "AF"), ("Diltiazem", "inhibits_the_enzyme", "CYP3A4")]
    for i in range(4):  # other AF drugs, inhibiting other enzymes that Diltiazem inhibits too
        triples += [
            (f"Drug_{i}", "treats", "AF"),
            (f"Drug_{i}", "inhibits_the_enzyme", f"CYP_{i}"),
            ("Diltiazem", "inhibits_the_enzyme", f"CYP_{i}"),
            (f"Drug_{i}", "is_metabolized_by", f"CYP_{i}"),
            ("Diltiazem", "is_metabolized_by", f"CYP_{i}"),
        ]
    triples += [("Fluconazole", "inhibits_the_enzyme", "CYP3A4")]
    triples += [("Fluconazole", "inhibits_the_enzyme", f"CYP_{i}") for i in range(4)]
    kg = KnowledgeGraph.from_triples(triples)
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    res = r.retrieve("Which entities treat AF and inhibit the enzyme CYP3A4?")
    assert res.answer == "Diltiazem"
    assert [p.pattern for p in res.candidates[0].paths] == [
        (("treats", False),),
        (("inhibits_the_enzyme", False),),
    ]


def test_a_hop_may_be_said_by_its_declared_inverse():
    """ "the member drug of X" says `member_of_class` backwards by its declared inverse's
    label ("has member drug"); read by its own label only ("is a member of drug class"), the
    hop was half supported and the one-hop path to the classes won."""
    from kgchat.graph.vocab import OWL_INVERSE, RDF_TYPE, RDFS_LABEL
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Amoxicillin", "member_of_class", "Penicillins"),
            ("Cefalexin", "member_of_class", "Cephalosporins"),
            ("Penicillins", "has_mechanism_of_action", "Cell_wall_inhibition"),
            ("Cephalosporins", "has_mechanism_of_action", "Cell_wall_inhibition"),
            ("Amoxicillin", RDF_TYPE, "Drug"),
            ("Cefalexin", RDF_TYPE, "Drug"),
            ("Penicillins", RDF_TYPE, "Drug_class"),
            ("Cephalosporins", RDF_TYPE, "Drug_class"),
            ("member_of_class", RDFS_LABEL, '"is a member of drug class"'),
            ("has_member", OWL_INVERSE, "member_of_class"),
            ("has_member", RDFS_LABEL, '"has member drug"'),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    q = "What is the member drug of the entities that have mechanism of action Cell wall inhibition"
    assert r.retrieve(q + "?").answer in {"Amoxicillin", "Cefalexin"}
    path = r.query((("member_of_class", False),), ())
    assert path.inverses == ("has member drug",)


def test_is_a_noun_of_names_the_subjects_role_not_the_objects():
    """ "X is a subclass of Y": Y is no subclass. Typed "subclass" by that relation, the
    superclass answered "Which subclass do the entities that have subclass Virus have?"."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Virus", "is_a_subclass_of", "Pathogen"),
            ("Bacterium", "is_a_subclass_of", "Pathogen"),
            ("Pathogen", "is_a_subclass_of", "Organism"),
            ("Animal", "is_a_subclass_of", "Organism"),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    assert r.relation_head("is_a_subclass_of") == ""
    res = r.retrieve("Which subclass do the entities that have subclass Virus have?")
    assert res.answer == "Bacterium"


def test_word_order_holds_beside_a_class_constraint():
    """ "Which drug class are the entities Ibuprofen interacts with a member of?": the class
    makes every query joint, which used to switch word order off; the class's walk has no
    verb, so the entity's path is still read by it."""
    from kgchat.graph.vocab import RDF_TYPE
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Ibuprofen", "interacts_with", "Lisinopril"),
            ("Warfarin", "interacts_with", "Ibuprofen"),
            ("Lisinopril", "is_a_member_of", "ACE_inhibitors"),
            ("Warfarin", "is_a_member_of", "Anticoagulants"),
            ("ACE_inhibitors", RDF_TYPE, "Drug_class"),
            ("Anticoagulants", RDF_TYPE, "Drug_class"),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    res = r.retrieve("Which drug class are the entities Ibuprofen interacts with a member of?")
    assert res.answer == "ACE inhibitors"
    res = r.retrieve("Which drug class are the entities that interact with Ibuprofen a member of?")
    assert res.answer == "Anticoagulants"


def test_a_walk_does_not_go_back_along_the_fact_it_just_walked():
    """ "What targets the entities targeted by the drugs that treat Pain?": Amitriptyline
    treats Pain and targets SERT; walking SERT <-targets- Amitriptyline goes back along the
    fact just walked, relates nothing, and tied with the real answers."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Amitriptyline", "treats", "Pain"),
            ("Amitriptyline", "targets", "SERT"),
            ("Sertraline", "targets", "SERT"),
            ("Fluoxetine", "targets", "SERT"),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    res = r.retrieve("What targets the entities that are targeted by the entities that treat Pain?")
    top = {c.label for c in res.candidates if c.score == res.candidates[0].score}
    assert top == {"Sertraline", "Fluoxetine"}


def test_a_class_beside_an_entity_checks_membership_beyond_the_fanout_cap():
    """ "Which albums did V produce?": the class names the answer type; its extension is larger
    than the fan-out cap, so walking from it would miss the answer. The class is checked on
    the entity's candidates instead; a class word that is not the answer type is dropped."""
    from kgchat.graph.vocab import RDF_TYPE
    from kgchat.pipeline import make_retriever

    triples = [(f"Album_{i}", RDF_TYPE, "Album") for i in range(40)]
    triples += [
        ("Nevermind", RDF_TYPE, "Album"),
        ("Nevermind", "producer", "Butch_Vig"),
        ("Smells_Like_Teen_Spirit", "producer", "Butch_Vig"),
        ("Smells_Like_Teen_Spirit", RDF_TYPE, "Song"),
        ("Album_3", "producer", "Quincy_Jones"),
        ("Album_3", "artist", "Butch_Vig"),
    ]
    kg = KnowledgeGraph.from_triples(triples)
    cfg = RetrieverConfig(max_fanout=10)
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None, config=cfg)
    res = r.retrieve("Which albums did Butch Vig produce?")
    assert [m.node for m in res.mentions] == ["Butch_Vig"]
    assert res.answer == "Nevermind"
    res = r.retrieve("Who produced Smells Like Teen Spirit song?")
    assert [m.node for m in res.mentions] == ["Smells_Like_Teen_Spirit"]
    assert res.answer == "Butch Vig"


def test_a_literal_ends_a_path():
    """Two songs of the same length are not related through that length."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Song_A", "writer", "Stevie_Nicks"),
            ("Song_A", "length", "240"),
            ("Song_B", "length", "240"),
        ]
    )
    res = Retriever(kg).retrieve("What songs has Stevie Nicks written?")
    assert "Song B" not in [c.label for c in res.candidates]


def test_abstains_on_a_near_relation():
    """ "When did X die?" on a graph with birth dates only is answered by the birth date's
    path with low confidence: the retrieval abstains; "When was X born?" does not."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Alan_Turing", "born_on", "1912-06-23"),
            ("Alan_Turing", "field", "Computer_science"),
            ("Grace_Hopper", "born_on", "1906-12-09"),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    born = r.retrieve("When was Alan Turing born?")
    assert born.answer == "1912-06-23" and not born.abstained
    died = r.retrieve("When did Alan Turing die?")
    assert died.abstained and died.confidence < born.confidence


def test_a_preposition_alone_asks_a_relation():
    """ "What is *in* X?" says no content word, but its preposition asks a relation: a path
    that does not say it (``calories``) is abstained on, one that does (``stored in``, walked
    back) is kept; the "of" of "what kind of" is the type question's own, no relation's."""
    from kgchat.pipeline import make_retriever
    from kgchat.retrieval.question import analyze

    kg = KnowledgeGraph.from_triples(
        [
            ("Tiramisu", "calories", "450"),
            ("Tiramisu", "cuisine", "Italian_cuisine"),
            ("Espresso", "stored_in", "Pantry"),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    assert r.retrieve("What is in Tiramisu?").abstained
    kept = r.retrieve("What is in Pantry?")
    assert kept.answer == "Espresso" and not kept.abstained
    assert analyze("What kind of drug is X?", [(5, 6)]).prepositions == []
    assert analyze("What is in X?", [(3, 4)]).prepositions == ["in"]


def test_abstains_on_an_answer_tied_only_by_a_shared_node(tmp_path):
    """ "Who was Einstein's doctoral advisor?" where only Curie's advisor is known: the walk
    out and back over ``award`` (Einstein and Curie share a prize) ends at Curie's advisor,
    its last hop said word for word, but nothing the question says ties that advisor to
    Einstein: abstained. A walk whose shared node the question names ("the same
    *organization* as") keeps its answer."""
    from kgchat.pipeline import make_retriever

    ttl = tmp_path / "people.ttl"
    ttl.write_text(
        "@prefix : <http://example.org/p#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        ':Person a rdfs:Class ; rdfs:label "person" .\n'
        ':Organization a rdfs:Class ; rdfs:label "organization" .\n'
        ':Prize a rdfs:Class ; rdfs:label "prize" .\n'
        ':einstein a :Person ; rdfs:label "Albert Einstein" ; :award :nobel ; :birthplace :ulm .\n'
        ':curie a :Person ; rdfs:label "Marie Curie" ; :award :nobel ;\n'
        "    :doctoralAdvisor :lippmann .\n"
        ':lippmann a :Person ; rdfs:label "Gabriel Lippmann" .\n'
        ':nobel a :Prize ; rdfs:label "Nobel Prize" .\n'
        ':ulm rdfs:label "Ulm" .\n'
        ':eiter a :Person ; rdfs:label "Thomas Eiter" ; :affiliation :tuwien .\n'
        ':polleres a :Person ; rdfs:label "Axel Polleres" ; :affiliation :tuwien .\n'
        ':tuwien a :Organization ; rdfs:label "TU Wien" .\n'
    )
    r = make_retriever(KnowledgeGraph.load(ttl), index_dir=None, scorer=None)
    advisor = r.retrieve("Who was Albert Einstein's doctoral advisor?")
    assert advisor.answer == "Gabriel Lippmann" and advisor.abstained
    curie = r.retrieve("Who was Marie Curie's doctoral advisor?")
    assert curie.answer == "Gabriel Lippmann" and not curie.abstained
    colleague = r.retrieve("Who works at the same organization as Thomas Eiter?")
    assert colleague.answer == "Axel Polleres" and not colleague.abstained


def test_abstains_when_the_walks_middle_node_is_not_said(tmp_path):
    """ "How old is X?" on a graph with no ages reaches the year of a paper X made: "old"
    meets the year, but nothing of the question says the paper the walk went through, so
    the retrieval abstains; asked for the papers' year, it answers."""
    from kgchat.pipeline import make_retriever

    ttl = tmp_path / "conf.ttl"
    ttl.write_text(
        "@prefix : <http://example.org/c#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        ':Person a rdfs:Class ; rdfs:label "person" .\n'
        ':Paper a rdfs:Class ; rdfs:label "paper" .\n'
        ':manuel a :Person ; rdfs:label "Manuel Salvadores" ; :made :p1 ; :basedNear :uk .\n'
        ':p1 a :Paper ; rdfs:label "Linked Data in Bioportal" ; :year "2010" .\n'
        ':uk rdfs:label "United Kingdom" .\n'
    )
    r = make_retriever(KnowledgeGraph.load(ttl), index_dir=None, scorer=None)
    old = r.retrieve("How old is Manuel Salvadores?")
    assert old.abstained
    year = r.retrieve("In which year did Manuel Salvadores make his paper?")
    assert year.answer == "2010" and not year.abstained


def test_a_class_without_instances_is_a_word_not_a_topic(tmp_path):
    """ "Who is Ann's parent?" in an ontology with a class Parent (no instance of its own)
    and a relation `has parent`: the class was a second topic, and Person, reached from both
    by the hierarchy (Ann is a Person, Parent a subclass of Person), won at confidence 1.0.
    Named beside an entity, such a class is a word of the question."""
    ttl = tmp_path / "fam.ttl"
    ttl.write_text(
        "@prefix : <http://example.org/fam#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        ":Person a owl:Class .\n"
        ":Parent a owl:Class ; rdfs:subClassOf :Person .\n"
        ':ann a :Person ; rdfs:label "Ann" ; :hasParent :tom ; :age 34 .\n'
        ':tom rdfs:label "Tom Baker" .\n'
    )
    r = Retriever(KnowledgeGraph.load(ttl))
    assert r.retrieve("Who is Ann's parent?").answer == "Tom Baker"
    # alone, the class is still what the question is about
    assert r.retrieve("What is Parent a subclass of?").answer == "Person"


def test_a_noun_said_as_the_entitys_walks_its_relation_forwards(tmp_path):
    """SKOS states `broader` and `narrower` (each the other's reading): "the narrower
    concepts of citrus fruit" tied its broader concept with its narrower ones, as both are
    said by the words "narrower concept" one way or the other. A noun said as the entity's
    ("<noun> of X") names what the entity has: the hop is walked forwards from it."""
    ttl = tmp_path / "th.ttl"
    ttl.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix : <http://example.org/th#> .\n"
        ':fruit skos:prefLabel "fruit"@en ; skos:broader :food ; skos:narrower :citrus .\n'
        ':citrus skos:prefLabel "citrus fruit"@en ; skos:broader :fruit ;\n'
        "    skos:narrower :orange, :lemon .\n"
        ':orange skos:prefLabel "orange"@en ; skos:broader :citrus .\n'
        ':lemon skos:prefLabel "lemon"@en ; skos:broader :citrus .\n'
        ':food skos:prefLabel "food"@en ; skos:narrower :fruit .\n'
    )
    r = Retriever(KnowledgeGraph.load(ttl))
    narrower = r.retrieve("What are the narrower concepts of citrus fruit?")
    assert {c.label for c in narrower.candidates[:2]} == {"lemon", "orange"}
    assert narrower.candidates[2].score < narrower.candidates[1].score
    assert r.retrieve("What is the broader concept of citrus fruit?").answer == "fruit"


def test_a_derived_form_is_a_word_with_a_derivational_ending():
    """The stems' prefix rule (direct/director) also matched "count" with "country": "How
    many films did Ridley Scott direct?" answered United States at confidence 0.78 (a
    country for a count). Only a derivational ending makes a derived form."""
    from kgchat.retrieval.similarity import TextSimilarity

    sim = TextSimilarity(None)
    assert sim.words(["director"], ["direct"])[0, 0] == pytest.approx(0.8)
    assert sim.words(["artist"], ["art"])[0, 0] == 0.0  # "art": shorter than four letters
    assert sim.words(["membership"], ["member"])[0, 0] == pytest.approx(0.8)
    assert sim.words(["country"], ["count"])[0, 0] == 0.0
    assert sim.words(["partner"], ["part"])[0, 0] == 0.0
    kg = KnowledgeGraph.from_triples(
        [
            ("Blade_Runner", "director", "Ridley_Scott"),
            ("Alien", "director", "Ridley_Scott"),
            ("Blade_Runner", "country", "United_States"),
        ]
    )
    res = Retriever(kg).retrieve("How many films did Ridley Scott direct?")
    assert res.answer != "United States"


def test_an_owl_same_as_hop_needs_no_saying(tmp_path):
    """Two datasets' names for one film joined by owl:sameAs: "Who composed the music of
    Blade Runner?" reaches the composer through the link, which no question says; its hop
    is not held to being said (it had abstained at 0)."""
    ttl = tmp_path / "same.ttl"
    ttl.write_text(
        "@prefix : <http://example.org/a#> .\n"
        "@prefix b: <http://other.org/b#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        ':br rdfs:label "Blade Runner" ; :director :rs .\n'
        'b:film42 rdfs:label "Blade Runner (1982 film)" ; b:composer b:vangelis ;\n'
        "    owl:sameAs :br .\n"
        ':rs rdfs:label "Ridley Scott" .\n'
        'b:vangelis rdfs:label "Vangelis" .\n'
    )
    r = Retriever(KnowledgeGraph.load(ttl))
    res = r.retrieve("Who composed the music of Blade Runner?")
    assert res.answer == "Vangelis" and not res.abstained


def test_a_class_is_no_answer_to_where_or_who(tmp_path):
    """schema.org places an organisation's location in a node typed Place: "Where is Acme
    Widgets located?" answered "Place", the class of its location (the class's word meets
    "where"). A question whose type only its wh-word asks does not ask what something is."""
    ttl = tmp_path / "addr.ttl"
    ttl.write_text(
        "@prefix schema: <http://schema.org/> .\n"
        "@prefix : <http://example.org/p#> .\n"
        ':acme a schema:Organization ; schema:name "Acme Widgets" ;\n'
        "    schema:location [ a schema:Place ; schema:address [ a schema:PostalAddress ;\n"
        '        schema:addressLocality "Paris" ] ] .\n'
    )
    r = Retriever(KnowledgeGraph.load(ttl))
    res = r.retrieve("Where is Acme Widgets located?")
    assert res.answer == "Paris"
    assert "Place" not in [c.label for c in res.candidates]


def test_a_chain_is_walked_in_the_order_its_nouns_are_said():
    """ "Who is married to the daughter of Pierre Curie?": X's daughter's spouse and X's
    spouse's daughter say the same words; "the daughter of X" names the hop taken first, so
    a path saying "daughter" later than its first hop walks the chain the other way."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Pierre_Curie", "spouse", "Marie_Curie"),
            ("Marie_Curie", "spouse", "Pierre_Curie"),
            ("Pierre_Curie", "child", "Irene_Joliot-Curie"),
            ("Marie_Curie", "child", "Irene_Joliot-Curie"),
            ("Marie_Curie", "child", "Eve_Curie"),
            ("Irene_Joliot-Curie", "spouse", "Frederic_Joliot-Curie"),
        ]
    )
    from kgchat.pipeline import make_retriever

    r = make_retriever(kg, index_dir=None, scorer=None)
    ranked = [
        c.label for c in r.retrieve("Who is married to the daughter of Pierre Curie?").candidates
    ]
    assert ranked.index("Frederic Joliot-Curie") < ranked.index("Eve Curie")


def test_a_noun_said_of_the_answer_walks_its_relation_backwards():
    """ "Whose doctoral advisor was Marie Curie?" and "Who had Marie Curie as doctoral
    advisor?" ask for those she advised, "Who was Marie Curie's doctoral advisor?" for hers:
    the noun is the entity's own only when said as hers ("of X", "X's"); said of the answer
    ("whose <noun> is X", "X as <noun>") the relation is walked backwards (it had tied and
    answered her own advisor)."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Marie_Curie", "doctoral_advisor", "Gabriel_Lippmann"),
            ("Irene_Joliot-Curie", "doctoral_advisor", "Marie_Curie"),
            ("Marie_Curie", "spouse", "Pierre_Curie"),
        ]
    )
    from kgchat.pipeline import make_retriever

    r = make_retriever(kg, index_dir=None, scorer=None)
    for q in (
        "Whose doctoral advisor was Marie Curie?",
        "Who had Marie Curie as doctoral advisor?",
    ):
        assert r.retrieve(q).answer == "Irene Joliot-Curie", q
    for q in (
        "Who was Marie Curie's doctoral advisor?",
        "Who was the doctoral advisor of Marie Curie?",
    ):
        assert r.retrieve(q).answer == "Gabriel Lippmann", q


def test_a_superclass_is_not_walked_down_to_its_other_instances(tmp_path):
    """ "Which stations are interchange stations?": up from *interchange station* to its
    superclass *station* and down to every station relates nothing, as two instances of one
    class are not related by it; the subclass's own instances answer. A sibling class stays
    reachable ("the subclasses of what has subclass X")."""
    ttl = tmp_path / "transit.ttl"
    ttl.write_text(
        "@prefix : <http://example.org/t#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        ':Station a rdfs:Class ; rdfs:label "station" .\n'
        ':Interchange rdfs:subClassOf :Station ; rdfs:label "interchange station" .\n'
        ':Halt rdfs:subClassOf :Station ; rdfs:label "halt" .\n'
        ':harbour a :Interchange ; rdfs:label "Harbour" .\n'
        ':central a :Interchange ; rdfs:label "Central" .\n'
        ':airport a :Station ; rdfs:label "Airport" .\n'
        ':northgate a :Station ; rdfs:label "Northgate" .\n'
    )
    r = Retriever(KnowledgeGraph.load(ttl))
    res = r.retrieve("Which stations are interchange stations?")
    ranked = [c.label for c in res.candidates]
    assert {"Harbour", "Central"} <= set(ranked[:3])
    assert all(
        ranked.index(x) < ranked.index(y)
        for x in ("Harbour", "Central")
        for y in ("Airport", "Northgate")
        if y in ranked
    )
    siblings = r.retrieve("Which subclasses does the class that has subclass halt have?")
    assert "interchange station" in [c.label for c in siblings.candidates]


def test_a_year_written_without_a_datatype_answers_when():
    """ "2016" with no datatype (JSON-LD, a TSV) is a year as often as a count: "When was
    Quanta Bio founded?" takes its own founding year, not its parent's founding date."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Quanta_Bio", "founding_date", "2016"),
            ("Quanta_Bio", "parent_organization", "Helix_Labs"),
            ("Helix_Labs", "founding_date", "2011-04-01"),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None)
    assert r.retrieve("When was Quanta Bio founded?").answer == "2016"


def test_abstains_on_a_passive_relation_walked_against_its_voice():
    """ "Who was Lena influenced by?" on a graph where only Tomas was influenced by Lena: the
    one path says the words but answers the converse question, so the retrieval abstains;
    asked the right way round ("Who was Tomas influenced by?") it answers. An active verb
    stated one way ("interacts with") may be reciprocal and keeps its confidence."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Tomas_Reyes", "was influenced by", "Lena_Varga"),
            ("Tomas_Reyes", "lives in", "Porto"),
            ("Lena_Varga", "lives in", "Lisbon"),
            ("Aspirin", "interacts with", "Warfarin"),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    right = r.retrieve("Who was Tomas Reyes influenced by?")
    assert right.answer == "Lena Varga" and not right.abstained
    converse = r.retrieve("Who was Lena Varga influenced by?")
    assert converse.abstained and converse.confidence < right.confidence
    reciprocal = r.retrieve("What does Warfarin interact with?")
    assert reciprocal.answer == "Aspirin" and not reciprocal.abstained


def test_training_and_serving_walk_alike():
    """The feature head trains on the candidates the retriever serves: both walk with
    :class:`kgchat.retrieval.walk.Walk` (same guards, caps and beam), so the patterns reached
    from a topic are the same set."""
    from kgchat.tuning.data import QAExample
    from kgchat.tuning.feature import walk_items

    kg = KnowledgeGraph.from_triples(
        [
            *FOOTBALL,
            ("Tigres_UANL", "founded_in", "1960"),
            ("Alan_PULIDO", "length", "190"),
            ("Tim_CAHILL", "length", "190"),
            ("Mexico", "borders", "USA"),
            ("USA", "borders", "Mexico"),
        ]
    )
    r = Retriever(kg, config=RetrieverConfig(beam=2, max_nodes=3))
    question = "Which country is the club of Alan PULIDO in?"
    res = r.retrieve(question)
    mention = next(m for m in res.mentions if m.node == "Alan_PULIDO")
    info = r.read(question, [mention])[0]
    _, parents = r._walk(info, mention, {mention.node})
    served = {p for p in parents if p}
    ex = QAExample(question=question, answers=("Mexico",), topic="Alan_PULIDO")
    trained = {p for p, _ in walk_items(r, ex, "Alan_PULIDO", info, HeuristicPathScorer(), 3)}
    assert served == trained
    assert not any(p[-1][0] == "length" and len(p) > 1 for p in served)  # a literal ends


@pytest.mark.parametrize(
    "question",
    [
        "What is the capital of Atlantis?",  # no entity of the graph
        "Which albums?",  # only a class word
        "Welche Alben hat Butch Vig produziert?",  # another language
        "Who produced Nevermind? " + "and then what " * 700,  # 10,000 characters
        "album song band producer writer",  # class words and relation words, no entity
    ],
)
def test_odd_questions_answer_or_abstain(question):
    from kgchat.graph.vocab import RDF_TYPE

    kg = KnowledgeGraph.from_triples(
        [
            ("Nevermind", RDF_TYPE, "Album"),
            ("Nevermind", "producer", "Butch_Vig"),
            ("Teen_Spirit", RDF_TYPE, "Song"),
            ("Nevermind", "track", "Teen_Spirit"),
        ]
    )
    res = Retriever(kg).retrieve(question)
    assert 0.0 <= res.confidence <= 1.0
    assert res.abstained or res.candidates
    json.dumps(res.to_dict())


def test_properties_named_after_the_subjects_kind_say_what_it_is():
    """Published graphs name properties after their subject's kind (``countryAreaTotal``
    beside ``landAreaTotal``), with no class saying "country": "which countries" is met by
    the nodes that take them, not by the property's literal values reached through them."""
    from kgchat.graph.vocab import RDF_TYPE
    from kgchat.pipeline import make_retriever

    triples = []
    for c in ("Kenya", "Uganda", "Ghana"):
        triples += [
            (c, RDF_TYPE, "self_governing"),
            (c, "countryAreaTotal", f"{len(c)}00.5"),
            (c, "countryAreaUnit", "1000 Ha"),
            (c, "landAreaTotal", f"{len(c)}0.5"),
            (c, "landAreaUnit", "1000 Ha"),
        ]
    triples += [
        ("Kenya", "isInGroup", "Eastern_Africa"),
        ("Uganda", "isInGroup", "Eastern_Africa"),
        ("Ghana", "isInGroup", "Western_Africa"),
    ]
    kg = KnowledgeGraph.from_triples(triples)
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    assert "country" in r.answer_types("Kenya")
    res = r.retrieve("Which countries are in Eastern Africa?")
    top = {c.label for c in res.candidates if c.score == res.candidates[0].score}
    assert top == {"Kenya", "Uganda"}
    # an attribute named first (``code ISO3``, ``population total``) says no kind
    kg2 = KnowledgeGraph.from_triples(
        [("Kenya", "codeIsoAlpha", "KEN"), ("Kenya", "codeUnNumber", "404")]
    )
    r2 = make_retriever(kg2, encoder="hashing", index_dir=None, scorer=None)
    assert "code" not in r2.answer_types("Kenya")


def test_an_entity_named_by_its_own_value_is_the_answer():
    """ "Which country is officially called the Kingdom of Norway?": the name said is
    Norway's own value; the question asks for Norway, not for a neighbour's name."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Norway", "officialName", "the Kingdom of Norway"),
            ("Sweden", "officialName", "the Kingdom of Sweden"),
            ("Norway", "hasBorderWith", "Sweden"),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    res = r.retrieve("Which country is officially called the Kingdom of Norway?")
    assert res.answer == "Norway"
    res = r.retrieve("What is the official name of Norway?")
    assert res.answer == "the Kingdom of Norway"


def test_an_entity_named_by_its_own_value_misspelt_is_a_candidate():
    """Misspelt, a name that is the entity's own value (an alias: "the Kindom of Norway")
    still brings the entity in as what may be asked for."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Norway", "nameOfficial", '"the Kingdom of Norway"@en'),
            ("Sweden", "nameOfficial", '"the Kingdom of Sweden"@en'),
            ("Norway", "hasBorderWith", "Sweden"),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    res = r.retrieve("Which country is officially called the Kindom of Norway?")
    assert [(m.node, m.method) for m in res.mentions] == [("Norway", "typo")]
    # by node: with no label of its own, the entity is named by its one language-tagged text
    # (graph/written_forms.py), so its label is "the Kingdom of Norway" like the value's
    assert "Norway" in [c.node for c in res.candidates]
    assert kg.label("Norway") == "the Kingdom of Norway"


def test_a_question_offering_alternatives_is_answered_by_one_of_them():
    """ "Does X work in academia or industry?" asks which, not yes or no; two readings of
    one name ("Peter Mika" the person and his page) confirm nothing between them."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Peter_Mika", "status", "Industry"),
            ("Peter_Mika", "homepage", "Peter_Mika_page"),
            ("Peter_Mika_page", "title", "Peter Mika"),
            ("Ann_Lee", "status", "Academia"),
            ("Ann_Lee", "based_near", "Spain"),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    assert r.retrieve("Does Peter Mika work in academia or industry?").answer == "Industry"
    assert r.retrieve("Is Ann Lee in academia or industry?").answer == "Academia"
    assert r.retrieve("Is Ann Lee based near Spain?").answer == "Yes"
    assert r.retrieve("Is Peter Mika based near Spain?").answer != "Yes"
    # the confidence of a chosen alternative is a yes/no question's; a wh-question that
    # offers some ("which ..., X or Y?") is judged on its paths, as any other
    assert r.retrieve("Is Ann Lee in academia or industry?").confidence == 1.0
    kg = KnowledgeGraph.from_triples([("Ann_Lee", "status", '"Academia"')])
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    res = r.retrieve("What sport does Ann Lee love, academia or tennis?")
    assert res.answer == "Academia" and res.confidence < 0.5


def test_a_value_several_subjects_share_is_a_constraint():
    """ "Which people based in Germany work in industry?": ``Industry`` is a literal status
    shared by many people, a category the question names like an entity; a value of one
    subject (a topic; a property that is just "title" names its subject since the uniprot
    probe, ``name_properties.NAME_LIKE``) and stop words are not linked."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Ann", "based_near", "Germany"),
            ("Ann", "status", '"Industry"'),
            ("Bob", "based_near", "Germany"),
            ("Bob", "status", '"Academia"'),
            ("Cleo", "based_near", "France"),
            ("Cleo", "status", '"Industry"'),
            ("Dan", "status", '"Academia"'),
            ("Paper_1", "topic", '"Linked data"'),
            ("Paper_1", "note", '"The"'),
            ("Paper_2", "note", '"The"'),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    res = r.retrieve("Which people based in Germany work in industry?")
    assert {m.text for m in res.mentions} == {"germany", "industry"}
    assert res.answer == "Ann"
    assert not r.linker.link("What is the topic of linked data?")
    assert not r.linker.link("What is the note?")


def test_the_kind_a_walk_leads_to_meets_a_named_type():
    """ "Which countries are the authors of X from?": the countries are untyped, the authors
    typed ``Person``; the index's embedding of what the 2-hop walk reaches (country names)
    meets "countries", and the one-hop walk to the authors stops winning. Class nodes and
    nodes whose classes say what they are give no such evidence (real default encoder)."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Reasoning_at_Scale", "author", "Ann_Lee"),
            ("Reasoning_at_Scale", "author", "Bob_Stone"),
            ("Ann_Lee", RDF_TYPE, "Person"),
            ("Bob_Stone", RDF_TYPE, "Person"),
            ("Cleo_Hart", RDF_TYPE, "Person"),
            ("Ann_Lee", "based_near", "United_Kingdom"),
            ("Bob_Stone", "based_near", "France"),
            ("Cleo_Hart", "based_near", "Italy"),
        ]
    )
    r = make_retriever(kg, index_dir=None)
    question = "Which countries are the authors of Reasoning at Scale from?"
    assert r.retrieve(question).answer in {"United Kingdom", "France"}
    r._kinds = None
    r.index, index = None, r.index  # no index: WordNet still knows the countries' names
    assert r.retrieve(question).answer in {"United Kingdom", "France"}
    r = make_retriever(kg, index_dir=None)
    r.index = None
    r._named_kinds = lambda node: ()  # nor WordNet's place names: no evidence, the authors win
    assert r.retrieve(question).answer in {"Ann Lee", "Bob Stone"}
    r.index = index


PIZZA = "https://raw.githubusercontent.com/owlcs/pizza-ontology/refs/heads/master/pizza.owl#"


def test_a_class_hierarchy_walk_is_no_relation_the_confidence_asks_for():
    """ "Where does the American pizza come from?" on the Pizza ontology: the hops of a
    class hierarchy are no relation asked; it is judged on ``has country of origin`` alone.
    And *pizza*, one of American's own superclasses named beside it, restates what American
    is: no second constraint (as one, its walks made American's toppings' superclasses tie
    with its toppings)."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.load(shared_path("ontologies", "pizza.owl"))
    r = make_retriever(kg, index_dir=None)
    res = r.retrieve("Where does the American pizza come from?")
    assert res.answer == "America"
    assert {p.start for p in res.candidates[0].paths} == {PIZZA + "American"}
    assert res.confidence > 0.1  # 0 when the subclass hops were read as relations
    res = r.retrieve("Which toppings are on the American pizza?")
    toppings = {"Mozzarella topping", "Peperoni sausage topping", "Tomato topping"}
    assert {c.label for c in res.candidates[:3]} == toppings
    # a kind that is no kind of the entity beside it stays a constraint of its own
    res = r.retrieve("Which pizzas have the Mozzarella topping?")
    assert len({m.node for m in res.mentions}) == 2


def test_a_value_says_what_it_is_and_a_phrase_is_met_as_a_whole():
    """ "How many people live in Kenya?": no word of the question is a word of
    ``population total``, but the question says it as a whole (the encoder's sentence
    cosine), and a number is what "how many" asks for (the literal's datatype)."""
    from kgchat.pipeline import make_retriever
    from kgchat.retrieval.values import literal_kind

    double = "<http://www.w3.org/2001/XMLSchema#double>"
    kg = KnowledgeGraph.from_triples(
        [
            ("Kenya", "population_total", f'"40513.0"^^{double}'),
            ("Kenya", "name_currency", '"shilling"'),
            ("Kenya", "is_in_group", "Africa"),
            ("Africa", "has_member", "Uganda"),
            ("Africa", "has_member", "Ethiopia"),
            ("Kenya", "border", "Uganda"),
        ]
    )
    r = make_retriever(kg, index_dir=None)
    assert r.retrieve("How many people live in Kenya?").answer == "40513.0"
    assert literal_kind(f'"40513.0"^^{double}') == ("number",)
    assert literal_kind('"2010-11-07T09:00:00"') == ("date",)
    assert literal_kind('"shilling"') == () and literal_kind('"12"@en') == ()


def test_an_acronym_meets_the_words_it_spells():
    """A relation named by an acronym (``HDITotal``) is said by the words whose initials it
    spells, and a question's acronym ("GDP") by a relation that spells it out; without the
    acronym reading, a code or another number wins."""
    from kgchat.pipeline import make_retriever

    double = "<http://www.w3.org/2001/XMLSchema#double>"
    kg = KnowledgeGraph.from_triples(
        [
            ("Norway", "HDITotal", f'"0.938"^^{double}'),
            ("Norway", "codeFAOTERM", '"15464"'),
            ("Norway", "populationTotal", f'"4660.5"^^{double}'),
            ("Norway", "grossDomesticProduct", f'"382983.0"^^{double}'),
            ("Norway", "landArea", f'"30428.0"^^{double}'),
            ("Norway", "is_in_group", "Europe"),
        ]
    )
    r = make_retriever(kg, index_dir=None)
    res = r.retrieve("What is Norway's human development index?")
    assert res.answer == "0.938" and not res.abstained
    assert r.retrieve("What is the GDP of Norway?").answer == "382983.0"
    # capitals alone are no acronym of unrelated words
    assert r.retrieve("What is the land area of Norway?").answer == "30428.0"


def test_a_misspelt_relation_word_is_read_as_the_word_it_misses():
    """ "What is the populaton of Kenya?": a question word of six letters or more that the
    graph does not know, one edit from exactly one word of its relation phrases, is read as
    that word; without the mending, a unit or a year wins."""
    from kgchat.pipeline import make_retriever

    double = "<http://www.w3.org/2001/XMLSchema#double>"
    kg = KnowledgeGraph.from_triples(
        [
            ("Kenya", "populationTotal", f'"40513.0"^^{double}'),
            ("Kenya", "populationUnit", '"1000"'),
            ("Kenya", "populationYear", '"2010"'),
            ("Kenya", "nameCurrency", '"shilling"'),
            ("Kenya", "validSince", '"1985"'),
        ]
    )
    r = make_retriever(kg, index_dir=None)
    assert r.retrieve("What is the populaton of Kenya?").answer == "40513.0"
    assert r.retrieve("What curency does Kenya use?").answer == "shilling"
    question = "What is the populaton of Kenya?"
    q = r.read(question, r.linker.link(question))[0]
    assert "population" in q.words and q.text == question  # the text is kept as asked
    # a word English does not know either may hold two edits from seven letters ("poplaton"),
    # as a misspelt name's word may
    question = "What is the poplaton of Kenya?"
    assert "population" in r.read(question, r.linker.link(question))[0].words
    assert r.retrieve(question).answer == "40513.0"


def test_a_misspelt_word_nearer_a_name_s_word_is_not_read_as_a_relation_word():
    """ "countres" is two edits from the relation word "country" but one from "countries", a
    class's word: it is no misspelt relation word."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("ECOWAS", "member", "Ghana"),
            ("Accra", "country", "Ghana"),
            ("Ghana", RDF_TYPE, "Countries"),
            ("Mali", RDF_TYPE, "Countries"),
        ]
    )
    r = make_retriever(kg, index_dir=None)
    question = "Which countres are in ECOWAS?"
    assert "country" not in r.read(question, r.linker.link(question))[0].words


def test_a_wh_question_behind_an_auxiliary_is_no_yes_no_question():
    """ "Can you tell me which countries border both France and Germany?" opens like a yes/no
    question but asks for countries: answered with one, not with "Yes"."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("France", "border", "Belgium"),
            ("Germany", "border", "Belgium"),
            ("France", "border", "Spain"),
            ("Germany", "border", "Poland"),
            ("France", "border", "Germany"),
        ]
    )
    r = make_retriever(kg, index_dir=None)
    asked = r.retrieve("Can you tell me which countries border both France and Germany?")
    assert asked.answer == "Belgium"
    assert r.retrieve("Does France border Germany?").answer == "Yes"


def test_a_relation_named_head_of_noun_says_its_object_is_the_head():
    # "place of birth" names a place (its head comes first), not a birth; read as "birth",
    # Seville looked less like a place than Toronto, which a university is located in, and
    # "Where was Elena born?" was answered through the shared gender value: Ada's birthplace
    kg = KnowledgeGraph.from_triples(
        [
            ("Elena_Ruiz", "gender", "female"),
            ("Ada_Blake", "gender", "female"),
            ("Elena_Ruiz", "place_of_birth", "Seville"),
            ("Ada_Blake", "place_of_birth", "Toronto"),
            ("University_of_Toronto", "located_in", "Toronto"),
            ("Farid_Haddad", "cause_of_death", "pneumonia"),
            ("Farid_Haddad", "member_of", "Poets_Guild"),
        ]
    )
    r = Retriever(kg)
    assert r.answer_types("Seville")[0] == "place"  # then what WordNet knows it as: a city
    assert r.answer_types("pneumonia") == ("cause",)
    # "<noun> of" names its subject's role: Farid is the member, the guild is none
    assert r.answer_types("Poets_Guild") == ()
    assert r.retrieve("Where was Elena Ruiz born?").answer == "Seville"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Whom did Greta Lind influence?", "Hugo Marchetti"),  # X influenced whom: backwards
        ("Who influenced Greta Lind?", "Elena Ruiz"),
        ("Who was Greta Lind influenced by?", "Elena Ruiz"),
        ("Which film was directed by Greta Lind?", "Salt and Stone"),
        ("Who directed Salt and Stone?", "Greta Lind"),
    ],
)
def test_a_participle_with_its_agent_reads_as_a_passive_verb(question, answer):
    # "influenced by" and "directed by" are verbs: the question's word order says which way
    # to walk them; read as nouns, both directions tied
    kg = KnowledgeGraph.from_triples(
        [
            ("Greta_Lind", "influenced_by", "Elena_Ruiz"),
            ("Hugo_Marchetti", "influenced_by", "Greta_Lind"),
            ("Salt_and_Stone", "directed_by", "Greta_Lind"),
            ("Salt_and_Stone", "music_by", "Clara_Voss"),
        ]
    )
    assert Retriever(kg).retrieve(question).answer == answer


def test_a_form_of_be_before_the_entity_makes_the_verb_after_it_passive():
    from kgchat.retrieval.phrases import expected_direction
    from kgchat.retrieval.question import analyze

    # "founded by": "was Acme founded" is passive, as "by" makes it; "did Acme found" active
    assert expected_direction(analyze("Which year was Acme founded?", [(3, 4)]), "found", True)
    assert expected_direction(analyze("Which year was the Acme founded?", [(4, 5)]), "found", True)
    # (fix57d) "when" asks a circumstance, neither party of the passive: no direction
    assert expected_direction(analyze("When was Acme founded?", [(2, 3)]), "found", True) is None
    assert not expected_direction(analyze("What did Acme found?", [(2, 3)]), "found", True)
    assert expected_direction(analyze("Who founded Acme?", [(2, 3)]), "found", True)


def test_a_question_asking_for_a_value_is_not_met_by_an_entity_of_another_kind():
    # "when" asks for a date: a place of birth says "born" as well as a birth date would (the
    # encoder's reading), but it is a near relation (the graph holds no birth date)
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Ada_Blake", "place_of_birth", "Toronto"),
            ("Ada_Blake", "profession", "physicist"),
            ("Farid_Haddad", "place_of_birth", "Beirut"),
            ("Farid_Haddad", "date_of_death", '"1998-05-02"'),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None, progress=False)
    born = r.retrieve("When was Ada Blake born?")
    # the top is a near relation's object (the place, or since head_kinds the sibling a
    # "when" does not ask the place of): what matters is that no date-less answer is given
    assert born.abstained and born.answer in ("Toronto", "physicist")
    where = r.retrieve("Where was Ada Blake born?")
    assert where.answer == "Toronto" and not where.abstained
    died = r.retrieve("When did Farid Haddad die?")
    assert died.answer == "1998-05-02" and not died.abstained


def test_the_answers_roles_in_other_facts_do_not_say_the_relation_asked():
    # Ben has no spouse: through the shared gender value, Kaito is reached, and Kaito *is*
    # someone's spouse (a role word from another fact), which met "married" at confidence
    # 0.73; the path itself says nothing of marriage. Marek's own spouse edge does.
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Ben_Okafor", "gender", "male"),
            ("Marek_Nowak", "gender", "male"),
            ("Kaito_Mori", "gender", "male"),
            ("Marek_Nowak", "spouse", "Nadia_Nowak"),
            ("Nadia_Nowak", "spouse", "Marek_Nowak"),
            ("Kaito_Mori", "spouse", "Lena_Mori"),
            ("Lena_Mori", "spouse", "Kaito_Mori"),
            ("Ben_Okafor", "profession", "architect"),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None, progress=False)
    assert r.retrieve("Who is Ben Okafor married to?").abstained
    married = r.retrieve("Who is Marek Nowak married to?")
    assert married.answer == "Nadia Nowak" and not married.abstained
    assert r.kinds_of("Kaito_Mori") == () and "spouse" in r.answer_types("Kaito_Mori")


def test_the_encoders_own_choice_among_the_offered_relations_is_a_reading():
    # "runs" and `ceo` are loosely related for the encoder (cosine ~0.36, rescaled ~0), but
    # `ceo` is its pick among what the graph says of the company: answered, not abstained.
    # The same path offered with nothing to choose from, or beside a relation the encoder
    # prefers, gets no such reading.
    from kgchat.pipeline import make_retriever
    from kgchat.retrieval.scoring import PathQuery

    kg = KnowledgeGraph.from_triples(
        [
            ("Corvid_Systems", "ceo", "Owen_Hart"),
            ("Corvid_Systems", "founded_by", "Lina_Berg"),
            ("Corvid_Systems", "headquarters", "Austin"),
            ("Corvid_Systems", "industry", "robotics"),
            ("Owen_Hart", "gender", "male"),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None, progress=False)
    res = r.retrieve("Who runs Corvid Systems?")
    assert res.answer == "Owen Hart" and not res.abstained
    judge = r.judge
    q, _, _ = r.read(res.question, res.mentions)
    ceo = PathQuery((("ceo", True),), ("ceo",), ())
    founded = PathQuery((("founded_by", True),), ("founded by",), ())
    chosen = judge._chosen(q, ceo, [founded])
    assert chosen >= judge.scorer.similarity.floor() and res.confidence >= chosen
    assert judge._chosen(q, ceo, []) == 0.0
    assert judge._chosen(q, founded, [ceo]) == 0.0


def test_a_role_from_another_fact_does_not_cover_a_hop_the_question_asks(tmp_path):
    # "who" names no type: the director Ana is someone's spouse (another fact), and that word
    # covered "spouse" as if the path said it; her own kind (Person) does not
    from kgchat.pipeline import make_retriever

    path = tmp_path / "films.ttl"
    path.write_text(
        """@prefix : <http://example.org/f#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Film a rdfs:Class ; rdfs:label "Film" .
:Person a rdfs:Class ; rdfs:label "Person" .
:Quiet_Line a :Film ; rdfs:label "The Quiet Line" ; :director :Ana_Sol ; :starring :Theo .
:Red_Meridian a :Film ; rdfs:label "Red Meridian" ; :director :Carlos ; :starring :Ana_Sol .
:Ana_Sol a :Person ; rdfs:label "Ana Sol" ; :spouse :Carlos .
:Carlos a :Person ; rdfs:label "Carlos Ibarra" ; :spouse :Ana_Sol .
:Theo a :Person ; rdfs:label "Theo Vance" .
"""
    )
    kg = KnowledgeGraph.load(path, progress=False)
    r = make_retriever(kg, index_dir=None, scorer=None, progress=False)
    res = r.retrieve("Who is the spouse of the director of The Quiet Line?")
    assert res.answer == "Carlos Ibarra"
    assert r.retrieve("Who directed The Quiet Line?").answer == "Ana Sol"
    q, _, _ = r.read(res.question, res.mentions)
    assert q.named_type == [] and r.types_for(q)("http://example.org/f#Ana_Sol") == ("person",)
    from kgchat.retrieval.question import analyze

    # a type no finer than "who" asks is asked as "who" asks it; a finer one is named
    person = analyze("Which person directed The Quiet Line?", [(3, 6)])
    assert r.types_for(person) == r._own_or_roles
    assert r.types_for(analyze("Which actor directed The Quiet Line?", [(3, 6)])) == r._named_types


def test_a_yes_no_question_is_confirmed_only_by_a_fact_that_says_its_relation():
    # a fact between the two entities confirms what its own relation says: Iris starring in
    # the film is no "yes" to "did Iris direct it?"; no fact between them is no answer at all
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Glass_Harbor", "director", "Maren_Holt"),
            ("Glass_Harbor", "starring", "Iris_Lamb"),
            ("Red_Meridian", "director", "Carlos_Ibarra"),
            ("Red_Meridian", "starring", "Joel_Brandt"),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None, progress=False)
    yes = r.retrieve("Did Maren Holt direct Glass Harbor?")
    assert yes.answer == "Yes" and not yes.abstained
    assert r.retrieve("Did Iris Lamb star in Glass Harbor?").answer == "Yes"
    wrong = r.retrieve("Did Iris Lamb direct Glass Harbor?")
    assert wrong.answer == "Yes" and wrong.abstained  # the fact is there, it says starring
    unlinked = r.retrieve("Did Maren Holt direct Red Meridian?")
    assert unlinked.abstained and unlinked.confidence == 0.0


def test_a_yes_no_question_asking_a_class_is_confirmed_by_the_type_fact():
    """ "Is Rex a dog?" is answered by Rex's type fact (or that and the subclass facts up to
    the class asked), not by Rex's neighbours; a class Rex is not known to be of is no
    answer at all."""
    from kgchat.graph.vocab import RDFS_SUBCLASS
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Rex", RDF_TYPE, "Dog"),
            ("Tom", RDF_TYPE, "Cat"),
            ("Dog", RDFS_SUBCLASS, "Mammal"),
            ("Cat", RDFS_SUBCLASS, "Mammal"),
            ("Mammal", RDFS_SUBCLASS, "Animal"),
            ("Rex", "chases", "Tom"),
            ("Rex", "owned_by", "Ann_Lee"),
            ("Ann_Lee", RDF_TYPE, "Person"),
            ("Tom", "owned_by", "Ann_Lee"),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None, progress=False)
    yes = r.retrieve("Is Rex a dog?")
    assert yes.answer == "Yes" and not yes.abstained
    assert [len(p.facts) for p in yes.candidates[0].paths] == [1]
    up = r.retrieve("Is Rex an animal?")  # Rex a Dog, Dog a Mammal, Mammal an Animal
    assert up.answer == "Yes" and not up.abstained
    assert [p.nodes for p in up.candidates[0].paths] == [("Rex", "Dog", "Mammal", "Animal")]
    both = r.retrieve("Are Rex and Tom mammals?")
    assert both.answer == "Yes" and len(both.candidates[0].paths) == 2
    no = r.retrieve("Is Rex a cat?")
    assert no.abstained and no.confidence == 0.0 and not no.candidates
    assert r.retrieve("Are Rex and Ann Lee mammals?").abstained


def test_a_qualified_class_is_confirmed_only_with_a_fact_saying_the_qualifier():
    """ "Is Rex a brown dog?" claims two things: the class by the type fact, and "brown" by a
    fact of Rex whose value it names (in so many words, as the adjective of a place name by
    WordNet's pertainym: "British" -> United Kingdom, or as a relation whose value is true).
    Without such a fact there is no "yes": the retrieval says what it confirmed and which
    words no fact says."""
    from kgchat.pipeline import make_retriever
    from kgchat.wordnet import wordnet

    true = '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>'
    kg = KnowledgeGraph.from_triples(
        [
            ("Rex", RDF_TYPE, "Dog"),
            ("Rex", "coat", "brown"),
            ("Rex", "born_in", "United Kingdom"),
            ("Rex", "vaccinated", true),
            ("Tom", RDF_TYPE, "Dog"),
            ("Tom", "coat", "black"),
            ("Tom", "born_in", "France"),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None, progress=False)
    brown = r.retrieve("Is Rex a brown dog?")
    assert brown.answer == "Yes" and not brown.abstained and brown.unconfirmed is None
    assert [p.pattern[0][0] for p in brown.candidates[0].paths] == [RDF_TYPE, "coat"]
    assert r.retrieve("Is Rex a vaccinated dog?").answer == "Yes"
    partly = r.retrieve("Is Tom a brown dog?")
    assert partly.abstained and not partly.candidates
    assert partly.unconfirmed is not None
    assert (partly.unconfirmed.entity, partly.unconfirmed.cls) == ("Tom", "Dog")
    assert partly.unconfirmed.words == ("brown",)
    assert [p.facts for p in partly.unconfirmed.paths] == [
        p.facts for p in r.retrieve("Is Tom a dog?").candidates[0].paths
    ]
    both = r.retrieve("Are Rex and Tom brown dogs?")  # plural, no article: Tom is black
    assert both.unconfirmed is not None and both.unconfirmed.entity == "Tom"
    two = r.retrieve("Is Rex a brown vaccinated dog?")
    assert two.answer == "Yes" and len(two.candidates[0].paths) == 3
    some = r.retrieve("Is Rex a famous brown dog?")
    assert some.unconfirmed is not None and some.unconfirmed.words == ("famous",)
    assert len(some.unconfirmed.paths) == 2  # the class and "brown" are confirmed
    if wordnet() is not None:
        assert r.retrieve("Is Rex a British dog?").answer == "Yes"
        assert r.retrieve("Is Tom a British dog?").unconfirmed.words == ("british",)
        assert r.retrieve("Is Tom a French dog?").answer == "Yes"
    assert r.retrieve("Is Rex the capital of a dog?").unconfirmed is None


def test_a_truth_value_answers_a_yes_no_question_yes_or_no():
    """ "Is Acme public?" retrieves the value ``true``: the answer is Yes on that fact
    (``false``: No), judged by the fact's relation as any "yes"."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Acme_Widgets", "is_public", TRUE),
            ("Acme_Widgets", "headquarters", "Springfield"),
            ("Beta_Gadgets", "is_public", FALSE),
            ("Beta_Gadgets", "headquarters", "Shelbyville"),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None, progress=False)
    yes = r.retrieve("Is Acme Widgets public?")
    assert (yes.answer, yes.abstained) == ("Yes", False)
    assert [p.nodes[-1] for p in yes.candidates[0].paths] == [yes.candidates[1].node]
    no = r.retrieve("Is Beta Gadgets public?")
    assert (no.answer, no.abstained) == ("No", False)
    assert r.retrieve("Where is Acme Widgets based?").answer == "Springfield"


def test_a_question_may_name_the_kind_of_a_node_it_walks_through():
    """ "the members of the *band* that made X": the band is a node walked through, and its
    class meets that word; a kind of the topic said beside its name ("the *album* X") does
    not count for a node walked through."""
    from kgchat.retrieval.question import analyze
    from kgchat.retrieval.scoring import PathQuery

    scorer = HeuristicPathScorer()
    q = analyze("Who are the members of the band that made Quiet Days?", [(9, 11)])
    hops = (("artist", True), ("member", True))
    plain = PathQuery(hops, ("artist", "member"), ("person",))
    through = PathQuery(hops, ("artist", "member"), ("person",), middle=("band",))
    cover = scorer.components(q, [plain, through])[:, 0]
    assert cover[1] > cover[0]
    triples = [
        ("Quiet_Days", RDF_TYPE, "Album"),
        ("Quiet_Days", "artist", "The_Owls"),
        ("The_Owls", RDF_TYPE, "Band"),
        ("The_Owls", "member", "Ann_Lee"),
        ("Ann_Lee", RDF_TYPE, "Person"),
        ("Quiet_Days", "producer", "Bo_Tam"),
        ("Bo_Tam", RDF_TYPE, "Person"),
    ]
    r = Retriever(KnowledgeGraph.from_triples(triples))
    res = r.retrieve("Who are the members of the band that made Quiet Days?")
    assert res.candidates[0].label == "Ann Lee"
    # the confidence reads the path as it was ranked: the band it passed through says "band"
    top = res.candidates[0]
    q, _, _ = r.read(res.question, res.mentions)
    kinds = r.kinds_of(top.node)
    bare = r.query(top.paths[0].pattern, r.answer_types(top.node))
    walked = r.query(top.paths[0].pattern, r.answer_types(top.node), (), ("band",))
    without = r.judge.confidence(q, bare, value=False, kinds=kinds)
    assert res.confidence == pytest.approx(r.judge.confidence(q, walked, value=False, kinds=kinds))
    assert res.confidence > without
    res = r.retrieve("Which band made the album Quiet Days?")
    assert res.candidates[0].label == "The Owls"


def test_a_phrase_ending_in_its_preposition_is_walked_as_the_word_order_says():
    """ "What is part of the nucleus?" asks the parts (the nucleus is the object of ``part
    of``), "What is the nucleus part of?" the whole: the phrase's word and its own preposition
    before the entity make it the object, after it the subject; and the object of "<noun> of"
    takes no role word from it (the nucleus is no "part" of the nucleolus's fact)."""
    kg = KnowledgeGraph.from_triples(
        [
            ("nucleolus", "part_of", "nucleus"),
            ("nucleus", "part_of", "cell"),
            ("mitochondrion", "part_of", "cell"),
            ("nucleus", "has_function", "storage"),
        ]
    )
    r = Retriever(kg)
    assert r.retrieve("What is part of the nucleus?").candidates[0].node == "nucleolus"
    assert r.retrieve("What is the nucleus part of?").candidates[0].node == "cell"
    assert r.answer_types("nucleus") == ()


def test_an_unnamed_blank_node_is_walked_through_but_never_an_answer(tmp_path):
    """schema.org writes an address as a blank node: "(anonymous s0_b0)" is no answer to give
    anyone, its named parts are (and a named blank node, a place called Pune, stays one)."""
    path = tmp_path / "org.ttl"
    path.write_text(
        """@prefix schema: <http://schema.org/> .
@prefix ex: <http://example.org/> .
ex:acme schema:name "Acme Robotics" ;
  schema:address [ schema:streetAddress "12 Harbour Road" ; schema:addressLocality "Rotterdam" ] ;
  schema:founder ex:ravi .
ex:ravi schema:name "Ravi Patel" ; schema:birthPlace [ schema:name "Pune" ] .
""",
        encoding="utf-8",
    )
    kg = KnowledgeGraph.load(path)
    r = Retriever(kg)
    res = r.retrieve("What is the address of Acme Robotics?")
    labels = [kg.label(c.node) for c in res.candidates]
    assert labels and not any(x.startswith("(anonymous") for x in labels)
    assert labels[0] == "12 Harbour Road"
    assert kg.label(r.retrieve("Where was Ravi Patel born?").candidates[0].node) == "Pune"


def test_what_is_a_class_is_answered_by_its_superclass():
    """ "What is X?" asks nothing but X: an instance's class answers it, and a class's own
    superclass (an ontology of classes, no instances)."""
    sub = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
    kg = KnowledgeGraph.from_triples(
        [
            ("nucleolus", sub, "organelle"),
            ("nucleolus", "part_of", "nucleus"),
            ("nucleus", sub, "organelle"),
            ("nucleus", "part_of", "cell"),
        ]
    )
    assert Retriever(kg).retrieve("What is the nucleolus?").candidates[0].node == "organelle"


def test_an_address_iri_is_what_its_scheme_says(tmp_path):
    """``foaf:mbox <mailto:...>``: the property's name says nothing a question says, the value's
    scheme does (an email); a tel: IRI is a phone number."""
    path = tmp_path / "people.ttl"
    path.write_text(
        """@prefix foaf: <http://xmlns.com/foaf/0.1/> .
<http://ex.org/alice> foaf:name "Alice Hart" ; foaf:mbox <mailto:alice@example.org> ;
  foaf:phone <tel:+44-113-496-0000> ; foaf:based_near <http://ex.org/leeds> .
<http://ex.org/leeds> foaf:name "Leeds" .
""",
        encoding="utf-8",
    )
    kg = KnowledgeGraph.load(path)
    r = Retriever(kg)
    res = r.retrieve("What is the email address of Alice Hart?")
    assert res.candidates[0].node == "mailto:alice@example.org" and not res.abstained
    res = r.retrieve("What is the phone number of Alice Hart?")
    assert res.candidates[0].node == "tel:+44-113-496-0000"
