# ruff: noqa: E501  (one SPARQL query a line)
"""Print gigs.jsonl: each question with its gold answers computed by SPARQL over gigs/*.jsonld.

rdflib reads the two files with every context named by a string replaced by schema.org's
vocabulary (no network), and ``https://schema.org/`` terms are folded onto ``http://`` so one
query reads both files. An entity's answer is its name: the English one where it has names by
language, else the one its own page gives (``http://schema.org/name``), else any.
Run from the repository root: ``python bench/data/own/gigs_answers.py > bench/data/own/gigs.jsonl``.
"""

import json
from pathlib import Path

import rdflib
from _answers_common import print_answers

HERE = Path(__file__).parent / "gigs"
HTTPS, HTTP = "https://schema.org/", "http://schema.org/"


def _inline(node):
    if isinstance(node, list):
        return [_inline(x) for x in node]
    if isinstance(node, dict):
        return {
            k: ({"@vocab": HTTP} if k == "@context" and isinstance(v, str) else _inline(v))
            for k, v in node.items()
        }
    return node


def _fold(term):
    if isinstance(term, rdflib.URIRef) and str(term).startswith(HTTPS):
        return rdflib.URIRef(HTTP + str(term)[len(HTTPS) :])
    return term


raw = rdflib.Graph()
for f in ("venues.jsonld", "events.jsonld"):
    raw.parse(data=json.dumps(_inline(json.loads((HERE / f).read_text()))), format="json-ld")
g = rdflib.Graph()
own_names = set()  # (subject, name) from the venue pages (http) rather than the listing (https)
for s, p, o in raw:
    if str(p) in (HTTP + "name", HTTPS + "name"):  # a listing's trailing spaces
        o = rdflib.Literal(str(o).strip(), lang=o.language)
    if str(p) == HTTP + "name":
        own_names.add((s, str(o)))
    g.add((_fold(s), _fold(p), _fold(o)))
S = rdflib.Namespace(HTTP)


def label(term):
    if isinstance(term, rdflib.Literal):
        return str(term).strip()
    names = list(g.objects(term, S.name))
    en = [n for n in names if getattr(n, "language", None) == "en"]
    own = [n for n in names if (term, str(n)) in own_names]
    pick = en or own or names
    assert pick, term
    return str(sorted(pick)[0]).strip()


P = "PREFIX s: <http://schema.org/>\n"
Q = [
    (
        "where is the Elbklang Swing concert?",
        "1hop",
        "SELECT ?a WHERE {?e s:name 'Elbklang Swing'; s:location ?a}",
    ),
    (
        "when does Aurora spielt Mozart start",
        "literal",
        "SELECT ?a WHERE {?e s:name 'Aurora spielt Mozart'; s:startDate ?a}",
    ),
    (
        "Who founded Spreewelle Live?",
        "1hop",
        "SELECT ?a WHERE {?e s:name 'Spreewelle Live'; s:founder ?a}",
    ),
    (
        "what genre is joana ferreira",
        "1hop",
        "SELECT ?a WHERE {?e s:name 'Joana Ferreira'; s:genre ?a}",
    ),
    (
        "who organises Pilgrims & Kalinka?",
        "1hop",
        "SELECT ?a WHERE {?e s:name 'Pilgrims & Kalinka'; s:organizer ?a}",
    ),
    (
        "What's the phone number of Columbiahalle?",
        "1hop",
        "SELECT ?a WHERE {?e s:name 'Columbiahalle'; s:telephone ?a}",
    ),
    (
        "which city is Täubchenthal in",
        "1hop",
        "SELECT ?a WHERE {?e s:name 'Täubchenthal'; s:address/s:addressLocality ?a}",
    ),
    (
        "where was Kraniche im Nebel founded?",
        "1hop",
        "SELECT ?a WHERE {?e s:name 'Kraniche im Nebel'; a s:MusicGroup; s:foundingLocation ?a}",
    ),
    (
        "When was DJ Kalinka born",
        "literal",
        "SELECT ?a WHERE {?e s:name 'DJ Kalinka'; s:birthDate ?a}",
    ),
    (
        "what nationality is Lina Sørensen?",
        "1hop",
        "SELECT ?a WHERE {?e s:name 'Lina Sørensen'; s:nationality ?a}",
    ),
    (
        "Who performs at Fado trifft Oud?",
        "1hop",
        "SELECT ?a WHERE {?e s:name 'Fado trifft Oud'; s:performer ?a}",
    ),
    (
        "what's the parent company of Spreewelle Live",
        "1hop",
        "SELECT ?a WHERE {?e s:name 'Spreewelle Live'; s:parentOrganization ?a}",
    ),
    (
        "when was Rheinschall Events founded",
        "literal",
        "SELECT ?a WHERE {?e s:name 'Rheinschall Events'; s:foundingDate ?a}",
    ),
    (
        "What is the postcode of the Elbphilharmonie?",
        "1hop",
        "SELECT ?a WHERE {?e s:alternateName 'Elphi'; s:address/s:postalCode ?a}",
    ),
    (
        "what are the opening hours of the Gewandhaus",
        "1hop",
        "SELECT ?a WHERE {?e s:alternateName 'Gewandhaus'; s:openingHours ?a}",
    ),
    (
        "what is Anna Gruber's role in Die Blechstadt?",
        "2hop",
        "SELECT ?a WHERE {?b s:name 'Die Blechstadt'; s:member ?r . ?r s:member/s:name 'Anna Gruber'; s:roleName ?a}",
    ),
    (
        "which concerts are at Huxleys Neue Welt?",
        "1hop_inverse",
        "SELECT DISTINCT ?a WHERE {?v s:name 'Huxleys Neue Welt' . ?a s:location ?v}",
    ),
    (
        "what events does Limmat Live organize",
        "1hop_inverse",
        "SELECT DISTINCT ?a WHERE {?o s:name 'Limmat Live AG' . ?a s:organizer ?o}",
    ),
    (
        "who are the members of Nachtfalter Quartett",
        "1hop",
        "SELECT ?a WHERE {?b s:name 'Nachtfalter Quartett'; a s:MusicGroup; s:member/s:member ?a}",
    ),
    (
        "which band was founded in Wien",
        "1hop_inverse",
        "SELECT ?a WHERE {?a a s:MusicGroup; s:foundingLocation/s:name 'Wien'}",
    ),
    (
        "Who works for Donauklang?",
        "1hop_inverse",
        "SELECT ?a WHERE {?o s:alternateName 'Donauklang' . ?a s:worksFor ?o}",
    ),
    (
        "which venues are in Leipzig",
        "1hop_inverse",
        "SELECT DISTINCT ?a WHERE {?a a s:MusicVenue; s:address/s:addressLocality 'Leipzig'}",
    ),
    (
        "who was born in 1986",
        "1hop_inverse",
        "SELECT ?a WHERE {?a s:birthDate ?d FILTER(STRSTARTS(STR(?d), '1986'))}",
    ),
    (
        "what city is the Joana Ferreira – Saudade concert in",
        "2hop",
        "SELECT DISTINCT ?a WHERE {?e s:name 'Joana Ferreira – Saudade'; s:location/s:address/s:addressLocality ?a}",
    ),
    (
        "who founded the company organising Elbklang Swing?",
        "2hop",
        "SELECT ?a WHERE {?e s:name 'Elbklang Swing'; s:organizer/s:founder ?a}",
    ),
    (
        "when was the band playing Blech im Schnee founded",
        "2hop",
        "SELECT ?a WHERE {?e s:name 'Blech im Schnee'; s:performer/s:foundingDate ?a}",
    ),
    (
        "phone number of the venue where Sonic Pilgrims Live takes place?",
        "2hop",
        "SELECT ?a WHERE {?e s:name 'Sonic Pilgrims Live'; s:location/s:telephone ?a}",
    ),
    (
        "which venues does Kasia & the Wolves play at",
        "2hop",
        "SELECT DISTINCT ?a WHERE {?k s:name 'Kasia & the Wolves'; a s:MusicGroup . ?e s:performer ?k; s:location ?a}",
    ),
    (
        "how is the venue of Swing Night mit dem Mondscheinorchester rated",
        "2hop",
        "SELECT ?a WHERE {?e s:name 'Swing Night mit dem Mondscheinorchester'; s:location/s:aggregateRating/s:ratingValue ?a}",
    ),
    (
        "which venues host Elbklang Festival 2025 concerts",
        "2hop",
        "SELECT DISTINCT ?a WHERE {?f s:name 'Elbklang Festival 2025'@en . ?e s:superEvent ?f; s:location ?a}",
    ),
    (
        "what country is Tonhalle Zürich in?",
        "1hop",
        "SELECT ?a WHERE {?v s:name 'Tonhalle Zürich'@de; s:address/s:addressCountry ?a}",
    ),
    (
        "Who sings in the band playing Elbklang Finale?",
        "3hop",
        "SELECT ?a WHERE {?e s:name 'Elbklang Finale: Kraniche im Nebel'; s:performer/s:member ?r . ?r s:roleName 'Gesang'; s:member ?a}",
    ),
    (
        "in which city is the promoter of Blech im Schnee based",
        "3hop",
        "SELECT ?a WHERE {?e s:name 'Blech im Schnee'; s:organizer/s:address/s:addressLocality ?a}",
    ),
    (
        "what are the postcodes of the venues of the Winterklang Wien 2025 festival",
        "3hop",
        "SELECT DISTINCT ?a WHERE {?f s:name 'Winterklang Wien 2025'@de . ?e s:superEvent ?f; s:location/s:address/s:postalCode ?a}",
    ),
    (
        "which concerts at the Elbphilharmonie are part of the Elbklang Festival 2025",
        "conjunction",
        "SELECT DISTINCT ?a WHERE {?v s:alternateName 'Elphi' . ?f s:name 'Elbklang Festival 2025'@en . ?a s:superEvent ?f; s:location ?v}",
    ),
    (
        "which artists played both the Mojo Club and the Elbphilharmonie",
        "conjunction",
        "SELECT DISTINCT ?a WHERE {?v s:alternateName 'Elphi' . ?m s:name 'Mojo Club' . ?e1 s:location ?v; s:performer ?a . ?e2 s:location ?m; s:performer ?a}",
    ),
    (
        "who played drums in Velvet Tramlines",
        "conjunction",
        "SELECT ?a WHERE {?b s:name 'Velvet Tramlines'; a s:MusicGroup; s:member ?r . ?r s:roleName 'drums'; s:member ?a}",
    ),
    (
        "which Kraniche im Nebel concerts are in Hamburg",
        "conjunction",
        "SELECT DISTINCT ?a WHERE {?k s:name 'Kraniche im Nebel'; a s:MusicGroup . ?a s:performer ?k; s:location/s:address/s:addressLocality 'Hamburg'}",
    ),
    (
        "who's headlining Velvet Tramlines – Live in Wien",
        "synonym",
        "SELECT ?a WHERE {?e s:name 'Velvet Tramlines – Live in Wien'; s:performer ?a}",
    ),
    (
        "how much are tickets for DJ Kalinka – All Night Long?",
        "synonym",
        "SELECT ?a WHERE {?e s:name 'DJ Kalinka – All Night Long'; s:offers/s:price ?a}",
    ),
    (
        "when do doors open for sonic pilgrims live",
        "synonym",
        "SELECT ?a WHERE {?e s:name 'Sonic Pilgrims Live'; s:doorTime ?a}",
    ),
    (
        "who set up Nordlicht Konzerte",
        "synonym",
        "SELECT ?a WHERE {?e s:alternateName 'Nordlicht Konzerte'; s:founder ?a}",
    ),
    (
        "where's the Neujahrskonzert mit Ensemble Aurora held",
        "synonym",
        "SELECT ?a WHERE {?e s:name 'Neujahrskonzert mit Ensemble Aurora'; s:location ?a}",
    ),
    (
        "street address of the Elphi?",
        "alias",
        "SELECT ?a WHERE {?e s:alternateName 'Elphi'; s:address/s:streetAddress ?a}",
    ),
    (
        "when was KiN founded",
        "alias",
        "SELECT ?a WHERE {?e s:alternateName 'KiN'; s:foundingDate ?a}",
    ),
    (
        "what kind of music does Aleksandra Kalinowska play",
        "alias",
        "SELECT ?a WHERE {?e s:alternateName 'Aleksandra Kalinowska'; s:genre ?a}",
    ),
    (
        "when was Elodie Marchand born",
        "typo",
        "SELECT ?a WHERE {?e s:name 'Élodie Marchand'; a s:Person; s:birthDate ?a}",
    ),
    (
        "phone number of Tonhale Zurich",
        "typo",
        "SELECT ?a WHERE {?v s:name 'Tonhalle Zürich'@de; s:telephone ?a}",
    ),
    (
        "who is in Sonic Pilgrim",
        "typo",
        "SELECT ?a WHERE {?b s:name 'Sonic Pilgrims'; a s:MusicGroup; s:member/s:member ?a}",
    ),
    (
        "what rating does Paradiso have",
        "literal",
        "SELECT ?a WHERE {?v s:name 'Paradiso'; s:aggregateRating/s:ratingValue ?a}",
    ),
    (
        "how many reviews does Arena Wien have?",
        "literal",
        "SELECT ?a WHERE {?v s:name 'Arena Wien'; s:aggregateRating/s:reviewCount ?a}",
    ),
    ("where was Mehmet Aydin born", "unanswerable", "SELECT ?a WHERE {?e s:birthPlace ?a}"),
    (
        "what is the capacity of Huxleys Neue Welt",
        "unanswerable",
        "SELECT ?a WHERE {?v s:name 'Huxleys Neue Welt'; s:maximumAttendeeCapacity ?a}",
    ),
    (
        "who designed the Elbphilharmonie",
        "unanswerable",
        "SELECT ?a WHERE {?e s:architect|s:creator|s:designer ?a}",
    ),
    (
        "what record label are Velvet Tramlines signed to",
        "unanswerable",
        "SELECT ?a WHERE {?e s:recordLabel ?a}",
    ),
]

if __name__ == "__main__":
    print_answers(
        Q, lambda query: {label(r[0]) for r in g.query(P + query)}, none_unanswerable=True
    )
