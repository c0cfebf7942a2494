"""The case desk's fixtures (a migrated store per backend, a session, example platforms)."""

from tests.cases.conftest import platforms, session, store

__all__ = ["platforms", "session", "store"]
