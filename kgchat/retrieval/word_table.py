"""A graph's table of the tie-break's words, embedded once and kept beside its entity index.

The tie-break among answers tied by one relation path
(:meth:`~kgchat.retrieval.own_facts.OwnFactTies._ties_by_own_facts`) embeds the words of
the tied answers' own facts (:func:`~kgchat.retrieval.own_facts.fact_words`): words of the
graph, new to a process the first time a question ties those answers, and most of the
encoder's time in a retrieval. The table holds every entity's such words with the encoder's
vectors, made once per graph and encoder; :func:`attach` loads it into the retriever's word
cache (:meth:`~kgchat.retrieval.similarity.TextSimilarity.preload`), so a question embeds only
its own words. A word the table lacks is embedded on demand, as without one: the table changes
no score beyond the last digits of float32 (a batch's padding), only when the work is done.

Layout of the folder (``fact-words/`` in the entity index's folder)::

    manifest.json    format, kgchat version, graph fingerprint, encoder (name, model_id, dim),
                     count of words, files' sizes and SHA-256; written last
    words.json       the words, in row order
    vectors.npy      float32 (n, dim), their vectors

Written to a staging folder renamed into place (:func:`kgchat.fsio.writing`). A table is used
only when its manifest names this graph's fingerprint, this encoder and this kgchat version
and its files check (:func:`kgchat.fsio.check_files`); else it is made again. Not made for a
SPARQL endpoint (reading every entity's facts is a crawl of the endpoint), nor for a graph of
more than :data:`MAX_WORDS` words: those embed the words on demand (the latter's table is
saved empty, so that the next process need not read the graph's facts to know).

Examples
--------
>>> import tempfile
>>> from kgchat import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> from kgchat.index import EntityIndex, get_encoder
>>> kg = KnowledgeGraph.from_triples([("Henrik", "gender", "Male"), ("Clara", "gender", "Female")])
>>> r = Retriever(kg, EntityIndex.build(kg, get_encoder("hashing")))
>>> d = tempfile.mkdtemp() + "/fact-words"
>>> attach(r, d)  # made, saved and loaded
2
>>> attach(r, d)  # loaded
2
>>> sorted(load(d, kg, r.index.encoder)[0])
['female', 'male']
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kgchat import fsio
from kgchat.retrieval.own_facts import fact_words

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = ["MAX_WORDS", "attach", "build", "load", "save", "table_dir"]

logger = logging.getLogger(__name__)

FORMAT = "kgchat-fact-words"
FORMAT_VERSION = 1
# a bigger graph embeds its words on demand: half the word cache (TextSimilarity empties it
# past 100,000 texts), and a minute or more of CPU to make (all-MiniLM-L6-v2 took 1.2-1.7 ms
# a word on two shared cores)
MAX_WORDS = 50_000
_SHOW = 2_000  # a progress bar by default from this many words (about two seconds)


def table_dir(index_dir: str | os.PathLike[str]) -> Path:
    """Where the table of the entity index saved in ``index_dir`` is kept."""
    return Path(index_dir) / "fact-words"


def _encoder_key(encoder: Any) -> dict[str, Any]:
    return {"name": encoder.name, "model_id": encoder.model_id, "dim": int(encoder.dim)}


def words_of(retriever: Any) -> list[str]:
    """Every indexed entity's fact words (:func:`~kgchat.retrieval.own_facts.fact_words`),
    each once, in the order met; read without filling the retriever's per-node caches."""
    kg, fanout = retriever.kg, retriever.config.max_fanout
    seen: dict[str, None] = {}
    for node in retriever.index.nodes:
        seen.update(dict.fromkeys(fact_words(kg.neighbors(node, limit=fanout), kg.label)))
    return list(seen)


def build(words: list[str], encoder: Any, progress: bool | None = None) -> np.ndarray:
    """The encoder's float32 vectors of ``words``, one row each (a progress bar for
    :data:`_SHOW` words or more unless ``progress`` says)."""
    show = len(words) >= _SHOW if progress is None else progress
    if not words:
        return np.zeros((0, int(encoder.dim)), np.float32)
    return np.asarray(encoder.encode(words, progress=show), np.float32)


def save(
    directory: str | os.PathLike[str],
    words: list[str],
    vectors: np.ndarray,
    kg: KnowledgeGraph,
    encoder: Any,
) -> Path:
    """Write the table to ``directory`` atomically (see the module docstring)."""
    from kgchat import __version__

    target = Path(directory)
    with fsio.writing(target) as tmp:
        (tmp / "words.json").write_text(json.dumps(words), encoding="utf-8")
        np.save(tmp / "vectors.npy", np.asarray(vectors, np.float32))
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "kgchat_version": __version__,
            "fingerprint": kg.fingerprint,
            "encoder": _encoder_key(encoder),
            "count": len(words),
            "files": fsio.checksums(tmp),
        }
        (tmp / fsio.MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return target


def load(
    directory: str | os.PathLike[str], kg: KnowledgeGraph, encoder: Any
) -> tuple[list[str], np.ndarray] | None:
    """The words and vectors saved in ``directory``, or ``None`` when there is no table there
    or it is not to be trusted: another graph (fingerprint), encoder or kgchat version, a
    missing, changed or unreadable file (each logged)."""
    from kgchat import __version__

    d = Path(directory)
    fsio.recover(d)
    try:
        manifest = json.loads((d / fsio.MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        logger.warning("%s: unreadable manifest (%s); making the table again", d, exc)
        return None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        logger.warning("%s: not a table of words; making it again", d)
        return None
    why = None
    if manifest.get("format_version") != FORMAT_VERSION:
        why = f"format v{manifest.get('format_version')}"
    elif manifest.get("kgchat_version") != __version__:
        why = f"made by kgchat {manifest.get('kgchat_version')}"
    elif manifest.get("fingerprint") != kg.fingerprint:
        why = "made for another version of the graph"
    elif manifest.get("encoder") != _encoder_key(encoder):
        why = f"made with encoder {manifest.get('encoder')}"
    else:
        bad = fsio.check_files(d, manifest.get("files"))
        if bad is not None or not manifest.get("files"):
            why = f"{bad[0]}: {bad[1]}" if bad else "no checksums"
    if why is not None:
        logger.info("%s: stale (%s); making the table again", d, why)
        return None
    try:
        words = json.loads((d / "words.json").read_text(encoding="utf-8"))
        vectors = np.load(d / "vectors.npy", allow_pickle=False)
    except (OSError, ValueError) as exc:
        logger.warning("%s: unreadable (%s); making the table again", d, exc)
        return None
    shape = (manifest.get("count"), int(encoder.dim))
    if (
        not isinstance(words, list)
        or not all(isinstance(w, str) for w in words)
        or vectors.dtype != np.float32
        or vectors.shape != shape
        or len(words) != shape[0]
    ):
        logger.warning("%s: its words and vectors disagree; making the table again", d)
        return None
    return words, vectors


def attach(retriever: Any, directory: str | os.PathLike[str], progress: bool | None = None) -> int:
    """Load the graph's table in ``directory`` into the word cache of ``retriever``'s
    tie-break, making and saving it first where it is absent or stale; the number of words
    loaded (0: none, the words are embedded on demand as the tie-break meets them). Where it
    cannot be saved (a read-only cache), the table made is used by this process only.

    Nothing is made for a SPARQL endpoint, a retriever without an entity index, a tie-break
    whose encoder is not the index's (the vectors would be another encoder's), or a graph of
    more than :data:`MAX_WORDS` words.
    """
    kg, index = retriever.kg, retriever.index
    judge = getattr(retriever, "judge", None)
    sim = getattr(getattr(judge, "scorer", None), "similarity", None)
    encoder = getattr(index, "encoder", None)
    if encoder is None or sim is None or sim.encoder is not encoder or hasattr(kg, "endpoint"):
        return 0
    found = load(directory, kg, encoder)
    if found is None:
        words = words_of(retriever)
        if len(words) > MAX_WORDS:
            logger.info(
                "%d words in the graph's facts, more than %d: embedded on demand",
                len(words),
                MAX_WORDS,
            )
            words = []  # an empty table says so to the next process: the words are not read
        found = words, build(words, encoder, progress)
        try:
            save(directory, *found, kg, encoder)
        except OSError as exc:  # a read-only cache: used in this process only
            logger.warning("%s: could not save the table of words (%s)", directory, exc)
    sim.preload(*found)
    return len(found[0])
