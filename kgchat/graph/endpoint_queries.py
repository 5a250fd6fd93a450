"""The SPARQL that :class:`kgchat.graph.endpoint.SparqlGraph` sends, and the mapping between
endpoint terms and kgchat's term keys.

Keys are those of the local loader: an IRI as itself, a plain-file id (``Alan_PULIDO``) as the
IRI ``urn:kgchat:Alan_PULIDO`` (as :mod:`kgchat.graph.sparql` maps them), a literal in N-Triples
form (``"32"^^<http://www.w3.org/2001/XMLSchema#integer>``, ``"Aspirin"@en``). A blank node
cannot be named in a later query (its label is scoped to one result set), so blank nodes are left
out of the facts and end a walk.

Every query is a SELECT; every node list is a ``VALUES`` block, so one request serves a batch.

Examples
--------
>>> term("Alan_PULIDO"), term("http://ex.org/a")
('<urn:kgchat:Alan_PULIDO>', '<http://ex.org/a>')
>>> key({"type": "uri", "value": "urn:kgchat:Alan_PULIDO"})
'Alan_PULIDO'
>>> key({"type": "literal", "value": "32",
...      "datatype": "http://www.w3.org/2001/XMLSchema#integer"})
'"32"^^<http://www.w3.org/2001/XMLSchema#integer>'
>>> key({"type": "literal", "value": "Aspirin", "xml:lang": "en"})
'"Aspirin"@en'
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote, unquote

from kgchat.graph import vocab
from kgchat.graph.sparql import IRI_SCHEME, URN
from kgchat.graph.vocab import RDF_TYPE

__all__ = [
    "batch_query",
    "edges_query",
    "key",
    "language_filter",
    "names_query",
    "restriction_parts",
    "term",
    "values",
]

_IRI_SAFE = "/:#?&=;@!$'()*+,~%[]-._"
_FILLERS = {
    vocab.OWL + "someValuesFrom": 1,
    vocab.OWL + "onClass": 1,
    vocab.OWL + "allValuesFrom": 2,
    vocab.OWL + "hasValue": 3,
}
FILLER_KIND = _FILLERS  #: restriction filler predicate -> edge kind (index of EDGE_KINDS)


def term(node: str) -> str:
    """The SPARQL term of a key (IRI, plain id or N-Triples literal)."""
    if node.startswith('"'):
        return node  # N-Triples literal syntax is SPARQL's
    if IRI_SCHEME.match(node) and " " not in node:
        return "<" + quote(node, safe=_IRI_SAFE) + ">"
    return "<" + URN + quote(node) + ">"


def key(binding: dict[str, str]) -> str:
    """The key of one SPARQL JSON result term (``{"type", "value", ...}``)."""
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return unquote(value[len(URN) :]) if value.startswith(URN) else value
    if kind in ("literal", "typed-literal"):
        import pyoxigraph as ox

        lang, dt = binding.get("xml:lang"), binding.get("datatype")
        if lang:
            return str(ox.Literal(value, language=lang))
        if dt:
            return str(ox.Literal(value, datatype=ox.NamedNode(dt)))
        return str(ox.Literal(value))
    return "_:" + value


def values(var: str, nodes: Iterable[str]) -> str:
    """A ``VALUES ?var { ... }`` block."""
    return f"VALUES ?{var} {{ {' '.join(term(n) for n in nodes)} }}"


def edges_query(
    nodes: list[str],
    skip: Iterable[str],
    limit: int,
    restrictions: bool,
    direction: str = "both",
    offset: int = 0,
    families: dict[str, list[str]] | None = None,
) -> str:
    """The edges at ``nodes`` in ``direction`` (``?d`` 1 forward, 0 backward; ``?k`` 0 for an
    asserted edge, or the filler predicate of an OWL restriction's edge), predicates in ``skip``
    left out (names, schema, OWL structure: never facts). ``families`` (preferred language's
    predicate -> the other languages', see :mod:`kgchat.graph.languages`) leaves out another
    language's value of a subject that has the preferred one, as the local loader does.
    """
    out, inn = direction in ("out", "both"), direction in ("in", "both")
    asserted = _asserted(out, inn, skip, families or {})
    restricted = restriction_parts(out, inn) if restrictions else []
    tail = f"LIMIT {limit}" + (f" OFFSET {offset}" if offset else "")
    body = "\nUNION ".join([f"{{ {a}BIND(0 AS ?k) }}" for a in asserted] + restricted)
    return (
        f"SELECT ?n ?p ?x ?d ?k WHERE {{ {values('n', nodes)}\n{body}\n"
        f"FILTER(!isBlank(?x)) }} {tail}"
    )


def _asserted(
    out: bool, inn: bool, skip: Iterable[str], families: dict[str, list[str]]
) -> list[str]:
    """The asserted-edge pattern of each direction asked (without braces)."""
    skipped = ", ".join(term(p) for p in sorted(skip))
    not_in = f"FILTER(?p NOT IN ({skipped}))" if skipped else ""
    parts = []
    if out:
        parts.append(f"?n ?p ?x . BIND(1 AS ?d) {not_in} {language_filter('n', families)}")
    if inn:
        parts.append(f"?x ?p ?n . BIND(0 AS ?d) {not_in} {language_filter('x', families)}")
    return parts


def batch_query(
    nodes: list[str],
    cap: int,
    skip: Iterable[str],
    restrictions: bool,
    families: dict[str, list[str]] | None = None,
    *,
    limit: int,
    capped_out: bool = False,
) -> str:
    """One request for a batch's edges, no node costing more than ``cap + 1`` rows a direction
    (the extra row says it was capped): each node's in-edges are a subquery of their own with
    that ``LIMIT`` (hubs are in-edges: a city everyone was born in, a year, a class), the
    out-edges of the IRIs one ``VALUES`` block (a subquery each with ``capped_out``, for a
    batch whose out-edges passed ``limit``), restriction edges of every node when
    ``restrictions``; the whole under ``LIMIT limit``.

    Rows are narrow, and say their direction by the variables they bind: an out-edge
    ``?n ?p ?o``; an in-edge of ``nodes[i]`` ``?p ?s<i>`` (the node is the variable's number,
    not a binding of its own); a restriction's edge ``?n ?p ?x ?d ?k`` as in
    :func:`edges_query` (:func:`~kgchat.graph.endpoint_rows.read_edges` reads all three). On a
    10M-triple Oxigraph store the same edges came 31% faster so (18 against 27 us a row, 144
    against 377 bytes of JSON) than with the five bindings of every row.

    The subqueries name their node as a constant, not in a ``VALUES`` of one, and leave the
    skipped predicates to the caller (:func:`~kgchat.graph.endpoint_rows.edges_of` drops
    them): both ways made Oxigraph twice as slow. Counting each node's edges first instead
    costs time in proportion to a hub's degree (130 ms a batch at 10M triples).

    >>> q = batch_query(["http://ex.org/a", '"7"'], 300, [], False, limit=50000)
    >>> q.count("LIMIT 301"), q.count("VALUES ?n"), q.split("WHERE")[0]
    (2, 1, 'SELECT ?n ?p ?o ?s0 ?s1 ')
    """
    fam = families or {}
    iris = [n for n in nodes if not n.startswith('"')]
    skipped = ", ".join(term(p) for p in sorted(skip))
    not_in = f"FILTER(?p NOT IN ({skipped})) " if skipped else ""
    groups = []
    if iris and not capped_out:
        groups.append(
            f"{{ {values('n', iris)} ?n ?p ?o . {not_in}{language_filter('n', fam)}"
            "FILTER(!isBlank(?o)) }"
        )
    for i, node in enumerate(nodes):
        t, s = term(node), f"s{i}"
        if capped_out and not node.startswith('"'):
            groups.append(
                f"{{ SELECT ?n ?p ?o WHERE {{ BIND({t} AS ?n) {t} ?p ?o . "
                f"{language_filter('n', fam)}FILTER(!isBlank(?o)) }} LIMIT {cap + 1} }}"
            )
        groups.append(
            f"{{ SELECT ?p ?{s} WHERE {{ ?{s} ?p {t} . {language_filter(s, fam)}"
            f"FILTER(!isBlank(?{s})) }} LIMIT {cap + 1} }}"
        )
    head = "?n ?p ?o " + "".join(f"?s{i} " for i in range(len(nodes)))
    if restrictions and nodes:
        body = " UNION ".join(restriction_parts(True, True))
        groups.append(f"{{ {values('n', nodes)} {body} FILTER(!isBlank(?x)) }}")
        head += "?x ?d ?k "
    return f"SELECT {head}WHERE {{\n" + "\nUNION ".join(groups) + f"\n}} LIMIT {limit}"


def restriction_parts(out: bool, inn: bool) -> list[str]:
    """The SPARQL group patterns that read OWL restrictions as edges: C subClassOf
    [onProperty p; someValuesFrom D] is the edge C -p-> D (kind "some"); ``out`` / ``inn``:
    the edges from ``?n`` / into it (one group each).

    >>> len(restriction_parts(True, True)), len(restriction_parts(False, True))
    (2, 1)
    """
    # out of ``?n``, the links a VALUES, not a path's alternation ``?n (a|b|c) ?r``: Oxigraph
    # matched that from its unbound end, 5.6 s against 0.05 s for 200 nodes of the W3C OWL
    # Guide's wine ontology (the same 24 rows); into ``?n`` the alternation is the faster
    # (0.04 s against 4.7 s: its filler end is bound)
    links = (vocab.RDFS_SUBCLASS, vocab.OWL_EQUIVALENT_CLASS, RDF_TYPE)
    up, path = " ".join(map(term, links)), "|".join(map(term, links))
    fill = " ".join(term(f) for f in _FILLERS)
    on = term(vocab.OWL + "onProperty")
    parts = []
    if out:
        parts.append(
            f"{{ ?n ?u ?r . VALUES ?u {{ {up} }} ?r {on} ?p ; ?f ?x . VALUES ?f {{ {fill} }} "
            "FILTER(isBlank(?r) && !isBlank(?x)) BIND(1 AS ?d) BIND(?f AS ?k) }"
        )
    if inn:
        parts.append(
            f"{{ ?x ({path}) ?r . ?r {on} ?p ; ?f ?n . VALUES ?f {{ {fill} }} "
            "FILTER(isBlank(?r) && !isBlank(?x)) BIND(0 AS ?d) BIND(?f AS ?k) }"
        )
    return parts


def language_filter(subject: str, families: dict[str, list[str]]) -> str:
    """A filter on an edge ``?subject ?p ?x`` that drops a language family's other-language
    value when ``?subject`` has the preferred one (one ``NOT EXISTS`` per family, evaluated only
    for those predicates); empty without families.

    >>> language_filter("n", {"x:nameEN": ["x:nameIT"]})
    'FILTER(?p NOT IN (<x:nameIT>) || NOT EXISTS { ?n <x:nameEN> ?lang0 }) '
    """
    return "".join(
        f"FILTER(?p NOT IN ({', '.join(term(o) for o in others)}) || "
        f"NOT EXISTS {{ ?{subject} {term(preferred)} ?lang{i} }}) "
        for i, (preferred, others) in enumerate(sorted(families.items()))
    )


def names_query(nodes: list[str], predicates: Iterable[str]) -> str:
    """The literal values of the naming predicates (labels, aliases, descriptions) at ``nodes``.

    The predicates go in a ``FILTER(?p IN ...)``: a second ``VALUES`` block made Oxigraph 60x
    slower (3 s for 500 nodes)."""
    listed = ", ".join(term(p) for p in sorted(predicates)) or term(vocab.RDFS_LABEL)
    return (
        f"SELECT ?n ?p ?l WHERE {{ {values('n', nodes)} ?n ?p ?l "
        f"FILTER(isLiteral(?l) && ?p IN ({listed})) }}"
    )


def sample_query(predicates: list[str], per: int) -> str:
    """Up to ``per`` triples of each predicate (for reading their roles from the data)."""
    parts = [
        f"{{ SELECT ?s ?o ({term(p)} AS ?p) WHERE {{ ?s {term(p)} ?o }} LIMIT {per} }}"
        for p in predicates
    ]
    return "SELECT ?s ?p ?o WHERE {\n" + "\nUNION ".join(parts) + "\n}"
