"""Text values a question quotes whole: a claim, a quotation, a slogan stored as a literal of
the thing it is the text of ("Who said that *the minimum wage has doubled since 2019*?", a
fact-check feed's ``schema:text`` of a claim with no name): :class:`StatementNames`, a mixin of
:class:`~kgchat.linking.EntityLinker`.

A literal of :data:`STATEMENT_WORDS` words or more (as written, apart) that names nothing is a
statement, not a name or a category (those are :mod:`kgchat.linking_values`'s, up to three
words). A question that holds all its words, in order and nothing between, says that very
text: its span links to the literal, as a value said links to its value, and takes the place
of the names inside it ("Port Calder" of "crime in Port Calder has tripled"), as a shorter
name gives way to a longer one.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from kgchat.graph import KnowledgeGraph
from kgchat.graph.literal_terms import parse_literal
from kgchat.text import tokens

__all__ = ["STATEMENT_WORDS", "StatementNames"]

# the fewest words of a statement: a clause (subject, verb, more), longer than the three words
# of a value linked as a category (kgchat.linking_values._VALUE_WORDS)
STATEMENT_WORDS = 5
_KEY = 2  # the leading words a statement is indexed by


class StatementNames:
    """Mentions of whole text values (a mixin: the class using it sets ``config`` and calls
    :meth:`_read_statements` once).

    >>> from kgchat.linking import EntityLinker
    >>> kg = KnowledgeGraph.from_triples([
    ...     ("c1", "text", '"The minimum wage has doubled since 2019."'),
    ...     ("c1", "author", "Dana_Hollis"),
    ... ])
    >>> [(m.text, m.method) for m in EntityLinker(kg).link(
    ...     "Who said the minimum wage has doubled since 2019?")]
    [('the minimum wage has doubled since 2019', 'statement')]
    """

    config: Any

    def _read_statements(self, kg: Any) -> None:
        """Index the graph's statements (literals of :data:`STATEMENT_WORDS` words or more) by
        their first words; a graph behind an endpoint would send every literal, so only one
        held in memory is read."""
        self._statements: dict[tuple[str, ...], list[tuple[tuple[str, ...], str]]] = defaultdict(
            list
        )
        if not isinstance(kg, KnowledgeGraph):
            return
        exact = getattr(getattr(self, "names", None), "exact", {})  # a long name is a name
        for key in kg.literals():
            text = parse_literal(key)[0]
            # words as written, apart: a code or an address in one ("ECLI:FI:KHO:2015:3",
            # "r.okafor@lists.example") is no statement, however many tokens it reads as
            if len(text.split()) < STATEMENT_WORDS:
                continue
            words = tuple(tokens(text))
            if " ".join(words) not in exact:
                self._statements[words[:_KEY]].append((words, key))

    def _quoted(self, toks: list[str], spans: list[Any]) -> list[Any]:
        """``spans`` with each statement the question quotes whole (the longest at a place),
        first, in place of the spans inside it; none taken where a span already covers the
        same words (a long name said)."""
        found = []
        for i in range(len(toks) - STATEMENT_WORDS + 1):
            said = [
                (len(w), key)
                for w, key in self._statements.get(tuple(toks[i : i + _KEY]), ())
                if tuple(toks[i : i + len(w)]) == w
            ]
            if said:
                n = max(n for n, _ in said)
                keys = [key for m, key in said if m == n][: self.config.max_candidates]
                found.append((i, i + n, keys, 1.0, "statement"))
        found = [f for f in found if not any(sp[0] == f[0] and sp[1] == f[1] for sp in spans)]
        inside = [sp for sp in spans if any(a <= sp[0] and sp[1] <= b for a, b, *_ in found)]
        # first, so that the greedy choice of non-overlapping spans keeps them
        return found + [sp for sp in spans if sp not in inside]
