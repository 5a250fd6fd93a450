"""Write ``mlprov.trig``: the provenance of machine-learning experiments as an experiment tracker's
PROV exporter publishes it (W3C PROV-O + the W3C ML Schema ``mls:``, Dublin Core terms, FOAF), in
TriG with one named graph (a ``prov:Bundle``) per experiment and the shared agents, datasets,
algorithms, measures and roles in the default graph.

The shape follows what PROV exporters of trackers (MLflow2PROV, yProv4ML, OpenML's ML Schema
export) write:

* ``mls:Run``s that are also ``prov:Activity``s, named by the tracker's random run names
  (``rdfs:label "bright-owl-42"``) and a hex ``dcterms:identifier``, ``prov:startedAtTime`` /
  ``prov:endedAtTime`` (``xsd:dateTime``), ``mls:executes`` an ``mls:Implementation``,
  ``mls:realizes`` an ``mls:Algorithm``, ``mls:achieves`` an ``mls:Task``;
* inputs and outputs twice, as ML Schema writes them (``mls:hasInput`` the dataset and blank
  ``mls:HyperParameterSetting`` nodes ``mls:specifiedBy`` a hyperparameter with ``mls:hasValue``;
  ``mls:hasOutput`` the model and blank ``mls:ModelEvaluation`` nodes ``mls:specifiedBy`` an
  ``mls:EvaluationMeasure`` with an ``xsd:double`` ``mls:hasValue``) and as PROV writes them
  (``prov:used``, with a blank ``prov:Usage`` carrying ``prov:entity`` and ``prov:hadRole``
  "training data" / "test data"; models ``prov:wasGeneratedBy`` the run);
* who ran a run as a blank ``prov:Association`` (``prov:agent``, ``prov:hadRole``,
  ``prov:hadPlan`` a config file, a ``prov:Plan``); most runs also state the direct
  ``prov:wasAssociatedWith``, some (older exporter versions) only the qualified node; the
  tracker's software agent is associated too;
* sweeps chained by ``prov:wasInformedBy`` (a run informed by the one before it);
* ``mls:Experiment``s ``mls:hasPart`` their runs, titled, ``dcterms:creator`` a person; the bundle
  ``prov:wasAttributedTo`` the tracker and ``prov:generatedAtTime``;
* datasets (``mls:Dataset``, ``prov:Entity``) with ``dcterms:title``, ``dcterms:publisher``,
  ``dcterms:license``, versions by ``prov:wasRevisionOf``, derived datasets
  ``prov:wasDerivedFrom`` via a blank ``prov:Derivation`` naming the preprocessing activity,
  data characteristics as blank ``mls:DatasetCharacteristic`` nodes (``mls:hasQuality``);
* models (``mls:Model``) ``prov:wasGeneratedBy`` their run, registered ones
  ``prov:wasRevisionOf`` the model they replaced and ``prov:wasAttributedTo`` a person;
* agents: ``prov:Person``s (``foaf:name``; some only ``foaf:givenName`` / ``foaf:familyName``)
  ``prov:actedOnBehalfOf`` an ``prov:Organization`` (labels in English and in the lab's own
  language), ``prov:SoftwareAgent``s.

Every person, run, dataset and figure is invented. Seeded, no network; stdlib + rdflib. Run from
the repository root: ``python bench/data/own/mlprov_make.py``.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from rdflib import BNode, Dataset, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, XSD

HERE = Path(__file__).parent
MLS = Namespace("http://www.w3.org/ns/mls#")
BASE = "https://prov.mlhub.example/"
AG = Namespace(BASE + "agent/")
DS = Namespace(BASE + "dataset/")
ALG = Namespace(BASE + "algorithm/")
IMP = Namespace(BASE + "implementation/")
HP = Namespace(BASE + "hyperparameter/")
MEAS = Namespace(BASE + "measure/")
TASK = Namespace(BASE + "task/")
RUN = Namespace(BASE + "run/")
MOD = Namespace(BASE + "model/")
EXP = Namespace(BASE + "experiment/")
BUNDLE = Namespace(BASE + "bundle/")
ROLE = Namespace(BASE + "role/")
PLAN = Namespace(BASE + "plan/")
ACT = Namespace(BASE + "activity/")
LIC = "https://creativecommons.org/licenses/"

# slug, English label, label in the organisation's own language (None: English only)
ORGS = [
    (
        "helix-lab",
        "Helix Applied ML Lab",
        ("Helix Labor für angewandtes maschinelles Lernen", "de"),
    ),
    ("northwind-bank", "Northwind Bank", None),
    ("uni-tarnwick", "University of Tarnwick", None),
    ("meteo-coop", "Open Meteo Cooperative", ("Coopérative Météo Ouverte", "fr")),
]
# slug, foaf:name (None: only given/family), given, family, organisation
PERSONS = [
    ("akowalczyk", "Agnieszka Kowalczyk", "Agnieszka", "Kowalczyk", "helix-lab"),
    ("mtanaka", "Mei Tanaka", "Mei", "Tanaka", "helix-lab"),
    ("jlindqvist", None, "Johan", "Lindqvist", "uni-tarnwick"),
    ("lferreira", "Lucas Ferreira", "Lucas", "Ferreira", "uni-tarnwick"),
    ("sokonkwo", "Sade Okonkwo", "Sade", "Okonkwo", "northwind-bank"),
    ("dosei", None, "Daniel", "Osei", "northwind-bank"),
    ("hnovak", "Hana Novák", "Hana", "Novák", "meteo-coop"),
    ("pgarnier", "Pierre Garnier", "Pierre", "Garnier", "meteo-coop"),
]
SOFTWARE = [
    ("mlhub-runner", "mlhub-runner 2.3.1"),
    ("optuna-sweeper", "Optuna sweep controller"),
]
# slug, label, alternative label
ALGORITHMS = [
    ("random-forest", "Random Forest", "RF"),
    ("gradient-boosting", "Gradient Boosted Trees", "GBDT"),
    ("logistic-regression", "Logistic Regression", None),
    ("lstm", "Long Short-Term Memory network", "LSTM"),
    ("bert", "BERT fine-tuning", None),
    ("svm", "Support Vector Machine", "SVM"),
]
# slug, label, algorithm, version, hyperparameters (slug, label, values)
IMPLEMENTATIONS = [
    (
        "sklearn-rf",
        "sklearn.ensemble.RandomForestClassifier",
        "random-forest",
        "1.3.2",
        [("n_estimators", [100, 300, 500, 800]), ("max_depth", [8, 12, 16, 24])],
    ),
    (
        "xgboost",
        "xgboost.XGBClassifier",
        "gradient-boosting",
        "2.0.3",
        [("learning_rate", [0.3, 0.1, 0.05, 0.03]), ("max_depth", [4, 6, 8])],
    ),
    (
        "sklearn-logreg",
        "sklearn.linear_model.LogisticRegression",
        "logistic-regression",
        "1.3.2",
        [("C", [0.1, 1.0, 10.0])],
    ),
    (
        "tarn-lstm",
        "tarnml.forecast.LSTMForecaster",
        "lstm",
        "0.9.0",
        [("hidden_size", [64, 128, 256]), ("dropout", [0.1, 0.2, 0.3]), ("epochs", [20, 40])],
    ),
    (
        "hf-bert",
        "transformers.BertForSequenceClassification",
        "bert",
        "4.38.2",
        [("learning_rate", [5e-05, 3e-05, 2e-05]), ("epochs", [3, 4])],
    ),
    ("sklearn-svc", "sklearn.svm.SVC", "svm", "1.3.2", [("C", [0.5, 1.0, 4.0])]),
]
MEASURES = [
    ("accuracy", "accuracy", "predictive accuracy"),
    ("f1", "F1 score", "F-measure"),
    ("roc-auc", "ROC AUC", "area under the ROC curve"),
    ("rmse", "root mean squared error", "RMSE"),
    ("mae", "mean absolute error", "MAE"),
]
# slug, title, publisher, license, version, previous version, instances, features
DATASETS = [
    ("telco-churn-v1", "Telco Customer Churn", "northwind-bank", "by/4.0/", "1.0", None, 7043, 21),
    (
        "telco-churn-v2",
        "Telco Customer Churn",
        "northwind-bank",
        "by/4.0/",
        "2.0",
        "telco-churn-v1",
        9120,
        23,
    ),
    (
        "card-tx",
        "Card Transactions (anonymised)",
        "northwind-bank",
        None,
        "2024-03",
        None,
        284807,
        31,
    ),
    (
        "tarn-gauge",
        "Tarn River Gauge Readings 2010-2022",
        "meteo-coop",
        "by-sa/4.0/",
        "3",
        None,
        113952,
        9,
    ),
    (
        "clinical-notes",
        "Synthetic Clinical Notes Corpus",
        "uni-tarnwick",
        "by-nc/4.0/",
        "1.1",
        None,
        40250,
        2,
    ),
]
# derived dataset: slug, title, source, preprocessing activity slug, its label, agent
DERIVED = [
    (
        "telco-churn-clean",
        "Telco Churn (cleaned, one-hot)",
        "telco-churn-v2",
        "prep-churn",
        "one-hot encoding and deduplication",
        "dosei",
    ),
    (
        "tarn-gauge-hourly",
        "Tarn gauge hourly resample",
        "tarn-gauge",
        "prep-gauge",
        "hourly resampling and gap filling",
        "hnovak",
    ),
    (
        "clinical-notes-test",
        "Clinical notes held-out split",
        "clinical-notes",
        "split-notes",
        "stratified 80/20 split",
        "jlindqvist",
    ),
    (
        "card-tx-balanced",
        "Card Transactions, undersampled",
        "card-tx",
        "prep-card",
        "random undersampling of the majority class",
        "sokonkwo",
    ),
]
# task slug, label, dataset it is defined on
TASKS = [
    ("churn", "customer churn prediction", "telco-churn-clean"),
    ("fraud", "card fraud detection", "card-tx-balanced"),
    ("flood", "river level forecasting", "tarn-gauge-hourly"),
    ("icd", "ICD-10 code assignment", "clinical-notes"),
]
# slug, title, creator, task, training set, test set (None: same), implementations, number of
# runs, measures, start date
EXPERIMENTS = [
    (
        "churn-q3",
        "Churn model sweep Q3 2024",
        "sokonkwo",
        "churn",
        "telco-churn-clean",
        None,
        ["sklearn-rf", "xgboost", "sklearn-logreg"],
        10,
        ["accuracy", "f1", "roc-auc"],
        datetime(2024, 7, 8, 9, 0),
    ),
    (
        "fraud-baselines",
        "Fraud detection baselines",
        "dosei",
        "fraud",
        "card-tx-balanced",
        "card-tx",
        ["xgboost", "sklearn-logreg", "sklearn-svc"],
        8,
        ["f1", "roc-auc"],
        datetime(2024, 4, 15, 13, 30),
    ),
    (
        "flood-lstm",
        "Tarn flood forecasting with LSTMs",
        "hnovak",
        "flood",
        "tarn-gauge-hourly",
        None,
        ["tarn-lstm"],
        9,
        ["rmse", "mae"],
        datetime(2024, 2, 1, 8, 0),
    ),
    (
        "icd-bert",
        "ICD coding from clinical notes",
        "jlindqvist",
        "icd",
        "clinical-notes",
        "clinical-notes-test",
        ["hf-bert", "sklearn-logreg"],
        8,
        ["f1", "accuracy"],
        datetime(2023, 11, 20, 10, 0),
    ),
    (
        "churn-retrain",
        "Churn model monthly retraining",
        "akowalczyk",
        "churn",
        "telco-churn-clean",
        None,
        ["xgboost"],
        6,
        ["roc-auc", "f1"],
        datetime(2024, 10, 1, 2, 0),
    ),
]
# who may run an experiment's runs (besides its creator)
RUNNERS = {
    "churn-q3": ["sokonkwo", "akowalczyk", "mtanaka"],
    "fraud-baselines": ["dosei", "sokonkwo"],
    "flood-lstm": ["hnovak", "pgarnier"],
    "icd-bert": ["jlindqvist", "lferreira"],
    "churn-retrain": ["akowalczyk"],
}
ADJ = "bright calm eager gentle quiet rapid silent brave clever dusty amber lucky misty noble"
ANIMAL = "owl fox heron lynx otter wren badger moth finch seal ibis crane yak gecko"


_BNODES = iter(range(1, 10**6))


def bnode() -> BNode:
    """A blank node with a stable label, so the file is the same on every run."""
    return BNode(f"n{next(_BNODES)}")


def trig(ds: Dataset) -> str:
    """``ds`` as TriG with its graphs in a fixed order (rdflib writes them in set order)."""
    prefixes: set[str] = set()
    blocks = []
    graphs = sorted(
        ds.graphs(), key=lambda g: (g.identifier != DATASET_DEFAULT_GRAPH_ID, str(g.identifier))
    )
    for graph in graphs:
        one = Dataset()
        for p, ns in ds.namespaces():
            one.bind(p, ns)
        target = (
            one.default_graph
            if graph.identifier == DATASET_DEFAULT_GRAPH_ID
            else one.graph(graph.identifier)
        )
        for t in graph:
            target.add(t)
        if not len(target):
            continue
        lines = one.serialize(format="trig").splitlines()
        prefixes |= {x for x in lines if x.startswith("@prefix")}
        blocks.append("\n".join(x for x in lines if not x.startswith("@prefix")).strip())
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n\n".join(blocks) + "\n"


def main() -> None:
    rnd = random.Random(39)
    ds = Dataset()
    for p, ns in [("prov", PROV), ("mls", MLS), ("dcterms", DCTERMS), ("foaf", FOAF)]:
        ds.bind(p, ns)
    for p, ns in [("run", RUN), ("model", MOD), ("ds", DS), ("agent", AG), ("role", ROLE)]:
        ds.bind(p, ns)
    g = ds.default_graph
    add = g.add

    for slug, label, other in ORGS:
        o = AG[slug]
        add((o, RDF.type, PROV.Organization))
        add((o, RDF.type, FOAF.Organization))
        add((o, FOAF.name, Literal(label)))
        add((o, RDFS.label, Literal(label, lang="en")))
        if other:
            add((o, RDFS.label, Literal(other[0], lang=other[1])))
    for slug, name, given, family, org in PERSONS:
        p = AG[slug]
        add((p, RDF.type, PROV.Person))
        add((p, RDF.type, FOAF.Person))
        if name:
            add((p, FOAF.name, Literal(name)))
        add((p, FOAF.givenName, Literal(given)))
        add((p, FOAF.familyName, Literal(family)))
        add((p, PROV.actedOnBehalfOf, AG[org]))
    for slug, label in SOFTWARE:
        add((AG[slug], RDF.type, PROV.SoftwareAgent))
        add((AG[slug], RDFS.label, Literal(label)))
        add((AG[slug], PROV.actedOnBehalfOf, AG["helix-lab"]))
    for slug, label in [
        ("experimenter", "experimenter"),
        ("scheduler", "scheduler"),
        ("training-data", "training data"),
        ("test-data", "test data"),
    ]:
        add((ROLE[slug], RDF.type, PROV.Role))
        add((ROLE[slug], RDFS.label, Literal(label, lang="en")))

    for slug, label, alt in ALGORITHMS:
        add((ALG[slug], RDF.type, MLS.Algorithm))
        add((ALG[slug], RDFS.label, Literal(label, lang="en")))
        if alt:
            add((ALG[slug], DCTERMS.alternative, Literal(alt)))
    hps: dict[tuple[str, str], URIRef] = {}
    for slug, label, alg, version, params in IMPLEMENTATIONS:
        i = IMP[slug]
        add((i, RDF.type, MLS.Implementation))
        add((i, RDF.type, MLS.Software))
        add((i, RDFS.label, Literal(label)))
        add((i, MLS.implements, ALG[alg]))
        add((i, DCTERMS.hasVersion, Literal(version)))
        for name, _ in params:
            h = HP[f"{slug}-{name}"]
            hps[(slug, name)] = h
            add((h, RDF.type, MLS.HyperParameter))
            add((h, RDFS.label, Literal(name)))
            add((i, MLS.hasHyperParameter, h))
    for slug, label, comment in MEASURES:
        add((MEAS[slug], RDF.type, MLS.EvaluationMeasure))
        add((MEAS[slug], RDFS.label, Literal(label, lang="en")))
        add((MEAS[slug], RDFS.comment, Literal(comment, lang="en")))

    def characteristic(d: URIRef, what: str, value: int) -> None:
        q = bnode()
        add((d, MLS.hasQuality, q))
        add((q, RDF.type, MLS.DatasetCharacteristic))
        add((q, MLS.specifiedBy, URIRef(BASE + "characteristic/" + what)))
        add((q, MLS.hasValue, Literal(value, datatype=XSD.integer)))

    for what in ("NumberOfInstances", "NumberOfFeatures"):
        c = URIRef(BASE + "characteristic/" + what)
        add((c, RDF.type, MLS.DataCharacteristic))
        add((c, RDFS.label, Literal(" ".join(["number of", what[8:].lower()]), lang="en")))
    for slug, title, pub, lic, version, prev, n, f in DATASETS:
        d = DS[slug]
        add((d, RDF.type, MLS.Dataset))
        add((d, RDF.type, PROV.Entity))
        add((d, DCTERMS.title, Literal(title, lang="en")))
        add((d, DCTERMS.publisher, AG[pub]))
        add((d, DCTERMS.hasVersion, Literal(version)))
        if lic:
            add((d, DCTERMS.license, URIRef(LIC + lic)))
        if prev:
            add((d, PROV.wasRevisionOf, DS[prev]))
        characteristic(d, "NumberOfInstances", n)
        characteristic(d, "NumberOfFeatures", f)
    for slug, title, src, act, label, who in DERIVED:
        d, a = DS[slug], ACT[act]
        add((d, RDF.type, MLS.Dataset))
        add((d, RDF.type, PROV.Entity))
        add((d, DCTERMS.title, Literal(title, lang="en")))
        add((d, PROV.wasDerivedFrom, DS[src]))
        add((d, PROV.wasGeneratedBy, a))
        der = bnode()
        add((d, PROV.qualifiedDerivation, der))
        add((der, RDF.type, PROV.Derivation))
        add((der, PROV.entity, DS[src]))
        add((der, PROV.hadActivity, a))
        add((a, RDF.type, PROV.Activity))
        add((a, RDFS.label, Literal(label, lang="en")))
        add((a, PROV.used, DS[src]))
        add((a, PROV.wasAssociatedWith, AG[who]))
    for slug, label, on in TASKS:
        add((TASK[slug], RDF.type, MLS.Task))
        add((TASK[slug], RDFS.label, Literal(label, lang="en")))
        add((TASK[slug], MLS.definedOn, DS[on]))

    used_names: set[str] = set()
    impl_of = {i[0]: i for i in IMPLEMENTATIONS}
    for slug, title, creator, task, train, test, impls, n_runs, measures, start in EXPERIMENTS:
        e, b = EXP[slug], BUNDLE[slug]
        add((b, RDF.type, PROV.Bundle))
        add((b, RDF.type, PROV.Entity))
        add((b, PROV.wasAttributedTo, AG["mlhub-runner"]))
        add((b, PROV.generatedAtTime, Literal(start + timedelta(days=30), datatype=XSD.dateTime)))
        add((b, RDFS.label, Literal(f"provenance of {title}", lang="en")))
        eg = ds.graph(b)
        eg.add((e, RDF.type, MLS.Experiment))
        eg.add((e, DCTERMS.title, Literal(title, lang="en")))
        eg.add((e, DCTERMS.creator, AG[creator]))
        plan = PLAN[f"{slug}.yaml"]
        eg.add((plan, RDF.type, PROV.Plan))
        eg.add((plan, RDFS.label, Literal(f"configs/{slug}.yaml")))
        when = start
        prev_run: URIRef | None = None
        best: tuple[float, URIRef] | None = None
        for k in range(n_runs):
            while True:
                name = (
                    f"{rnd.choice(ADJ.split())}-{rnd.choice(ANIMAL.split())}-{rnd.randint(2, 99)}"
                )
                if name not in used_names:
                    used_names.add(name)
                    break
            run_id = f"{rnd.getrandbits(48):012x}"
            r = RUN[run_id]
            impl = impls[k % len(impls)]
            _, _, alg, _, params = impl_of[impl]
            who = AG[RUNNERS[slug][k % len(RUNNERS[slug])]]
            eg.add((e, MLS.hasPart, r))
            eg.add((r, RDF.type, MLS.Run))
            eg.add((r, RDF.type, PROV.Activity))
            eg.add((r, RDFS.label, Literal(name)))
            eg.add((r, DCTERMS.identifier, Literal(run_id)))
            end = when + timedelta(minutes=rnd.randint(6, 300))
            eg.add((r, PROV.startedAtTime, Literal(when, datatype=XSD.dateTime)))
            eg.add((r, PROV.endedAtTime, Literal(end, datatype=XSD.dateTime)))
            eg.add((r, MLS.executes, IMP[impl]))
            eg.add((r, MLS.realizes, ALG[alg]))
            eg.add((r, MLS.achieves, TASK[task]))
            eg.add((r, MLS.hasInput, DS[train]))
            for hp_name, values in params:
                s = bnode()
                eg.add((r, MLS.hasInput, s))
                eg.add((s, RDF.type, MLS.HyperParameterSetting))
                eg.add((s, MLS.specifiedBy, hps[(impl, hp_name)]))
                v = rnd.choice(values)
                eg.add((s, MLS.hasValue, Literal(v)))
            for ent, role in [(DS[train], "training-data"), (DS[test or train], "test-data")]:
                eg.add((r, PROV.used, ent))
                u = bnode()
                eg.add((r, PROV.qualifiedUsage, u))
                eg.add((u, RDF.type, PROV.Usage))
                eg.add((u, PROV.entity, ent))
                eg.add((u, PROV.hadRole, ROLE[role]))
            # older exporter versions wrote only the qualified association
            if k % 4 != 3:
                eg.add((r, PROV.wasAssociatedWith, who))
            a = bnode()
            eg.add((r, PROV.qualifiedAssociation, a))
            eg.add((a, RDF.type, PROV.Association))
            eg.add((a, PROV.agent, who))
            eg.add((a, PROV.hadRole, ROLE["experimenter"]))
            eg.add((a, PROV.hadPlan, plan))
            sw = AG["optuna-sweeper" if len(impls) == 1 and k else "mlhub-runner"]
            eg.add((r, PROV.wasAssociatedWith, sw))
            a2 = bnode()
            eg.add((r, PROV.qualifiedAssociation, a2))
            eg.add((a2, RDF.type, PROV.Association))
            eg.add((a2, PROV.agent, sw))
            eg.add((a2, PROV.hadRole, ROLE["scheduler"]))
            if prev_run is not None and k % 3 != 0:
                eg.add((r, PROV.wasInformedBy, prev_run))
            model_no = k + 1
            m = MOD[f"{slug}-{model_no:02d}"]
            eg.add((r, MLS.hasOutput, m))
            eg.add((m, RDF.type, MLS.Model))
            eg.add((m, RDF.type, PROV.Entity))
            eg.add((m, RDFS.label, Literal(f"{slug}-model-{model_no:02d}")))
            eg.add((m, PROV.wasGeneratedBy, r))
            eg.add((m, PROV.generatedAtTime, Literal(end, datatype=XSD.dateTime)))
            score = 0.0
            for meas in measures:
                ev = bnode()
                eg.add((r, MLS.hasOutput, ev))
                eg.add((ev, RDF.type, MLS.ModelEvaluation))
                eg.add((ev, MLS.specifiedBy, MEAS[meas]))
                if meas in ("rmse", "mae"):
                    v = round(rnd.uniform(0.08, 0.6), 4)
                else:
                    v = round(rnd.uniform(0.62, 0.97), 4)
                eg.add((ev, MLS.hasValue, Literal(v, datatype=XSD.double)))
                if meas == measures[0]:
                    score = -v if meas in ("rmse", "mae") else v
            if best is None or score > best[0]:
                if best is not None:
                    eg.add((m, PROV.wasRevisionOf, best[1]))
                best = (score, m)
            prev_run = r
            when = end + timedelta(hours=rnd.randint(1, 40))
        assert best is not None
        eg.add((best[1], RDF.type, URIRef(BASE + "ns#RegisteredModel")))
        eg.add((best[1], PROV.wasAttributedTo, AG[creator]))
    g.add((URIRef(BASE + "ns#RegisteredModel"), RDFS.subClassOf, MLS.Model))
    g.add((URIRef(BASE + "ns#RegisteredModel"), RDFS.label, Literal("registered model", lang="en")))
    out = HERE / "mlprov.trig"
    out.write_text(trig(ds), encoding="utf-8")
    print(out, sum(1 for _ in ds.quads()))


if __name__ == "__main__":
    main()
