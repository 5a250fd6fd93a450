"""Command-line flags generated from a config dataclass, and the config built back from them.

A stage's config is the one place its options are declared: name, type, default and the
``Attributes`` entry of its numpydoc docstring. :func:`add_config_flags` turns each field into a
flag (``max_new_tokens`` -> ``--max-new-tokens``; a bool defaulting to ``True`` -> ``--no-<name>``),
checks each value as the config itself would (a bad one is a usage error naming the flag), and
:func:`config_from_args` builds the config back from the parsed namespace.

Examples
--------
>>> import argparse
>>> from dataclasses import dataclass
>>> from kgchat.config import Config, check
>>> @dataclass(frozen=True)
... class Demo(Config):
...     '''A demo.
...
...     Attributes
...     ----------
...     hops : int
...         Longest path.
...     exact : bool
...         Match names exactly.
...     '''
...     hops: int = 3
...     exact: bool = True
...     def __post_init__(self) -> None:
...         check(1 <= self.hops <= 3, "hops", self.hops, "1, 2 or 3")
>>> p = argparse.ArgumentParser(prog="demo")
>>> add_config_flags(p, Demo)
>>> config_from_args(Demo, p.parse_args(["--hops", "2", "--no-exact"]))
Demo(hops=2, exact=False)
>>> config_from_args(Demo, p.parse_args([]))
Demo(hops=3, exact=True)
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from kgchat.errors import ConfigError

__all__ = ["add_config_flags", "config_from_args", "field_help", "flag_values"]

C = TypeVar("C")
_SECTIONS = ("Attributes", "Parameters")  # where numpydoc documents a dataclass's fields
_REGISTERED = "_config_flags_{}"  # namespace attribute: the fields a parser made flags of
_DESTS = "_config_dests_{}"  # namespace attribute: field -> attribute, where not the field's name


def add_config_flags(
    parser: argparse.ArgumentParser,
    cls: type,
    *,
    only: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
    flags: Mapping[str, str] | None = None,
    choices: Mapping[str, Iterable[Any]] | None = None,
    given_only: bool = False,
    default_note: str | None = None,
    dests: Mapping[str, str] | None = None,
) -> None:
    """Add one flag per field of the config dataclass ``cls`` to ``parser``.

    Parameters
    ----------
    parser : argparse.ArgumentParser
        Where the flags go (a subcommand's parser).
    cls : type
        A (frozen) config dataclass; its fields' types come from the annotations
        (``int``, ``float``, ``str``, ``bool``, ``X | None``, ``Literal[...]``, ``tuple[X, ...]``)
        and their help from the ``Attributes`` (or ``Parameters``) section of its (and its
        bases') numpydoc docstring, or a field's ``metadata["help"]``.
    only, exclude : iterable of str
        The fields to make flags of (default: all) and the ones to leave out.
    flags : mapping, optional
        Field name -> flag, where the flag is not ``--field-name`` (``{"max_facts": "--k"}``;
        for a bool defaulting to True, the flag that turns it off: ``{"with_facts":
        "--no-facts"}``).
    choices : mapping, optional
        Field name -> the values allowed, for a ``str`` field that is not a ``Literal``.
    given_only : bool
        Leave a flag that is not given out of the namespace (another config class, e.g. a
        tuning strategy's subclass, supplies its default); help then names no default.
    default_note : str, optional
        With ``given_only``, what help says of the default (e.g. "the strategy's").
    dests : mapping, optional
        Field name -> the namespace attribute its value goes to, where two configs of one
        command share a field name (``RetrieverConfig.min_confidence`` beside
        ``ChatConfig.min_confidence``); :func:`config_from_args` reads it back from there.
    """
    hints = typing.get_type_hints(cls)
    docs = field_help(cls)
    flags, choices, dests = dict(flags or {}), dict(choices or {}), dict(dests or {})
    names = _select(cls, only, exclude)
    for f in (f for f in dataclasses.fields(cls) if f.name in names):
        kind, inner, optional = _kind(hints[f.name])
        has_default = f.default is not dataclasses.MISSING
        default: Any = f.default if has_default else None
        if f.default_factory is not dataclasses.MISSING:
            default, has_default = f.default_factory(), True
        text = f.metadata.get("help") or docs.get(f.name, "")
        kw: dict[str, Any] = {"dest": dests.get(f.name, f.name)}
        if kind is bool and not optional:
            off = has_default and default is True
            flag = flags.get(f.name, f"--no-{_dash(f.name)}" if off else f"--{_dash(f.name)}")
            kw["action"] = "store_false" if off else "store_true"
            text = f"turns off (default on): {text}" if off and text else text
        else:
            flag = flags.get(f.name, f"--{_dash(f.name)}")
            kw["type"] = _checked(cls, f.name, inner, tuple_=kind is tuple)
            kw["metavar"] = _metavar(inner)
            allowed = choices.get(f.name, typing.get_args(inner) if _is_literal(inner) else None)
            if allowed is not None:
                kw["choices"] = list(allowed)
                kw["metavar"] = "{" + ",".join(map(str, allowed)) + "}"
            if kind is tuple:
                kw["nargs"] = "+"
            if not has_default and not given_only:
                kw["required"] = True
            elif not given_only and default is not None:
                shown = " ".join(map(str, default)) if kind is tuple else default
                text = f"{text} (default: {shown})" if text else f"default: {shown}"
            elif given_only and default_note:
                text = f"{text} (default: {default_note})"
        if given_only:
            kw["default"] = argparse.SUPPRESS
        elif kind is not bool or optional:
            kw["default"] = list(default) if kind is tuple and default is not None else default
        kw["help"] = text.replace("%", "%%") or None
        parser.add_argument(flag, **kw)
    # Record which fields this (sub)parser has flags for, so config_from_args reads only those.
    key = _REGISTERED.format(cls.__qualname__)
    parser.set_defaults(**{key: tuple(sorted({*names, *(parser.get_default(key) or ())}))})
    if dests:
        key = _DESTS.format(cls.__qualname__)
        parser.set_defaults(**{key: {**(parser.get_default(key) or {}), **dests}})


def flag_values(cls: type, args: argparse.Namespace) -> dict[str, Any]:
    """The fields of ``cls`` that the command line set (all of its flags, or with
    ``given_only`` the ones given), as keyword arguments of ``cls``."""
    names = getattr(args, _REGISTERED.format(cls.__qualname__), ())
    dests = getattr(args, _DESTS.format(cls.__qualname__), {})
    hints = typing.get_type_hints(cls)
    out: dict[str, Any] = {}
    for name in names:
        dest = dests.get(name, name)
        if hasattr(args, dest):
            value = getattr(args, dest)
            if isinstance(value, list) and _kind(hints[name])[0] is tuple:
                value = tuple(value)
            out[name] = value
    return out


def config_from_args(cls: type[C], args: argparse.Namespace, **overrides: Any) -> C:
    """The config ``cls`` that the parsed ``args`` describe (fields without flags keep their
    defaults); ``overrides`` win over the flags."""
    return cls(**(flag_values(cls, args) | overrides))


@functools.cache
def field_help(cls: type) -> dict[str, str]:
    """Field name -> its description in the ``Attributes`` section of the numpydoc docstrings
    of ``cls`` and its bases (the class's own entry wins), as one line of plain text.

    >>> from kgchat.retrieval import RetrieverConfig
    >>> field_help(RetrieverConfig)["max_hops"]
    'Longest relation path walked (1 to 3).'
    """
    out: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        out.update(_parse_attributes(klass.__dict__.get("__doc__") or ""))
    return out


def _parse_attributes(doc: str) -> dict[str, str]:
    lines = [s.rstrip() for s in doc.expandtabs().splitlines()]
    out: dict[str, str] = {}
    try:
        i = next(i for i, s in enumerate(lines) if s.strip() in _SECTIONS) + 2
    except StopIteration:
        return out
    names: list[str] = []
    base = None
    for j in range(i, len(lines)):
        line = lines[j]
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        base = indent if base is None else base
        header = j + 1 < len(lines) and set(lines[j + 1].strip()) == {"-"}
        if indent < base or (indent == base and header):
            break  # the next section
        if indent == base:
            names = [n.strip() for n in line.split(":", 1)[0].split(",")]
            out.update(dict.fromkeys(names, ""))
        else:
            for n in names:
                out[n] = f"{out[n]} {line.strip()}".strip()
    return {k: _plain(v) for k, v in out.items()}


def _plain(text: str) -> str:
    """Sphinx roles and literals as plain text: :class:`~a.B` -> B, ``x`` -> x."""
    text = re.sub(r":\w+:`~([^`]*?)`", lambda m: m.group(1).rsplit(".", 1)[-1], text)
    text = re.sub(r":\w+:`([^`]*?)`", r"\1", text)
    return text.replace("``", "")


def _select(cls: type, only: Iterable[str] | None, exclude: Iterable[str]) -> list[str]:
    known = [f.name for f in dataclasses.fields(cls)]
    wanted = known if only is None else list(only)
    unknown = sorted((set(wanted) | set(exclude)) - set(known))
    if unknown:
        raise ConfigError(f"{cls.__name__} has no field(s) {unknown}; fields: {known}")
    skip = set(exclude)
    return [n for n in wanted if n not in skip]


def _kind(hint: Any) -> tuple[Any, Any, bool]:
    """(outer kind, the type each value converts to, whether None is allowed) of a hint."""
    args = typing.get_args(hint)
    optional = False
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        optional = len(rest) < len(args)
        if len(rest) != 1:
            raise ConfigError(f"no flag for a field of type {hint}: one type or X | None")
        hint, args = rest[0], typing.get_args(rest[0])
    if typing.get_origin(hint) is tuple:
        return tuple, args[0], optional
    if _is_literal(hint):
        return str, hint, optional
    return hint, hint, optional


def _is_literal(hint: Any) -> bool:
    return typing.get_origin(hint) is typing.Literal


def _metavar(inner: Any) -> str:
    return {int: "N", float: "X", bool: "{true,false}"}.get(inner, "TEXT")


def _dash(name: str) -> str:
    return name.replace("_", "-")


def _boolean(text: str) -> bool:
    words = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}
    if text.lower() not in words:
        raise ValueError(text)
    return words[text.lower()]


def _checked(cls: type, name: str, inner: Any, tuple_: bool) -> Callable[[str], Any]:
    """A converter from the flag's text that also checks the value as ``cls`` would, so a bad
    value is a usage error naming the flag ("argument --max-hops: RetrieverConfig.max_hops=5
    is invalid: expected 1, 2 or 3") before any work starts."""
    if _is_literal(inner):
        values = typing.get_args(inner)
        convert: Callable[[str], Any] = type(values[0]) if values else str
    elif inner is bool:  # a ``bool | None`` field: --flag true|false
        convert = _boolean
    else:
        convert = inner

    def parse(text: str) -> Any:
        try:
            value = convert(text)
        except ValueError:
            what = {int: "an integer", float: "a number", _boolean: "true or false"}
            raise argparse.ArgumentTypeError(
                f"{text!r} is not {what.get(convert, 'a valid value')}"
            ) from None
        if not tuple_:  # a tuple is checked whole, when the config is built
            try:
                cls(**{name: value})
            except ConfigError as exc:
                raise argparse.ArgumentTypeError(str(exc)) from None
            except TypeError:
                pass  # cls has required fields: it checks the value when it is built
        return value

    parse.__name__ = getattr(convert, "__name__", "value")
    return parse
