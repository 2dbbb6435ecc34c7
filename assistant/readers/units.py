"""The 实施单位 a question names or asks for: «道路运输服务中心实施的项目», «执法大队的项目»,
«大名县农业农村局本级实施的», «…是哪个单位在实施».

Read before project names and departments: «城市管理服务中心» is a unit, not an abbreviation of a
project's name, and «农业农村局本级» is a unit, not the department. Units are matched against the
units the store's tables print, never against a word list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.catalog import in_order
from assistant.reading import Reading

# «成安县», «魏县», «邯郸市»: the place a unit's name starts with, which questions often leave out
_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,4}?[县市区旗]")
_SPLIT = re.compile(r"[、，,；;/／]|和(?=[\u4e00-\u9fff]{2,}(?:馆|站|所|中心|大队|局|院|队))")
# «由…», «…(负责|具体|参与)?实施的»: the words around a unit that say it carries the project out
_BEFORE = re.compile(r"由\s*$")
# («除了局机关本级实施的»: a few words of the unit's own before the form read)
_LEAVE_OUT = re.compile(r"(?:除了|除去|除开|除|不算|不含|不包括|排除|去掉|扣除|不是|并非|非)\s*(?:由)?\s*"
                        r"(?:局机关|机关|单位|县|局)?$")
_LEAVE_OUT_WIDER = re.compile(r"(?:除了|除去|除开|不算|不含|不包括|排除|去掉|扣除)\s*(?P<more>[\u4e00-\u9fff]{1,8})$")
_AFTER = re.compile(r"^\s*(?:来|在|所|具体|负责|参与|牵头|共同)?\s*(?:负责|具体)?\s*(?:实施|承担|承办|执行|负责)(?:了|的)?")
# «…是哪个单位在实施», «由哪个单位实施», «实施单位是谁»: the unit asked for
ASKED = re.compile(r"(?:由|是)?\s*(?:哪个|哪家|什么|哪一个)\s*(?:单位|机构|部门)\s*(?:来|在|负责|具体)?\s*(?:负责|具体)?\s*"
                   r"(?:实施|承担|承办|执行)(?:的)?"
                   r"|谁(?:来|在|负责|具体)?\s*(?:实施|承担|承办)"
                   r"|(?:实施|执行|承担|承办)单位(?:是|为)?(?:哪个|哪家|什么|谁)?"
                   # «这个项目归哪个单位»: of the units the tables print, the one carrying it out
                   r"|(?:归|属于)\s*(?:哪个|哪家|什么)\s*单位(?:管)?"
                   # «项目单位/责任单位是哪个» (not «项目单位是万元吗», the money unit)
                   r"|(?:项目|责任|用款)单位(?:是|为)?(?:哪个|哪家|什么|谁)(?!元|万元)")


# A unit's name as a question may shorten it, ending as units' names end
_SHORT = re.compile(r"(?:[\u4e00-\u9fff]{0,3}?[县市区])?(?P<core>[\u4e00-\u9fff]{2,6}?(?:中心|大队|站|所|院|队|馆))")


def _abbreviates(short: str, name: str) -> bool:
    """«疾控中心» shortens «疾病预防控制中心»: same first character and ending, its characters in
    order in the name, and shorter than it (a name written in full is matched as such)."""
    return 4 <= len(short) < len(name) and short[0] == name[0] and short[-2:] == name[-2:] \
        and in_order(short, name)


@dataclass(frozen=True)
class Units:
    """Units named (each the words to look for in 实施单位) and whether the unit is asked for."""

    named: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()  # «除了执法大队的项目»
    asked: bool = False
    words: str = ""  # as the question wrote them


def _units(catalog) -> list[str]:
    out = []
    for cell in dict.fromkeys(catalog.implementer_of.values()):
        pieces = [u.strip() for u in _SPLIT.split(cell) if u.strip()]
        if any(not _UNIT_END.search(u) for u in pieces[:-1]):
            pieces = [cell.strip()]  # «粮食和物资储备服务中心»: one unit whose name holds a «和»
        out += pieces
    return list(dict.fromkeys(out))


_UNIT_END = re.compile(r"(?:局|中心|队|站|所|院|馆|台|委|办|会|社|室|处|科|股|厂|校|园|本级)[)）]?$")


def _forms(unit: str) -> list[str]:
    """The ways a question may write a unit: in full, without its place, or by its last words
    («交通运输综合行政执法大队» → «执法大队»); four characters at least, longest first."""
    core = _PLACE.sub("", unit) if len(_PLACE.sub("", unit)) >= 3 else unit
    core_plain = re.sub(r"[（(]本级[)）]", "本级", core)
    forms = {unit, core, core_plain}
    bare = core_plain
    while (m := _PLACE.match(bare)) and len(bare) - m.end() >= 3:
        bare = bare[m.end():]  # «邯郸市峰峰矿区气象台» → «气象台»: every place level left out
    if _UNIT_END.search(bare) and not bare.startswith(("本级", "级")):
        forms.add(bare)
    for start in range(1, len(core_plain) - 3):
        tail = core_plain[start:]
        if not tail.startswith(("本级", "级")):
            forms.add(tail)
    if core_plain.endswith("本级"):  # «局本级实施的»: the department's own level, when only one is
        forms.update(("局本级", "本级"))
    return sorted(forms, key=len, reverse=True)


def _in_a_name(text: str, at: int, form: str, catalog) -> bool:
    """Is a unit's form, with a character on either side of it, written in a project's name?"""
    around = (text[max(0, at - 1):at + len(form)], text[at:at + len(form) + 1])
    return any(len(words) > len(form) and words in p.name for p in catalog.projects for words in around)


def _left_out_before(text: str, at: int, said: str, unit: str) -> re.Match | None:
    """«除了…» right before a unit's words, or with more of the unit's own words between
    («除了粮食和物资储备服务中心的项目»: another reader took «粮食和»)."""
    lead = _LEAVE_OUT.search(text[:at])
    if lead is None and (wider := _LEAVE_OUT_WIDER.search(text[:at])) and any(
            wider.group("more") + said in u or in_order(wider.group("more") + said, u)  # «人防办本级»
            for u in (unit, re.sub(r"[（(]本级[)）]", "本级", unit))):
        lead = _LEAVE_OUT.search(text[:wider.start("more")])
    return lead


def read_units(r: Reading, catalog) -> Units:
    units = _units(catalog)
    if not units:  # the tables print no 实施单位: nothing to read (the planner says so)
        return Units()
    asked = False
    for m in list(r.finditer(ASKED)):
        r.take(m.start(), m.end(), "unit")
        asked = True
    named: list[str] = []
    left_out: list[str] = []
    words: list[str] = []
    for unit in sorted(units, key=len, reverse=True):
        for form in _forms(unit):
            owners = [u for u in units if form in re.sub(r"[（(]本级[)）]", "本级", u) or form in u]
            if len(owners) > 1 and form not in owners:
                continue  # «服务中心»: the end of several units' names says none of them
            at = r.free.find(form)
            if at < 0:
                continue
            if form.endswith("本级") and re.match(r"(?:安排|财政|资金|拨款)", r.text[at + len(form):]):
                continue  # «县本级安排了多少»: a part of the budget, not the unit
            bracketed = at > 0 and r.text[at - 1] in "（(" and r.text[at + len(form):at + len(form) + 1] in ("）", ")")
            after = _AFTER.match(r.text[at + len(form) + bracketed:])
            plain = not any(form in d or d.endswith(form) for d in catalog.departments)
            if not (after or _BEFORE.search(r.text[:at]) or plain):
                continue  # «交通运输局的项目» names the department, not its 本级 unit
            if not (after or _BEFORE.search(r.text[:at])) and _in_a_name(r.text, at, form, catalog):
                continue  # «城乡义务教育学校公用经费»: the words of a project's name, not its unit
            end = at + len(form) + bracketed + (after.end() if after else 0)
            r.take(at, end, "unit")
            if bracketed:  # «业余体校（青少年业余体育学校）»: the short name before the full one
                short = re.search(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}$|(?<=[哪些是由的个那这])[\u4e00-\u9fff]{2,6}$",
                                  r.text[:at - 1])
                r.take(short.start() if short else at - 1, at, "unit")
                at = short.start() if short else at - 1
            lead = _left_out_before(r.text, at, form, unit) or _BEFORE.search(r.text[:at])
            if lead:
                r.take(lead.start(), at, "unit")
            if lead and lead.re is _LEAVE_OUT and (close := re.match(r"(?:的)?(?:项目)?(?:以外|之外)", r.text[end:])):
                r.take(end, end + close.end(), "unit")  # «除了局本级实施的项目以外»
            (left_out if lead and lead.re is _LEAVE_OUT else named).append(unit)
            words.append(form)
            break
    for m in list(r.finditer(_SHORT)):  # «疾控中心» of «疾病预防控制中心»: a unit abbreviated
        core = m.group("core")
        owners = [u for u in units if _abbreviates(core, _PLACE.sub("", u))]
        if len(owners) != 1 or not (_AFTER.match(r.text[m.end():]) or _BEFORE.search(r.text[:m.start()])
                                    or re.match(r"\s*(?:或|和|、|以及|及)", r.text[m.end():])):
            continue
        r.take(m.start(), m.end() + (a.end() if (a := _AFTER.match(r.text[m.end():])) else 0), "unit")
        lead = _left_out_before(r.text, m.start(), m.group(0), owners[0])
        if lead:  # «除了粮食和物资储备服务中心的项目以外»
            r.take(lead.start(), m.start(), "unit")
            if close := re.match(r"(?:的)?(?:项目)?(?:以外|之外)", r.text[m.end():]):
                r.take(m.end(), m.end() + close.end(), "unit")
        (left_out if lead else named).append(owners[0])
        words.append(m.group(0))
    return Units(tuple(dict.fromkeys(named)), tuple(dict.fromkeys(left_out)), asked, "、".join(words))
