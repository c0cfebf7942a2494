"""What every request shares: the store, the registry, the scanner and the routing rules.

The registry the service uses is the folder it was started with (`base_registry`) overlaid with
the records edited through the API (stored in `registry_records`): read from the database on
first use, so a restart keeps every edit, and swapped (with a fresh scanner) after each edit.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from clearbright.api.ratelimit import Limiter, RateLimits
from clearbright.audit import lock_head
from clearbright.cases.routing import RuleSet
from clearbright.registry import Registry, edits
from clearbright.scan import Scanner
from clearbright.store import Store


@dataclass
class AppContext:
    """Long-lived state of one service process."""

    store: Store
    base_registry: Registry
    rules: RuleSet | None = None
    _scanner: Scanner | None = None
    limits: RateLimits = field(default_factory=RateLimits.from_env)
    _registry: Registry | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _scanner_lock: threading.Lock = field(default_factory=threading.Lock)
    _registry_lock: threading.Lock = field(default_factory=threading.Lock)
    limiter: Limiter = field(init=False)

    def __post_init__(self) -> None:
        self.limiter = Limiter(self.limits)

    @property
    def registry(self) -> Registry:
        """The folder's registry with the API's edits applied (read once, then kept)."""
        with self._registry_lock:
            if self._registry is None:
                with self.reading() as session:
                    overrides = edits.overrides(session)
                self._registry = edits.overlay(self.base_registry, overrides)
            return self._registry

    def reload_registry(self) -> Registry:
        """Re-read the edits after one was committed; the scanner is rebuilt on the next scan."""
        # Read and swap under the lock: two edits finishing together cannot leave the older
        # state in place, since whichever reloads last reads both.
        with self._registry_lock:
            with self.reading() as session:
                self._registry = edits.overlay(self.base_registry, edits.overrides(session))
            return self._registry

    @property
    def scanner(self) -> Scanner:
        # Built on first use: loading every detector is slow and most requests never scan.
        registry = self.registry
        with self._scanner_lock:
            # An edit may have swapped the registry since it was read: build for the newest.
            registry = self._registry or registry
            if self._scanner is None or self._scanner.registry is not registry:
                self._scanner = Scanner(registry)
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
