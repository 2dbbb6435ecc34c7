"""What a question names: projects (by code, name, abbreviation, topic, description or a
previous answer), indicator rows, policy documents, and its scope (department, year)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import lexicon as lx
from assistant.catalog import Catalog, in_order, longest_common
from assistant.conversation import Conversation
from assistant.question import has_any, nfkc, quoted, strip_filler
from ingest.policy_refs import find_policy_refs
from ingest.records import PolicyRef

_DEPARTMENT = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:委员会|局|厅|委))")
# «本局», «全局», «我局» are not department names.
_NOT_DEPARTMENT = ("本局", "全局", "我局", "该局", "各局", "局里", "本委", "全委")
_PLACE = re.compile(r"([\u4e00-\u9fff]{1,3}(?:省|市|县|区|州|旗))(?=[\u4e00-\u9fff]{2,})")
# Characters that do not start a place name («由县人社局» is «县人社局» after a preposition).
_NOT_PLACE = set("由和与及同会对向在的是为被把从让给跟将")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
_CODE_LIKE = re.compile(r"(?<![0-9A-Za-z])(?:\d{6,}[A-Z][0-9A-Z]{5,}|\d{15,})(?![0-9A-Za-z])")
_TOPIC = re.compile(r"(?:涉及|关于|属于)?([\u4e00-\u9fff]{2,12}?)(?:类的?|相关的?|方面的?|有关的?|领域的?)"
                    r"(?:项目|预算|资金)")
_DESCRIBED = re.compile(r"(?:给(?!出)|为|用于|用来|负责)([\u4e00-\u9fff]{3,16}?)的项目")
_NAMED_PROJECT = re.compile(r"([\u4e00-\u9fff（）()]{2,30}?)项目")
_DEMONSTRATIVE = re.compile(r"(?:那|这|该)?(?:[一二两三四五六七八九十几\d]+)?(?:个|笔|项)?$")
# «就业补助资金里面», «中央项目中»: the projects a filter is applied within.
_WITHIN = re.compile(r"([\u4e00-\u9fff]{2,16}?)(?:项目)?(?:里面|里头|里|当中|之中|中间|中)(?:[，,、]|的|有|哪|预算|满意|$)")
_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(万元|万|元|亿元|亿)的?(?:那个|这个|那笔|那项)(?:项目)?")
_REQUEST_WORDS = ("请问", "查询", "查看", "关于", "列出")
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
    if anchor == "amount":
        masked = masked.replace(spans[0], "※" * len(spans[0]))
    rest = masked
    for span in spans:
        rest = rest.replace(span, " ")

    rows, row_span = catalog.rows_named_in(rest)
    if ids is not None:
        rows = [r for r in rows if r.project_id in ids]
    row_ids = tuple(r.id for r in rows) if rows else None
    unknown = ""
    if ids is None and not ref and not row_ids:
        unknown = _project_phrase(masked)  # it looked like a name, and no project has it
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
                    missing=missing, unknown_project=unknown)


def _scope(masked: str, catalog: Catalog) -> tuple[int, ...] | None:
    """Projects of the departments and years the question names (None: it names none)."""
    departments: set[str] = set()
    for m in _DEPARTMENT.finditer(masked):
        mention = m.group(1)
        if mention in _NOT_DEPARTMENT or mention.endswith(_NOT_DEPARTMENT):
            continue
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
        ids = tuple(i for i in conversation.last_project_ids if i in catalog.by_id)
        if not ids:  # answers about findings carry codes only
            wanted = set(conversation.last_projects)
            ids = tuple(p.id for p in catalog.projects if p.code in wanted)
        if ids:
            return ids, "follow-up", []
    amount = _by_amount(masked, catalog)
    if amount:
        ids, span = amount  # (the caller hides the amount, so it is not read as a threshold)
        narrowed = _narrow_by_words(masked.replace(span, " "), ids, catalog)
        return narrowed or ids, "amount", [span]
    named, spans = _named(masked, catalog)
    topic = _topic(masked)
    if topic:
        ids = tuple(p.id for p in catalog.with_topic(topic))
        if ids and (not named or len(topic) >= len(spans[0])):
            return ids, "topic", [topic]
    if named:
        return tuple(p.id for p in named), "name", spans
    within = _WITHIN.search(masked)
    if within and not has_any(within.group(1), _GENERIC):
        words = within.group(1)
        found = catalog.with_topic(words)
        if found:
            return tuple(p.id for p in found), "topic", [within.group(0)]
    phrase = _project_phrase(masked)
    if phrase:
        found = [p for p in catalog.projects
                 if phrase in nfkc(p.name) or in_order(phrase, nfkc(p.name))]
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
        overlapping = bool(rows) and (row_span in span or span in row_span
                                      or len(longest_common(row_span, span)) >= 4)
        if overlapping and (len(row_span) > len(span) or (
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
    if re.match(r"^(那|那么|那它|那这)", masked) and len(masked) <= 20:
        return True
    if re.search(r"(这|那)(些|[一二两三四五六七八九十几\d]+个)", masked):
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
        if mention in _NOT_DEPARTMENT or mention.endswith(_NOT_DEPARTMENT):
            continue
        place = _place_of(mention)
        if place and not _place_known(place, catalog):
            return f"库中没有{_trim(mention)}的文件"
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


def _place_of(mention: str) -> str:
    """The place a department mention starts with («邯郸市人社局» → 邯郸市), or ''."""
    for start in range(len(mention)):
        m = _PLACE.match(mention, start)
        if m and m.group(1)[0] not in _NOT_PLACE and not set(m.group(1)[:-1]) & _NOT_PLACE:
            return m.group(1)
    return ""


def _place_known(place: str, catalog: Catalog) -> bool:
    """«邯郸市» or «魏县» must occur in a stored department's name (or a project's)."""
    place = _trim(place)
    core = place.rstrip("省市县区州旗")
    return any(core in d for d in catalog.departments) or any(
        place in p.name for p in catalog.projects)


def _absent_field(masked: str) -> str:
    for word in lx.ABSENT_FIELDS:
        if word in masked:
            return f"绩效目标表中没有“{word}”这一项"
    return ""


def _project_phrase(masked: str) -> str:
    """The words before «项目» when they look like a name: «农民工工资保证金项目的预算»,
    «贴息那个项目» (a demonstrative before 项目 marks a name even when it is short)."""
    m = _NAMED_PROJECT.search(masked)
    if not m:
        return ""
    name = m.group(1)
    pointed = bool(re.search(r"(那|这)(个|笔|项)?$", name))
    name = _DEMONSTRATIVE.sub("", name).removesuffix("的")
    name = _trim(name)
    if has_any(name, _GENERIC) or len(name) < (2 if pointed else 4):
        return ""
    # «对偏离绩效目标的项目» describes projects; it does not name one
    if "的" in name or name[0] in "对在把给为向从按由经" or has_any(name, ("指标", "目标", "绩效")):
        return ""
    return name


def _by_amount(masked: str, catalog: Catalog) -> tuple[tuple[int, ...], str] | None:
    """«8000万那个项目», «1468.8万那个中央就业补助»: projects with exactly that budget."""
    for m in _AMOUNT.finditer(masked):
        amount, unit = m.group(1), m.group(2)
        unit = unit if unit.endswith("元") else f"{unit}元"
        ids = catalog.with_budget(amount, unit)
        if ids:
            return ids, m.group(0)
    return None


def _narrow_by_words(rest: str, ids: tuple[int, ...], catalog: Catalog) -> tuple[int, ...]:
    """Among projects sharing an amount, those whose names share the question's words."""
    if len(ids) < 2:
        return ids
    hits = {int(h.id) for h in catalog.name_index.search(rest, 50)}
    cores = [catalog.cores.index(catalog.by_id[i].core) for i in ids]
    kept = tuple(i for i, c in zip(ids, cores) if c in hits)
    return kept or ids


def _trim(words: str) -> str:
    """Without the request words a question starts with («请问», «查询», «关于» …)."""
    for word in _REQUEST_WORDS:
        words = words.removeprefix(word)
    return words
