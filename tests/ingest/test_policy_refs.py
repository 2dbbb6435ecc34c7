"""Policy document numbers: every bracket spelling, prose and question contexts, the sample file."""

from pathlib import Path

import pytest

from ingest.policy_refs import canonical_ref, find_policy_refs, refs_match
from ingest.records import PolicyRef

SAMPLE = Path(__file__).parents[2] / "data" / "samples" / "weixian-rsj-2025-jixiao-mubiao.txt"
REF = PolicyRef("冀人社规", 2018, 8)


@pytest.mark.parametrize("spelling", [
    "冀人社规〔2018〕8号",
    "冀人社规【2018】8号",
    "冀人社规[2018]8号",
    "冀人社规［2018］8号",
    "冀人社规(2018)8号",
    "冀人社规（2018）8号",
    "冀人社规﹝2018﹞8号",
    "冀人社规〖2018〗8号",
    "冀人社规〔2018】8号",
    "冀人社规 〔 2018 〕 8 号",
    "冀人社规〔２０１８〕８号",
    "冀人社规〔2018〕08号",
    "冀人社规〔2018〕第8号",
    "冀人社规2018年8号",
])
def test_every_spelling_gives_the_same_ref(spelling):
    refs = find_policy_refs(spelling)
    assert refs == (REF,)
    assert refs[0].canonical == "冀人社规〔2018〕8号"
    assert refs[0].raw == spelling
    assert canonical_ref(spelling) == "冀人社规〔2018〕8号"


@pytest.mark.parametrize("text", [
    "冀人社规【2019】2号文", "冀人社规【2019】2号文件", "冀人社规【2019】2号"])
def test_trailing_wen_is_ignored(text):
    refs = find_policy_refs(text)
    assert refs == (PolicyRef("冀人社规", 2019, 2),)
    assert refs[0].raw == "冀人社规【2019】2号"


@pytest.mark.parametrize("text, canonical", [
    ("冀人社规〔2018〕8号", "冀人社规〔2018〕8号"),
    ("邯银发【2017】58号", "邯银发〔2017〕58号"),
    ("冀发改投资【2024】610号", "冀发改投资〔2024〕610号"),
    ("冀办发【2014】16号", "冀办发〔2014〕16号"),
    ("冀财社【2024】136号", "冀财社〔2024〕136号"),
    ("县长办公会议纪要十六届【2020】62号", "县长办公会议纪要十六届〔2020〕62号"),
    ("财预〔2021〕101号", "财预〔2021〕101号"),
    ("国办发〔2020〕10号", "国办发〔2020〕10号"),
    ("人社部发[2019]12号", "人社部发〔2019〕12号"),
])
def test_issuers(text, canonical):
    assert canonical_ref(text) == canonical


def test_sample_basis_cells():
    assert find_policy_refs("冀人社规〔2018〕8号、冀人社规【2019】2号文") == (
        PolicyRef("冀人社规", 2018, 8), PolicyRef("冀人社规", 2019, 2))
    assert find_policy_refs("县长办公会议纪要十六届【2020】62号、2025年度工作计划\t") == (
        PolicyRef("县长办公会议纪要十六届", 2020, 62),)
    assert find_policy_refs("2025年度工作计划") == ()
    assert find_policy_refs("按照财政安排执行") == ()


def test_ref_inside_a_project_name():
    name = ("冀财社【2024】133号河北省财政厅关于提前下达2025年中央财政"
            "城乡居民基本养老保险补助经费预算的通知")
    refs = find_policy_refs(name)
    assert refs == (PolicyRef("冀财社", 2024, 133),)
    assert refs[0].raw == "冀财社【2024】133号"
    title = "7.冀财社【2024】136号提前下达2025年中央就业补助资金绩效目标表"
    assert canonical_ref(title) == "冀财社〔2024〕136号"


@pytest.mark.parametrize("text", [
    "根据冀人社规〔2018〕8号文件",
    "引用了冀人社规[2018]8号",
    "依据冀人社规【2018】8号",
    "按照冀人社规（2018）8号执行",
    "参照冀人社规〔2018〕8号",
    "哪些指标的依据是冀人社规【2018】8号？",
    "冀人社规[2018]8号文涉及哪些项目",
    "参照《关于做好工作的通知》（冀人社规〔2018〕8号）执行",
])
def test_leading_words_are_not_part_of_the_issuer(text):
    assert find_policy_refs(text) == (REF,)


def test_separators_between_refs():
    text = ("按照冀发改投资【2024】610号和冀办发【2014】16号及财预〔2021〕101号，"
            "国办发〔2020〕10号、人社部发[2019]12号")
    assert [ref.canonical for ref in find_policy_refs(text)] == [
        "冀发改投资〔2024〕610号", "冀办发〔2014〕16号", "财预〔2021〕101号",
        "国办发〔2020〕10号", "人社部发〔2019〕12号"]


def test_repeats_are_dropped_in_order():
    text = "邯银发【2017】58号、冀人社规〔2018〕8号、邯银发〔2017〕58号文"
    assert find_policy_refs(text) == (PolicyRef("邯银发", 2017, 58), REF)


@pytest.mark.parametrize("text", [
    "2025年工作计划", "2025年度工作计划", "（一）重点抓好两件大事", "≥50万人", "2025年1月28日前",
    "2025年10月前完工", "2025年10月1号", "〔2018〕8号", "根据〔2018〕8号文件", "问卷调查结果",
    "13043425P00000110011H", "[bookmark: _Toc_4_4_0000000009]", "（2025）", "第2号",
])
def test_no_false_refs(text):
    assert find_policy_refs(text) == ()
    assert canonical_ref(text) is None


def test_every_ref_in_the_sample_document():
    refs = find_policy_refs(SAMPLE.read_text(encoding="utf-8"))
    assert [ref.canonical for ref in refs] == [
        "邯银发〔2017〕58号", "冀办发〔2014〕16号", "冀人社规〔2018〕8号", "冀人社规〔2019〕2号",
        "冀发改投资〔2024〕610号", "冀财社〔2024〕133号", "冀财社〔2024〕136号",
        "冀财社〔2024〕159号", "冀财社〔2024〕182号", "县长办公会议纪要十六届〔2020〕62号"]


def test_equality_ignores_raw():
    assert PolicyRef("冀人社规", 2018, 8, raw="冀人社规[2018]8号") == REF
    assert find_policy_refs("冀人社规[2018]8号") == find_policy_refs("冀人社规【2018】8号")


@pytest.mark.parametrize("query, stored, expected", [
    (REF, REF, True),
    (PolicyRef("河北冀人社规", 2018, 8), REF, True),
    (PolicyRef("人社规", 2018, 8), REF, True),
    (PolicyRef("纪要十六届", 2020, 62), PolicyRef("县长办公会议纪要十六届", 2020, 62), True),
    (PolicyRef("冀人社规", 2019, 8), REF, False),
    (PolicyRef("冀人社规", 2018, 2), REF, False),
    (PolicyRef("规", 2018, 8), REF, False),
    (PolicyRef("冀财社", 2018, 8), REF, False),
    (PolicyRef("冀人社", 2018, 8), REF, False),
])
def test_refs_match(query, stored, expected):
    assert refs_match(query, stored) is expected


@pytest.mark.parametrize("text, canonical", [
    ("依据水利部令第50号和冀水农〔2024〕12号", ("水利部令第50号", "冀水农〔2024〕12号")),
    ("根据财政部令第85号", ("财政部令第85号",)),
    ("国务院令第588号", ("国务院令第588号",)),
    ("按令第5号执行", ()),  # no issuer
])
def test_an_order_numbered_without_a_year(text, canonical):
    assert tuple(r.canonical for r in find_policy_refs(text)) == canonical


def test_an_order_is_cited_and_found(tmp_path):
    from assistant.service import Assistant
    from store.library import Library
    from tests.conftest import ROOT, make_settings

    library = Library(make_settings(tmp_path / "store"))
    library.ingest_paths([ROOT / "eval" / "dev" / "docs" / "shuili-2025.docx"])
    assistant = Assistant(library)
    expected = {p.code for p in assistant.projects()
                if any("水利部令第50号" in r.canonical for i in p.indicators for r in i.policy_refs)}
    answer = assistant.ask("哪些项目引用了水利部令第50号？")
    assert expected and set(answer.projects) == expected and "水利部令第50号" in answer.understood
