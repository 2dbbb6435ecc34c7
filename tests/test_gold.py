"""Regression guard over the development gold files: in-process, the real store and indexes.

These files were tuned against (their failures read, rules changed): they are development sets,
and the floors keep what was reached. The held-out file is not scored here: `python -m
eval.heldout` scores it once, at the end of a change, and its hash is checked so it is never
edited to match the system.
"""

from __future__ import annotations

import hashlib

import pytest

from assistant.conversation import Conversation
from assistant.service import Assistant
from eval.scoring import load_gold, score
from store.library import Library
from tests.conftest import ROOT, SAMPLE_DOCX, make_settings

OTHER_DOCX = ROOT / "tests" / "data" / "other-department.docx"
DEV = ROOT / "eval" / "dev"
HELDOUT = ROOT / "eval" / "heldout"
STORES = {"sample": (SAMPLE_DOCX,), "other": (OTHER_DOCX,), "both": (SAMPLE_DOCX, OTHER_DOCX),
          "county": tuple(sorted((ROOT / "tests" / "data" / "county").glob("*.docx"))),
          # a third department in the sample's layout, written by a helper for probe_v22
          "minzheng": (DEV / "docs" / "minzheng-2025.docx",),
          "sample_minzheng": (SAMPLE_DOCX, DEV / "docs" / "minzheng-2025.docx"),
          # a fourth department in the other layout, written by a helper for probe_v23
          "shuili": (DEV / "docs" / "shuili-2025.docx",),
          "other_shuili": (OTHER_DOCX, DEV / "docs" / "shuili-2025.docx"),
          # a fifth department over two years in the sample's layout, for probe_v24
          "ziran": (DEV / "docs" / "ziran-2024.docx", DEV / "docs" / "ziran-2025.docx"),
          # a sixth department as a budget system's Excel export, one sheet per project, for probe_v28
          "wenlv": (DEV / "docs" / "wenlv-2025.xlsx",),
          # a seventh department as a public disclosure's PDF, for probe_v31
          "zhujian": (DEV / "docs" / "zhujian-2025.pdf",),
          "zhujian_sample": (DEV / "docs" / "zhujian-2025.pdf", SAMPLE_DOCX),
          # an eighth department, header and indicators in one table per project, for probe_v36
          "nongye": (DEV / "docs" / "nongye-2025.docx",),
          # held-out v4's department (one table per project), scored once, since then development
          "jiaotong": (ROOT / "eval" / "heldout" / "docs" / "jiaotong-2025.docx",),
          "jiaotong_sample": (ROOT / "eval" / "heldout" / "docs" / "jiaotong-2025.docx", SAMPLE_DOCX),
          # held-out v5's department in the national form, scored once, since then development
          "shijian": (ROOT / "eval" / "heldout" / "docs" / "shijian-2025.docx",),
          "shijian_sample": (ROOT / "eval" / "heldout" / "docs" / "shijian-2025.docx", SAMPLE_DOCX),
          # a ninth department, vertical headers and a 分值 column, for probe_v38
          "sifa": (DEV / "docs" / "sifa-2025.docx",),
          "sifa_sample": (DEV / "docs" / "sifa-2025.docx", SAMPLE_DOCX),
          # a tenth department as a disclosure PDF, one table per project, for probe_v40
          "yibao": (DEV / "docs" / "yibao-2025.pdf",),
          "yibao_sample": (DEV / "docs" / "yibao-2025.pdf", SAMPLE_DOCX),
          # an eleventh department as an old Word .doc, for probe_v42
          "shangwu": (DEV / "docs" / "shangwu-2025.doc",),
          "shangwu_sample": (DEV / "docs" / "shangwu-2025.doc", SAMPLE_DOCX),
          # a twelfth department as a plain-text export, for probe_v43
          "linye": (DEV / "docs" / "linye-2025.txt",),
          "linye_sample": (DEV / "docs" / "linye-2025.txt", SAMPLE_DOCX),
          # four of them in one store, for probe_v44
          "four_new": (DEV / "docs" / "sifa-2025.docx", DEV / "docs" / "yibao-2025.pdf",
                       DEV / "docs" / "shangwu-2025.doc", DEV / "docs" / "linye-2025.txt"),
          # held-out v6's department as an Excel export, scored once, since then development
          "guantao": (ROOT / "eval" / "heldout" / "docs" / "guantao-2025.xlsx",),
          "guantao_sample": (ROOT / "eval" / "heldout" / "docs" / "guantao-2025.xlsx", SAMPLE_DOCX),
          # a thirteenth department, its budget in 本级财政 / 上级补助 / 其他, for probe_v45
          "weijian": (DEV / "docs" / "weijian-2025.docx",),
          "weijian_sample": (DEV / "docs" / "weijian-2025.docx", SAMPLE_DOCX),
          # a fourteenth department as an old .xls, every project on one sheet, for probe_v47
          "jiaoyu": (DEV / "docs" / "jiaoyu-2025.xls",),
          "jiaoyu_sample": (DEV / "docs" / "jiaoyu-2025.xls", SAMPLE_DOCX),
          # held-out v7's department (指标内容/备注 columns, a quarterly plan), scored once, since then
          # development
          "tuiyi": (ROOT / "eval" / "heldout" / "docs" / "tuiyi-2025.docx",),
          "tuiyi_sample": (ROOT / "eval" / "heldout" / "docs" / "tuiyi-2025.docx", SAMPLE_DOCX),
          # held-out v8's department, its layout of its own (probe v51 asks of it)
          "jize": (ROOT / "eval" / "heldout" / "docs" / "jize-2025.docx",),
          "jize_sample": (ROOT / "eval" / "heldout" / "docs" / "jize-2025.docx", SAMPLE_DOCX),
          # held-out v9's department, one long sheet, scored once, since then development
          "chengan": (ROOT / "eval" / "heldout" / "docs" / "chengan-2025.xlsx",),
          "chengan_sample": (ROOT / "eval" / "heldout" / "docs" / "chengan-2025.xlsx", SAMPLE_DOCX),
          # a fifteenth department, each project as separate header, plan and indicator tables (probe v50)
          "yingji": (DEV / "docs" / "yingji-2025.docx",),
          "yingji_sample": (DEV / "docs" / "yingji-2025.docx", SAMPLE_DOCX),
          # a sixteenth department as a disclosure PDF, labels and values alternating (probe v53)
          "shichang": (DEV / "docs" / "shichang-2025.pdf",),
          "shichang_sample": (DEV / "docs" / "shichang-2025.pdf", SAMPLE_DOCX),
          # a seventeenth department as an .xlsx export, a vertical label list per sheet (probe v55)
          "jiaotongfx": (DEV / "docs" / "jiaotongfx-2025.xlsx",),
          "jiaotongfx_sample": (DEV / "docs" / "jiaotongfx-2025.xlsx", SAMPLE_DOCX),
          # an eighteenth department: projects in one list, indicators in one long table (probe v56)
          "ningjin": (DEV / "docs" / "ningjin-2025.xlsx",),
          "ningjin_sample": (DEV / "docs" / "ningjin-2025.xlsx", SAMPLE_DOCX),
          # a nineteenth department as a disclosure PDF, header facts in paragraphs (probe v58)
          "cixian": (DEV / "docs" / "cixian-2025.pdf",),
          "cixian_sample": (DEV / "docs" / "cixian-2025.pdf", SAMPLE_DOCX),
          # a twentieth department as an .xlsx export, every project stacked in one sheet (probe v60)
          "shenji": (DEV / "docs" / "shenji-2025.xlsx",),
          "shenji_sample": (DEV / "docs" / "shenji-2025.xlsx", SAMPLE_DOCX),
          # a twenty-first department as a plain-text export of its own layout (probe v62)
          "dangan": (DEV / "docs" / "dangan-2025.txt",),
          "dangan_sample": (DEV / "docs" / "dangan-2025.txt", SAMPLE_DOCX),
          # a twenty-second department as a disclosure PDF of Word tables of its own design (probe v64)
          "xinfang": (DEV / "docs" / "xinfang-2025.pdf",),
          "xinfang_sample": (DEV / "docs" / "xinfang-2025.pdf", SAMPLE_DOCX),
          # a twenty-third department as a .docx of one big table per project (probe v66)
          "gongxiao": (DEV / "docs" / "gongxiao-2025.docx",),
          "gongxiao_sample": (DEV / "docs" / "gongxiao-2025.docx", SAMPLE_DOCX),
          # held-out v11's department, scored once, since then development
          "qiuxian": (ROOT / "eval" / "heldout" / "docs" / "qiuxian-2025.docx",),
          "qiuxian_sample": (ROOT / "eval" / "heldout" / "docs" / "qiuxian-2025.docx", SAMPLE_DOCX),
          # a twenty-fourth department as a .docx of wide label/value tables (probe v67)
          "qixiang": (DEV / "docs" / "qixiang-2025.docx",),
          "qixiang_sample": (DEV / "docs" / "qixiang-2025.docx", SAMPLE_DOCX),
          # a twenty-fifth department as an .xlsx export of summary, indicator and plan sheets (probe v70)
          "renfang": (DEV / "docs" / "renfang-2025.xlsx",),
          "renfang_sample": (DEV / "docs" / "renfang-2025.xlsx", SAMPLE_DOCX),
          # a twenty-sixth department as a disclosure PDF of a .docx of its own design (probe v72)
          "kejifx": (DEV / "docs" / "kejifx-2025.pdf",),
          "kejifx_sample": (DEV / "docs" / "kejifx-2025.pdf", SAMPLE_DOCX),
          # held-out v13's department, scored once, since then development
          "shexian": (ROOT / "eval" / "heldout" / "docs" / "shexian-kj-2025.doc",),
          "shexian_sample": (ROOT / "eval" / "heldout" / "docs" / "shexian-kj-2025.doc", SAMPLE_DOCX),
          # held-out v12's department, scored once, since then development
          "daming": (ROOT / "eval" / "heldout" / "docs" / "daming-2025.pdf",),
          "daming_sample": (ROOT / "eval" / "heldout" / "docs" / "daming-2025.pdf", SAMPLE_DOCX)}
FLOORS = {  # development file → (the store its lines default to, questions that must pass)
    "gold_dev.jsonl": ("sample", 36),
    "gold_dev2.jsonl": ("sample", 30),
    "gold_more.jsonl": ("sample", 82),
    "gold_paraphrase.jsonl": ("sample", 59),
    "gold_other.jsonl": ("other", 50),
    "gold_other_colloquial.jsonl": ("other", 50),
    "probe_v2.jsonl": ("sample", 128),  # lines name their own store (sample, other, both)
    "probe_v3.jsonl": ("sample", 118),
    "probe_v4.jsonl": ("sample", 118),
    "probe_v5.jsonl": ("sample", 116),
    "probe_v6.jsonl": ("sample", 110),
    "probe_v7.jsonl": ("sample", 98),
    "probe_v8.jsonl": ("sample", 98),
    "probe_v9.jsonl": ("sample", 100),
    "probe_v10.jsonl": ("sample", 97),
    "probe_v11.jsonl": ("sample", 97),
    "probe_v12.jsonl": ("sample", 95),
    "probe_v13.jsonl": ("sample", 92),
    "probe_v14.jsonl": ("sample", 97),
    "probe_v15.jsonl": ("sample", 99),
    "probe_v16.jsonl": ("sample", 98),
    "probe_v17.jsonl": ("sample", 97),
    "probe_v18.jsonl": ("sample", 97),
    "probe_v19.jsonl": ("sample", 76),
    "probe_v20.jsonl": ("sample", 78),
    "probe_v21.jsonl": ("sample", 99),
    "probe_v22.jsonl": ("minzheng", 94),  # a third department (eval/dev/docs)
    "probe_v23.jsonl": ("shuili", 99),  # a fourth, in the other layout
    "probe_v24.jsonl": ("ziran", 94),  # a fifth, over two years
    "probe_v25.jsonl": ("sample", 91),  # six stores
    "probe_v26.jsonl": ("sample", 78),  # six stores, a reviewer's requests
    "probe_v27.jsonl": ("both", 72),  # two departments in one store
    "probe_v28.jsonl": ("wenlv", 100),  # a sixth department, an Excel export, and six stores
    "probe_v29.jsonl": ("sample", 88),  # typed as users type: leads, spaces for commas, traps
    "probe_v30.jsonl": ("sample", 87),  # conversations of 2–3 turns over seven stores
    "probe_v31.jsonl": ("zhujian", 78),  # a seventh department as a disclosure PDF
    "probe_v33.jsonl": ("other", 70),  # an official new to the tables
    "probe_v34.jsonl": ("county", 69),  # county, ziran, minzheng, shuili; half compare years
    "probe_v35.jsonl": ("sample", 46),  # conversations of 2–3 turns
    "probe_v36.jsonl": ("nongye", 58),  # an eighth department, header and indicators in one table
    "probe_v37.jsonl": ("sample", 74),  # seven stores, questions a careless system answers wrongly
    "probe_v38.jsonl": ("sample", 69),  # a ninth department: vertical headers, a 分值 column
    "probe_v39.jsonl": ("sample", 71),  # seven stores, aimed at precision
    "probe_v40.jsonl": ("yibao", 59),  # a tenth department as a disclosure PDF
    "probe_v41.jsonl": ("sample", 65),  # conversations of 2–4 turns over seven stores
    "probe_v42.jsonl": ("shangwu", 59),  # an eleventh department as an old Word .doc
    "probe_v43.jsonl": ("linye", 60),  # a twelfth department as a plain-text export
    "probe_v44.jsonl": ("four_new", 68),  # four departments of two counties in one store
    # held-out v4, scored once at 4137d5c (97/113, 10 wrong); read as a development set since
    "../heldout/heldout_v4.jsonl": ("sample", 110),
    # held-out v5, scored once at 86a5516 (80/103, 6 wrong); read as a development set since
    "../heldout/heldout_v5.jsonl": ("sample", 100),
    # held-out v6, scored once at 8731eba (102/111, 6 wrong); read as a development set since
    "../heldout/heldout_v6.jsonl": ("guantao", 111),
    # held-out v7, scored once at 19abf62 (84/107, 17 wrong); read as a development set since
    "../heldout/heldout_v7.jsonl": ("tuiyi", 104),
    "probe_v45.jsonl": ("weijian", 67),  # a thirteenth department, its budget in three printed parts
    "probe_v46.jsonl": ("sample", 80),  # everyday wordings over nine stores
    "probe_v47.jsonl": ("jiaoyu", 67),  # an old .xls, every project on one sheet, quarterly shares
    "probe_v48.jsonl": ("sample", 68),
    "probe_v49.jsonl": ("sample", 74),  # eight stores, aimed at confident mistakes  # conversations of 2–3 turns over seven stores
    "probe_v32.jsonl": ("sample", 81),  # five kinds of user: reviewer, clerk, policy checker, director, conditions
    "probe_v51.jsonl": ("sample", 77),  # hard wordings over nine stores (64/80, 6 wrong at first run)
    "probe_v50.jsonl": ("yingji", 70),  # a fifteenth department, separate header/plan/indicator tables
    "probe_v52.jsonl": ("sample", 78),
    "probe_v53.jsonl": ("shichang", 55),
    "probe_v54.jsonl": ("sample", 59),
    "probe_v55.jsonl": ("jiaotongfx", 50),  # an .xlsx export in 元 (13/50, 22 wrong at first run: not read)  # precision traps over six stores (56/60, 1 wrong at first run)  # a sixteenth department as a disclosure PDF (52/55, 1 wrong at first run)  # years, reviewer checks, follow-ups over seven stores
    # held-out v9, scored once at 45b4453 (32/60, 8 wrong); read as a development set since
    "../heldout/heldout_v9.jsonl": ("chengan", 60),
    # held-out v8, scored once at 4485c69 (53/60, 1 wrong); read as a development set since
    "../heldout/heldout_v8.jsonl": ("jize", 60),
    # a department listed one project a row, indicators in one long table (9/60, 15 wrong at first run)
    "probe_v56.jsonl": ("ningjin", 59),
    "probe_v57.jsonl": ("sample", 80),  # everyday wordings over ten stores (73/80, 3 wrong at first run)
    # a disclosure PDF, header facts in paragraphs (14/50, 4 wrong at first run: not read)
    "probe_v58.jsonl": ("cixian", 48),
    "probe_v59.jsonl": ("sample", 60),  # precision traps over four stores (51/60, 5 wrong at first run)
    # held-out v11, scored once at 0c84d22 (58/70, 4 wrong); read as a development set since
    "../heldout/heldout_v11.jsonl": ("qiuxian", 69),
    # an .xlsx export with every project stacked in one sheet (19/60, 2 wrong at first run, from a
    # stale cached store; 54/60, 4 wrong once the store was rebuilt)
    "probe_v60.jsonl": ("shenji", 58),
    # calculations, set logic, partial references, follow-ups over 13 stores (66/80, 8 wrong at first run)
    "probe_v61.jsonl": ("sample", 80),
    # a plain-text export of its own layout (9/50, 6 wrong at first run: not read)
    "probe_v62.jsonl": ("dangan", 49),
    # precision traps over 14 stores (66/80, 8 wrong at first run)
    "probe_v63.jsonl": ("sample", 77),
    # a disclosure PDF of Word tables of its writer's own design (52/60, 3 wrong at first run)
    "probe_v64.jsonl": ("xinfang", 58),
    # officials, new staff, reviewers and phone users over ten stores (74/80, 5 wrong at first run)
    "probe_v65.jsonl": ("sample", 79),
    # a .docx of one big table per project with per-quarter amounts (40/60, 5 wrong at first run)
    "probe_v66.jsonl": ("gongxiao", 58),
    # a .docx of wide label/value tables per project (12/60, 3 wrong at first run)
    "probe_v67.jsonl": ("qixiang", 58),
    # precision traps over ten stores, 26 not-found lines (68/80, 8 wrong at first run)
    "probe_v68.jsonl": ("sample", 80),
    # 39 needs each asked in two different wordings over eleven stores (78/90, 5 wrong at first run)
    "probe_v69.jsonl": ("qixiang", 88),
    # an .xlsx export of summary, indicator, plan and prose sheets (47/60, 2 wrong at first run)
    "probe_v70.jsonl": ("renfang", 59),
    # a reviewer's calculations and set logic over twelve stores, 15 traps (67/80, 7 wrong at first run)
    "probe_v71.jsonl": ("sample", 75),
    # a new member of staff's and an official's everyday questions (70/80, 2 wrong at first run)
    "probe_v73.jsonl": ("sample", 75),
    # 肥乡区科技局 as a disclosure PDF (52/60, 5 wrong at first run, the last probe of the session)
    "probe_v72.jsonl": ("kejifx", 55),
    # held-out v12, scored once at 24cd70a (90/96, 4 wrong); read as a development set since
    "../heldout/heldout_v12.jsonl": ("daming", 96),
    # held-out v13, scored once at 538180a (106/111, 2 wrong); read as a development set since
    "../heldout/heldout_v13.jsonl": ("shexian", 107),
}
# answered-but-wrong allowed per file (1, unless measured otherwise and said in the README)
WRONG_ALLOWED: dict[str, int] = {
    "../heldout/heldout_v4.jsonl": 2,  # a year left unnamed read as the latest (README)
    # «要求X前完成»: this file reads it as the deadline X itself, others as any deadline up to X
    # (README); the rules keep the second reading
    "probe_v49.jsonl": 2,
    # written last in the session: a near-miss name (q040) and deadlines read up to a date (q024, as v49);
    # left for the next session (README)
    "probe_v72.jsonl": 2,
}


@pytest.fixture(scope="module")
def assistants(tmp_path_factory) -> dict[str, Assistant]:
    out = {}
    for name, documents in STORES.items():
        library = Library(make_settings(tmp_path_factory.mktemp(name) / "store"))
        assert all(r.ok for r in library.ingest_paths(list(documents)))
        out[name] = Assistant(library)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("gold", sorted(FLOORS))
def test_gold_file_keeps_its_score(assistants, gold):
    default, floor = FLOORS[gold]
    failures, wrong = [], []
    items = load_gold(DEV / gold)
    for item in items:
        assistant = assistants[item.store or default]
        conversation = Conversation()
        for earlier in item.history:
            assistant.ask(earlier, conversation)
        record = assistant.ask(item.question, conversation).to_record(item.id)
        if record["found"] and not record["citations"]:
            failures.append(f"{item.id}: found but cites nothing")
        assert record["understood"] is not None
        verdict = score(item, record)
        if not verdict.passed:
            failures.append(f"{item.id} {item.question}: {'; '.join(verdict.reasons)}")
            if record["found"]:
                wrong.append(item.id)
    passed = len(items) - len(failures)
    assert passed >= floor, "\n".join(failures)
    assert len(wrong) <= WRONG_ALLOWED.get(gold, 1), f"answered but wrong: {wrong}"


def test_heldout_file_is_frozen():
    """The held-out questions are never edited to match the system (eval/heldout/README.md)."""
    for line in (HELDOUT / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split()
        assert hashlib.sha256((HELDOUT / name).read_bytes()).hexdigest() == digest, name
