"""The grounded chatbot: backends, prompt templates, entity memory and :class:`ChatBot`."""

from kgchat.chat.backends import (
    ChatBackend,
    EchoBackend,
    ScoringBackend,
    TemplateBackend,
    TransformersBackend,
    get_backend,
)
from kgchat.chat.bot import Answer, ChatBot, ChatConfig, fact_sentence
from kgchat.chat.memory import EntityMemory
from kgchat.chat.prompts import PromptTemplates
from kgchat.chat.turn import AnswerStream

__all__ = [
    "Answer",
    "AnswerStream",
    "ChatBackend",
    "ChatBot",
    "ChatConfig",
    "EchoBackend",
    "EntityMemory",
    "PromptTemplates",
    "ScoringBackend",
    "TemplateBackend",
    "TransformersBackend",
    "fact_sentence",
    "get_backend",
]
