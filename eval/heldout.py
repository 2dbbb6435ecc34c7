"""Score a question file whose lines say which documents the store holds («store»: sample, other,
both), as the held-out sets do: `python -m eval.heldout eval/heldout/heldout_v1.jsonl`.

Prints each question that was answered but wrong or not answered, then the two figures the
project reports for held-out sets: right, and answered-but-wrong (the precision of the answers
given). Meant to be run once, at the end of a change; the file is never edited to match.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from eval.scoring import load_gold, score

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = {
    "sample": [ROOT / "data" / "samples" / "weixian-rsj-2025-jixiao-mubiao.docx"],
    "other": [ROOT / "tests" / "data" / "other-department.docx"],
}
DOCUMENTS["both"] = DOCUMENTS["sample"] + DOCUMENTS["other"]
# Two generated departments over two years (tests/data/make_county.py)
DOCUMENTS["county"] = sorted((ROOT / "tests" / "data" / "county").glob("*.docx"))
# A third department in the sample's layout (eval/dev/docs/make_minzheng.py)
DOCUMENTS["minzheng"] = [ROOT / "eval" / "dev" / "docs" / "minzheng-2025.docx"]
DOCUMENTS["sample_minzheng"] = DOCUMENTS["sample"] + DOCUMENTS["minzheng"]
# A fourth department in the other layout (eval/dev/docs/make_shuili.py)
DOCUMENTS["shuili"] = [ROOT / "eval" / "dev" / "docs" / "shuili-2025.docx"]
DOCUMENTS["other_shuili"] = DOCUMENTS["other"] + DOCUMENTS["shuili"]
# A fifth department over two years (eval/dev/docs/make_ziran.py)
DOCUMENTS["ziran"] = [ROOT / "eval" / "dev" / "docs" / f"ziran-{y}.docx" for y in (2024, 2025)]
# A sixth department as a budget system's Excel export, one sheet per project (eval/dev/docs/make_wenlv.py)
DOCUMENTS["wenlv"] = [ROOT / "eval" / "dev" / "docs" / "wenlv-2025.xlsx"]
# A seventh department as a public disclosure's PDF (eval/dev/docs/make_zhujian.py)
DOCUMENTS["zhujian"] = [ROOT / "eval" / "dev" / "docs" / "zhujian-2025.pdf"]
DOCUMENTS["zhujian_sample"] = DOCUMENTS["zhujian"] + DOCUMENTS["sample"]
# An eighth department, header and indicators in one table per project (eval/dev/docs/make_nongye.py)
DOCUMENTS["nongye"] = [ROOT / "eval" / "dev" / "docs" / "nongye-2025.docx"]
# A ninth department: vertical headers, a 分值 column, a plan in one sentence (eval/dev/docs/make_sifa.py)
DOCUMENTS["sifa"] = [ROOT / "eval" / "dev" / "docs" / "sifa-2025.docx"]
DOCUMENTS["sifa_sample"] = DOCUMENTS["sifa"] + DOCUMENTS["sample"]
# A tenth department as a disclosure PDF (eval/dev/docs/make_yibao.py)
DOCUMENTS["yibao"] = [ROOT / "eval" / "dev" / "docs" / "yibao-2025.pdf"]
DOCUMENTS["yibao_sample"] = DOCUMENTS["yibao"] + DOCUMENTS["sample"]
# An eleventh department as an old Word .doc (eval/dev/docs/make_shangwu.py)
DOCUMENTS["shangwu"] = [ROOT / "eval" / "dev" / "docs" / "shangwu-2025.doc"]
DOCUMENTS["shangwu_sample"] = DOCUMENTS["shangwu"] + DOCUMENTS["sample"]
# A twelfth department as a plain-text export (eval/dev/docs/make_linye.py)
DOCUMENTS["linye"] = [ROOT / "eval" / "dev" / "docs" / "linye-2025.txt"]
DOCUMENTS["linye_sample"] = DOCUMENTS["linye"] + DOCUMENTS["sample"]
# Four of them in one store: 司法局, 医保局, 商务局, 林业局 as docx, PDF, .doc and text (probe v44)
DOCUMENTS["four_new"] = DOCUMENTS["sifa"] + DOCUMENTS["yibao"] + DOCUMENTS["shangwu"] + DOCUMENTS["linye"]
# A thirteenth department: a three-part budget split (本级财政 / 上级补助 / 其他), plan columns
# 1-3月 … 1-12月 (eval/dev/docs/make_weijian.py)
DOCUMENTS["weijian"] = [ROOT / "eval" / "dev" / "docs" / "weijian-2025.docx"]
DOCUMENTS["weijian_sample"] = DOCUMENTS["weijian"] + DOCUMENTS["sample"]
# A fourteenth department as an old .xls, every project on one sheet (eval/dev/docs/make_jiaoyu.py)
DOCUMENTS["jiaoyu"] = [ROOT / "eval" / "dev" / "docs" / "jiaoyu-2025.xls"]
DOCUMENTS["jiaoyu_sample"] = DOCUMENTS["jiaoyu"] + DOCUMENTS["sample"]
# A fifteenth department: Word heading styles, a summary table before the projects, money labels in
# a row with values under them or 年度资金总额/当年财政拨款/上年结转资金, a plan of amounts by 截至N月底
# (eval/dev/docs/make_yingji.py)
DOCUMENTS["yingji"] = [ROOT / "eval" / "dev" / "docs" / "yingji-2025.docx"]
DOCUMENTS["yingji_sample"] = DOCUMENTS["yingji"] + DOCUMENTS["sample"]
# A sixteenth department as a disclosure PDF: labels and values alternating over four columns, a plan
# in one merged row, 上级补助/本级安排 (eval/dev/docs/make_shichang.py)
DOCUMENTS["shichang"] = [ROOT / "eval" / "dev" / "docs" / "shichang-2025.pdf"]
DOCUMENTS["shichang_sample"] = DOCUMENTS["shichang"] + DOCUMENTS["sample"]
# A seventeenth department as a budget system's .xlsx: a summary sheet, then one sheet per project with a
# vertical label list, money in 元, 一般公共预算/政府性基金 (eval/dev/docs/make_jiaotongfx.py)
DOCUMENTS["jiaotongfx"] = [ROOT / "eval" / "dev" / "docs" / "jiaotongfx-2025.xlsx"]
DOCUMENTS["jiaotongfx_sample"] = DOCUMENTS["jiaotongfx"] + DOCUMENTS["sample"]
# An eighteenth department as a workbook of three sheets: a project list with sources and quarterly
# amounts, one long indicator sheet joined by project name (eval/dev/probe_v56_script/make_ningjin.py)
DOCUMENTS["ningjin"] = [ROOT / "eval" / "dev" / "docs" / "ningjin-2025.xlsx"]
DOCUMENTS["ningjin_sample"] = DOCUMENTS["ningjin"] + DOCUMENTS["sample"]
# A nineteenth department as a disclosure PDF, header facts in prose paragraphs (eval/dev/probe_v58_script)
DOCUMENTS["cixian"] = [ROOT / "eval" / "dev" / "docs" / "cixian-2025.pdf"]
DOCUMENTS["cixian_sample"] = DOCUMENTS["cixian"] + DOCUMENTS["sample"]
# Held-out v4's own new department, in a layout of its own (eval/heldout/v4_script/make_jiaotong.py)
DOCUMENTS["jiaotong"] = [ROOT / "eval" / "heldout" / "docs" / "jiaotong-2025.docx"]
DOCUMENTS["jiaotong_sample"] = DOCUMENTS["jiaotong"] + DOCUMENTS["sample"]
# Held-out v5's own new department: the national form, value split into 指标性质/指标值/度量单位
# (eval/heldout/v5_script/make_shijian.py)
DOCUMENTS["shijian"] = [ROOT / "eval" / "heldout" / "docs" / "shijian-2025.docx"]
DOCUMENTS["shijian_sample"] = DOCUMENTS["shijian"] + DOCUMENTS["sample"]
# Held-out v6's own new department, a budget system's Excel export (eval/heldout/v6_script/make_guantao.py)
DOCUMENTS["guantao"] = [ROOT / "eval" / "heldout" / "docs" / "guantao-2025.xlsx"]
DOCUMENTS["guantao_sample"] = DOCUMENTS["guantao"] + DOCUMENTS["sample"]
# Held-out v7's own new department: 指标内容/备注 columns, a quarterly plan (eval/heldout/v7_script/make_tuiyi.py)
DOCUMENTS["tuiyi"] = [ROOT / "eval" / "heldout" / "docs" / "tuiyi-2025.docx"]
DOCUMENTS["tuiyi_sample"] = DOCUMENTS["tuiyi"] + DOCUMENTS["sample"]
# Held-out v8's own new department (eval/heldout/v8_script/make_jize.py)
DOCUMENTS["jize"] = [ROOT / "eval" / "heldout" / "docs" / "jize-2025.docx"]
DOCUMENTS["jize_sample"] = DOCUMENTS["jize"] + DOCUMENTS["sample"]
# Held-out v9's own new department, frozen for the next change (eval/heldout/v9_script/make_chengan.py)
DOCUMENTS["chengan"] = [ROOT / "eval" / "heldout" / "docs" / "chengan-2025.xlsx"]
DOCUMENTS["chengan_sample"] = DOCUMENTS["chengan"] + DOCUMENTS["sample"]
# Held-out v10's own new department, 曲周县统计局, frozen for this session's change
# (eval/heldout/v10_script/make_tongji.py)
DOCUMENTS["tongji"] = [ROOT / "eval" / "heldout" / "docs" / "tongji-2025.docx"]
DOCUMENTS["tongji_sample"] = DOCUMENTS["tongji"] + DOCUMENTS["sample"]
# Held-out v11's own new department, 邯郸市生态环境局邱县分局, frozen for this session's change
# (eval/heldout/v11_script/make_qiuxian.py)
DOCUMENTS["qiuxian"] = [ROOT / "eval" / "heldout" / "docs" / "qiuxian-2025.docx"]
DOCUMENTS["qiuxian_sample"] = DOCUMENTS["qiuxian"] + DOCUMENTS["sample"]
# Held-out v12: a public-disclosure PDF made from tables (eval/heldout/v12_script/make_daming.py)
DOCUMENTS["daming"] = [ROOT / "eval" / "heldout" / "docs" / "daming-2025.pdf"]
DOCUMENTS["daming_sample"] = DOCUMENTS["daming"] + DOCUMENTS["sample"]
# Held-out v13's own new department, 涉县科学技术局, as an old Word .doc, frozen for this session's
# change (eval/heldout/v13_script/make_shexian.py)
DOCUMENTS["shexian"] = [ROOT / "eval" / "heldout" / "docs" / "shexian-kj-2025.doc"]
DOCUMENTS["shexian_sample"] = DOCUMENTS["shexian"] + DOCUMENTS["sample"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="给按 store 分组的问题文件打分（留出集）")
    parser.add_argument("gold", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from assistant.conversation import Conversation
    from assistant.service import Assistant
    from store.library import Library
    from store.settings import load_settings

    items = load_gold(args.gold)
    assistants: dict[str, Assistant] = {}
    right, wrong, missed, by_kind = 0, [], [], Counter()
    with tempfile.TemporaryDirectory(prefix="jixiao-heldout-") as tmp:
        for item in items:
            store = item.store or "sample"
            if store not in assistants:
                library = Library(load_settings(store=Path(tmp) / store))
                library.ingest_paths(DOCUMENTS[store])
                assistants[store] = Assistant(library)
            conversation = Conversation()
            for earlier in item.history:
                assistants[store].ask(earlier, conversation)
            record = assistants[store].ask(item.question, conversation).to_record(item.id)
            verdict = score(item, record)
            if verdict.passed:
                right += 1
                by_kind[(item.kind or "-", "right")] += 1
                continue
            entry = {"id": item.id, "store": store, "reasons": list(verdict.reasons),
                     "understood": record["understood"]}
            (wrong if record["found"] else missed).append(entry)
            by_kind[(item.kind or "-", "wrong" if record["found"] else "missed")] += 1
    summary = {"file": str(args.gold), "questions": len(items), "right": right,
               "answered_but_wrong": len(wrong), "not_answered": len(missed),
               "precision_of_answers": round(right / max(1, right + len(wrong)), 4),
               "wrong": wrong, "missed": missed}
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    else:
        for entry in wrong:
            print(f"答错 {entry['id']}: {'; '.join(entry['reasons'])}")
        for entry in missed:
            print(f"未答 {entry['id']}: {'; '.join(entry['reasons'])}")
        print(f"== {args.gold.name}: {right}/{len(items)} right, {len(wrong)} answered but wrong, "
              f"{len(missed)} not answered; precision of answers given "
              f"{summary['precision_of_answers']:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
