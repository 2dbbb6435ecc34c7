"""Whether a Word table continues the project whose header table came before it.

Some forms print one project as several tables: the header (项目名称, 项目编码, money …), a small
spending-plan table (时间节点 | 截至3月底 …), then the indicator table (一级指标 … 指标值), with a
caption («分季度资金支出计划（单位：万元）», «绩效指标») or a heading between them. The plan and
indicator tables name no project of their own: they belong to the header above them, and the next
header table starts the next project.

An indicator table a page cut in two goes on in a second table under a «（续表）» caption
(ingest.sections keeps it with the table above).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .spending_plan import is_plan_table
from .labels import find_indicator_header, is_label, label_of

Rows = Sequence[Sequence[str]]

_PROJECT_LABELS = {"项目名称", "项目编码"}
# «（续表）», «续表», «续上表», «续表3-2», «表3-2（续）»: the table above goes on here
_CONTINUED = re.compile(r"[（(]?续(?:上)?表\s*[\d０-９\-－—.．]*[）)]?|表\s*[\d０-９\-－—.．]+\s*[（(]续[）)]")


def is_continuation(text: str) -> bool:
    """True for a caption saying the table above goes on («（续表）», «续表3-2»)."""
    return bool(_CONTINUED.fullmatch("".join(text.split())))


def names_project(rows: Rows) -> bool:
    """True for a table with a 项目名称 or 项目编码 label anywhere in it."""
    return any(label_of(cell) in _PROJECT_LABELS for row in rows for cell in row)


def is_project_header(rows: Rows) -> bool:
    """项目名称 or 项目编码 with its value beside it: one project's header. A summary of several
    projects prints 项目名称 over a column, beside the other columns' names."""
    for row in rows:
        cells = [cell for cell in row if cell.strip()]
        for at, cell in enumerate(cells[:-1]):
            if label_of(cell) in _PROJECT_LABELS and not is_label(cells[at + 1]):
                return True
    return False


def continues_project(rows_so_far: Rows, table: Rows) -> bool:
    """True for a plan or indicator table naming no project, after one project's header whose
    indicators have not come yet."""
    if names_project(table) or find_indicator_header(rows_so_far) is not None:
        return False
    if not is_project_header(rows_so_far):
        return False
    return find_indicator_header(table) is not None or is_plan_table(table)
