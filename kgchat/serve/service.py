"""What ``kgchat serve`` serves: one graph, index, retriever and model, loaded once, shared.

:class:`ChatService` answers a chat request (the last user message, with the earlier ones as its
conversation), a retrieval request and an entity look-up. It is plain Python, no HTTP: the web
layer (:mod:`kgchat.serve.app`) only translates.

Sharing, by design:

* retrieval runs concurrently (the graph, the index and the retriever are only read);
* the model generates for one request at a time: every backend is wrapped
  (:class:`~kgchat.serve.lock.OneAtATime`) so that ``generate``/``score`` hold one lock (a
  small CPU model gains nothing from running two generations at once, and no backend has to be
  thread-safe); requests wait in turn;
* each chat request gets its own :class:`~kgchat.chat.ChatBot` and entity memory, so no request
  sees another's conversation. The memory is read back from the request's earlier messages
  (:meth:`~kgchat.chat.ChatBot.memory_of`, the last ``history_turns`` exchanges), so the server
  keeps no state per user unless a ``session`` id asks it to. Only the chatbots' cache of what
  kind of thing an entity is (person, place, thing: judged from the graph) is shared.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.chat import ChatBot, TemplateBackend
>>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache"),
...                                   ("Warfarin", "treats", "Thrombosis")])
>>> service = ChatService.from_chatbot(ChatBot(kg, backend=TemplateBackend()), name="demo")
>>> service.model_id
'kgchat:demo:template'
>>> service.complete([{"role": "user", "content": "What does Warfarin treat?"}]).text
'Thrombosis: Warfarin treats Thrombosis [1].'
>>> service.complete([{"role": "user", "content": "What does Aspirin treat?"},
...                   {"role": "assistant", "content": "Headache [1]."},
...                   {"role": "user", "content": "and what does it treat?"}]).resolved_question
'and what does Aspirin treat?'
"""

from __future__ import annotations

import collections
import copy
import logging
import threading
import time
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kgchat.graph.capabilities import entities_at_hand
from kgchat.serve.config import RequestError, ServeConfig
from kgchat.serve.lock import OneAtATime
from kgchat.serve.messages import read_messages
from kgchat.text import tokens

if TYPE_CHECKING:
    from kgchat.chat import Answer, ChatBot, ChatConfig
    from kgchat.graph import KnowledgeGraph
    from kgchat.retrieval import Retriever

__all__ = ["ChatService"]

log = logging.getLogger(__name__)


@dataclass
class _Session:
    lock: threading.Lock = field(default_factory=threading.Lock)
    memory: Any = None


class ChatService:
    """The served graph, retriever and model; see the module docstring.

    Parameters
    ----------
    kg : KnowledgeGraph
    retriever : Retriever
    backend : ChatBackend
        The model; wrapped so that it generates for one request at a time.
    chat_config : ChatConfig, optional
    config : ServeConfig, optional
    name : str
        What the model id calls the graph (``kgchat:<name>:<model>``).
    """

    def __init__(
        self,
        kg: KnowledgeGraph,
        retriever: Retriever,
        backend: Any,
        *,
        chat_config: ChatConfig | None = None,
        config: ServeConfig | None = None,
        name: str = "graph",
    ) -> None:
        from kgchat.chat import ChatConfig

        self.kg, self.retriever = kg, retriever
        self.chat_config = chat_config or ChatConfig()
        self.config = config or ServeConfig()
        self.backend = backend
        self.generation_lock = threading.Lock()
        self.model = OneAtATime.wrap(backend, self.generation_lock)
        self.model_id = f"kgchat:{name}:{_model_name(backend)}"
        self.started = time.time()
        self._sessions: collections.OrderedDict[str, _Session] = collections.OrderedDict()
        self._sessions_lock = threading.Lock()
        self._names: dict[str, str] | None = None
        self._names_lock = threading.Lock()
        from kgchat.chat.kinds import EntityKinds

        self._kinds = EntityKinds(retriever)
        from kgchat.chat.recall import Recall

        # a conversation sent in full is read again on each request: its turns' retrievals
        self._recall = Recall(retriever)

    @classmethod
    def from_chatbot(
        cls, bot: ChatBot, *, config: ServeConfig | None = None, name: str = "graph"
    ) -> ChatService:
        """The service serving ``bot``'s graph, retriever, backend and chat config."""
        return cls(
            bot.kg, bot.retriever, bot.backend, chat_config=bot.config, config=config, name=name
        )

    # ------------------------------------------------------------------ chat
    def stream(
        self,
        messages: Sequence[dict[str, Any]],
        *,
        session: str | None = None,
        max_tokens: int | None = None,
    ) -> Generator[str | Answer, None, None]:
        """Answer the last user message of ``messages``; yield text, then the :class:`Answer`.

        The text pieces concatenate to the checked reply (``Answer.text``): the first piece is
        the answer as soon as retrieval has chosen it; the model's words follow once the
        chatbot has checked them against the facts, so a client never shows text the check
        withdraws. While the model generates, empty pieces mark its progress (a caller may
        close the iterator there: the generation stops). The last item is the ``Answer``.
        """
        question, history = read_messages(messages, self.config)
        cfg = self.chat_config
        if max_tokens is not None:
            if not 1 <= max_tokens <= self.config.max_tokens:
                raise RequestError(
                    f"max_tokens={max_tokens} is out of range: this server allows 1 to "
                    f"{self.config.max_tokens}",
                    param="max_tokens",
                )
            cfg = cfg.replace(max_new_tokens=max_tokens)
        slot = self._session(session) if session else None
        if slot is None:
            yield from self._turn(cfg, question, history, None)
            return
        with slot.lock:  # one turn of a conversation at a time
            yield from self._turn(cfg, question, history, slot)

    def complete(
        self,
        messages: Sequence[dict[str, Any]],
        *,
        session: str | None = None,
        max_tokens: int | None = None,
    ) -> Answer:
        """The :class:`Answer` to ``messages`` (see :meth:`stream`)."""
        items = self.stream(messages, session=session, max_tokens=max_tokens)
        return collections.deque(items, maxlen=1)[0]  # type: ignore[return-value]

    def forget(self, session: str) -> bool:
        """Drop a server-side conversation; False when there was none."""
        with self._sessions_lock:
            return self._sessions.pop(session, None) is not None

    def _turn(
        self,
        cfg: ChatConfig,
        question: str,
        history: list[dict[str, str]],
        slot: _Session | None,
    ) -> Generator[str | Answer, None, None]:
        from kgchat.chat import ChatBot

        bot = ChatBot(self.kg, self.retriever, self.model, cfg)
        bot.kinds = self._kinds  # person/place/thing judgements, cached across requests
        bot.recall = self._recall  # and the latest retrievals, by question
        if slot is None:  # the conversation is the request's own messages: nothing is kept
            stream = bot.stream(question, history=history)
        else:
            if slot.memory is None:  # a new session starts from the messages sent with it
                slot.memory = bot.memory_of(history)
            bot.memory = copy.deepcopy(slot.memory)
            stream = bot.stream(question, remember=True)
        pieces = iter(stream)
        sent = ""
        try:
            for piece in pieces:
                if not sent and piece:
                    sent = piece  # the answer (or the abstention), forced: the reply starts so
                    yield piece
                else:
                    yield ""
        finally:
            close = getattr(pieces, "close", None)
            if close is not None:
                close()  # a caller that stopped early stops the generation here
        answer = stream.result()
        if slot is not None:
            slot.memory = bot.memory
        # the else: not with the packaged templates, where every reply starts with its answer
        ok = answer.text.startswith(sent)
        rest = answer.text[len(sent) :] if ok else "\n" + answer.text
        if rest:
            yield rest
        yield answer

    def _session(self, session: str) -> _Session:
        if self.config.max_sessions == 0:
            raise RequestError(
                "this server keeps no sessions (--max-sessions 0): send the conversation as "
                "messages instead",
                param="session",
            )
        with self._sessions_lock:
            slot = self._sessions.pop(session, None) or _Session()
            self._sessions[session] = slot  # most recently used last
            while len(self._sessions) > self.config.max_sessions:
                self._sessions.popitem(last=False)
            return slot

    # ------------------------------------------------------------------ evidence only
    def retrieve(self, question: str, *, k: int = 10) -> dict[str, Any]:
        """Linked entities, candidate answers and the top ``k`` facts for ``question``."""
        from kgchat.errors import RetrievalError

        if not question.strip():
            raise RequestError("question is empty", param="question")
        try:
            out = self.retriever.retrieve(question).to_dict()
        except RetrievalError as exc:
            raise RequestError(str(exc), param="question") from exc
        out["facts"] = out["facts"][:k]
        out["candidates"] = out["candidates"][:k]
        return out

    def entity(self, name: str, *, limit: int = 200) -> dict[str, Any]:
        """An entity's label, aliases, description, types and (up to ``limit``) facts, found by
        its id (IRI), label or alias."""
        kg = self.kg
        node = name if name in kg else self._named(name)
        if node is None:
            raise RequestError(
                f"no entity {name!r} in the graph: give its IRI, label or alias",
                status=404,
                param="id",
                code="entity_not_found",
            )
        facts = kg.facts_of(node)
        return {
            "id": node,
            "label": kg.label(node),
            "aliases": kg.aliases(node),
            "description": kg.description(node),
            "types": [{"id": t, "label": kg.label(t)} for t in kg.types(node)],
            "facts": [f.to_dict() for f in facts[:limit]],
            "facts_total": len(facts),
        }

    def _named(self, name: str) -> str | None:
        """The entity ``name`` is the label or alias of: from every name of the graph, or of
        a graph too large to list (:func:`~kgchat.graph.capabilities.entities_at_hand`), the
        first found by the linker's look-up of that one name at the endpoint."""
        if not entities_at_hand(self.kg)[1]:
            toks = tokens(name)
            span = self.retriever.linker.names.lookup(toks, 0, len(toks)) if toks else None
            return span[2][0] if span and span[2] else None
        return self._by_name().get(name.casefold())

    def _by_name(self) -> dict[str, str]:
        with self._names_lock:
            if self._names is None:
                names: dict[str, str] = {}
                for node in self.kg.entities():
                    for n in (*self.kg.aliases(node), self.kg.label(node)):
                        names.setdefault(n.casefold(), node)
                self._names = names
            return self._names

    # ------------------------------------------------------------------ status
    def health(self) -> dict[str, Any]:
        """Liveness and what is served."""
        return {
            "status": "ok",
            "model": self.model_id,
            "backend": getattr(self.backend, "name", type(self.backend).__name__),
            "triples": len(self.kg),
            "uptime_s": round(time.time() - self.started, 1),
            "sessions": len(self._sessions),
        }

    def warm_up(self) -> None:
        """Load the encoder and the model now, so the first request does not wait for them:
        a local model also evaluates the prompt's system message once (a new prompt re-uses
        it from the model's cache), and the sample the first pronoun's kind reads is taken."""
        if getattr(self.backend, "context_length", None) is not None:  # a local model loads
            from kgchat.chat.prompts import PromptTemplates

            start = PromptTemplates.load(self.chat_config.prompts).messages("", [])
            for _ in self.model.generate(start, max_new_tokens=1):
                pass
        self._kinds.prepare()
        node = next(iter(self.kg.entities()), None)
        if node is not None:
            self.complete([{"role": "user", "content": f"What is {self.kg.label(node)}?"}])


def _model_name(backend: Any) -> str:
    """The served model's short name: the local model's (folder or file name), an HTTP
    backend's model id, or else the backend's name (``template``)."""
    from kgchat.models import DEFAULT_CHAT_MODEL

    name = str(getattr(backend, "name", "") or type(backend).__name__)
    local = getattr(backend, "model_name", None)
    if isinstance(local, str) and local:
        return local.rstrip("/").rsplit("/", 1)[-1]
    if name in ("openai", "http"):
        return str(getattr(backend, "model", name))
    if name in ("transformers", "llamacpp"):
        return DEFAULT_CHAT_MODEL
    return name
