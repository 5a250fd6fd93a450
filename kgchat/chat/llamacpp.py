"""A chat backend on llama.cpp (``llama-cpp-python``): GGUF models, quantised, on the CPU, fast.

:class:`LlamaCppBackend` runs a ``.gguf`` file (the bundled SmolLM2-135M-Instruct Q4_1 by default)
as it is, without de-quantising it into transformers: on 2 cores it streams the default model at
tens of tokens per second and its first token within tens of milliseconds of a warm prompt.

- **Prompt cache**: the model keeps the tokens it last evaluated; a new prompt re-uses the
  longest common prefix (system prompt, earlier turns, the prompt just scored) and evaluates only
  the rest.
- **Same decoding as** :class:`~kgchat.chat.backends.TransformersBackend`: the chat template
  from the GGUF's own metadata, rendered the way transformers renders it, the forced reply start
  (``prefix``) appended, greedy decoding (optionally with a repetition penalty and a
  no-repeat n-gram ban, as transformers defines them), cut at end-of-generation or a ``stop``
  string. Candidate scoring (:meth:`LlamaCppBackend.score`) is the mean log-probability per
  token of each continuation, for ``--ranker likelihood``.
- **Bad input**: a file that is not GGUF (its header is read first, by
  :func:`kgchat.gguf_file.gguf_architecture`), truncated, or of an architecture this llama.cpp
  does not know is a :class:`~kgchat.errors.ModelError` naming the file and llama.cpp's reason; a
  prompt longer than the context is a ``ModelError`` (the chatbot trims its facts to fit first,
  by :meth:`LlamaCppBackend.count_tokens` and :attr:`LlamaCppBackend.context_length`), and a
  reply that would overflow it is cut short, with a warning.

Install it with ``pip install 'kgchat[llamacpp]'`` (or ``make fast``): pip compiles llama.cpp once
(~8 minutes on 2 cores) and caches the wheel.

Examples
--------
>>> LlamaCppConfig(n_ctx=2048).threads_used() >= 1
True
>>> LlamaCppConfig(repetition_penalty=0.5)
Traceback (most recent call last):
...
kgchat.errors.ConfigError: LlamaCppConfig.repetition_penalty=0.5 is invalid: expected a float >= 1
"""

from __future__ import annotations

import codecs
import ctypes
import itertools
import logging
import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from kgchat.chat.llamacpp_config import LlamaCppConfig
from kgchat.chat.llamacpp_load import open_llama, use_path
from kgchat.chat.logits import ban_ngrams, log_softmax, penalise
from kgchat.errors import ModelError
from kgchat.models import DEFAULT_CHAT_MODEL, llama_cpp_available

__all__ = [
    "INSTALL_HINT",
    "LlamaCppBackend",
    "LlamaCppConfig",
    "llama_cpp_available",
]

logger = logging.getLogger(__name__)

Messages = Sequence[dict[str, str]]
INSTALL_HINT = "pip install 'kgchat[llamacpp]' (or `make fast`; it compiles llama.cpp, ~8 min)"


# ----------------------------------------------------------------------------- the backend
class LlamaCppBackend:
    """A GGUF chat model run by llama.cpp; greedy, streamed, with a warm prompt cache.

    Parameters
    ----------
    model : str or os.PathLike, optional
        A ``.gguf`` file, or ``None`` / ``"smollm2-135m-instruct"`` for the bundled default
        (anything :func:`kgchat.models.resolve_chat_model` resolves to a GGUF file).
    config : LlamaCppConfig, optional
        Context size, threads, and the default repetition settings.

    Raises
    ------
    ModelError
        When ``model`` is not a GGUF file (a tuned adapter or a transformers folder: use the
        ``transformers`` backend), or llama-cpp-python is not installed. A file llama.cpp cannot
        load fails on first use, naming the file.
    """

    name = "llamacpp"

    def __init__(
        self, model: str | os.PathLike[str] | None = None, *, config: LlamaCppConfig | None = None
    ) -> None:
        from kgchat.models import resolve_chat_model

        resolved = resolve_chat_model(model)
        if resolved.kind != "gguf":
            raise ModelError(
                f"the llamacpp backend runs .gguf files; {resolved.path_or_id} is a "
                f"{'tuned adapter' if resolved.is_adapter else resolved.kind} model: use "
                "--backend transformers for it"
            )
        if not llama_cpp_available():
            raise ModelError(f"the llamacpp backend needs llama-cpp-python: {INSTALL_HINT}")
        self.model_name = resolved.name  # as TransformersBackend.model_name
        self.model_path = Path(resolved.path_or_id) / str(resolved.gguf_file)
        self.config = config or LlamaCppConfig()
        self._bundled = resolved.name == DEFAULT_CHAT_MODEL
        self._llm: Any = None
        self._template: Any = None
        self._ends: list[int] | None = None  # end-of-generation tokens and a line break
        self._ids: dict[str, list[int]] = {}  # a word's tokens (see _trie)
        self._mask: Any = None  # the citation mask (see _citation_mask)
        # plain locks, not RLocks: a generation is a generator that holds the model's lock
        # across its yields, and `kgchat serve` resumes it from whichever worker thread is free
        # (an RLock released from another thread than its owner's raises, and stays held)
        self._lock = threading.Lock()  # the model's state: generate, score, close
        self._load_lock = threading.Lock()

    # ------------------------------------------------------------------ loading
    def _load(self) -> Any:
        llm = self._llm
        if llm is not None:  # no lock once loaded: counting a prompt's tokens (tokenizing
            return llm  # reads the vocabulary only) must not wait for a generation to end
        with self._load_lock:
            if self._llm is None:
                self._llm = self._open()
            return self._llm

    def _open(self) -> Any:
        import llama_cpp

        cfg, threads = self.config, self.config.threads_used()
        path = use_path(self.model_path, cfg.requantize, self._bundled, threads)
        llm = open_llama(
            path, n_ctx=cfg.n_ctx, n_batch=cfg.n_batch, threads=threads, flash_attn=cfg.flash_attn
        )
        template = llm.metadata.get("tokenizer.chat_template")
        if template:
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter

            eos = llm.detokenize([llm.token_eos()], special=True).decode("utf-8", "replace")
            bos = llm.detokenize([llm.token_bos()], special=True).decode("utf-8", "replace")
            self._template = Jinja2ChatFormatter(template, eos_token=eos, bos_token=bos)
        self._vocab = llama_cpp.llama_model_get_vocab(llm.model)
        logger.info("llama.cpp: %s, %d threads, context %d", path, threads, llm.n_ctx())
        return llm

    def close(self) -> None:
        """Free the model (it loads again on next use)."""
        with self._lock, self._load_lock:
            if self._llm is not None:
                self._llm.close()
                self._llm = None

    # ------------------------------------------------------------------ prompts
    @property
    def context_length(self) -> int:
        """Most tokens (prompt and reply) the model attends to, as loaded."""
        return int(self._load().n_ctx())

    def _prompt(self, messages: Messages, prefix: str) -> list[int]:
        llm = self._load()
        if self._template is not None:
            text = self._template(messages=list(messages)).prompt
        else:  # a base model without a chat template: plain text turns, as transformers
            text = "\n\n".join(f"{m['role']}: {m['content']}" for m in messages) + "\n\nassistant: "
        # the template writes any BOS itself, as transformers' add_special_tokens=False assumes
        return list(llm.tokenize((text + prefix).encode("utf-8"), add_bos=False, special=True))

    def tokenize(self, text: str) -> list[int]:
        """The model's tokens of plain ``text`` (no BOS; special-token markup stays text)."""
        return list(self._load().tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def count_tokens(self, messages: Messages, prefix: str = "") -> int:
        """Tokens of the prompt as the model will see it."""
        return len(self._prompt(messages, prefix))

    # ------------------------------------------------------------------ evaluation
    def _logits(self) -> Any:
        import llama_cpp
        import numpy as np

        llm = self._llm
        row = llama_cpp.llama_get_logits_ith(llm.ctx, -1)
        return np.ctypeslib.as_array(row, shape=(llm.n_vocab(),)).astype(np.float64)

    def _eval_prompt(self, tokens: list[int]) -> Any:
        """Evaluate ``tokens``, re-using the longest prefix already in the cache; the logits
        of the next token."""
        llm = self._llm
        cached = llm.input_ids[: llm.n_tokens].tolist()
        common = 0
        for a, b in zip(cached, tokens, strict=False):
            if a != b:
                break
            common += 1
        common = min(common, len(tokens) - 1)  # the last token again: its logits are needed
        llm.n_tokens = common  # eval() drops the cache from here on
        llm.eval(tokens[common:])
        return self._logits()

    def _piece(self, token: int) -> bytes:
        import llama_cpp

        size = 64
        while True:
            buf = ctypes.create_string_buffer(size)
            n = llama_cpp.llama_token_to_piece(self._vocab, token, buf, size, 0, False)
            if n >= 0:
                return buf.raw[:n]
            size = -n

    def _room(self, prompt: int, wanted: int) -> int:
        n_ctx = self._llm.n_ctx()
        if prompt >= n_ctx:
            raise ModelError(
                f"the prompt has {prompt} tokens; {self.model_path.name} is loaded with a "
                f"context of {n_ctx}: give fewer facts or a shorter question, or raise "
                "LlamaCppConfig.n_ctx"
            )
        if prompt + wanted > n_ctx:
            logger.warning(
                "reply cut to %d tokens: the prompt (%d) fills the context (%d)",
                n_ctx - prompt,
                prompt,
                n_ctx,
            )
        return min(wanted, n_ctx - prompt)

    # ------------------------------------------------------------------ the protocol
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
        citations: Sequence[int] | None = None,
    ) -> Iterator[str]:
        """Greedy generation, streamed piece by piece; stops at end-of-generation or ``stop``.

        ``repetition_penalty`` and ``no_repeat_ngram_size`` override the config's for this call;
        with ``vocabulary``, only whole words of it are written
        (:class:`kgchat.chat.word_trie.WordTrie`); with ``citations``, a citation ``[n]`` only
        of those numbers (:class:`kgchat.chat.citation_mask.CitationMask`).
        """
        import llama_cpp
        import numpy as np

        from kgchat.chat.backends import stop_index
        from kgchat.chat.citation_mask import CitationMask

        cfg = self.config
        penalty = float(
            cfg.repetition_penalty if repetition_penalty is None else repetition_penalty
        )
        ngram = int(
            cfg.no_repeat_ngram_size if no_repeat_ngram_size is None else no_repeat_ngram_size
        )
        with self._lock:
            llm = self._load()
            seq = self._prompt(messages, prefix)
            budget = self._room(len(seq), max_new_tokens)
            logits = self._eval_prompt(seq)
            trie = None if vocabulary is None else self._trie(vocabulary)
            where = None if trie is None else trie.state([])
            if citations is not None and self._mask is None:  # (every token read once)
                self._mask = CitationMask.of_tokens(self._piece, llm.n_vocab())
            mask = None if citations is None else self._mask
            decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
            text = ""
            for _ in range(budget):
                if penalty != 1.0:
                    penalise(logits, seq, penalty)
                if ngram:
                    ban_ngrams(logits, seq, ngram)
                if trie is not None and where is not None:
                    logits = trie.restrict(logits, where)
                if mask is not None and citations is not None:
                    mask.restrict(logits, text, citations)
                token = int(np.argmax(logits))
                if llama_cpp.llama_vocab_is_eog(self._vocab, token):
                    break
                piece = decoder.decode(self._piece(token))
                cut = stop_index(text + piece, stop)
                if cut >= 0:
                    rest = (text + piece)[len(text) : cut]
                    if rest:
                        yield rest
                    return
                text += piece
                if piece:
                    yield piece
                seq.append(token)
                if trie is not None and where is not None:
                    where = trie.step(where, token)
                llm.eval([token])
                logits = self._logits()
            tail = decoder.decode(b"", final=True)
            if tail and stop_index(text + tail, stop) < 0:
                yield tail

    def _trie(self, words: Sequence[str]) -> Any:
        import llama_cpp

        from kgchat.chat.word_trie import WordTrie, cached_tokens

        n = self._llm.n_vocab()
        if self._ends is None:
            eog = [t for t in range(n) if llama_cpp.llama_vocab_is_eog(self._vocab, t)]
            self._ends = [*eog, *self.tokenize("\n")]
        return WordTrie(cached_tokens(self.tokenize, self._ids), words, self._ends)

    def score(self, messages: Messages, prefix: str, continuations: Sequence[str]) -> list[float]:
        """Mean log-probability per token of each continuation after ``prefix``; the prompt is
        evaluated once (or found in the cache) and shared by every continuation."""
        out: list[float] = []
        with self._lock:
            llm = self._load()
            base = self._prompt(messages, prefix)
            first = log_softmax(self._eval_prompt(base))
            for cont in continuations:
                ids = self.tokenize(cont)
                if not ids:
                    out.append(float("-inf"))
                    continue
                self._room(len(base), len(ids))
                total = float(first[ids[0]])
                for prev, tok in itertools.pairwise(ids):
                    llm.eval([prev])
                    total += float(log_softmax(self._logits())[tok])
                llm.n_tokens = len(base)  # back to the shared prompt for the next one
                out.append(total / len(ids))
        return out
