"""What every request shares: the store, the registry, the scanner and the routing rules."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from clearbright.cases.routing import RuleSet
from clearbright.registry import Registry
from clearbright.scan import Scanner
from clearbright.store import Store


@dataclass
class AppContext:
    """Long-lived state of one service process."""

    store: Store
    registry: Registry
    rules: RuleSet | None = None
    _scanner: Scanner | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _scanner_lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def scanner(self) -> Scanner:
        # Built on first use: loading every detector is slow and most requests never scan.
        with self._scanner_lock:
            if self._scanner is None:
                self._scanner = Scanner(self.registry)
            return self._scanner

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with Session(self.store.engine) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A transaction committed before the caller answers; rolled back on any error."""
        # SQLite allows one writer: serialise writers here rather than fail with "locked".
        serialise = self.store.engine.dialect.name == "sqlite"
        if serialise:
            self._lock.acquire()
        try:
            with Session(self.store.engine, expire_on_commit=False) as session, session.begin():
                yield session
        finally:
            if serialise:
                self._lock.release()
