"""Long-term memory: local MiniLM embeddings, a Chroma store, import and export.

Everything here blocks (CPU-bound embedding, disk writes): call it from a worker
thread, never from the event loop.
"""

from app.memory.embeddings import MiniLMEmbedder, MiniLMEmbeddingFunction, ModelNotInstalledError
from app.memory.store import (
    KINDS,
    SOURCES,
    InvalidMemoryError,
    MemoryFilter,
    MemoryItem,
    MemoryStore,
    RecallWeights,
)
from app.memory.transfer import (
    ImportRejectedError,
    ImportReport,
    export_memories,
    import_memories,
    read_memory_file,
)

__all__ = [
    "KINDS",
    "SOURCES",
    "ImportRejectedError",
    "ImportReport",
    "InvalidMemoryError",
    "MemoryFilter",
    "MemoryItem",
    "MemoryStore",
    "MiniLMEmbedder",
    "MiniLMEmbeddingFunction",
    "ModelNotInstalledError",
    "RecallWeights",
    "export_memories",
    "import_memories",
    "read_memory_file",
]
