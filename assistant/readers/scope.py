"""The scope a question names: departments and years the store holds (or not), and references
back to the previous answer («它», «这些», «其中», «那…呢»)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.catalog import Catalog
from assistant.reading import Reading
from ingest import quantity as q

# A department's name ends in its kind of office: 局, 委员会, 办公室, and the people's bodies that file budgets
# too (残疾人联合会, 供销合作社, 总工会)
_DEPARTMENT = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:委员会|联合会|合作社|联合社|供销社|总工会|局|厅|委|办公室|办(?![公理法事成好完结]))"
                         r"|[\u4e00-\u9fff]{0,12}?(?:档案馆|图书馆|博物馆|文化馆|纪念馆|美术馆|科技馆))(?![长面势部务属])")
# «本局», «咱们局», «全局» are the department of the document, not a name.
_NOT_DEPARTMENT = ("本局", "全局", "我局", "该局", "各局", "局里", "本委", "全委", "咱们局", "我们局",
                   "咱局", "你们局", "这个局", "本单位", "我们单位", "单位", "两个局", "两局", "这两个局",
                   "两家局", "几个局", "各个局", "两个委", "两个单位")
# «两个局», «两边», «两个部门»: every stored department, said in so many words.
_ALL_DEPARTMENTS = re.compile(r"(这)?两个(局|部门|单位)(都|一起|加起来|合起来)?(算上|看看|算|一起算)?|两边|两家|各部门|各个部门")
# «四个局», «这三个部门»: as many departments as the store holds (else the question is of others)
_COUNTED = re.compile(r"(?:这|那)?(?P<n>[三四五六七八九十]|[3-9]|1[0-9])\s*个\s*(?:局|部门|单位|委)")
# (what follows may be words another reader took: «魏县困难残疾人生活补贴…», a project's name)
_PLACE = re.compile(r"([\u4e00-\u9fff]{1,3}(?:省|市|县|区|州|旗))(?=的?[\u4e00-\u9fff\u3000]{2,})")
_PLACE_GROUP = re.compile(r"(?P<p>[\u4e00-\u9fff]{2,3}?)(?:县|市|区)?(?:的)?\s*(?:那|这)?\s*(?:两|三|四|几)个(?:局|部门|单位)"
                          r"|(?P<q>[\u4e00-\u9fff]{2,3}?)(?:县|市|区)(?=的(?:那些)?项目|那边|这边|下面|的各个?部门)")
_NOT_PLACE = set("由和与及同会对向在的是为被把从让给跟将比较占额以按据照依")
_YEAR = re.compile(r"(?<![\d.])(\d{4})\s*年(?:度)?(?![ \t]*\d{1,2}\s*月)"
                   r"|(?<![\d.])(\d{4})(?=\s*(?:和|与|、|及|跟)\s*\d{4}\s*(?:年|两年|这两年))"  # «2023和2024年»
                   r"|(?<=和|与|、|及|跟)(\d{4})(?=\s*(?:两年|这两年))")
_REQUEST = ("请问", "查询", "查看", "关于", "列出", "通俗讲讲", "讲讲", "说说", "介绍")
# «请说明魏县教育局…», «麻烦帮我统计一下临漳县…»: a request before the department's name
_ASKING_LEAD = re.compile(r"^(?:请你?|麻?烦你?|帮我|帮忙|劳驾)*(?:说明|核算|统计|计算|核对|查询|查一下|查查|查看|看看|"
                          r"看一下|列出|列一下|介绍|告诉我|问一下|算一下|算算|比较|对比)?(?:一下)?(?:下)?")
# A department named without 局 (人社, 农业, 卫健): before «这块/口/系统», or two of them compared
_SHORT_DEPARTMENT = re.compile(
    r"(?P<a>[\u4e00-\u9fff]{2,4}?)(?:这块|那块|这边|那边|这一块|口(?!径)|系统|条线)"
    r"|(?P<b>[\u4e00-\u9fff]{2,4}?)(?=(?:和|跟|与|同)[\u4e00-\u9fff]{2,4}?(?:哪个|谁|比))"
    r"|(?<=和|跟|与|同)(?P<c>[\u4e00-\u9fff]{2,4}?)(?=哪个|谁|比)")
# Words that point back at the previous answer.
PRONOUNS = ("它们的", "它们", "它的", "它", "该项目", "这个项目", "此项目", "这些项目", "这些", "上述",
            "这个计划", "这个预算", "照这个", "按这个", "这一项目",
            "以上项目", "这几个", "这两个", "这三个", "这两项", "前面", "刚才", "两者", "二者", "这俩",
            "该", "其")
WITHIN = ("其中", "这当中", "这里面", "这些里面", "这些当中", "之中")


@dataclass(frozen=True)
class ScopeWords:
    departments: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    follow_up: bool = False  # the question refers back to the previous answer
    missing: str = ""  # a department or year the store does not hold
    words: str = ""


def read_scope(r: Reading, catalog: Catalog, has_previous: bool) -> ScopeWords:
    missing = ""
    departments: set[str] = set()
    words = []
    left_out: set[str] = set()
    if len({d[:2] for d in catalog.departments}) > 1:
        for m in list(r.finditer(_PLACE_GROUP)):  # «馆陶那两个局», «成安县的两个部门»: a place's several
            owners = [d for d in catalog.departments if d.startswith(m.group("p") or m.group("q"))]
            if 1 < len(owners) < len(catalog.departments):
                departments.update(owners)
                words.append(m.group(0))
                r.take(m.start(), m.end(), "scope")
    for m in list(r.finditer(_DEPARTMENT)):
        excluded = _LEAVE_OUT.match(m.group(1)) or _LEAVE_OUT_BEFORE.search(r.text[:m.start()]) \
            or re.match(r"\s*(?:以外|之外)", r.text[m.end():])
        mention = _trim(_LEAVE_OUT.sub("", m.group(1)))
        if re.search(r"哪|什么|啥", mention):
            continue  # «归哪个局»: which department is asked, none is named
        # «我刚到局里», «你们局»: the asker's words before «局», not a name
        mention = re.sub(r"^.*?(?:我|你|咱|他|她)们?(?:刚刚|刚|才|又|也)?(?:调到|调入|到|在|去|来|回|进)?", "", mention)
        if len(mention) <= 2 and not _known(mention, catalog)[0]:
            continue
        own = next((w for w in _NOT_DEPARTMENT if mention.endswith(w) or m.group(1).endswith(w)), None)
        counted = _COUNTED.search(m.group(1))
        if counted and counted.end() == len(m.group(1)) and not own:  # «四个局里»: so many departments, read below with «两个局»
            continue
        if own:
            r.take(m.end() - len(own), m.end(), "scope")  # «全局», «咱们局»: the document's own
            continue
        each = _each_known(mention, catalog) if not excluded else []
        if each:
            # «宁晋县残联和魏县人社局»: two stored departments named together, one of them shortened
            departments.update(d for k, _ in each for d in k)
            words.append("、".join(t for _, t in each))
            r.take(m.end() - len(mention), m.end(), "scope")
            continue
        known, tail = _known(mention, catalog)
        if known and excluded:  # «除了魏县人社局，其他单位…»: every other department stored
            left_out.update(known)
            words.append(f"{tail}以外")
            r.take(m.start() if _LEAVE_OUT.match(m.group(1)) or excluded.start() >= m.end() else excluded.start(),
                   m.end(), "scope")
            if after := re.match(r"\s*(?:以外|之外|外)?\s*(?:的)?\s*[，,]?\s*(?:其他|其余|别的)?\s*(?:单位|部门|局)?",
                                 r.text[m.end():]):
                r.take(m.end(), m.end() + after.end(), "scope")
        elif known and (AGAINST.search(r.text[:m.end() - len(tail)]) or re.search(r"比\s*$", r.text[:m.end() - len(tail)])) \
                and (after := m.end() + (1 if r.text[m.end():m.end() + 1] == "的" else 0)) < len(r.text) \
                and r.owner[after] == "name":
            # «…的预算低于魏县人社局社会保障工作经费»: the department of the project compared
            # with, not the scope of the question
            r.take(m.end() - len(tail), m.end(), "scope")
        elif known:
            departments.update(known)
            words.append(tail)
            r.take(m.end() - len(tail), m.end(), "scope")  # «…是人社局»: only the name
        elif any(mention in p.name for p in catalog.projects) or not _place_of(mention) and any(
                t in p.name for t in _tails(mention) for p in catalog.projects):
            continue  # «财政厅» inside a stored project name is not another department (but
            # «魏县档案馆», «丛台区档案馆», a place's office no project is named by, is one not stored)
        elif not missing and not mention.endswith("办"):  # («承办», «人防办»: only a stored one is read)
            missing = f"库中没有{mention}的文件"
            r.take(m.end() - len(mention), m.end(), "scope")
    for m in _DEPARTMENT.finditer(r.text):
        # «鸡泽县人力资源和社会保障局» whose middle another reader took as a project's words: a
        # department of a stored place that is not stored is still not in the store
        mention = _trim(_LEAVE_OUT.sub("", m.group(1)))
        place = _place_of(mention)
        if not missing and place and mention.startswith(place) and not re.search(r"[占的比与及或]", mention) \
                and any(d.startswith(place) for d in catalog.departments) \
                and not r.is_free(m.start(1), m.end(1)) and "unit" not in r.owner[m.start(1):m.end(1)] \
                and not _known(mention, catalog)[0] and not _each_known(mention, catalog) \
                and not mention.endswith(_NOT_DEPARTMENT) and not mention.endswith("办") \
                and not any(mention in p.name for p in catalog.projects):
            missing = f"库中没有{mention}的文件"
    paired = False  # «人社和农业哪个…»: the second of two departments compared
    for m in list(r.finditer(_SHORT_DEPARTMENT)):  # «人社这块», «人社和农业哪个盘子大»
        for group in ("a", "b", "c"):
            word = m.group(group)
            if not word or not r.is_free(m.start(group), m.end(group)):
                continue
            # an abbreviation starts as the department's own name does (人社 for 人力资源和社会保障,
            # not 社保, which is 社会保障工作经费 as much), or by its place («临漳县那边»)
            known = [d for d in catalog.departments_named(word) if _core(d).startswith(word[0]) or d.startswith(word)]
            topic = any(word in p.name for p in catalog.projects)
            if len(known) == 1 and (not topic or group == "c" and paired):
                departments.update(known)
                words.append(word)
                r.take(m.start(group), m.end() if group == "a" else m.end(group), "scope")
                paired = paired or group == "b"
    if left_out and not departments:
        departments = set(catalog.departments) - left_out
    if not departments and len({d[:2] for d in catalog.departments}) > 1:
        for m in list(r.finditer(_PLACE)):  # «属于临漳县的那个»: the one department of that place
            place = m.group(1).lstrip("".join(_NOT_PLACE) + "属于其中归")
            if len(place) < 2:
                continue
            owners = [d for d in catalog.departments if d.startswith(place)]
            if len(owners) == 1:
                departments.add(owners[0])
                words.append(place)
                r.take(m.end(1) - len(place), m.end(1), "scope")
    every = False
    for m in list(r.finditer(_COUNTED)):
        n = int(m.group("n")) if m.group("n").isdigit() else int(q.cjk_number(m.group("n")))
        r.take(m.start(), m.end(), "scope")
        if re.search(r"(?:其余|其他|其它|剩下|剩余|另外)(?:的)?\s*$", r.text[:m.start()]):
            continue  # «除了医保局，其余三个部门»: those left, counted after the exclusion
        if n == len(catalog.departments):
            every = "占" not in r.text[:m.start()]
        elif not missing:
            missing = f"库中有{len(catalog.departments)}个部门的文件，不是{n}个"
    for m in list(r.finditer(_ALL_DEPARTMENTS)):
        r.take(m.start(), m.end(), "scope")
        if re.match(r"(这)?两个|两边|两家", m.group(0)) and len(catalog.departments) != 2 and not missing:
            # «两个部门的项目资金总共多少» of a store holding one (or three) departments
            missing = f"库中有{len(catalog.departments)}个部门的文件，不是两个"
        # «…占两个部门合计的百分之几» keeps the department named: the two are the whole
        every = bool(re.match(r"(这)?两个|两边|两家", m.group(0))) and "占" not in r.text[:m.start()]
    if every and len(departments) == 1:
        departments = set()  # «那临漳县农业农村局呢？两个部门的预算合计»: both, as said in so many words
    years: set[int] = set()
    for m in list(r.finditer(_YEAR)):
        year = int(m.group(1) or m.group(2) or m.group(3))
        r.take(m.start(), m.end(), "scope")
        if year in catalog.years:
            years.add(year)
            words.append(f"{year}年")
        elif catalog.years and not missing:
            have = "、".join(f"{y}年" for y in catalog.years)
            missing = f"库中没有{year}年的文件（现有：{have}）"
    follow_up = has_previous and _refers_back(r)
    return ScopeWords(tuple(sorted(departments)), tuple(sorted(years)), follow_up, missing,
                      "".join(words))


# «…的预算低于(魏县人社局)社会保障工作经费»: the words that compare a field with a named project's
# (their comparators are those of the one table, ingest.quantity.BEFORE_WORDS)
AGAINST = re.compile(r"(?P<w>不低于|不少于|不超过|不高于|低于|少于|小于|不到|不足|高于|多于|大于|超过|超出)\s*了?\s*$")
# «除了魏县人社局», «不算人社局»: a department left out
_LEAVE_OUT = re.compile(r"^(?:除了|除去|除开|不含|不包括|不算|排除|去掉)")
_LEAVE_OUT_BEFORE = re.compile(r"(?:除了|除去|除开|不含|不包括|不算|排除|去掉)\s*$")


_LEAD_WORDS = re.compile(r"^(?:其中|这当中|这里面|这些里面|当中|里面|那么|那|再|换成|换作|改成|改为|看看|看一下|只看|仅看)*"
                         r"(?:属于|归|是|在|的)?")


def _core(department: str) -> str:
    """«魏县人力资源和社会保障局» → «人力资源和社会保障»: without the place and the office word."""
    core = re.sub(r"^[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|旗)", "", department)
    return re.sub(r"(?:局|委员会|联合会|合作社|联合社|总工会|委|办公室|办|厅|中心)$", "", core) or department


def _refers_back(r: Reading) -> bool:
    free = r.free
    found = False
    for word in WITHIN + PRONOUNS:
        if word in free and not (word in ("该", "其") and re.search(rf"{word}(?![的项个])", free)):
            r.take_all([word], "follow-up")
            found = True
            free = r.free
    if re.match(r"^\s*(?:再|那)?(?:去掉|除去|刨去|刨除|扣掉|扣除|拿掉|不算)", free) and \
            re.search(r"剩下|剩余|余下", free):
        found = True  # «去掉133号那笔，剩下的加起来多少»: what is left of the previous answer
    if re.fullmatch(r"\s*(?:那|那么)?(?:都|分别|具体)?(?:是|有)?(?:哪几个|哪些|哪个|哪几)(?:项目)?(?:呢|啊|呀)?\s*[？?]?\s*", free):
        r.take(0, len(free), "follow-up")  # «都是哪几个项目» after «满意度要求最低的是多少»:
        found = True  # the projects just meant
    if re.match(r"^\s*(?:那|那么)?\s*(?:它|这笔钱|这个)?\s*占", free):
        found = True  # «占全局项目资金总额的比例是多少» after one project: that project's share
    convert = re.match(r"^\s*(换成|折合成?|折成|换算成?)", free)
    if convert:  # «换成万元是多少»: the previous answer in another unit
        found = True
    head = re.match(r"^\s*(那么|那|那它|那这)", free)
    if head and len(free) <= 24:
        r.take(head.start(1), head.end(1), "follow-up")
        found = True
    if free.rstrip("？? 。").endswith("呢") and len(free.strip()) <= 20:
        found = True
    return found


def _known(mention: str, catalog: Catalog) -> tuple[list[str], str]:
    """The stored departments a mention names, and the words that name them."""
    place = _place_of(mention)
    if place and not _place_known(place, catalog):
        return [], ""
    for tail in _tails(mention):
        found = catalog.departments_named(tail)
        if place:  # «魏县农业农村局» is not 临漳县农业农村局
            core = place.rstrip("省市县区州旗")
            found = [d for d in found if core in d]
        if found:
            return found, tail
    return [], ""


def _each_known(mention: str, catalog: Catalog) -> list[tuple[list[str], str]]:
    """«宁晋县残联和魏县人社局»: each of several departments joined in one mention, if every one is
    stored; else []."""
    pieces = [p for p in re.split(r"以及|和|与|跟|及|、", mention) if p]
    each = [_known(p, catalog) for p in pieces] if len(pieces) > 1 else []
    return each if each and all(k for k, _ in each) else []


def _tails(mention: str) -> list[str]:
    return [mention[i:] for i in range(max(1, len(mention) - 2))]


def _place_of(mention: str) -> str:
    """The place a department mention starts with («邯郸市人社局» → 邯郸市), or ''."""
    for start in range(len(mention)):
        m = _PLACE.match(mention, start)
        if m and m.group(1)[0] not in _NOT_PLACE and not set(m.group(1)[:-1]) & _NOT_PLACE:
            return m.group(1)
    return ""


def _place_known(place: str, catalog: Catalog) -> bool:
    """«邯郸市» or «魏县» must occur in a stored department's name (or a project's)."""
    core = place.rstrip("省市县区州旗")
    return any(core in d for d in catalog.departments) or any(
        place in p.name for p in catalog.projects)


def _trim(words: str) -> str:
    """Without request words and the function words a department name follows («比…局»)."""
    words = _LEAD_WORDS.sub("", words)  # «其中属于临漳县农业农村局», «换成魏县人社局»
    for word in _REQUEST:
        words = words.removeprefix(word)
    words = _ASKING_LEAD.sub("", words)
    # «…项目的预算低于魏县人社局»: a department's name holds no «的», «于», «比»
    words = re.split(r"的|于|比|占|超过了?|超出了?|不到|不足|达到了?|不如", words)[-1]
    while words[:1] and words[0] in "比和与跟同较对在的那这及或占是给让":
        words = words[1:]
    return re.sub(r"^年度?(?:的)?", "", words)  # «2024年魏县卫健局»: the year's 年, not a place
