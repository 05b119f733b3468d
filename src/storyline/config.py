"""One typed place for every setting.

Precedence: the defaults declared here < a user file (``storyline.yaml`` in the
working directory, or the file named by ``STORYLINE_CONFIG``) < environment
variables ``STORYLINE_<NAME>`` < arguments given to the CLI or API. Each setting
is declared once with its default and help, and ``describe()`` lists them for
the README and ``storyline settings``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent / "data"


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    db: str = _setting("storyline.db", "SQLite store used by every command.")
    data_dirs: tuple[str, ...] = _setting(
        (), "Extra folders of lexicons (same file names as storyline/data) that extend the shipped ones."
    )
    max_page_bytes: int = _setting(20_000_000, "Pages larger than this are rejected at ingest.")
    spacy_model_fr: str = _setting("fr_core_news_md", "spaCy pipeline for French pages.")
    spacy_model_en: str = _setting("en_core_web_sm", "spaCy pipeline for English pages, if installed.")
    batch_size: int = _setting(32, "Documents per nlp.pipe batch and per store transaction batch.")
    workers: int = _setting(1, "Processes for the per-document stages.")
    event_window_days: int = _setting(3, "Reports of one event may differ by this many days and still merge.")
    gazetteer_population: int = _setting(
        5000,
        "Towns of at least this many people (500, 1000, 5000 or 15000; 0 for none) give a place its"
        " country when the page names that country.",
    )
    near_duplicate_threshold: float = _setting(0.8, "MinHash Jaccard above which two pages are copies.")
    host: str = _setting("127.0.0.1", "Address `storyline serve` listens on.")
    port: int = _setting(8000, "Port `storyline serve` listens on.")
    max_upload_bytes: int = _setting(50_000_000, "Largest upload `storyline serve --allow-upload` accepts.")

    def with_overrides(self, **kwargs: Any) -> Settings:
        """Return a copy with the given non-None values applied (CLI arguments)."""
        return replace(self, **{k: v for k, v in kwargs.items() if v is not None})


def _coerce(value: str, like: Any) -> Any:
    if isinstance(like, bool):
        return value.lower() in {"1", "true", "yes", "on"}
    if isinstance(like, int):
        return int(value)
    if isinstance(like, float):
        return float(value)
    if isinstance(like, tuple):
        return tuple(v for v in value.split(os.pathsep) if v)
    return value


def load_settings(path: str | Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Build the Settings from defaults, the user file, then the environment."""
    env = dict(os.environ) if env is None else env
    values: dict[str, Any] = {}
    file = Path(path or env.get("STORYLINE_CONFIG", "storyline.yaml"))
    if file.is_file():
        loaded = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        known = {f.name for f in fields(Settings)}
        unknown = set(loaded) - known
        if unknown:
            raise ValueError(f"{file}: unknown settings {sorted(unknown)}")
        values.update({k: tuple(v) if isinstance(v, list) else v for k, v in loaded.items()})
    defaults = Settings()
    for f in fields(Settings):
        key = f"STORYLINE_{f.name.upper()}"
        if key in env:
            values[f.name] = _coerce(env[key], getattr(defaults, f.name))
    return replace(defaults, **values)


def describe() -> list[tuple[str, Any, str]]:
    """(name, default, help) for every setting, in declaration order."""
    return [(f.name, f.default, f.metadata["help"]) for f in fields(Settings)]


def data_file(name: str, settings: Settings | None = None) -> list[Path]:
    """The shipped lexicon ``name`` followed by any user copies that extend it."""
    settings = settings or load_settings()
    paths = [DATA_DIR / name]
    paths += [Path(d) / name for d in settings.data_dirs if (Path(d) / name).is_file()]
    return [p for p in paths if p.is_file()]


def load_yaml_data(name: str, settings: Settings | None = None) -> dict[str, Any]:
    """Merge a YAML lexicon with user extensions: lists are concatenated, mappings updated."""
    merged: dict[str, Any] = {}
    for path in data_file(name, settings):
        for key, value in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            if isinstance(value, list) and isinstance(merged.get(key), list):
                merged[key] = merged[key] + value
            elif isinstance(value, dict) and isinstance(merged.get(key), dict):
                merged[key] = {**merged[key], **value}
            else:
                merged[key] = value
    return merged


def load_tsv_data(name: str, settings: Settings | None = None) -> list[dict[str, str]]:
    """Rows of a TSV lexicon (header line first, ``#`` comments) plus user extensions."""
    rows: list[dict[str, str]] = []
    for path in data_file(name, settings):
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        if not lines:
            continue
        header = lines[0].split("\t")
        for ln in lines[1:]:
            cells = ln.split("\t")
            rows.append({h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)})
    return rows
