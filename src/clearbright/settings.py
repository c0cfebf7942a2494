"""Settings, built once at start-up from options and the environment (never at import time)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "CLEARBRIGHT_DATA_DIR"
DB_ENV = "CLEARBRIGHT_DB"


@dataclass(frozen=True)
class Settings:
    """Where data lives. The database defaults to a SQLite file in the data directory."""

    data_dir: Path
    db_url: str

    @classmethod
    def build(
        cls,
        data_dir: str | Path | None = None,
        db_url: str | None = None,
        environ: dict[str, str] | None = None,
    ) -> Settings:
        env = os.environ if environ is None else environ
        chosen_dir = Path(data_dir or env.get(DATA_DIR_ENV) or _default_data_dir(env))
        url = db_url or env.get(DB_ENV) or f"sqlite:///{chosen_dir.resolve() / 'clearbright.db'}"
        return cls(data_dir=chosen_dir, db_url=url)


def _default_data_dir(env: os._Environ[str] | dict[str, str]) -> Path:
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "clearbright"
