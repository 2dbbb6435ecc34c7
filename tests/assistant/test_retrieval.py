"""Retrieval ranking on the sample: BM25 bigrams, Chroma vectors with our e5 embeddings, fusion."""

from __future__ import annotations

import pytest

from assistant.retrieval import HybridSearch, as_langchain_retriever, fuse
from store.keywords import BM25Index, bigrams, coverage


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
def test_hybrid_search_finds_the_passage(assistant, question, expected):
    """A hit is a window of a paragraph; the paragraph (what answers quote) holds the words."""
    search = HybridSearch(assistant.library)
    hits = search.search(question, 3, kinds=("section",))
    paragraphs = [r["text"] for h in hits for r in assistant.library.facts.query(
        "SELECT x.text FROM chunks c JOIN sections x ON x.id = c.section_id WHERE c.id = ?", [h.id])]
    assert any(expected in p for p in paragraphs), [p[:40] for p in paragraphs]


@pytest.mark.slow
def test_dense_vectors_rank_a_paraphrase(assistant):
    """The e5 vectors find a row by meaning when few words are shared."""
    library = assistant.library
    texts = dict(library.facts.chunks())
    ids = [h.id for h in library.search_vectors("老百姓对养老保险工作满不满意", 5)]
    assert any("参保群众满意度" in texts[i] or "参保人员满意度" in texts[i] for i in ids)


@pytest.mark.slow
def test_langchain_retriever_returns_documents_with_ids(assistant):
    retriever = as_langchain_retriever(HybridSearch(assistant.library), k=3)
    docs = retriever.invoke("两件大事")
    assert len(docs) == 3 and all(d.metadata["chunk_id"] == d.id for d in docs)


@pytest.mark.slow
def test_prose_answer_quotes_the_passage_with_its_heading(assistant):
    answer = assistant.ask("欠薪治理的“四个机制”是哪四个？")
    assert answer.found and all(w in answer.text for w in (
        "纠纷预防机制", "线索归集机制", "工资发放机制", "联合惩戒机制"))
    assert answer.citations[0].section[-1] == "1.争创全国和谐劳动关系试点县"
    assert answer.projects == ()


@pytest.mark.slow
def test_unrelated_question_is_not_answered(assistant):
    answer = assistant.ask("明天天气怎么样？")
    assert not answer.found and answer.text.startswith("没有找到")
