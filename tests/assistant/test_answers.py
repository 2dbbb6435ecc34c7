"""Plans run as SQL over every row of the sample store; answers cite the rows they used."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import pytest

from assistant import templates
from assistant.conversation import Conversation
from tests.conftest import ROOT

P1, P2, P3 = "13043425P00000110011H", "13043425P004443100017", "13043425P00HWW1100028"
P4, P5, P6 = "13043425P00435710001D", "13043425P006YGL10001W", "13043425P00435710003L"
P7, P8, P9 = "13043425P00F4DC10001P", "13043425P00F4DC10002B", "13043425P00HWW110001L"
P10, P11, P12 = "13043425P004357100048", "13043425P00435810002N", "13043425P00450110043D"
P13, P14 = "13043425P004358100013", "13043425P004501100416"


def ask(assistant, question, conversation=None):
    return assistant.ask(question, conversation)


def test_satisfaction_at_least_90_cites_each_row(assistant):
    answer = ask(assistant, "满意度不低于90%的项目有哪些？")
    assert set(answer.projects) == {P3, P4, P6, P13, P14}
    rows = {(c.project_code, c.row) for c in answer.citations}
    assert rows == {(P3, 7), (P4, 7), (P6, 7), (P13, 7), (P14, 7)}
    assert "≥90%" in answer.text and answer.text.rstrip().endswith("第7行")


def test_people_threshold_compares_normalised_numbers(assistant):
    # «≥50万人» is 500000 people: it satisfies «不少于500人»; so does «≥680人».
    answer = ask(assistant, "数量指标不少于500人的项目有哪些？")
    assert {P4, P6, P7, P8, P9, P10, P11} <= set(answer.projects)
    assert P14 not in answer.projects  # 35人
    assert P13 in answer.projects  # «≥2.5万» 代缴人数 = 25000


def test_budget_range_and_sum_are_exact(assistant):
    answer = ask(assistant, "预算在100到500万元之间的项目有哪些？")
    assert set(answer.projects) == {P1, P5, P8, P9, P11, P12}
    total = ask(assistant, "预算合计多少？")
    assert total.value == Decimal("37106.9") and total.unit == "万元"
    assert "37106.9 万元" in total.text
    assert len(total.citations) == 14 and all(c.row is None for c in total.citations)


def test_difference_and_extremes(assistant):
    diff = ask(assistant, "冀财社【2024】136号两个项目的预算相差多少万元？")
    assert set(diff.projects) == {P7, P8} and diff.value == Decimal("1183.6")
    low = ask(assistant, "预算最低的项目是哪个？")
    assert low.projects == (P14,) and low.value == Decimal(6)


def test_share_of_fiscal_money(assistant):
    answer = ask(assistant, "财政资金占比多少？")
    assert answer.value == Decimal("100.00") and answer.unit == "%"


def test_spending_plan_is_cumulative(assistant):
    by_june = ask(assistant, "6月底资金支出进度达到100%的项目有哪些？")
    assert set(by_june.projects) == {P5, P14}
    by_march = ask(assistant, "一季度资金全部支出的项目")
    assert by_march.projects == (P5,)


def test_policy_reference_in_any_spelling(assistant):
    for spelling in ("冀人社规〔2018〕8号", "冀人社规[2018]8号", "冀人社规（2018）8号文"):
        answer = ask(assistant, f"哪些项目引用了{spelling}？")
        assert set(answer.projects) == {P4, P6, P10, P11, P13}, spelling
    refs = ask(assistant, "劳务派遣人员工资项目依据哪些文件？")
    assert "县长办公会议纪要十六届〔2020〕62号" in refs.text


def test_lookups(assistant):
    code = ask(assistant, "13043425P00F4DC10002B是什么项目")
    assert code.projects == (P8,) and "冀财社【2024】136号提前下达中央就业补助资金" in code.text
    goal = ask(assistant, "公共实训基地县级配套的绩效目标是什么？")
    assert goal.projects == (P5,) and "县级公共实训基地" in goal.text
    deadline = ask(assistant, "公共实训基地什么时候完工？")
    assert deadline.projects == (P5,) and "2025年10月前完工" in deadline.text


def test_follow_ups(assistant):
    conversation = Conversation()
    first = ask(assistant, "创业类的项目有哪些？", conversation)
    assert set(first.projects) == {P2, P3}
    second = ask(assistant, "其中满意度目标最高的是哪个？", conversation)
    assert second.projects == (P3,) and "≥90%" in second.text
    third = ask(assistant, "它的预算是多少？", conversation)
    assert third.projects == (P3,) and third.value == Decimal(10)


def test_issues_answer_cites_rows(assistant):
    answer = ask(assistant, "哪些项目的成本指标与预算数不一致？")
    assert answer.projects == (P5,)
    assert [(c.table, c.row) for c in answer.citations] == [(5, 4)]


@pytest.mark.parametrize("question", [
    "教育局2025年的项目预算是多少？", "2019年有哪些项目？", "13043425P99999999999X的预算是多少"])
def test_not_found_is_honest(assistant, question):
    answer = ask(assistant, question)
    assert not answer.found and answer.projects == () and answer.text.startswith("没有找到")


def test_every_number_in_a_list_answer_comes_from_a_cited_cell(assistant):
    answer = ask(assistant, "时效指标要求达到100%的项目有哪些？")
    assert set(answer.projects) == {P6, P10, P11}
    for c in answer.citations:
        assert "100%" in c.text


def test_templates_format_with_their_fields():
    import string

    constants = {k: v for k, v in vars(templates).items() if k.isupper() and isinstance(v, str)}
    assert len(constants) > 30
    for name, template in constants.items():
        fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        text = template.format(**{f: "x" for f in fields})
        assert "{" not in text and text.strip(), name
    assert templates.NOT_FOUND.format(reason="x") == "没有找到：x。"
    assert templates.PROJECT_LINE.format(i=1, name="n", code="c", detail="") == "1. n（c）"


def test_structured_question_does_not_import_torch(sample_settings):
    code = (
        "import sys, json\n"
        "from assistant.service import Assistant\n"
        "from store.settings import load_settings\n"
        f"a = Assistant.open(load_settings(store={str(sample_settings.store)!r}))\n"
        "r = a.ask('预算合计多少？')\n"
        "print(json.dumps([r.found, any(m in sys.modules for m in "
        "('torch', 'sentence_transformers', 'chromadb', 'gradio', 'langchain_core'))]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [True, False]


def test_top_n_and_list_all(assistant):
    top = ask(assistant, "预算最多的三个项目是哪些？")
    assert top.projects == (P6, P4, P10)
    assert len(ask(assistant, "列出所有项目").projects) == 14


def test_unit_of_the_question_picks_the_row(assistant):
    people = ask(assistant, "慰问多少人？")
    assert people.projects == (P14,) and "35人" in people.text
    count = ask(assistant, "劳务派遣人员有多少个？")
    assert count.projects == (P12,) and "35个" in count.text


def test_basis_without_quotes_and_topic_in_other_words(assistant):
    survey = ask(assistant, "有多少个指标的依据是问卷调查？")
    assert survey.value == 14
    pension = ask(assistant, "城乡居民养老保险相关的项目有哪些？")
    assert set(pension.projects) == {P4, P6, P10, P11}


def test_abbreviated_project_name(assistant):
    answer = ask(assistant, "社保工作经费预算多少？")
    assert answer.projects == (P1,) and answer.value == Decimal(150)
    unknown = ask(assistant, "农民工工资保证金项目的预算是多少？")
    assert not unknown.found and "农民工工资保证金" in unknown.text


def test_money_in_the_unit_the_question_asks(assistant):
    total = ask(assistant, "预算合计多少元？")
    assert total.value == Decimal(371069000) and total.unit == "元"
    one = ask(assistant, "劳务派遣人员工资的预算是多少元？")
    assert one.value == Decimal(1319000) and "131.9 万元（即 1319000 元）" in one.text
    assert templates.FIELD_MONEY.format(name="n", code="c", field="预算数", value="1", unit="万元",
                                        converted="") == "n（c）的预算数是 1 万元。"
