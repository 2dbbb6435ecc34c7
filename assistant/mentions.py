"""What a question names: projects (by code, name, abbreviation, topic, description or a
previous answer), indicator rows, policy documents, and its scope (department, year)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import lexicon as lx
from assistant.catalog import Catalog
from assistant.conversation import Conversation
from assistant.question import has_any, nfkc, quoted, strip_filler
from ingest.policy_refs import find_policy_refs
from ingest.records import PolicyRef

_DEPARTMENT = re.compile(r"([\u4e00-\u9fff]{1,12}?(?:委员会|局|厅|委))")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
_CODE_LIKE = re.compile(r"(?<![0-9A-Za-z])(?:\d{6,}[A-Z][0-9A-Z]{5,}|\d{15,})(?![0-9A-Za-z])")
_TOPIC = re.compile(r"(?:涉及|关于|属于)?([\u4e00-\u9fff]{2,12}?)(?:类的?|相关的?|方面的?|有关的?|领域的?)"
                    r"(?:项目|预算|资金)")
_DESCRIBED = re.compile(r"(?:给(?!出)|为|用于|用来|负责)([\u4e00-\u9fff]{3,16}?)的项目")
_NAMED_PROJECT = re.compile(r"([\u4e00-\u9fff（）()]{4,30}?)项目(?:的|是|有|，|？|$)")
_GENERIC = ("哪", "全部", "所有", "各", "这", "该", "那", "其他", "相关", "类", "些", "几", "多少",
            "预算", "本", "上述", "其中", "每个", "一共", "共有", "所选", "列出")


@dataclass(frozen=True)
class Mentions:
    """The named things in a question and the words left once they are taken out."""

    text: str  # NFKC question
    masked: str  # document numbers hidden, so their digits are not read as numbers
    rest: str  # masked, with the anchoring project name taken out
    project_ids: tuple[int, ...] | None
    anchor: str
    row_ids: tuple[int, ...] | None
    ref: PolicyRef | None
    quotes: list[str]
    query: str  # the rest without filler, to rank rows by
    scope_ids: tuple[int, ...] | None = None  # projects of the department / year it names
    missing: str = ""  # out of scope: why
    unknown_project: str = ""  # «X项目» that matches no stored project


def find_mentions(question: str, catalog: Catalog, conversation: Conversation) -> Mentions:
    text = nfkc(question).strip()
    refs = find_policy_refs(text)
    masked = _mask(text, refs)
    ref = refs[0] if refs else None
    quotes = quoted(text)

    missing = _out_of_scope(masked, catalog) or _absent_field(masked)
    codes = catalog.codes_in(text)
    if not missing and not codes and _CODE_LIKE.search(masked):
        missing = f"库中没有项目编码 {_CODE_LIKE.search(masked).group(0)}"
    for p in codes:
        masked = masked.replace(p.code, "※" * len(p.code))
    if codes:  # the label of the code is not a question about codes
        masked = re.sub(r"项目编码(为|是)?|编码(为|是)?", " ", masked)
    ids, anchor, spans = _projects(text, masked, catalog, conversation, codes)
    rest = masked
    for span in spans:
        rest = rest.replace(span, " ")

    rows, row_span = catalog.rows_named_in(rest)
    if ids is not None:
        rows = [r for r in rows if r.project_id in ids]
    row_ids = tuple(r.id for r in rows) if rows else None
    unknown = ""
    if ids is None and not ref and not row_ids:
        unknown = _unknown_project(masked, catalog)
    scope = _scope(masked, catalog)
    if scope is not None and len(scope) < len(catalog.projects):
        if ids is None:
            ids, anchor = scope, "scope"
        else:
            ids = tuple(i for i in ids if i in set(scope))
        if row_ids is not None:
            row_ids = tuple(r for r in row_ids if catalog.row_project[r] in set(scope)) or None
    return Mentions(text=text, masked=masked, rest=rest, project_ids=ids, anchor=anchor,
                    row_ids=row_ids, ref=ref, quotes=quotes, query=strip_filler(rest),
                    scope_ids=scope, missing=missing, unknown_project=unknown)


def _scope(masked: str, catalog: Catalog) -> tuple[int, ...] | None:
    """Projects of the departments and years the question names (None: it names none)."""
    departments: set[str] = set()
    for m in _DEPARTMENT.finditer(masked):
        mention = m.group(1)
        for i in range(0, max(1, len(mention) - 2)):
            found = catalog.departments_named(mention[i:])
            if found:
                departments.update(found)
                break
    years = {int(m.group(1)) for m in _YEAR.finditer(masked)} & set(catalog.years)
    if not departments and not years:
        return None
    return tuple(p.id for p in catalog.projects
                 if (not departments or p.department in departments)
                 and (not years or p.year in years))


def _projects(text: str, masked: str, catalog: Catalog, conversation: Conversation,
              codes: list) -> tuple[tuple[int, ...] | None, str, list[str]]:
    """Project ids the question is about, how they were found, and the words that named them."""
    if codes:
        return tuple(p.id for p in codes), "code", []
    if _is_follow_up(masked) and conversation.last_projects:
        wanted = set(conversation.last_projects)
        ids = tuple(p.id for p in catalog.projects if p.code in wanted)
        if ids:
            return ids, "follow-up", []
    named, spans = _named(masked, catalog)
    topic = _topic(masked)
    if topic:
        ids = tuple(p.id for p in catalog.with_topic(topic))
        if ids and (not named or len(topic) >= len(spans[0])):
            return ids, "topic", [topic]
    if named:
        return tuple(p.id for p in named), "name", spans
    phrase = _project_phrase(masked)
    if phrase:
        found = [p for p in catalog.projects
                 if phrase in nfkc(p.name) or _in_order(phrase, nfkc(p.name))]
        if found:
            return tuple(p.id for p in found), "topic", [phrase]
    described = _DESCRIBED.search(masked)
    if described and not has_any(described.group(1), _GENERIC) and "指标" not in masked:
        found = catalog.described_in(described.group(1))
        if found:
            return tuple(p.id for p in found), "described", [described.group(0)]
    return None, "", []


def _named(masked: str, catalog: Catalog) -> tuple[list, list[str]]:
    """Projects named in full (or most of the name), else by a unique abbreviation — unless an
    indicator's name matches the same words at least as well (then the rows are meant)."""
    named, span = catalog.named_in(masked)
    if not named:
        named, span = catalog.abbreviated_in(masked)
    if named:
        rows, row_span = catalog.rows_named_in(masked)
        row_projects = {r.project_id for r in rows}
        if rows and (len(row_span) > len(span) or (
                len(row_span) == len(span) and not row_projects <= {p.id for p in named})):
            return [], []
    if not named:
        return [], []
    # Two different projects named in one question («A比B多多少»): take both.
    second, span2 = catalog.named_in(masked.replace(span, " "))
    if not second:
        second, span2 = catalog.abbreviated_in(masked.replace(span, " "))
    if second and {p.id for p in second}.isdisjoint(p.id for p in named):
        return named + second, [span, span2]
    return named, [span]


def _is_follow_up(masked: str) -> bool:
    if has_any(masked, lx.WITHIN_WORDS):
        return True
    if any(p in masked for p in lx.PRONOUNS):
        return True
    return masked.rstrip("？?。 ").endswith("呢") and len(masked) <= 16


def _topic(masked: str) -> str:
    m = _TOPIC.search(masked)
    if not m:
        return ""
    topic = m.group(1)
    for prefix in ("哪些", "全部", "所有", "列出", "有关", "涉及", "关于", "属于"):
        topic = topic.removeprefix(prefix)
    return topic


def _mask(text: str, refs: tuple[PolicyRef, ...]) -> str:
    """Hide document numbers so their digits are not read as thresholds or years."""
    masked = text
    for ref in refs:
        for raw in {ref.raw, ref.canonical}:
            if raw:
                masked = masked.replace(raw, "※" * len(raw))
    return re.sub(r"[〔【\[［(（]\s*\d{4}\s*[〕】\]］)）]\s*\d+\s*号", lambda m: "※" * len(m.group(0)),
                  masked)


def _out_of_scope(masked: str, catalog: Catalog) -> str:
    """A department or year the store does not hold («教育局», «2019年»), or ''."""
    if not catalog.projects:
        return "库中还没有任何文件"
    for m in _DEPARTMENT.finditer(masked):
        mention = m.group(1)
        tails = [mention[i:] for i in range(0, max(1, len(mention) - 2))]
        if any(catalog.knows_department(t) for t in tails):
            continue
        if any(t in p.name for t in tails for p in catalog.projects):
            continue  # «财政厅» inside a stored project name is not another department
        return f"库中没有{_trim(mention)}的文件"
    if catalog.years:
        for m in _YEAR.finditer(masked):
            year = int(m.group(1))
            if year not in catalog.years:
                have = "、".join(f"{y}年" for y in catalog.years)
                return f"库中没有{year}年的文件（现有：{have}）"
    return ""


def _absent_field(masked: str) -> str:
    for word in lx.ABSENT_FIELDS:
        if word in masked:
            return f"绩效目标表中没有“{word}”这一项"
    return ""


def _project_phrase(masked: str) -> str:
    """The words before «项目» when they look like a name: «农民工工资保证金项目的预算»."""
    m = _NAMED_PROJECT.search(masked)
    if not m:
        return ""
    name = m.group(1)
    for word in ("请问", "查询", "查看", "关于", "列出"):
        name = name.removeprefix(word)
    if has_any(name, _GENERIC) or len(name) < 4:
        return ""
    return name


def _unknown_project(masked: str, catalog: Catalog) -> str:
    """A project phrase that matched no stored project (else '')."""
    return _project_phrase(masked)


def _in_order(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _trim(mention: str) -> str:
    for word in ("请问", "查询", "查看", "关于"):
        mention = mention.replace(word, "")
    return mention
