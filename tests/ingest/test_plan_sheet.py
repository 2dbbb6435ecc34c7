"""A workbook listing projects one a row, with their spending plans on a sheet of their own keyed by
项目编码 («一季度计划支出 …», each quarter's own amount, a note over the table saying so), and a
«指标值说明» column beside the targets read as each row's description; checked on a small workbook
built here and on eval/dev/docs/renfang-2025.xlsx against its own cells."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from ingest import read_document
from ingest.spending_plan import period_column

D = Decimal
ROOT = Path(__file__).resolve().parents[2]
RENFANG = ROOT / "eval/dev/docs/renfang-2025.xlsx"
QUARTERS = ["一季度计划支出", "二季度计划支出", "三季度计划支出", "四季度计划支出"]


def _workbook(path: Path, note: str, plan_head: list[str], plans: list[list]) -> Path:
    book = Workbook()
    summary = book.active
    summary.title = "项目汇总"
    summary.append(["某某局2025年度项目支出汇总表"])
    summary.append(["序号", "项目编码", "项目名称", "金额单位", "资金总额", "财政拨款", "年度绩效目标"])
    summary.append([1, "130406P001", "甲项目经费", "万元", 200, 200, "完成甲项工作。"])
    summary.append([2, "130406P002", "乙项目经费", "元", 400000, 400000, "完成乙项工作。"])
    indicators = book.create_sheet("绩效指标")
    indicators.append(["项目编码", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
                       "指标值说明", "设定依据"])
    indicators.append(["130406P001", "产出指标", "数量指标", "完成数量", "≥", 10, "个", "全年合计", "工作计划"])
    indicators.append(["130406P001", "满意度指标", "服务对象满意度指标", "满意度", "≥", 90, "%", None, "问卷调查"])
    indicators.append(["130406P002", "产出指标", "质量指标", "合格率", "=", 100, "%", "抽检合格数/抽检数",
                       "冀财预〔2024〕3号"])
    plan = book.create_sheet("支出计划")
    plan.append(["某某局2025年度项目支出分季度计划表"])
    plan.append([note])
    plan.append(["序号", "项目编码", "项目名称", "金额单位", "全年计划", *plan_head])
    for row in plans:
        plan.append(row)
    book.save(path)
    return path


def _plans(document) -> dict[str, list[tuple[int, Decimal | None]]]:
    return {p.code: [(s.month, s.percent) for s in p.spending_plan] for p in document.projects}


def test_quarter_amounts_on_a_sheet_of_their_own(tmp_path):
    path = _workbook(tmp_path / "plan.xlsx", "说明：各季度填列当季计划支出金额，非累计数；空白表示不安排支出。",
                     QUARTERS, [[1, "130406P001", "甲项目经费", "万元", 200, 50, 150, None, None],
                                [2, "130406P002", "乙项目经费", "元", 400000, 100000, 100000, 100000, 100000],
                                ["合计（万元）", None, None, None, 240, 60, 160, 10, 10]])
    document = read_document(path)
    # 50 then 150 of 200: 25% by 3月, all of it by 6月, nothing planned after
    assert _plans(document) == {"130406P001": [(3, D(25)), (6, D(100)), (9, D(100)), (12, D(100))],
                                "130406P002": [(3, D(25)), (6, D(50)), (9, D(75)), (12, D(100))]}
    assert [p.spending_plan[0].period for p in document.projects] == ["一季度", "一季度"]
    assert not [w for w in document.warnings if "无法对应" in w or "跳过" in w or "支出计划" in w]


def test_plan_unit_converted(tmp_path):
    path = _workbook(tmp_path / "unit.xlsx", "说明：各季度为当季计划支出数。",
                     QUARTERS, [[1, "130406P001", "甲项目经费", "元", 2000000, 500000, 500000, 500000, 500000],
                                [2, "130406P002", "乙项目经费", "万元", 40, 10, 10, 10, 10]])
    assert _plans(read_document(path)) == {
        "130406P001": [(3, D(25)), (6, D(50)), (9, D(75)), (12, D(100))],
        "130406P002": [(3, D(25)), (6, D(50)), (9, D(75)), (12, D(100))]}


def test_cumulative_percents_stay_as_printed(tmp_path):
    head = ["1-3月累计支出比例", "1-6月累计支出比例", "1-9月累计支出比例", "1-12月累计支出比例"]
    path = _workbook(tmp_path / "cumulative.xlsx", "说明：各期填列累计支出比例。", head,
                     [[1, "130406P001", "甲项目经费", "万元", 200, "20%", "50%", "80%", "100%"],
                      [2, "130406P002", "乙项目经费", "元", 400000, "10%", "40%", "70%", "100%"]])
    assert _plans(read_document(path)) == {
        "130406P001": [(3, D(20)), (6, D(50)), (9, D(80)), (12, D(100))],
        "130406P002": [(3, D(10)), (6, D(40)), (9, D(70)), (12, D(100))]}


def test_a_plan_row_for_no_listed_project_is_reported(tmp_path):
    path = _workbook(tmp_path / "stray.xlsx", "说明：当季计划支出金额。", QUARTERS,
                     [[1, "130406P009", "丙项目经费", "万元", 40, 10, 10, 10, 10]])
    document = read_document(path)
    assert _plans(document) == {"130406P001": [], "130406P002": []}
    assert [w for w in document.warnings if "支出计划表" in w] == [
        "stray.xlsx：支出计划表中项目 «130406P009» 不在项目表中"]


def test_value_notes_column_is_the_description(tmp_path):
    path = _workbook(tmp_path / "notes.xlsx", "说明：当季计划支出金额。", QUARTERS, [])
    rows = {(p.code, i.level3): i for p in read_document(path).projects for i in p.indicators}
    assert rows["130406P001", "完成数量"].description == "全年合计"
    assert rows["130406P001", "完成数量"].basis == "工作计划"
    assert rows["130406P001", "满意度"].description == ""
    assert rows["130406P002", "合格率"].description == "抽检合格数/抽检数"
    assert [r.canonical for r in rows["130406P002", "合格率"].policy_refs] == ["冀财预〔2024〕3号"]


@pytest.mark.parametrize(("cell", "expected"), [
    ("一季度计划支出", (3, "一季度", "计划支出")),
    ("第二季度支出金额（万元）", (6, "第二季度", "支出金额（万元）")),
    ("1-6月累计支出比例", (6, "1-6月", "累计支出比例")),
    ("三季度末", (9, "三季度末", "")),
    ("全年计划", None), ("全年合计", None), ("项目名称", None),
])
def test_period_column(cell, expected):
    assert period_column(cell) == expected


# -- eval/dev/docs/renfang-2025.xlsx, checked against its own cells ----------------------------

@pytest.fixture(scope="module")
def renfang():
    if not RENFANG.exists():
        pytest.skip("renfang-2025.xlsx not present")
    return read_document(RENFANG), load_workbook(RENFANG, data_only=True)


def _table(sheet, first_word: str) -> tuple[list[str], list[tuple]]:
    rows = list(sheet.iter_rows(values_only=True))
    at = next(i for i, row in enumerate(rows) if first_word in row)
    key = rows[at].index("项目编码")
    return list(rows[at]), [row for row in rows[at + 1:] if row[key]]


def test_renfang_plans_are_each_quarters_share_summed(renfang):
    document, book = renfang
    head, rows = _table(book["支出计划"], "项目编码")
    projects = {p.code: p for p in document.projects}
    planned = set()
    for row in rows:
        code, total = row[head.index("项目编码")], D(str(row[head.index("全年计划")]))
        project = projects[code]
        assert project.budget == total and project.unit == row[head.index("金额单位")]
        running, expected = D(0), []
        for word in ("一季度", "二季度", "三季度", "四季度"):
            amount = row[next(c for c, cell in enumerate(head) if cell.startswith(word))]
            running += D(str(amount)) if amount is not None else 0
            share = (running / total * 100).quantize(D("0.01"))
            expected.append(share.quantize(D(1)) if share == share.to_integral_value() else share)
        assert [p.percent for p in project.spending_plan] == expected, code
        assert [p.month for p in project.spending_plan] == [3, 6, 9, 12]
        planned.add(code)
    assert len(planned) == 8
    assert [p.spending_plan for p in document.projects if p.code not in planned] == [()]


def test_renfang_indicator_rows_read_whole(renfang):
    document, book = renfang
    head, rows = _table(book["绩效指标"], "指标值说明")
    read = [(p.code, i) for p in document.projects for i in p.indicators]
    assert len(document.projects) == 9 and len(read) == len(rows) == 64
    for (code, indicator), row in zip(read, rows):
        cell = dict(zip(head, row))
        assert code == cell["项目编码"]
        assert indicator.level3 == cell["三级指标"]
        assert indicator.description == (cell["指标值说明"] or "")
        assert indicator.basis == cell["设定依据"]
        if cell["指标性质"] == "定性":
            assert indicator.value.raw == cell["指标值"]
        else:
            assert indicator.value.number == D(str(cell["指标值"]))
            assert indicator.value.unit == cell["度量单位"]


def test_renfang_header_fields_and_no_warnings(renfang):
    document, book = renfang
    head, rows = _table(book["项目汇总"], "项目编码")
    projects = {p.code: p for p in document.projects}
    for row in rows:
        cell = dict(zip(head, row))
        if cell["项目编码"] is None:
            continue
        project = projects[cell["项目编码"]]
        assert project.implementer == cell["实施单位"]
        assert dict(project.attributes) == {"项目属性": cell["项目属性"], "项目期限": cell["项目期限"]}
        assert project.goal == cell["年度绩效目标"]
        assert project.fiscal + project.other == project.budget
    assert document.warnings == ()
    assert any("非累计数" in s.text for s in document.sections)
