"""The public surface: every module's ``__all__`` names what it defines, and nothing heavy is
imported by ``import kgchat``."""

from __future__ import annotations

import importlib

import pytest

import kgchat

PUBLIC = [
    "kgchat",
    "kgchat.errors",
    "kgchat.config",
    "kgchat.text",
    "kgchat.graph",
    "kgchat.graph.names",
    "kgchat.graph.formats",
    "kgchat.index",
    "kgchat.linking",
    "kgchat.retrieval",
    "kgchat.chat",
    "kgchat.evaluation",
]


@pytest.mark.parametrize("name", PUBLIC)
def test_all_names_exist(name):
    module = importlib.import_module(name)
    assert module.__all__, f"{name} has no __all__"
    for attr in module.__all__:
        assert hasattr(module, attr), f"{name}.__all__ names {attr!r}, which it lacks"


def test_top_level_api_is_stable():
    assert set(kgchat.__all__) == {
        "Fact",
        "GraphConfig",
        "KGChatError",
        "KnowledgeGraph",
        "__version__",
    }


def test_every_error_is_a_kgchat_error():
    from kgchat import errors

    for name in errors.__all__:
        assert issubclass(getattr(errors, name), errors.KGChatError)
