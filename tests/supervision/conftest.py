"""The case desk's and the service's fixtures, shared with the supervision tests."""

from tests.api.conftest import registry, scanner, service
from tests.cases.conftest import platforms, session, store

__all__ = ["platforms", "registry", "scanner", "service", "session", "store"]
