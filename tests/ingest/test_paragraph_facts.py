"""Header facts printed as paragraphs (磁县体育局, probe v58): each project under a «（一）XXX» heading,
a key/value table, then «项目资金：总额…，其中…», «资金支出计划：一季度25%，二季度累计55%…», «资金用途：…»,
«年度绩效目标：…» and «绩效指标设定依据：…» as paragraphs, the indicator table split over pages.
Expected values come from the generator's own data (make_cixian.py), never from ingest."""

from __future__ import annotations

import importlib.util
import re
from decimal import Decimal
from pathlib import Path

import pytest

from eval.layout_fuzz import draw_layout, make_facts, run_variant
from ingest import read_document
from ingest.fact_paragraphs import is_fact, read_facts

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "eval/dev/probe_v58_script"
FILES = [ROOT / "eval/dev/docs/cixian-2025.pdf", SCRIPT / "cixian-2025.docx"]
_SIGNS = {"≥": ">=", "≤": "<=", "=": "="}


def _source() -> list[dict]:
    spec = importlib.util.spec_from_file_location("make_cixian", SCRIPT / "make_cixian.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.P


SOURCE = _source()


@pytest.fixture(scope="module", params=FILES, ids=lambda p: p.suffix)
def document(request):
    return read_document(request.param)


def _dec(x: float) -> Decimal:
    return Decimal(str(x))


def test_every_project_with_its_header_facts(document) -> None:
    assert [p.name for p in document.projects] == [s["name"] for s in SOURCE]
    for source, project in zip(SOURCE, document.projects):
        unit, total, fiscal, other, _ = source["money"]
        assert project.code == source["code"]
        assert project.unit == unit, project.name
        assert project.budget == _dec(total), project.name
        assert project.fiscal == _dec(fiscal), project.name
        assert (project.other or 0) == _dec(other), project.name
        assert [(m.label, m.amount) for m in project.parts] == [("一般公共预算", _dec(fiscal))]
        assert project.implementer == source["unit"]
        assert ("项目属性", source["attr"]) in project.attributes
        assert project.use == source["use"] and project.goal == source["goal"]
        plan = source["plan"][1] if source["plan"] else None
        expected = [] if plan is None else list(zip((3, 6, 9, 12), map(Decimal, plan)))
        assert [(x.month, x.percent) for x in project.spending_plan] == expected, project.name


def test_basis_paragraph_is_every_rows_basis(document) -> None:
    for source, project in zip(SOURCE, document.projects):
        basis = "、".join(source["basis"])
        numbers = [b for b in source["basis"] if re.search(r"〔\d{4}〕\d+号$", b)]
        assert len(project.indicators) == len(source["inds"]), project.name
        for row, indicator in zip(source["inds"], project.indicators):
            assert indicator.basis == basis
            assert [r.canonical for r in indicator.policy_refs] == numbers


def test_indicator_rows_across_page_breaks(document) -> None:
    """一级指标 merged, and blank on a continued table's first row, is carried to every row."""
    for source, project in zip(SOURCE, document.projects):
        for row, indicator in zip(source["inds"], project.indicators):
            level1, level2, name, value, unit, _ = row
            assert (indicator.level1, indicator.level2, indicator.level3) == (level1, level2, name)
            if value[0] in _SIGNS:
                assert indicator.value.comparator == _SIGNS[value[0]], name
                assert indicator.value.number == Decimal(value[1:]), name


def test_pdf_and_docx_agree() -> None:
    pdf, word = (read_document(path) for path in FILES)
    def facts(d):
        return [(p.name, p.budget, p.fiscal, p.other, p.spending_plan, p.use, p.goal,
                 [(i.level1, i.level3, i.value.raw, i.basis) for i in p.indicators]) for p in d.projects]
    assert facts(pdf) == facts(word)


@pytest.mark.parametrize("text, rows", [
    ("项目资金：总额128.5万元，其中一般公共预算118.5万元、单位自有资金10万元。",
     [("资金总额（万元）", "128.5万元"), ("一般公共预算", "118.5万元"), ("单位自有资金", "10万元")]),
    ("资金来源：总额96万元，其中本级财政76万元、场馆经营收入12万元、社会捐赠8万元。",
     [("资金总额（万元）", "96万元"), ("本级财政", "76万元"), ("其他资金", "20万元")]),
    ("项目资金：总额86,500.00元，全部为一般公共预算资金，无其他资金。",
     [("资金总额（元）", "86500.00元"), ("一般公共预算资金", "86500.00元"), ("其他资金", "0元")]),
    ("资金总额：40万元，其中财政拨款30万元，上年结转资金10万元。",
     [("资金总额（万元）", "40万元"), ("财政资金（万元）", "30万元"), ("上年结转资金", "10万元")]),
])
def test_money_sentence_as_rows(text: str, rows: list) -> None:
    assert list(read_facts([text]).rows) == rows


def test_a_fact_is_told_by_its_label() -> None:
    assert is_fact("资金支出计划：3月底20%，6月底累计50%。")
    assert is_fact("指标值设定依据：冀财社〔2024〕12号。")
    assert is_fact("实施单位：磁县青少年业余体育学校")
    assert not is_fact("部门职责：贯彻落实国家体育工作方针政策。")
    assert not is_fact("注：各项目绩效目标详见后附分项目工作表。")
    assert read_facts(["绩效指标设定依据：冀体〔2024〕21号、《全民健身条例》。"]).basis == \
        "冀体〔2024〕21号、《全民健身条例》"


FACT_SEEDS = [s for s in range(0, 60) if draw_layout(s).facts][:5]


@pytest.mark.parametrize("seed", FACT_SEEDS)
def test_fuzzed_paragraph_facts_docx(seed: int, tmp_path: Path) -> None:
    layout, losses = run_variant(seed, tmp_path)
    assert layout.facts and losses == [], (layout.describe(), losses[:5])


@pytest.mark.slow
def test_fuzzed_paragraph_facts_pdf(tmp_path: Path) -> None:
    seed = next(s for s in range(40) if draw_layout(s, pdf=True).facts)
    layout, losses = run_variant(seed, tmp_path, pdf=True)
    assert layout.fmt == "pdf" and layout.facts and losses == [], (layout.describe(), losses[:5])


def test_the_fuzz_draws_the_facts_shape() -> None:
    assert FACT_SEEDS and len(make_facts()) == 6
