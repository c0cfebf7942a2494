"""The store: scan runs, items and findings in SQLite or PostgreSQL."""

from clearbright.store import (
    access_schema,  # noqa: F401  (registers evidence files and registry edits on Base)
    cases_schema,  # noqa: F401  (registers the case tables on Base)
    supervision_schema,  # noqa: F401  (registers dispatches on Base)
)
from clearbright.store.store import RunRecord, SavedRun, Store

__all__ = ["RunRecord", "SavedRun", "Store"]
