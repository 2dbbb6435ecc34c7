"""A project as one wide table: header fields as label/value pairs across the columns («预算单位 | …
| 主管部门 | …», «金额单位 | 元», «资金总额 | 财政拨款 | 上年结转 | 其他资金» each apart), a plan of
each quarter's own amount, and indicator columns in their own order with the name first («指标名称 |
指标性质 | 目标值 | 计量单位 | 一级指标 | 二级指标 | 指标解释及设定依据 | 评分规则»). Built here with
python-docx, and checked on eval/dev/docs/qixiang-2025.docx against what that document prints."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
import pytest

from ingest import read_document
from ingest.tables import read_header, read_indicators

ROOT = Path(__file__).resolve().parents[2]
QIXIANG = ROOT / "eval/dev/docs/qixiang-2025.docx"

_HEADER = [
    ["项目名称", "全民阅读推广经费", "", "", "", "", "", ""],
    ["项目编号", "13042125P00WL0100001", "预算单位", "某县图书馆", "主管部门", "某县文化广电和旅游局",
     "项目类别", "新设项目"],
    ["项目负责人", "张三", "联系电话", "0310-1234567", "起止年限", "2025年1月至12月", "金额单位", "元"],
    ["资金总额", "150000.00", "财政拨款", "100000.00", "上年结转", "20000.00", "其他资金", "30000.00"],
]
_INDICATOR_HEADER = ["指标名称", "计量单位", "指标性质", "目标值", "二级指标", "一级指标", "评分规则",
                     "指标解释及设定依据"]
_INDICATORS = [
    ["阅读推广活动场次", "场", "≥", "24", "数量指标", "产出指标", "按比例计分", "依据某文旅发〔2024〕5号"],
    ["图书借阅册次", "万册次", "≥", "1.5", "数量指标", "", "按比例计分", "近三年平均"],
    ["活动完成时间", "", "定性", "2025年12月底前", "时效指标", "", "按期得分", "年度工作计划"],
    ["读者满意度", "%", "＝", "95", "服务对象满意度指标", "满意度指标", "按问卷计分", "问卷调查"],
]


def _build(path: Path) -> Path:
    """One project's wide table, merges as a form prints them."""
    document = docx.Document()
    document.add_paragraph("某县文化广电和旅游局2025年度项目支出绩效目标")
    document.add_paragraph("编制单位：某县文化广电和旅游局")
    rows = _HEADER + [["分季度用款计划（当季金额，非累计）", "一季度", "", "二季度", "", "三季度", "", "四季度"],
                      ["", "30000.00", "", "45000.00", "", "45000.00", "", "30000.00"],
                      ["项目概述", "用于全民阅读活动、图书采购及流动服务。", "", "", "", "", "", ""],
                      ["年度绩效目标", "全年开展阅读推广活动不少于24场。", "", "", "", "", "", ""],
                      _INDICATOR_HEADER, *_INDICATORS]
    table = document.add_table(rows=len(rows), cols=8)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            if text:
                table.cell(r, c).text = text
    for r in (0, 6, 7):  # a value merged across the row
        table.cell(r, 1).merge(table.cell(r, 7))
    for c in (1, 3, 5):  # each quarter over two columns
        table.cell(4, c).merge(table.cell(4, c + 1))
        table.cell(5, c).merge(table.cell(5, c + 1))
    table.cell(4, 0).merge(table.cell(5, 0))  # the plan's label down both rows
    table.cell(9, 5).merge(table.cell(11, 5))  # 产出指标 merged down its rows
    document.save(path)
    return path


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    document = read_document(_build(tmp_path_factory.mktemp("wide") / "wenlv.docx"))
    assert document.source.department == "某县文化广电和旅游局"
    (only,) = document.projects
    return only, document.warnings


def test_header_fields_read_from_label_pairs(project):
    p, warnings = project
    assert not [w for w in warnings if "无法归入" in w or "无法对应" in w], warnings
    assert (p.code, p.name) == ("13042125P00WL0100001", "全民阅读推广经费")
    assert (p.department, p.implementer) == ("某县文化广电和旅游局", "某县图书馆")
    assert dict(p.attributes)["起止年限"] == "2025年1月至12月"
    assert dict(p.attributes)["项目类别"] == "新设项目"
    assert p.use == "用于全民阅读活动、图书采购及流动服务。"
    assert p.goal == "全年开展阅读推广活动不少于24场。"


def test_amount_unit_label_and_carryover_apart_from_other_funds(project):
    p, _ = project
    assert p.unit == "元"
    assert (p.budget, p.fiscal, p.other) == (Decimal("150000.00"), Decimal("100000.00"),
                                             Decimal("50000.00"))
    assert [(m.label, m.amount) for m in p.parts] == [("上年结转", Decimal("20000.00"))]


def test_quarter_amounts_become_cumulative_percents(project):
    p, _ = project
    assert [(x.month, x.percent) for x in p.spending_plan] == [
        (3, Decimal("20")), (6, Decimal("50")), (9, Decimal("80")), (12, Decimal("100"))]


def test_indicator_columns_found_by_their_words_in_any_order(project):
    p, _ = project
    got = [(i.level1, i.level2, i.level3, i.value.raw, i.basis) for i in p.indicators]
    assert got == [
        ("产出指标", "数量指标", "阅读推广活动场次", "≥24场", "依据某文旅发〔2024〕5号"),
        ("产出指标", "数量指标", "图书借阅册次", "≥1.5万册次", "近三年平均"),
        ("产出指标", "时效指标", "活动完成时间", "2025年12月底前", "年度工作计划"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "＝95%", "问卷调查"),
    ]
    first = p.indicators[0]
    assert (first.value.comparator, first.value.number, first.value.unit) == (">=", Decimal("24"), "场")
    assert [r.canonical for r in first.policy_refs] == ["某文旅发〔2024〕5号"]


def test_carryover_and_other_funds_inclusive_stay_as_printed():
    # 其他资金 that already holds the carried-over funds: the three do not add up without it
    header = read_header([["资金总额", "130", "财政拨款", "98", "上年结转", "30", "其他资金", "32"]])
    assert header.other == Decimal("32")
    header = read_header([["资金总额", "160", "财政拨款", "98", "上年结转", "30", "其他资金", "32"]])
    assert header.other == Decimal("62")


def test_owner_without_budget_unit_names_no_implementer():
    header = read_header([["预算单位", "某县气象局（本级）", "主管部门", "某县气象局"]])
    assert (header.department, header.implementer) == ("某县气象局", "")
    header = read_header([["预算单位", "某县气象台"]])
    assert (header.department, header.implementer) == ("某县气象台", "")


def test_section_label_left_of_level1_is_still_skipped():
    rows = [["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
            ["", "产出指标", "数量指标", "培训人次", "≥100人次"],
            ["", "", "质量指标", "合格率", "≥95%"]]
    read = read_indicators(rows)
    assert [r.level3 for r in read.rows] == ["培训人次", "合格率"]
    assert not read.problems


@pytest.fixture(scope="module")
def qixiang():
    if not QIXIANG.exists():
        pytest.skip("qixiang-2025 not present")
    return read_document(QIXIANG)


def test_qixiang_reads_every_project_fully(qixiang):
    assert qixiang.source.department == "邯郸市峰峰矿区气象局"
    assert not [w for w in qixiang.warnings if "无法归入" in w or "指标表缺少" in w], qixiang.warnings
    assert len(qixiang.projects) == 9
    # «共设置绩效指标68条», «项目资金合计579.15万元，其中财政拨款509.85万元» (表6 in 元: 268500.00)
    assert sum(len(p.indicators) for p in qixiang.projects) == 68
    to_wan = {"万元": Decimal(1), "元": Decimal("0.0001")}
    assert sum(p.budget * to_wan[p.unit] for p in qixiang.projects) == Decimal("579.15")
    assert sum(p.fiscal * to_wan[p.unit] for p in qixiang.projects) == Decimal("509.85")
    assert all(p.department == "邯郸市峰峰矿区气象局" for p in qixiang.projects)


def test_qixiang_project_facts(qixiang):
    by_code = {p.code: p for p in qixiang.projects}
    rain = by_code["13040625P00QX0210002B"]  # 表2 人工影响天气作业经费
    assert rain.name == "人工影响天气作业经费"
    assert rain.implementer == "邯郸市峰峰矿区人工影响天气办公室"
    assert (rain.budget, rain.fiscal, rain.other) == (Decimal("128.00"), Decimal("98.00"), Decimal("30.00"))
    assert [(m.label, m.amount) for m in rain.parts] == [("上年结转", Decimal("30.00"))]
    assert dict(rain.attributes)["起止年限"] == "2025年度"
    # 30.00 / 52.00 / 38.00 / 8.00 each quarter's own amount
    assert [x.percent for x in rain.spending_plan] == [Decimal("23.44"), Decimal("64.06"),
                                                      Decimal("93.75"), Decimal("100")]
    rockets = next(i for i in rain.indicators if i.level3 == "火箭弹购置数量")
    assert (rockets.level1, rockets.level2, rockets.value.raw) == ("产出指标", "数量指标", "≥120枚")
    assert [r.canonical for r in rockets.policy_refs] == ["冀财农〔2024〕88号"]

    warning = by_code["13040625P00QX0610006F"]  # 表6, «金额单位 | 元»
    assert (warning.unit, warning.budget) == ("元", Decimal("268500.00"))
    assert warning.implementer == "邯郸市峰峰矿区气象灾害防御中心"

    disaster = by_code["13040625P00QX0310003C"]  # 表3: 50.00 财政拨款 + 15.50 其他资金
    assert (disaster.budget, disaster.fiscal, disaster.other) == (Decimal("65.50"), Decimal("50.00"),
                                                                  Decimal("15.50"))
    assert disaster.use.startswith("用于乡镇（街道）气象灾害风险普查成果应用")
    assert by_code["13040625P00QX0710007G"].implementer == ""  # 预算单位 is the 局 itself (本级)
