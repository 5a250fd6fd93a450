"""Chat backends: what turns a conversation into text.

A backend has one documented method, :meth:`ChatBackend.generate`; backends that can also score
continuations (the model's own likelihood of each candidate answer) implement
:meth:`ScoringBackend.score`. Three real backends ship, chosen by name with :func:`get_backend`:
llama.cpp for GGUF files (``llamacpp``, :class:`kgchat.chat.llamacpp.LlamaCppBackend`), local
transformers (``transformers``, :class:`TransformersBackend`) and any OpenAI-compatible HTTP
server (``openai``, :class:`kgchat.chat.http.OpenAIBackend`); ``auto`` is llama.cpp for a GGUF
model when llama-cpp-python is installed, else transformers. :class:`EchoBackend` is the fake
for tests; :class:`TemplateBackend` loads no model.

Messages are ``[{"role": "system"|"user"|"assistant", "content": str}, ...]``. ``prefix`` is the
start of the assistant's reply, forced: the backend continues from it and returns the
continuation only.

Examples
--------
>>> b = EchoBackend()
>>> facts = "Facts:\\n[1] Aspirin — treats → Headache\\n\\nQuestion: x"
>>> msgs = [{"role": "user", "content": facts}]
>>> "".join(b.generate(msgs, prefix="Headache"))
' is the answer [1].'
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import Any, Protocol, runtime_checkable

from kgchat.errors import ModelError

__all__ = [
    "BACKENDS",
    "ChatBackend",
    "EchoBackend",
    "ScoringBackend",
    "TemplateBackend",
    "TransformersBackend",
    "get_backend",
]

Messages = Sequence[dict[str, str]]


@runtime_checkable
class ChatBackend(Protocol):
    """Generates the assistant's reply."""

    name: str

    def generate(
        self,
        messages: Messages,
        *,
        prefix: str = "",
        max_new_tokens: int = 64,
        stop: Sequence[str] = ("\n",),
        repetition_penalty: float | None = None,
        no_repeat_ngram_size: int | None = None,
    ) -> Iterator[str]:
        """Yield the reply's text pieces as they are generated (continuing after ``prefix``).

        ``repetition_penalty`` (> 1 makes tokens already in the prompt or reply less likely) and
        ``no_repeat_ngram_size`` (no n-gram of that size twice) mean what they mean in
        transformers; ``None`` leaves the backend's default (off, for the local backends).
        """
        ...


@runtime_checkable
class ScoringBackend(Protocol):
    """A backend that can also rank continuations by the model's likelihood."""

    def score(self, messages: Messages, prefix: str, continuations: Sequence[str]) -> list[float]:
        """Mean log-probability per token of each continuation after ``prefix``."""
        ...


class EchoBackend:
    """The fake backend for tests: cites the first fact of the prompt, deterministically."""

    name = "echo"

    def generate(
        self,
        messages: Messages,
        *,
        prefix: str = "",
        max_new_tokens: int = 64,
        stop: Sequence[str] = ("\n",),
        repetition_penalty: float | None = None,
        no_repeat_ngram_size: int | None = None,
    ) -> Iterator[str]:
        """Yield " is the answer [1]." when the prompt has facts, else an apology."""
        text = messages[-1]["content"]
        yield " is the answer [1]." if "[1]" in text else " I do not know."

    def score(self, messages: Messages, prefix: str, continuations: Sequence[str]) -> list[float]:
        """Prefer continuations that appear earlier in the prompt (a stand-in for likelihood)."""
        text = messages[-1]["content"].lower()
        out = []
        for c in continuations:
            pos = text.find(c.lower())
            out.append(-1.0 - pos / max(1, len(text)) if pos >= 0 else -10.0)
        return out


class TemplateBackend:
    """No model: adds nothing to the forced answer, so the reply is the answer with its cited,
    verbalised evidence (the chatbot's fallback form), at retrieval speed. ``kgchat ask
    --backend template`` loads no language model at all."""

    name = "template"

    def generate(
        self,
        messages: Messages,
        *,
        prefix: str = "",
        max_new_tokens: int = 64,
        stop: Sequence[str] = ("\n",),
        repetition_penalty: float | None = None,
        no_repeat_ngram_size: int | None = None,
    ) -> Iterator[str]:
        """Yield nothing: the chatbot completes the reply from the evidence."""
        return iter(())


def stop_index(text: str, stop: Sequence[str]) -> int:
    idx = [text.find(s) for s in stop if s and s in text]
    return min(idx) if idx else -1


class TransformersBackend:
    """A local Hugging Face causal LM (the default: SmolLM2-135M-Instruct, offline).

    Parameters
    ----------
    model : str, optional
        Anything :func:`kgchat.models.resolve_chat_model` takes: the default name, a hub id, a
        local folder (a tuned kgchat model too), or a ``.gguf`` file.
    model_and_tokenizer : tuple, optional
        An already loaded ``(model, tokenizer)`` pair (tests pass a tiny random model).
    device : str, optional
        ``cpu``, ``cuda``...; by default CUDA when available.
    """

    name = "transformers"

    def __init__(
        self,
        model: str | None = None,
        *,
        model_and_tokenizer: tuple[Any, Any] | None = None,
        device: str | None = None,
        threads: int | None = None,
    ) -> None:
        self.model_name = model
        self._pair = model_and_tokenizer
        self._device = device
        self._threads = threads
        self._lock = threading.Lock()

    def _load(self) -> tuple[Any, Any]:
        if self._pair is None:
            from kgchat.models import load_causal_lm

            self._pair = load_causal_lm(self.model_name, device=self._device)
        return self._pair

    @property
    def tokenizer(self) -> Any:
        """The model's tokenizer (loads the model on first use)."""
        return self._load()[1]

    @property
    def context_length(self) -> int:
        """Most tokens the model attends to."""
        model = self._load()[0]
        return int(getattr(model.config, "max_position_embeddings", 2048) or 2048)

    def _ids(self, messages: Messages, prefix: str) -> Any:
        tok = self._load()[1]
        if getattr(tok, "chat_template", None):
            text = tok.apply_chat_template(
                list(messages), tokenize=False, add_generation_prompt=True
            )
        else:  # a base model without a chat template: plain text turns
            text = "\n\n".join(f"{m['role']}: {m['content']}" for m in messages) + "\n\nassistant: "
        return tok(text + prefix, return_tensors="pt", add_special_tokens=False).input_ids

    def count_tokens(self, messages: Messages, prefix: str = "") -> int:
        """Tokens of the prompt as the model will see it."""
        return int(self._ids(messages, prefix).shape[1])

    def generate(
        self,
        messages: Messages,
        *,
        prefix: str = "",
        max_new_tokens: int = 64,
        stop: Sequence[str] = ("\n",),
        repetition_penalty: float | None = None,
        no_repeat_ngram_size: int | None = None,
        vocabulary: Sequence[str] | None = None,
    ) -> Iterator[str]:
        """Greedy generation, streamed piece by piece; stops at EOS or a ``stop`` string; with
        ``vocabulary``, only whole words of it
        (:class:`kgchat.chat.word_trie.WordTrie`)."""
        import torch
        from transformers import TextIteratorStreamer

        from kgchat.chat.word_trie import WordTrie, cached_tokens

        model, tok = self._load()
        ids = self._ids(messages, prefix).to(model.device)
        only: list[Any] = []
        if vocabulary is not None:
            tokens = cached_tokens(
                lambda text: tok.encode(text, add_special_tokens=False),
                self.__dict__.setdefault("_word_ids", {}),
            )
            always = [*tok.all_special_ids, *tokens("\n")]
            trie, start = WordTrie(tokens, vocabulary, always), ids.shape[1]

            class _Only:  # a LogitsProcessor: only whole words of the vocabulary
                def __init__(self) -> None:
                    self.read, self.where = 0, trie.state([])  # the tokens written so far

                def __call__(self, input_ids: Any, scores: Any) -> Any:
                    for t in input_ids[0, start + self.read :].tolist():  # (one a step)
                        self.where = trie.step(self.where, t)
                        self.read += 1
                    ok = [t for t in trie.allowed(self.where) if t < scores.shape[-1]]
                    keep = torch.full_like(scores, float("-inf"))
                    keep[:, ok] = scores[:, ok]
                    return keep

            only.append(_Only())
        repetition: dict[str, Any] = {}  # only what the caller set: the model's defaults else
        if repetition_penalty is not None:
            repetition["repetition_penalty"] = float(repetition_penalty)
        if no_repeat_ngram_size is not None:
            repetition["no_repeat_ngram_size"] = int(no_repeat_ngram_size)
        streamer = TextIteratorStreamer(tok, skip_prompt=True, skip_special_tokens=True)
        stop_event = threading.Event()
        errors: list[BaseException] = []

        class _Stop:  # a StoppingCriteria without importing the base class at module import
            def __call__(self, input_ids: Any, scores: Any, **kw: Any) -> Any:
                return torch.full((input_ids.shape[0],), stop_event.is_set(), dtype=torch.bool)

        def run() -> None:
            try:
                with torch.inference_mode():
                    model.generate(
                        ids,
                        attention_mask=torch.ones_like(ids),
                        max_new_tokens=max_new_tokens,
                        do_sample=False,
                        streamer=streamer,
                        stopping_criteria=[_Stop()],
                        logits_processor=only,
                        pad_token_id=tok.pad_token_id or tok.eos_token_id,
                        **repetition,
                    )
            except BaseException as exc:  # surfaced in the caller's thread
                errors.append(exc)
                streamer.end()

        with self._lock:
            worker = threading.Thread(target=run, daemon=True)
            worker.start()
            text = ""
            exhausted = False
            try:
                for piece in streamer:
                    cut = stop_index(text + piece, stop)
                    if cut >= 0:
                        rest = (text + piece)[len(text) : cut]
                        if rest:
                            yield rest
                        break
                    text += piece
                    if piece:
                        yield piece
                else:
                    exhausted = True
            finally:
                stop_event.set()
                if not exhausted:  # stopped early: drain so the worker can finish
                    for _ in streamer:
                        pass
                worker.join()
        if errors:
            raise ModelError(f"generation failed: {errors[0]}") from errors[0]

    def score(self, messages: Messages, prefix: str, continuations: Sequence[str]) -> list[float]:
        """Mean log-probability per token of each continuation, sharing the prompt's KV cache."""
        import copy

        import torch

        model, tok = self._load()
        base = self._ids(messages, prefix).to(model.device)
        out: list[float] = []
        # transformers >= 5.2x names the KV cache `cache`; older releases `past_key_values`
        import inspect

        kw = (
            "cache"
            if "cache" in inspect.signature(model.forward).parameters
            else ("past_key_values")
        )
        with torch.inference_mode():
            first = model(base, use_cache=True)
            cache, last_logits = getattr(first, kw), first.logits[:, -1:, :]
            for cont in continuations:
                cids = tok(cont, return_tensors="pt", add_special_tokens=False).input_ids
                cids = cids.to(model.device)
                if cids.shape[1] == 0:
                    out.append(float("-inf"))
                    continue
                step = model(cids, use_cache=True, **{kw: copy.deepcopy(cache)})
                logits = torch.cat([last_logits, step.logits[:, :-1, :]], dim=1)
                logp = torch.log_softmax(logits.float(), dim=-1)
                tok_lp = logp.gather(-1, cids.unsqueeze(-1)).squeeze(-1)
                out.append(float(tok_lp.mean()))
        return out


BACKENDS = ("auto", "llamacpp", "transformers", "openai", "template", "echo")


def get_backend(name: str = "transformers", **kwargs: Any) -> ChatBackend:
    """A backend by name (one of :data:`BACKENDS`).

    ``llamacpp`` (``model=``, ``config=``: a GGUF file, by llama.cpp), ``transformers``
    (``model=``), ``auto`` (``model=``: ``llamacpp`` for a GGUF model when llama-cpp-python is
    installed, else ``transformers``; see :func:`kgchat.models.default_backend`), ``openai``
    (``base_url=``, ``model=``), ``template`` (no model: the answer and its evidence) or ``echo``
    (the fake).

    Examples
    --------
    >>> get_backend("echo").name
    'echo'
    >>> get_backend("llama")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kgchat.errors.ConfigError: backend 'llama' is unknown: expected one of auto, llamacpp, ...
    """
    if name == "auto":
        from kgchat.models import default_backend

        model = kwargs.get("model")
        name = default_backend(model)
        if name == "llamacpp":  # the transformers-only options (device...) do not apply
            kwargs = {"model": model}
    if name == "llamacpp":
        from kgchat.chat.llamacpp import LlamaCppBackend

        return LlamaCppBackend(**kwargs)
    if name == "transformers":
        return TransformersBackend(**kwargs)
    if name in ("openai", "http"):
        from kgchat.chat.http import OpenAIBackend

        return OpenAIBackend(**kwargs)
    if name == "echo":
        return EchoBackend()
    if name == "template":
        return TemplateBackend()
    from kgchat.errors import ConfigError

    raise ConfigError(f"backend {name!r} is unknown: expected one of {', '.join(BACKENDS)}")
