# ruff: noqa: E501  (one question a line)
"""Gold answers of ``mlprov.jsonl``, computed with rdflib SPARQL over ``mlprov.trig`` (the union of
its graphs; never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("0.6573", "2024-04-15T13:30:00"); an entity with every name it carries: its
``rdfs:label``s, ``foaf:name``, ``dcterms:title``, ``dcterms:identifier`` (a run's hex id),
``dcterms:alternative`` and, for a person, ``foaf:givenName`` and ``foaf:familyName`` joined
("Daniel Osei"); an entity with no name (a licence) its IRI. ``<R name>`` stands for the run
whose ``rdfs:label`` is ``name``; who *ran* a run is the agent of its qualified association in the
experimenter role (the software agents schedule every run). Unanswerable questions carry no query
and ``answers: []``. Run from the repository root: ``python bench/data/own/mlprov_answers.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import RDFS, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import write_answers

HERE = Path(__file__).parent
PRE = """PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX mls: <http://www.w3.org/ns/mls#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX role: <https://prov.mlhub.example/role/>
PREFIX meas: <https://prov.mlhub.example/measure/>
PREFIX ch: <https://prov.mlhub.example/characteristic/>
"""
RAN = "?r prov:qualifiedAssociation ?qa . ?qa prov:agent ?x ; prov:hadRole role:experimenter ."
RAN_BY = "?r prov:qualifiedAssociation ?qa . ?qa prov:agent {a} ; prov:hadRole role:experimenter ."


def ev(run: str, measure: str) -> str:
    return f"SELECT ?x WHERE {{ <R {run}> mls:hasOutput ?e . ?e mls:specifiedBy meas:{measure} ; mls:hasValue ?x }}"


def hp(run: str, name: str) -> str:
    return f'SELECT ?x WHERE {{ <R {run}> mls:hasInput ?s . ?s mls:specifiedBy ?h ; mls:hasValue ?x . ?h rdfs:label "{name}" }}'


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "Who ran the run bright-crane-92?",
        "1hop",
        f"SELECT ?x WHERE {{ BIND(<R bright-crane-92> AS ?r) {RAN} }}",
    ),
    (
        "which algorithm does quiet-fox-24 implement",
        "1hop",
        "SELECT ?x WHERE { <R quiet-fox-24> mls:realizes ?x }",
    ),
    (
        "What implementation was executed in run noble-owl-39?",
        "1hop",
        "SELECT ?x WHERE { <R noble-owl-39> mls:executes ?x }",
    ),
    (
        "When did run clever-moth-47 start?",
        "literal",
        "SELECT ?x WHERE { <R clever-moth-47> prov:startedAtTime ?x }",
    ),
    (
        "Which dataset did run misty-crane-32 use?",
        "1hop",
        "SELECT ?x WHERE { <R misty-crane-32> prov:used ?x }",
    ),
    (
        "Who created the experiment Fraud detection baselines?",
        "1hop",
        "SELECT ?x WHERE { ?e dcterms:title 'Fraud detection baselines'@en ; dcterms:creator ?x }",
    ),
    (
        "Who publishes the Telco Customer Churn dataset?",
        "1hop",
        "SELECT ?x WHERE { ?d dcterms:title 'Telco Customer Churn'@en ; dcterms:publisher ?x }",
    ),
    (
        "What is the Tarn gauge hourly resample derived from?",
        "1hop",
        "SELECT ?x WHERE { ?d dcterms:title 'Tarn gauge hourly resample'@en ; prov:wasDerivedFrom ?x }",
    ),
    (
        "Which organisation does Hana Novák work for?",
        "1hop",
        "SELECT ?x WHERE { ?p foaf:name 'Hana Novák' ; prov:actedOnBehalfOf ?x }",
    ),
    (
        "What algorithm does sklearn.svm.SVC implement?",
        "1hop",
        "SELECT ?x WHERE { ?i rdfs:label 'sklearn.svm.SVC' ; mls:implements ?x }",
    ),
    (
        "Which model did run silent-yak-95 produce?",
        "1hop",
        "SELECT ?x WHERE { ?x prov:wasGeneratedBy <R silent-yak-95> }",
    ),
    (
        "What run generated churn-retrain-model-04?",
        "1hop",
        "SELECT ?x WHERE { ?m rdfs:label 'churn-retrain-model-04' ; prov:wasGeneratedBy ?x }",
    ),
    (
        "what task was run quiet-finch-63 for",
        "1hop",
        "SELECT ?x WHERE { <R quiet-finch-63> mls:achieves ?x }",
    ),
    (
        "which dataset is the card fraud detection task defined on",
        "1hop",
        "SELECT ?x WHERE { ?t rdfs:label 'card fraud detection'@en ; mls:definedOn ?x }",
    ),
    (
        "What version of xgboost.XGBClassifier is used?",
        "literal",
        "SELECT ?x WHERE { ?i rdfs:label 'xgboost.XGBClassifier' ; dcterms:hasVersion ?x }",
    ),
    (
        "license of the Synthetic Clinical Notes Corpus",
        "1hop",
        "SELECT ?x WHERE { ?d dcterms:title 'Synthetic Clinical Notes Corpus'@en ; dcterms:license ?x }",
    ),
    (
        "Which run informed noble-badger-67?",
        "1hop",
        "SELECT ?x WHERE { <R noble-badger-67> prov:wasInformedBy ?x }",
    ),
    (
        "When did run amber-moth-66 finish?",
        "literal",
        "SELECT ?x WHERE { <R amber-moth-66> prov:endedAtTime ?x }",
    ),
    (
        "What is the run ID of brave-seal-56?",
        "literal",
        "SELECT ?x WHERE { <R brave-seal-56> dcterms:identifier ?x }",
    ),
    (
        "Which model is churn-q3-model-08 a revision of?",
        "1hop",
        "SELECT ?x WHERE { ?m rdfs:label 'churn-q3-model-08' ; prov:wasRevisionOf ?x }",
    ),
    (
        "What hyperparameters does tarnml.forecast.LSTMForecaster have?",
        "1hop",
        "SELECT ?x WHERE { ?i rdfs:label 'tarnml.forecast.LSTMForecaster' ; mls:hasHyperParameter ?x }",
    ),
    # values on n-ary nodes
    ("What was the ROC AUC of run calm-lynx-74?", "literal", ev("calm-lynx-74", "roc-auc")),
    ("F1 score of eager-wren-20", "literal", ev("eager-wren-20", "f1")),
    (
        "what learning rate did run clever-gecko-93 use",
        "literal",
        hp("clever-gecko-93", "learning_rate"),
    ),
    (
        "How many instances does the Card Transactions (anonymised) dataset have?",
        "literal",
        "SELECT ?x WHERE { ?d dcterms:title 'Card Transactions (anonymised)'@en ; mls:hasQuality ?q . ?q mls:specifiedBy ch:NumberOfInstances ; mls:hasValue ?x }",
    ),
    ("rmse of dusty-otter-4?", "literal", ev("dusty-otter-4", "rmse")),
    # inverse
    (
        "Which runs did Mei Tanaka run?",
        "inverse",
        "SELECT ?r WHERE { ?x foaf:name 'Mei Tanaka' . " + RAN + " }",
    ),
    (
        "Which experiment does run rapid-badger-31 belong to?",
        "inverse",
        "SELECT ?x WHERE { ?x mls:hasPart <R rapid-badger-31> }",
    ),
    (
        "Which datasets does Northwind Bank publish?",
        "inverse",
        "SELECT ?x WHERE { ?x dcterms:publisher ?o . ?o foaf:name 'Northwind Bank' }",
    ),
    (
        "What datasets were derived from the Tarn River Gauge Readings 2010-2022?",
        "inverse",
        "SELECT ?x WHERE { ?x prov:wasDerivedFrom ?d . ?d dcterms:title 'Tarn River Gauge Readings 2010-2022'@en }",
    ),
    (
        "Which implementations implement Logistic Regression?",
        "inverse",
        "SELECT ?x WHERE { ?x mls:implements ?a . ?a rdfs:label 'Logistic Regression'@en }",
    ),
    (
        "Who works for the University of Tarnwick?",
        "inverse",
        "SELECT ?x WHERE { ?x prov:actedOnBehalfOf ?o . ?o foaf:name 'University of Tarnwick' }",
    ),
    (
        "Which runs used the Synthetic Clinical Notes Corpus?",
        "inverse",
        "SELECT ?x WHERE { ?x prov:used ?d . ?d dcterms:title 'Synthetic Clinical Notes Corpus'@en }",
    ),
    (
        "Which experiments did Sade Okonkwo create?",
        "inverse",
        "SELECT ?x WHERE { ?x dcterms:creator ?p . ?p foaf:name 'Sade Okonkwo' }",
    ),
    (
        "which models are attributed to Agnieszka Kowalczyk",
        "inverse",
        "SELECT ?x WHERE { ?x a mls:Model ; prov:wasAttributedTo ?p . ?p foaf:name 'Agnieszka Kowalczyk' }",
    ),
    (
        "Which runs executed sklearn.svm.SVC?",
        "inverse",
        "SELECT ?x WHERE { ?x mls:executes ?i . ?i rdfs:label 'sklearn.svm.SVC' }",
    ),
    # two hops
    (
        "Who ran the run that produced flood-lstm-model-04?",
        "2hop",
        f"SELECT ?x WHERE {{ ?m rdfs:label 'flood-lstm-model-04' ; prov:wasGeneratedBy ?r . {RAN} }}",
    ),
    (
        "Which organisation does the creator of the ICD coding from clinical notes experiment belong to?",
        "2hop",
        "SELECT ?x WHERE { ?e dcterms:title 'ICD coding from clinical notes'@en ; dcterms:creator ?p . ?p prov:actedOnBehalfOf ?x }",
    ),
    (
        "Which algorithm was behind the model icd-bert-model-05?",
        "2hop",
        "SELECT ?x WHERE { ?m rdfs:label 'icd-bert-model-05' ; prov:wasGeneratedBy ?r . ?r mls:realizes ?x }",
    ),
    (
        "Who publishes the dataset that Telco Churn (cleaned, one-hot) was derived from?",
        "2hop",
        "SELECT ?x WHERE { ?d dcterms:title 'Telco Churn (cleaned, one-hot)'@en ; prov:wasDerivedFrom ?s . ?s dcterms:publisher ?x }",
    ),
    (
        "Which dataset is the task of run noble-seal-95 defined on?",
        "2hop",
        "SELECT ?x WHERE { <R noble-seal-95> mls:achieves ?t . ?t mls:definedOn ?x }",
    ),
    (
        "Who carried out the preprocessing that produced Telco Churn (cleaned, one-hot)?",
        "2hop",
        "SELECT ?x WHERE { ?d dcterms:title 'Telco Churn (cleaned, one-hot)'@en ; prov:wasGeneratedBy ?a . ?a prov:wasAssociatedWith ?x }",
    ),
    (
        "what version is the implementation that noble-finch-26 executed",
        "2hop",
        "SELECT ?x WHERE { <R noble-finch-26> mls:executes ?i . ?i dcterms:hasVersion ?x }",
    ),
    (
        "Who created the experiment that run quiet-badger-2 belongs to?",
        "2hop",
        "SELECT ?x WHERE { ?e mls:hasPart <R quiet-badger-2> ; dcterms:creator ?x }",
    ),
    (
        "Who ran the run that informed brave-fox-39?",
        "2hop",
        f"SELECT ?x WHERE {{ <R brave-fox-39> prov:wasInformedBy ?r . {RAN} }}",
    ),
    (
        "Which algorithm does the implementation executed by run dusty-fox-37 implement?",
        "2hop",
        "SELECT ?x WHERE { <R dusty-fox-37> mls:executes ?i . ?i mls:implements ?x }",
    ),
    # three hops
    (
        "Which organisation is the person who ran noble-crane-32 working for?",
        "3hop",
        f"SELECT ?x WHERE {{ BIND(<R noble-crane-32> AS ?r) {RAN.replace('?x', '?p')} ?p prov:actedOnBehalfOf ?x }}",
    ),
    (
        "Who published the original dataset that the card fraud detection task's data was derived from?",
        "3hop",
        "SELECT ?x WHERE { ?t rdfs:label 'card fraud detection'@en ; mls:definedOn ?d . ?d prov:wasDerivedFrom ?s . ?s dcterms:publisher ?x }",
    ),
    # conjunctions
    (
        "Which runs in the Fraud detection baselines executed xgboost.XGBClassifier?",
        "conjunction",
        "SELECT ?x WHERE { ?e dcterms:title 'Fraud detection baselines'@en ; mls:hasPart ?x . ?x mls:executes ?i . ?i rdfs:label 'xgboost.XGBClassifier' }",
    ),
    (
        "Which runs did Sade Okonkwo do with logistic regression?",
        "conjunction",
        "SELECT ?r WHERE { ?x foaf:name 'Sade Okonkwo' . "
        + RAN
        + " ?r mls:realizes ?a . ?a rdfs:label 'Logistic Regression'@en }",
    ),
    (
        "Which datasets published by Northwind Bank are under CC BY 4.0?",
        "conjunction",
        "SELECT ?x WHERE { ?x dcterms:publisher ?o ; dcterms:license <https://creativecommons.org/licenses/by/4.0/> . ?o foaf:name 'Northwind Bank' }",
    ),
    # synonyms, aliases, partial names
    (
        "Who trained model churn-q3-model-05?",
        "synonym",
        f"SELECT ?x WHERE {{ ?m rdfs:label 'churn-q3-model-05' ; prov:wasGeneratedBy ?r . {RAN} }}",
    ),
    (
        "Which lab is Mei Tanaka affiliated with?",
        "synonym",
        "SELECT ?x WHERE { ?p foaf:name 'Mei Tanaka' ; prov:actedOnBehalfOf ?x }",
    ),
    (
        "What's the source data of the Clinical notes held-out split?",
        "synonym",
        "SELECT ?x WHERE { ?d dcterms:title 'Clinical notes held-out split'@en ; prov:wasDerivedFrom ?x }",
    ),
    (
        "what did run brave-moth-13 train on",
        "synonym",
        "SELECT ?x WHERE { <R brave-moth-13> prov:qualifiedUsage ?u . ?u prov:entity ?x ; prov:hadRole role:training-data }",
    ),
    (
        "Which method does run rapid-yak-9 use?",
        "synonym",
        "SELECT ?x WHERE { <R rapid-yak-9> mls:realizes ?x }",
    ),
    (
        "Which implementation implements GBDT?",
        "alias",
        "SELECT ?x WHERE { ?x mls:implements ?a . ?a dcterms:alternative 'GBDT' }",
    ),
    (
        "Which experiment did Johan create?",
        "alias",
        "SELECT ?x WHERE { ?x dcterms:creator ?p . ?p foaf:givenName 'Johan' }",
    ),
    (
        "Which datasets does the Coopérative Météo Ouverte publish?",
        "alias",
        "SELECT ?x WHERE { ?x dcterms:publisher ?o . ?o foaf:name 'Open Meteo Cooperative' }",
    ),
    (
        "Who ran 042983d46e17?",
        "alias",
        f"SELECT ?x WHERE {{ ?r dcterms:identifier '042983d46e17' . {RAN} }}",
    ),
    # misspellings
    (
        "who is the publisher of the Telco Costumer Churn dataset",
        "typo",
        "SELECT ?x WHERE { ?d dcterms:title 'Telco Customer Churn'@en ; dcterms:publisher ?x }",
    ),
    (
        "which organisation does Agnieska Kowalczik work for",
        "typo",
        "SELECT ?x WHERE { ?p foaf:name 'Agnieszka Kowalczyk' ; prov:actedOnBehalfOf ?x }",
    ),
    (
        "what algorithm does sklearn.ensemble.RandomForestClasifier implement",
        "typo",
        "SELECT ?x WHERE { ?i rdfs:label 'sklearn.ensemble.RandomForestClassifier' ; mls:implements ?x }",
    ),
    # unanswerable: near relations the entity lacks
    ("Who published the Telco Churn (cleaned, one-hot) dataset?", "unanswerable", None),
    ("What license does the Card Transactions (anonymised) dataset have?", "unanswerable", None),
    ("What is the accuracy of run quiet-finch-63?", "unanswerable", None),
    ("When did the experiment Tarn flood forecasting with LSTMs end?", "unanswerable", None),
    ("Which model did churn-q3-model-01 replace?", "unanswerable", None),
    ("What dropout did run quiet-owl-39 use?", "unanswerable", None),
    ("Who did the preprocessing of the Synthetic Clinical Notes Corpus?", "unanswerable", None),
]


def names(g: Dataset, x: object) -> set[str]:
    """Every name ``x`` carries (a literal: its lexical form; an unnamed IRI: the IRI)."""
    if isinstance(x, Literal):
        return {str(x)}
    assert isinstance(x, URIRef), x
    props = (RDFS.label, FOAF.name, DCTERMS.title, DCTERMS.identifier, DCTERMS.alternative)
    out = {str(o) for p in props for o in g.objects(x, p)}
    given, family = g.value(x, FOAF.givenName), g.value(x, FOAF.familyName)
    if given and family:
        out.add(f"{given} {family}")
    return out or {str(x)}


def expand(query: str) -> str:
    return PRE + _runs(query)


def _runs(query: str) -> str:
    """``<R name>`` -> a variable bound to the run labelled ``name``."""
    binds = []
    for i, name in enumerate(dict.fromkeys(re.findall(r"<R ([^>]+)>", query))):
        query = query.replace(f"<R {name}>", f"?run{i}")
        binds.append(f"?run{i} rdfs:label '{name}' .")
    return query.replace("WHERE {", "WHERE { " + " ".join(binds), 1)


def main() -> None:
    g = Dataset(default_union=True)
    g.parse(HERE / "mlprov.trig", format="trig")

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(expand(query)):
            out |= names(g, row[0])
        return out

    write_answers(HERE / "mlprov.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
