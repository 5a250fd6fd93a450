"""The grounded chatbot: answers, citations, abstention, memory, backends (local and HTTP)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, ChatConfig, EchoBackend, PromptTemplates, TransformersBackend
from kgchat.chat.http import OpenAIBackend
from kgchat.chat.repl import run_repl
from kgchat.errors import BackendError, ConfigError, KGChatError, ModelError, RetrievalError
from tests.conftest import GRAPHS, loopback_server

TRUE = '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>'
FALSE = '"false"^^<http://www.w3.org/2001/XMLSchema#boolean>'
TRIPLES = [
    ("Aspirin", "treats", "Headache"),
    ("Aspirin", "interacts_with", "Warfarin"),
    ("Warfarin", "treats", "Thrombosis"),
    ("Warfarin", "metabolized_by", "CYP2C9"),
    ("Amiodarone", "inhibits", "CYP2C9"),
    ("Amiodarone", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "Drug"),
    ("Frederica", "spouse", "Paul"),
    ("Paul", "nationality", "Greece"),
]


@pytest.fixture
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


class Refuses:
    """A backend that must not be used: a reply made without the model (loading one is what
    costs seconds) fails the test if it asks or loads it."""

    name = "refuses"
    context_length = 2048

    def generate(self, *args, **kwargs):
        raise AssertionError("the model was asked")

    def count_tokens(self, *args, **kwargs):
        raise AssertionError("the model was loaded")


class Scripted:
    """A backend that replies with a fixed continuation (tests the chatbot's checks)."""

    name = "scripted"

    def __init__(self, reply: str, context: int | None = None):
        self.reply, self.context, self.prompts = reply, context, []

    def generate(self, messages, *, prefix="", max_new_tokens=64, stop=("\n",)):
        self.prompts.append(messages)
        for w in self.reply.split(" "):
            yield " " + w

    @property
    def context_length(self):
        return self.context

    def count_tokens(self, messages, prefix=""):
        return sum(len(m["content"]) for m in messages) // 4


# ---------------------------------------------------------------- answers and citations
def test_answer_cites_the_facts_it_rests_on(kg):
    a = ChatBot(kg, backend=EchoBackend()).ask("What does Aspirin treat?")
    assert a.text == "Headache is the answer [1]."
    assert [f.text for f in a.facts] == ["Aspirin — treats → Headache"]
    assert a.answer == "Headache" and not a.abstained and 0 < a.confidence < 1
    assert a.entities[0].node == "Aspirin"
    d = a.to_dict()
    assert {"answer", "facts", "entities", "confidence"} <= set(d)
    assert d["facts"][0]["n"] == 1


def test_invalid_citations_are_dropped_and_support_is_cited(kg):
    bot = ChatBot(kg, backend=Scripted("is the answer [7][1]."))
    a = bot.ask("What does Aspirin treat?")
    assert a.text == "Headache is the answer [1]."
    assert a.invalid_citations == [7] and a.citations == [1]
    bot = ChatBot(kg, backend=Scripted("is the answer."))
    assert bot.ask("What does Aspirin treat?").text == "Headache is the answer [1]."


def test_a_yes_no_question_is_answered_yes_or_no_citing_the_fact():
    """A class asked of ("Is X a drug?") and a truth value ("Is X public?") are answered Yes
    or No with the fact that says so cited, not with a list of X's neighbours."""
    from kgchat.chat.backends import TemplateBackend

    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    kg = KnowledgeGraph.from_triples(
        [
            ("Aspirin", rdf_type, "Drug"),
            ("Aspirin", "member_of_class", "NSAIDs"),
            ("Aspirin", "member_of_class", "Antipyretics"),
            ("Aspirin", "is_generic", TRUE),
            ("Headache", rdf_type, "Disease"),
            ("Ibuprofen", "is_generic", FALSE),
            ("Ibuprofen", rdf_type, "Drug"),
        ]
    )
    bot = ChatBot(kg, backend=TemplateBackend())
    a = bot.ask("Is aspirin a drug?")
    assert a.text.startswith("Yes") and a.citations == [1]
    assert (a.facts[0].predicate_label, a.facts[0].object_label) == ("is a", "Drug")
    assert bot.ask("Is aspirin a disease?").abstained
    assert bot.ask("Is aspirin generic?").text.startswith("Yes")
    b = bot.ask("Is ibuprofen generic?")
    assert b.text.startswith("No") and b.citations == [1] and b.facts[0].object_label == "false"


def test_a_qualified_class_is_no_plain_yes_from_the_class_alone():
    """ "Is Metallica a British band?": the type fact confirms the band, and only a fact whose
    value "British" names (the United Kingdom, by WordNet's pertainym) confirms the rest;
    else the reply says what is known, cited, and what the graph does not say, without the
    model."""
    from kgchat.chat.backends import TemplateBackend
    from kgchat.wordnet import wordnet

    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    kg = KnowledgeGraph.from_triples(
        [
            ("Metallica", rdf_type, "Band"),
            ("Metallica", "country_of_origin", "United States"),
            ("Radiohead", rdf_type, "Band"),
            ("Radiohead", "country_of_origin", "United Kingdom"),
            ("Aspirin", rdf_type, "Drug"),
            ("Aspirin", "route", "oral"),
            ("Insulin", rdf_type, "Drug"),
            ("Insulin", "route", "injection"),
        ]
    )
    bot = ChatBot(kg, backend=TemplateBackend())
    oral = bot.ask("Is aspirin an oral drug?")
    assert oral.text == "Yes: Aspirin is a Drug [1]; Aspirin route oral [2]."
    assert oral.citations == [1, 2] and not oral.abstained
    no = ChatBot(kg, backend=Refuses()).ask("Is insulin an oral drug?")
    assert no.text == (
        "Insulin is a Drug [1]; the knowledge graph does not say that Insulin is oral."
    )
    assert no.abstained and no.answer is None and [f.object_label for f in no.facts] == ["Drug"]
    assert bot.ask("Is aspirin a drug?").text == "Yes: Aspirin is a Drug [1]."
    if wordnet() is None:
        return
    a = bot.ask("Is Radiohead a British band?")
    assert a.text.startswith("Yes") and a.citations == [1, 2]
    assert a.facts[1].object_label == "United Kingdom"
    b = bot.ask("Is Metallica a British band?")
    assert b.text == (
        "Metallica is a Band [1]; the knowledge graph does not say that Metallica is British."
    )
    assert b.abstained and b.citations == [1]
    assert bot.ask("Is Metallica an American band?").text.startswith("Yes")


def test_invented_content_is_replaced_by_the_evidence(kg):
    bot = ChatBot(kg, backend=Scripted("is a Spanish club in the United States [1]."))
    a = bot.ask("What does Aspirin treat?")
    assert a.text == "Headache: Aspirin treats Headache [1]."


def test_two_hop_answer_cites_the_whole_chain(kg):
    a = ChatBot(kg, backend=Scripted("")).ask(
        "Which drugs inhibit the enzyme that metabolizes Warfarin?"
    )
    assert a.answer == "Amiodarone"
    # the chain from Warfarin; the class the question names is checked on the answer
    assert a.text == (
        "Amiodarone: Warfarin metabolized by CYP2C9 [1]; Amiodarone inhibits CYP2C9 [2]."
    )


def test_abstains_without_entities_or_evidence(kg):
    bot = ChatBot(kg, backend=EchoBackend())
    a = bot.ask("What is the capital of France?")
    assert a.abstained and a.facts == [] and "no fact" in a.text
    a = ChatBot(kg, backend=EchoBackend(), config=ChatConfig(min_confidence=0.99)).ask(
        "What does Aspirin treat?"
    )
    assert a.abstained and "Aspirin" in a.text
    with pytest.raises(RetrievalError):
        bot.ask("   ")


def test_question_in_another_language_answers_or_abstains(kg):
    a = ChatBot(kg, backend=EchoBackend()).ask("Was behandelt Aspirin?")
    assert a.abstained or "[1]" in a.text


def test_facts_are_trimmed_to_fit_the_context_and_reported(kg):
    backend = Scripted("is the answer [1].", context=120)
    cfg = ChatConfig(max_new_tokens=8, context_facts=12)
    a = ChatBot(kg, backend=backend, config=cfg).ask("What does Warfarin interact with?")
    assert a.trimmed > 0 and len(a.given) >= 1
    assert backend.count_tokens(backend.prompts[-1]) <= 120 - 8


def test_the_prompt_holds_the_answers_support_and_context_facts_more(kg):
    backend = Scripted("is the answer [1].")
    a = ChatBot(kg, backend=backend).ask("What does Warfarin treat?")
    prompt = backend.prompts[-1][-1]["content"]
    n = 1 + [f.text for f in a.given].index("Warfarin — treats → Thrombosis")
    assert len(a.given) > 1 and prompt.count("\n[") == 1  # given: all; read: the support
    assert f"[{n}] Warfarin — treats → Thrombosis" in prompt  # under its own number
    ChatBot(kg, backend=backend, config=ChatConfig(context_facts=2)).ask(
        "What does Warfarin treat?"
    )
    assert backend.prompts[-1][-1]["content"].count("\n[") == 3


def test_prompt_templates_are_data(kg, tmp_path):
    path = tmp_path / "prompts.json"
    path.write_text(
        json.dumps({"system": "Reply like a pirate.", "answer_prefix": "Arr, {answer}"})
    )
    backend = Scripted("it be [1].")
    a = ChatBot(kg, backend=backend, config=ChatConfig(prompts=str(path))).ask(
        "What does Aspirin treat?"
    )
    assert backend.prompts[-1][0]["content"] == "Reply like a pirate."
    assert a.text.startswith("Arr, Headache")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"sistem": "typo"}))
    with pytest.raises(ConfigError, match="sistem"):
        ChatBot(kg, backend=backend, config=ChatConfig(prompts=str(bad)))


def test_likelihood_ranker_uses_the_backend_score(kg):
    class Prefers:
        name = "prefers"

        def generate(self, messages, **kw):
            yield " [1]."

        def score(self, messages, prefix, continuations):
            return [1.0 if c == "Thrombosis" else 0.0 for c in continuations]

    bot = ChatBot(kg, backend=Prefers(), config=ChatConfig(ranker="likelihood"))
    assert bot.ask("What does Warfarin treat?").answer == "Thrombosis"
    assert "ranking" in bot.last.timings


# ---------------------------------------------------------------- conversation
def test_entity_memory_resolves_follow_ups(kg):
    bot = ChatBot(kg, backend=EchoBackend())
    assert bot.chat("Who is Frederica's spouse?").answer == "Paul"
    a = bot.chat("and what is his nationality?")
    assert a.resolved_question == "and what is Paul's nationality?"
    assert a.answer == "Greece"
    bot.chat("What does Aspirin treat?")
    a = bot.chat("What about Warfarin?")
    assert a.resolved_question == "What does Warfarin treat?" and a.answer == "Thrombosis"
    bot.reset()
    assert bot.chat("and what is his nationality?").abstained


def test_stream_yields_pieces_then_the_answer(kg):
    bot = ChatBot(kg, backend=Scripted("is the answer [1]."))
    pieces = list(bot.stream("What does Aspirin treat?"))
    assert pieces[0] == "Headache" and len(pieces) > 2
    assert "".join(pieces) == bot.last.text  # kept for older callers
    stream = bot.stream("What does Aspirin treat?")
    assert "".join(stream) == stream.result().text == bot.last.text


def test_repl_commands():
    kg = KnowledgeGraph.from_triples(TRIPLES)
    out = io.StringIO()
    script = "What does Aspirin treat?\n/facts\n/bogus\n/reset\n/quit\n"
    assert run_repl(ChatBot(kg, backend=EchoBackend()), io.StringIO(script), out) == 0
    text = out.getvalue()
    assert "Headache is the answer [1]." in text
    assert "*[1] Aspirin — treats → Headache" in text
    assert "unknown command" in text and "forgotten" in text


def test_repl_shows_the_model_only_once_checked():
    """The session shows the answer at once, and the model's words only after the claim
    check: a continuation that invents what no fact says never reaches the screen, the
    cited evidence does."""
    kg = KnowledgeGraph.from_triples(TRIPLES)
    bot = ChatBot(kg, backend=Scripted("is a Spanish club in the United States [1]."))
    out = io.StringIO()
    assert run_repl(bot, io.StringIO("What does Aspirin treat?\n"), out) == 0
    text = out.getvalue()
    assert "Spanish" not in text
    assert "kgchat> Headache: Aspirin treats Headache [1].\n" in text


# ---------------------------------------------------------------- the local model
@pytest.fixture(scope="module")
def tiny_backend():
    from kgchat.models import tiny_causal_lm

    return TransformersBackend(model_and_tokenizer=tiny_causal_lm(seed=0))


def test_transformers_backend_streams_and_scores(tiny_backend):
    msgs = [{"role": "user", "content": "Facts:\n[1] Aspirin — treats → Headache\n\nQuestion: ?"}]
    pieces = list(tiny_backend.generate(msgs, prefix="Headache", max_new_tokens=5))
    assert len(pieces) <= 5
    scores = tiny_backend.score(msgs, "The answer is ", ["Headache", "Thrombosis"])
    assert len(scores) == 2 and all(s < 0 for s in scores)
    assert tiny_backend.count_tokens(msgs) > 10


def test_chatbot_with_a_tiny_model_keeps_answers_grounded(kg, tiny_backend):
    a = ChatBot(kg, backend=tiny_backend).ask("What does Aspirin treat?")
    assert a.text.startswith("Headache") and a.citations and not a.invalid_citations


def test_missing_model_path_is_a_clear_error(kg):
    with pytest.raises(ModelError, match="does not exist"):
        ChatBot(kg, backend=TransformersBackend("./no/such/model")).ask("What does Aspirin treat?")


@pytest.mark.slow
def test_default_model_answers_the_bundled_medicine_graph():
    from kgchat.pipeline import make_chatbot

    kg = KnowledgeGraph.load(GRAPHS / "medicine.ttl")
    bot = make_chatbot(kg, index_dir=None)
    a = bot.chat("What does metformin treat?")
    assert "type 2 diabetes" in a.text.lower()
    assert any("metformin" in f.text and "type 2 diabetes" in f.text for f in a.facts)
    a = bot.chat("What is the mechanism of action of the drug class of atorvastatin?")
    assert "HMG-CoA reductase" in a.text and len(a.facts) >= 2
    a = bot.chat("Who discovered penicillin?")
    assert "Alexander Fleming" in a.text
    a = bot.chat("When did he receive the Nobel Prize?")
    assert "1945" in a.text and "Fleming" in a.resolved_question
    a = bot.chat("Is lisinopril contraindicated in pregnancy?")
    assert a.text.startswith("Yes")
    assert all(not x.invalid_citations for x in [a])


@pytest.mark.slow
def test_cli_ask_json(tmp_path):
    cmd = [
        sys.executable,
        "-m",
        "kgchat.cli",
        "ask",
        str(GRAPHS / "finance.ttl"),
        "Who is the CEO of Microsoft?",
        "--json",
        "--index",
        str(tmp_path / "idx"),
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    last = json.loads(out.stdout.strip().splitlines()[-1])
    assert {"answer", "facts", "entities", "confidence"} <= set(last)
    assert "Satya Nadella" in last["answer"]


# ---------------------------------------------------------------- the HTTP backend
class _Handler(BaseHTTPRequestHandler):
    mode = "ok"
    calls = 0

    def log_message(self, *args):
        pass

    def do_POST(self):
        cls = type(self)
        cls.calls += 1
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if cls.mode == "flaky" and cls.calls == 1:
            self.send_response(503)
            self.end_headers()
            return
        if cls.mode == "bad":
            self.send_response(400)
            self.end_headers()
            self.wfile.write(b'{"error": "no such model"}')
            return
        if cls.mode == "slow":
            time.sleep(1.5)
        if self.path.endswith("/completions") and not self.path.endswith("chat/completions"):
            if cls.mode == "nologprobs":
                self._json({"choices": [{"text": ""}]})
                return
            prompt = body["prompt"]
            # one "token" per character; the answer "Headache" is likely, others are not
            offsets = list(range(len(prompt)))
            good = prompt.endswith("Headache")
            lps = [-0.1 if good else -3.0] * len(prompt)
            # then what it generates, echoed after the prompt as a real server does (and as
            # llama-cpp-python's does, "max_tokens": 0 reads as up to the context's end)
            made = body["max_tokens"] if body["max_tokens"] > 0 else 40
            offsets += range(len(prompt), len(prompt) + made)
            lps += [-30.0] * made
            self._json({"choices": [{"logprobs": {"text_offset": offsets, "token_logprobs": lps}}]})
            return
        assert body["messages"][-1]["role"] == "assistant"  # the forced prefix
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        for piece in [" is", " the answer", " [1]."]:
            chunk = {"choices": [{"delta": {"content": piece}}]}
            self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            self.wfile.flush()
        self.wfile.write(b"data: [DONE]\n\n")

    def _json(self, obj):
        data = json.dumps(obj).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def server():
    _Handler.mode, _Handler.calls = "ok", 0
    with loopback_server(_Handler) as url:
        yield url


def test_http_backend_streams_from_a_real_server(kg, server):
    bot = ChatBot(kg, backend=OpenAIBackend(server, "test-model"))
    a = bot.ask("What does Aspirin treat?")
    assert a.text == "Headache is the answer [1]." and a.tokens == 3


def test_http_backend_retries_then_succeeds(kg, server):
    _Handler.mode = "flaky"
    backend = OpenAIBackend(server, "m", retries=2, backoff=0.01)
    assert ChatBot(kg, backend=backend).ask("What does Aspirin treat?").citations == [1]
    assert _Handler.calls == 2


def test_http_backend_errors_are_clear(kg, server):
    _Handler.mode = "bad"
    with pytest.raises(BackendError, match="HTTP 400"):
        ChatBot(kg, backend=OpenAIBackend(server, "m")).ask("What does Aspirin treat?")
    _Handler.mode = "slow"
    with pytest.raises(BackendError, match="timed out"):
        ChatBot(kg, backend=OpenAIBackend(server, "m", timeout=0.3, retries=0)).ask(
            "What does Aspirin treat?"
        )
    down = OpenAIBackend("http://127.0.0.1:9/v1", "m", retries=1, backoff=0.01)
    with pytest.raises(BackendError, match="is the server running"):
        ChatBot(kg, backend=down).ask("What does Aspirin treat?")
    with pytest.raises(ConfigError, match="base_url"):
        OpenAIBackend("localhost:8000", "m")


def test_http_backend_scores_candidates(kg, server):
    backend = OpenAIBackend(server, "m")
    msgs = [{"role": "user", "content": "q"}]
    s = backend.score(msgs, "The answer is ", ["Headache", "Thrombosis"])
    assert s[0] > s[1]
    _Handler.mode = "nologprobs"
    with pytest.raises(BackendError, match="logprobs"):
        backend.score(msgs, "The answer is ", ["Headache"])
    # the chatbot then keeps the retriever's ranking instead of failing
    bot = ChatBot(kg, backend=backend, config=ChatConfig(ranker="likelihood"))
    _Handler.mode = "nologprobs"
    assert bot.ask("What does Aspirin treat?").answer == "Headache"


def test_chat_mode_evaluation(kg, tmp_path):
    from kgchat.evaluation import evaluate_chat, read_questions

    qa = tmp_path / "qa.jsonl"
    qa.write_text(
        json.dumps({"question": "What does Aspirin treat?", "answers": ["headache"], "kind": "a"})
        + "\n"
        + json.dumps(
            {"question": "What is the capital of France?", "answers": ["Paris"], "kind": "b"}
        )
        + "\n",
        encoding="utf-8",
    )
    items, _ = read_questions(qa)
    report = evaluate_chat(
        ChatBot(kg, backend=Scripted("is the answer [1][9].")), items, progress=False
    )
    m = report.metrics
    assert m["hits_at_1"] == 0.5 and m["abstention_rate"] == 0.5
    assert m["citation_validity"] == 1.0 and m["raw_citation_validity"] == 0.5
    assert set(report.breakdown["kind"]) == {"a", "b"}


# ---------------------------------------------------------------- issue 17: guard and caps
def test_generated_answer_that_no_fact_supports_is_withheld(kg):
    cfg = ChatConfig(ranker="generate")
    for reply in ["Paris is the capital of France.", "Ibuprofen treats it [1]."]:
        a = ChatBot(kg, backend=Scripted(reply), config=cfg).ask("What does Aspirin treat?")
        assert "Paris" not in a.text and "Ibuprofen" not in a.text
        assert a.abstained and a.answer is None and a.citations == []
        assert a.text == PromptTemplates.load().unsupported
    # an uncited reply naming a supported answer keeps it, and gets that answer's evidence
    bot = ChatBot(kg, backend=Scripted("Aspirin treats headache."), config=cfg)
    a = bot.ask("What does Aspirin treat?")
    assert a.text == "Aspirin treats headache [1]." and a.answer == "Headache"
    assert not a.abstained


def test_one_question_cap_for_retrieval_and_prompt(kg):
    from kgchat.retrieval import Retriever, RetrieverConfig

    # 100,000 characters, the entity at character 5,000: within the 10,000 that are read
    question = "z " * 2500 + "What does Aspirin treat?" + " z" * 48_000
    backend = Scripted("is the answer [1].")
    a = ChatBot(kg, backend=backend).ask(question)
    assert a.answer == "Headache"
    prompt = backend.prompts[-1][-1]["content"]
    assert "Question: " + question[:10_000] in prompt and len(prompt) < 10_500
    assert RetrieverConfig().max_question_chars == 10_000
    # one field caps both: a smaller cap shortens what the prompt carries too
    retriever = Retriever(kg, config=RetrieverConfig(max_question_chars=40))
    question = "What does Aspirin treat? " + "x" * 100_000
    ChatBot(kg, retriever, backend).ask(question)
    assert backend.prompts[-1][-1]["content"].endswith("Question: " + question[:40])


def test_template_backend_answers_from_the_evidence_without_a_model(kg, tmp_path):
    """`--backend template`: no language model; the reply is the answer with its cited,
    verbalised evidence, and the command loads no model (it runs with no chat model around)."""
    from kgchat.chat import TemplateBackend, get_backend

    assert isinstance(get_backend("template"), TemplateBackend)
    a = ChatBot(kg, backend=TemplateBackend()).ask("What does Aspirin treat?")
    assert a.answer == "Headache" and not a.abstained
    assert a.text.startswith("Headache") and "[1]" in a.text and a.facts
    kb = tmp_path / "kb.tsv"
    kb.write_text("".join("\t".join(t) + "\n" for t in TRIPLES), encoding="utf-8")
    cmd = [sys.executable, "-m", "kgchat.cli", "ask", str(kb), "What does Aspirin treat?"]
    cmd += ["--backend", "template", "--encoder", "hashing", "--json"]
    env = {**os.environ, "KGCHAT_CACHE": str(tmp_path / "cache")}
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
    reply = json.loads(out.stdout.strip().splitlines()[-1])
    assert reply["answer_entity"] == "Headache" and "[1]" in reply["answer"]
    assert not (tmp_path / "cache" / "models").exists()  # no model was converted or cached


class Lazy(Scripted):
    """A backend that notes when the model would be loaded: counting tokens or generating."""

    def __init__(self, reply):
        super().__init__(reply, context=2048)
        self.loaded = False

    def count_tokens(self, messages, prefix=""):
        self.loaded = True
        return super().count_tokens(messages, prefix)

    def generate(self, messages, *, prefix="", max_new_tokens=64, stop=("\n",)):
        self.loaded = True
        yield from super().generate(messages, prefix=prefix, max_new_tokens=max_new_tokens)


def test_the_model_loads_only_when_the_reply_needs_it(kg):
    backend = Lazy("is the answer [1].")
    pieces = iter(ChatBot(kg, backend=backend).stream("What does Aspirin treat?"))
    assert next(pieces) == "Headache" and not backend.loaded  # the answer first, no model yet
    assert "".join(pieces) and backend.loaded  # then the model phrases it
    more = KnowledgeGraph.from_triples([*TRIPLES, ("Aspirin", "treats", "Fever")])
    for question in ("Which conditions does Aspirin treat?", "What is in France?"):
        backend = Lazy("is the answer [1].")
        a = ChatBot(more, backend=backend).ask(question)  # a list, or an abstention
        assert (len(a.answers) == 2 or a.abstained) and not backend.loaded, question


def test_a_reply_closed_early_has_no_result(kg):
    stream = ChatBot(kg, backend=Scripted("is the answer [1].")).stream("What does Aspirin treat?")
    pieces = iter(stream)
    assert next(pieces) == "Headache"
    pieces.close()  # the caller hung up: the generation stops
    with pytest.raises(KGChatError, match="closed before it finished"):
        stream.result()
