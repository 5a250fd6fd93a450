"""Read a GGUF model file's header without the ``gguf`` package (which took 34 s to parse the
bundled 98 MB file here: it decodes every vocabulary string), to refuse files that are no model
with a message naming them before llama.cpp sees them.

The layout (GGUF versions 2 and 3): ``b"GGUF"``, version (u32), tensor count (u64), metadata
count (u64), then the metadata: a key (u64 length + UTF-8), a value type (u32) and the value;
strings are u64 length + bytes, arrays a type (u32), a count (u64) and the items.
"""

from __future__ import annotations

import mmap
import os
import struct
from pathlib import Path

from kgchat.errors import ModelError

__all__ = ["gguf_architecture", "gguf_file_type", "model_file_error"]

_SCALAR_SIZE = {0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8}
_INTEGER = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 10: "<Q", 11: "<q"}
_STRING, _ARRAY = 8, 9


def gguf_architecture(path: str | os.PathLike[str]) -> str:
    """The ``general.architecture`` of a GGUF file, read from its header (no weights are read).

    Raises
    ------
    ModelError
        Naming the file, when it is not GGUF (wrong magic), of an unsupported GGUF version,
        cut short inside its header, or without an architecture.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile(suffix=".gguf") as f:
    ...     _ = f.write(b"<html>not a model</html>" * 4); f.flush()
    ...     gguf_architecture(f.name)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kgchat.errors.ModelError: ...gguf is not a GGUF model file (it starts with b'<html>no'...
    """
    arch = _header_value(Path(path), "general.architecture")
    if not isinstance(arch, str):
        raise model_file_error(
            Path(path),
            f"{path} names no general.architecture in its metadata; pass a complete "
            ".gguf model file",
        )
    return arch


def gguf_file_type(path: str | os.PathLike[str]) -> int | None:
    """The ``general.file_type`` (llama.cpp's ``llama_ftype``: 2 Q4_0, 3 Q4_1, 7 Q8_0, ...) of
    a GGUF file, or ``None`` when its header names none; errors as :func:`gguf_architecture`."""
    value = _header_value(Path(path), "general.file_type")
    return value if isinstance(value, int) else None


def _header_value(path: Path, key: str) -> str | int | None:
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size < 24:
                raise model_file_error(
                    path,
                    f"{path} is not a GGUF model file ({size} bytes; a GGUF header alone is "
                    "24); pass a .gguf model",
                )
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as buf:
                return _read_value(buf, path, key)
    except OSError as exc:
        raise ModelError(f"cannot read model file {path}: {exc.strerror or exc}") from exc


def _read_value(buf: mmap.mmap, path: Path, wanted: str) -> str | int | None:
    """The value of metadata key ``wanted`` (a string or an integer), read up to it."""

    def fail(why: str) -> ModelError:
        return model_file_error(path, f"{path} {why}; pass a complete .gguf model file")

    if buf[:4] != b"GGUF":
        raise model_file_error(
            path,
            f"{path} is not a GGUF model file (it starts with {bytes(buf[:8])!r}, not "
            "b'GGUF'); pass a .gguf model",
        )
    (version,) = struct.unpack_from("<I", buf, 4)
    if version not in (2, 3):
        raise fail(f"is GGUF version {version}; llama.cpp reads versions 2 and 3")
    _, n_kv = struct.unpack_from("<QQ", buf, 8)
    pos, end = 24, len(buf)

    def need(n: int) -> None:
        if n < 0 or pos + n > end:
            raise fail(f"is truncated: its header needs byte {pos + n:,} of a {end:,}-byte file")

    def string() -> str:
        nonlocal pos
        need(8)
        (n,) = struct.unpack_from("<Q", buf, pos)
        pos += 8
        need(n)
        text = bytes(buf[pos : pos + n]).decode("utf-8", "replace")
        pos += n
        return text

    def skip(vtype: int, count: int = 1) -> None:
        nonlocal pos
        if vtype in _SCALAR_SIZE:
            need(_SCALAR_SIZE[vtype] * count)
            pos += _SCALAR_SIZE[vtype] * count
        elif vtype == _STRING:
            for _ in range(count):
                string()
        elif vtype == _ARRAY:
            for _ in range(count):
                need(12)
                inner, n = struct.unpack_from("<IQ", buf, pos)
                pos += 12
                skip(inner, n)
        else:
            raise fail(f"has a metadata value of unknown type {vtype} at byte {pos:,}")

    for _ in range(n_kv):
        key = string()
        need(4)
        (vtype,) = struct.unpack_from("<I", buf, pos)
        pos += 4
        if key == wanted and vtype == _STRING:
            return string()
        if key == wanted and vtype in _INTEGER:
            need(_SCALAR_SIZE[vtype])
            return int(struct.unpack_from(_INTEGER[vtype], buf, pos)[0])
        skip(vtype)
    return None


def model_file_error(path: Path, message: str) -> ModelError:
    """A :class:`ModelError` about one model file (``path`` set, as the CLI's --json reports)."""
    err = ModelError(message)
    err.path = str(path)
    return err
