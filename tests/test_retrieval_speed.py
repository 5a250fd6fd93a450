"""Fast paths of retrieval checked against the slow readings they replace, on real components."""

from __future__ import annotations

import numpy as np
import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever, RetrieverConfig
from kgchat.retrieval import combine as combine_module
from kgchat.retrieval.combine import within_pool
from kgchat.retrieval.descriptions import description_parts
from kgchat.retrieval.per_question import PerQuestion, unseen_texts
from kgchat.retrieval.phrases import phrase_parts
from kgchat.retrieval.results import Candidate
from tests.test_retrieval import FOOTBALL


def _rank(scores: list[tuple[float, str]], pool: int) -> list[tuple[float, str]]:
    ranked = sorted(scores, key=lambda x: Candidate(x[1], "", x[0]).rank_key())
    return ranked[:pool]


@pytest.mark.parametrize("seed", range(40))
def test_within_pool_keeps_every_candidate_of_the_first_pool(seed):
    rng = np.random.default_rng(seed)
    n_single, n_joint, pool = (int(x) for x in rng.integers(0, 60, 3))
    pool = max(pool, 1)
    # few distinct values, some a rounding apart: ties at and around the cut
    levels = rng.choice([0.5, 0.5 + 4e-7, 0.5 + 3e-6, 0.7, 1.2, -np.inf], n_single + n_joint)
    single, joint = levels[:n_single].astype(float), levels[n_single:].tolist()
    names = [f"n{int(i):03d}" for i in rng.permutation(n_single + n_joint)]
    everyone = [(float(s), names[i]) for i, s in enumerate(single)] + [
        (s, names[n_single + i]) for i, s in enumerate(joint)
    ]
    chosen, joined = within_pool(single, joint, pool)
    kept = [(float(single[i]), names[i]) for i in chosen] + [
        (joint[i], names[n_single + i]) for i in joined
    ]
    assert _rank(kept, pool) == _rank(everyone, pool)


def _hubs() -> KnowledgeGraph:
    """Two hubs sharing most of their neighbours: a two-mention question's walks meet on
    many more nodes than the candidate pool."""
    triples = []
    for i in range(80):
        if i % 5:
            triples.append(("Alpha_Hub", "links_to", f"Node_{i:02d}"))
        if i % 7:
            triples.append(("Beta_Hub", "links_to", f"Node_{i:02d}"))
        triples.append((f"Node_{i:02d}", "has_colour", "Red" if i % 3 else "Blue"))
    return KnowledgeGraph.from_triples(triples)


def test_joint_candidates_pruned_before_ranking_rank_as_all_of_them(monkeypatch):
    kg = _hubs()
    question = "Which nodes does Alpha Hub link to that Beta Hub also links to?"
    config = RetrieverConfig(max_candidates=5, max_facts=8)
    fast = Retriever(kg, config=config).retrieve(question)

    def everyone(single, joint, pool):  # the slow reading: a Candidate for every node
        return range(len(single)), range(len(joint))

    monkeypatch.setattr(combine_module, "within_pool", everyone)
    slow = Retriever(kg, config=config).retrieve(question)
    # every node tied with the best is handed back (results.handed_back), the rest cut at 5
    assert len(fast.candidates) == len(slow.candidates) >= 5
    assert [(c.node, c.score) for c in fast.candidates] == [
        (c.node, c.score) for c in slow.candidates
    ]
    assert [p.pattern for c in fast.candidates for p in c.paths] == [
        p.pattern for c in slow.candidates for p in c.paths
    ]
    assert fast.confidence == slow.confidence
    assert [str(f) for f in fast.facts] == [str(f) for f in slow.facts]


def _every_path(c: PerQuestion, paths) -> tuple[list[str], list[str]]:
    """The reading :func:`unseen_texts` replaces: every phrase and type word of every path."""
    new: list[str] = []
    phrases: list[str] = []
    for path in paths:
        for phrase in (*path.phrases, *path.inverses, *(x for xs in path.synonyms for x in xs)):
            if phrase not in c.phrases_seen:
                c.phrases_seen.add(phrase)
                phrases.append(phrase)
                new.extend(w for w in phrase_parts(phrase)[0] if w not in c.to_words)
        for text in path.definitions:
            if text and text not in c.definitions_seen:
                c.definitions_seen.add(text)
                phrases.extend((text, *description_parts(text)))
        for types in (path.answer_types, path.said_types, path.middle):
            if types is not None and types not in c.typing:
                new.extend(w for w in types if w not in c.to_words)
    return list(dict.fromkeys(new)), phrases


def test_unseen_texts_reads_each_phrase_tuple_once_as_every_path_would():
    kg = KnowledgeGraph.from_triples(FOOTBALL)
    r = Retriever(kg)
    res = r.retrieve("Which country is the club of Alan PULIDO in?")
    q = res.reading
    patterns = [
        *sorted({p.pattern for c in res.candidates for p in c.paths}),
        (("plays_in_club", True), ("plays_in_club", False)),
        (("plays_for_country", False),),
    ]
    types = [("country",), ("club", "team"), (), ("player", "country")]
    rng = np.random.default_rng(0)
    batches = [
        [
            r.query(patterns[i % len(patterns)], types[j % len(types)], (), types[k % 4], True)
            for i, j, k in rng.integers(0, 8, (60, 3))
        ]
        for _ in range(3)
    ]
    fast, slow = PerQuestion(q), PerQuestion(q)
    for batch in batches:
        got, want = unseen_texts(fast, batch), _every_path(slow, batch)
        assert got == want
        assert fast.phrases_seen == slow.phrases_seen
        for c, (words, _) in ((fast, got), (slow, want)):  # as HeuristicPathScorer._prepare
            for w in words:
                c.to_words[w] = np.zeros(len(q.words), np.float32)
            for path in batch:
                c.typing.setdefault(path.answer_types, (None, 0.0))
    assert any(w for w, _ in [unseen_texts(PerQuestion(q), batches[0])])


def test_the_words_a_tie_reads_are_kept_per_node_as_read_afresh():
    kg = KnowledgeGraph.from_triples(FOOTBALL)
    r = Retriever(kg)
    r.retrieve("Who plays for France?")  # a tie of three players
    nodes = ["Laurent_KOSCIELNY", "Olivier_GIROUD", "Hugo_LLORIS"]
    kept = {n: r._fact_words(n) for n in nodes}
    # (its facts in the order of their keys: plays_for_country, plays_in_club, position)
    assert kept["Olivier_GIROUD"] == ("france", "arsenal", "fc", "forward")
    r._own_words.clear()
    assert {n: r._fact_words(n) for n in nodes} == kept
    first = r.retrieve("Who plays for France?")
    again = r.retrieve("Who plays for France?")
    assert [c.node for c in first.candidates] == [c.node for c in again.candidates]


def test_the_lexicons_relatedness_kept_per_pair_is_the_lexicons():
    from kgchat.retrieval.similarity import TextSimilarity
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    if lexicon is None:
        pytest.skip("no WordNet database")
    a = ["wife", "wrote", "father", "capital", "bordering"]
    b = ["spouse", "author", "parent", "city", "neighbour"]
    sim = TextSimilarity(lexicon=lexicon, lexical=0.6)
    first = sim.words(a, b, ["spouse of", None, None, None, None])
    again = sim.words(a, b, ["spouse of", None, None, None, None])
    assert np.array_equal(first, again)
    assert sim._related  # the pairs were kept...
    for (x, y), r in sim._related.items():  # ...as the lexicon reads them afresh
        assert r == lexicon.related(x, y)
    assert first[0, 0] > 0  # "wife" and "spouse": one meaning a step more specific


def test_normalize_skips_the_combining_marks_of_ascii_text_as_reading_them_would():
    import unicodedata

    from kgchat import text as kt

    def slow(text: str) -> str:  # normalize before its ASCII fast path
        text = kt._CONTROL.sub(" ", kt._ESCAPE.sub("", text))
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = kt._POSSESSIVE.sub(r"\1", text.lower())
        return " ".join(kt._NON_WORD.sub(" ", text.replace("_", " ")).split())

    texts = [
        "Who produced Michael Jackson's Thriller album?",
        "Beyoncé's Crème brûlée – São Paulo",
        "Ｆｕｌｌｗｉｄｔｈ ﬁ ligature ½",  # NFKD makes ASCII of them
        "Zoë\u0301 e\u0308 \x1b[1;31mMigraine\x1b[0m?\x07",
        "Ærøskøbing İstanbul Łódź",
        "",
        "plain_ascii-text 42",
        "".join(chr(i) for i in range(1, 0x250)),
    ]
    assert [kt.normalize(t) for t in texts] == [slow(t) for t in texts]
    assert all(not unicodedata.combining(chr(i)) for i in range(128))


# a graph where the encoder's cosine says more than the words do ("money" and ``currency``)
# and where a middle hop left unsaid caps the confidence ("the president": ``head of state``)
_COUNTRY = [
    ("Kenya", "population_total", "53000000"),
    ("Kenya", "capital", "Nairobi"),
    ("Nairobi", "population_total", "4400000"),
    ("Kenya", "head_of_state", "William_Ruto"),
    ("William_Ruto", "date_of_birth", "1966"),
    ("Kenya", "currency", "Kenyan_shilling"),
    ("Nairobi", "elevation", "1795"),
    ("Kenya", "borders", "Uganda"),
    ("Uganda", "capital", "Kampala"),
]
_ASKED = [
    ("When was the president of Kenya born?", _COUNTRY),
    ("What money is used in Kenya?", _COUNTRY),
    ("How many inhabitants does Nairobi have?", _COUNTRY),
    ("How high is the capital of Kenya?", _COUNTRY),
    ("How many people live in the capital of Kenya?", _COUNTRY),
    ("What is the main city of Uganda?", _COUNTRY),
    ("How old is the forward of Tigres UANL?", FOOTBALL),
    ("What is the age of the players of Mexico?", FOOTBALL),
    ("What position do the players of Arsenal FC play?", FOOTBALL),
    ("Who are the teammates of Olivier GIROUD?", FOOTBALL),
]


# a capped confidence on each graph, one raised by the cosine, one neither
_ONE_BY_ONE = [_ASKED[i] for i in (0, 1, 4, 6, 7)]


def _every_cosine(
    judge, question, path, *, value=None, kinds=None, alternatives=(), ceiling=None, peers=None
):
    """``RelationMatch.confidence`` read as before its shortcuts: every cosine computed."""
    from dataclasses import replace

    from kgchat.retrieval.question_shapes import wh_typed
    from kgchat.retrieval.values import VALUE_KINDS

    if kinds is not None and not question.named_type:
        path = replace(path, answer_types=kinds)
    lexical = judge._lexical(question, path, peers)
    if lexical >= 1.0:
        judged = 1.0
    else:
        judged = judge._judged(question, path, lexical)
        judged = max(judged, judge._chosen(question, path, alternatives, judged))
    if value is False and VALUE_KINDS.intersection(question.answer_type):
        judged = min(judged, judge.meets(path.answer_types, question.answer_type))
    elif kinds and wh_typed(question) and not VALUE_KINDS.intersection(question.answer_type):
        judged = min(judged, judge._of_wh_type(question, kinds, value, path))
    against = judge.scorer.passive_order(question, path)
    return judged * (1.0 + against) if against < 0 else judged


def _fresh(triples) -> Retriever:
    """A retriever over ``triples`` with the real sentence encoder, its caches empty."""
    from kgchat.index import EntityIndex, get_encoder

    kg = KnowledgeGraph.from_triples(triples)
    return Retriever(kg, EntityIndex.build(kg, get_encoder("sentence-transformers")))


def test_a_confidence_capped_by_its_middle_hops_spends_no_cosine_and_is_the_same(monkeypatch):
    from kgchat.retrieval import confidence as confidence_module

    judged = confidence_module.RelationMatch._judged
    calls: list[str] = []

    def counted(self, question, path, lexical):
        calls.append(question.text)
        return judged(self, question, path, lexical)

    monkeypatch.setattr(confidence_module.RelationMatch, "_judged", counted)
    # each question asked of a fresh retriever: a pass left out leaves its texts out of the
    # word cache, which a later question may embed in another batch (float32's last digits)
    got = [_fresh(t).retrieve(q) for q, t in _ONE_BY_ONE]
    saved = len(calls)
    monkeypatch.setattr(confidence_module.RelationMatch, "confidence", _every_cosine)
    calls.clear()
    want = [_fresh(t).retrieve(q) for q, t in _ONE_BY_ONE]
    assert [r.confidence for r in got] == [r.confidence for r in want]
    assert [r.abstained for r in got] == [r.abstained for r in want]
    assert saved < len(calls)  # some cosines were not needed


def test_a_judgement_under_any_ceiling_keeps_what_the_caller_keeps():
    retrievers = {id(t): _fresh(t) for t in (_COUNTRY, FOOTBALL)}
    checked = raised = 0
    for question, triples in _ASKED:
        r = retrievers[id(triples)]
        res = r.retrieve(question)
        for c in res.candidates[:4]:
            for p in c.paths[:2]:
                query = r.query(p.pattern, r.answer_types(c.node))
                kinds = r.kinds_of(c.node)
                value = r.is_literal(c.node)
                others = [r.query(o.pattern, ()) for x in res.candidates[:6] for o in x.paths[:1]]
                slow = _every_cosine(
                    r.judge, res.reading, query, value=value, kinds=kinds, alternatives=others
                )
                fast = r.judge.confidence(
                    res.reading, query, value=value, kinds=kinds, alternatives=others
                )
                assert fast == slow  # without a ceiling: the very value
                words = r.judge.confidence(
                    res.reading, query, value=value, kinds=kinds, ceiling=0.0
                )
                raised += slow > words  # the cosine said more than the words
                for ceiling in (0.0, 0.05, 0.2, 0.3, 0.4, 0.5, words, slow, 0.99, 1.0):
                    fast = r.judge.confidence(
                        res.reading,
                        query,
                        value=value,
                        kinds=kinds,
                        alternatives=others,
                        ceiling=ceiling,
                    )
                    assert min(fast, ceiling) == min(slow, ceiling)
                    checked += 1
    assert checked > 100
    assert raised >= 2


@pytest.mark.parametrize("value", [False, None])
def test_the_judges_shortcuts_give_the_every_cosine_reading_on_any_figures(value):
    from kgchat.retrieval.confidence import RelationMatch
    from kgchat.retrieval.path_query import PathQuery
    from kgchat.retrieval.question import analyze

    judge = RelationMatch()
    # "when" asks a value: answered by an entity (value False) it is capped by its type words
    q = analyze("When was Alan PULIDO born?", [(2, 4)])
    path = PathQuery((("born_in", True),), ("born in",), ("city",))
    levels = (0.0, 0.2, 0.5, 0.7, 1.0)
    rng = np.random.default_rng(0)
    for lexical, meaning, chosen, cap in rng.choice(levels, (300, 4)).tolist():
        against = float(rng.choice((-1.0, -0.5, 0.0, 0.5)))
        judge._lexical = lambda *_, x=lexical: x
        judge._judged = lambda _q, _p, lex, m=meaning: float(min(1.0, max(0.0, lex, m)))
        judge._chosen = lambda *_, c=chosen: c
        judge.meets = lambda *_, c=cap: c
        judge.scorer.passive_order = lambda *_, a=against: a
        slow = _every_cosine(judge, q, path, value=value)
        assert judge.confidence(q, path, value=value) == slow
        for ceiling in (*levels, 0.35, slow):
            fast = judge.confidence(q, path, value=value, ceiling=ceiling)
            assert min(fast, ceiling) == min(slow, ceiling)


def _per_path_components(scorer, question, paths) -> np.ndarray:
    """The reading :meth:`HeuristicPathScorer.components` replaces: every path's parts read
    path by path (its type words' said reading, its time and prepositions each time)."""
    from kgchat.retrieval.said_hops import said_hops, says_all
    from kgchat.retrieval.scoring import _best
    from kgchat.retrieval.unsaid import crosses_kinds, repeated_hops
    from kgchat.retrieval.values import names_a_time

    c = scorer._prepare(question, paths)
    out = np.zeros((len(paths), 6), np.float32)
    typed, n_q = bool(question.answer_type), len(question.words)
    zero = np.zeros(n_q, np.float32)
    rel_rows: dict = {}
    typ_rows: dict = {}
    mid_rows: dict = {}
    rels, typs, mids, pairs, rows = [], [], [], [], []
    for k, path in enumerate(paths):
        key = (path.pattern, path.phrases, path.inverses, path.synonyms, path.definitions)
        rel = c.relation.get(key)
        if rel is None:
            rel = c.relation[key] = scorer._relation(c, path)
        typ = c.typing.get(path.answer_types)
        if typ is None:
            typ = c.typing[path.answer_types] = scorer._typing(c, path.answer_types)
        if path.said_types is not None:
            said_typ = c.typing.get(path.said_types)
            if said_typ is None:
                said_typ = c.typing[path.said_types] = scorer._typing(c, path.said_types)
            if typ[0] is not None:
                said = zero if said_typ[0] is None else said_typ[0]
                typ = (np.where(c.type_words, typ[0], said), typ[1])
        cover_rel, support, preps, order, unsaid = rel
        mid = c.typing.get(path.middle)
        if mid is None:
            mid = c.typing[path.middle] = scorer._typing(c, path.middle)
        if question.counts:
            if cover_rel is not None or (typed and typ[0] is not None):
                cover = _best(_best(cover_rel, typ[0] if typed else None), mid[0])
                out[k, 0] = scorer._repeated_cover(c, path, cover)
        else:
            r = rel_rows.setdefault(key, len(rel_rows))
            t = typ_rows.setdefault(path.answer_types, len(typ_rows))
            pairs.append((r, t, mid_rows.setdefault(path.middle, len(mid_rows))))
            if len(rels) < len(rel_rows):
                rels.append(zero if cover_rel is None else cover_rel)
            if len(typs) < len(typ_rows):
                typs.append(zero if typ[0] is None or not typed else typ[0])
            if len(mids) < len(mid_rows):
                mids.append(zero if mid[0] is None else mid[0])
        prep = len(preps & c.qpreps) / len(preps) if preps else 0.0
        if c.owned and len(path.pattern) == 1:
            order = scorer._owner_order(c, path, order, cover_rel, typ[0])
        if c.asks_time or not path.phrases:
            untimely = 0.0
        elif "date" in path.answer_types:
            untimely = 1.0
        else:
            last = phrase_parts(path.phrases[-1])[0]
            untimely = float(path.pattern[-1][1] and names_a_time(last))
        hops = len(path.pattern) - 1 - path.free_hops
        # a walk whose every hop the question names pays no price beyond its first
        if scorer.config.said_hop and len(path.parts) < 2:
            named = said_hops(c, scorer.plans, scorer.plans.number_of(path))
            if named >= len(path.pattern) - path.free_hops:
                hops -= scorer.config.said_hop * max(hops, 0)
        # a relation walked again, unsaid unless every hop is named (fix61d: unsaid.repeated_hops)
        key = scorer.plans.number_of(path)
        named_n = said_hops(c, scorer.plans, key) if scorer.config.said_hop else 0
        whole = len(path.pattern) - path.free_hops
        # ... and one walked on into another kind of thing says itself again (fix62a)
        across = crosses_kinds(path, bool(question.named_type), typ[1], mid[1])
        again = (
            0
            if named_n >= whole or not says_all(c, scorer.plans, key)
            else repeated_hops(path, across)
        )
        hops += scorer._unsaid_price(c, path, unsaid + again, mid[0])
        rows.append((support, prep, typ[1] - untimely, hops, order))
    out[:, 1:] = np.array(rows, np.float32)
    if not question.counts and n_q:
        R, T, M = np.stack(rels), np.stack(typs), np.stack(mids)
        at = np.array(pairs, np.intp)
        out[:, 0] = np.maximum(np.maximum(R[at[:, 0]], T[at[:, 1]]), M[at[:, 2]]).mean(axis=1)
    return out


def test_components_read_once_a_relation_are_every_paths_own_reading():
    from dataclasses import replace

    from kgchat.pipeline import make_retriever

    triples = [
        *FOOTBALL,
        ("Tigres_UANL", "founding_year", "1960"),
        ("Tigres_UANL", "founding_date", "1960-03-07"),
        ("Mexico", "capital_city", "Mexico_City"),
        ("Mexico_City", "rdf:type", "City"),
        ("Mexico", "rdf:type", "Country"),
        ("Tigres_UANL", "founded_by", "Some_Founder"),
    ]
    r = make_retriever(KnowledgeGraph.from_triples(triples), encoder="hashing", index_dir=None)
    scorer = r.scorer
    met: list[tuple] = []  # (question, paths) as the walks score them
    plain = scorer.score
    scorer.score = lambda q, paths: met.append((q, list(paths))) or plain(q, paths)
    for question in [
        "Which country is the club of Alan PULIDO in?",  # an owner noun ("the club of X")
        "Who founded the club of Alan PULIDO?",  # the one-hop founder: against the owner
        "When was the club of Alan PULIDO founded?",  # a time asked
        "What is the founding year of Tigres UANL?",
        "Which club of which country does the player Alan PULIDO play in club for?",  # counts
        "Which player plays for the country of the club of Alan PULIDO and plays?",
        "What is the capital city of the country of Tigres UANL?",
        "Who plays for France?",
    ]:
        r.retrieve(question)
    scorer.score = plain
    assert any(q.counts for q, _ in met) and any(PerQuestion(q).owned for q, _ in met)
    rng = np.random.default_rng(0)
    checked = 0
    for q, paths in met:
        # the walk's own, then shuffled with other type words' said readings and hops
        # (no type word may say a question word, or only the first)
        said = [() if i % 4 == 1 else p.answer_types[:1] or None for i, p in enumerate(paths)]
        varied = [replace(p, said_types=said[i]) for i, p in enumerate(paths) if i % 2]
        for batch in (paths, [*paths, *varied][::-1], list(rng.permutation(paths + varied))):
            scorer._q = None
            fast = scorer.components(q, batch)
            scorer._q = None
            slow = _per_path_components(scorer, q, batch)
            assert np.array_equal(fast, slow)
            checked += len(batch)
    assert checked > 100


@pytest.mark.parametrize("seed", range(30))
def test_keep_better_leaves_what_the_node_by_node_loop_leaves(seed):
    from kgchat.retrieval.walk_reached import beats, keep_better, level

    rng = np.random.default_rng(seed)
    names = [f"n{i}" for i in range(40)]
    # ties, ties in all but the last float32 bits, and an entry that reached nothing
    scores = [0.5, 0.5, float(np.float32(0.5) - np.spacing(np.float32(0.5))), 0.7, 1.2, -np.inf]
    kept = {names[int(i)]: (float(rng.choice(scores)), "old") for i in rng.choice(40, 15)}
    if seed % 3 == 0:
        kept = {}  # (the bulk path: no node reached before)
    reached = list(dict.fromkeys(names[int(i)] for i in rng.choice(40, 25)))
    entries = [(float(rng.choice(scores)), f"new{k}") for k in range(len(reached))]
    loop = dict(kept)
    loop_ties: dict[str, list] = {}
    for node, entry in zip(reached, entries, strict=True):  # the retriever's loop
        old = loop.get(node)
        if old is None or beats(entry[0], old[0]):
            loop[node] = entry
        elif level(entry[0], old[0]) and entry[1] != old[1]:
            loop_ties.setdefault(node, []).append(entry)
    with_ties, ties = dict(kept), {}
    keep_better(kept, reached, iter(entries))
    assert list(kept.items()) == list(loop.items())  # the same entries, in the same order
    keep_better(with_ties, reached, iter(entries), ties)  # and collecting the ties
    assert list(with_ties.items()) == list(loop.items())
    assert ties == loop_ties


def _pattern_score(seed: int, pattern) -> float:
    import hashlib

    return int(hashlib.sha1(f"{seed}{pattern}".encode()).hexdigest()[:8], 16) / 2**32


@pytest.mark.parametrize("seed", range(20))
def test_a_walk_grown_from_what_walks_before_it_kept_is_a_fresh_walk(seed):
    from kgchat.retrieval.walk import Walk

    rng = np.random.default_rng(seed)
    nodes = [f"n{i}" for i in range(12)] + ['"7"', '"x"']
    predicates = ["p", "q", "r", "rdf:type", "rdfs:subClassOf"]
    triples = {
        (str(rng.choice(nodes[:12])), str(rng.choice(predicates)), str(rng.choice(nodes)))
        for _ in range(40)
    }
    kg = KnowledgeGraph.from_triples(sorted(triples))
    kept: dict = {}  # one graph's, across walks from the same and other starts
    hits = 0
    for k in range(12):
        start = str(rng.choice(nodes[:3]))  # a start walked from before, often
        options = dict(
            max_nodes=int(rng.choice([2, 5])), beam=int(rng.integers(1, 4)), type_only=k % 4 == 3
        )
        hits += any(key[:3] == (start, options["type_only"], options["max_nodes"]) for key in kept)

        def score(grown, k=k):
            return {p: _pattern_score(seed * 10 + k, p) for p in grown}

        fresh = Walk(kg.neighbors, kg.is_literal, start, **options).run(3, score)
        again = Walk(kg.neighbors, kg.is_literal, start, **options, grown=kept).run(3, score)
        assert list(fresh) == list(again)  # the same patterns, in the same order
        for pattern, reached in fresh.items():
            assert list(reached.items()) == list(again[pattern].items())
    assert hits


def test_a_retriever_answers_as_afresh_about_an_entity_it_walked_from_before():
    from dataclasses import replace

    kg = KnowledgeGraph.from_triples(FOOTBALL)
    questions = [
        "Which country is the club of Alan PULIDO in?",
        "What position does Alan PULIDO play?",
        "Which players play for France?",
        "Where is the club of Alan PULIDO?",
        "Which country does Laurent KOSCIELNY play for?",
        "Who plays for France in Arsenal FC?",
    ]
    warm = Retriever(kg)

    def untimed(r: Retriever, q: str) -> str:
        return repr(replace(r.retrieve(q), timings={}))

    for q in questions:
        assert warm._grown or q == questions[0]
        assert untimed(warm, q) == untimed(Retriever(kg), q)


def test_a_prepared_retriever_has_built_its_tables_and_answers_as_a_lazy_one():
    """``settle(retriever)`` builds the lead names and reads every entity's type words, which
    a question would otherwise do on first need (:meth:`Retriever.prepare`); what every
    question then finds is the same, to the last bit of every score."""
    import gc

    from kgchat.graph.vocab import RDFS
    from kgchat.pipeline import make_retriever, settle

    kg = KnowledgeGraph.from_triples(
        [
            ("Freddie_Mercury", RDFS + "comment", '"Freddie Mercury (born Farrokh Bulsara) sang."'),
            ("Queen", "member", "Freddie_Mercury"),
            ("Queen", "formed in", '"1970"'),
            *FOOTBALL,
        ]
    )
    lazy = make_retriever(kg, encoder="hashing", index_dir=None)
    ready = make_retriever(kg, encoder="hashing", index_dir=None)
    before = gc.get_threshold()
    try:
        settle(ready)
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
    assert ready.linker._leads is not None and ready.linker._leads._leads is not None
    assert lazy.linker._leads is not None and lazy.linker._leads._leads is None
    assert {"Freddie_Mercury", "Queen"} <= ready._types.keys() and not lazy._types
    assert set(kg.literals()) <= ready._types.keys()  # the values' type words too
    for question in (
        "Which band was Farrokh Bulsara a member of?",
        "Who is a member of Queen?",
        "When was Queen formed?",
        "Which club does Alan Pulido play for?",
        "Which country is the club of Alan Pulido in?",
    ):
        a, b = lazy.retrieve(question), ready.retrieve(question)
        assert [m.node for m in b.mentions] == [m.node for m in a.mentions]
        assert (b.answer, b.confidence) == (a.answer, a.confidence)
        assert [(c.node, c.score, c.paths) for c in b.candidates] == [
            (c.node, c.score, c.paths) for c in a.candidates
        ]
        assert [(f.fact, f.score) for f in b.facts] == [(f.fact, f.score) for f in a.facts]
    said = ready.retrieve("Which band was Farrokh Bulsara a member of?")
    assert "Freddie_Mercury" in [m.node for m in said.mentions]  # by the lead names


def test_the_facts_handed_back_are_each_read_from_the_graph_once():
    """``select_facts`` reads each fact once (its text for the budget, then the fact handed
    back), and hands back what reading them at the end gave."""
    from collections import Counter

    from kgchat.retrieval.facts import select_facts
    from kgchat.retrieval.results import Path

    kg = KnowledgeGraph.from_triples(FOOTBALL)
    reads: Counter[int] = Counter()

    class Counting:
        def fact(self, handle: int) -> object:
            reads[handle] += 1
            return kg.fact(handle)

    edges = kg.neighbors("Alan_PULIDO")
    path = Path(
        "Alan_PULIDO", (("plays_in_club", True),), ("Alan_PULIDO", "Tigres_UANL"), (0,), 1.0
    )
    best = Candidate("Tigres_UANL", "Tigres UANL", 1.0, [path])
    got = select_facts(Counting(), [best], [edges], RetrieverConfig())
    assert reads and max(reads.values()) == 1
    assert [(sf.fact, sf.score) for sf in got] == [
        (kg.fact(h), s) for h, s in [(0, 1.0)] + [(e.fact, 0.75) for e in edges if e.fact != 0]
    ]


def test_a_relations_figures_by_number_are_those_read_afresh_without_its_prefixes():
    """The hop figures a question keeps per relation path number, each extended from its
    prefix's (:class:`~kgchat.retrieval.hop_support.RelationPlans`), are those of the path
    read alone on fresh numbers and a fresh question (no prefix read first), in any order; a
    path without inverses or synonyms given has the number of the one with them as none."""
    from kgchat.pipeline import make_retriever
    from kgchat.retrieval.hop_support import RelationPlans

    triples = [
        *FOOTBALL,
        ("Mexico", "capital_city", "Mexico_City"),
        ("Tigres_UANL", "founded_by", "Some_Founder"),
        ("Some_Founder", "born_in", "Mexico_City"),
    ]
    r = make_retriever(KnowledgeGraph.from_triples(triples), encoder="hashing", index_dir=None)
    scorer = r.scorer
    met: list[tuple] = []
    plain = scorer.score
    scorer.score = lambda q, paths: met.append((q, list(paths))) or plain(q, paths)
    for question in (
        "Who founded the club of Alan PULIDO?",
        "Where was the founder of the club of Alan PULIDO born?",
        "What is the capital city of the country of Tigres UANL?",
    ):
        r.retrieve(question)
    scorer.score = plain
    checked = 0
    for q, paths in met:
        scorer._q = None
        c = scorer._prepare(q, paths)
        walked = [p for p in paths if p.pattern]
        kept = [scorer._relation(c, p) for p in walked]
        for path, figures in reversed(list(zip(walked, kept, strict=True))):
            scorer.plans = RelationPlans()
            scorer._q = None
            alone = scorer._relation(scorer._prepare(q, [path]), path)
            assert (alone[0] is None) == (figures[0] is None)
            assert figures[0] is None or np.array_equal(alone[0], figures[0])
            assert alone[1:] == figures[1:]
            checked += 1
            n = len(path.pattern)
            filled = (path.pattern, path.phrases, ("",) * n, ((),) * n, ("",) * n)
            if not path.inverses and not path.synonyms and not path.definitions:
                bare = (path.pattern, path.phrases, (), (), ())
                assert scorer.plans.number(bare) == scorer.plans.number(filled)
    assert checked > 50


@pytest.mark.parametrize("seed", range(20))
def test_the_scalar_and_one_array_readings_are_numpys_own(seed):
    """A phrase's whole-meaning match (``TextSimilarity.related``: :func:`rescale`'s float32
    arithmetic on one number) and its words' mean best and maxima (one array) are what the
    array readings they replace give, bit for bit."""
    from kgchat.retrieval.similarity import TextSimilarity, rescale

    rng = np.random.default_rng(seed)
    sim = TextSimilarity(encoder=object())
    sim._floor = float(rng.uniform(0.2, 0.6))
    vectors = rng.normal(size=(12, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    sim.preload([str(i) for i in range(12)], vectors)
    for i in range(12):
        for j in range(12):
            want = float(rescale(np.float32(vectors[i] @ vectors[j]), sim._floor))
            assert sim.related(str(i), str(j)) == want
    for k in (2, 3, 5):
        vecs = list(rng.uniform(0, 1, size=(k, 7)).astype(np.float32))
        matrix = np.array(vecs)
        assert float(matrix.max(axis=1).mean()) == float(np.mean([v.max() for v in vecs]))
        assert np.array_equal(matrix.max(axis=0), np.maximum.reduce(vecs))


def test_prepare_hands_the_lexicon_the_graphs_relation_and_type_words():
    """:meth:`Retriever.prepare` has WordNet read the graph's words beforehand (what
    :meth:`~kgchat.retrieval.similarity.TextSimilarity.words` reads of them on a question's
    first pair), each once; and answers stay those of a retriever that did not."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(FOOTBALL)
    lazy = make_retriever(kg, encoder="hashing", index_dir=None)
    ready = make_retriever(kg, encoder="hashing", index_dir=None)
    lexicon = ready.scorer.similarity.lexicon  # type: ignore[attr-defined]
    if lexicon is None:
        pytest.skip("no WordNet")
    got: list[str] = []

    class Reading:
        def __getattr__(self, name: str):
            return getattr(lexicon, name)

        def prepare(self, words):
            got.extend(words)
            lexicon.prepare(got)

    ready.scorer.similarity.lexicon = Reading()  # type: ignore[attr-defined]
    ready.prepare()
    assert len(got) == len(set(got)) and {"club", "country"} <= set(got)
    assert set(ready.type_words()) <= set(got)
    question = "Which country is the club of Alan Pulido in?"
    a, b = lazy.retrieve(question), ready.retrieve(question)
    assert [(c.node, c.score) for c in b.candidates] == [(c.node, c.score) for c in a.candidates]
