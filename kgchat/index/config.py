"""The config of the index stage: what to embed, with which encoder, in which FAISS structure.

>>> config = IndexConfig(encoder="hashing", approximate="hnsw")
>>> IndexConfig.from_json(config.to_json()) == config
True
>>> IndexConfig(fields=("label", "colour"))  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kgchat.errors.ConfigError: IndexConfig.fields=('label', 'colour') is invalid: expected a ...
"""

from __future__ import annotations

from dataclasses import dataclass

from kgchat.config import Config, check
from kgchat.index.texts import FIELDS

__all__ = ["KINDS", "IndexConfig"]

KINDS = ("exact", "hnsw", "ivf")
"""The FAISS structures an :class:`EntityIndex` can use."""


@dataclass(frozen=True)
class IndexConfig(Config):
    """How the entity index is built and searched.

    Parameters
    ----------
    encoder : str, default "sentence-transformers"
        Registry name of the encoder (see :data:`kgchat.index.ENCODERS`).
    model : str, optional
        Its model name or folder; ``None`` for the encoder's default.
    fields : tuple of str, default ("label", "aliases", "types")
        What is embedded per entity: a subset of ``label``, ``aliases``, ``types``,
        ``description``.
    approximate : {"auto", "exact", "hnsw", "ivf"}, default "auto"
        The FAISS structure; ``"auto"`` is exact below ``exact_threshold`` entities, else HNSW.
    exact_threshold : int, default 50000
        Size from which ``"auto"`` switches to HNSW.
    hnsw_m : int, default 32
        Links per node of the HNSW graph (more: better recall, more memory).
    ef_search : int, default 64
        HNSW search breadth (raised to ``k`` when ``k`` is bigger).
    ivf_nlist : int, default 0
        IVF cells; 0 picks ``4·√n``, at most ``n/39`` so each cell trains on enough points.
    ivf_nprobe : int, default 16
        IVF cells visited per query.
    batch_size : int, default 64
        Texts per encoder call.
    """

    encoder: str = "sentence-transformers"
    model: str | None = None
    fields: tuple[str, ...] = ("label", "aliases", "types")
    approximate: str = "auto"
    exact_threshold: int = 50_000
    hnsw_m: int = 32
    ef_search: int = 64
    ivf_nlist: int = 0
    ivf_nprobe: int = 16
    batch_size: int = 64

    def __post_init__(self) -> None:
        check(isinstance(self.encoder, str) and bool(self.encoder), "encoder", self.encoder,
              "an encoder name, e.g. 'sentence-transformers', 'llm' or 'hashing'")  # fmt: skip
        check(self.model is None or (isinstance(self.model, str) and bool(self.model)), "model",
              self.model, "None or a model name or folder")  # fmt: skip
        fields = self.fields
        check(isinstance(fields, tuple) and bool(fields) and set(fields) <= set(FIELDS)
              and len(set(fields)) == len(fields), "fields", fields,
              f"a non-empty tuple of distinct names from {FIELDS}")  # fmt: skip
        check(self.approximate in ("auto", *KINDS), "approximate", self.approximate,
              "one of 'auto', 'exact', 'hnsw', 'ivf'")  # fmt: skip
        for name, least in (("exact_threshold", 0), ("hnsw_m", 2), ("ef_search", 1),
                            ("ivf_nlist", 0), ("ivf_nprobe", 1), ("batch_size", 1)):  # fmt: skip
            value = getattr(self, name)
            ok = isinstance(value, int) and not isinstance(value, bool) and value >= least
            check(ok, name, value, f"an integer >= {least}")

    def kind_for(self, n: int) -> str:
        """The FAISS structure for ``n`` entities (an empty IVF index would not train: exact).

        >>> config = IndexConfig(exact_threshold=10)
        >>> config.kind_for(9), config.kind_for(10)
        ('exact', 'hnsw')
        """
        if self.approximate == "auto":
            return "exact" if n < self.exact_threshold else "hnsw"
        return "exact" if self.approximate == "ivf" and n == 0 else self.approximate
