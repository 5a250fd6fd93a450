"""Shared machinery of the per-stage configs: frozen dataclasses that validate and round-trip JSON.

Every stage (graph, index, retrieval, chat, qa, tuning) has one ``@dataclass(frozen=True)`` config
that subclasses :class:`Config`. Fields are documented on the class (its numpydoc ``Attributes``),
checked in ``__post_init__`` and map one-to-one onto CLI flags (``--field-name``): the command
line is generated from them (:func:`kgchat.cli.flags.add_config_flags`: flag, type, default and
help), so a default is declared once, here.

Examples
--------
>>> from dataclasses import dataclass
>>> @dataclass(frozen=True)
... class Demo(Config):
...     k: int = 3
...     def __post_init__(self) -> None:
...         check(self.k >= 1, "k", self.k, "an integer >= 1")
>>> Demo.from_json(Demo(k=5).to_json())
Demo(k=5)
>>> Demo(k=0)
Traceback (most recent call last):
...
kgchat.errors.ConfigError: Demo.k=0 is invalid: expected an integer >= 1
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any, Self

from kgchat.errors import ConfigError

__all__ = ["Config", "check"]


def check(ok: bool, field: str, value: Any, expected: str, owner: str | None = None) -> None:
    """Raise :class:`ConfigError` naming the field, its value and what was expected, unless ok."""
    if not ok:
        import inspect

        if owner is None:
            frame = inspect.currentframe()
            caller = frame.f_back if frame else None
            obj = caller.f_locals.get("self") if caller else None
            owner = type(obj).__name__ if obj is not None else "config"
        raise ConfigError(f"{owner}.{field}={value!r} is invalid: expected {expected}")


class Config:
    """Base of the frozen per-stage configs: JSON round-trip and keyword overrides."""

    def to_dict(self) -> dict[str, Any]:
        """Return the fields as plain JSON-able values (tuples become lists)."""
        return dataclasses.asdict(self)  # type: ignore[call-overload]

    def to_json(self) -> str:
        """Serialise to a JSON string."""
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build from a dict, rejecting unknown keys; lists become tuples for tuple fields."""
        fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        unknown = sorted(set(data) - set(fields))
        if unknown:
            raise ConfigError(
                f"{cls.__name__}: unknown field(s) {unknown}; known fields: {sorted(fields)}"
            )
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
        return cls(**values)

    @classmethod
    def from_json(cls, text: str) -> Self:
        """Build from a JSON string made by :meth:`to_json`."""
        return cls.from_dict(json.loads(text))

    def replace(self, **changes: Any) -> Self:
        """Return a copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]
