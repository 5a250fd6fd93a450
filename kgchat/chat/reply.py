"""The reply to an answerable question: a list named from the facts, or the model's words.

The answer is chosen (``ranker``: the retriever's top candidate, the top few re-ranked by
the model's likelihood, or none: the model generates freely); every answer of a list
question is named from the facts alone, each cited (:mod:`kgchat.chat.lists`); otherwise the
chosen answer is shown at once (before any model is loaded), its support numbered into the
prompt (the facts of its paths and ``context_facts`` more, trimmed by rank to fit the
model's context), the reply forced to start with the answer and continued by the model with
citations, under decoding settings against repetition and a length in proportion to the
evidence; then checked claim by claim and repaired (:mod:`kgchat.chat.grounding`).
"""

from __future__ import annotations

import inspect
import re
import time
from collections.abc import Generator, Sequence
from typing import TYPE_CHECKING, Any

from kgchat.chat.backends import ScoringBackend
from kgchat.chat.claim_text import SHORT_WORD as _SHORT_WORD
from kgchat.chat.decide import topic_of
from kgchat.chat.grounding import repair
from kgchat.chat.guard import cited_paths, support
from kgchat.chat.lists import asks_for_a_set, list_reply, members
from kgchat.chat.turn import Turn
from kgchat.chat.vocabulary import reply_vocabulary
from kgchat.graph.view import Fact

if TYPE_CHECKING:
    from kgchat.chat.bot import ChatBot
    from kgchat.retrieval import Retrieval

__all__ = ["messages", "reply"]

# The reply is one sentence (the system prompt asks for one): generation stops at its end, not
# after max_new_tokens of the model going on ("Spain, not just ... The correct answer would be"),
# and at the end of its citations ("Nelson [1] at Nelson [1] at ..."): see :func:`sentence_end`.
_STOP = ("\n",)
_CITED = re.compile(r"\](?=\s*[^\s\[\].,;!?])")
_MARK = re.compile(r"[.!?](?=\s)")


def sentence_end(text: str) -> int | None:
    """Where a reply's one sentence ends in ``text``: after a citation group that more words
    follow, or at a sentence mark before a space that ends no abbreviation ("Jr. ", "J. R.");
    None while it goes on.

    >>> t = "Nelson: Ernest Rutherford's birthplace is Nelson [1] at Nelson"
    >>> t[: sentence_end(t)]
    "Nelson: Ernest Rutherford's birthplace is Nelson [1]"
    >>> sentence_end("1968: Martin Luther King Jr. died"), sentence_end("A [1][2].")
    (None, None)
    >>> sentence_end("A is B [1]. More")
    11
    """
    cuts = [m.end() for m in _CITED.finditer(text)][:1]
    cuts += [m.end() for m in _MARK.finditer(text) if not _SHORT_WORD.search(text[: m.start()])][:1]
    return min(cuts) if cuts else None


def reply(bot: ChatBot, turn: Turn, res: Retrieval) -> Generator[str, None, None]:
    """The reply's pieces as they are made (see the module docstring); fills in ``turn``."""
    cfg, tpl = bot.config, bot.templates
    asked = res.question  # capped as retrieval saw it (RetrieverConfig.max_question_chars)
    chosen = turn.chosen = _choose(bot, asked, res, turn)
    if chosen is not None and _list(bot, turn, res, chosen):
        turn.mark("first_text")  # a list is named from the facts: no model is needed
        yield turn.text
        return
    cited = support(bot.kg, chosen, turn.given, res.mentions) if chosen is not None else []
    if chosen is not None and not cited:
        # no fact given holds the answer on its path: a reply could only be unsupported
        turn.text, turn.abstained = tpl.no_answer.format(topic=topic_of(bot, res)), True
        turn.mark("first_text")
        yield turn.text
        return
    prefix = tpl.answer_prefix.format(answer=chosen.label) if chosen else tpl.free_prefix
    if prefix:  # the answer is known from retrieval: shown before any model is loaded
        turn.mark("first_text")
        yield prefix
    shown = _shown(bot, cited, len(turn.given)) if chosen is not None else None
    prompt, turn.trimmed = _fit(bot, asked, turn.given, shown)
    every = list(range(1, len(turn.given) + 1)) if shown is None else shown
    turn.shown = every[: len(every) - turn.trimmed]  # the facts the model read, by number
    pieces: list[str] = []
    t_gen = time.perf_counter()
    budget = min(cfg.max_new_tokens, cfg.reply_tokens + cfg.reply_tokens_per_fact * len(cited))
    words = None
    if cfg.evidence_words and shown is not None:
        words = reply_vocabulary(bot.kg, turn.given, shown[: len(shown) - turn.trimmed], [prefix])
    for piece in bot.backend.generate(
        prompt,
        prefix=prefix,
        max_new_tokens=budget,
        stop=_STOP,
        **_decoding(bot, words, turn.shown if shown is not None else None),
    ):
        if not pieces and chosen is not None and piece[:1].isalnum():
            # the model went on with the answer's own last word ("human" -> "humanities"):
            # what it writes is no longer the answer; the evidence speaks instead (repair)
            break
        said = "".join(pieces)
        end = sentence_end(prefix + said + piece)
        if end is not None:
            piece = (prefix + said + piece)[len(prefix) + len(said) : end]
        turn.mark("first_token")
        turn.mark("first_text")
        turn.tokens += 1
        if piece:
            pieces.append(piece)
            yield piece
        if end is not None:
            break
    turn.timings["generation"] = time.perf_counter() - t_gen
    turn.raw = prefix + "".join(pieces)
    repair(
        turn,
        res,
        kg=bot.kg,
        templates=bot.templates,
        claim_check=bot.config.claim_check,
        paraphrase=bot.paraphrase,
    )


def _list(bot: ChatBot, turn: Turn, res: Retrieval, chosen: Any) -> bool:
    """Make the turn a list answer when the question has several (see
    :mod:`kgchat.chat.lists`) and the facts hold at least two of them."""
    as_set = asks_for_a_set(res.question, res.reading)
    found = members(bot.kg, res, chosen, as_set=as_set, limit=bot.config.max_list, said=turn.said)
    if len(found.members) < 2:
        return False
    given = _with_support(bot, found.members, res)
    text, named = list_reply(
        found, lambda c: support(bot.kg, c, given, res.mentions), bot.templates.more_answers
    )
    if len(named) < 2:
        return False
    turn.given, turn.members, turn.text = given, named, text + "."
    turn.more = found.more + len(found.members) - len(named)
    return True


def _decoding(
    bot: ChatBot, words: list[str] | None = None, shown: list[int] | None = None
) -> dict[str, Any]:
    """The decoding settings the backend's ``generate`` takes (a third-party backend may
    take none of them); ``words``, the reply's vocabulary (:mod:`kgchat.chat.vocabulary`);
    ``shown``, the numbers of the facts the model reads (its only citations, with
    ``cite_shown``)."""
    cfg = bot.config
    wanted: dict[str, Any] = {} if words is None else {"vocabulary": words}
    if cfg.cite_shown and shown:
        wanted["citations"] = list(shown)
    if cfg.repetition_penalty > 1:
        wanted["repetition_penalty"] = cfg.repetition_penalty
    if cfg.no_repeat_ngram_size > 0:
        wanted["no_repeat_ngram_size"] = cfg.no_repeat_ngram_size
    try:
        params = inspect.signature(bot.backend.generate).parameters
    except (TypeError, ValueError):
        return {}
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return wanted
    return {k: v for k, v in wanted.items() if k in params}


def messages(
    bot: ChatBot, question: str, given: Sequence[Fact], shown: Sequence[int] | None = None
) -> list[dict[str, str]]:
    """The prompt: ``question`` and the ``shown`` given facts (all when None), each under
    its number, in the chatbot's templates."""
    if shown is None:
        shown = range(1, len(given) + 1)
    return bot.templates.messages(question, [given[n - 1].text for n in shown], shown)


def _with_support(bot: ChatBot, found: list[Any], res: Retrieval) -> list[Fact]:
    """The facts to give for a list answer: each member's path facts first, then the rest
    by rank, up to ``max_facts``."""
    first: list[Fact] = []
    for c in found:
        for p in cited_paths(c, res.mentions):  # the paths support() cites
            first.extend(bot.kg.fact(h) for h in p.facts)
    rest = [sf.fact for sf in res.facts]
    given = list({f.id: f for f in first + rest}.values())
    return given[: max(bot.config.max_facts, len(first))]


def _shown(bot: ChatBot, cited: list[int], given: int) -> list[int]:
    """The numbers of the given facts the model reads for a chosen answer: its support (the
    facts of its paths) and ``context_facts`` of the best-ranked others, each under its own
    number. Every fact is prompt that the model evaluates before its first token; the reply
    needs only the answer's evidence."""
    others = [n for n in range(1, given + 1) if n not in cited][: bot.config.context_facts]
    return sorted([*cited, *others])


def _choose(bot: ChatBot, question: str, res: Retrieval, turn: Turn) -> Any:
    cfg = bot.config
    if cfg.ranker == "generate":
        return None
    best = res.candidates[0]
    if cfg.ranker == "likelihood" and isinstance(bot.backend, ScoringBackend):
        from kgchat.errors import BackendError

        t = time.perf_counter()
        cands = res.candidates[: cfg.rerank_top]
        try:
            lp = bot.backend.score(
                messages(bot, question, turn.given),
                bot.templates.candidate_prefix,
                [c.label for c in cands],
            )
            best = cands[max(range(len(cands)), key=lambda i: (lp[i], -i))]
        except BackendError:
            pass  # the server cannot score: keep the retriever's order
        turn.timings["ranking"] = time.perf_counter() - t
    return best


def _fit(
    bot: ChatBot, question: str, given: list[Fact], shown: list[int] | None = None
) -> tuple[list[dict[str, str]], int]:
    """The prompt with the ``shown`` given facts (all when None), fitted to the model's
    context with the reply: the templates' worked examples left out first, then the
    lowest-ranked facts dropped; and how many facts were dropped."""
    shown = list(range(1, len(given) + 1)) if shown is None else list(shown)
    count = getattr(bot.backend, "count_tokens", None)
    limit = getattr(bot.backend, "context_length", None)
    prompt = messages(bot, question, given, shown)
    if count is None or limit is None:
        return prompt, 0
    room = int(limit) - bot.config.max_new_tokens - 8
    if count(prompt) <= room:
        return prompt, 0

    def plain(q: str, s: list[int]) -> list[dict[str, str]]:  # no worked examples
        m = messages(bot, q, given, s)
        return [m[0], m[-1]]

    trimmed = 0
    prompt = plain(question, shown)
    while len(shown) > 1 and count(prompt) > room:
        shown = shown[:-1]
        trimmed += 1
        prompt = plain(question, shown)
    if count(prompt) > room:  # even one fact is too long: cut the question itself
        budget = max(32, room - count(plain("", shown)))
        prompt = plain(question[: budget * 3], shown)
    return prompt, trimmed
