"""What the own graphs' RDF/XML ``*_make.py`` scripts share: triples grouped by subject in the
order first stated, written as typed node elements (a subject's class as its element name),
with nested blank nodes (:class:`RdfXmlDoc`).

>>> import tempfile
>>> from pathlib import Path
>>> d = RdfXmlDoc({"ex": "http://ex.org/"})
>>> d.typ("http://ex.org/a", "ex:Thing")
>>> d.lit("http://ex.org/a", "ex:name", "A & B", lang="en")
>>> d.blank("http://ex.org/a", "ex:part", "ex:Part", [("ex:name", "plain", "p", "")])
>>> d.count()  # the type, the name, the link, the part's type and its name
5
>>> out = Path(tempfile.mkdtemp()) / "t.rdf"
>>> d.write(out)
>>> print(out.read_text(), end="")
<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF
    xmlns:ex="http://ex.org/">
  <ex:Thing rdf:about="http://ex.org/a">
    <ex:name xml:lang="en">A &amp; B</ex:name>
    <ex:part>
      <ex:Part>
        <ex:name>p</ex:name>
      </ex:Part>
    </ex:part>
  </ex:Thing>
</rdf:RDF>
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

Body = list[tuple[str, str, object, str]]


class RdfXmlDoc:
    """Triples grouped by subject; a blank node a nested list of (property, kind, value, extra)."""

    def __init__(self, namespaces: dict[str, str]) -> None:
        self.namespaces = namespaces
        self.types: dict[str, str] = {}
        self.props: dict[str, Body] = {}

    def typ(self, s: str, t: str) -> None:
        self.types.setdefault(s, t)
        self.props.setdefault(s, [])

    def iri(self, s: str, p: str, o: str) -> None:
        self.props.setdefault(s, []).append((p, "iri", o, ""))

    def lit(self, s: str, p: str, o: str, lang: str = "", dtype: str = "") -> None:
        kind = "lang" if lang else ("typed" if dtype else "plain")
        self.props.setdefault(s, []).append((p, kind, o, lang or dtype))

    def blank(self, s: str, p: str, t: str, body: Body) -> None:
        self.props.setdefault(s, []).append((p, "blank", body, t))

    def count(self) -> int:
        def cnt(body: Body) -> int:
            total = 0
            for _p, kind, o, _e in body:
                total += 1 + (1 + cnt(o) if kind == "blank" else 0)  # type: ignore[arg-type]
            return total

        return sum(cnt(v) + (1 if k in self.types else 0) for k, v in self.props.items())

    def _lines(self, body: Body, pad: str) -> list[str]:
        out = []
        for p, kind, o, extra in body:
            if kind == "iri":
                out.append(f"{pad}<{p} rdf:resource={quoteattr(str(o))}/>")
            elif kind == "lang":
                out.append(f'{pad}<{p} xml:lang="{extra}">{escape(str(o))}</{p}>')
            elif kind == "typed":
                out.append(f"{pad}<{p} rdf:datatype={quoteattr(extra)}>{escape(str(o))}</{p}>")
            elif kind == "plain":
                out.append(f"{pad}<{p}>{escape(str(o))}</{p}>")
            else:
                out.append(f"{pad}<{p}>")
                out.append(f"{pad}  <{extra}>")
                out += self._lines(o, pad + "    ")  # type: ignore[arg-type]
                out.append(f"{pad}  </{extra}>")
                out.append(f"{pad}</{p}>")
        return out

    def write(self, path: Path) -> None:
        lines = ['<?xml version="1.0" encoding="utf-8"?>', "<rdf:RDF"]
        lines += [f'    xmlns:{p}="{u}"' for p, u in self.namespaces.items()]
        lines[-1] += ">"
        for s in sorted(self.props):
            t = self.types.get(s, "rdf:Description")
            lines.append(f"  <{t} rdf:about={quoteattr(s)}>")
            lines += self._lines(self.props[s], "    ")
            lines.append(f"  </{t}>")
        lines.append("</rdf:RDF>")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
