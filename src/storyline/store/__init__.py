"""Store: SQLite with versioned schema, WAL and FTS5 search."""

from storyline.store.db import Store, connect, migrate

__all__ = ["Store", "connect", "migrate"]
