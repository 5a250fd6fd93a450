"""Text encoders: sentences in, L2-normalised float32 vectors out, chosen by name.

An :class:`Encoder` has a registry ``name``, a ``model_id`` (what a saved index records to notice
that it was built by another model), a ``dim`` and one method, :meth:`Encoder.encode`. Three are
registered in :data:`ENCODERS`; :func:`get_encoder` picks one by the same word a CLI flag or
:class:`~kgchat.index.IndexConfig` uses:

``"sentence-transformers"``
    :class:`~kgchat.index.model_encoders.SentenceTransformerEncoder`, any sentence-transformers
    model; default the bundled all-MiniLM-L6-v2 (dim 384).
``"llm"``
    :class:`~kgchat.index.model_encoders.LLMEncoder`, the chat LLM's own hidden states of one
    layer, mean-pooled over the real tokens; default the bundled SmolLM2-135M-Instruct (dim 576).
``"hashing"``
    :class:`HashingEncoder`, character 3-grams and words hashed into signed buckets. No model and
    no dependency: the fake for tests, and a real fallback for fuzzy name matching.

Model-backed encoders load their model on first use and never change ``torch.set_num_threads``
unless given ``threads=``. Single-text calls (a question, a mention) hit an LRU cache.

Examples
--------
>>> enc = get_encoder("hashing", dim=64)
>>> X = enc.encode(["Alan PULIDO", "alan pulido", "Tigres UANL"])
>>> X.shape, X.dtype
((3, 64), dtype('float32'))
>>> round(float(X[0] @ X[1]), 3), bool(X[0] @ X[2] < 0.5)
(1.0, True)
>>> get_encoder("nope")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kgchat.errors.ConfigError: unknown encoder 'nope'; registered encoders: hashing, llm, ...
"""

from __future__ import annotations

import contextlib
import inspect
import re
import unicodedata
import zlib
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Protocol, runtime_checkable

import numpy as np

from kgchat.errors import ConfigError

__all__ = [
    "ENCODERS",
    "BaseEncoder",
    "Encoder",
    "HashingEncoder",
    "get_encoder",
    "register_encoder",
]


@runtime_checkable
class Encoder(Protocol):
    """What the index needs from a text encoder.

    Attributes
    ----------
    name : str
        The registry name (``"hashing"``, ``"llm"``, ...).
    model_id : str
        Identifies the model and every option that changes the vectors; an index saved with one
        ``model_id`` is not trusted with another.
    dim : int
        Vector size.
    """

    @property
    def name(self) -> str: ...

    @property
    def model_id(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def encode(
        self, texts: Sequence[str], *, batch_size: int | None = None, progress: bool = False
    ) -> np.ndarray:
        """Return a float32 array of shape ``(len(texts), dim)`` with L2-normalised rows."""
        ...


class BaseEncoder:
    """Batching, length-sorting, progress bar, normalisation and the single-text cache.

    Subclasses set ``name`` and ``model_id``, and implement ``_dim()`` and ``_encode_batch(texts)``
    (raw, unnormalised vectors). ``options`` holds the keyword arguments that change the vectors,
    so that a saved index can rebuild the same encoder.
    """

    name = ""
    model_id = ""

    def __init__(self, *, batch_size: int = 64, threads: int | None = None, cache_size: int = 1024):
        if batch_size < 1:
            raise ConfigError(f"batch_size={batch_size!r} is invalid: expected an integer >= 1")
        if threads is not None and threads < 1:
            raise ConfigError(f"threads={threads!r} is invalid: expected None or an integer >= 1")
        self.batch_size = batch_size
        self.threads = threads
        self.options: dict[str, Any] = {}
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size

    @property
    def dim(self) -> int:
        """Vector size (loads the model of a model-backed encoder)."""
        return self._dim()

    def _dim(self) -> int:
        raise NotImplementedError

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def _threads(self) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()

    def prepare(self) -> None:
        """Load now what makes many later small calls faster (nothing here; the bundled
        sentence model's ONNX Runtime session:
        :meth:`~kgchat.index.bert_numpy.NumpyBert.prepare`). For a process that encodes many
        questions; vectors stay within float32 rounding of what they were."""

    def encode(
        self, texts: Sequence[str], *, batch_size: int | None = None, progress: bool = False
    ) -> np.ndarray:
        """Encode texts into a float32 ``(n, dim)`` array of L2-normalised rows.

        Parameters
        ----------
        texts : sequence of str
            The texts; an empty sequence gives shape ``(0, dim)``. A text with no features (the
            empty string, for :class:`HashingEncoder`) gives a zero row.
        batch_size : int, optional
            Texts per model call; the encoder's own ``batch_size`` when ``None``.
        progress : bool, default False
            Show a tqdm bar over the batches.
        """
        if isinstance(texts, str):
            raise ConfigError("encode() takes a sequence of texts; wrap a single text in a list")
        texts = list(texts)
        bad = next((t for t in texts if not isinstance(t, str)), None)
        if bad is not None:
            raise ConfigError(f"encode() takes strings; got {type(bad).__name__} {bad!r}")
        if len(texts) == 1 and texts[0] in self._cache:
            self._cache.move_to_end(texts[0])
            return self._cache[texts[0]][None, :].copy()
        dim = self.dim
        out = np.zeros((len(texts), dim), np.float32)
        if texts:
            size = batch_size or self.batch_size
            # Sorting by length keeps texts of one batch alike in length: less padding.
            order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
            batches = [order[i : i + size] for i in range(0, len(order), size)]
            if progress:
                from tqdm.auto import tqdm

                batches = tqdm(batches, desc=f"encoding ({self.name})", unit="batch")
            with self._threads():
                for batch in batches:
                    out[batch] = self._encode_batch([texts[i] for i in batch])
            norms = np.linalg.norm(out, axis=1, keepdims=True)
            out /= np.maximum(norms, 1e-12)
        if len(texts) == 1 and self._cache_size > 0:
            self._cache[texts[0]] = out[0].copy()
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return out

    def __repr__(self) -> str:
        return f"{type(self).__name__}(model_id={self.model_id!r})"


# ---------------------------------------------------------------------------------- hashing
_NON_WORD = re.compile(r"[\W_]+")


def _normalise(text: str) -> str:
    # Its own copy of the rules (not kgchat.text's): changing them changes every vector, so they
    # are versioned with the encoder's model_id.
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", text).strip()


class HashingEncoder(BaseEncoder):
    """Character 3-grams of each word and the words themselves, hashed into signed buckets.

    Deterministic across processes and platforms (CRC-32, not Python's salted ``hash``), pure
    NumPy, tens of thousands of short texts a second. Case, accents, underscores and
    punctuation are ignored, so ``"Alan_PULIDO"`` equals ``"alan pulido"``, and a typo keeps
    most 3-grams: good for names, blind to meaning.

    Parameters
    ----------
    model : None
        Accepted for a uniform :func:`get_encoder` signature; must be ``None``.
    dim : int, default 512
        Number of buckets.
    batch_size, threads, cache_size
        As for every encoder (``threads`` is unused here).
    """

    name = "hashing"
    VERSION = 1  # bump when the features or hashing change: saved indexes then rebuild

    def __init__(
        self,
        model: str | None = None,
        *,
        dim: int = 512,
        batch_size: int = 4096,
        threads: int | None = None,
        cache_size: int = 1024,
    ) -> None:
        if model is not None:
            raise ConfigError(f"the hashing encoder has no model; got model={model!r}")
        if not isinstance(dim, int) or dim < 8:
            raise ConfigError(f"dim={dim!r} is invalid: expected an integer >= 8")
        super().__init__(batch_size=batch_size, threads=threads, cache_size=cache_size)
        self.model = None
        self._size = dim
        self.model_id = f"hashing-v{self.VERSION}-{dim}"
        self.options = {"dim": dim}
        self._buckets: dict[str, int] = {}

    def _dim(self) -> int:
        return self._size

    def _bucket(self, feature: str) -> int:
        """The signed bucket of a feature: ``+(b+1)`` or ``-(b+1)``."""
        b = self._buckets.get(feature)
        if b is None:
            h = zlib.crc32(feature.encode())
            b = (h % self._size + 1) * (1 if (h >> 31) & 1 else -1)
            if len(self._buckets) > 1_000_000:  # a bound on memory for endless streams of words
                self._buckets.clear()
            self._buckets[feature] = b
        return b

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        rows: list[int] = []
        cols: list[int] = []
        bucket = self._bucket
        for r, text in enumerate(texts):
            for word in _normalise(text).split():
                padded = f"<{word}>"
                feats = [padded[i : i + 3] for i in range(len(padded) - 2)]
                feats.append("w:" + word)
                signed = [bucket(f) for f in feats]
                cols.extend(signed)
                rows.extend([r] * len(signed))
        out = np.zeros((len(texts), self._size), np.float32)
        if cols:
            c = np.asarray(cols, np.int64)
            np.add.at(out, (np.asarray(rows), np.abs(c) - 1), np.sign(c).astype(np.float32))
        return out


# ---------------------------------------------------------------------------------- registry
# Values are factories, or "module:attribute" strings imported on first use (as rdflib's plugin
# registry does), so naming an encoder never imports what another one needs.
ENCODERS: dict[str, str | Callable[..., Encoder]] = {
    "hashing": HashingEncoder,
    "llm": "kgchat.index.model_encoders:LLMEncoder",
    "sentence-transformers": "kgchat.index.model_encoders:SentenceTransformerEncoder",
}
"""Encoder factories by name; each is called as ``factory(model, **kwargs)``."""


def register_encoder(name: str, factory: str | Callable[..., Encoder]) -> None:
    """Register an encoder factory (or a ``"module:attribute"`` path to one) under ``name``.

    Examples
    --------
    >>> register_encoder("hashing-64", lambda model=None, **kw: HashingEncoder(model, dim=64))
    >>> get_encoder("hashing-64").dim
    64
    >>> del ENCODERS["hashing-64"]
    """
    if not name or not isinstance(name, str):
        raise ConfigError(f"encoder name {name!r} is invalid: expected a non-empty string")
    ENCODERS[name] = factory


def _factory(name: str) -> Callable[..., Encoder]:
    factory = ENCODERS.get(name)
    if factory is None:
        raise ConfigError(
            f"unknown encoder {name!r}; registered encoders: {', '.join(sorted(ENCODERS))}"
        )
    if isinstance(factory, str):
        import importlib

        module, _, attr = factory.partition(":")
        factory = ENCODERS[name] = getattr(importlib.import_module(module), attr)
    return factory


def get_encoder(name: str, model: str | None = None, **kwargs: Any) -> Encoder:
    """Make the encoder registered as ``name``.

    Parameters
    ----------
    name : str
        A key of :data:`ENCODERS`: ``"sentence-transformers"``, ``"llm"`` or ``"hashing"``.
    model : str, optional
        The model name or folder; ``None`` for the encoder's default.
    **kwargs
        Options of that encoder (``layer=``, ``dim=``, ``device=``, ``batch_size=``...).

    Raises
    ------
    ConfigError
        For an unknown name, or an option the encoder does not take.

    Examples
    --------
    >>> get_encoder("hashing", dim=128).dim
    128
    >>> get_encoder("hashing", size=128)
    Traceback (most recent call last):
    ...
    kgchat.errors.ConfigError: encoder 'hashing': got an unexpected keyword argument 'size'
    """
    factory = _factory(name)
    try:
        inspect.signature(factory).bind(model, **kwargs)
    except TypeError as exc:
        raise ConfigError(f"encoder {name!r}: {exc}") from None
    return factory(model, **kwargs)
