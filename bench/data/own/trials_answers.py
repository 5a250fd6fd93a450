# ruff: noqa: E501  (one question a line)
"""Gold answers of ``trials.jsonl``, computed with rdflib SPARQL over ``trials.nq.gz`` (never with
kgchat), the union of its named graphs.

Each question is paired with the query whose result is its answer list. A trial answers by its
NCT number (``schema:identifier``), its acronym (``schema:alternateName``) and its brief title
(``schema:name``); a condition by its MeSH heading and entry terms (``skos:prefLabel``,
``skos:altLabel``); a drug by ``schema:name``, its generic and its brand names; an organisation by
``schema:name`` and ``schema:alternateName``; a phase by its label and its code; a status by the
schema.org IRI's local name, as written (``ActiveNotRecruiting``) and in words; "Is X still
recruiting?" by its status and by yes or no. "Which drugs are
tested" leaves the placebo out. Unanswerable questions carry no query and ``answers: []``. Run
from the repository root: ``python bench/data/own/trials_answers.py``.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from _answers_common import write_answers
from rdflib import Dataset

HERE = Path(__file__).parent
PRE = """PREFIX s: <http://schema.org/>
PREFIX l: <http://data.linkedct.org/resource/linkedct/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX mesh: <http://id.nlm.nih.gov/mesh/>
"""


def nct(var: str, number: str) -> str:
    return f'?{var} s:identifier "{number}" . '


def acr(var: str, acronym: str) -> str:
    return f'?{var} s:alternateName "{acronym}" . '


def trial_names(var: str) -> str:
    return f"{{ ?{var} s:identifier ?v }} UNION {{ ?{var} s:alternateName ?v }} UNION {{ ?{var} s:name ?v }}"


def cond(var: str, label: str) -> str:
    """?var: the MeSH descriptor with ``label`` as its heading or one of its entry terms."""
    return f'?{var} skos:prefLabel|skos:altLabel ?cl_{var} . FILTER(STR(?cl_{var}) = "{label}") '


def cond_names(var: str) -> str:
    return f"?{var} skos:prefLabel|skos:altLabel ?v . "


def drug(var: str, name: str) -> str:
    return f'?{var} a s:Drug ; s:name|s:nonProprietaryName|s:proprietaryName ?dn_{var} . FILTER(LCASE(?dn_{var}) = LCASE("{name}")) '


def drug_names(var: str, placebo: bool = True) -> str:
    out = f"?{var} s:name|s:nonProprietaryName|s:proprietaryName ?v . "
    return (
        out
        if placebo
        else out + f"FILTER(?{var} != <http://data.linkedct.org/resource/intervention/placebo>) "
    )


def org(var: str, name: str) -> str:
    return f'?{var} a s:Organization ; s:name|s:alternateName "{name}" . '


def org_names(var: str) -> str:
    return f"?{var} s:name|s:alternateName ?v . "


def status_names(var: str) -> str:
    """The status IRI's local name, and that name in words (``Active Not Recruiting``)."""
    return (
        f'?{var} s:status ?st . BIND(STRAFTER(STR(?st), "http://schema.org/") AS ?loc) VALUES ?form {{ 1 2 }} '
        'BIND(IF(?form = 1, ?loc, REPLACE(?loc, "([a-z])([A-Z])", "$1 $2")) AS ?v)'
    )


def sel(body: str) -> str:
    return f"SELECT DISTINCT ?v WHERE {{ {body} }}"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # --- one hop
    (
        "What phase is NCT03913675 in?",
        "1hop",
        sel(nct("t", "NCT03913675") + "?t s:phase/(skos:prefLabel|skos:notation) ?v"),
    ),
    (
        "Who is sponsoring the KEYTRI-HF trial?",
        "1hop",
        sel(acr("t", "KEYTRI-HF") + "?t s:sponsor ?o . " + org_names("o")),
    ),
    (
        "Is NCT05015017 still recruiting?",
        "1hop",
        sel(
            nct("t", "NCT05015017")
            + '{ ?t s:status ?s0 . BIND(IF(?s0 = s:Recruiting, "Yes", "No") AS ?v) } UNION { '
            + status_names("t")
            + " }"
        ),
    ),
    (
        "What's the recruitment status of the TRIFOC-CV study?",
        "1hop",
        sel(acr("t", "TRIFOC-CV") + status_names("t")),
    ),
    (
        "What condition is the PROPRO study looking at?",
        "1hop",
        sel(acr("t", "PROPRO") + "?t s:healthCondition ?c . " + cond_names("c")),
    ),
    (
        "What drug is being tested in NCT04947677?",
        "1hop",
        sel(nct("t", "NCT04947677") + "?t s:studySubject ?d . " + drug_names("d", placebo=False)),
    ),
    (
        "Who is the principal investigator of NCT02655153?",
        "1hop",
        sel(nct("t", "NCT02655153") + "?t l:overall_official/s:name ?v"),
    ),
    (
        "Which hospitals are taking part in NCT06485598?",
        "1hop",
        sel(nct("t", "NCT06485598") + "?t s:studyLocation/s:name ?v"),
    ),
    (
        "Who is collaborating on NCT01098590?",
        "1hop",
        sel(nct("t", "NCT01098590") + "?t l:collaborator ?o . " + org_names("o")),
    ),
    (
        "Which hospital does Marc Brennan work at?",
        "1hop",
        sel('?p s:name "Marc Brennan" ; s:affiliation/s:name ?v'),
    ),
    # --- literal values
    (
        "What is the minimum age to join NCT05506695?",
        "literal",
        sel(nct("t", "NCT05506695") + "?t l:minimum_age ?v"),
    ),
    (
        "How many participants is NCT06552501 enrolling?",
        "literal",
        sel(nct("t", "NCT06552501") + "?t l:enrollment ?v"),
    ),
    ("When did NCT04318788 start?", "literal", sel(nct("t", "NCT04318788") + "?t l:start_date ?v")),
    (
        "When is VIGMER-2 expected to reach primary completion?",
        "literal",
        sel(acr("t", "VIGMER-2") + "?t l:primary_completion_date ?v"),
    ),
    (
        "Can men enrol in NCT05015017 or is it women only?",
        "literal",
        sel(nct("t", "NCT05015017") + "?t l:gender ?v"),
    ),
    (
        "What is the NCT number of the AURPRO trial?",
        "literal",
        sel(acr("t", "AURPRO") + "?t s:identifier ?v"),
    ),
    # --- inverse
    (
        "Which trials are testing lecanemab?",
        "inverse",
        sel(drug("d", "lecanemab") + "?t s:studySubject ?d . " + trial_names("t")),
    ),
    (
        "Which studies does Caldera Biosciences sponsor?",
        "inverse",
        sel(org("o", "Caldera Biosciences") + "?t s:sponsor ?o . " + trial_names("t")),
    ),
    (
        "What trials are running at Rigshospitalet?",
        "inverse",
        sel('?h s:name "Rigshospitalet" . ?t s:studyLocation ?h . ' + trial_names("t")),
    ),
    (
        "Which trials is Elena Ferrari the lead investigator on?",
        "inverse",
        sel('?p s:name "Elena Ferrari" . ?t l:overall_official ?p . ' + trial_names("t")),
    ),
    (
        "Which trials are for influenza?",
        "inverse",
        sel(cond("c", "Influenza, Human") + "?t s:healthCondition ?c . " + trial_names("t")),
    ),
    # --- two hops
    (
        "What conditions does Nordvik Pharma A/S run trials for?",
        "2hop",
        sel(
            org("o", "Nordvik Pharma A/S")
            + "?t s:sponsor ?o ; s:healthCondition ?c . "
            + cond_names("c")
        ),
    ),
    (
        "Which drugs are being tested for multiple sclerosis?",
        "2hop",
        sel(
            cond("c", "Multiple Sclerosis")
            + "?t s:healthCondition ?c ; s:studySubject ?d . "
            + drug_names("d", placebo=False)
        ),
    ),
    (
        "Who sponsors the semaglutide trials?",
        "2hop",
        sel(drug("d", "semaglutide") + "?t s:studySubject ?d ; s:sponsor ?o . " + org_names("o")),
    ),
    (
        "What are the arms of NCT03427970?",
        "2hop",
        sel(nct("t", "NCT03427970") + "?t l:arm_group/l:arm_group_label ?v"),
    ),
    (
        "What is the primary outcome measure of CLARSOL-HF?",
        "2hop",
        sel(acr("t", "CLARSOL-HF") + "?t l:primary_outcome/l:measure ?v"),
    ),
    (
        "Which hospitals run trials sponsored by Takamura Pharmaceutical?",
        "2hop",
        sel(org("o", "Takamura") + "?t s:sponsor ?o ; s:studyLocation/s:name ?v"),
    ),
    (
        "Where does the principal investigator of NCT06543784 work?",
        "2hop",
        sel(nct("t", "NCT06543784") + "?t l:overall_official/s:affiliation/s:name ?v"),
    ),
    # --- three hops
    (
        "In which cities does NCT03866107 have sites?",
        "3hop",
        sel(nct("t", "NCT03866107") + "?t s:studyLocation/s:address/s:addressLocality ?v"),
    ),
    (
        "Which country is the sponsor of NCT04001944 based in?",
        "3hop",
        sel(nct("t", "NCT04001944") + "?t s:sponsor/s:address/s:addressCountry ?v"),
    ),
    (
        "Which countries have sites for NCT05145599?",
        "3hop",
        sel(nct("t", "NCT05145599") + "?t s:studyLocation/s:address/s:addressCountry ?v"),
    ),
    (
        "Which sponsors have trials at hospitals in Osaka?",
        "3hop",
        sel(
            '?h s:address/s:addressLocality "Osaka" . ?t s:studyLocation ?h ; s:sponsor ?o . '
            + org_names("o")
        ),
    ),
    # --- conjunction
    (
        "Which phase 3 trials for lung cancer are recruiting?",
        "conjunction",
        sel(
            cond("c", "Lung Cancer")
            + "?t s:healthCondition ?c ; s:phase <http://data.linkedct.org/resource/phase/PHASE3> ; s:status s:Recruiting . "
            + trial_names("t")
        ),
    ),
    (
        "Which Halvard Therapeutics trials are still recruiting?",
        "conjunction",
        sel(
            org("o", "Halvard Therapeutics, Inc.")
            + "?t s:sponsor ?o ; s:status s:Recruiting . "
            + trial_names("t")
        ),
    ),
    (
        "Which trials of dupilumab are for psoriasis?",
        "conjunction",
        sel(
            drug("d", "dupilumab")
            + cond("c", "Psoriasis")
            + "?t s:studySubject ?d ; s:healthCondition ?c . "
            + trial_names("t")
        ),
    ),
    # --- synonyms (MeSH entry terms)
    (
        "Are there any trials for heart attack patients?",
        "synonym",
        sel(cond("c", "Heart Attack") + "?t s:healthCondition ?c . " + trial_names("t")),
    ),
    (
        "Which studies are looking at COPD?",
        "synonym",
        sel(cond("c", "COPD") + "?t s:healthCondition ?c . " + trial_names("t")),
    ),
    (
        "Find me trials on atopic eczema",
        "synonym",
        sel(cond("c", "Atopic Eczema") + "?t s:healthCondition ?c . " + trial_names("t")),
    ),
    (
        "What trials are there for Parkinson's disease?",
        "synonym",
        sel(cond("c", "Parkinson's Disease") + "?t s:healthCondition ?c . " + trial_names("t")),
    ),
    # --- aliases (brand names, short names, acronyms)
    (
        "Which trials are testing Ozempic?",
        "alias",
        sel(drug("d", "Ozempic") + "?t s:studySubject ?d . " + trial_names("t")),
    ),
    (
        "What is Keytruda being trialled for?",
        "alias",
        sel(
            drug("d", "Keytruda")
            + "?t s:studySubject ?d ; s:healthCondition ?c . "
            + cond_names("c")
        ),
    ),
    (
        "Which trials does Kestrel sponsor?",
        "alias",
        sel(org("o", "Kestrel") + "?t s:sponsor ?o . " + trial_names("t")),
    ),
    # --- typos
    (
        "Which trials are studying rhuematoid arthritis?",
        "typo",
        sel(cond("c", "Rheumatoid Arthritis") + "?t s:healthCondition ?c . " + trial_names("t")),
    ),
    (
        "What phase is the lecanemabe trial in?",
        "typo",
        sel(
            drug("d", "lecanemab")
            + "?t s:studySubject ?d ; s:phase/(skos:prefLabel|skos:notation) ?v"
        ),
    ),
    (
        "Which trials run at Erasmus Medical Centrum?",
        "typo",
        sel('?h s:name "Erasmus Medisch Centrum" . ?t s:studyLocation ?h . ' + trial_names("t")),
    ),
    # --- unanswerable
    ("What were the results of NCT03790162?", "unanswerable", None),
    ("What dose of semaglutide is used in NCT04947677?", "unanswerable", None),
    ("How much did Caldera Biosciences spend on NCT02077815?", "unanswerable", None),
    ("What side effects were reported in the SOLFOC trial?", "unanswerable", None),
    ("Who is the chief executive of Vantor Health AG?", "unanswerable", None),
]


def main() -> None:
    ds = Dataset(default_union=True)
    with gzip.open(HERE / "trials.nq.gz") as f:
        ds.parse(f, format="nquads")
    write_answers(
        HERE / "trials.jsonl", QUESTIONS, lambda sparql: {str(r[0]) for r in ds.query(PRE + sparql)}
    )


if __name__ == "__main__":
    main()
