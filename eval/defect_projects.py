"""Clean 绩效目标表 projects with realistic variety, for the planted-defect corpus (eval/defects.py).

Every project generated here should pass the 体检 without a finding. The variety is the kind that
tripped earlier versions of the rules: unit costs beside a budget, sub-counts («其中…已…»), per-
quarter plans that add up to 100%, right formulas with 应届/对应, rates that should be low (≤) and
high (≥), layouts without 其他资金, money in 元, 成本指标 as a 一级指标, years in project names.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from eval.defect_layouts import ProjectSpec, Row


@dataclass(frozen=True)
class Topic:
    name: str      # the project name without a year
    verb: str      # what the money does: 培训, 发放, 建设 …
    who: str       # who is served: 参训人员 …
    counted: str   # the count indicator: 培训人数 …
    unit: str      # its unit: 人, 户, 亩 …
    low: int       # count range
    high: int


TOPICS = (
    Topic("职业技能培训补贴", "培训", "参训人员", "培训人数", "人", 300, 3000),
    Topic("高素质农民培育", "培育", "学员", "培育高素质农民人数", "人", 200, 800),
    Topic("城乡居民养老保险缴费补贴", "补贴", "参保居民", "补贴人数", "人", 5000, 60000),
    Topic("困难群众临时救助", "救助", "救助对象", "临时救助人次", "人次", 200, 3000),
    Topic("农村危房改造补助", "改造", "改造农户", "危房改造户数", "户", 50, 600),
    Topic("耕地地力保护补贴", "补贴", "种粮农户", "补贴面积", "亩", 20000, 900000),
    Topic("高标准农田建设配套", "建设", "项目区农户", "新建高标准农田面积", "亩", 5000, 40000),
    Topic("中小学校舍维修改造", "维修", "师生", "维修改造学校数", "所", 5, 40),
    Topic("基层医疗卫生机构设备购置", "购置", "就诊群众", "购置设备数量", "台", 20, 300),
    Topic("公共文化场馆免费开放", "开放", "群众", "组织文化活动场次", "场", 30, 300),
    Topic("退役军人走访慰问", "慰问", "慰问对象", "走访慰问人数", "人", 100, 1500),
    Topic("残疾人康复服务补助", "康复", "残疾人", "康复服务人数", "人", 100, 2000),
    Topic("农村生活垃圾治理", "治理", "农村居民", "覆盖行政村数", "个", 20, 300),
    Topic("创业担保贷款贴息", "贴息", "创业者", "扶持创业人数", "人", 50, 900),
    Topic("食品安全抽检", "抽检", "消费者", "抽检批次", "批", 300, 3000),
    Topic("动物疫病强制免疫", "免疫", "养殖场户", "强制免疫畜禽数量", "头", 10000, 900000),
    Topic("就业见习补贴", "见习", "见习人员", "见习岗位人数", "人", 50, 700),
    Topic("农村公路养护", "养护", "沿线群众", "养护里程", "公里", 50, 900),
    Topic("学生资助", "资助", "受助学生", "资助学生人数", "人", 300, 8000),
    Topic("社区居家养老服务补助", "服务", "服务老人", "服务老人人数", "人", 200, 3000),
)

# Rates that should be high, each with its formula «实际…/应…» (or none) for the description.
HIGH_RATES = (
    ("{verb}任务完成率", "实际完成数/计划完成数×100%"),
    ("资金发放准确率", "准确发放金额/实际发放金额×100%"),
    ("补助资金足额发放率", "实际发放金额/应发放金额×100%"),
    ("验收合格率", "验收合格数/验收总数×100%"),
    ("政策知晓率", "知晓政策人数/调查人数×100%"),
    ("按对应标准发放率", "按对应标准发放人数/发放总人数×100%"),
)
# Rates that should be low, kept under a ceiling.
LOW_RATES = (("投诉率", "投诉件数/服务人次×100%"), ("差错率", "差错笔数/办理笔数×100%"),
             ("资金结余率", "结余资金/预算资金×100%"), ("返工率", "返工数/完成数×100%"),
             ("安全事故发生率", "事故起数/服务人次×100%"))
BENEFITS = (
    ("社会效益指标", "应届毕业生就业率", "应届毕业生就业人数/毕业生总数×100%", "≥{n}%", 80, 95),
    ("社会效益指标", "{who}受益覆盖率", "受益人数/目标人数×100%", "≥{n}%", 85, 98),
    ("经济效益指标", "带动增收户数", "", "≥{n}户", 100, 900),
    ("可持续影响指标", "项目设施持续使用年限", "", "≥{n}年", 5, 15),
    ("生态效益指标", "农药化肥使用量减少比例", "", "≥{n}%", 3, 10),
    ("社会效益指标", "安全责任事故发生数", "", "{n}起", 0, 0),
)
BASES = ("{year}年度工作计划", "冀财社〔{prev}〕{k}号", "县政府常务会议纪要", "上年实际完成情况",
         "行业标准", "实施方案")
PLANS = (("25%", "50%", "75%", "100%"), ("10%", "40%", "80%", "100%"), ("100%", "", "", ""),
         ("30%", "100%", "", ""), ("25%", "25%", "25%", "25%"), ("10%", "20%", "30%", "40%"),
         ("40%", "30%", "20%", "10%"), ("20%", "60%", "90%", "100%"))


def money(amount: Decimal) -> str:
    return f"{amount:.2f}"


def amount_of(cell: str) -> Decimal:
    """A money cell as written back to a Decimal."""
    return Decimal(cell.replace(",", ""))


def written(amount: Decimal, rng: random.Random) -> str:
    """An amount as a table may print it: 1468.80 or 1,468.80."""
    return f"{amount:,.2f}" if amount >= 1000 and rng.random() < 0.3 else money(amount)


def _count_value(rng: random.Random, n: int, unit: str) -> tuple[str, str]:
    """The count as the 指标值 writes it and as a description may: 25000人 or 2.5万人."""
    if n >= 10000 and unit in ("人", "户", "亩") and n % 1000 == 0 and rng.random() < 0.6:
        short = f"{Decimal(n) / 10000:f}".rstrip("0").rstrip(".") + "万" + unit
        return rng.choice(((short, short), (f"{n}{unit}", short), (short, f"{n}{unit}")))
    return f"{n}{unit}", f"{n}{unit}"


def budget_of(rng: random.Random, unit: str) -> Decimal:
    if unit == "元":
        return Decimal(rng.randint(5, 95) * 10000)
    return Decimal(rng.randint(800, 300000)) / 100


def _count_description(rng: random.Random, topic: Topic, n: int, year: int) -> tuple[str, str]:
    """A description that states the count, one of its parts, or none at all."""
    part = max(1, n // rng.randint(3, 6))
    value, said = _count_value(rng, n, topic.unit)
    options = (
        f"全年{topic.verb}{said}",
        f"{topic.verb}{n}{topic.unit}，其中{year - 1}年已完成{part}{topic.unit}",
        f"计划{topic.verb}{n}{topic.unit}，其中重点对象不少于{part}{topic.unit}",
        f"{topic.verb}城镇{n - part}{topic.unit}、农村{part}{topic.unit}",
        f"按照实施方案完成{topic.verb}任务",
        f"较上年增加{part}{topic.unit}",
    )
    return value, rng.choice(options)


def clean_project(rng: random.Random, topic: Topic, code: str, year: int, *, layout: str,
                  unit: str) -> ProjectSpec:
    """One clean project of `year`."""
    budget = budget_of(rng, unit)
    other = Decimal(0)
    if rng.random() < 0.35:
        other = (budget * Decimal(rng.randint(10, 40)) / 100).quantize(Decimal("0.01"))
    fiscal = budget - other
    show_other = layout == "sample" or rng.random() < 0.6
    other_cell = (money(other) if other else "") if show_other else None
    if other and other_cell is None:
        other_cell = money(other)
    count = rng.randint(topic.low, topic.high)
    if count >= 10000:
        count -= count % 1000
    basis = _basis_picker(rng, year)
    value, description = _count_description(rng, topic, count, year)
    rows: list[Row] = [Row("产出指标", "数量指标", topic.counted, description,
                           rng.choice((f"≥{value}", value)), basis())]
    sessions = rng.randint(2, 12)
    rows.append(Row("产出指标", "数量指标", f"开展{topic.verb}督导检查次数", "督导检查次数",
                    f"≥{sessions}次", basis()))
    rate, formula = rng.choice(HIGH_RATES)
    rate = rate.format(verb=topic.verb)
    floor = rng.randint(90, 98)
    rows.append(Row("产出指标", "质量指标", rate, formula,
                    "100%" if rng.random() < 0.3 else f"≥{floor}%", basis()))
    low_name, low_formula = rng.choice(LOW_RATES)
    ceiling = rng.randint(1, 5)
    rows.append(Row("产出指标", "质量指标", low_name, low_formula,
                    rng.choice((f"≤{ceiling}%", f"不高于{ceiling}%", f"<{ceiling}%")), basis()))
    rows.append(rng.choice((
        Row("产出指标", "时效指标", f"{topic.verb}完成时间", f"{year}年内完成",
            f"{year}年{rng.choice((6, 9, 10, 11, 12))}月底前", basis()),
        Row("产出指标", "时效指标", "资金拨付及时率", "按时拨付资金/应拨付资金×100%", "≥95%", basis()),
        Row("产出指标", "时效指标", "审核办结时限", "受理后办结天数", f"≤{rng.randint(5, 15)}个工作日",
            basis()),
    )))
    rows += _cost_rows(rng, topic, budget, unit, basis)
    level2, name, formula, template, low, high = rng.choice(BENEFITS)
    n = rng.randint(low, high)
    name = name.format(who=topic.who)
    rows.append(Row("效益指标", level2, name, formula or name, template.format(n=n), basis()))
    rows.append(Row("效益指标", "可持续影响指标", "群体性事件发生数", "因项目实施引发的群体性事件",
                    "0起", basis()))
    satisfied = rng.choice((85, 90, 95))
    rows.append(Row("满意度指标", "服务对象满意度指标", f"{topic.who}满意度", f"{topic.who}满意度",
                    rng.choice((f"≥{satisfied}%", f"不低于{satisfied}%")), "问卷调查"))
    named = f"{year}年{topic.name}" if rng.random() < 0.3 else topic.name
    plan = rng.choice(PLANS) if layout == "sample" or rng.random() < 0.6 else None
    if plan and rng.random() < 0.2:  # percent signs left out or typed full width
        plan = tuple(cell.replace("%", rng.choice(("", "％"))) for cell in plan)
    return ProjectSpec(
        code=code, name=named, unit=unit, budget=written(budget, rng), fiscal=written(fiscal, rng),
        other=other_cell, use=f"用于{topic.name}，{topic.verb}{topic.who}。",
        goal=f"{year}年{topic.verb}{topic.who}{count}{topic.unit}，资金及时足额到位。",
        plan=plan, quarters=layout == "other" and rng.random() < 0.5, rows=tuple(rows))


def _basis_picker(rng: random.Random, year: int):
    def pick() -> str:
        return rng.choice(BASES).format(year=year, prev=year - 1, k=rng.randint(3, 180))
    return pick


def _cost_rows(rng: random.Random, topic: Topic, budget: Decimal, unit: str, basis) -> list[Row]:
    """Cost rows that agree with the budget: a ceiling, the exact total, a split, or a unit cost."""
    level1, level2 = ("成本指标", "经济成本指标") if rng.random() < 0.3 else ("产出指标", "成本指标")
    total = f"{topic.name}总成本"
    kind = rng.randrange(5)
    if kind == 0:
        return [Row(level1, level2, total, "项目总成本控制在预算内", f"≤{money(budget)}{unit}", basis())]
    if kind == 1:
        if unit == "万元" and rng.random() < 0.4:  # the same total in 元
            return [Row(level1, level2, total, "项目总成本", f"{budget * 10000:.0f}元", basis())]
        return [Row(level1, level2, total, "项目总成本", f"{money(budget)}{unit}", basis())]
    if kind == 2:
        first = (budget * Decimal(rng.randint(30, 70)) / 100).quantize(Decimal("0.01"))
        return [Row(level1, level2, f"{topic.verb}直接成本", "直接成本", f"{money(first)}{unit}", basis()),
                Row(level1, level2, "管理及其他成本", "其他成本", f"{money(budget - first)}{unit}",
                    basis())]
    if kind == 3:  # a unit cost beside a budget many times larger (issue 11)
        per = rng.choice((f"人均{topic.verb}成本", f"每{topic.unit}补助标准", "单位成本"))
        return [Row(level1, level2, per, f"按{per}测算", f"{rng.randint(50, 3000)}元", basis())]
    return [Row(level1, level2, total, "总成本", f"≤{money(budget)}{unit}", basis()),
            Row(level1, level2, f"人均{topic.verb}成本", "人均成本", f"≤{rng.randint(50, 3000)}元/{topic.unit}",
                basis())]


_FLOOR = re.compile(r"^(≥|不低于)?(\d+)(%|[\u4e00-\u9fff]{1,2})$")


def next_year(rng: random.Random, spec: ProjectSpec, year: int, code: str) -> ProjectSpec:
    """The same project a year later: years moved on, floors kept or raised, ceilings kept.

    A value whose description states numbers stays as it is, so the two never disagree.
    """
    def moved(text: str) -> str:
        # Only years (2024年, 〔2023〕) move; a count or an amount that happens to read 2024 stays.
        return re.sub(r"(?<!\d)(\d{4})(?=\s*年|〕)",
                      lambda m: str(int(m.group(1)) + 1) if int(m.group(1)) in (year - 1, year - 2)
                      else m.group(1), text)

    rows = []
    for row in spec.rows:
        value = row.value
        match = _FLOOR.match(value)
        is_cost = "成本" in row.level1 or "成本" in row.level2
        # A description that states numbers (the count, its parts) must keep agreeing with the value.
        if match and not is_cost and not re.search(r"\d", row.description.replace("100%", "")) \
                and match.group(3) != "起":
            number = int(match.group(2))
            if match.group(3) == "%":
                raised = min(100, number + rng.randint(0, 2)) if number < 100 else number
            else:
                raised = number + number * rng.randint(0, 10) // 100
            value = f"{match.group(1) or ''}{raised}{match.group(3)}"
        rows.append(Row(row.level1, row.level2, moved(row.level3), moved(row.description), moved(value),
                        moved(row.basis)))
    return replace(spec, code=code, name=moved(spec.name), goal=moved(spec.goal), rows=tuple(rows))
