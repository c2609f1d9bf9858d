"""Where Neiri keeps her files.

By default the folders come from :mod:`platformdirs` (app name ``neiri``), so they
follow each platform's conventions. Setting ``NEIRI_HOME`` puts everything under
one folder instead (a portable install, or a throwaway home for tests)::

    $NEIRI_HOME/config/settings.yaml
    $NEIRI_HOME/data/neiri.db
    $NEIRI_HOME/data/models/
    $NEIRI_HOME/data/characters/
    $NEIRI_HOME/logs/
    $NEIRI_HOME/cache/

An explicit settings file (``--config FILE``) replaces only ``settings_file``.
Models and user characters always live in the data folder, so they move with it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "neiri"
HOME_ENV = "NEIRI_HOME"
SETTINGS_FILE_NAME = "settings.yaml"
DB_FILE_NAME = "neiri.db"


@dataclass(frozen=True, slots=True)
class Paths:
    config_dir: Path
    data_dir: Path
    log_dir: Path
    cache_dir: Path
    models_dir: Path
    characters_dir: Path
    settings_file: Path
    db_file: Path

    @property
    def memory_dir(self) -> Path:
        """The long-term memory store (ChromaDB), beside the SQLite file."""
        return self.db_file.parent / "memory"

    @classmethod
    def resolve(
        cls,
        config_file: str | os.PathLike[str] | None = None,
        *,
        env: Mapping[str, str] | None = None,
    ) -> Paths:
        """The paths for this run: ``NEIRI_HOME`` (from ``env``, default ``os.environ``)
        or the platform folders, then ``config_file`` (``--config``) if given."""
        environ = os.environ if env is None else env
        home = environ.get(HOME_ENV, "").strip()
        if home:
            root = _absolute(home)
            config_dir = root / "config"
            data_dir = root / "data"
            log_dir = root / "logs"
            cache_dir = root / "cache"
        else:
            config_dir = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
            data_dir = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
            log_dir = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
            cache_dir = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
        settings_file = (
            _absolute(config_file) if config_file is not None else config_dir / SETTINGS_FILE_NAME
        )
        return cls(
            config_dir=config_dir,
            data_dir=data_dir,
            log_dir=log_dir,
            cache_dir=cache_dir,
            models_dir=data_dir / "models",
            characters_dir=data_dir / "characters",
            settings_file=settings_file,
            db_file=data_dir / DB_FILE_NAME,
        )

    def ensure(self) -> Paths:
        """Create every folder (and the settings file's folder); returns ``self``."""
        for folder in (
            self.config_dir,
            self.data_dir,
            self.log_dir,
            self.cache_dir,
            self.models_dir,
            self.characters_dir,
            self.settings_file.parent,
            self.db_file.parent,
        ):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def _absolute(path: str | os.PathLike[str]) -> Path:
    return Path(path).expanduser().absolute()
