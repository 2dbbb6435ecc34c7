"""A budget system's print view saved as text: eval/dev/docs/dangan-2025.txt read back field by field
against the data its generator wrote (make_dangan.P), its prose without page furniture; then each
mechanism on a small text of its own — drawn tables, page furniture, «标签：值» lines."""

from __future__ import annotations

import importlib.util
import re
from decimal import Decimal
from pathlib import Path

import pytest

from ingest import read_document
from ingest.page_furniture import body_lines
from ingest.ruled_tables import RuledTable
from ingest.text_layout import field_cells
from ingest.text_reader import read_text_export

ROOT = Path(__file__).parents[2]
DOC = ROOT / "eval/dev/docs/dangan-2025.txt"
_spec = importlib.util.spec_from_file_location(
    "make_dangan", ROOT / "eval/dev/probe_v62_script/make_dangan.py")
GEN = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(GEN)
MONTHS = (3, 6, 9, 12)
_SIGNS = {"≥": ">=", "≤": "<=", "=": "=", "不低于": ">="}
# the issuers this document cites start with the province's, the city's or the district's short name
_REF = re.compile(r"((?:冀|邯|复)[\u4e00-\u9fff]{0,3})[〔【\[（(](\d{4})[〕】\]）)](\d+)号")


def _refs(text: str) -> list[str]:
    return [f"{issuer}〔{year}〕{number}号" for issuer, year, number in _REF.findall(text)]


@pytest.fixture(scope="module")
def dangan():
    return read_document(DOC)


def _pages_of(level3: str, after: str) -> int:
    """The page a box row naming `level3` is printed on, the first after the line holding `after`:
    one more than the footers above it."""
    lines = DOC.read_text(encoding="utf-8").splitlines()
    start = next(k for k, line in enumerate(lines) if after in line)
    at = next(k for k in range(start, len(lines)) if lines[k].startswith("│") and level3 in lines[k])
    return 1 + sum(bool(re.fullmatch(r"\s*第 \d+ 页 共 \d+ 页", line)) for line in lines[:at])


def test_every_project_as_generated(dangan) -> None:
    assert dangan.source.department == GEN.DEPT and dangan.source.year == 2025
    assert [p.code for p in dangan.projects] == [p["code"] for p in GEN.P]
    for n, (want, got) in enumerate(zip(GEN.P, dangan.projects), start=1):
        assert (got.name, got.department, got.implementer, got.unit) == (
            want["name"], GEN.DEPT, want["unit"], want["mu"]), want["name"]
        assert (got.budget, got.fiscal, got.other) == tuple(
            Decimal(want[k]) for k in ("total", "fin", "other")), want["name"]
        assert (got.use, got.goal) == (want["use"], want["goal"]), want["name"]
        assert got.attributes == (("项目属性", want["attr"]),), want["name"]
        plan = [] if want["plan"] is None else [
            (q, m, None if v is None else Decimal(v)) for q, m, v in zip(GEN.QS, MONTHS, want["plan"])]
        assert [(x.period, x.month, x.percent) for x in got.spending_plan] == plan, want["name"]
        assert {r.canonical for r in got.policy_refs} == set(_refs(f'{want["name"]}。{want["use"]}。{want["goal"]}'))
        assert got.locator.table == n


def test_every_indicator_row_as_generated(dangan) -> None:
    for want, got in zip(GEN.P, dangan.projects):
        assert len(got.indicators) == len(want["ind"]), want["name"]
        for k, (row, ind) in enumerate(zip(want["ind"], got.indicators), start=1):
            where = f"{want['name']} · {row['三级指标']}"
            assert (ind.level1, ind.level2, ind.level3) == (row["一级指标"], row["二级指标"], row["三级指标"]), where
            assert ind.basis == row["指标值设定依据"], where
            assert [r.canonical for r in ind.policy_refs] == _refs(row["指标值设定依据"]), where
            printed = re.fullmatch(r"(≥|≤|=|不低于)(\d+(?:\.\d+)?)", row["指标值"])
            if printed:
                assert ind.value.comparator == _SIGNS[printed[1]], where
                assert ind.value.number == Decimal(printed[2]), where
                assert ind.value.unit == row["计量单位"], where
            else:  # words or a date: no number, as printed
                assert ind.value.raw == row["指标值"] and ind.value.number is None, where
            assert (ind.locator.table, ind.locator.row) == (got.locator.table, k), where
            assert ind.locator.page == _pages_of(row["三级指标"], "项目编码：" + want["code"]), where


def test_prose_is_read_without_furniture_or_form_lines(dangan) -> None:
    text = DOC.read_text(encoding="utf-8")
    sections = [(s.path, s.text) for s in dangan.sections]
    assert {path for path, _ in sections} == {
        (), ("一、部门职责及机构设置",), ("二、部门整体绩效目标", "（一）总体绩效目标"),
        ("二、部门整体绩效目标", "（二）分项绩效目标"), ("三、2025年度项目支出汇总",), ("五、保障措施",)}
    measures = re.findall(r"^ +(（[一二三四]）\S+。)$", text.split("五、保障措施")[1], re.M)
    assert len(measures) == 4
    assert [t for path, t in sections if path == ("五、保障措施",)][:4] == measures
    assert len([1 for path, _ in sections if path[-1:] == ("（二）分项绩效目标",)]) == 3
    assert any(t.startswith("注：") for path, t in sections if path == ("三、2025年度项目支出汇总",))
    for _, t in sections:
        assert not re.search(r"第 \d+ 页|│|━|─|\+--|项目名称：|2025年度部门预算项目绩效目标$", t), t


def test_only_the_summary_table_is_left_out(dangan) -> None:
    assert len(dangan.warnings) == 1 and "跳过 1 个不是绩效目标表的表格" in dangan.warnings[0]


def test_the_summary_grid_joins_a_name_wrapped_over_two_lines() -> None:
    lines = [line for line in DOC.read_text(encoding="utf-8").splitlines() if line.startswith(("+", "|"))]
    table = RuledTable()
    for line in lines:
        table.add(line)
    rows, _ = table.read()
    assert [row[1] for row in rows[1:-1]] == [p["name"] for p in GEN.P]
    assert rows[-1][0] == "合计" and rows[-1][4] == "%.2f" % sum(GEN.wan(p, "total") for p in GEN.P)


# -- the mechanisms on small texts ---------------------------------------------------------------

def _rows(text: str) -> list[list[str]]:
    table = RuledTable()
    for line in text.strip("\n").splitlines():
        table.add(line)
    return table.read()[0]


def test_a_wrapped_cell_joins_its_row_and_a_merged_blank_starts_one() -> None:
    assert _rows("""
┌────┬──────┬──────────┐
│一级│三级  │依据      │
├────┼──────┼──────────┤
│产出│人数  │冀人社〔20│
│    │      │24〕8号   │
│    │次数  │工作计划  │
│效益│满意度│问卷调查和│
│    │指标  │回访      │
└────┴──────┴──────────┘""") == [["一级", "三级", "依据"], ["产出", "人数", "冀人社〔2024〕8号"],
                                ["", "次数", "工作计划"], ["效益", "满意度指标", "问卷调查和回访"]]


def test_a_line_whose_cells_had_room_above_is_a_row_of_its_own() -> None:
    # «补贴» would have fit after «培训»: the line under it is the next row with merged cells blank
    assert _rows("""
+------+----------+
| 类别 | 名称     |
+------+----------+
| 就业 | 培训     |
|      | 补贴     |
| 社保 | 认证服务 |
+------+----------+""") == [["类别", "名称"], ["就业", "培训补贴"], ["社保", "认证服务"]]
    assert _rows("""
|类别|名称  |数|
|就业|培训  |2 |
|    |补贴  |3 |""") == [["类别", "名称", "数"], ["就业", "培训", "2"], ["", "补贴", "3"]]


def test_a_header_repeated_after_a_page_break_is_dropped_and_a_cut_row_joined() -> None:
    assert _rows("""
┌──────┬────┐
│指标名│指标│
│称    │值  │
├──────┼────┤
│覆盖人│≥10 │
┌──────┬────┐
│指标名│指标│
│称    │值  │
├──────┼────┤
│数    │    │
│时限  │≤5天│
└──────┴────┘""") == [["指标名称", "指标值"], ["覆盖人数", "≥10"], ["时限", "≤5天"]]


def test_page_furniture_is_dropped_and_each_line_keeps_its_page() -> None:
    text = "\n".join([
        "临西县民政局", "正文一", "", "          第 1 页 共 3 页",
        "     临西县民政局2025年度绩效目标", "──────────", "（续表）", "正文二", "",
        "- 2 -",
        "     临西县民政局2025年度绩效目标", "──────────", "正文三", "第3页/共3页"])
    assert [(x.text, x.page) for x in body_lines(text.splitlines())] == [
        ("临西县民政局", 1), ("正文一", 1), ("正文二", 2), ("正文三", 3)]


def test_a_line_at_the_top_of_pages_is_furniture_only_when_it_repeats_and_is_no_table_line() -> None:
    pages = [["│一级指标│指标值│", "│产出指标│≥5    │"], ["│一级指标│指标值│", "│效益指标│≥6    │"],
             ["│一级指标│指标值│", "第一段。"]]
    text = "\n".join(line for k, page in enumerate(pages, 1) for line in [*page, f"第 {k} 页 共 3 页"])
    assert len(body_lines(text.splitlines())) == 6
    varied = "\n".join(["甲。", "第 1 页 共 3 页", "乙。", "第 2 页 共 3 页", "丙。"])
    assert [x.text for x in body_lines(varied.splitlines())] == ["甲。", "乙。", "丙。"]


def test_field_lines_split_into_label_and_value_cells() -> None:
    assert field_cells("项目编码：P1        项目属性：延续项目") == ["项目编码", "P1", "项目属性", "延续项目"]
    assert field_cells("资金总额：78.50    其中：财政拨款：70.00    其他资金：8.50") == [
        "资金总额", "78.50", "其中：财政拨款", "70.00", "其他资金", "8.50"]
    assert field_cells("         金额单位：元") == ["金额单位：元"]
    assert field_cells("年度绩效目标：") == ["年度绩效目标", ""]
    assert field_cells("实施进度计划（累计支出比例）：") == ["实施进度计划（累计支出比例）", ""]
    assert field_cells("单位名称：魏县  人社局") == ["单位名称", "魏县 人社局"]
    for prose in ("说明：本文本由系统导出。", "填报人：王  琳        联系电话：0310-1", "备注：见附件",
                  "1.档案资源建设：完成加工120万页。"):
        assert field_cells(prose) == [], prose


SMALL = """\
          魏县人力资源和社会保障局2025年项目支出绩效目标
一、总体目标
    全面完成就业工作。
二、项目支出绩效目标表
══════════════════
1.职业技能培训补贴绩效目标表
══════════════════
单位名称：魏县人力资源和社会保障局        项目代码：P0001
项目名称：职业技能培训补贴
预算数（元）：450000.00    其中：本级财政（元）：300000.00    上级补助（元）：150000.00
资金用途：用于补贴参加职业技能培训并取得证书的
城乡劳动者。
资金支出计划（%）：
    时间节点\t3月底\t6月底\t9月底\t12月底
    累计支出\t30%\t60%\t100%\t
绩效目标：培训1000人次。
+----------+--------------+--------+----------------+
| 一级指标 | 三级指标     | 指标值 | 指标值确定依据 |
+----------+--------------+--------+----------------+
| 产出指标 | 培训人次     | ≥1000  | 冀人社规（2018 |
|          |              | 人次   | ）8号          |

                    第 1 页 共 2 页
     魏县人社局绩效目标
────────────────
（续表）
+----------+--------------+--------+----------------+
| 一级指标 | 三级指标     | 指标值 | 指标值确定依据 |
+----------+--------------+--------+----------------+
|          | 取证率       | ≥90%   | 工作计划       |
+----------+--------------+--------+----------------+
三、保障措施
    强化资金监管。
                    第 2 页 共 2 页
"""


def test_a_small_print_view_reads_into_the_records_a_form_gives() -> None:
    document = read_text_export(SMALL, "small.txt")
    [p] = document.projects
    assert (p.code, p.name, p.department, p.unit) == ("P0001", "职业技能培训补贴", "魏县人力资源和社会保障局", "元")
    assert (p.budget, p.fiscal, p.other) == (Decimal("450000.00"), Decimal("450000.00"), None)
    assert [(m.label, m.amount) for m in p.parts] == [("本级财政", Decimal("300000.00")),
                                                      ("上级补助", Decimal("150000.00"))]
    assert p.use == "用于补贴参加职业技能培训并取得证书的城乡劳动者。" and p.goal == "培训1000人次。"
    assert [(x.month, x.percent) for x in p.spending_plan] == [
        (3, Decimal(30)), (6, Decimal(60)), (9, Decimal(100)), (12, None)]
    assert [(i.level1, i.level3, i.value.raw, i.basis, i.locator.page) for i in p.indicators] == [
        ("产出指标", "培训人次", "≥1000人次", "冀人社规（2018）8号", 1),
        ("产出指标", "取证率", "≥90%", "工作计划", 2)]
    assert [r.canonical for r in p.indicators[0].policy_refs] == ["冀人社规〔2018〕8号"]
    assert [(s.path, s.text) for s in document.sections] == [
        (("一、总体目标",), "全面完成就业工作。"), (("三、保障措施",), "强化资金监管。")]
    assert not document.warnings


def test_plain_rules_over_and_under_rows_are_the_table_s_borders() -> None:
    text = "\n".join([
        "1.培训补贴绩效目标表", "项目名称：培训补贴      项目编码：P1", "预算数（万元）：20",
        "─" * 28, "│一级指标│三级指标│指标值│", "─" * 28,
        "│产出指标│人数    │≥100人│", "│        │合格率  │≥90%  │", "─" * 28])
    [p] = read_text_export(text, "plain.txt").projects
    assert (p.code, p.budget) == ("P1", Decimal(20))
    assert [(i.level1, i.level3, i.value.raw) for i in p.indicators] == [
        ("产出指标", "人数", "≥100人"), ("产出指标", "合格率", "≥90%")]
