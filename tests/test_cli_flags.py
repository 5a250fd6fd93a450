"""Flags generated from config dataclasses (kgchat.cli.flags) and the command line built on them."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pytest

from kgchat.cli import build_parser, main
from kgchat.cli.base import ArgumentParser, UsageError
from kgchat.cli.flags import add_config_flags, config_from_args, field_help, flag_values
from kgchat.config import Config, check


@dataclass(frozen=True)
class Knobs(Config):
    """Every kind of field a config has.

    Attributes
    ----------
    hops : int
        Longest path walked (1 to 3).
    rate : float
        A rate; 100% is 1.
    name : str
        A name.
    mode : {"fast", "slow"}
        How to go.
    limit : int, optional
        A cap (``None``: no cap), see :class:`~kgchat.retrieval.RetrieverConfig`.
    verbose, exact : bool
        Two switches documented at once.
    sizes : tuple of int
        Sizes to try.
    """

    hops: int = 3
    rate: float = 0.5
    name: str = "x"
    mode: Literal["fast", "slow"] = "fast"
    limit: int | None = None
    verbose: bool = False
    exact: bool = True
    sizes: tuple[int, ...] = (1, 2)
    note: str = field(default="", metadata={"help": "from the field's metadata"})

    def __post_init__(self) -> None:
        check(1 <= self.hops <= 3, "hops", self.hops, "1, 2 or 3")
        check(0 <= self.rate <= 1, "rate", self.rate, "in [0, 1]")


def _parser(**kw: object) -> argparse.ArgumentParser:
    p = ArgumentParser(prog="t")
    add_config_flags(p, Knobs, **kw)  # type: ignore[arg-type]
    return p


def test_round_trip_of_every_field_type() -> None:
    p = _parser()
    assert config_from_args(Knobs, p.parse_args([])) == Knobs()
    want = Knobs(
        hops=2,
        rate=0.25,
        name="y",
        mode="slow",
        limit=7,
        verbose=True,
        exact=False,
        sizes=(4,),
        note="n",
    )
    argv = ["--hops", "2", "--rate", "0.25", "--name", "y", "--mode", "slow", "--limit", "7"]
    argv += ["--verbose", "--no-exact", "--sizes", "4", "--note", "n"]
    assert config_from_args(Knobs, p.parse_args(argv)) == want
    # and back: the flags of any config reproduce it
    back = []
    for k, v in want.to_dict().items():
        if isinstance(v, bool):
            back += [f"--{k}"] if v else [f"--no-{k}"]
        else:
            many = isinstance(v, (list, tuple))
            back += [f"--{k}", *map(str, v)] if many else [f"--{k}", str(v)]
    assert config_from_args(Knobs, p.parse_args(back)) == want


def test_help_comes_from_the_docstring_and_defaults_from_the_dataclass() -> None:
    text = _parser().format_help()
    assert "Longest path walked (1 to 3). (default: 3)" in " ".join(text.split())
    assert "A rate; 100% is 1." in text  # a % in help does not break argparse
    assert "--no-exact" in text and "turns off (default on): Two switches" in " ".join(text.split())
    assert "see RetrieverConfig" in " ".join(text.split())
    assert "from the field's metadata" in text
    assert "{fast,slow}" in text
    assert (
        field_help(Knobs)["verbose"]
        == field_help(Knobs)["exact"]
        == "Two switches documented at once."
    )


def test_a_bad_value_is_a_usage_error_naming_the_flag(capsys: pytest.CaptureFixture[str]) -> None:
    p = _parser()
    for argv, says in [
        (["--hops", "5"], "argument --hops: Knobs.hops=5 is invalid: expected 1, 2 or 3"),
        (["--hops", "two"], "argument --hops: 'two' is not an integer"),
        (["--rate", "x"], "argument --rate: 'x' is not a number"),
        (["--mode", "medium"], "argument --mode: invalid choice: 'medium'"),
    ]:
        with pytest.raises(UsageError) as info:
            p.parse_args(argv)
        assert info.value.code == 2 and says in info.value.message
        assert says in capsys.readouterr().err


def test_only_exclude_renamed_flags_and_given_only() -> None:
    p = _parser(only=("hops", "exact"), flags={"exact": "--loose"})
    args = p.parse_args(["--loose"])
    assert flag_values(Knobs, args) == {"hops": 3, "exact": False}
    with pytest.raises(UsageError):
        p.parse_args(["--rate", "0.1"])
    given = _parser(given_only=True)
    assert flag_values(Knobs, given.parse_args(["--rate", "0.1"])) == {"rate": 0.1}
    assert config_from_args(Knobs, given.parse_args([]), name="z") == Knobs(name="z")


def test_two_configs_with_one_field_name_keep_their_own_values(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``ask`` has the chatbot's --min-confidence and the retrieval's own threshold."""
    from kgchat.chat import ChatConfig
    from kgchat.retrieval import RetrieverConfig

    p = build_parser()
    a = p.parse_args(["ask", "kb.ttl", "q?", "--retrieval-min-confidence", "0.5"])
    assert config_from_args(RetrieverConfig, a).min_confidence == 0.5
    assert config_from_args(ChatConfig, a).min_confidence == ChatConfig().min_confidence
    a = p.parse_args(["ask", "kb.ttl", "q?", "--min-confidence", "0.7"])
    assert config_from_args(RetrieverConfig, a) == RetrieverConfig()
    assert config_from_args(ChatConfig, a).min_confidence == 0.7
    assert main(["retrieve", "kb.ttl", "q?", "--retrieval-min-confidence", "2", "--json"]) == 2
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert "--retrieval-min-confidence" in report["error"] and "min_confidence" in report["error"]


def test_the_command_line_keeps_its_flags(capsys: pytest.CaptureFixture[str]) -> None:
    """The flags the README and the tests use, on the commands that had them."""
    p = build_parser()
    a = p.parse_args(["qa", "kb.ttl", "--out", "o", "--hops", "1", "2", "--no-retrieve"])
    assert a.hops == [1, 2] and a.retrieve is False and a.conjunctions is True
    a = p.parse_args(["tune", "--data", "d", "--no-facts", "--threads", "1", "--epochs", "2"])
    assert flag_values(__import__("kgchat.tuning").tuning.TrainConfig, a) == {
        "with_facts": False,
        "threads": 1,
        "epochs": 2,
    }
    a = p.parse_args(["retrieve", "kb.ttl", "q?", "--k", "5", "--max-hops", "2"])
    assert (a.max_facts, a.max_hops) == (5, 2)
    a = p.parse_args(["ask", "kb.ttl", "q?", "--ranker", "generate", "--timeout", "3"])
    assert (a.ranker, a.timeout, a.imports) == ("generate", 3.0, True)
    chat = __import__("kgchat.chat").chat.ChatConfig
    assert flag_values(chat, a)["evidence_words"] is False  # off by default
    a = p.parse_args(["ask", "kb.ttl", "q?", "--evidence-words"])
    assert flag_values(chat, a)["evidence_words"] is True
    # the llama.cpp citation mask: on by default, off by its flag
    assert flag_values(chat, a)["cite_shown"] is True
    a = p.parse_args(["ask", "kb.ttl", "q?", "--no-cite-shown"])
    assert flag_values(chat, a)["cite_shown"] is False
    assert main(["ask", "kb.ttl", "q?", "--max-hops", "4", "--json"]) == 2
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report["kind"] == "UsageError" and "--max-hops" in report["error"]


def test_help_answers_without_heavy_imports() -> None:
    code = (
        "import sys; from kgchat.cli import build_parser; build_parser().format_help(); "
        "heavy = ('torch', 'transformers', 'faiss', 'rdflib', 'fastapi', 'uvicorn', 'llama_cpp'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_command_line_error_raised_by_a_handler_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kgchat.cli.base import CommandLineError, run_command

    def handler(args: argparse.Namespace) -> int:
        raise CommandLineError("give PATHs or --endpoint URL")

    args = argparse.Namespace(func=handler, debug=False, json=True)
    assert run_command(args) == 2
    out, err = capsys.readouterr()
    assert err == "kgchat: error: give PATHs or --endpoint URL\n"
    assert json.loads(out.strip().splitlines()[-1])["kind"] == "UsageError"


@dataclass(frozen=True)
class Tristate(Config):
    """A switch that may be left unset.

    Attributes
    ----------
    strict : bool, optional
        Refuse, allow, or (None) decide from the data.
    """

    strict: bool | None = None


def test_an_optional_bool_takes_true_or_false(capsys: pytest.CaptureFixture[str]) -> None:
    p = ArgumentParser(prog="t")
    add_config_flags(p, Tristate)
    assert config_from_args(Tristate, p.parse_args([])) == Tristate()
    assert config_from_args(Tristate, p.parse_args(["--strict", "no"])) == Tristate(strict=False)
    assert config_from_args(Tristate, p.parse_args(["--strict", "TRUE"])) == Tristate(strict=True)
    with pytest.raises(UsageError) as info:
        p.parse_args(["--strict", "maybe"])
    assert "argument --strict: 'maybe' is not true or false" in info.value.message


def test_options_may_come_between_the_paths_and_the_question(
    tiny_ttl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``kgchat ask kb.ttl --backend template "Q?"`` failed with "unrecognized arguments: Q?"
    (argparse takes a command's positionals in one run): the positionals after the options
    are more paths and, last, the question; an unknown option is still an error."""
    code = main(["retrieve", str(tiny_ttl), "--k", "5", "Which drugs treat headache?", "--json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert out["question"] == "Which drugs treat headache?"
    assert main(["retrieve", str(tiny_ttl), "--bogus", "Q?", "--json"]) == 2
    assert "unrecognized arguments" in capsys.readouterr().out


@pytest.mark.parametrize("flag", ["--no-model", "--template"])
def test_ask_without_a_model_by_its_own_flag(
    tiny_ttl: Path, capsys: pytest.CaptureFixture[str], flag: str
) -> None:
    """``kgchat ask --no-model`` (issue 13's name for ``--backend template``) was an unknown
    option: it replies from the cited evidence, no model loaded."""
    assert build_parser().parse_args(["ask", "kb.ttl", "q?", flag]).backend == "template"
    code = main(["ask", str(tiny_ttl), flag, "Which drugs treat headache?", "--json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert out["facts"] and out["answer"]
