"""Long-term memory: local MiniLM embeddings, a Chroma store, import and export.

Everything here blocks (CPU-bound embedding, disk writes): call it from a worker
thread, never from the event loop.

The names below are imported on first use: importing ChromaDB takes ~1.5 s, and
``app.memory.service`` (imported on the event loop at start-up) must not pay for it
there; the memory thread imports the store when it opens it.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "MiniLMEmbedder": "embeddings",
    "MiniLMEmbeddingFunction": "embeddings",
    "ModelNotInstalledError": "embeddings",
    "KINDS": "store",
    "SOURCES": "store",
    "InvalidMemoryError": "store",
    "MemoryFilter": "store",
    "MemoryItem": "store",
    "MemoryStore": "store",
    "RecallWeights": "store",
    "ImportRejectedError": "transfer",
    "ImportReport": "transfer",
    "export_memories": "transfer",
    "import_memories": "transfer",
    "read_memory_file": "transfer",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'app.memory' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"app.memory.{module}"), name)
    globals()[name] = value
    return value
