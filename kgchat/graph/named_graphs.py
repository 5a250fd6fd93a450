"""A named graph that the data describes is about what its statements state things of.

A quad syntax (TriG, N-Quads) puts statements in named graphs, and kgchat merges them: each
statement is one fact whichever graph holds it. Where the data also describes a graph, its IRI
a node (a nanopublication's ``np:hasAssertion <np#assertion>``, and its provenance saying
``<np#assertion> prov:wasAttributedTo <orcid>``), the merge loses what ties the claim to the
description: who asserted that CFTR is associated with cystic fibrosis is said of the graph
that holds that statement. :class:`NamedGraphs` keeps that tie as facts ``<graph> schema:about
<root>``, one for each root of the graph's statements: a subject that no statement of the graph
has as its object (the association node of a DisGeNET claim, the gene of a BioLink one), not a
blank node and not the graph itself. The roots only, not every term mentioned: the claim's
gene and disease stay one hop further on, so the graph is no hub between them. Nor is the
graph an unnamed junction between a statement and its description: the walk pays the hop from
a statement into its graph (:data:`INTO_GRAPH`), so that the asserting person two hops from a
gene does not outscore the gene's own disease, one free hop through its association.

Only small graphs (:data:`MAX_STATEMENTS`) are read so: a claim, a record's provenance. A large
named graph is a dataset (a whole source loaded into one graph), described, if at all, as a
dataset, and about everything it holds. Files of more than :data:`MAX_QUADS` quads are not
read so (the terms seen are held to tell whether a graph is described).

Examples
--------
>>> g = NamedGraphs()
>>> g.add("http://x/np#a", "http://x/assoc1", "http://x/CFTR")
>>> g.add("http://x/np#a", "http://x/CFTR", "http://x/Gene")
>>> g.add("http://x/np#p", "http://x/np#a", "https://orcid.org/1")
>>> g.add(None, "http://x/np", "http://x/np#a")
>>> g.links()  # (np#p: no statement holds it as a term)
['http://x/np#a', 'http://schema.org/about', 'http://x/assoc1']
"""

from __future__ import annotations

__all__ = ["ABOUT", "INTO_GRAPH", "MAX_QUADS", "MAX_STATEMENTS", "NamedGraphs"]

#: the relation from a described named graph to each root of its statements
ABOUT = "http://schema.org/about"

#: the step from a statement back into the graph that holds it (a walk's hop: relation,
#: forwards). The graph is a thing of its own, not a junction walked through for free: what
#: its description says (who asserted it, when it was published, what it was derived from)
#: is said of the statement, and answers "What diseases is PCSK9 associated with?" no more
#: than any other fact two hops away does (``GraphReading.junction_hops``, kgchat.retrieval)
INTO_GRAPH = (ABOUT, False)

#: the most statements a named graph may hold and be read as a statement's graph
MAX_STATEMENTS = 64

#: the most quads a file may hold for its named graphs to be read so
MAX_QUADS = 2_000_000


class NamedGraphs:
    """The statements of each small named graph of a quad file, and the terms the file's
    statements hold, gathered quad by quad (:meth:`add`) for :meth:`links`."""

    def __init__(self) -> None:
        self.graphs: dict[str, list[tuple[str, str]] | None] = {}
        self.terms: set[str] = set()
        self.quads = 0

    def add(self, graph: str | None, s: str, o: str) -> None:
        """One quad: ``graph`` the IRI of its named graph (None: the default graph)."""
        self.quads += 1
        if self.quads > MAX_QUADS:
            self.graphs.clear()
            self.terms.clear()
            return
        self.terms.add(s)
        self.terms.add(o)
        if graph is None:
            return
        held = self.graphs.setdefault(graph, [])
        if held is None:
            return
        if len(held) >= MAX_STATEMENTS:
            self.graphs[graph] = None  # a dataset, not a statement
            return
        held.append((s, o))

    def links(self) -> list[str]:
        """The keys of the facts ``<graph> schema:about <root>``, flat (subject, predicate,
        object, ...), for each small named graph that a statement of the file holds as a term."""
        out: list[str] = []
        if self.quads > MAX_QUADS:
            return out
        for graph, held in self.graphs.items():
            if held is None or graph not in self.terms:
                continue
            objects = {o for _, o in held}
            roots = dict.fromkeys(
                s for s, _ in held if s not in objects and s != graph and not s.startswith("_:")
            )
            for root in roots:
                out += (graph, ABOUT, root)
        return out
