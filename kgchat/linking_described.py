"""Names no label or alias holds, found where an entity's own description says them first
("the White Album" for "The Beatles (album)"), misspelt too: :class:`DescribedNames`, a mixin
of :class:`~kgchat.linking.EntityLinker`.
"""

from __future__ import annotations

from itertools import islice, product
from typing import Any

from rapidfuzz.distance import OSA

from kgchat.lead_names import LeadNames, name_runs
from kgchat.mention import Mention
from kgchat.name_table import PARTIAL, misspelt_score

__all__ = ["DescribedNames"]

_SPELLINGS = 8  # spellings of a misspelt name tried in descriptions


class DescribedNames:
    """Mentions from descriptions (a mixin: the class using it sets ``config``, ``names`` (its
    name table) and ``_leads``, a :class:`~kgchat.lead_names.LeadNames` or None)."""

    config: Any
    names: Any
    _leads: LeadNames | None

    def _described(
        self, question: str, toks: list[str], mentions: list[Mention], unknown: list[bool]
    ) -> list[Mention]:
        """Names no label or alias holds, found where a description names its own subject
        (:mod:`kgchat.lead_names`): a run of two or more words written as names that no
        entity mention touches (:func:`~kgchat.lead_names.name_runs`), its misspelt words
        forgiven as in a name ("Frrokh Bulsara"). A class word inside the run is part of the
        name, not a class mention."""
        if self._leads is None or not self.config.described:
            return mentions
        covered = {i for m in mentions if not m.is_class for i in range(m.start, m.end)}
        added: list[Mention] = []
        for a, b in name_runs(question, toks, covered):
            text = " ".join(toks[a:b])
            nodes, score = self._leads.find(toks[a:b]), PARTIAL
            if not nodes and self.config.typos and any(unknown[a:b]):
                nodes, made = self._respelt(self._leads, toks[a:b], unknown[a:b])
                score = misspelt_score(PARTIAL, made, len(text))
            nodes = nodes[: self.config.max_candidates]
            added += [Mention(text, a, b, n, score, "description") for n in nodes]
        if not added:
            return mentions
        inside = {(m.start, m.end) for m in added}
        kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in inside)]
        return sorted([*kept, *added], key=lambda m: (m.start, m.end))

    def _respelt(
        self, leads: LeadNames, words: list[str], unknown: list[bool]
    ) -> tuple[list[str], int]:
        """The entities a description names with ``words`` once their misspelt words (those
        :meth:`kgchat.name_table.NameTable.edits` allows edits) are spelt as the nearest words
        descriptions say after a name, and the edits made; the first few spellings are tried,
        in order."""
        edits = getattr(self.names, "edits", None)
        if edits is None:
            return [], 0
        options: list[list[tuple[str, int]]] = []
        for w, u in zip(words, unknown, strict=True):
            k = edits([w], [u])
            near = leads.spellings(w, k) if k else []
            d = OSA.distance(w, near[0]) if near else 0
            options.append([(x, d) for x in near] or [(w, 0)])
        for spelt in islice(product(*options), _SPELLINGS):
            if nodes := leads.find([w for w, _ in spelt]):
                return nodes, sum(d for _, d in spelt)
        return [], 0
