"""Loading a GGUF file into llama.cpp for :class:`~kgchat.chat.llamacpp.LlamaCppBackend`, and
re-quantising it once to Q4_0, the type llama.cpp's x86 CPU backend runs fastest.

- :func:`open_llama`: ``llama_cpp.Llama`` over a file whose header was checked first
  (:func:`kgchat.gguf_file.gguf_architecture`); a file llama.cpp refuses is a
  :class:`~kgchat.errors.ModelError` naming it and llama.cpp's own reason, collected from its
  log (llama.cpp reports it only there).
- :func:`q4_0_copy`: the file re-quantised to Q4_0 (the token embedding, which is also the
  output layer of a tied model, kept at Q8_0) under ``cache_dir()/models/<stem>-q4_0-<key>/``,
  keyed by the source's path, size and modification time, built once under the writer's lock
  and published atomically (:func:`kgchat.fsio.build_once`). llama.cpp repacks Q4_0 weights into
  interleaved blocks on x86 (AVX2/AVX-512), which the Q4_1 of the bundled file does not get:
  prompts evaluate about twice as fast and tokens come faster. The source is never changed.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kgchat import fsio
from kgchat.errors import ModelError
from kgchat.gguf_file import gguf_architecture, gguf_file_type, model_file_error

__all__ = ["REQUANTIZE", "llama_log", "open_llama", "q4_0_copy", "use_path"]

logger = logging.getLogger(__name__)

REQUANTIZE = ("bundled", "all", "off")
_Q4_0, _GGML_Q8_0 = 2, 8  # llama_ftype MOSTLY_Q4_0; ggml_type Q8_0
_MANIFEST = "manifest.json"


@contextlib.contextmanager
def llama_log() -> Iterator[list[str]]:
    """Collect llama.cpp's errors while the block runs (it reports why a load failed only
    there), and keep it quiet otherwise."""
    import llama_cpp
    import llama_cpp._logger as default

    lines: list[str] = []

    @llama_cpp.llama_log_callback  # type: ignore[misc]
    def collect(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
        if level == 4:  # GGML_LOG_LEVEL_ERROR (DEBUG 1, INFO 2, WARN 3, CONT 5)
            lines.append(text.decode("utf-8", "replace").strip())

    llama_cpp.llama_log_set(collect, ctypes.c_void_p(0))
    try:
        yield lines
    finally:
        llama_cpp.llama_log_set(default.llama_log_callback, ctypes.c_void_p(0))


def open_llama(path: Path, *, n_ctx: int, n_batch: int, threads: int, flash_attn: bool) -> Any:
    """``llama_cpp.Llama`` over ``path``; a file it cannot load is a ``ModelError``."""
    import llama_cpp

    arch = gguf_architecture(path)  # a clear error before llama.cpp sees a non-model file
    with llama_log() as log:
        try:
            return llama_cpp.Llama(
                model_path=str(path),
                n_ctx=n_ctx,
                n_batch=n_batch,
                n_threads=threads,
                n_threads_batch=threads,
                flash_attn=flash_attn,
                logits_all=False,  # scoring reads the last logits token by token
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            # "llama_model_load: error loading model: unknown model architecture: 'x'"
            why = next((ln.split("error loading model:")[-1].strip() for ln in log), str(exc))
            raise model_file_error(
                path,
                f"llama.cpp cannot load {path} (architecture {arch!r}): {why[:500]}; pass "
                "a complete GGUF model of an architecture llama.cpp supports",
            ) from exc


def q4_0_copy(source: Path, threads: int = 1) -> Path:
    """``source`` re-quantised to Q4_0 in kgchat's cache (made once; see the module's text).

    Returns ``source`` itself when it is Q4_0 already.

    Raises
    ------
    ModelError
        When llama.cpp cannot quantise it (not a model; a type it cannot re-quantise), naming
        the file.
    """
    if gguf_file_type(source) == _Q4_0:
        return source
    stat = source.stat()
    key = hashlib.sha256(
        f"{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()
    ).hexdigest()[:12]
    target = fsio.cache_dir() / "models" / f"{source.stem}-q4_0-{key}"
    out = target / "model.gguf"
    if (target / _MANIFEST).is_file():
        return out

    def write(tmp: Path) -> None:
        _quantise(source, tmp / "model.gguf", threads)
        manifest = {"source": str(source), "size": stat.st_size, "ftype": "Q4_0"}
        (tmp / _MANIFEST).write_text(json.dumps(manifest, indent=2))

    logger.info("re-quantising %s to Q4_0, once, into %s", source.name, target)
    try:
        fsio.build_once(target, write, complete=_MANIFEST)
    except OSError as exc:
        why = "it exists without its manifest" if target.is_dir() else str(exc)
        raise ModelError(
            f"cannot make the Q4_0 copy of {source} in {target} ({why}): delete that folder, "
            "set KGCHAT_CACHE to a writable folder, or pass LlamaCppConfig(requantize='off')"
        ) from exc
    return out


def _quantise(source: Path, out: Path, threads: int) -> None:
    import llama_cpp

    params = llama_cpp.llama_model_quantize_default_params()
    params.nthread = threads
    params.ftype = _Q4_0
    params.allow_requantize = True  # the bundled file is Q4_1 already
    params.token_embedding_type = _GGML_Q8_0  # the tied output layer: keep it fine
    params.output_tensor_type = _GGML_Q8_0
    with llama_log() as log:
        rc = llama_cpp.llama_model_quantize(
            str(source).encode(), str(out).encode(), ctypes.byref(params)
        )
    if rc != 0 or not out.is_file():
        why = "; ".join(log)[:500] or f"return code {rc}"
        raise model_file_error(
            source,
            f"llama.cpp cannot re-quantise {source} to Q4_0: {why}; pass "
            "LlamaCppConfig(requantize='off') to run it as it is",
        )


def use_path(source: Path, requantize: str, bundled: bool, threads: int) -> Path:
    """The file to load: ``source``, or its Q4_0 copy when ``requantize`` says so (``bundled``:
    only the bundled default model; ``all``: any file; ``off``: never).

    The bundled model's copy is an optimisation: when it cannot be made (a read-only or full
    cache), the file runs as it is, with a warning. With ``all`` that is an error.
    """
    if requantize == "all":
        return q4_0_copy(source, threads)
    if requantize == "bundled" and bundled:
        try:
            return q4_0_copy(source, threads)
        except (ModelError, OSError) as exc:
            logger.warning("running %s as it is: no Q4_0 copy (%s)", source.name, exc)
    return source
