"""Retrieval ranking on the sample: BM25 bigrams, Chroma vectors with our e5 embeddings, fusion."""

from __future__ import annotations

import pytest

from assistant.retrieval import HybridSearch, as_langchain_retriever, fuse
from assistant.service import Assistant
from store.keywords import BM25Index, bigrams, coverage
from store.library import Library
from tests.conftest import SAMPLE_DOCX, make_settings


@pytest.fixture(scope="module", params=["embedded", "server"])
def hybrid(request, tmp_path_factory, e5) -> Assistant:
    """The sample store with its vectors in embedded Chroma, then on a Chroma server."""
    settings = make_settings(tmp_path_factory.mktemp(request.param) / "store")
    if request.param == "server":
        settings = settings.model_copy(
            update={"chroma_url": request.getfixturevalue("chroma_server")})
    library = Library(settings, embedder=e5)
    library.ingest_paths([SAMPLE_DOCX])
    library.sync_vectors()
    yield Assistant(library)
    library.close()


def test_fusion_prefers_agreement():
    fused = fuse(["a", "b", "c"], ["b", "a", "d"])
    assert [h.id for h in fused[:2]] in (["a", "b"], ["b", "a"])
    assert fused[-1].id in ("c", "d") and fused[0].keyword_rank is not None


def test_bigrams_normalise_full_width_and_drop_function_words():
    assert "满意" in bigrams("满意度≥９０％") and "90%" in bigrams("满意度≥９０％")
    assert "什么" not in bigrams("目标是什么")
    assert coverage("创业担保基金代偿率", "创业担保基金代偿率=代偿金额/担保责任余额") == 1.0


def test_bm25_ranks_the_named_indicator_row_first(assistant):
    facts = assistant.library.facts
    index = BM25Index(facts.chunks())
    top = index.search("创业担保基金代偿率的目标值", 1)[0].id
    (row,) = facts.query("SELECT text FROM chunks WHERE id = ?", [top])
    assert "创业担保基金代偿率" in row["text"]


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("欠薪治理的四个机制是哪四个", "联合惩戒机制"),
    ("公共实训基地计划开设哪些实训课程", "数控机床操作"),
    ("魏县人社局要抓好的两件大事", "就业工作先进县"),
    ("人社服务快办行动以什么为抓手", "高效办成退休一件事"),
])
def test_hybrid_search_finds_the_passage(hybrid, question, expected):
    """A hit is a window of a paragraph; the paragraph (what answers quote) holds the words."""
    search = HybridSearch(hybrid.library)
    hits = search.search(question, 3, kinds=("section",))
    paragraphs = [r["text"] for h in hits for r in hybrid.library.facts.query(
        "SELECT x.text FROM chunks c JOIN sections x ON x.id = c.section_id WHERE c.id = ?", [h.id])]
    assert any(expected in p for p in paragraphs), [p[:40] for p in paragraphs]


@pytest.mark.slow
def test_dense_vectors_rank_a_paraphrase(hybrid):
    """The e5 vectors find a row by meaning when few words are shared."""
    library = hybrid.library
    texts = dict(library.facts.chunks())
    ids = [h.id for h in library.search_vectors("老百姓对养老保险工作满不满意", 5)]
    assert any("参保群众满意度" in texts[i] or "参保人员满意度" in texts[i] for i in ids)


@pytest.mark.slow
def test_langchain_retriever_returns_documents_with_ids(hybrid):
    retriever = as_langchain_retriever(HybridSearch(hybrid.library), k=3)
    docs = retriever.invoke("两件大事")
    assert len(docs) == 3 and all(d.metadata["chunk_id"] == d.id for d in docs)


@pytest.mark.slow
def test_prose_answer_quotes_the_passage_with_its_heading(hybrid):
    answer = hybrid.ask("欠薪治理的“四个机制”是哪四个？")
    assert answer.found and all(w in answer.text for w in (
        "纠纷预防机制", "线索归集机制", "工资发放机制", "联合惩戒机制"))
    assert answer.citations[0].section[-1] == "1.争创全国和谐劳动关系试点县"
    assert answer.projects == ()


@pytest.mark.slow
def test_unrelated_question_is_not_answered(hybrid):
    answer = hybrid.ask("明天天气怎么样？")
    assert not answer.found and answer.text.startswith("没有找到")
