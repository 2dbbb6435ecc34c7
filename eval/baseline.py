"""The naive baseline: plain dense top-5 chunks from the same Chroma store (the usual LangChain
RAG recipe); its answer is the chunks' text and its projects are the projects of those chunks."""

from __future__ import annotations

import time
from typing import Any

from store.queries import Queries

from store.library import Library

TOP_K = 5


class DenseBaseline:
    """vectorstore.as_retriever(k=5), answering with what it retrieved."""

    def __init__(self, library: Library):
        from assistant.retrieval import as_langchain_vectorstore

        self.library = library
        self.retriever = as_langchain_vectorstore(library).as_retriever(search_kwargs={"k": TOP_K})

    def ask(self, question: str) -> dict[str, Any]:
        started = time.perf_counter()
        docs = self.retriever.invoke(question)
        ids = [d.id for d in docs if d.id]
        code_of = Queries(self.library.facts).chunk_codes(ids)
        codes = list(dict.fromkeys(code_of[i] for i in ids if code_of.get(i)))
        return {
            "question": question, "answer": "\n".join(d.page_content for d in docs),
            "found": bool(docs), "projects": codes, "value": None,
            "citations": [{"chunk_id": i} for i in ids],
            "latency_ms": (time.perf_counter() - started) * 1000,
        }
