"""Rewording generated questions with the LLM itself (``kgchat qa --paraphrase``; off by
default).

Template questions all sound alike ("Which entities play for country England?"); people ask
otherwise. A paraphrase is one more wording of the same question -- same answers, topic, facts
and split -- written by a chat model (by default the chatbot's own, SmolLM2-135M-Instruct,
greedy, shown three general-knowledge rewordings as earlier turns). A rewording is kept only
when it is usable: one line, a question, every entity name of
the original still in it verbatim, no answer that the original did not name, not the original
again, not rambling (at most twice as long). Others are dropped (and counted), never repaired.
A small model may still change what is asked ("What targets X?" -> "What is the target of
X?"): rewordings are for variety of phrasing, which is why they are off by default and marked.

Rewordings are cached on disk per model (``$KGCHAT_CACHE/paraphrases/<model>.json``, written to a
temporary file and renamed, every ``save_every`` new ones and at the end), so an interrupted run
resumes where it stopped and a second run costs nothing.

Examples
--------
The checks, with a fake model:

>>> from kgchat.chat.backends import EchoBackend
>>> p = Paraphraser(EchoBackend(), cache=None)
>>> p.usable("What does Aspirin treat?", "Which conditions is Aspirin used for?", ["Aspirin"], [])
'Which conditions is Aspirin used for?'
>>> p.usable("What does Aspirin treat?", "What does it treat?", ["Aspirin"], []) is None
True
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["Paraphraser", "paraphrase_cache_path"]

logger = logging.getLogger(__name__)

SYSTEM = "You rewrite questions in other words, keeping their names. You never answer them."
# General-knowledge examples, shown as earlier turns: a small instruct model follows a worked
# exchange far better than an instruction (asked outright, SmolLM2-135M answers the question).
SHOTS = (
    ("What is the capital of France?", "Which city is the capital of France?"),
    ("Which entities wrote Hamlet?", "Who is the author of Hamlet?"),
    ("What is the population of Tokyo?", "How many people live in Tokyo?"),
)
_LEAD = re.compile(r"^\s*(?:new question|rewritten question|question|rewrite)\s*:\s*", re.I)


def paraphrase_cache_path(model: str | None) -> Path:
    """Where the rewordings of ``model`` (None: the default chat model) are cached."""
    from kgchat.fsio import cache_dir

    tag = hashlib.blake2b((model or "default").encode(), digest_size=6).hexdigest()
    return cache_dir() / "paraphrases" / f"{tag}.json"


class Paraphraser:
    """Rewords questions with a chat backend; see the module docstring.

    Parameters
    ----------
    backend : ChatBackend
        The model that writes the rewordings.
    cache : Path or None
        The cache file (None: in memory only).
    max_new_tokens : int
        Longest rewording generated.
    save_every : int
        New rewordings between two writes of the cache.
    """

    def __init__(
        self,
        backend: Any,
        cache: Path | None,
        max_new_tokens: int = 48,
        save_every: int = 20,
    ) -> None:
        self.backend = backend
        self.cache = cache
        self.max_new_tokens = max_new_tokens
        self.save_every = save_every
        self.outcomes: Counter[str] = Counter()
        self._raw: dict[str, str] = {}
        self._unsaved = 0
        if cache is not None and cache.is_file():
            try:
                self._raw = dict(json.loads(cache.read_text(encoding="utf-8"))["rewordings"])
            except (ValueError, KeyError, TypeError) as exc:
                logger.warning(
                    "%s: unreadable paraphrase cache (%s); starting a new one", cache, exc
                )

    def paraphrase(self, question: str, names: Sequence[str], answers: Sequence[str]) -> str | None:
        """A usable rewording of ``question`` keeping ``names`` and naming none of
        ``answers``, or None (see :meth:`usable`); the model's raw reply is cached."""
        raw = self._raw.get(question)
        if raw is None:
            msgs = [{"role": "system", "content": SYSTEM}]
            for q, a in SHOTS:
                msgs += [
                    {"role": "user", "content": f"Rewrite: {q}"},
                    {"role": "assistant", "content": a},
                ]
            msgs.append({"role": "user", "content": f"Rewrite: {question}"})
            raw = "".join(
                self.backend.generate(msgs, max_new_tokens=self.max_new_tokens, stop=("\n",))
            )
            self._raw[question] = raw
            self._unsaved += 1
            if self._unsaved >= self.save_every:
                self.save()
        out = self.usable(question, raw, names, answers)
        self.outcomes["kept" if out else "dropped"] += 1
        return out

    @staticmethod
    def usable(question: str, raw: str, names: Sequence[str], answers: Sequence[str]) -> str | None:
        """``raw`` cleaned, when it is a usable rewording of ``question``: a one-line question
        that still names every one of ``names``, names no answer the question did not, is not
        the question again and is at most twice as long (plus 20 characters)."""
        text = _LEAD.sub("", raw.strip().splitlines()[0] if raw.strip() else "").strip()
        text = text.strip("\"'` ")
        if not text.endswith("?") or len(text) > 2 * len(question) + 20:
            return None
        low, qlow = text.casefold(), question.casefold()
        if low == qlow or not all(n.casefold() in low for n in names):
            return None
        if any(a.casefold() in low and a.casefold() not in qlow for a in answers if len(a) > 2):
            return None
        return text

    def save(self) -> None:
        """Write the cache (temporary file, then rename)."""
        self._unsaved = 0
        if self.cache is None:
            return
        self.cache.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.cache.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"rewordings": self._raw}, f, ensure_ascii=False)
            os.replace(tmp, self.cache)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
