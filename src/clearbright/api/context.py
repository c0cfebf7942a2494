"""What every request shares: the store, the registry, the scanner and the routing rules."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from clearbright.audit import lock_head
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
    def serialised(self) -> Iterator[None]:
        """Hold the process's writer lock on SQLite (one writer at a time); no-op otherwise."""
        # SQLite allows one writer: serialise writers here rather than fail with "locked".
        if self.store.engine.dialect.name != "sqlite":
            yield
            return
        with self._lock:
            yield

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A transaction committed before the caller answers; rolled back on any error."""
        with (
            self.serialised(),
            Session(self.store.engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            lock_head(session)
            yield session
