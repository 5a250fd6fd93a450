"""The one error tree of kgchat.

Every error kgchat raises on purpose is a :class:`KGChatError`, so a caller can catch them all
with one ``except``. Messages say what was wrong, where (file, line, argument) and what to do.

::

    KGChatError
    ├── ConfigError            a config field or argument has a bad value
    ├── GraphError             the graph layer
    │   ├── SourceNotFoundError    a path that does not exist, or is a directory
    │   ├── UnsupportedFormatError an extension or format name kgchat cannot read
    │   ├── ParseError             a malformed file (file, line, column)
    │   ├── EmptySourceError       a file with no triples in it
    │   └── QueryError             a SPARQL query that does not parse or run
    ├── IndexError_            the entity index (corrupt, stale, from another graph)
    ├── RetrievalError         a question the retriever cannot take (empty, ...)
    ├── ModelError             a model that cannot be found or loaded
    │   └── WordNetError           a WordNet folder without WordNet's files (kgchat.wordnet)
    ├── BackendError           a chat backend that is down, times out or answers badly
    ├── DataError              QA data (missing splits, bad lines)
    └── TrainingError          fine-tuning (out of memory, bad resume state)

Examples
--------
>>> from kgchat.errors import KGChatError, ParseError
>>> issubclass(ParseError, KGChatError)
True
>>> str(ParseError("bad token", path="kb.ttl", line=3, column=7))
'kb.ttl:3:7: bad token'
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

__all__ = [
    "BackendError",
    "ConfigError",
    "DataError",
    "EmptySourceError",
    "GraphError",
    "IndexError_",
    "KGChatError",
    "ModelError",
    "ParseError",
    "QueryError",
    "RetrievalError",
    "SourceNotFoundError",
    "TrainingError",
    "UnsupportedFormatError",
]


class KGChatError(Exception):
    """Base of every error kgchat raises on purpose.

    ``path``, ``line`` and ``column`` say where, when the error is about one file (the CLI's
    ``--json`` error line reports them); None otherwise.
    """

    path: str | None = None
    line: int | None = None
    column: int | None = None


class ConfigError(KGChatError, ValueError):
    """A config field or argument has a value kgchat cannot use."""


class GraphError(KGChatError):
    """Something went wrong in the graph layer."""


class SourceNotFoundError(GraphError, FileNotFoundError):
    """A source path does not exist or is not a regular file."""


class UnsupportedFormatError(GraphError, ValueError):
    """A file extension or ``format=`` name that kgchat cannot read."""


class ParseError(GraphError, ValueError):
    """A malformed source file.

    Parameters
    ----------
    message : str
        What is wrong.
    path : str or Path, optional
        The file.
    line, column : int, optional
        Where, 1-based, when the parser says.
    context : sequence of str, optional
        Lines of the file around the fault, shown below the message.
    """

    def __init__(
        self,
        message: str,
        path: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
        context: Sequence[str] = (),
    ) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column
        self.context = tuple(context)
        where = self.path or "<input>"
        if line is not None:
            where += f":{line}"
            if column is not None:
                where += f":{column}"
        super().__init__("\n".join((f"{where}: {message}", *self.context)))


class EmptySourceError(GraphError, ValueError):
    """A source file that holds no triples."""


class QueryError(GraphError, ValueError):
    """A SPARQL query that does not parse or cannot run."""


class IndexError_(KGChatError):
    """The entity index is corrupt, stale, or was built for another graph or encoder."""


class RetrievalError(KGChatError, ValueError):
    """A question the retriever cannot take (empty, whitespace only)."""


class ModelError(KGChatError):
    """A model that cannot be found or loaded; the message says what to install or pass."""


class BackendError(KGChatError):
    """A chat backend that is down, timed out or answered with something unusable."""


class DataError(KGChatError, ValueError):
    """QA data that cannot be used (missing splits, malformed lines)."""


class TrainingError(KGChatError):
    """Fine-tuning failed (out of memory, inconsistent resume state)."""
