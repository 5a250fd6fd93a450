"""The llama.cpp backend (kgchat.chat.llamacpp) on the real bundled GGUF, and its bad inputs.

The header checks and the "not installed" paths run everywhere; the rest needs llama-cpp-python
(``make test`` installs it; ``pip install 'kgchat[llamacpp]'`` otherwise) and skips without it.
One backend is loaded for the module (about a second)."""

from __future__ import annotations

import json
import shutil
import struct
import sys
import time
from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, ChatConfig, get_backend
from kgchat.chat.llamacpp import LlamaCppBackend, LlamaCppConfig
from kgchat.chat.llamacpp_load import q4_0_copy, use_path
from kgchat.errors import ConfigError, ModelError
from kgchat.fsio import cache_dir
from kgchat.gguf_file import gguf_architecture, gguf_file_type
from kgchat.models import default_backend, llama_cpp_available, resolve_chat_model

NEEDS_LLAMA = pytest.mark.skipif(
    not llama_cpp_available(),
    reason="llama-cpp-python is not installed: pip install 'kgchat[llamacpp]' (make test does)",
)
FACTS = "\n".join(
    f"[{i}] {drug} — treats → {disease}"
    for i, (drug, disease) in enumerate(
        [
            ("Aspirin", "Headache"),
            ("Warfarin", "Thrombosis"),
            ("Metformin", "Type 2 diabetes"),
            ("Lisinopril", "Hypertension"),
            ("Omeprazole", "Gastric reflux"),
            ("Sertraline", "Depression"),
        ],
        1,
    )
)
SYSTEM = "Answer from the numbered facts only, and cite them like [1]."


def _messages(question: str) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"Facts:\n{FACTS}\n\nQuestion: {question}"},
    ]


def _gguf_bytes(*kvs: tuple[str, int, bytes], n_tensors: int = 0, version: int = 3) -> bytes:
    """A GGUF header with the given (key, value type, packed value) pairs and no tensor data."""
    out = b"GGUF" + struct.pack("<IQQ", version, n_tensors, len(kvs))
    for key, vtype, value in kvs:
        out += struct.pack("<Q", len(key)) + key.encode() + struct.pack("<I", vtype) + value
    return out


def _gguf_string(text: str) -> bytes:
    return struct.pack("<Q", len(text)) + text.encode()


@pytest.fixture(scope="module")
def gguf_path():
    r = resolve_chat_model(None)
    return r.path_or_id + "/" + str(r.gguf_file)


@pytest.fixture(scope="module")
def backend():
    if not llama_cpp_available():
        pytest.skip("llama-cpp-python is not installed: pip install 'kgchat[llamacpp]'")
    b = LlamaCppBackend()
    yield b
    b.close()


# ---------------------------------------------------------------- without llama.cpp
def test_config_validates_and_round_trips():
    cfg = LlamaCppConfig(n_ctx=1024, threads=2, repetition_penalty=1.2, no_repeat_ngram_size=3)
    assert LlamaCppConfig.from_json(cfg.to_json()) == cfg
    for bad in ({"n_ctx": 64}, {"threads": -1}, {"repetition_penalty": 0.9}):
        with pytest.raises(ConfigError, match=next(iter(bad))):
            LlamaCppConfig(**bad)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", r"is not a GGUF model file \(0 bytes"),
        (b"<!DOCTYPE html><html>404 Not Found</html>", r"not a GGUF model file \(it starts with"),
        (_gguf_bytes(version=1), "is GGUF version 1"),
        (_gguf_bytes(("general.name", 8, _gguf_string("x"))), "names no general.architecture"),
        # a string that claims 4 GB: the file ends inside its header
        (_gguf_bytes(("general.architecture", 8, struct.pack("<Q", 1 << 32))), "is truncated"),
    ],
    ids=["empty", "html", "version-1", "no-architecture", "cut-header"],
)
def test_a_file_that_is_no_gguf_model_is_a_model_error_naming_it(tmp_path, content, message):
    path = tmp_path / "model.gguf"
    path.write_bytes(content)
    with pytest.raises(ModelError, match=message) as info:
        gguf_architecture(path)
    assert str(path) in str(info.value) and info.value.path == str(path)


def test_the_bundled_header_names_its_architecture(gguf_path, tmp_path):
    assert gguf_architecture(gguf_path) == "llama"
    cut = tmp_path / "cut.gguf"
    with open(gguf_path, "rb") as f:
        cut.write_bytes(f.read(5000))  # inside the vocabulary: still has its architecture
    assert gguf_architecture(cut) == "llama"


def test_without_llama_cpp_the_default_stays_transformers(monkeypatch, gguf_path):
    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # `import llama_cpp` fails, as uninstalled
    assert not llama_cpp_available()
    assert default_backend(None) == "transformers"
    assert get_backend("auto").name == "transformers"
    with pytest.raises(ModelError, match=r"pip install 'kgchat\[llamacpp\]'.*make fast"):
        get_backend("llamacpp")


def test_tuned_models_and_hub_ids_are_never_llamacpp(tmp_path):
    adapter = tmp_path / "tuned"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text(json.dumps({"base_model_name_or_path": "x"}))
    assert default_backend(str(adapter)) == "transformers"
    assert default_backend("org/model") == "transformers"
    with pytest.raises(ModelError, match="tuned adapter model: use --backend transformers"):
        LlamaCppBackend(str(adapter))


def test_an_unknown_backend_name_lists_the_known_ones():
    with pytest.raises(ConfigError, match="auto, llamacpp, transformers, openai"):
        get_backend("llama")


# ---------------------------------------------------------------- the real model
@NEEDS_LLAMA
@pytest.mark.slow
def test_auto_picks_llamacpp_for_the_bundled_gguf():
    assert default_backend(None) == "llamacpp"
    assert get_backend("auto").name == "llamacpp"


@NEEDS_LLAMA
@pytest.mark.slow
def test_generates_streams_and_forces_the_prefix(backend):
    msgs = _messages("What does Warfarin treat?")
    stream = backend.generate(msgs, max_new_tokens=10, stop=())
    assert not isinstance(stream, list | str)  # a generator: pieces come as they are made
    free = list(stream)
    assert len(free) > 3 and "".join(free).strip()
    assert list(backend.generate(msgs, max_new_tokens=10, stop=())) == free  # greedy
    # forcing the reply's start is the same as having generated it: the rest follows
    forced = list(backend.generate(msgs, prefix="".join(free[:2]), max_new_tokens=8, stop=()))
    assert forced == free[2:]
    # cut before a stop string, which is not yielded
    word = free[3].strip()
    cut = "".join(backend.generate(msgs, max_new_tokens=10, stop=(word,)))
    assert cut == "".join(free)[: "".join(free).index(word)]


@NEEDS_LLAMA
@pytest.mark.slow
def test_scores_agree_with_greedy_decoding(backend):
    msgs, prefix = _messages("What does Metformin treat?"), "The answer is"
    first = next(iter(backend.generate(msgs, prefix=prefix, max_new_tokens=1)))
    others = [" Headache", " Depression", " Aspirin", " banana"]
    scores = backend.score(msgs, prefix, [first, *others])
    # the greedy token is the argmax of the next-token distribution: no one-token
    # continuation scores higher, whatever the others are
    single = [s for c, s in zip(others, scores[1:], strict=True) if len(backend.tokenize(c)) == 1]
    assert len(backend.tokenize(first)) == 1 and single and all(scores[0] >= s for s in single)
    # the prompt cache does not change the figures: each alone, in another order
    again = [backend.score(msgs, prefix, [c])[0] for c in reversed([first, *others])]
    assert again[::-1] == pytest.approx(scores, abs=1e-4)
    assert backend.score(msgs, prefix, [""]) == [float("-inf")]


@NEEDS_LLAMA
@pytest.mark.slow
def test_a_warm_prompt_starts_faster_than_a_cold_one(backend):
    def first_piece(question: str) -> float:
        t = time.perf_counter()
        next(iter(backend.generate(_messages(question), prefix="", max_new_tokens=1)))
        return time.perf_counter() - t

    backend.close()  # a cold model and an empty cache
    backend.count_tokens([])  # loads the model only
    cold = first_piece("What does Aspirin treat?")
    warm = first_piece("What does Lisinopril treat?")  # shares everything up to the question
    assert warm < 0.6 * cold, (cold, warm)


@NEEDS_LLAMA
@pytest.mark.slow
def test_repetition_settings_are_applied(backend):
    msgs = [{"role": "user", "content": "Write the word 'yes' twenty times."}]
    plain = list(backend.generate(msgs, max_new_tokens=12, stop=()))
    banned = list(backend.generate(msgs, max_new_tokens=12, stop=(), no_repeat_ngram_size=1))
    assert len(set(plain)) < len(plain)  # the model does repeat itself
    assert len(set(banned)) == len(banned)  # one piece per token: no token twice
    damped = list(backend.generate(msgs, max_new_tokens=12, stop=(), repetition_penalty=3.0))
    assert damped != plain


@NEEDS_LLAMA
@pytest.mark.slow
def test_context_overflow_is_trimmed_or_reported(caplog):
    small = LlamaCppBackend(config=LlamaCppConfig(n_ctx=256))
    try:
        assert small.context_length == 256
        long = [{"role": "user", "content": "Aspirin treats headache. " * 60}]
        with pytest.raises(ModelError, match=r"the prompt has \d+ tokens; .* context of 256"):
            list(small.generate(long))
        # the chatbot trims its facts to fit, and says how many it dropped
        many = [("Aspirin", f"relation {i}", f"Thing number {i}") for i in range(40)]
        kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache"), *many])
        prompts, generate = [], small.generate

        def recording(messages, **kw):
            prompts.append(messages)
            return generate(messages, **kw)

        small.generate = recording  # type: ignore[method-assign]
        bot = ChatBot(
            kg, backend=small, config=ChatConfig(max_new_tokens=4, max_facts=40, context_facts=40)
        )
        a = bot.ask("What does Aspirin treat?")
        assert a.trimmed > 0 and len(a.given) + a.trimmed <= 40
        # a reply that would pass the end of the context is cut there, with a warning (the
        # chatbot's prompt again: in the cache, so only the reply is evaluated)
        room = 256 - small.count_tokens(prompts[-1])
        assert 0 < room < 40
        pieces = list(generate(prompts[-1], max_new_tokens=200, stop=()))
        assert len(pieces) <= room and "reply cut to" in caplog.text
    finally:
        small.close()


@NEEDS_LLAMA
@pytest.mark.slow
def test_the_likelihood_ranker_runs_on_llamacpp(backend):
    kg = KnowledgeGraph.from_triples(
        [("Aspirin", "treats", "Headache"), ("Warfarin", "treats", "Thrombosis")]
    )
    bot = ChatBot(kg, backend=backend, config=ChatConfig(ranker="likelihood", max_new_tokens=8))
    a = bot.ask("What does Warfarin treat?")
    assert a.answer == "Thrombosis" and "ranking" in a.timings and a.citations


# ---------------------------------------------------------------- files llama.cpp refuses
@NEEDS_LLAMA
@pytest.mark.slow
def test_a_truncated_model_is_a_model_error_naming_it(gguf_path, tmp_path):
    cut = tmp_path / "cut.gguf"
    with open(gguf_path, "rb") as f:
        cut.write_bytes(f.read(20 << 20))  # the header and a fifth of the weights
    with pytest.raises(
        ModelError, match=r"cannot load .*cut\.gguf.*not within the file bounds"
    ) as info:
        LlamaCppBackend(str(cut)).count_tokens([])
    assert info.value.path == str(cut)


@NEEDS_LLAMA
@pytest.mark.slow
def test_an_unknown_architecture_is_a_model_error_naming_it(gguf_path, tmp_path):
    odd = tmp_path / "odd.gguf"
    shutil.copyfile(gguf_path, odd)
    data = bytearray(odd.read_bytes()[:4096])
    at = data.index(b"general.architecture") + len("general.architecture") + 4 + 8
    assert data[at : at + 5] == b"llama"
    with open(odd, "r+b") as f:
        f.seek(at)
        f.write(b"llamb")
    with pytest.raises(
        ModelError, match=r"odd.gguf \(architecture 'llamb'\): unknown model architecture: 'llamb'"
    ):
        LlamaCppBackend(str(odd)).count_tokens([])


@NEEDS_LLAMA
@pytest.mark.slow
def test_a_gguf_without_weights_is_a_model_error_naming_it(tmp_path):
    empty = tmp_path / "empty.gguf"
    empty.write_bytes(_gguf_bytes(("general.architecture", 8, _gguf_string("llama"))))
    with pytest.raises(ModelError, match=r"cannot load .*empty\.gguf.*key not found"):
        LlamaCppBackend(str(empty)).count_tokens([])


# ---------------------------------------------------------------- the Q4_0 copy
def test_which_files_are_requantised(tmp_path):
    src = tmp_path / "mine.gguf"
    assert use_path(src, "off", bundled=True, threads=1) == src
    assert use_path(src, "bundled", bundled=False, threads=1) == src  # a user's file: as it is
    with pytest.raises(ConfigError, match="requantize"):
        LlamaCppConfig(requantize="q4_0")


@NEEDS_LLAMA
@pytest.mark.slow
def test_the_bundled_model_runs_as_a_q4_0_copy_made_once(backend, gguf_path):
    # the module's backend made the copy in kgchat's cache (or found it there)
    copy = Path(backend._load().model_path)
    assert copy.parent.parent == cache_dir() / "models" and gguf_file_type(copy) == 2  # MOSTLY_Q4_0
    assert gguf_file_type(Path(gguf_path)) == 3  # the bundled file is Q4_1, and left so
    made = copy.stat().st_mtime_ns
    assert q4_0_copy(Path(gguf_path)) == copy and copy.stat().st_mtime_ns == made  # once
    assert q4_0_copy(copy) == copy  # Q4_0 already: itself
    assert not list(copy.parent.parent.glob(f".{copy.parent.name}.tmp-*"))  # no staging left


@NEEDS_LLAMA
@pytest.mark.slow
def test_a_users_gguf_runs_as_it_is(gguf_path, tmp_path):
    mine = tmp_path / "mine.gguf"
    shutil.copyfile(gguf_path, mine)
    user = LlamaCppBackend(str(mine))
    try:
        assert user._load().model_path == str(mine)  # a user's file runs as it is
    finally:
        user.close()


@NEEDS_LLAMA
@pytest.mark.slow
def test_a_file_llama_cpp_cannot_requantise_is_a_model_error(tmp_path, monkeypatch):
    monkeypatch.setenv("KGCHAT_CACHE", str(tmp_path / "cache"))
    empty = tmp_path / "empty.gguf"
    empty.write_bytes(_gguf_bytes(("general.architecture", 8, _gguf_string("llama"))))
    with pytest.raises(ModelError, match=r"cannot re-quantise .*empty\.gguf") as info:
        LlamaCppBackend(str(empty), config=LlamaCppConfig(requantize="all")).count_tokens([])
    assert info.value.path == str(empty)
    assert not list((tmp_path / "cache" / "models").glob("*/model.gguf"))


@NEEDS_LLAMA
@pytest.mark.slow
def test_a_generation_resumed_from_other_threads_frees_the_model(backend):
    # kgchat serve runs each next() of a reply on whichever worker thread is free
    from concurrent.futures import ThreadPoolExecutor

    msgs = _messages("What does Aspirin treat?")
    with ThreadPoolExecutor(1) as a, ThreadPoolExecutor(1) as b:
        pieces = backend.generate(msgs, max_new_tokens=4, stop=())
        first = a.submit(next, pieces).result(timeout=60)
        rest = b.submit(list, pieces).result(timeout=60)  # ends on another thread
        again = a.submit(lambda: list(backend.generate(msgs, max_new_tokens=4, stop=())))
        assert again.result(timeout=60) == [first, *rest]  # the model is free again


def test_the_bundled_model_runs_as_it_is_when_no_copy_can_be_made(
    gguf_path, tmp_path, monkeypatch, caplog
):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("KGCHAT_CACHE", str(blocked))
    assert use_path(Path(gguf_path), "bundled", bundled=True, threads=1) == Path(gguf_path)
    assert "no Q4_0 copy" in caplog.text
    with pytest.raises(ModelError, match=r"cannot make the Q4_0 copy .*KGCHAT_CACHE"):
        use_path(Path(gguf_path), "all", bundled=True, threads=1)  # asked for: an error
