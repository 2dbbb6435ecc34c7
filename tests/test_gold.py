"""Regression guard over every gold file: in-process, the real store, model and indexes.

The floors are the scores measured when each file was added (README): a change that loses a
question fails here. Questions are written in other words than the planner's rules, and one file
asks about another department's document in another layout.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.conversation import Conversation
from assistant.service import Assistant
from eval.scoring import load_gold, score
from store.library import Library
from tests.conftest import ROOT, SAMPLE_DOCX, make_settings

OTHER_DOCX = ROOT / "tests" / "data" / "other-department.docx"
FLOORS = {  # gold file → (document, questions that must pass)
    "gold_dev.jsonl": (SAMPLE_DOCX, 36),
    "gold_more.jsonl": (SAMPLE_DOCX, 80),
    "gold_paraphrase.jsonl": (SAMPLE_DOCX, 58),
    "gold_other.jsonl": (OTHER_DOCX, 50),
    "gold_other_colloquial.jsonl": (OTHER_DOCX, 50),
}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def assistants(tmp_path_factory) -> dict[Path, Assistant]:
    out = {}
    for document in {doc for doc, _ in FLOORS.values()}:
        library = Library(make_settings(tmp_path_factory.mktemp(document.stem) / "store"))
        assert library.ingest_paths([document])[0].ok
        out[document] = Assistant(library)
    return out


@pytest.mark.parametrize("gold", sorted(FLOORS))
def test_gold_file_keeps_its_score(assistants, gold):
    document, floor = FLOORS[gold]
    assistant = assistants[document]
    failures = []
    items = load_gold(ROOT / "eval" / gold)
    for item in items:
        conversation = Conversation()
        for earlier in item.history:
            assistant.ask(earlier, conversation)
        record = assistant.ask(item.question, conversation).to_record(item.id)
        if record["found"] and not record["citations"]:
            failures.append(f"{item.id}: found but cites nothing")
        verdict = score(item, record)
        if not verdict.passed:
            failures.append(f"{item.id} {item.question}: {'; '.join(verdict.reasons)}")
    passed = len(items) - len(failures)
    assert passed >= floor, "\n".join(failures)
