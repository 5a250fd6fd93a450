"""QA generation: complete answer sets against brute force, splits, determinism, files, CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter

import pytest

import kgchat.qa
from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, EchoBackend, PromptTemplates
from kgchat.errors import ConfigError, DataError
from kgchat.graph.vocab import OWL_INVERSE, RDF_TYPE, RDFS_LABEL
from kgchat.pipeline import make_retriever
from kgchat.qa import (
    KINDS,
    QAConfig,
    QAExample,
    RelationPhrase,
    generate_qa,
    load_qa,
    prompt_messages,
    read_manifest,
    write_qa,
)
from tests.conftest import GRAPHS, shared_path

EX = "http://example.org/"
XSD_INT = "http://www.w3.org/2001/XMLSchema#integer"
TRIPLES = [
    ("Alan_PULIDO", "plays_in_club", "Tigres_UANL"),
    ("Alan_PULIDO", "plays_for_country", "Mexico"),
    ("Alan_PULIDO", "is_aged", f'"23"^^<{XSD_INT}>'),
    ("Raul_JIMENEZ", "plays_in_club", "Tigres_UANL"),
    ("Raul_JIMENEZ", "plays_for_country", "Mexico"),
    ("Andre_GIGNAC", "plays_in_club", "Tigres_UANL"),
    ("Andre_GIGNAC", "plays_for_country", "France"),
    ("Carlos_VELA", "plays_in_club", "Real_Sociedad"),
    ("Carlos_VELA", "plays_for_country", "Mexico"),
    ("Tigres_UANL", "is_in_country", "Mexico"),
    ("Real_Sociedad", "is_in_country", "Spain"),
    ("Olivier_GIROUD", "plays_in_club", "Arsenal_FC"),
    ("Olivier_GIROUD", "plays_for_country", "France"),
    ("Laurent_KOSCIELNY", "plays_in_club", "Arsenal_FC"),
    ("Laurent_KOSCIELNY", "plays_for_country", "France"),
    ("Hugo_LLORIS", "plays_in_club", "Tottenham"),
    ("Hugo_LLORIS", "plays_for_country", "France"),
    ("Arsenal_FC", "is_in_country", "England"),
    # an RDF corner with a declared inverse
    (EX + "Aspirin", EX + "treats", EX + "Headache"),
    (EX + "Aspirin", EX + "treats", EX + "Fever"),
    (EX + "Ibuprofen", EX + "treats", EX + "Fever"),
    (EX + "Aspirin", RDF_TYPE, EX + "Drug"),
    (EX + "Ibuprofen", RDF_TYPE, EX + "Drug"),
    (EX + "treats", OWL_INVERSE, EX + "treatedBy"),
    (EX + "treatedBy", RDFS_LABEL, '"is treated by"@en'),
]
CONFIG = QAConfig(retrieve=False, max_per_kind=10_000, phrasings=3)


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(TRIPLES)


@pytest.fixture(scope="module")
def examples(kg) -> list[QAExample]:
    return generate_qa(kg, CONFIG)


@pytest.fixture(scope="module")
def retriever(kg):
    return make_retriever(kg, encoder="hashing", index_dir=None)


def reached(kg, node: str, step: tuple[str, str]) -> set[str]:
    """Brute force: the nodes one step (``plays_in_club>`` / ``<``) from ``node``; a
    symmetric relation (its own inverse) reaches its facts stated either way."""
    name, forward = step[:-1], step[-1] == ">"
    both = kg.inverse_of(name) == name
    return {
        e.neighbor
        for e in kg.neighbors(node)
        if e.predicate == name and (e.forward == forward or both) and e.neighbor != node
    }


def walk_ends(kg, topic: str, pattern: list[str]) -> set[str]:
    """Brute force: ends of the paths along ``pattern`` that visit no node twice and have no
    literal in the middle."""
    paths = [[topic]]
    for i, step in enumerate(pattern):
        last = i == len(pattern) - 1
        paths = [
            [*p, n]
            for p in paths
            for n in reached(kg, p[-1], step)
            if n not in p and (last or not kg.is_literal(n))
        ]
    return {p[-1] for p in paths}


# ---------------------------------------------------------------- answer sets
def test_a_symmetric_relation_asks_for_the_facts_stated_either_way(tmp_path):
    """``owl:SymmetricProperty`` stated once per pair: Aspirin's partners are Warfarin (stated
    from Aspirin) and Heparin (stated from Heparin); one step, forwards, asks for both."""
    from kgchat.qa import QAConfig, generate_qa

    ttl = tmp_path / "sym.ttl"
    ttl.write_text(
        "@prefix : <http://ex.org/> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        ":interactsWith a owl:ObjectProperty, owl:SymmetricProperty .\n"
        ":Aspirin :interactsWith :Warfarin .\n"
        ":Heparin :interactsWith :Aspirin .\n"
        ":Aspirin :treats :Pain .\n"
    )
    kg = KnowledgeGraph.load(ttl)
    sym = "http://ex.org/interactsWith"
    made = [
        e
        for e in generate_qa(kg, QAConfig(retrieve=False, unanswerable=False, seed=0))
        if e.kind == "1hop" and e.pattern[0].startswith(sym)
    ]
    assert made and all(e.pattern[0] == sym + ">" for e in made)
    aspirin = [e for e in made if e.topic == "http://ex.org/Aspirin"]
    assert aspirin and set(aspirin[0].answer_nodes) == {
        "http://ex.org/Warfarin",
        "http://ex.org/Heparin",
    }


def test_every_kind_is_made(examples):
    kinds = Counter(e.kind for e in examples)
    assert set(kinds) == set(KINDS), kinds


def test_one_hop_answer_sets_are_complete(kg, examples):
    one = [e for e in examples if e.kind == "1hop"]
    for e in one:
        assert set(e.answer_nodes) == reached(kg, e.topic, e.pattern[0]), e.question
        assert e.hops == 1 and len(e.facts) == len(e.answer_nodes)
    # every (entity, relation, direction) with a usable answer set is asked about
    asked = {(e.topic, e.pattern[0]) for e in one}
    for node in kg.entities():
        for edge in kg.neighbors(node):
            step = edge.predicate + (">" if edge.forward else "<")
            if len(reached(kg, node, step)) <= CONFIG.max_answers:
                assert (node, step) in asked, (node, step)


def test_no_wording_asks_two_questions(examples):
    questions = Counter(e.question for e in examples)
    assert max(questions.values()) == 1
    # Mexico is the country of players and of a club: "Whose country is" would be either
    assert "Whose country is Mexico?" not in questions
    assert "What plays for country Mexico?" in questions


def test_literal_and_declared_inverse(examples):
    aged = [e for e in examples if e.kind == "1hop" and e.pattern == ("is_aged>",)]
    assert aged and all(e.answers == ("23",) for e in aged)
    assert "What is Alan PULIDO aged?" in {e.question for e in aged}
    # walked backwards, "treats" is asked with its declared inverse's words
    fever = {e.question for e in examples if e.topic == EX + "Fever" and e.kind == "1hop"}
    assert "What treats Fever?" in fever  # the best wording is always among them
    assert fever <= {
        "What treats Fever?",
        "Which entities treat Fever?",
        "What is Fever treated by?",
        "Fever is treated by what?",
    }
    answers = {e.answers for e in examples if e.question == "What treats Fever?"}
    assert answers == {("Aspirin", "Ibuprofen")}
    # no answer is a literal reached through the middle of a path
    assert not any(e.kind in ("2hop", "3hop") and e.pattern[0] == "is_aged>" for e in examples)


def test_multi_hop_answers_match_brute_force(kg, examples):
    multi = [e for e in examples if e.kind in ("2hop", "3hop")]
    assert {e.hops for e in multi} == {2, 3}
    for e in multi:
        assert len(e.pattern) == e.hops
        assert set(e.answer_nodes) == walk_ends(kg, e.topic, list(e.pattern)), e.question
        assert e.topic not in e.answer_nodes
    q = {e.question: e for e in multi}
    # (which topics the seeded draw asks which patterns of: the entities sorted by key)
    club_country = q["The club of Andre GIGNAC is in country what?"]
    assert club_country.answers == ("Mexico",)
    assert [kg.fact(f).text for f in club_country.facts] == [
        "Andre GIGNAC — plays in club → Tigres UANL",
        "Tigres UANL — is in country → Mexico",
    ]
    teammates = q["What plays in the club of Alan PULIDO?"]
    assert set(teammates.answers) == {"Raul JIMENEZ", "Andre GIGNAC"}


def test_conjunction_answers_are_the_intersection(kg, examples):
    conj = [e for e in examples if e.kind == "conjunction"]
    assert conj
    for e in conj:
        assert e.hops == 1 and len(e.pattern) == 2
        # the second constraint's entity: the end of its fact that is not an answer
        ends = {kg.fact(f).subject for f in e.facts} | {kg.fact(f).object for f in e.facts}
        others = ends - set(e.answer_nodes) - {e.topic}
        assert len(others) == 1, e.question
        s1 = reached(kg, e.topic, e.pattern[0])
        s2 = reached(kg, others.pop(), e.pattern[1])
        assert set(e.answer_nodes) == s1 & s2
        assert 0 < len(e.answer_nodes) < min(len(s1), len(s2))
    q = {e.question: e for e in conj}
    wanted = "Which entities play in club Tigres UANL and play for country Mexico?"
    if wanted in q:
        assert set(q[wanted].answers) == {"Alan PULIDO", "Raul JIMENEZ"}


def test_unanswerable_questions_target_the_abstention(kg, examples):
    no_answer = PromptTemplates.load().no_answer
    un = [e for e in examples if e.kind == "unanswerable"]
    assert un
    for e in un:
        assert e.answers == () and e.facts == ()
        assert e.target == no_answer.format(topic=kg.label(e.topic))
        assert not reached(kg, e.topic, e.pattern[0]), e.question  # it really lacks it


def test_targets_cite_the_supporting_facts(kg, examples):
    for e in examples:
        if e.kind == "unanswerable":
            continue
        ids = [i for i, _ in e.retrieved]
        assert set(e.facts) <= set(ids)
        cited = [f"[{ids.index(f) + 1}]" for f in e.facts]
        assert e.target.startswith(", ".join(e.answers) + ": ")
        assert all(c in e.target for c in cited)
        first = kg.fact(e.facts[0])
        assert f"{first.subject_label} {first.predicate_label} {first.object_label}" in e.target


# ---------------------------------------------------------------- splits and determinism
def test_splits_are_disjoint_by_topic(examples):
    by_topic: dict[str, set[str]] = {}
    for e in examples:
        by_topic.setdefault(e.topic, set()).add(e.split)
    assert all(len(s) == 1 for s in by_topic.values())
    assert {e.split for e in examples} == {"train", "dev", "test"}


def test_same_seed_same_output_other_seed_other(kg, examples):
    assert generate_qa(kg, CONFIG) == examples
    other = generate_qa(kg, CONFIG.replace(seed=1))
    assert other != examples
    assert {(e.topic, e.pattern) for e in other if e.kind == "1hop"} == {
        (e.topic, e.pattern) for e in examples if e.kind == "1hop"
    }


def test_quota_and_phrasings(kg):
    small = generate_qa(kg, QAConfig(retrieve=False, max_per_kind=5, phrasings=1))
    counts = Counter(e.kind for e in small)
    assert all(n <= 5 for n in counts.values())
    questions = [e.question for e in small if e.kind == "1hop"]
    assert len(questions) == len(set(questions)) == 5


def test_real_retriever_facts_come_first(kg, retriever):
    config = QAConfig(encoder="hashing", max_per_kind=6, max_facts=4)
    for e in generate_qa(kg, config, retriever=retriever):
        got = [sf.fact.id for sf in retriever.retrieve(e.question).facts[:4]]
        prompt = [i for i, _ in e.retrieved]
        assert [i for i in prompt if i in got] == got  # the retriever's order is kept
        assert len(prompt) == len(got) + e.inserted
        assert e.inserted == len(set(e.facts) - set(got))


def test_prompt_messages_match_the_chatbot(kg, examples):
    bot = ChatBot(kg, backend=EchoBackend())
    e = next(e for e in examples if e.kind == "2hop")
    facts = [kg.fact(i) for i, _ in e.retrieved]
    assert prompt_messages(e) == bot._messages(e.question, facts)
    assert prompt_messages(e.to_dict()) == prompt_messages(e)


# ---------------------------------------------------------------- phrasing
@pytest.mark.parametrize(
    ("phrase", "first", "backwards"),
    [
        ("plays in club", "Which club does X play in?", "What plays in club Y?"),
        ("is in country", "Which country is X in?", "What is in country Y?"),
        ("has side effect", "Which side effect does X have?", "What has side effect Y?"),
        ("treats", "What does X treat?", "What treats Y?"),
        ("is a member of drug class", "Which drug class is X a member of?", None),
        ("is metabolized by", "What is X metabolized by?", "What is metabolized by Y?"),
        ("birth date", "What is the birth date of X?", "What has Y as birth date?"),
        ("part of", "What is X part of?", "What is part of Y?"),
        ("won the Nobel Prize in", "X won the Nobel Prize in what?", None),
    ],
)
def test_phrasings(phrase, first, backwards):
    p = RelationPhrase.parse(phrase)
    assert p.ask_object("X")[0] == first
    if backwards:
        assert p.ask_subject("Y")[0] == backwards


# ---------------------------------------------------------------- files
def test_write_load_round_trip(tmp_path, kg, examples):
    out = write_qa(examples, tmp_path / "qa", kg=kg, config=CONFIG)
    assert sorted(p.name for p in out.iterdir()) == [
        "dev.jsonl",
        "manifest.json",
        "test.jsonl",
        "train.jsonl",
    ]
    rows = load_qa(out)
    assert [QAExample.from_dict(r) for r in rows] == sorted(
        examples, key=lambda e: ("train", "dev", "test").index(e.split)
    )
    m = read_manifest(out)
    assert m["graph_fingerprint"] == kg.fingerprint
    assert QAConfig.from_dict(m["config"]) == CONFIG
    assert m["counts"]["total"]["all"] == len(examples)
    assert sum(m["counts"][s]["all"] for s in ("train", "dev", "test")) == len(examples)
    test = load_qa(out, "test", as_dataset=True)
    assert len(test) == m["counts"]["test"]["all"]
    assert test[0]["retrieved"][0].keys() == {"id", "text"}
    dd = load_qa(out, as_dataset=True)
    assert set(dd) == {"train", "dev", "test"} and len(dd["train"]) == m["counts"]["train"]["all"]


def test_files_are_what_the_evaluation_reads(tmp_path, examples, kg, retriever):
    from kgchat.evaluation import evaluate_retrieval, read_questions

    out = write_qa(examples, tmp_path / "qa")
    items, problems = read_questions(out / "test.jsonl")
    assert not problems and len(items) == sum(e.split == "test" for e in examples)
    assert all(item.entities for item in items)  # the topic is the gold entity
    report = evaluate_retrieval(retriever, items, progress=False)
    assert report.metrics["linking_accuracy"] is not None
    assert "kind" in report.breakdown


def test_existing_directory_is_refused(tmp_path, examples):
    out = tmp_path / "qa"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    with pytest.raises(DataError, match=r"qa: exists and is not empty; pass --overwrite"):
        write_qa(examples, out)
    assert (out / "notes.txt").read_text() == "mine"  # left alone
    with pytest.raises(DataError, match="not written by 'kgchat qa'"):
        write_qa(examples, out, overwrite=True)  # another folder: refused even with overwrite
    (out / "notes.txt").unlink()
    write_qa(examples, out)
    write_qa(examples, out, overwrite=True)  # a QA set of ours is replaced
    assert (out / "train.jsonl").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".qa")]  # no temp left


def test_missing_split_is_named(tmp_path, examples):
    out = write_qa(examples, tmp_path / "qa")
    (out / "dev.jsonl").unlink()
    (out / "test.jsonl").unlink()
    with pytest.raises(DataError, match=r"missing dev\.jsonl, test\.jsonl"):
        load_qa(out)
    assert load_qa(out, "train")  # the split that is there still loads
    with pytest.raises(DataError, match="no such QA directory"):
        load_qa(tmp_path / "nowhere")
    with pytest.raises(ConfigError):
        load_qa(out, "validation")
    (out / "train.jsonl").write_text('{"question": "q", "answers": []}\nnot json\n')
    with pytest.raises(DataError, match=r"train\.jsonl:2: not JSON"):
        load_qa(out, "train")


def test_empty_and_schema_only_graphs_say_why():
    with pytest.raises(DataError, match=r"could make 0 questions.*no entity"):
        generate_qa(KnowledgeGraph.from_triples([]), CONFIG)
    labels_only = KnowledgeGraph.from_triples([(EX + "a", RDFS_LABEL, '"A"@en')])
    with pytest.raises(DataError, match=r"could make 0 questions.*no entity has a fact"):
        generate_qa(labels_only, CONFIG)
    twins = KnowledgeGraph.from_triples(
        [
            (EX + "a", RDFS_LABEL, '"X"'),
            (EX + "b", RDFS_LABEL, '"X"'),
            (EX + "a", EX + "r", EX + "b"),
        ]
    )
    with pytest.raises(DataError, match=r"every candidate.*name other entities share"):
        generate_qa(twins, CONFIG)


def test_config_is_checked():
    assert QAConfig.from_json(CONFIG.to_json()) == CONFIG
    for bad in ({"hops": (4,)}, {"phrasings": 0}, {"test_fraction": 0.5, "dev_fraction": 0.5}):
        with pytest.raises(ConfigError):
            QAConfig(**bad)
    assert QAConfig(hops=(2,), conjunctions=False, unanswerable=False).kinds == ("2hop",)


def test_public_names():
    assert all(hasattr(kgchat.qa, name) for name in kgchat.qa.__all__)


# ---------------------------------------------------------------- command line and real graphs
def test_cli_qa_and_eval(tmp_path):
    tsv = tmp_path / "tiny.tsv"
    tsv.write_text("\n".join("\t".join(t) for t in TRIPLES[:18]) + "\n", encoding="utf-8")
    env = dict(os.environ, KGCHAT_CACHE=str(tmp_path / "cache"))
    cmd = [sys.executable, "-m", "kgchat.cli", "qa", str(tsv), "--encoder", "hashing"]
    outs = []
    for run, hash_seed in enumerate(("1", "2")):
        out = tmp_path / f"qa{run}"
        res = subprocess.run(
            [*cmd, "--out", str(out), "--seed", "7"],
            capture_output=True,
            text=True,
            env=dict(env, PYTHONHASHSEED=hash_seed),
            check=True,
        )
        assert "wrote" in res.stdout and "1hop" in res.stdout
        outs.append(out)
    for name in ("train.jsonl", "dev.jsonl", "test.jsonl", "manifest.json"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name
    res = subprocess.run([*cmd, "--out", str(outs[0])], capture_output=True, text=True, env=env)
    assert res.returncode == 1 and "--overwrite" in res.stderr
    res = subprocess.run(
        [*cmd, "--out", str(outs[0]), "--overwrite", "--no-retrieve", "--json", "--hops", "1"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    counts = json.loads(res.stdout.strip().splitlines()[-1])["counts"]
    assert counts["train"]["1hop"] > 0 and counts["train"]["2hop"] == 0
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "kgchat.cli",
            "eval",
            str(tsv),
            "--questions",
            str(outs[1] / "test.jsonl"),
            "--encoder",
            "hashing",
            "--index",
            str(tmp_path / "idx"),
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert json.loads(res.stdout.strip().splitlines()[-1])["n"] > 0


@pytest.mark.parametrize("path", [GRAPHS / "medicine.ttl", "wc2014"])
def test_real_graphs(path):
    if path == "wc2014":
        path = shared_path("bench", "wc2014", "kb.tsv")
    kg = KnowledgeGraph.load(path)
    examples = generate_qa(kg, QAConfig(retrieve=False, max_per_kind=300))
    counts = Counter(e.kind for e in examples)
    assert all(counts[k] > 0 for k in KINDS), counts
    for e in examples[:: max(1, len(examples) // 60)]:
        if e.kind == "1hop":
            assert set(e.answer_nodes) == reached(kg, e.topic, e.pattern[0])
        elif e.kind in ("2hop", "3hop"):
            assert set(e.answer_nodes) == walk_ends(kg, e.topic, list(e.pattern))


# ---------------------------------------------------------------------- paraphrasing
class ScriptedBackend:
    """Replies from a script (the rewording model's stand-in for the checks); counts calls."""

    name = "scripted"

    def __init__(self, replies: dict[str, str]) -> None:
        self.replies = replies
        self.calls = 0

    def generate(self, messages, *, prefix="", max_new_tokens=64, stop=("\n",)):
        self.calls += 1
        question = messages[-1]["content"].removeprefix("Rewrite: ")
        yield self.replies.get(question, "")


def test_rewordings_are_checked_and_cached(tmp_path):
    from kgchat.qa.paraphrase import Paraphraser

    replies = {
        "What does Aspirin treat?": "New question: Which conditions is Aspirin used for?",
        "Where is Arsenal FC?": "Arsenal FC is in England.",  # an answer, not a question
        "Who plays for Mexico?": "Who plays for the national team?",  # lost the name
        "What is in Spain?": "Which clubs, like Real Sociedad, are in Spain?",  # names an answer
        "Who is aged 23?": "who is aged 23?",  # the question again
    }
    cache = tmp_path / "cache" / "model.json"
    backend = ScriptedBackend(replies)
    p = Paraphraser(backend, cache, save_every=2)
    got = {
        q: p.paraphrase(q, [n], answers)
        for q, n, answers in [
            ("What does Aspirin treat?", "Aspirin", ["Headache", "Fever"]),
            ("Where is Arsenal FC?", "Arsenal FC", ["England"]),
            ("Who plays for Mexico?", "Mexico", ["Carlos VELA"]),
            ("What is in Spain?", "Spain", ["Real Sociedad"]),
            ("Who is aged 23?", "", ["Alan PULIDO"]),
        ]
    }
    assert got == {
        "What does Aspirin treat?": "Which conditions is Aspirin used for?",
        "Where is Arsenal FC?": None,
        "Who plays for Mexico?": None,
        "What is in Spain?": None,
        "Who is aged 23?": None,
    }
    assert p.outcomes == {"kept": 1, "dropped": 4}
    assert cache.is_file()  # saved every 2 new rewordings, before the end
    p.save()
    assert not list(cache.parent.glob("*.tmp"))
    again = Paraphraser(ScriptedBackend({}), cache)
    assert (
        again.paraphrase("What does Aspirin treat?", ["Aspirin"], [])
        == got["What does Aspirin treat?"]
    )
    assert again.backend.calls == 0  # from the cache
    cache.write_text("{not json")
    assert Paraphraser(ScriptedBackend({}), cache)._raw == {}  # unreadable: a new cache


def test_generation_adds_checked_rewordings_by_the_real_model(kg, tmp_path, monkeypatch):
    """``paraphrase=True`` with the default SmolLM2: every kept rewording is one more example
    of its question (same answers, topic and split), names the topic, and is marked; the
    model's replies are cached, so a second run does not call it."""
    import kgchat.qa.generate as gen
    from kgchat.qa.paraphrase import Paraphraser

    cache = tmp_path / "rewordings.json"
    monkeypatch.setattr(gen, "paraphrase_cache_path", lambda model: cache)
    cfg = QAConfig(
        retrieve=False, max_per_kind=2, hops=(1,), conjunctions=False, unanswerable=False
    )
    cfg = cfg.replace(paraphrase=True)
    first = generate_qa(kg, cfg)
    originals = [ex for ex in first if not ex.paraphrased]
    reworded = [ex for ex in first if ex.paraphrased]
    assert originals and len(originals) == len(generate_qa(kg, cfg.replace(paraphrase=False)))
    raw = json.loads(cache.read_text())["rewordings"]
    assert set(raw) == {ex.question for ex in originals}
    by_question = {ex.question: ex for ex in originals}
    assert reworded  # greedy decoding: the same rewordings every run
    for ex in reworded:
        assert ex.question.endswith("?") and ex.question not in by_question
        twin = [o for o in originals if o.topic == ex.topic and o.answers == ex.answers]
        assert twin and twin[0].split == ex.split and twin[0].facts == ex.facts
        assert kg.label(ex.topic).casefold() in ex.question.casefold()
    silent = ScriptedBackend({})
    monkeypatch.setattr(gen, "_paraphraser", lambda config: Paraphraser(silent, cache))
    assert [ex.question for ex in generate_qa(kg, cfg)] == [ex.question for ex in first]
    assert silent.calls == 0
