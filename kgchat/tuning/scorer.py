"""Where the learned path scorer was; it lives in the retrieval layer now, beside the retriever
it plugs into: :mod:`kgchat.retrieval.learned` (:class:`LearnedPathScorer`),
:mod:`kgchat.retrieval.path_features` and :mod:`kgchat.retrieval.path_heads`. These names stay
importable from here.
"""

from kgchat.retrieval.learned import CONFIG_FILE, HEAD_FILE, LearnedPathScorer, heuristic_scorer
from kgchat.retrieval.path_features import FeatureExtractor, hop_texts, make_extractor, path_text
from kgchat.retrieval.path_heads import PathHead, TokenPathHead, make_head, token_inputs

__all__ = [
    "CONFIG_FILE",
    "HEAD_FILE",
    "FeatureExtractor",
    "LearnedPathScorer",
    "PathHead",
    "TokenPathHead",
    "heuristic_scorer",
    "hop_texts",
    "make_extractor",
    "make_head",
    "path_text",
    "token_inputs",
]
