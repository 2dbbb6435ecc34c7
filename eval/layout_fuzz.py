"""Layout fuzzing for ingest: one department's known facts written in many realistic layouts,
read back with ingest.read_document and compared field by field.

Each variant draws, from a seeded generator, the words a budget office might print (预算数 or
资金总额 or 申请金额 …), where it prints them (label|value pairs, a vertical list, a row of labels
over their values), how it writes a target (≥90% or 不低于90%, or 指标值 | 计量单位 | 指标方向 in
their own columns), the money unit (万元 or 元, said in a unit line or in the label) and the
spending plan (percents or amounts, by month ends or quarters); then writes .docx or .xlsx
(and, with --pdf, the first .docx variants printed to PDF by LibreOffice, on portrait or landscape
paper, in a larger or smaller type, under a running header and over a page-number footer, the
projects flowing over page breaks or each on a new page, header rows repeated or not, rows broken
by a page or kept whole; the PDFs are cached by content in the temp folder). A fifth of the variants list the projects instead, one a
row in a project table (分季度支出计划, 资金来源 under merged headers, a 合计 row), with every
indicator in one table keyed by 项目名称 or 项目编码 (指标性质, 指标方向 in words, 分值), on two
sheets in either order or in one .docx. About a quarter of the .xlsx variants are a budget system's
export instead: every project a block on one sheet under a title that need not name it, label/value
pairs two to four a row (项目负责人 | 联系电话 | 项目类别; 本级财政 | 上级补助 beside the budget), a
«填报单位 | 金额单位» line per block (some blocks in the other unit), the plan under «实施进度计划（…）»,
and a first sheet of labelled prose and totals. With --text, variants are also written as a budget
system's print view saved as .txt: «标签：值» lines (several a line, a passage on the line under its
label or wrapped onto the next), the plan as tab-separated rows, the indicators in a box-drawing
table or an ASCII grid (cells wrapped, merged cells blank), and page footers, running headers and
«（续表）» with the header repeated wherever a page breaks. The checker says which facts each
variant lost.

    .venv/bin/python -m eval.layout_fuzz --variants 200 [--seed 0] [--pdf 40] [--text 40] [--show 10]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

# -- the facts ---------------------------------------------------------------------------------

DEPARTMENT = "临西县民政局"
UNIT_CODE = "327001"
YEAR = 2025
REF = "冀财社〔2024〕12号"
REF2 = "民发〔2023〕5号"


@dataclass(frozen=True)
class Target:
    """One indicator row as known: comparator (>=, <=, >, =) / number / unit; None for words."""

    level1: str
    level2: str
    level3: str
    comparator: str | None
    number: str | None
    unit: str | None
    words: str = ""  # the value of a qualitative row
    basis: str = "年度工作计划"
    refs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    """One project as known: money in 万元, cumulative plan percents at four period ends."""

    code: str
    name: str
    budget: Decimal
    fiscal: Decimal
    other: Decimal
    use: str
    goal: str
    plan: tuple[int, int, int, int]
    targets: tuple[Target, ...]


def _targets(cost: Decimal, n: int) -> tuple[Target, ...]:
    rows = [
        Target("产出指标", "数量指标", "救助对象覆盖人数", ">=", str(1200 + 37 * n), "人",
               basis=f"依据{REF}文件测算", refs=(REF,)),
        Target("产出指标", "数量指标", "开展业务培训次数", ">=", str(2 + n), "次"),
        Target("产出指标", "质量指标", "资金发放准确率", "=", "100", "%", basis=f"{REF2}", refs=(REF2,)),
        Target("产出指标", "时效指标", "资金拨付时限", "<=", str(10 + n), "天"),
        Target("产出指标", "成本指标", "项目成本控制", "<=", f"{cost.normalize():f}", "万元",
               basis="预算批复"),
        Target("效益指标", "社会效益指标", "困难群众基本生活", None, None, None, words="有效保障"),
        Target("效益指标", "可持续影响指标", "服务机构运转年限", ">", str(n % 3 + 1), "年"),
        Target("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", str(85 + n), "%",
               basis="问卷调查"),
    ]
    return tuple(rows[: 6 + n % 3])


_PROJECTS = (
    ("城乡低保运行经费", "用于城乡低保对象动态管理、入户核查及信息系统维护。", "规范低保管理，做到应保尽保。"),
    ("特困人员供养服务", "用于特困人员集中供养机构运转及分散供养照料护理。", "保障特困人员基本生活，供养率达标。"),
    ("临时救助工作经费", "用于遭遇突发困难群众的临时救助及业务培训。", "及时救助困难群众，防止发生冲击底线事件。"),
    ("养老服务体系建设", "用于居家养老服务中心建设运营及老年助餐补贴。", "完善县乡村三级养老服务网络。"),
    ("殡葬改革专项资金", "用于公益性公墓建设和惠民殡葬补贴发放。", "推进殡葬改革，惠民殡葬全覆盖。"),
    ("社会组织培育经费", "用于社会组织登记管理、年检及孵化培育。", "提升社会组织规范化水平。"),
)
_MONEY = ((Decimal("150.00"), Decimal("0")), (Decimal("86.40"), Decimal("20.00")),
          (Decimal("45.50"), Decimal("0")), (Decimal("320.00"), Decimal("80.00")),
          (Decimal("62.75"), Decimal("12.75")), (Decimal("18.00"), Decimal("0")))
_PLANS = ((25, 50, 75, 100), (20, 40, 70, 100), (10, 45, 80, 100), (30, 60, 90, 100),
          (15, 35, 85, 100), (25, 55, 75, 100))


def make_facts() -> tuple[Fact, ...]:
    """The department's six projects, the same for every variant."""
    out = []
    for n, ((name, use, goal), (budget, other), plan) in enumerate(zip(_PROJECTS, _MONEY, _PLANS)):
        out.append(Fact(code=f"13053425P0000{1201 + n:07d}{'ABCDEF'[n]}", name=name, budget=budget,
                        fiscal=budget - other, other=other, use=use, goal=goal, plan=plan,
                        targets=_targets(budget, n)))
    return tuple(out)


# -- the layout drawn for one variant -----------------------------------------------------------

@dataclass(frozen=True)
class Layout:
    """What one budget office's form looks like."""

    seed: int
    fmt: str  # docx, xlsx, pdf, txt
    header: str  # pairs, vertical, row
    budget: str
    fiscal: str
    other: str
    use: str
    goal: str
    level3: str
    value: str
    basis: str
    unit_col: str | None  # 计量单位 / 度量单位: the unit in a column of its own
    cmp_col: str | None  # 指标方向 / 符号: the comparator in a column of its own
    cmp_words: str  # sign, word, after: ≥90% / 不低于90% / 90%以上
    money: str  # 万元, 元
    unit_where: str  # line, label
    plan: str  # percent, amount, shares
    periods: tuple[str, ...]
    merge_levels: bool
    description: bool
    one_table: bool
    ref_brackets: str
    numeric: bool  # xlsx: money, percents and target numbers stored as numbers, not text
    colon: bool  # labels printed with a colon: «项目名称：»
    grouped: bool  # 元 amounts with thousands separators: 1,500,000.00
    bare_percent: bool  # plan percents without %, the label saying （%）
    code_label: str
    dept_label: str
    title: str  # numbered, appendix, chinese: «1.XXX绩效目标表», «附表1 XXX绩效目标表», «一、XXX»
    qualitative: str  # what a comparator column says beside words: 定性, —, blank
    words: int  # which comparator words (不低于/不少于/达到 …)
    plan_shape: str  # row: periods over figures; labelled: a label beside the figures; column
    zero: str  # how no other funds is printed: blank, 0, 0.00, —
    split_header: bool  # «指标值» merged over a second header row «符号 | 数值 | 单位»
    one_sheet: bool  # xlsx: every project on one sheet, a blank row and a title between them
    # the projects listed one a row, their indicators in one table keyed by project (drawn last,
    # so the per-project layouts of every seed stay as they were)
    listed: bool = False
    list_key: str = "项目名称"  # the indicator table's key column: 项目名称 or the code's label
    list_unit: str = "column"  # column: a 金额单位 column; label: «（万元）» in the money label; line
    indicators_first: bool = False  # the indicator table's sheet (or table) before the project list
    directions: bool = False  # 指标方向 in words (正向/反向/等于) beside 指标性质 (定量/定性) and 分值
    # header facts as paragraphs («标签：值» sentences) under a «（一）XXX» heading and a key/value
    # table: money with its parts in one sentence, the plan as «3月底25%，6月底累计50%…», 资金用途,
    # 绩效目标 and a basis paragraph standing for the indicator table's missing basis column
    # (.docx and PDF only; drawn last, so every other choice of a seed stays as it was)
    facts: bool = False
    fact_money: str = "项目资金"  # the money sentence's label
    basis_below: bool = False  # the basis paragraph under the indicator table, not above it
    # a budget system's export (.xlsx): every project a block on one sheet under a title that need
    # not name it («项目支出绩效目标申报表（3）»), its fields as label/value pairs two to four a row
    # (项目负责人 | 联系电话 | 项目类别 among them, the money as 本级财政 | 上级补助 beside the budget),
    # the plan under «实施进度计划（累计支出金额）» merged down beside its periods, a 评（扣）分标准
    # column; with `front`, a first sheet of labelled prose and a totals table (drawn last)
    stacked: bool = False
    per_row: int = 2  # label/value pairs in one row
    form_title: bool = True  # «项目支出绩效目标申报表（n）» over a block, not a title naming the project
    gap: bool = True  # a blank row between two blocks
    front: bool = False
    # the print view saved as text (fmt txt): how its tables are drawn and its pages broken
    grid: str = "box"  # box: ┌─┬─┐ │; ascii: +---+ |
    page_lines: int = 40  # body lines a page
    inline: bool = True  # a passage on its label's line (wrapped onto the next), or under a lone label
    repeat_header: bool = True  # a table broken by a page goes on under «（续表）» and its header
    row_rules: bool = False  # a rule drawn between every two indicator rows
    # a .docx variant printed to PDF (fmt pdf), as LibreOffice or WPS exports it: drawn from a stream
    # of its own, so the document printed is the .docx variant of the same seed
    landscape: bool = False
    font_size: float = 10.5  # points, the body and the tables: larger wraps more cells, breaks more pages
    running: str = ""  # a running header over every page («…部门预算公开»), or none
    page_number: str = ""  # the footer: «第 1 页 共 3 页», «- 1 -», «1 / 3», or none
    new_page: bool = False  # every project starts a page; otherwise the tables flow over page breaks
    whole_rows: bool = False  # a row may not break across a page (Word's «允许跨页断行» off)
    # one wide table a project (.docx, .xlsx): label/value pairs across the columns («预算单位 | 实施单位
    # | 主管部门 | 部门», «起止年限», «金额单位 | 万元»), the money as 资金总额 | 财政拨款 | 上年结转 |
    # 其他资金 each apart, a plan by quarters of each quarter's own amounts (drawn last)
    wide: bool = False
    name_first: bool = False  # the indicator columns 指标名称 first, 一级/二级 after the target
    # listed (.xlsx): the plans on a sheet of their own keyed by 项目编码 («一季度计划支出 …», a note
    # over the table saying whether the figures are each period's own or running totals) (drawn last)
    plan_sheet: bool = False

    def describe(self) -> str:
        shape = "listed:" + self.list_unit if self.listed else "facts" if self.facts else self.header
        shape += ":plansheet" if self.plan_sheet else ""
        shape = f"stacked:{self.per_row}" if self.stacked else "wide" if self.wide else shape
        shape += ":namefirst" if self.name_first else ""
        shape = f"text:{self.grid}:{self.page_lines}" if self.fmt == "txt" else shape
        if self.fmt == "pdf":
            shape += (f" {'landscape' if self.landscape else 'portrait'}:{self.font_size}pt"
                      f"{':repeat' if self.repeat_header else ''}{':newpage' if self.new_page else ''}"
                      f"{':wholerows' if self.whole_rows else ''} footer={self.page_number or '-'}")
        return (f"#{self.seed} {self.fmt} {shape} {self.budget}/{self.fiscal}/{self.other} "
                f"{self.money}@{self.unit_where} plan={self.plan}:{self.periods[0]} "
                f"val={self.value} unitcol={self.unit_col} cmpcol={self.cmp_col} {self.cmp_words}")


def draw_layout(seed: int, pdf: bool = False, text: bool = False) -> Layout:
    """One realistic layout, the same for the same seed; `text` writes it as a print view's .txt,
    `pdf` prints the seed's .docx variant (see pdf_seeds) to PDF."""
    if pdf:
        return _printed(draw_layout(seed))
    rng = random.Random(seed)
    c = rng.choice
    periods = c([("3月底", "6月底", "9月底", "12月底"), ("3月底", "6月底", "10月底", "12月底"),
                 ("截至3月底", "截至6月底", "截至9月底", "截至12月底"),
                 ("一季度", "二季度", "三季度", "四季度"), ("1-3月", "1-6月", "1-9月", "1-12月")])
    plan = c(["percent", "percent", "amount", "shares" if "季度" in periods[0] else "percent"])
    lay = Layout(
        seed=seed, fmt="txt" if text else c(["docx", "xlsx"]),
        header=c(["pairs", "vertical", "row", "block"]),
        budget=c(["预算数", "资金总额", "项目资金", "年度预算", "资金规模", "申请金额"]),
        fiscal=c(["财政资金", "财政拨款", "一般公共预算", "本级财政"]),
        other=c(["其他资金", "自筹资金", "单位自有资金"]),
        use=c(["资金用途", "项目内容", "主要内容"]), goal=c(["绩效目标", "年度绩效目标", "年度目标"]),
        level3=c(["三级指标", "指标名称", "指标内容"]), value=c(["指标值", "目标值", "年度指标值"]),
        basis=c(["指标值确定依据", "备注", "指标设定依据"]),
        unit_col=c([None, None, "计量单位", "度量单位"]), cmp_col=c([None, None, "指标方向", "符号"]),
        cmp_words=c(["sign", "sign", "word", "after"]), money=c(["万元", "万元", "元"]),
        unit_where=c(["line", "label"]), plan=plan, periods=periods,
        merge_levels=rng.random() < 0.6, description=rng.random() < 0.5,
        one_table=rng.random() < 0.3, ref_brackets=c(["〔〕", "〔〕", "【】", "[]", "()"]),
        numeric=rng.random() < 0.5, colon=rng.random() < 0.25, grouped=rng.random() < 0.3,
        bare_percent=rng.random() < 0.3, code_label=c(["项目编码", "项目代码", "项目编号"]),
        dept_label=c(["主管部门", "预算单位", "单位名称", "预算部门"]),
        title=c(["numbered", "numbered", "appendix", "chinese"]), qualitative=c(["定性", "—", ""]),
        words=rng.randrange(3), plan_shape=c(["row", "row", "labelled", "column"]),
        zero=c(["", "0", "0.00", "—"]), split_header=rng.random() < 0.5,
        one_sheet=rng.random() < 0.3,
        listed=rng.random() < 0.2 and not text, list_key=c(["项目名称", "项目名称", "code"]),
        list_unit=c(["column", "column", "label", "line"]), indicators_first=rng.random() < 0.3,
        directions=rng.random() < 0.6, facts=rng.random() < 0.25,
        fact_money=c(["项目资金", "资金总额", "资金来源"]), basis_below=rng.random() < 0.3,
        stacked=rng.random() < 0.3, per_row=c([2, 3, 4]), form_title=rng.random() < 0.6,
        gap=rng.random() < 0.7, front=rng.random() < 0.6,
        grid=c(["box", "ascii"]), page_lines=rng.randrange(22, 50), inline=rng.random() < 0.5,
        repeat_header=rng.random() < 0.7, row_rules=rng.random() < 0.3,
        wide=rng.random() < 0.25, name_first=rng.random() < 0.25, plan_sheet=rng.random() < 0.5)
    return replace(lay, facts=lay.facts and lay.fmt not in ("xlsx", "txt") and not lay.listed,
                   wide=lay.wide and lay.fmt != "txt" and not (lay.listed or lay.stacked or lay.facts),
                   name_first=lay.name_first and lay.fmt != "txt" and not (lay.listed or lay.stacked),
                   stacked=lay.stacked and lay.fmt == "xlsx" and not lay.listed,
                   split_header=lay.split_header and lay.fmt != "txt",
                   plan_sheet=lay.plan_sheet and lay.listed and lay.fmt == "xlsx")


def _printed(lay: Layout) -> Layout:
    """The .docx layout `lay` as printed to PDF, with page settings of its own seeded stream."""
    if lay.fmt != "docx":
        raise ValueError(f"seed {lay.seed} draws a {lay.fmt} variant; only .docx variants are printed")
    rng = random.Random(f"pdf{lay.seed}")
    return replace(lay, fmt="pdf", landscape=rng.random() < 0.3, font_size=rng.choice([9, 10.5, 10.5, 12]),
                   running=rng.choice(["", f"{DEPARTMENT}{YEAR}年部门预算公开", f"{YEAR}年项目支出绩效目标表"]),
                   page_number=rng.choice(["", "chinese", "dash", "slash"]), new_page=rng.random() < 0.3,
                   whole_rows=rng.random() < 0.3, repeat_header=rng.random() < 0.6)


def pdf_seeds(first: int, count: int) -> list[int]:
    """The first `count` seeds from `first` that draw a .docx variant: those printed to PDF."""
    out, seed = [], first
    while len(out) < count:
        if draw_layout(seed).fmt == "docx":
            out.append(seed)
        seed += 1
    return out


# -- rendering: a grid of cell text with merged ranges ------------------------------------------

@dataclass
class Grid:
    """Rows of cell text, `width` columns, merged ranges (r0, c0, r1, c1) inclusive."""

    width: int
    rows: list[list[str]] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)

    def add(self, cells: list[str], spans: list[int] | None = None) -> int:
        """Append a row; `spans` gives each cell's width (the last one takes what is left)."""
        spans = list(spans or [1] * len(cells))
        spans[-1] = self.width - sum(spans[:-1])
        row, r, c = [""] * self.width, len(self.rows), 0
        for text, span in zip(cells, spans):
            row[c] = text
            if span > 1:
                self.merges.append((r, c, r, c + span - 1))
            c += span
        self.rows.append(row)
        return r

    def widen(self, width: int) -> None:
        """Stretch to `width` columns, the last column merged over the new ones."""
        extra = width - self.width
        if extra <= 0:
            return
        for r, row in enumerate(self.rows):
            row.extend([""] * extra)
            spanned = [m for m in self.merges if m[0] <= r <= m[2] and m[3] == self.width - 1]
            if spanned:
                m = spanned[0]
                if m[0] == r:
                    self.merges.remove(m)
                    self.merges.append((m[0], m[1], m[2], width - 1))
            else:
                self.merges.append((r, self.width - 1, r, width - 1))
        self.width = width


def _money(amount: Decimal, layout: Layout) -> str:
    if layout.money == "元":
        return f"{amount * 10000:,.2f}" if layout.grouped else f"{amount * 10000:.2f}"
    return f"{amount:.2f}"


def _label(word: str, layout: Layout) -> str:
    word = f"{word}（{layout.money}）" if layout.unit_where == "label" else word
    return word + "：" if layout.colon else word


def _spread(width: int, n: int) -> list[int]:
    """Spans of n cells over width columns, the extra columns given to the first ones."""
    base, extra = divmod(width, n)
    return [base + (1 if i < extra else 0) for i in range(n)]


def header_grid(f: Fact, lay: Layout, width: int) -> Grid:
    """The header of one project's table in the layout's arrangement."""
    g = Grid(width)
    money = [(_label(lay.budget, lay), _money(f.budget, lay)),
             ("其中：" + lay.fiscal, _money(f.fiscal, lay)),
             (lay.other, _money(f.other, lay) if f.other else lay.zero)]
    if lay.wide:
        _wide_header(g, f, lay)
        return g
    if lay.header == "pairs":
        g.add([lay.code_label, f.code, "项目名称", f.name], [1, 2, 1, 0])
        g.add([lay.dept_label, DEPARTMENT, "实施单位", DEPARTMENT], [1, 2, 1, 0])
        g.add([x for pair in money for x in pair], [1] * 5 + [0])
    elif lay.header == "vertical":
        colon = "：" if lay.colon else ""
        for label, value in [("项目名称" + colon, f.name), (lay.code_label + colon, f.code),
                             (lay.dept_label + colon, DEPARTMENT), *money]:
            g.add([label, value], [1, 0])
    elif lay.header == "block":  # the money word merged down over 合计 / 其中 rows
        g.add([lay.code_label, f.code, "项目名称", f.name], [1, 2, 1, 0])
        g.add([lay.dept_label, DEPARTMENT], [1, 0])
        top = g.add([_label(lay.budget, lay).rstrip("："), "合计", money[0][1]], [1, 1, 0])
        g.add(["", money[1][0], money[1][1]], [1, 1, 0])
        g.add(["", lay.other, money[2][1]], [1, 1, 0])
        g.merges.append((top, 0, top + 2, 0))
    else:  # a row of labels, the values under them
        labels = [lay.code_label, "项目名称", lay.dept_label] + [m[0] for m in money]
        g.add(labels, [1] * 5 + [0])
        g.add([f.code, f.name, DEPARTMENT] + [m[1] for m in money], [1] * 5 + [0])
    g.add([lay.use, f.use], [1, 0])
    _plan_rows(g, f, lay)
    g.add([lay.goal, f.goal], [1, 0])
    return g


def wide_implementer(f: Fact) -> str:
    """The 预算单位 a wide table prints beside its 主管部门: the unit carrying the project out."""
    return implementer_of(sum(map(ord, f.code)))


def carried_over(f: Fact) -> Decimal:
    """The share of a project's other funds a wide table prints as 上年结转, apart from 其他资金."""
    return (f.other / 2).quantize(Decimal("0.01"))


def _wide_header(g: Grid, f: Fact, lay: Layout) -> None:
    """Label/value pairs across a wide table's columns, as one project's form prints them."""
    def amount(value: Decimal) -> str:
        return _money(value, lay) if value else lay.zero
    g.add(["项目名称", f.name], [1, 0])
    g.add([lay.code_label, f.code, "预算单位", wide_implementer(f), "主管部门", DEPARTMENT], [1, 1, 1, 1, 1, 0])
    g.add(["项目负责人", LEADERS[0], "起止年限", f"{YEAR}年1月至12月", "金额单位", lay.money], [1, 1, 1, 1, 1, 0])
    g.add([lay.budget, _money(f.budget, lay), lay.fiscal, _money(f.fiscal, lay), "上年结转",
           amount(carried_over(f)), lay.other, amount(f.other - carried_over(f))], [1] * 8)
    g.add(["项目概述", f.use], [1, 0])
    if lay.plan == "amount" and "季度" in lay.periods[0]:  # each quarter's own amount
        spans = _spread(g.width - 1, 4)
        top = g.add(["分季度用款计划（当季金额，非累计）", *lay.periods], [1, *spans])
        own = [f.budget * (b - a) / 100 for a, b in zip((0, *f.plan), f.plan)]
        g.add(["", *(_money(x, lay) for x in own)], [1, *spans])
        g.merges.append((top, 0, top + 1, 0))
    else:
        _plan_rows(g, f, lay)
    g.add(["年度绩效目标", f.goal], [1, 0])


def _plan_rows(g: Grid, f: Fact, lay: Layout) -> None:
    spans = _spread(g.width - 1, 4)
    sign = "" if lay.bare_percent else "%"
    if lay.plan == "percent":
        label, values = "资金支出计划（%）", [f"{p}{sign}" for p in f.plan]
    elif lay.plan == "shares":
        label = "分季度用款计划（%）"
        values = [f"{b - a}{sign}" for a, b in zip((0, *f.plan), f.plan)]
    else:
        label = f"资金支出计划（累计金额，{lay.money}）"
        values = [_money(f.budget * p / 100, lay) for p in f.plan]
    if lay.stacked:  # a 实施进度计划, its note saying what the figures are
        label = f"实施进度计划（{_STACKED_PLAN[lay.plan]}）"
    if lay.plan_shape == "column":  # one period a row, the label merged down beside them
        top = len(g.rows)
        for period, value in zip(lay.periods, values):
            g.add(["", period, value], [1, 1, 0])
        g.rows[top][0] = label
        g.merges.append((top, 0, top + 3, 0))
        return
    top = g.add(["时间节点" if lay.plan_shape == "labelled" else label, *lay.periods], [1, *spans])
    if lay.plan_shape == "labelled":
        said = {"amount": "累计支出金额", "shares": "各季度支出比例"}.get(lay.plan, "累计支出比例")
        g.add([f"{said}（{lay.money if lay.plan == 'amount' else '%'}）", *values], [1, *spans])
        return
    g.add(["", *values], [1, *spans])
    g.merges.append((top, 0, top + 1, 0))


_STACKED_PLAN = {"percent": "累计支出比例", "shares": "各季度支出比例", "amount": "累计支出金额"}
_SIGN = {">=": "≥", "<=": "≤", ">": "＞", "=": "="}
_WORDS = ({">=": "不低于", "<=": "不高于", ">": "大于", "=": "="},
          {">=": "不少于", "<=": "不超过", ">": "超过", "=": "等于"},
          {">=": "达到", "<=": "控制在", ">": "高于", "=": "="})
_AFTERS = ({">=": "以上", "<=": "以内"}, {">=": "及以上", "<=": "以下"}, {">=": "以上", "<=": "以内"})


def _value_text(t: Target, lay: Layout) -> tuple[str, str, str]:
    """(comparator cell, value cell, unit cell) of one target in the layout's way."""
    if t.number is None:
        return (lay.qualitative if lay.cmp_col else "", t.words, "")
    unit_cell = t.unit if lay.unit_col else ""
    shown = t.number + ("" if lay.unit_col else t.unit)
    if lay.cmp_col:
        return (_SIGN[t.comparator], shown, unit_cell)
    if lay.cmp_words == "after" and t.comparator in _AFTERS[lay.words]:
        return ("", shown + _AFTERS[lay.words][t.comparator], unit_cell)
    words = _WORDS[lay.words] if lay.cmp_words == "word" else _SIGN
    return ("", words[t.comparator] + shown, unit_cell)


_SCORING = "评（扣）分标准"


def indicator_grid(f: Fact, lay: Layout) -> Grid:
    """The indicator rows under their column header; 一级/二级 merged down where the layout does."""
    heads = ["一级指标", "二级指标", lay.level3] + (["指标解释"] if lay.description else [])
    heads += ([lay.cmp_col] if lay.cmp_col else []) + [lay.value]
    heads += ([lay.unit_col] if lay.unit_col else []) + ([_SCORING] if lay.stacked else [])
    heads += [] if lay.facts else [lay.basis]
    g = Grid(len(heads))
    g.add(heads, [1] * len(heads))
    if lay.split_header and lay.cmp_col and lay.unit_col:
        at = heads.index(lay.cmp_col)
        g.rows[0][at:at + 3] = [lay.value, "", ""]
        g.merges.append((0, at, 0, at + 2))
        g.add([""] * at + [lay.cmp_col, "数值", lay.unit_col] + [""] * (len(heads) - at - 3),
              [1] * len(heads))
        g.merges += [(0, c, 1, c) for c in range(len(heads)) if not at <= c < at + 3]
    for t in f.targets:
        cmp, value, unit = _value_text(t, lay)
        basis = t.basis.replace("〔", lay.ref_brackets[0]).replace("〕", lay.ref_brackets[1])
        cells = [t.level1, t.level2, t.level3] + ([t.level3 + "情况"] if lay.description else [])
        cells += ([cmp] if lay.cmp_col else []) + [value] + ([unit] if lay.unit_col else [])
        cells += (["完成目标值得满分，未完成按比例扣分"] if lay.stacked else []) + ([] if lay.facts else [basis])
        g.add(cells, [1] * len(cells))
    if lay.merge_levels:
        top = 2 if lay.split_header and lay.cmp_col and lay.unit_col else 1
        for c in (0, 1):
            start = top
            for r in range(top + 1, len(g.rows) + 1):
                if r < len(g.rows) and g.rows[r][c] == g.rows[start][c] and (
                        c == 0 or g.rows[r][0] == ""):
                    continue
                if r - 1 > start:
                    g.merges.append((start, c, r - 1, c))
                    for below in range(start + 1, r):
                        g.rows[below][c] = ""
                start = r
    return _names_first(g, lay) if lay.name_first else g


def _names_first(g: Grid, lay: Layout) -> Grid:
    """The columns reordered to 三级指标 (and its 指标解释) first, then the target's columns, then
    一级/二级 and the rest: «指标名称 | 指标性质 | 目标值 | 计量单位 | 一级指标 | 二级指标 | 依据»."""
    lead = 4 if lay.description else 3
    end = lead + 1 + bool(lay.cmp_col) + bool(lay.unit_col)
    order = [*range(2, end), 0, 1, *range(end, g.width)]
    new = {old: at for at, old in enumerate(order)}
    out = Grid(g.width, [[row[c] for c in order] for row in g.rows])
    out.merges = [(r0, new[c0], r1, new[c1]) for r0, c0, r1, c1 in g.merges]
    return out


def project_grids(f: Fact, lay: Layout) -> list[Grid]:
    """The tables printed for one project (one or two)."""
    indicators = indicator_grid(f, lay)
    head = header_grid(f, lay, max(indicators.width, 8 if lay.wide else 6))
    if not lay.one_table:
        return [head, indicators]
    indicators.widen(head.width)
    head.widen(indicators.width)
    offset = len(head.rows)
    head.rows += indicators.rows
    head.merges += [(a + offset, b, c + offset, d) for a, b, c, d in indicators.merges]
    return [head]


# -- the listed layout: a project table and an indicator table keyed by project ------------------

IMPLEMENTERS = ("临西县社会救助服务中心", "临西县养老服务中心")
_DIRECTION_WORDS = {">=": "正向", "<=": "反向", "=": "等于", ">": "大于"}


def implementer_of(n: int) -> str:
    return IMPLEMENTERS[n % 2]


def weight_of(n: int) -> int:
    """The 分值 printed for a project's n-th indicator row."""
    return (20, 10, 10, 10, 10, 20, 10, 10)[n]


def _list_plan(f: Fact, lay: Layout) -> tuple[str, list[str]]:
    """The plan's label and the four figures a project's row prints under its periods."""
    sign = "" if lay.bare_percent else "%"
    if lay.plan == "percent":
        return "资金支出计划（%）", [f"{p}{sign}" for p in f.plan]
    if lay.plan == "shares":  # each quarter's own amount, not running totals
        return "分季度支出计划", [_money(f.budget * (b - a) / 100, lay) for a, b in zip((0, *f.plan), f.plan)]
    return "资金支出计划（累计金额）", [_money(f.budget * p / 100, lay) for p in f.plan]


def project_list_grid(facts: tuple[Fact, ...], lay: Layout) -> Grid:
    """One row per project under a two-row header (资金来源 and the plan merged over their parts),
    then a 合计 row."""
    unit_col = lay.list_unit == "column"
    money = lay.budget + (f"（{lay.money}）" if lay.list_unit == "label" else "")
    plan_label = _list_plan(facts[0], lay)[0]
    width = 0 if lay.plan_sheet else 4  # the plan's columns, on a sheet of their own or here
    lead = ["序号", lay.code_label, "项目名称", "实施单位", "项目属性"] + (["金额单位"] if unit_col else [])
    top = lead + [money, "资金来源", "", *[plan_label, "", "", ""][:width], lay.use, lay.goal]
    g = Grid(len(top))
    g.add(top, [1] * len(top))
    g.add([""] * (len(lead) + 1) + [lay.fiscal, lay.other, *lay.periods[:width], "", ""], [1] * len(top))
    at = len(lead) + 1
    g.merges += [(0, at, 0, at + 1)] + ([(0, at + 2, 0, at + 5)] if width else [])
    g.merges += [(0, c, 1, c) for c in range(len(top)) if not at <= c < at + 2 + width]
    for n, f in enumerate(facts):
        g.add([str(n + 1), f.code, f.name, implementer_of(n), "延续项目" if n % 3 else "新增项目"]
              + ([lay.money] if unit_col else [])
              + [_money(f.budget, lay), _money(f.fiscal, lay), _money(f.other, lay) if f.other else lay.zero,
                 *_list_plan(f, lay)[1][:width], f.use, f.goal], [1] * len(top))
    total = sum((f.budget for f in facts), Decimal(0))
    r = g.add(["合计"] + [""] * (len(lead) - 1) + [_money(total, lay)] + [""] * (4 + width), [1] * len(top))
    g.merges.append((r, 0, r, len(lead) - 1))
    return g


def indicator_list_grid(facts: tuple[Fact, ...], lay: Layout) -> Grid:
    """Every project's indicators in one table, the project named (or coded) on each row."""
    key = lay.code_label if lay.list_key == "code" else "项目名称"
    if lay.directions:
        middle, unit_col = ["指标性质", "指标方向", lay.value], lay.unit_col or "度量单位"
    else:
        middle, unit_col = ([lay.cmp_col] if lay.cmp_col else []) + [lay.value], lay.unit_col
    heads = ["序号", key, "一级指标", "二级指标", lay.level3, *middle]
    heads += ([unit_col] if unit_col else []) + (["分值"] if lay.directions else []) + [lay.basis]
    g = Grid(len(heads))
    g.add(heads, [1] * len(heads))
    n = 0
    for f in facts:
        start = len(g.rows)
        for i, t in enumerate(f.targets):
            n += 1
            if lay.directions:
                quantity = t.number is not None
                cells = ["定量" if quantity else "定性", _DIRECTION_WORDS[t.comparator] if quantity else "",
                         t.number if quantity else t.words, t.unit or ""]
            else:
                cmp, value, unit = _value_text(t, lay)
                cells = ([cmp] if lay.cmp_col else []) + [value] + ([unit] if unit_col else [])
            basis = t.basis.replace("〔", lay.ref_brackets[0]).replace("〕", lay.ref_brackets[1])
            g.add([str(n), f.code if lay.list_key == "code" else f.name, t.level1, t.level2, t.level3,
                   *cells, *([str(weight_of(i))] if lay.directions else []), basis], [1] * len(heads))
        if lay.merge_levels:  # 一级指标 merged down within the project
            r = start
            while r < len(g.rows):
                end = r
                while end + 1 < len(g.rows) and g.rows[end + 1][2] == g.rows[r][2]:
                    end += 1
                if end > r:
                    g.merges.append((r, 2, end, 2))
                    for below in range(r + 1, end + 1):
                        g.rows[below][2] = ""
                r = end + 1
    return g


# The plan sheet's column words after each period, and the note over its table, by kind of plan
_PLAN_SHEET = {"shares": ("计划支出", "说明：各季度填列当季计划支出金额，非累计数。"),
               "amount": ("累计支出", "说明：填列截至各期末的累计支出金额。"),
               "percent": ("累计支出比例", "")}


def plan_sheet_grid(facts: tuple[Fact, ...], lay: Layout) -> Grid:
    """Every project's plan one a row, keyed by 项目编码, the year's total beside the periods."""
    words = _PLAN_SHEET[lay.plan][0]
    unit_col = lay.list_unit == "column"
    top = ["序号", lay.code_label, "项目名称", *(["金额单位"] if unit_col else []), "全年计划",
           *(f"{period}{words}" for period in lay.periods)]
    g = Grid(len(top))
    g.add(top, [1] * len(top))
    for n, f in enumerate(facts):
        g.add([str(n + 1), f.code, f.name, *([lay.money] if unit_col else []), _money(f.budget, lay),
               *_list_plan(f, lay)[1]], [1] * len(top))
    return g


def _list_tables(facts: tuple[Fact, ...], lay: Layout) -> list[tuple[str, Grid]]:
    tables = [("项目情况表", project_list_grid(facts, lay)), ("绩效指标表", indicator_list_grid(facts, lay))]
    tables = tables[::-1] if lay.indicators_first else tables
    return tables + ([("支出计划表", plan_sheet_grid(facts, lay))] if lay.plan_sheet else [])


def write_list_docx(facts: tuple[Fact, ...], lay: Layout, path: Path) -> None:
    """The two lists as a Word document: a title, the unit line, each table under its caption."""
    import docx

    document = docx.Document()
    document.add_paragraph(f"{DEPARTMENT}{YEAR}年项目支出绩效目标", style="Title")
    if lay.list_unit == "line":
        document.add_paragraph(f"填报单位：{DEPARTMENT}　　金额单位：{lay.money}")
    for caption, g in _list_tables(facts, lay):
        document.add_paragraph(caption)
        _add_table(document, g)
    if lay.fmt == "pdf":
        _print_setup(document, lay)
    document.save(str(path))


def write_list_xlsx(facts: tuple[Fact, ...], lay: Layout, path: Path) -> None:
    """The two lists on two sheets: a title row, a «填报单位 … 单位» row, the table."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for caption, g in _list_tables(facts, lay):
        sheet = book.create_sheet(caption)
        sheet.cell(row=1, column=1, value=f"{DEPARTMENT}{YEAR}年{caption}").font = Font(bold=True)
        sheet.cell(row=2, column=1, value=f"填报单位：{DEPARTMENT}")
        if lay.list_unit == "line":
            sheet.cell(row=2, column=g.width, value=f"单位：{lay.money}")
        note = _PLAN_SHEET[lay.plan][1] if caption == "支出计划表" else ""
        if note:
            sheet.cell(row=3, column=1, value=note)
        _write_grid(sheet, g, 4 if note else 3, lay)
    book.save(str(path))


# -- the stacked export: every project a block of label/value pairs on one sheet ------------------

LEADERS = ("韩志刚", "刘雅琴", "赵文博")
CATEGORIES = ("特定目标类", "其他运转类")
FRONT_PROSE = (
    ("部门职能概述", "临西县民政局是县政府工作部门，负责全县社会救助、养老服务、殡葬管理和社会组织登记管理等工作。"),
    ("年度总体目标", "2025年，全局落实兜底保障责任，城乡低保应保尽保，特困人员集中供养率达到100%，养老服务网络覆盖全县。"),
    ("保障措施", "一是加强组织领导；二是严格资金管理，按照实施进度计划拨付资金；三是做好绩效运行监控与自评。"))


def attributes_of(n: int) -> tuple[tuple[str, str], ...]:
    """The 项目负责人, 联系电话 and 项目类别 the stacked export prints for the n-th project."""
    return (("项目负责人", LEADERS[n % 3]), ("联系电话", f"0319-72{n:02d}3{n}"),
            ("项目类别", CATEGORIES[n % 2]))


def upper_part(f: Fact) -> Decimal:
    """The 上级补助 in a project's treasury money as the stacked export splits it (the rest is 本级财政)."""
    return (f.fiscal * 2 / 5).quantize(Decimal("0.01"))


def block_unit(n: int, lay: Layout) -> str:
    """The money unit of the n-th stacked block: with a unit line over each block, every third
    block is printed in the other unit, as an export does for a project entered in 元."""
    if lay.unit_where == "line" and n % 3 == 2:
        return "万元" if lay.money == "元" else "元"
    return lay.money


def _wide_level3(g: Grid) -> Grid:
    """The indicator rows with 三级指标 merged over two columns, as the export's form prints it."""
    out = Grid(g.width + 1, [row[:3] + [""] + row[3:] for row in g.rows])
    out.merges = [(r0, c0 + (c0 > 2), r1, c1 + (c1 >= 2)) for r0, c0, r1, c1 in g.merges]
    covered = {r for r0, c0, r1, c1 in g.merges if c0 <= 2 <= c1 for r in range(r0, r1 + 1)}
    out.merges += [(r, 2, r, 3) for r in range(len(g.rows)) if r not in covered]
    return out


def stacked_grid(n: int, f: Fact, lay: Layout) -> Grid:
    """The n-th project's block: a title row, the 填报单位 line, label/value pairs `per_row` a row, the
    use, plan and goal, then the indicator rows."""
    lay = replace(lay, money=block_unit(n, lay))
    indicators = _wide_level3(indicator_grid(f, lay))
    width = max(indicators.width, 2 * lay.per_row)
    indicators.widen(width)
    g = Grid(width)
    g.add([f"项目支出绩效目标申报表（{n + 1}）" if lay.form_title else _title(n + 1, f, lay)])
    unit = [f"金额单位：{lay.money}"] if lay.unit_where == "line" else []
    g.add([f"填报单位：{DEPARTMENT}", *unit], [width // 2, 0] if unit else [0])
    pairs = [("项目名称", f.name), (lay.code_label, f.code), (lay.dept_label, DEPARTMENT),
             ("实施单位", implementer_of(n)), *attributes_of(n),
             (_label(lay.budget, lay), _money(f.budget, lay)),
             ("其中：本级财政", _money(f.fiscal - upper_part(f), lay)), ("上级补助", _money(upper_part(f), lay)),
             (lay.other, _money(f.other, lay) if f.other else lay.zero)]
    for at in range(0, len(pairs), lay.per_row):
        chunk = pairs[at:at + lay.per_row]
        g.add([x for pair in chunk for x in pair],
              [x for share in _spread(width, len(chunk)) for x in (1, share - 1)])
    g.add([lay.use, f.use], [1, 0])
    _plan_rows(g, f, lay)
    g.add([lay.goal, f.goal], [1, 0])
    offset = len(g.rows)
    g.rows += indicators.rows
    g.merges += [(a + offset, b, c + offset, d) for a, b, c, d in indicators.merges]
    return g


def _front_sheet(sheet, facts: tuple[Fact, ...], lay: Layout) -> None:
    """«部门整体绩效»: a title, label cells beside their prose, and the projects' totals in 万元."""
    from openpyxl.styles import Font

    g = Grid(6)
    for label, text in (("部门名称", DEPARTMENT), *FRONT_PROSE):
        g.add([label, text], [1, 0])
    g.add([""] * 6)
    g.add(["项目支出预算汇总", "", "", "", "金额单位：万元"], [1, 1, 1, 1, 0])
    fiscal = sum((f.fiscal for f in facts), Decimal(0))
    upper = sum((upper_part(f) for f in facts), Decimal(0))
    for label, value in (("项目", "数值"), ("项目个数（个）", str(len(facts))),
                         ("年度资金总额合计", f"{sum((f.budget for f in facts), Decimal(0)):.2f}"),
                         ("其中：本级财政", f"{fiscal - upper:.2f}"), ("上级补助", f"{upper:.2f}"),
                         (lay.other, f"{sum((f.other for f in facts), Decimal(0)):.2f}")):
        g.add([label, value, "", "", "", ""], [1] * 6)
    sheet.cell(row=1, column=1, value=f"{DEPARTMENT}{YEAR}年度部门整体绩效目标").font = Font(bold=True)
    sheet.merge_cells("A1:F1")
    _write_grid(sheet, g, 3, lay)


def write_stacked_xlsx(facts: tuple[Fact, ...], lay: Layout, path: Path) -> None:
    """The export: with `front` a sheet of prose and totals, then every project a block on one sheet
    (a blank row between blocks where `gap`), a sign-off line under the last."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    if lay.front:
        _front_sheet(book.create_sheet("部门整体绩效"), facts, lay)
    sheet, r = book.create_sheet("项目绩效目标"), 1
    for n, f in enumerate(facts):
        g = stacked_grid(n, f, lay)
        _write_grid(sheet, g, r, lay)
        sheet.cell(row=r, column=1).font = Font(bold=True)
        r += len(g.rows) + (1 if lay.gap else 0)
    sheet.cell(row=r, column=1, value=f"填报人：王丽　　审核人：陈明　　填报日期：{YEAR}年1月16日")
    book.save(str(path))


def _write_grid(sheet, g: Grid, r: int, lay: Layout) -> None:
    """A grid's cells and merges onto a sheet, its first row at sheet row `r`."""
    for i, row in enumerate(g.rows):
        for c, text in enumerate(row):
            if text:
                _put(sheet.cell(row=r + i, column=c + 1), text, lay)
    for r0, c0, r1, c1 in g.merges:
        sheet.merge_cells(start_row=r + r0, start_column=c0 + 1, end_row=r + r1, end_column=c1 + 1)


# -- writers -------------------------------------------------------------------------------------

def _unit_line(lay: Layout) -> str:
    return f"{UNIT_CODE}{DEPARTMENT}　　单位：{lay.money}"


def _title(n: int, f: Fact, lay: Layout) -> str:
    if lay.title == "appendix":
        return f"附表{n}  {f.name}项目支出绩效目标表"
    if lay.title == "chinese":
        return f"{'一二三四五六七八九十'[n - 1]}、{f.name}绩效目标表"
    return f"{n}.{f.name}绩效目标表"


def fact_paragraphs(f: Fact, lay: Layout) -> tuple[list[str], str]:
    """The «标签：值» paragraphs the facts layout prints under a project's key/value table, and its
    basis paragraph."""
    unit = lay.money

    def amount(x: Decimal) -> str:
        return _money(x, lay).rstrip("0").rstrip(".") if "." in _money(x, lay) and not lay.grouped \
            else _money(x, lay)
    lead = "总额" if lay.fact_money != "资金总额" else ""
    if f.other:
        money = (f"{lay.fact_money}：{lead}{amount(f.budget)}{unit}，其中{lay.fiscal}{amount(f.fiscal)}{unit}、"
                 f"{lay.other}{amount(f.other)}{unit}。")
    elif lay.grouped:
        funds = lay.fiscal if lay.fiscal.endswith("资金") else lay.fiscal + "资金"
        money = f"{lay.fact_money}：{lead}{amount(f.budget)}{unit}，全部为{funds}，无{lay.other}。"
    else:
        money = f"{lay.fact_money}：{lead}{amount(f.budget)}{unit}，其中{lay.fiscal}{amount(f.fiscal)}{unit}。"
    steps = [f"{period}{'累计' if k else ''}{p}%" for k, (period, p) in enumerate(zip(lay.periods, f.plan))]
    refs = [r.replace("〔", lay.ref_brackets[0]).replace("〕", lay.ref_brackets[1]) for r in (REF, REF2)]
    basis = f"{lay.basis if '依据' in lay.basis else '绩效指标设定依据'}：{'、'.join(refs)}、年度工作计划。"
    return [money, f"资金支出计划：{'，'.join(steps)}。", f"{lay.use}：{f.use}", f"{lay.goal}：{f.goal}"], basis


def _add_table(document, g: Grid) -> None:
    """A grid as a Word table: its merges, then its cells' text."""
    table = document.add_table(rows=len(g.rows), cols=g.width)
    table.style = "Table Grid"
    for r0, c0, r1, c1 in g.merges:
        table.cell(r0, c0).merge(table.cell(r1, c1))
    for r, row in enumerate(g.rows):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text


def write_facts_docx(facts: tuple[Fact, ...], lay: Layout, path: Path) -> None:
    """A disclosure: a prose part, then per project a «（一）XXX» heading, a key/value table, the
    header facts as paragraphs and the indicator table (no basis column)."""
    import docx

    document = docx.Document()
    document.add_paragraph(f"{DEPARTMENT}{YEAR}年度部门预算项目支出绩效目标（公开版）", style="Title")
    document.add_paragraph("第一部分  部门整体情况", style="Heading 1")
    document.add_paragraph(f"{YEAR}年部门预算安排项目支出{len(facts)}个，资金合计"
                           f"{sum((f.budget for f in facts), Decimal(0))}万元。")
    document.add_paragraph("第二部分  项目支出绩效目标", style="Heading 1")
    for n, f in enumerate(facts):
        if lay.new_page and n:
            document.add_page_break()
        heading = f"（{'一二三四五六七八九十'[n]}）{f.name}"
        document.add_paragraph(heading, style="Heading 2" if lay.colon else None)
        g = Grid(2)
        for label, value in ((lay.code_label, f.code), (lay.dept_label, DEPARTMENT), ("实施单位", DEPARTMENT),
                             ("项目属性", "延续项目")):
            g.add([label, value], [1, 0])
        _add_table(document, g)
        paragraphs, basis = fact_paragraphs(f, lay)
        for text in paragraphs + ([] if lay.basis_below else [basis]):
            document.add_paragraph(text)
        _add_table(document, indicator_grid(f, lay))
        if lay.basis_below:
            document.add_paragraph(basis)
    if lay.fmt == "pdf":
        _print_setup(document, lay)
    document.save(str(path))


def write_docx(facts: tuple[Fact, ...], lay: Layout, path: Path) -> None:
    """The department's projects as a Word document, one numbered title per project."""
    import docx

    if lay.facts:
        write_facts_docx(facts, lay, path)
        return
    document = docx.Document()
    document.add_paragraph(f"{DEPARTMENT}{YEAR}年项目支出绩效目标", style="Title")
    for n, f in enumerate(facts, start=1):
        if lay.new_page and n > 1:
            document.add_page_break()
        document.add_paragraph(_title(n, f, lay), style="Heading 2")
        if lay.unit_where == "line":
            document.add_paragraph(_unit_line(lay))
        for g in project_grids(f, lay):
            _add_table(document, g)
    if lay.fmt == "pdf":
        _print_setup(document, lay)
    document.save(str(path))


def write_xlsx(facts: tuple[Fact, ...], lay: Layout, path: Path) -> None:
    """One sheet per project: a title row, the unit line, the table(s), as budget systems export."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    sheet, r = None, 1
    for n, f in enumerate(facts, start=1):
        if sheet is None or not lay.one_sheet:
            sheet, r = book.create_sheet("项目支出绩效目标表" if lay.one_sheet else f.name[:31]), 1
        elif lay.one_sheet:
            r += 1  # a blank row between two projects
        sheet.cell(row=r, column=1, value=_title(n, f, lay)).font = Font(bold=True)
        r += 1
        if lay.unit_where == "line":
            sheet.cell(row=r, column=1, value=f"{UNIT_CODE}{DEPARTMENT}")
            sheet.cell(row=r, column=4, value=f"单位：{lay.money}")
            r += 1
        for g in project_grids(f, lay):
            _write_grid(sheet, g, r, lay)
            r += len(g.rows)  # the header and indicator tables meet, as on a printed form
    book.save(str(path))


def _put(cell, text: str, lay: Layout) -> None:
    """A cell as Excel keeps it: with `numeric`, an amount or a percent is a number in a format."""
    plain = text.replace(",", "")
    if lay.numeric and re.fullmatch(r"\d+(?:\.\d+)?%?", plain) and len(plain) < 15:
        if plain.endswith("%"):
            cell.value, cell.number_format = float(plain[:-1]) / 100, "0%"
        else:
            cell.value = float(plain)
            cell.number_format = ("#,##0.00" if "," in text else "0.00") if "." in plain else "0"
        return
    cell.value = text


# -- the print view saved as text --------------------------------------------------------------

TEXT_PROSE = (
    (("一、部门职责",), "临西县民政局负责全县社会救助、养老服务、殡葬管理和社会组织登记管理等工作。"),
    (("三、保障措施",), "严格资金管理，按照实施进度计划拨付资金，做好绩效运行监控与自评。"))
_TEXT_WIDTH = 44  # display columns a field line's passage takes before it wraps
_COLUMN_WIDTH = {"一级指标": 10, "二级指标": 14, "指标解释": 16, "计量单位": 8, "度量单位": 8, "指标方向": 8,
                 "符号": 6}


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _wrapped(text: str, width: int) -> list[str]:
    """Greedy wrap by display width, as a print view cuts a long cell (never beside a space)."""
    out, line = [], ""
    for ch in text:
        if line and _width(line + ch) > width:
            carry = ""
            while line and (line[-1] == " " or (carry or ch)[0] == " "):
                carry, line = line[-1] + carry, line[:-1]
            out.append(line)
            line = carry.lstrip() + ch
        else:
            line += ch
    return out + [line] if line else out or [""]


def _drawn(rows: list[list[str]], heads: list[str], lay: Layout) -> tuple[list[str], list[list[str]]]:
    """A table drawn in text: its head lines (top border, header, rule under it) and each row's
    lines, long cells wrapped onto extra lines; the bottom border is the last row's last line."""
    widths = [_COLUMN_WIDTH.get(head, 18 if "依据" in head or head == "备注" else 16) for head in heads]
    box = lay.grid == "box"

    def border(left: str, joint: str, right: str) -> str:
        line = "─" if box else "-"
        return left + joint.join(line * w for w in widths) + right

    def lines(cells: list[str]) -> list[str]:
        bar = "│" if box else "|"
        pieces = [_wrapped(cell, w - (0 if box else 2)) for cell, w in zip(cells, widths)]
        out = []
        for k in range(max(len(p) for p in pieces)):
            texts = [p[k] if k < len(p) else "" for p in pieces]
            pad = [t + " " * (w - _width(t) - (0 if box else 2)) for t, w in zip(texts, widths)]
            out.append(bar + bar.join(t if box else f" {t} " for t in pad) + bar)
        return out
    top, rule, bottom = (("┌", "┬", "┐"), ("├", "┼", "┤"), ("└", "┴", "┘")) if box else (("+", "+", "+"),) * 3
    head = [border(*top), *lines(heads), border(*rule)]
    body = [lines(row) + ([border(*rule)] if lay.row_rules else []) for row in rows]
    body[-1][-1:] = [border(*bottom)] if lay.row_rules else [body[-1][-1], border(*bottom)]
    return head, body


def _passage(label: str, text: str, lay: Layout) -> list[str]:
    """«资金用途：…» on one line wrapped onto the next, or a lone label with the text indented under it."""
    if not lay.inline:
        return [f"{label}：", f"    {text}"]
    first, *rest = _wrapped(f"{label}：{text}", _TEXT_WIDTH)
    return [first, *rest]


def text_form(n: int, f: Fact, lay: Layout) -> list[tuple[str, list[str] | None]]:
    """One project's form as (line, table head) pairs: the head is set on a table's lines, to be
    printed again where a page breaks the table."""
    unit = f"（{lay.money}）" if lay.unit_where == "label" else ""
    other = _money(f.other, lay) if f.other else lay.zero
    out: list[str] = ["", "━" * 40, _title(n, f, lay), "━" * 40]
    if lay.unit_where == "line":
        out.append(" " * 40 + f"金额单位：{lay.money}")
    out += [f"项目名称：{f.name}", f"{lay.code_label}：{f.code}        {lay.dept_label}：{DEPARTMENT}",
            f"{lay.budget}{unit}：{_money(f.budget, lay)}    其中：{lay.fiscal}{unit}：{_money(f.fiscal, lay)}"
            f"    {lay.other}{unit}：{other}"]
    out += _passage(lay.use, f.use, lay)
    g = Grid(5)
    _plan_rows(g, f, replace(lay, plan_shape="labelled"))
    label = {"amount": f"资金支出计划（累计金额，{lay.money}）", "shares": "分季度用款计划（%）"}.get(
        lay.plan, "资金支出计划（%）")
    out += [f"{label}：", *("    " + "	".join(row) for row in g.rows)]
    out += _passage(lay.goal, f.goal, lay)
    out.append("绩效指标：")
    grid = indicator_grid(f, lay)
    head, body = _drawn([list(row) for row in grid.rows[1:]], list(grid.rows[0]), lay)
    lines: list[tuple[str, list[str] | None]] = [(line, None) for line in out]
    lines += [(line, head) for line in head]
    lines += [(line, head) for row in body for line in row]
    lines[-1] = (lines[-1][0], None)  # the bottom border ends the table
    return lines


def write_text(facts: tuple[Fact, ...], lay: Layout, path: Path) -> None:
    """The print view saved as text: prose, one form per project, pages broken every
    `page_lines` lines with a footer and (on later pages) a running header and a rule."""
    running = f"{DEPARTMENT}{YEAR}年度项目支出绩效目标"
    lines: list[tuple[str, list[str] | None]] = [(" " * 20 + running, None), ("", None)]
    lines += [(TEXT_PROSE[0][0][0], None), ("    " + TEXT_PROSE[0][1], None), ("", None),
              ("二、项目支出绩效目标表", None)]
    for n, f in enumerate(facts, start=1):
        lines += text_form(n, f, lay)
    lines += [("", None), (TEXT_PROSE[1][0][0], None), ("    " + TEXT_PROSE[1][1], None)]
    pages: list[list[str]] = [[]]
    for at, (line, head) in enumerate(lines):
        if len(pages[-1]) >= lay.page_lines:
            pages.append([])
            if head is not None and lay.repeat_header and at > 0 and lines[at - 1][1] is not None \
                    and line not in head:
                pages[-1] += ["（续表）", *head]
        pages[-1].append(line)
    out: list[str] = []
    for k, page in enumerate(pages, start=1):
        if k > 1:
            out += [" " * 16 + running, "─" * 60]
        out += [*page, "", " " * 30 + f"第 {k} 页 共 {len(pages)} 页"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_variant(facts: tuple[Fact, ...], lay: Layout, folder: Path) -> Path:
    """Write one variant into `folder`; the path of the file ingest should read."""
    return write_variants(facts, [lay], folder)[0]


def write_variants(facts: tuple[Fact, ...], layouts: list[Layout], folder: Path) -> list[Path]:
    """Write the variants into `folder`, the PDF ones printed by LibreOffice in batches."""
    paths = [_write_file(facts, lay, folder) for lay in layouts]
    printed = print_pdfs([path for path, lay in zip(paths, layouts) if lay.fmt == "pdf"])
    return [printed.pop(0) if lay.fmt == "pdf" else path for path, lay in zip(paths, layouts)]


def _write_file(facts: tuple[Fact, ...], lay: Layout, folder: Path) -> Path:
    """The variant's file; a PDF variant's .docx, to be printed."""
    if lay.fmt == "txt":
        path = folder / f"v{lay.seed}.txt"
        write_text(facts, lay, path)
        return path
    suffix = "xlsx" if lay.fmt == "xlsx" else "docx"
    path = folder / f"v{lay.seed}{'p' if lay.fmt == 'pdf' else ''}.{suffix}"
    if lay.listed:
        (write_list_xlsx if suffix == "xlsx" else write_list_docx)(facts, lay, path)
    elif suffix == "xlsx":
        (write_stacked_xlsx if lay.stacked else write_xlsx)(facts, lay, path)
    else:
        write_docx(facts, lay, path)
    return path


# -- printing to PDF -----------------------------------------------------------------------------

_PDF_CACHE = Path(tempfile.gettempdir()) / "jixiao-layout-fuzz-pdf"
_PDF_BATCH = 12  # files one LibreOffice start converts
_PDF_RUNS = 4  # LibreOffice runs side by side


def _content_hash(path: Path) -> str:
    """A .docx's hash over its parts' names and bytes (the zip's own timestamps change per save)."""
    digest = hashlib.sha256()
    with zipfile.ZipFile(path) as archive:
        for name in sorted(archive.namelist()):
            digest.update(name.encode() + b"\0" + archive.read(name))
    return digest.hexdigest()[:24]


def print_pdfs(paths: list[Path]) -> list[Path]:
    """Each .docx printed to a PDF beside it by `soffice --convert-to pdf`, several files a run and
    a few runs side by side, cached by content under the temp folder so a rerun converts only what
    changed."""
    from concurrent.futures import ThreadPoolExecutor

    _PDF_CACHE.mkdir(exist_ok=True)
    keys = [_content_hash(path) for path in paths]
    missing = sorted({key: path for key, path in zip(keys, paths)
                      if not (_PDF_CACHE / f"{key}.pdf").is_file()}.items())
    runs = max(1, min(_PDF_RUNS, os.cpu_count() or 1, -(-len(missing) // 3)))
    size = min(_PDF_BATCH, -(-len(missing) // runs)) if missing else 1
    with ThreadPoolExecutor(runs) as pool:
        list(pool.map(_print_batch, [missing[at:at + size] for at in range(0, len(missing), size)]))
    out = []
    for key, path in zip(keys, paths):
        out.append(path.with_suffix(".pdf"))
        shutil.copyfile(_PDF_CACHE / f"{key}.pdf", out[-1])
    return out


def _print_batch(batch: list[tuple[str, Path]]) -> None:
    """One LibreOffice run printing (content hash, .docx) pairs into the cache."""
    with tempfile.TemporaryDirectory(prefix="jixiao-print-") as scratch:
        work = Path(scratch)
        sources = []
        for key, path in batch:
            sources.append(work / f"{key}.docx")
            shutil.copyfile(path, sources[-1])
        # a profile of its own: no wait for (or harm to) another LibreOffice running
        subprocess.run(["soffice", "--headless", "--norestore", "--nolockcheck",
                        f"-env:UserInstallation={(work / 'profile').as_uri()}", "--convert-to", "pdf",
                        "--outdir", str(work / "out"), *map(str, sources)],
                       check=True, capture_output=True, timeout=60 + 20 * len(sources),
                       stdin=subprocess.DEVNULL)
        for source in sources:
            printed = work / "out" / f"{source.stem}.pdf"
            if not printed.is_file():
                raise RuntimeError(f"LibreOffice printed no PDF for {source.name}")
            shutil.move(str(printed), _PDF_CACHE / printed.name)


def _print_setup(document, lay: Layout) -> None:
    """A .docx to be printed: paper, type size, running header, page-number footer, repeated
    header rows and rows kept whole, as the layout draws them."""
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document.styles["Normal"].font.size = Pt(lay.font_size)
    section = document.sections[0]
    if lay.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    if lay.running:
        section.header.paragraphs[0].text = lay.running
    if lay.page_number:
        footer = section.footer.paragraphs[0]
        before, after = {"chinese": ("第 ", " 页 共 # 页"), "dash": ("- ", " -"), "slash": ("", " / #")}[lay.page_number]
        for k, text in enumerate([before, *after.split("#")]):
            if k:
                field = OxmlElement("w:fldSimple")
                field.set(qn("w:instr"), "PAGE" if k == 1 else "NUMPAGES")
                footer._p.append(field)
                run = OxmlElement("w:r")
                t = OxmlElement("w:t")
                t.text = "1"
                run.append(t)
                field.append(run)
            if text:
                footer.add_run(text)
    for table in document.tables:
        heads = [cell.text for cell in table.rows[0].cells]
        # only a header of one row is repeated: LibreOffice 7 prints a repeated header of two rows
        # (cells merged down over both) at its first page's height, and a cell whose words need
        # more lines on the new page then overprints the row under it, which no reader can undo
        two = any(v.get(qn("w:val")) == "restart" for v in table.rows[0]._tr.iter(qn("w:vMerge")))
        for at, row in enumerate(table.rows):
            properties = row._tr.get_or_add_trPr()
            if lay.whole_rows:
                properties.append(OxmlElement("w:cantSplit"))
            if lay.repeat_header and ("一级指标" in heads or "序号" in heads) and not two and at == 0:
                properties.append(OxmlElement("w:tblHeader"))


# -- the checker ---------------------------------------------------------------------------------

FIELDS = ("projects", "name", "code", "department", "budget", "fiscal", "other", "use", "goal", "plan",
          "indicators", "level", "comparator", "number", "unit", "refs", "implementer", "nature",
          "weight", "parts", "attributes", "sections")


def _wan(amount, unit: str) -> Decimal | None:
    if amount is None:
        return None
    return (amount / 10000 if unit == "元" else amount).quantize(Decimal("0.01"))


def check(document, facts: tuple[Fact, ...], lay: Layout | None = None) -> list[tuple[str, str]]:
    """(field, what was lost) for every fact the document does not give back."""
    losses: list[tuple[str, str]] = []
    read = list(document.projects)
    if len(read) != len(facts):
        losses.append(("projects", f"{len(read)} read of {len(facts)}"))
    for n, f in enumerate(facts):
        p = next((x for x in read if x.code == f.code), None) or next(
            (x for x in read if x.name == f.name), None)
        if p is None:
            losses.append(("projects", f"{f.name} not found"))
            continue
        got = {"name": p.name, "code": p.code, "department": p.department, "use": p.use, "goal": p.goal,
               "budget": _wan(p.budget, p.unit), "fiscal": _wan(p.fiscal, p.unit),
               "other": _wan(p.other, p.unit) or Decimal("0.00")}
        want = {"name": f.name, "code": f.code, "department": DEPARTMENT, "use": f.use, "goal": f.goal, "budget": f.budget,
                "fiscal": f.fiscal, "other": f.other}
        for key in want:
            if got[key] != want[key]:
                losses.append((key, f"{f.name}: {got[key]!r} ≠ {want[key]!r}"))
        # amounts are printed to the 分, so their percents are whole only to rounding
        plan = tuple(round(x.percent) if x.percent is not None else None for x in p.spending_plan)
        if plan != f.plan:
            losses.append(("plan", f"{f.name}: {plan} ≠ {f.plan}"))
        if lay is not None and (lay.listed or lay.stacked) and p.implementer != implementer_of(n):
            losses.append(("implementer", f"{f.name}: {p.implementer!r}"))
        if lay is not None and lay.wide:
            losses += _wide_losses(f, p)
        if lay is not None and lay.stacked:
            losses += _stacked_losses(n, f, p)
        if len(p.indicators) != len(f.targets):
            losses.append(("indicators", f"{f.name}: {len(p.indicators)} ≠ {len(f.targets)}"))
        for k, (t, i) in enumerate(zip(f.targets, p.indicators)):
            if lay is not None and lay.listed and lay.directions:
                nature = "定量" if t.number is not None else "定性"
                if i.nature != nature:
                    losses.append(("nature", f"{f.name}/{t.level3}: {i.nature!r} ≠ {nature!r}"))
                if i.weight != weight_of(k):
                    losses.append(("weight", f"{f.name}/{t.level3}: {i.weight!r} ≠ {weight_of(k)}"))
            if (i.level1, i.level2, i.level3) != (t.level1, t.level2, t.level3):
                losses.append(("level", f"{f.name}: {(i.level1, i.level2, i.level3)}"))
            v = i.value
            number = None if v.number is None else Decimal(v.number)
            checks = (("comparator", v.comparator, t.comparator),
                      ("number", number, None if t.number is None else Decimal(t.number)),
                      ("unit", v.unit, t.unit))
            for key, have, should in checks:
                if have != should:
                    losses.append((key, f"{f.name}/{t.level3}: {v.raw!r} → {have!r} ≠ {should!r}"))
            refs = tuple(r.canonical for r in i.policy_refs)
            # the facts layout's basis paragraph names both references for every row
            want_refs = (REF, REF2) if lay is not None and lay.facts else t.refs
            if refs != want_refs:
                losses.append(("refs", f"{f.name}/{t.level3}: {refs} ≠ {want_refs}"))
    if lay is not None and lay.fmt == "txt":  # the prose, and no page furniture or form line as prose
        read = [(s.path, s.text) for s in document.sections]
        losses += [("sections", f"{path}: {text[:20]!r}") for path, text in read if (path, text) not in TEXT_PROSE]
        losses += [("sections", f"{path} not read") for path, text in TEXT_PROSE if (path, text) not in read]
    if lay is not None and lay.stacked:  # the front sheet's prose, and no line of a block as prose
        prose = [(s.path[-1], s.text) for s in document.sections]
        want = list(FRONT_PROSE) if lay.front else []
        losses += [("sections", f"{label}: {text[:20]!r}") for label, text in prose if (label, text) not in want]
        losses += [("sections", f"{label} not read") for label, text in want if (label, text) not in prose]
    return losses


def _wide_losses(f: Fact, p) -> list[tuple[str, str]]:
    """What a wide table lost of its 预算单位, 上年结转 part and 起止年限."""
    losses = []
    if p.implementer != wide_implementer(f):
        losses.append(("implementer", f"{f.name}: {p.implementer!r}"))
    carried = [_wan(part.amount, p.unit) for part in p.parts if part.label == "上年结转"]
    if carried_over(f) and carried != [carried_over(f)]:
        losses.append(("parts", f"{f.name}: {carried}"))
    if dict(p.attributes).get("起止年限") != f"{YEAR}年1月至12月":
        losses.append(("attributes", f"{f.name}: {p.attributes}"))
    return losses


def _stacked_losses(n: int, f: Fact, p) -> list[tuple[str, str]]:
    """What a stacked block lost of its 本级财政 | 上级补助 parts and its attributes."""
    losses = []
    upper = upper_part(f)
    parts = [(part.label, _wan(part.amount, p.unit)) for part in p.parts]
    if parts != [("本级财政", f.fiscal - upper), ("上级补助", upper)]:
        losses.append(("parts", f"{f.name}: {parts}"))
    if p.attributes != attributes_of(n):
        losses.append(("attributes", f"{f.name}: {p.attributes}"))
    return losses


def run_variant(seed: int, folder: Path, pdf: bool = False,
                text: bool = False) -> tuple[Layout, list[tuple[str, str]]]:
    """Write variant `seed`, read it back, and list what was lost."""
    lay = draw_layout(seed, pdf, text)
    return lay, read_variant(write_variant(make_facts(), lay, folder), lay)


def read_variant(path: Path, lay: Layout) -> list[tuple[str, str]]:
    """Read a written variant back and list what was lost."""
    from ingest import IngestError, read_document

    try:
        return check(read_document(path), make_facts(), lay)
    except IngestError as error:
        return [("projects", f"unreadable: {error}")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0, help="first variant's seed")
    parser.add_argument("--pdf", type=int, default=0,
                        help="the first N .docx variants from --seed also printed to PDF (needs soffice)")
    parser.add_argument("--text", type=int, default=40, help="variants also written as a print view's .txt")
    parser.add_argument("--show", type=int, default=8, help="failing variants to detail")
    args = parser.parse_args(argv)
    per_field: Counter = Counter()
    variants_losing: Counter = Counter()
    failing = []
    layouts = [draw_layout(s) for s in range(args.seed, args.seed + args.variants)]
    layouts += [draw_layout(s, pdf=True) for s in pdf_seeds(args.seed, args.pdf)]
    layouts += [draw_layout(s, text=True) for s in range(args.seed, args.seed + args.text)]
    with tempfile.TemporaryDirectory() as tmp:
        for lay, path in zip(layouts, write_variants(make_facts(), layouts, Path(tmp))):
            losses = read_variant(path, lay)
            per_field.update(key for key, _ in losses)
            variants_losing.update({key for key, _ in losses})
            if losses:
                failing.append((lay, losses))
    total = len(layouts)
    print(f"variants fully read: {total - len(failing)}/{total}")
    for fmt in ("pdf",) if args.pdf else ():
        shown = [lay for lay in layouts if lay.fmt == fmt]
        print(f"  of them {fmt}: {len(shown) - sum(lay.fmt == fmt for lay, _ in failing)}/{len(shown)}")
    print(f"{'field':<12}{'variants losing':>16}{'losses':>8}")
    for key in FIELDS:
        print(f"{key:<12}{variants_losing[key]:>16}{per_field[key]:>8}")
    for lay, losses in failing[: args.show]:
        print("\n" + lay.describe())
        for key, what in losses[:6]:
            print(f"   {key:<11}{what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
