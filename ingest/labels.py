"""The words 绩效目标表 forms name their header fields and indicator columns by, and how one cell
is read as one of them: by the word itself, or by its form («资金规模（万元）» is the budget, «当年财政拨款»
the 财政拨款, «项目主要内容及资金用途» the use of funds).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Rows = Sequence[Sequence[str]]

_CODE = {"项目编码", "项目代码", "项目编号"}
_NAME = {"项目名称"}
_BUDGET = {"预算数", "资金总额", "年度资金总额", "项目资金总额", "预算资金", "预算金额", "预算总额",
           "项目总额"}
# The other ways forms name a project's whole money: a money word and a word of size or total
_BUDGET_FORM = re.compile(r"(?:项目|年度|本年度?|全年|当年)?(?:预算|资金|投资|经费)(?:总额|总规模|规模|总金额|金额|总计|总数)"
                          r"|(?:项目|年度)?总(?:投资|预算|金额|经费)(?:额|数)?"
                          # «年度预算», «申请金额», «申报资金»: a money word the year or the request qualifies
                          r"|(?:年度|本年度?|全年|当年|申请|申报|安排)(?:预算|金额|资金|经费)(?:数|额)?")
_FISCAL = {"财政资金", "财政拨款", "财政性资金", "财政拨款资金"}
# Money not from the treasury: the unit's own, raised or other funds
_OTHER = {"其他资金", "自筹资金", "单位自筹资金", "单位自筹", "自有资金", "单位自有资金", "其他来源资金"}
# Money carried over from last year's budget: not this year's appropriation, so kept as other funds
_CARRYOVER = {"上年结转资金", "上年结转", "结转资金", "上年结余结转资金"}
# The part such funds are also kept under, so a reader can tell what the other funds were; it is not
# treasury money of this year, so it never adds up into 财政拨款
CARRYOVER_PART = "上年结转"
# A money label qualified by the budget year names the same money: «当年财政拨款», «本年预算数»
_THIS_YEAR = re.compile(r"^(?:当年|本年度?|年度)(?=.)")
_USE = {"资金用途", "主要内容", "项目内容", "资金用途及主要内容", "项目概况", "项目简介", "项目概况及资金用途",
        "项目内容及用途", "项目主要内容", "项目概述", "项目概要", "项目简述"}
# 财政拨款 given as its parts, by budget (一般公共预算, 政府性基金) or by the level of government
# that pays (本级财政, 上级补助, 中央资金 …): each part's stored name and the spellings seen for it.
# All are treasury money, so with no 财政拨款/财政资金 total printed the fiscal share is their sum.
_PARTS = {
    "一般公共预算": {"一般公共预算", "一般公共预算拨款", "一般公共预算资金", "公共预算拨款"},
    "政府性基金": {"政府性基金", "政府性基金预算", "政府性基金拨款", "政府性基金预算拨款"},
    "国有资本经营预算": {"国有资本经营预算", "国有资本经营预算拨款", "国有资本经营预算资金"},
    "本级财政": {"本级财政", "本级财政资金", "本级财政拨款", "本级资金", "县本级财政", "县本级资金", "本级安排",
             "本级安排资金", "县本级安排"},
    "上级补助": {"上级补助", "上级补助资金", "上级财政补助", "上级补助收入"},
    "上级转移支付": {"上级转移支付", "上级转移支付资金", "上级专项转移支付", "转移支付资金"},
    "中央资金": {"中央资金", "中央补助", "中央补助资金", "中央财政资金", "中央财政补助", "中央专项资金"},
    "省级资金": {"省级资金", "省级补助", "省级补助资金", "省级财政资金", "省级财政补助", "省级专项资金"},
    "市级资金": {"市级资金", "市级补助", "市级补助资金", "市级财政资金", "市级财政补助"},
    "县级资金": {"县级资金", "县级补助", "县级补助资金", "县级财政资金", "县级财政补助", "县级财政", "县级配套资金"},
}
MONEY_PART_LABELS = frozenset(_PARTS)
# How each part is printed, for readers of questions to know the same words («本级安排» is 本级财政)
MONEY_PART_SPELLINGS = {name: frozenset(spellings) for name, spellings in _PARTS.items()} | {
    CARRYOVER_PART: frozenset(_CARRYOVER)}
# The labels each money field is read under, for readers of questions to know the same words
MONEY_LABELS = {"budget": frozenset(_BUDGET), "fiscal": frozenset(_FISCAL), "other": frozenset(_OTHER)}
_PART_OF = {spelling: name for name, spellings in _PARTS.items() for spelling in spellings}
# Words that name money only in a money block («预算金额（万元）» merged down over «合计», «其中：
# 本级财政», «其他»), or in a row with other money labels: its total, and its money from outside.
_BLOCK_TOTAL = {"合计", "小计", "总计"}
_BLOCK_OTHER = {"其他", "自筹", "单位自筹", "其他来源"}
# Header fields kept as printed, label and value, for what no other field says: whether the
# project is new or continued (项目属性), its budget class (项目类型/类别: 特定目标类 …) and its
# term (项目期限: «2025年1月1日—2025年12月31日»). Forms name them differently; these are the names seen.
ATTRIBUTE_LABELS = _ATTRIBUTES = frozenset({"项目属性", "项目类型", "项目类别", "项目性质", "项目期限",
                                            "实施期限", "项目周期", "实施期", "起止年限", "起止时间",
                                            "起止日期", "实施年限", "项目起止年限", "项目起止时间",
                                            # who answers for the project, and how to reach them
                                            "项目负责人", "负责人", "联系人", "联系电话"})
# The budget year printed in a header («年度 | 2025年»): the document's year says it; read, not kept
_YEAR = {"年度", "预算年度"}
GOAL_LABELS = _GOAL = frozenset({"绩效目标", "年度绩效目标", "年度目标", "项目绩效目标", "项目年度绩效目标"})
# The department that owns the budget, and the budget unit a form may print beside it: with both
# printed («预算单位 | …气象台» and «主管部门 | …气象局») the unit is the one carrying the project out
_OWNER = {"主管部门", "预算部门", "部门名称", "主管单位"}
_BUDGET_UNIT = {"单位名称", "预算单位", "填报单位", "申报单位"}
_DEPARTMENT = _OWNER | _BUDGET_UNIT
# The unit that carries the project out, printed beside 主管部门 (a 所/中心 under the 局)
_IMPLEMENTER = {"实施单位", "项目单位", "项目实施单位", "项目负责单位", "执行单位", "项目执行单位", "承担单位",
                "项目承担单位", "责任单位", "项目责任单位"}
# The money unit as a label and value pair: «金额单位 | 万元» (also «单位：万元» in one cell)
_MONEY_UNIT = {"金额单位", "资金单位", "货币单位", "金额计量单位"}
_FIELDS = {"code": _CODE, "name": _NAME, "budget": _BUDGET, "fiscal": _FISCAL,
           "other": _OTHER | _CARRYOVER, "use": _USE, "goal": _GOAL, "department": _DEPARTMENT,
           "implementer": _IMPLEMENTER, "part": frozenset(_PART_OF), "attribute": _ATTRIBUTES,
           "year": _YEAR, "money_unit": _MONEY_UNIT}
_MONEY_FIELDS = ("budget", "fiscal", "other", "part")
# Labels that head a block of rows rather than a single value.
_MONEY_BLOCK = ("预算规模", "年度预算资金", "项目资金", "资金情况", "资金来源")
_BLOCK = (*_MONEY_BLOCK, "资金支出计划", "支出计划", "资金支出进度计划", "支出进度计划", "资金使用计划",
          "用款计划", "分季度用款计划", "资金用款计划",
          "年度绩效指标")

_LEVEL1 = {"一级指标"}
_LEVEL2 = {"二级指标"}
_LEVEL3 = {"三级指标", "指标内容", "指标名称", "绩效指标"}
_DESCRIPTION = {"绩效指标描述", "指标描述", "指标解释", "指标说明"}
_VALUE = {"指标值", "目标值", "年度指标值", "指标目标值", "绩效指标值", "年度目标值"}
_BASIS = {"指标值确定依据", "指标值设定依据", "确定依据", "依据", "备注", "指标值设定依据及说明",
          "指标值确定依据及说明", "设定依据", "依据及说明", "指标来源"}
# A column of notes beside the targets («指标解释/备注», «说明», «指标值说明»): what the row rests on
# when its cells cite document numbers or 《titles》 (ingest.tables looks), otherwise only remarks
_NOTE_COLUMN = re.compile(r"(?:(?:指标值?)?(?:解释|说明|备注)[/／、及和或]?)+")
# The national form splits the target into 指标性质 (≥, ≤, =, 定性) | 指标值 | 度量单位; others
# print the kind (定量/定性) in 指标性质 and the comparator in 指标方向 (正向, 反向, 等于) beside it
_NATURE = {"指标性质", "指标类型", "指标属性"}
_COMPARATOR = {"指标方向", "运算符号", "运算符", "比较符", "符号"}
_VALUE_UNIT = {"度量单位", "计量单位", "指标单位", "指标值单位"}
# The row's weight in scoring: «分值 | 10», «权重（%） | 15»
_WEIGHT = {"分值", "权重", "指标分值", "指标权重", "分值权重", "权重分值"}
_COLUMNS = {"level1": _LEVEL1, "level2": _LEVEL2, "level3": _LEVEL3,
            "description": _DESCRIPTION, "value": _VALUE, "basis": _BASIS,
            "comparator": _COMPARATOR, "unit": _VALUE_UNIT, "nature": _NATURE, "weight": _WEIGHT}
COLUMN_FIELDS = tuple(_COLUMNS)
LABELS = _LABELS = frozenset().union(*_FIELDS.values(), *_COLUMNS.values())


def clean_cell(text: str) -> str:
    """One cell's text with tabs and runs of blanks made single spaces and empty lines dropped."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def label_of(cell: str) -> str:
    """A cell reduced to its label words: «其中：财政    资金» → 财政资金, «单位（%）» → 单位."""
    text = "".join(cell.split())
    text = re.sub(r"^其中[:：]?", "", text)
    text = re.sub(r"[（(][^）)]*[）)]", "", text)
    return text.rstrip(":：")


def is_indicator_header(cells: Sequence[str]) -> bool:
    """True for the row that names the indicator columns (一级指标 … 指标值 …)."""
    labels = {label_of(cell) for cell in cells}
    return bool(labels & _VALUE) and bool(labels & (_LEVEL1 | _LEVEL3))


def find_indicator_header(rows: Rows) -> int | None:
    """Index of the indicator header row among `rows` (the first of two when the header is printed
    on two rows, see joined_header), or None when there is none."""
    return next((i for i, row in enumerate(rows) if is_indicator_header(row)
                 or (i + 1 < len(rows) and _lower_header(rows[i + 1])
                     and is_indicator_header(_joined(row, rows[i + 1])))), None)


def _lower_header(cells: Sequence[str]) -> bool:
    """A row made only of indicator column names, among them 一级/二级/三级指标 but no 指标值: the
    lower row of a header printed on two rows («绩效指标» merged over 一级指标 | 二级指标 | 三级指标,
    指标值 merged down both)."""
    filled = [label_of(cell) for cell in cells if cell.strip()]
    return len(filled) >= 2 and all(column_of(cell) for cell in filled) \
        and any(label in _LEVEL1 | _LEVEL2 | _LEVEL3 for label in filled) \
        and not is_indicator_header(cells)


def _joined(upper: Sequence[str], lower: Sequence[str]) -> list[str]:
    """The two rows of a header as one: the lower row's name where it has one, else the upper's
    (指标值, 指标值确定依据 merged down both rows)."""
    width = max(len(upper), len(lower))
    return [(lower[c] if c < len(lower) and lower[c].strip() else upper[c] if c < len(upper) else "")
            for c in range(width)]


def joined_header(rows: Rows) -> list[Sequence[str]]:
    """Rows starting at the indicator header, a header printed on two rows made one; the rows under
    it as they are."""
    rows = list(rows)
    if len(rows) > 1 and _lower_header(rows[1]):
        return [_joined(rows[0], rows[1]), *rows[2:]]
    return rows


def is_header_part(cells: Sequence[str]) -> bool:
    """A header row or the lower row of a two-row header, repeated where a table crosses a page."""
    return is_indicator_header(cells) or _lower_header(cells)


def is_label(cell: str) -> bool:
    """True for a cell that names a field or column (项目名称, 预算数, 指标值 …)."""
    label = label_of(cell)
    return label in _LABELS or label.startswith(_BLOCK) or bool(_BUDGET_FORM.fullmatch(label))


def field_of(cell: str) -> str | None:
    """The header field a label cell names (code, name, budget …), None for any other cell."""
    label = label_of(cell)
    field = _word_field(label)
    if field is None and _BUDGET_FORM.fullmatch(label) and not label.startswith(_MONEY_BLOCK):
        return "budget"  # «资金规模（万元）», «项目总投资», «经费总额»: the project's whole money
    return field or _qualified_field(label) or _compound_field(label)


def _word_field(label: str) -> str | None:
    return next((field for field, words in _FIELDS.items() if label in words), None)


def _qualified_field(label: str) -> str | None:
    """«当年财政拨款» → fiscal: the year qualifying a money label (not a block: «年度预算资金»)."""
    bare = _THIS_YEAR.sub("", label)
    field = _word_field(bare) if bare != label and not label.startswith(_MONEY_BLOCK) else None
    return field if field in _MONEY_FIELDS else None


def _compound_field(label: str) -> str | None:
    """«项目主要内容及资金用途» → use: words joined by 及 that each name the same field."""
    words = label.split("及")
    fields = {_word_field(word) for word in words}
    return fields.pop() if len(words) > 1 and len(fields) == 1 else None


def column_of(cell: str) -> str | None:
    """The indicator field (level1 … basis) a column header names; None for any other column."""
    label = label_of(cell)
    field = next((f for f, words in _COLUMNS.items() if label in words), None)
    if field is None and "依据" in label:
        return "basis"  # «指标值设定依据及数据来源», «测算依据»: what the target rests on
    return field


def is_note_column(cell: str) -> bool:
    """True for a notes column header («指标解释/备注», «说明») that names no field of its own."""
    label = label_of(cell)
    return bool(label) and column_of(cell) is None and bool(_NOTE_COLUMN.fullmatch(label))


def part_name(cell: str) -> str:
    """The stored name of a part of the budget: «其中：本级财政资金» → 本级财政."""
    return _PART_OF[label_of(cell)]


def names_owner(cell: str) -> bool:
    """A label of the department owning the budget («主管部门»), not of a budget unit under it."""
    return label_of(cell) in _OWNER


def is_carryover(cell: str) -> bool:
    """A label of funds carried over from last year («上年结转资金», «结转资金»): other funds."""
    label = label_of(cell)
    return label in _CARRYOVER or _THIS_YEAR.sub("", label) in _CARRYOVER


def block_word_field(cell: str) -> str | None:
    """The money field «合计», «小计», «其他» … name when they stand in a money block."""
    label = label_of(cell)
    if label in _BLOCK_TOTAL:
        return "budget"
    return "other" if label in _BLOCK_OTHER else None


def heads_money_block(cell: str) -> bool:
    """A word that heads the money rows («项目资金», «预算规模», «资金情况»); printed with a single
    amount beside it instead of rows under it, that amount is the budget."""
    return label_of(cell).startswith(_MONEY_BLOCK)


def is_money_label(cell: str) -> bool:
    """A label of a money field, a part of the budget, or a money block («资金情况»)."""
    return field_of(cell) in _MONEY_FIELDS or label_of(cell).startswith(_MONEY_BLOCK)
