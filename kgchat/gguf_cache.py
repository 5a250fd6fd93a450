"""The chat model's GGUF file dequantised once into a safetensors folder for transformers,
under ``cache_dir()/models/<stem>-<hash>/`` (keyed by the file's path, size and mtime) and
published atomically (:func:`kgchat.fsio.build_once`). Used by :mod:`kgchat.models`.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgchat import fsio
from kgchat.errors import ModelError

if TYPE_CHECKING:
    from kgchat.models import ResolvedModel

__all__: list[str] = []


def gguf_cache_key(resolved: ResolvedModel) -> str:
    """The cache folder's name of a GGUF model: the file's stem and a hash of its path, size
    and modification time (a changed file gets a new folder).

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> from kgchat.models import ResolvedModel
    >>> d = tempfile.mkdtemp()
    >>> _ = (Path(d) / "tiny.gguf").write_bytes(b"GGUF")
    >>> key = gguf_cache_key(ResolvedModel("gguf", d, "tiny.gguf", "tiny"))
    >>> key.startswith("tiny-"), len(key)
    (True, 17)
    """
    gguf = Path(resolved.path_or_id) / str(resolved.gguf_file)
    stat = gguf.stat()
    digest = hashlib.sha256(f"{gguf}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()
    return f"{gguf.stem}-{digest[:12]}"


def is_complete_cache(folder: Path) -> bool:
    """Whether ``folder`` is a published cache (its manifest, written last, is there).

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> is_complete_cache(Path(tempfile.mkdtemp()))
    False
    """
    from kgchat import models as _models  # not at the top: kgchat.models imports this module

    return (folder / _models._MANIFEST).is_file()


def build_cache(target: Path, write: Any, source: str) -> None:
    """Run ``write(tmp)`` into a temporary folder beside ``target``, then publish it atomically
    (:func:`kgchat.fsio.build_once`: once, under the target's writer lock; a copy another process
    published meanwhile is kept)."""
    from kgchat import models as _models  # not at the top: kgchat.models imports this module

    def write_all(tmp: Path) -> None:
        write(tmp)
        import transformers

        manifest = {"source": source, "transformers": transformers.__version__}
        (tmp / _models._MANIFEST).write_text(json.dumps(manifest, indent=2))

    try:
        fsio.build_once(target, write_all, complete=_models._MANIFEST)
    except FileExistsError as exc:
        raise ModelError(f"cache folder {target} is incomplete: delete it and retry") from exc


def convert_gguf(resolved: ResolvedModel, target: Path) -> None:
    """Dequantise the GGUF model ``resolved`` with transformers and publish it as a
    safetensors folder at ``target`` (with its tokenizer), once (:func:`build_cache`); ~40 s
    for the bundled 135M model, so no example runs it here.

    Raises
    ------
    ModelError
        When the converted model lost its output layer's tie to the embeddings, or ``target``
        is left incomplete by another writer.
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from kgchat import models as _models  # not at the top: kgchat.models imports this module

    _models.logger.warning("converting GGUF to safetensors cache, once, ~40 s: %s", target)
    kwargs = {"gguf_file": resolved.gguf_file}
    tokenizer = AutoTokenizer.from_pretrained(resolved.path_or_id, **kwargs)
    src = AutoModelForCausalLM.from_pretrained(resolved.path_or_id, dtype=torch.float32, **kwargs)
    # transformers refuses save_pretrained on a GGUF-loaded model: copy into a plain one.
    config = src.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    config.name_or_path = resolved.name
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.load_state_dict(src.state_dict(), strict=True)
    model.generation_config = src.generation_config
    out, inp = model.get_output_embeddings(), model.get_input_embeddings()
    if config.tie_word_embeddings and out.weight.data_ptr() != inp.weight.data_ptr():
        raise ModelError(f"converting {resolved.gguf_file}: lm_head lost its tie to the embeddings")

    def write(tmp: Path) -> None:
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)

    build_cache(target, write, str(Path(resolved.path_or_id) / str(resolved.gguf_file)))


def cached_gguf(resolved: ResolvedModel) -> Path:
    """The safetensors folder of the GGUF model ``resolved`` under ``cache_dir()/models/``,
    converted on the first call (:func:`convert_gguf`) and reused after; what
    :func:`kgchat.models.load_causal_lm` loads a ``.gguf`` from with transformers.
    """
    from kgchat import models as _models  # not at the top: kgchat.models imports this module

    target = _models.cache_dir() / "models" / gguf_cache_key(resolved)
    if not is_complete_cache(target):
        convert_gguf(resolved, target)
    return target
