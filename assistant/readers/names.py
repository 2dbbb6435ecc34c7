"""What a question names: projects (by code, name, abbreviation, topic, amount or description),
quoted name conditions, policy documents, and indicator rows. Each mention keeps its span."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from assistant.catalog import (
    NOT_QUALIFYING,
    Catalog,
    distinctive,
    in_order,
    longest_common,
    nfkc,
)
from assistant.reading import Reading, clause_bounds, quoted
from ingest import quantity as q
from ingest.policy_refs import RefPattern, find_ref_patterns, issuer_matches
from ingest.quantity import to_fen

_CODE_LIKE = re.compile(r"(?<![0-9A-Za-z])(?:\d{6,}[A-Z][0-9A-Z]{5,}|\d{15,30})(?![0-9A-Za-z])")
_TOPIC = re.compile(r"(?:涉及|关于|属于)?([\u4e00-\u9fff]{2,12}?)(?:类的?|相关的?|方面的?|有关的?|领域的?)"
                    r"(?:项目|预算|资金)")
_DESCRIBED = re.compile(r"(?:给(?!出)|为|用于|用来|负责|管|搞|帮)([\u4e00-\u9fff]{3,16}?)的(?:那个|那笔|那项)?\s*项目"
                        r"|(?:给(?!出)|为|用于|用来|负责|管|搞|帮)([\u4e00-\u9fff]{3,16}?)的(?:那个|那笔|那项)")
_NAMED_PROJECT = re.compile(r"([\u4e00-\u9fff（）()]{2,30}?)项目")
_DEMONSTRATIVE = re.compile(r"(?:那|这|该)?(?:[一二两三四五六七八九十几\d]+)?(?:个|笔|项)?$")
# «就业补助资金里面», «中央项目中»: the projects a filter is applied within.
_WITHIN = re.compile(r"([\u4e00-\u9fff]{2,16}?)(?:项目)?(?:里面|里头|里|当中|之中|中间|中)"
                     r"(?:[，,、]|的|有|哪|预算|满意|$)")
_AMOUNT_NAMED = re.compile(r"(\d{1,9}(?:\.\d{1,4})?|[零〇一二两三四五六七八九十百千万亿点]{1,12}?)\s*(万元|万|元|亿元|亿)"
                           r"的?(?:那个|这个|那笔|那项)(?:项目)?")
_NAME_QUOTE = re.compile(r"(?:项目)?(?:名称|名字|项目名)\s*(?:里|中|内|上)?\s*(?P<neg>不含|不带|没有|不包含|不包括|没带)?"
                         r"\s*(?:带|有|含|包含|包括|带有|含有|以|是|写了|写着|写有|出现|出现了)?"
                         r"\s*[“\"「『](?P<text>[^”\"」』]{1,30})[”\"」』]\s*(?P<tail>(?:文号|二字|两个字|字样|字)?(?:开头|打头|起头|结尾)|字样)?")
_ALTERNATIVE_QUOTES = re.compile(r"\s*(?:或者|或是|或|还是|、|和)\s*[“\"「『](?P<text>[^”\"」』]{1,30})[”\"」』]"
                                 r"\s*(?:文号|二字|两个字|字样|字)?")
_NAME_WORDS = re.compile(r"(?:项目)?(?:名称|名字|项目名)\s*(?:里|中|内|上)?\s*(?:直接|就|都|本身)?\s*(?:带有|含有|包含|写了|写着|写有|出现了|出现|带着|带了|带|有|含)\s*"
                         r"([\u4e00-\u9fff]{2,12}?)(?:这几个字|几个字|两个字|字样|的|(?=\s*[？?，,。；;]|\s*$))")
_NAME_STARTS = re.compile(r"以\s*[“\"「『]([^”\"」』]{1,30})[”\"」』]\s*(?:文号|二字|两个字|字样|字)?\s*(开头|打头|起头)"
                          r"|(?:名称|名字|项目名)\s*(?:都|是|均)?\s*以\s*([\u4e00-\u9fff\d]{2,12}?)\s*(?:文号|二字|两个字|字样|字)?\s*(开头|打头|起头)"
                          r"|以\s*([\u4e00-\u9fff]{2,6}?)\s*(?:的)?(?:文号|文件号)\s*(开头|打头|起头)")
_CITING = ("引用", "依据", "根据", "援引", "参照", "出自", "依照", "按照", "援用", "引了", "用到", "用了", "涉及", "提到")
_REQUEST_WORDS = ("请问", "查询", "查看", "关于", "列出", "麻烦问一下", "麻烦")
_GENERIC = ("哪", "全部", "所有", "各", "这", "该", "那", "其他", "相关", "类", "些", "几", "多少",
            "预算", "本", "上述", "其中", "每个", "一共", "共有", "所选", "列出", "每", "平均", "全局",
            "部门", "最", "资金总额", "总额", "合计")


@dataclass(frozen=True)
class Mention:
    """Something the question names, with its span."""

    kind: str  # code | name | topic | amount | described | ref | title | name-has | row
    start: int
    end: int
    projects: tuple[int, ...] = ()
    rows: tuple[int, ...] = ()
    ref: RefPattern | None = None
    text: str = ""  # name-has: the quoted words
    at_start: bool = False  # name-has: the name starts with them
    ambiguous: bool = False  # name: the words fit several projects, none clearly


@dataclass
class Names:
    mentions: list[Mention]
    missing: str = ""  # a code or project the store does not hold
    unknown_project: str = ""
    unknown_span: tuple[int, int] = (0, 0)


def read_names(r: Reading, catalog: Catalog) -> Names:
    """Take every named thing from the question."""
    found: list[Mention] = []
    missing = ""
    for p in catalog.codes_in(r.text):
        at = r.take_word(p.code, "code")
        if at >= 0:
            ids = tuple(q.id for q in catalog.projects if q.code == p.code)
            found.append(Mention("code", at, at + len(p.code), projects=ids))
    if found:  # the label of a code is not a question about codes
        for m in list(r.finditer(re.compile(r"项目编码\s*(?:为|是)?|编码\s*(?:为|是)?"))):
            r.take(m.start(), m.end(), "code")
    unknown_code = _CODE_LIKE.search(r.free)
    if unknown_code:
        missing = f"库中没有项目编码 {unknown_code.group(0)}"
        r.take(unknown_code.start(), unknown_code.end(), "code")
    for m in _NAME_STARTS.finditer(r.free):
        text = m.group(1) or m.group(3) or m.group(5)
        if re.fullmatch(r"(?:发文)?(?:文号|字号|文件号|文件编号)", text):
            # «项目名称以文号开头的»: names that begin with a document number
            ids = tuple(p.id for p in catalog.projects if catalog.name_refs.get(p.id)
                        and re.match(r"[\u4e00-\u9fff]{2,10}\s*[〔【\[（(［]\s*(?:19|20)\d\d", nfkc(p.name)))
            if ids:
                found.append(Mention("name", m.start(), m.end(), projects=ids))
            else:
                missing = missing or "没有哪个项目的名称以文号开头"
        elif re.search(r"或者|或|、", text):  # «以冀财社或冀财农文号开头»: either beginning
            parts = [w for w in re.split(r"或者|或|、", text) if w]
            ids = tuple(p.id for p in catalog.projects if any(nfkc(p.name).startswith(w) for w in parts))
            if ids:
                found.append(Mention("name", m.start(), m.end(), projects=ids))
            else:
                missing = missing or f"没有哪个项目的名称以{'或'.join(parts)}开头"
        else:
            found.append(Mention("name-has", m.start(), m.end(), text=text, at_start=True))
        r.take(m.start(), m.end(), "name-has")
    for m in list(r.finditer(_NAME_WORDS)):  # «名字里带就业补助资金的那几个»
        issuers = re.fullmatch(r"((?:[\u4e00-\u9fff]{2,5}(?:或者|或|、|和|及|与)?)+?)的?(?:文件)?(?:文号|字号|编号)", m.group(1))
        if issuers and re.search(r"或者|或|、|和|及|与", issuers.group(1)):
            # «名称直接带着冀财社或冀财农文号的»: the names holding a number of those issuers
            said = [w for w in re.split(r"或者|或|、|和|及|与", issuers.group(1)) if w]
            ids = tuple(p.id for p in catalog.projects
                        if any(issuer_matches(w, ref.issuer) for ref in catalog.name_refs.get(p.id, ()) for w in said))
            if ids:
                found.append(Mention("name", m.start(), m.end(), projects=ids))
                r.take(m.start(), m.end(), "name-has")
                continue
        if re.fullmatch(r"(?:发文)?(?:字号|文号|文件号|文件编号)|文件的?(?:字号|文号|编号)|(?:发文|文件)", m.group(1)):
            # «名称里直接写了发文字号的项目»: the names that hold any document number
            ids = tuple(p.id for p in catalog.projects if catalog.name_refs.get(p.id))
            if ids:
                found.append(Mention("name", m.start(), m.end(), projects=ids))
            else:
                missing = missing or "没有哪个项目的名称里写了文号"
            r.take(m.start(), m.end(), "name-has")
            continue
        words = re.sub(r"(文号|字样|这几个字|几个字|两个字)$", "", m.group(1))
        if len(words) < 2:
            continue
        found.append(Mention("name-has", m.start(), m.end(), text=words))
        r.take(m.start(), m.end(), "name-has")
    for m in _NAME_QUOTE.finditer(r.free):
        start = (m.group("tail") or "").endswith(("开头", "打头", "起头"))
        kind = "name-lacks" if m.group("neg") else "name-has"  # «名称中不含“养老”二字»
        found.append(Mention(kind, m.start(), m.end(), text=m.group("text"), at_start=start))
        r.take(m.start(), m.end(), "name-has")
        for alt in _ALTERNATIVE_QUOTES.finditer(r.free, m.end()):  # «带“补贴”或者“补助”字样»: each
            if r.free[m.end():alt.start()].strip(" \u3000"):  # one more, joined by the «或» the
                break                                            # logic reader keeps
            found.append(Mention(kind, alt.start("text"), alt.end(), text=alt.group("text"), at_start=start))
            r.take(alt.start("text") - 1, alt.end(), "name-has")
        r.take_all(("二字", "两个字", "这两个字", "字样"), "name-has")
    titles, no_title = _titles(r, catalog)
    found += titles
    missing = missing or no_title
    found += _refs(r, catalog) + _issuer_only(r, catalog)
    stranger = _UNKNOWN_ISSUER.search(r.free)
    if stranger and not missing and not any(
            issuer_matches(stranger.group(1), known) for known in catalog.issuers):
        # «以国办发文件为依据的指标»: an issuer no stored row cites
        missing = f"库中没有哪条指标的依据引用了“{stranger.group(1)}”的文件"
        r.take(stranger.start(1), stranger.end(1), "ref")
    projects = _projects(r, catalog)
    checked = _level_checked(r, catalog, projects)
    if len(checked) < len(projects) and not missing:  # the only projects named say another level
        gone = next(m for m in projects if m not in checked)
        missing = (f"库中没有“{r.text[max(0, gone.start - 2):gone.end].rstrip('的').lstrip(',，。;； ')}”这样的项目：名称相近的项目是"
                   f"{'、'.join(dict.fromkeys('“' + catalog.by_id[i].name + '”' for i in gone.projects))}，级别不同")
    for m in checked:
        if not _inside_department(r, catalog, m):
            found.append(m)
            continue
        for i in range(m.start, m.end):  # the department's words, left for the scope reader
            if r.owner[i] == "name":
                r.owner[i] = None
    found = _numbers_beside_names(r, catalog, found)
    found = _amount_beside_name(r, found)
    named = {i for m in found if m.kind in ("name", "code", "amount") for i in m.projects}
    for start, end, words in quoted(r.free):  # «“带动就业人数”目标»: the rows whose name holds it
        if len(words) >= 4 and words not in catalog.by_level3:  # (a whole name is read below)
            rows = [row for name in catalog.level3s if words in name for row in catalog.by_level3[name]
                    if not named or row.project_id in named]
            if rows and not any(words in _plain(p.name) for p in catalog.projects):
                r.take(start - 1, end + 1, "row")
                found.append(Mention("row", start, end, rows=tuple(x.id for x in rows)))
    rows, span = _rows_named(r.free, catalog, named)
    at = r.free.find(span) if rows and span.strip() else -1
    if at >= 0 and re.search(r"(?:平均|平摊|分摊|均摊|摊|分|落)(?:到|给)\s*$", r.text[:at]) and \
            re.match(r"每(?:个|位|名|一个)?", span):
        rows = []  # «摊到每个书屋»: the count to divide by, not the row «每个书屋补充出版物»
    if rows and span.strip():
        at = r.take_word(span, "row")
        found.append(Mention("row", at, at + len(span), rows=tuple(x.id for x in rows)))
        # «大楼维修次数和人才招聘会次数分别要求多少»: a second row named beside the first
        more, more_span = _rows_named(r.free, catalog, named)
        more = [row for row in more if row.id not in {x.id for x in rows}]
        other_at = r.free.find(more_span) if more and more_span.strip() else -1
        if other_at >= 0 and (_JOINED.search(r.text[:other_at]) or _JOINED.search(r.text[:at])):
            r.take(other_at, other_at + len(more_span), "row")
            found.append(Mention("row", other_at, other_at + len(more_span), rows=tuple(x.id for x in more)))
    else:
        kind, no_row = _row_kind(r, catalog, named)
        if kind is not None:
            found.append(kind)
        missing = missing or no_row
    named_names = [catalog.by_id[i].name for m in found if m.kind in ("name", "code", "amount")
                   for i in m.projects if i in catalog.by_id]
    for m in list(r.finditer(_NUMBER_SAID)):  # «182号里177万那个», «（136号两个加159号那个）»: the
        if any(f"{m.group(1)}号" in name for name in named_names):  # number in the names found
            r.take(m.start(), m.end(), "ref")
    unknown, span = "", (0, 0)
    if not any(m.kind != "row" for m in found):
        unknown = re.sub(r"^年度?", "", _project_phrase(r.free) or _funds_phrase(r.free, catalog))  # «2024年…»
        if not unknown:
            unknown, span = _row_inside_name(r, found, catalog)
            if unknown:
                return Names(sorted(found, key=lambda m: m.start), missing, unknown, span)
        if unknown and any(catalog.departments_named(unknown[i:]) for i in range(len(unknown) - 2)):
            unknown = ""  # «临漳县农业农村局的项目» names a department, read as scope
        at = r.free.find(unknown) if unknown else -1
        # the name's own words: «经费» of «执法经费» is read as the money asked
        size = len(re.sub(_FUNDS_TAIL + "$", "", unknown)) or len(unknown)
        span = (at, at + size) if at >= 0 else (0, 0)
    missing = missing or _run_together(r, found)
    return Names(sorted(found, key=lambda m: m.start), missing, unknown, span)


def _run_together(r: Reading, found: list[Mention]) -> str:
    """«冀财社【2024】136号提前下达2025年省级就业补助资金» where 136号 names the 中央 funds and
    «省级就业补助资金» another document's: two names written as one, of no project in common,
    name no stored project. Returns the reason, or ""."""
    names = sorted((m for m in found if m.kind == "name" and m.projects), key=lambda m: m.start)
    for a, b in zip(names, names[1:]):
        between = r.text[a.end:b.start]
        if not between.strip() and not set(a.projects) & set(b.projects):
            return f"库中没有名为“{r.text[a.start:b.end]}”的项目"
    return ""


_NUMBER_SAID = re.compile(r"(?<![\d〕】\]）)])(\d{1,5})\s*号(?:文件|文)?")
_JOINED = re.compile(r"(?:和|与|及|、|以及)\s*$")


def _rows_named(free: str, catalog: Catalog, named: set[int]) -> tuple[list, str]:
    """Rows the question names, of the named projects when it names some (by their names, else
    loosely: Catalog.row_of_named)."""
    rows, span = catalog.rows_named_in(free)
    if named:
        rows = [row for row in rows if row.project_id in named]
        if not rows:
            rows, span = catalog.row_of_named(free, named)
    return rows, span


def _amount_beside_name(r: Reading, found: list[Mention]) -> list[Mention]:
    """«1468.8万那笔中央就业补助资金»: a budget and a name side by side are one project, the
    ones both fit."""
    for a in [m for m in found if m.kind == "amount"]:
        for n in [m for m in found if m.kind == "name" and m.projects]:
            gap = r.text[a.end:n.start] if a.end <= n.start else r.text[n.end:a.start]
            both = tuple(i for i in n.projects if i in a.projects)
            if len(gap) <= 4 and re.fullmatch(r"\s*(?:的|那笔|那个|这笔|这个|那项|的那个|的那笔)?\s*", gap) \
                    and both:
                found = [m for m in found if m is not a and m is not n]
                found.append(Mention("name", min(a.start, n.start), max(a.end, n.end), projects=both))
                break
    return found


_NUMBER_BEFORE = re.compile(r"(?<![\d〕】\]）)])(\d{1,5})\s*号\s*(?:文件|文)?\s*(?:的|那个)?\s*$")
_NUMBER_AFTER = re.compile(r"^[^，,。？?（(]{0,6}?[（(]\s*(?:是)?\s*(?:[\u4e00-\u9fff]{2,6}?\s*(?:[〔【\[]\s*\d{4}\s*[〕】\]]|\d{4}\s*年)?)?\s*(\d{1,5})\s*号\s*(?:文件|文)?\s*(?:的|那个)?\s*[）)]")


def _numbers_beside_names(r: Reading, catalog: Catalog, found: list[Mention]) -> list[Mention]:
    """A document number written beside a project's name names that project: «133号中央城乡居民
    养老保险补助经费» (the number before the name), «中央基础养老金那个项目（133号文的）» (after it,
    in brackets: the number decides which project is meant)."""
    out = list(found)
    for m in found:
        if m.kind != "name" or not m.projects:
            continue
        before = _NUMBER_BEFORE.search(r.text[:m.start])
        after = _NUMBER_AFTER.match(r.text[m.end:])
        hit = before or after
        if hit is None:
            continue
        owners = catalog.named_by_ref(RefPattern(None, None, int(hit.group(1))))
        if not owners:
            continue
        chosen = tuple(i for i in m.projects if i in owners) or (owners if after else ())
        if not chosen:
            continue
        start, end = (before.start(), m.end) if before else (m.start, m.end + after.end())
        out = [x for x in out if x is not m and not (x.kind == "ref" and start <= x.start < end)]
        r.take(start, end, "name")
        out.append(Mention("name", start, end, projects=chosen))
    return out


# «发放准确率目标», «覆盖人数目标»: a rate or count named by its head noun, the end of some rows'
# 三级指标 (not «数量»: «人员数量» is written «人员的数量» too; the people and unit hints cover it)
_ROW_KIND = re.compile(r"(?P<kind>[\u4e00-\u9fff]{1,8}?(?:率|度|人数|次数|户数))"
                       r"(?=\s*(?:这?一?类|方面)?\s*(?:的)?\s*(?:目标值|目标|指标值|指标|要求|都|均|在|是|为|≥|≤|>|<|不|没|未|达|超|高|低|大|小"
                       r"|\d|[零一二两三四五六七八九十百]))")
_NOT_KIND = ("满意度", "满意率", "比例", "百分率", "预算数", "程度", "年度", "力度", "进度", "额度", "季度",
             "增长率", "下降率", "减少率", "增加率", "变化率", "变动率", "增幅", "降幅")
# What a row kind's own words are not: a calculation, the department or the target itself, said
# before them («平均合格率», «人社局就业率», «目标人数»)
_NOT_QUALIFIER = re.compile(r"^.*(?:平均|最高|最低|最大|最小|总体|整体|综合|全部|所有|每个|每项|相关|对应|实际|计划|预期|"
                            r"年度|全年|每年|年均|目标|要求|设定|设置|指标|部门|单位|系统|这块|那块|既有|又有|同时有|且有|还有|都有|[既又局委厅办县市区省口里中按把被给对从向以用])")
# A row kind's head and the words a row's own name has for it («补贴人员数量» counts people)
_HEADS = {"人数": ("人",), "次数": ("次",), "户数": ("户",), "率": ("率",), "度": ("度",)}


def _row_kind(r: Reading, catalog: Catalog, named: set[int]) -> tuple[Mention | None, str]:
    """Rows whose 三级指标 contains a kind the question names by its head noun («发放准确率»),
    when no whole row name matched; the fields reader keeps the general kinds (满意度).

    The words before a head that rows share («合格率») must be in those rows too: «培训合格率»
    is not «建设项目验收合格率», and «就业率» with no such row is said to be missing rather than
    read as any rate. The second value is that message."""
    for m in r.finditer(_ROW_KIND):
        end = m.end("kind")
        longest = None
        for start in range(m.start("kind"), end - 2):
            words = r.text[start:end]
            if words in _NOT_KIND or any(words.endswith(w) for w in _NOT_KIND):
                break
            if words.endswith(("人数", "次数", "户数")) and len(words) < 4:
                break  # «人数» alone is any count of people: the people hint reads it
            if re.search(r"[的是在了和与或项目哪这那些其它各每]", words):
                continue  # «项目的数量»: a phrase, not the head of an indicator's name
            if longest is None:
                longest = start
            rows = [x for x in catalog.rows if words in nfkc(x.level3)
                    and (not named or x.project_id in named)]
            if rows:
                qualifier = _NOT_QUALIFIER.sub("", r.text[longest:start])
                if len(qualifier) >= 2:  # «培训合格率»: «培训» must be the rows' own too
                    rows = [x for x in rows if qualifier in nfkc(x.level3 + x.description)]
                    if not rows:
                        return None, _no_such_row(r.text[end - len(words) - len(qualifier):end], named)
                    start = end - len(words) - len(qualifier)
                r.take(start, end, "row")
                return Mention("row", start, end, rows=tuple(x.id for x in rows)), ""
        if longest is None:
            continue
        phrase = r.text[longest:end]
        head = next(h for h in _HEADS if phrase.endswith(h))
        qualifier = _NOT_QUALIFIER.sub("", phrase[:-len(head)])
        if len(qualifier) < 2:
            continue
        # «补贴人数» may name «享受公益性岗位及社保等补贴人员数量» (the other readers decide);
        # words no row of that head has name none
        rows = [x for x in catalog.rows if qualifier in nfkc(x.level3 + x.description)
                and any(h in nfkc(x.level3) for h in _HEADS[head]) and (not named or x.project_id in named)]
        if not rows:
            return None, _no_such_row(qualifier + head, named)
    return None, ""


_BOOK_TITLE = re.compile(r"《([^《》]{2,60})》")
_COUNTRY = "中华人民共和国"


def _titles(r: Reading, catalog: Catalog) -> tuple[list[Mention], str]:
    """Laws, plans and standards the 指标值确定依据 cites by title («《文物保护法》», «公共文化服务
    保障法»): rows citing them. A title in book-title marks that no row cites (and no project is
    called) is said to be missing."""
    out = []
    for m in list(r.finditer(_BOOK_TITLE)):
        said = m.group(1).strip()
        plain = said.removeprefix(_COUNTRY)
        known = [t for t in catalog.titles if plain in t or t.removeprefix(_COUNTRY) in said]
        exact = [t for t in known if re.fullmatch(re.escape(plain) + r"(?:[（(][^）)]*[）)])?", t.removeprefix(_COUNTRY))]
        if re.search(r"(?:法|条例|办法|规定|细则)$", plain):
            # a law is cited by its whole title: «审计法» is not «审计法实施条例»
            known = exact
        if known:
            r.take(m.start(), m.end(), "ref")
            # one law, cited as «《中华人民共和国安全生产法》» in one row and «《安全生产法》» in another
            out.append(Mention("title", m.start(), m.end(),
                               text=known[0].removeprefix(_COUNTRY) if len(known) == 1 else plain))
        elif not any(plain in _plain(p.name) for p in catalog.projects):
            r.take(m.start(), m.end(), "ref")
            return out, f"库中没有哪条指标的依据引用了《{said}》"
    for title in catalog.titles:  # written without the marks: the whole title, or it without 中华人民共和国
        for words in dict.fromkeys((title, title.removeprefix(_COUNTRY))):
            at = r.free.find(words)
            if at >= 0 and (len(words) >= 4 or len(words) == 3 and words.endswith("法")):  # «森林法»
                r.take(at, at + len(words), "ref")
                out.append(Mention("title", at, at + len(words), text=title.removeprefix(_COUNTRY)))
    return out, ""


def _no_such_row(words: str, named: set[int]) -> str:
    where = "所问项目的指标中" if named else "表中"
    return f"{where}没有“{words}”这样的指标，请用表中三级指标的名称再问"


def _refs(r: Reading, catalog: Catalog) -> list[Mention]:
    """Document numbers: a project's name when the question names the project by its number
    («冀财社【2024】182号那个项目»), else a citation condition."""
    out = []
    found = find_ref_patterns(r.free)
    found += [(m.start, m.end, m.ref) for m in _bare_numbers(r, catalog)
              if not any(s <= m.start < e for s, e, _ in found)]
    for start, end, pattern in sorted(found, key=lambda f: f[0]):
        if not r.is_free(start, end):
            continue
        after = r.free[end:]
        c_start, c_end = clause_bounds(r.text, start)
        clause = r.text[c_start:c_end]
        owners = catalog.named_by_ref(pattern)
        citing = any(w in clause for w in _CITING) or "文件" in after[:3]
        naming = (re.match(r"^(号)?(文件|文)?(?:所?(?:提前下达|下达|安排|拨付|涉及))?(的|那)?(两|三|几)?(个|笔|项)?"
                               r"(?P<desc>(?:(?!有|哪|引|用|依|是|几|多|什|对|涉|共|都|一|下|所|占|比|和|与|及|或|全)[\u4e00-\u9fff]){0,10}?)(项目|那个|这个|的项目)", after))
        tail, narrowed = _name_tail(after, owners, catalog)
        if naming and len(narrowed) > 1 and len(naming.group("desc")) >= 2:
            # «182号那个困难群体代缴保费项目»: two projects of one document told apart by their use
            narrowed = _by_use(naming.group("desc"), narrowed, catalog)
        # «那中央那笔（133号文）…»: a number in brackets says which project is meant
        bracketed = r.text[max(0, start - 1):start] in ("（", "(") and re.match(r"^(号)?(文件|文)?(的)?\s*[）)]", after)
        if owners and not citing and (naming or bracketed or len(tail) >= 2 or not after.strip("的？?，, ")):
            # «…下达的两个就业补助项目»: the words describing them too (not «项目», which counts)
            stop = end + max(len(tail), naming.end("desc") if naming else 0)
            r.take(start, stop, "name")
            out.append(Mention("name", start, stop, projects=narrowed, ref=pattern))
            continue
        r.take(start, end, "ref")
        out.append(Mention("ref", start, end, ref=pattern))
    return out


# an issuer as documents are numbered (国办发, 冀政字, 财预): a short run ending so, then «文件»
_UNKNOWN_ISSUER = re.compile(r"(?:以|拿|把|引用了?|依据|根据|按照|用了?)\s*([\u4e00-\u9fff]{2,5}?[发规字函])\s*(?:的)?\s*(?:文件|号文|文号|发文)")


def _issuer_only(r: Reading, catalog: Catalog) -> list[Mention]:
    """«冀发改投资的那个文件», «冀财社发的文件», «依据里写了冀人社规»: every stored document of
    an issuer."""
    out = []
    for issuer in sorted(catalog.issuers, key=len, reverse=True):
        if len(issuer) < 2:
            continue
        # (a two-character issuer, «邯档», only right before «文件/文号»: it may be part of a word)
        m = re.search(re.escape(issuer) + r"(?:\s*[（(][\u4e00-\u9fff]{1,6}[）)])?(?:的|发的|下发的|印发的)?"
                      r"(?:(?:那|这)?(?:几|一|两|三|些)?(?:个|份|些)?)?(?:文件|文号|号文|发文|文(?=\s*(?:$|[？?，,。；;])))", r.free) or len(issuer) >= 3 and re.search(
            r"(?:依据|引用|写了|写着|写的是|援引|根据)[^，。？?]{0,4}?(" + re.escape(issuer) + r")(?![〔【\[（(\d])",
            r.free)
        if m:
            r.take(m.start(), m.end(), "ref")
            out.append(Mention("ref", m.start(), m.end(), ref=RefPattern(issuer, None, None, m[0])))
    return out


_BARE_NUMBER = re.compile(r"(?<![\d.〕】\]）)])(\d{1,5})\s*号(?=\s*(?:那|这|对应|下达|的|项目|文|和|或|及|、|是|，|$))")
_SHARED_ISSUER = re.compile(r"^\s*(?:或者|或是|或|和|及|与|、|以及)\s*第?(\d{1,5})\s*号(?:文件|文)?")


def _bare_numbers(r: Reading, catalog: Catalog) -> list[Mention]:
    """«182号那两个», «１３６号对应哪几个项目»: a stored document's number alone."""
    out = []
    for m in list(r.finditer(_BARE_NUMBER)):
        number = int(m.group(1))
        if number in catalog.ref_numbers:
            out.append(Mention("ref", m.start(), m.end(), ref=RefPattern(None, None, number, m[0])))
    return out


def _pairs(text: str) -> set[str]:
    """The pairs of adjacent Chinese characters in a text."""
    return {text[i:i + 2] for i in range(len(text) - 1)
            if all("\u4e00" <= c <= "\u9fff" for c in text[i:i + 2])}


def _by_use(words: str, owners: tuple[int, ...], catalog: Catalog) -> tuple[int, ...]:
    """The one owner whose use of funds and goal share clearly more of the words (character
    pairs beyond its name) than the others'; all of them when none leads by two pairs."""
    asked = _pairs(words)
    scored = sorted(((len(asked & _pairs(catalog.texts.get(pid, ""))), pid) for pid in owners),
                    reverse=True)
    if scored[0][0] >= 2 and scored[0][0] >= scored[1][0] + 2:
        return (scored[0][1],)
    return owners


def _name_tail(after: str, owners: tuple[int, ...],
               catalog: Catalog) -> tuple[str, tuple[int, ...]]:
    """The words after a document number that continue the owners' names, and the owners whose
    names they continue best («136号提前下达2025年中央…» is one of the two 136号 projects)."""
    best, kept = "", owners
    lead = re.match(r"^(?:文件|文)?(?:的|那个|这个|那笔|这笔)?", after).group(0)
    for pid in owners:
        name = _plain(catalog.by_id[pid].name)
        rest = name[name.find("号") + 1:]
        common = longest_common(after[len(lead):], rest)
        if not common or not after[len(lead):].startswith(common) or len(common) < 4:
            continue
        common = lead + common
        if len(common) > len(best):
            best, kept = common, (pid,)
        elif len(common) == len(best) and best:
            kept += (pid,)
    return (best, kept) if len(best) >= 2 else ("", owners)


def _projects(r: Reading, catalog: Catalog) -> list[Mention]:
    out = []
    for m in list(r.finditer(re.compile(r"(?<![\d.])(\d{3,})(?=\s*(?:项目|那个|这个|的项目|的那个))"))):
        # «12315项目», «12315那个»: a name that starts with figures, said by them alone
        found = [p for p in catalog.projects if _plain(p.name).startswith(m.group(1))]
        if found and len({_plain(p.name) for p in found}) == 1:
            r.take(m.start(1), m.end(1), "name")
            out.append(Mention("name", m.start(1), m.end(1), projects=tuple(p.id for p in found)))
    amount = _by_amount(r, catalog)
    if amount:
        out.append(amount)
    for _ in range(2):  # «A比B多多少»: two projects named
        mention = _named(r, catalog)
        if not mention:
            break
        out.append(mention)
    if out:
        return out
    topic = _topic(r.free)
    if topic:
        ids = tuple(p.id for p in catalog.with_topic(topic[2]))
        if ids:
            r.take(topic[0], topic[1], "topic")
            return [Mention("topic", topic[0], topic[1], projects=ids, text=topic[2])]
    shared = _shared_words(r, catalog)
    if shared:
        return [shared]
    within = _WITHIN.search(r.free)
    if within and not any(w in within.group(1) for w in _GENERIC) and _without_generic(within.group(1)):
        found = catalog.with_topic(within.group(1))
        if found:
            r.take(within.start(1), within.end(1), "topic")
            return [Mention("topic", within.start(1), within.end(1),
                            projects=tuple(p.id for p in found), text=within.group(1))]
    phrase = _project_phrase(r.free)
    if phrase:
        found = [p for p in catalog.projects
                 if phrase in _plain(p.name) or in_order(phrase, _plain(p.name))]
        if found:
            at = r.take_word(phrase, "name")
            return [Mention("name", at, at + len(phrase), projects=tuple(p.id for p in found))]
    pointed = _pointed(r.free)
    if pointed:  # «厕所那个», «特教那个»: a few words of one name, said before «那个»
        found = _by_words(pointed[2], catalog)
        if found:
            r.take(pointed[0], pointed[1], "name")
            return [Mention("name", pointed[0], pointed[1], projects=tuple(p.id for p in found))]
    loose = _project_phrase(r.free, loose=True)
    if len(loose) == 3 and not any(w in loose for w in _GENERIC + _NOT_A_NAME):
        # «大中修项目»: three characters written as in one name (not merely in its order)
        found = [p for p in catalog.projects if loose in _plain(p.name)]
        if found and len({re.sub(r"\d{4}年(?:度)?", "", _plain(p.name)) for p in found}) == 1:
            at = r.take_word(loose, "name")
            return [Mention("name", at, at + len(loose), projects=tuple(p.id for p in found))]
    for words in _tails(loose):
        # «两个局都有县级配套的项目»: the end of the phrase, written as in the names
        found = [p for p in catalog.projects if words in _plain(p.name)]
        before = loose[:len(loose) - len(words)][-2:]
        if found and len(before) == 2 and not re.search(f"[{NOT_QUALIFYING}有都些各]", before) \
                and not any(before in _plain(p.name) for p in found):
            break  # «城镇职工医疗保险补助»: the words that qualify «保险补助» are in none of these names
        if found:
            at = r.take_word(words, "name")
            return [Mention("name", at, at + len(words), projects=tuple(p.id for p in found))]
    for m in _FUNDS.finditer(r.free):
        # «人影经费» of «人工影响天气作业经费»: a shortened name, its first character the name's
        # own, its characters in order in one stored name only
        words = _without_request(m.group(0))
        head = words[:len(words) - len(re.search(_FUNDS_TAIL + "$", words).group(0))]
        if len(head) < 2 or any(w in head for w in _NOT_A_NAME):
            continue
        found = [p for p in catalog.projects
                 if _LEAD_NUMBER.sub("", _plain(p.name)).startswith(head[0]) and in_order(words, _plain(p.name))]
        if found and len({_plain(p.name) for p in found}) == 1:
            at = r.take_word(words, "name")
            if at >= 0:
                return [Mention("name", at, at + len(words), projects=tuple(p.id for p in found))]
    described = _DESCRIBED.search(r.free)
    if described and not any(w in (described.group(1) or described.group(2)) for w in _GENERIC) and "指标" not in r.free:
        found = catalog.described_in(described.group(1) or described.group(2))
        if found:
            r.take(described.start(), described.end(), "described")
            return [Mention("described", described.start(), described.end(),
                            projects=tuple(p.id for p in found), text=described.group(1) or described.group(2))]
    return []


# Characters a name may follow in a question («那个…», «的…», «给…»)
_BEFORE_NAME = set("的那这个里中和与及是在给把对了呢吧说问看查请下从按跟同或笔项些几两三四五算除")


def _shared_words(r: Reading, catalog: Catalog) -> Mention | None:
    """«就业补助资金一共多少»: words several project names share verbatim (four or more
    characters, not only generic ones like 补助资金): all those projects. Not when an indicator's
    name holds the same words (then the rows are meant)."""
    free = nfkc(r.free)
    cores = catalog._candidate_cores(free)
    best = ""
    han = [("\u4e00" <= c <= "\u9fff") for c in free]
    at_best = -1
    for i in range(len(free)):
        if i > 0 and han[i - 1] and free[i - 1] not in _BEFORE_NAME:
            continue  # «高标准农田建设县级配套资金»: the words belong to a longer name
        j = i + max(4, len(best) + 1)
        while j <= len(free) and all(han[i:j]) and any(free[i:j] in core for core in cores):
            if j - i > len(best):
                best, at_best = free[i:j], i
            j += 1
    if len(best) < 4:
        return None
    if len(distinctive(best)) < 2 or any(best in level3 for level3 in catalog.level3s):
        return None
    found = [p for p in catalog.projects if best in nfkc(p.name)]
    if not found:
        return None
    at = at_best
    r.take(at, at + len(best), "name")
    return Mention("name", at, at + len(best), projects=tuple(p.id for p in found))


_LEVELS = ("中央", "省级", "市级", "县级")
_LEVEL = re.compile("|".join(_LEVELS))


def _level_checked(r: Reading, catalog: Catalog, mentions: list[Mention]) -> list[Mention]:
    """«县级城乡居民养老那个项目»: a level said with the name leaves out the projects whose names
    say another level (省级, 中央); a mention left with none names no stored project."""
    out = []
    for m in mentions:
        level = _LEVEL.search(r.text[max(0, m.start - 3):m.end]) if m.kind == "name" else None
        if level is None:
            out.append(m)
            continue
        kept = tuple(i for i in m.projects if i in catalog.by_id and (
            level.group(0) in catalog.by_id[i].name  # «县级运动队参加市级以上比赛»: both its own
            or not any(w in catalog.by_id[i].name for w in _LEVELS)))
        if not kept:
            kept = _level_in_use(r.text[level.end():m.end], level.group(0), catalog)
        if kept:
            out.append(replace(m, projects=kept, ambiguous=m.ambiguous and len(kept) > 1))
    return out


_DEPARTMENT_END = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:局|委员会|委|办公室|办|中心|院|厅)")


def _inside_department(r: Reading, catalog: Catalog, m: Mention) -> bool:
    """«自然资源和规划局所有项目»: the words of a project name that begin a stored department's
    name («自然资源» of «自然资源执法监察经费») name the department, not the project."""
    if m.kind != "name":
        return False
    tail = _DEPARTMENT_END.match(r.text, m.end)
    if tail is None:
        return False
    said = r.text[m.start:tail.end()]
    if not catalog.departments_named(said):
        return False
    # the project's own name does not go on that way («…执法监察经费» vs «…和规划局»)
    return not any(said in nfkc(catalog.by_id[i].name) for i in m.projects if i in catalog.by_id)


def other_kind_before(r: Reading, catalog: Catalog, m: Mention) -> str:
    """The words written right before a project's name that say another kind of it: three or
    more characters none of its names holds («城乡医疗» before «救助资金»); no level, place or
    department word; asked once every reader has taken its words."""
    if m.kind != "name" or not m.projects:
        return ""
    span = nfkc(r.text[m.start:m.end])
    if not all(nfkc(p.name).endswith(span) and len(span) < 0.75 * len(p.name)
               for p in (catalog.by_id.get(i) for i in m.projects) if p):
        return ""  # only a name's generic tail («救助资金» of «临时救助资金») can name another kind
    a = m.start
    while a > 0 and r.owner[a - 1] is None and re.match(r"[\u4e00-\u9fff]", r.text[a - 1]) \
            and r.text[a - 1] not in "的那这个笔该其在和与及、把给对将问说下":
        a -= 1  # («想问下创业扶持资金»: the asking words are no kind of project)
    before = _LEVEL.sub("", r.text[a:m.start])
    names = "".join(catalog.by_id[i].name for i in m.projects if i in catalog.by_id)
    new = [c for c in before if c not in names]
    if len(new) < 3 or any(in_order(before, d) for d in catalog.departments):
        return ""
    return r.text[a:m.start]


_PHRASE_STOP = "的那这个笔该其在和与及、把给对将里中是有为要呢吗啊问说"
_GENERIC_WORDS = re.compile(r"项目|专项|工作|经费|资金|补助|补贴|配套|相关|有关|工程")


def conflicting_name(r: Reading, catalog: Catalog, m: Mention) -> str:
    """«消防安全宣传教育培训经费» where the store has «安全生产宣传教育培训经费», «水质自动监测站»
    for «空气质量自动监测站», «公共实训基地市级配套» for «…县级配套»: the question writes out
    nearly a whole stored name with some of its words replaced (or two more of its own inside);
    that names another project, not this one. Returns the phrase as written, or ""."""
    if m.kind != "name" or not m.projects:
        return ""
    a, b = m.start, m.end
    while a > 0 and r.owner[a - 1] is None and re.match(r"[\u4e00-\u9fff]", r.text[a - 1]) \
            and r.text[a - 1] not in _PHRASE_STOP:
        a -= 1
    opened = b - 1 if b > a and r.text[b - 1] in "（(" else b  # (a match may end with the bracket)
    bracket = re.match(r"[（(][^（）()]{1,8}[）)]", r.text[opened:])
    if bracket and all(o is None for o in r.owner[opened + 1:opened + bracket.end()]):
        b = opened + bracket.end()  # «大数据审计平台（三期）建设»: the bracketed part belongs to the name said
    tail = re.match(r"[\u4e00-\u9fff]{0,8}?(?:工作经费|专项经费|补助资金|经费|资金|项目|补贴|补助|建设|工程)", r.text[b:])
    if tail and all(o in (None, "money") for o in r.owner[b:b + tail.end()]) and \
            not any(ch in _PHRASE_STOP for ch in tail.group(0)):
        b += tail.end()  # the rest of the name, to its «经费/资金/项目»
    if re.match(r"\s*的?\s*(?:那|这)\s*(?:个|笔|项|一个|一笔|一项)", r.text[b:]) and \
            (re.search(r"(?:给|为|帮|用于|用来)$", r.text[:a]) or re.search(r"发|用于|用来|给", r.text[a:b])):
        return ""  # «给城镇住房困难家庭发租房补贴的那个项目»: a description, not a name
    phrase = nfkc(r.text[a:b])
    if any(catalog.departments_named(phrase[i:]) for i in range(max(0, len(phrase) - 2))):
        return ""  # a department said in front of the name is scope, read elsewhere
    names = [nfkc(catalog.by_id[i].name) for i in m.projects if i in catalog.by_id]
    if names and all(_replaced(phrase, name) for name in names):
        return r.text[a:b]
    return ""


_ORDINAL = r"[一二三四五六七八九十\d]{1,3}"


def _replaced(phrase: str, name: str) -> bool:
    """Does `phrase` write most of `name` with some of it replaced, or with two or more
    characters of its own inside? Leaving words out, adding generic ones, or words before and
    after the name («我刚接手…», «…那张表») are no conflict."""
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, phrase, name, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    if matched < 0.6 * len(name) or matched < 4:
        return False  # a loose or short mention: a paraphrase, not a variant of this name
    ops = matcher.get_opcodes()
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        extra, lacking = phrase[i1:i2], name[j1:j2]
        if tag in ("equal", "insert") or not _GENERIC_WORDS.sub("", extra):
            continue
        if tag == "delete" and k in (0, len(ops) - 1):
            # words before the name; their own name only when the name's next words are
            # replaced too («消防» + 安全 + (生产)…, not «列出» + 社会保障工作经费)
            after = ops[k + 1:k + 3]
            if k == 0 and len(after) == 2 and after[0][0] == "equal" and after[0][2] - after[0][1] <= 3 \
                    and after[1][0] == "insert" and after[1][4] - after[1][3] >= 2 \
                    and len(_GENERIC_WORDS.sub("", extra)) >= 2:
                return True
            continue
        if tag == "replace" and re.fullmatch(_ORDINAL, extra) and re.fullmatch(_ORDINAL, lacking):
            return True  # «（三期）» for «（二期）», «第二批» for «第一批»
        level = _LEVEL.search(phrase[max(0, i1 - 1):i2 + 1])
        if tag == "replace" and level and _LEVEL.search(name[max(0, j1 - 1):j2 + 1]):
            return True  # 市级 for 县级
        if tag == "delete" and len(_GENERIC_WORDS.sub("", extra)) >= 2:
            return True  # two characters of its own inside the name
        if tag == "replace" and len(extra) + len(lacking) >= 3 and len(lacking) <= 4 and k > 0:
            return True  # «残疾人» for «残疾儿童»
        if tag == "replace" and k == 0 and ops[1:2] and ops[1][0] == "equal" and not re.search(r"\d", lacking) \
                and (len(extra) == 1 < len(lacking) or len(extra) == len(lacking) >= 2):
            return True  # «水» + 质 for «空气» + 质, «城镇» for «农村» (not «如果» before «农村公路»)
    return False


def other_kind_after(r: Reading, catalog: Catalog, m: Mention) -> str:
    """The words written right after a project's name's head, before «经费/资金/项目», that say
    another project: three or more characters none of its names holds («特种设备» then
    «定期检验补助» then «经费», where the store has «特种设备安全监察经费»)."""
    if m.kind != "name" or not m.projects:
        return ""
    span = nfkc(r.text[m.start:m.end])
    if not all(nfkc(p.name).startswith(span) and len(span) < 0.75 * len(p.name)
               for p in (catalog.by_id.get(i) for i in m.projects) if p):
        return ""  # only a name's head can be continued by another project's words
    tail = re.match(r"([\u4e00-\u9fff]{3,10}?)(?:工作经费|专项经费|补助资金|经费|资金|专项|项目)", r.text[m.end:])
    if not tail or any(o not in (None, "row") for o in r.owner[m.end:m.end + tail.end(1)]) or \
            re.search(r"[的那这个笔该其在和与及、把给对将里中是有]", tail.group(1)):
        return ""
    names = "".join(catalog.by_id[i].name for i in m.projects if i in catalog.by_id)
    new = [c for c in tail.group(1) if c not in names]
    return r.text[m.start:m.end + tail.end()] if len(new) >= 3 else ""


def _level_in_use(words: str, level: str, catalog: Catalog) -> tuple[int, ...]:
    """«县级城乡居民养老» when no name says 县级: the one project whose name holds the words in
    order, names no level, and whose 资金用途 or 绩效目标 says that level («发放县级基础养老金»)."""
    words = re.sub(r"[的那个项目笔]", "", words)
    if len(words) < 4:
        return ()
    found = tuple(p.id for p in catalog.projects
                  if in_order(words, nfkc(p.name)) and not _LEVEL.search(p.name)
                  and level in catalog.texts.get(p.id, "")[len(p.name):]
                  and not any(w in catalog.texts.get(p.id, "") for w in _LEVELS if w != level))
    return found if len(found) == 1 else ()


def _named(r: Reading, catalog: Catalog) -> Mention | None:
    """Projects named in full (or most of the name), else by a unique abbreviation — unless an
    indicator's name matches the same words at least as well (then the rows are meant)."""
    free = r.free
    named, span = catalog.named_in(free)
    if not named:
        named, span = catalog.abbreviated_in(free)
    if not named or not span.strip():
        return None
    rows, row_span = catalog.rows_named_in(free)
    row_projects = {x.project_id for x in rows}
    overlapping = bool(rows) and (row_span in span or span in row_span
                                  or len(longest_common(row_span, span)) >= 4)
    header_asked = bool(re.search(r"预算|多少钱|资金|经费|拨款|用途|干什么|干啥", free))
    if overlapping and (len(row_span) > len(span) or (
            len(row_span) == len(span) and not row_projects <= {p.id for p in named}
            and not header_asked)):  # «…县级那个项目预算多少»: the project, its budget
        return None
    # «厕所革命资金总额»: a field word after the name belongs to the field, not the name
    after = free[free.find(span) + len(span):]
    for word in ("资金", "经费"):
        if span.endswith(word) and len(span) - len(word) >= 4 and re.match(r"\s*(总额|总数|数|多少|是多少|有多少)", after):
            span = span[:-len(word)]
    at = r.take_word(span, "name")
    if at < 0:
        return None
    lead = re.search(r"[0-9A-Za-z+＋]+$", r.text[:at])
    if lead and any(_plain(lead.group(0) + span) in _plain(p.name) or (
            len(lead.group(0)) >= 3 and _plain(p.name).startswith(lead.group(0))
            and in_order(_plain(lead.group(0) + span), _plain(p.name))) for p in named):
        # «12315消费投诉举报那个项目», «12345热线运维经费» of «12345政务服务便民热线运维经费»:
        # the figures a name starts with belong to it
        r.take(lead.start(), at, "name")
        at = lead.start()
        span = lead.group(0) + span
    also = _also_meant(r, catalog, named, span, at)
    ids = tuple(p.id for p in named) + also
    return Mention("name", at, at + len(span), projects=ids, ambiguous=bool(also))


def _without_generic(words: str) -> str:
    for word in ("工作经费", "经费", "资金", "项目", "补助资金", "工作"):
        words = words.replace(word, "")
    return words


_PLAIN_PAIRS = {"项目", "资金", "经费", "那个", "这个", "那笔", "这笔", "多少", "几个", "是多", "的项",
                "目的", "预算", "一下", "请问"}


def _also_meant(r: Reading, catalog: Catalog, named, span: str, at: int) -> tuple[int, ...]:
    """Other projects the question may mean: «中央下达的城乡居民基础养老金补助» matches one name
    best by its longest run, but «中央», «下达» are in another's name and not in it. Both are
    then named to the user, who is asked which one is meant."""
    start, end = clause_bounds(r.text, at)
    # the phrase around the name only: not the words of another project joined by «和»
    joins = [m.end() for m in re.finditer(r"和|与|及|跟|同|、", r.text[start:at])]
    start = start + (joins[-1] if joins else 0)
    later = re.search(r"和|与|及|跟|同|、", r.text[at + len(span):end])
    end = at + len(span) + later.start() if later else end
    rest = r.free[start:end]
    pairs = _pairs(rest) - _PLAIN_PAIRS
    names = [_plain(p.name) for p in named]
    if _plain(span) in names:  # the whole name written: nothing else is meant
        return ()
    telling = {x for x in pairs if not any(x in n for n in names)}
    if not telling:
        return ()
    chosen = {p.id for p in named}
    # the names sharing words with the phrase (all of them in a small store), not every project
    candidates = {p.id for core in catalog._candidate_cores(r.text[start:end]) for p in catalog.by_core[core]}
    return tuple(p.id for p in catalog.projects if p.id in candidates and p.id not in chosen
                 and len({x for x in telling if x in _plain(p.name)}) >= 2
                 and len(_without_generic(longest_common(span, _plain(p.name)))) >= 3)


def _by_amount(r: Reading, catalog: Catalog) -> Mention | None:
    """«8000万那个项目», «1468.8万那个中央就业补助»: projects with exactly that budget."""
    for m in _AMOUNT_NAMED.finditer(r.free):
        unit = m.group(2) if m.group(2).endswith("元") else f"{m.group(2)}元"
        try:
            number = q.number(m.group(1))  # «一千二百万那个项目»
        except (ValueError, ArithmeticError):
            continue
        fen = to_fen(Decimal(number), unit)
        ids = tuple(pid for pid, f in catalog.budget_fen.items() if f is not None and f == fen)
        if not ids:
            continue
        r.take(m.start(), m.end(), "amount")
        if len(ids) > 1:  # several projects of that amount: the question's words pick one
            hits = {int(h.id) for h in catalog.name_index.search(r.free, 50)}
            kept = tuple(i for i in ids if catalog.cores.index(catalog.by_id[i].core) in hits)
            ids = kept or ids
        return Mention("amount", m.start(), m.end(), projects=ids)
    return None


def _topic(free: str) -> tuple[int, int, str] | None:
    m = _TOPIC.search(free)
    if not m:
        return None
    topic, start = m.group(1), m.start(1)
    for prefix in ("哪些", "全部", "所有", "列出", "有关", "涉及", "关于", "属于"):
        if topic.startswith(prefix):
            topic, start = topic[len(prefix):], start + len(prefix)
    return (start, m.end(), topic) if topic else None


def _tails(phrase: str) -> list[str]:
    """The ends of a phrase that could be a name: 4+ characters, not only generic words."""

    out = []
    for start in range(1, max(1, len(phrase) - 3)):
        words = phrase[start:]
        if len(distinctive(words)) >= 2 and not any(w in words for w in _GENERIC):
            out.append(words)
    return out


_FUNDS_TAIL = r"(?:工作)?(?:经费|资金|基金)"
# a year or a document number a name may start with («2025年…», «冀财社【2024】133号…»)
_LEAD_NUMBER = re.compile(r"^(?:\d{4}年度?|[\u4e00-\u9fff]{1,8}[〔【\[(（]\d{4}[〕】\])）]\d{1,4}号)")
_FUNDS = re.compile(rf"([\u4e00-\u9fff]{{2,8}}?){_FUNDS_TAIL}")
_NOT_A_NAME = ("财政", "其他", "预算", "项目", "全部", "所有", "这些", "那些", "那笔", "这笔", "各项", "全局",
               "部门", "专项", "总", "自筹", "配套", "补助", "那个", "这个", "它的", "他们", "它们", "哪些",
               "哪个", "多少", "一共", "合计", "总共", "加起来", "局里", "今年", "明年", "去年", "的")


def _funds_phrase(free: str, catalog: Catalog) -> str:
    """«执法经费多少» in a store without such a project: the words before «经费/资金» that name
    something no stored project is called."""
    for m in _FUNDS.finditer(free):
        if words := _unstored(m.group(1), catalog):
            return words + m.group(0)[len(m.group(1)):]
    return ""


def _without_request(words: str) -> str:
    """The words of a name with the request words before them left off («请问…», «那…»)."""
    for lead in ("请问", "请", "那么", "那", "这", "的"):
        words = words.removeprefix(lead)
    return words


def _unstored(words: str, catalog: Catalog) -> str:
    """The words of a name, request words before them left off, when they could name a project
    and no stored project's name holds them in order; else ""."""
    words = _without_request(words)
    if len(words) < 2 or any(w in words for w in _NOT_A_NAME):
        return ""
    if any(in_order(words, nfkc(p.name)) for p in catalog.projects):
        return ""
    return words


def _row_inside_name(r: Reading, found: list[Mention], catalog: Catalog) -> tuple[str, tuple[int, int]]:
    """«应急广播系统运维经费多少钱»: a row's name («系统运维经费») ending a longer name of funds whose
    leading words («应急广播») no stored project has: that name, not the row, is what is asked.
    Returns the whole name and the span of its leading words."""
    for m in found:
        if m.kind != "row" or not re.search(_FUNDS_TAIL + "$", r.text[m.start:m.end]):
            continue
        lead = re.search(r"[\u4e00-\u9fff]{2,8}$", r.text[:m.start])
        if not lead or not r.is_free(lead.start(), lead.end()):
            continue
        words = _unstored(lead.group(0), catalog)
        if not words:
            continue
        start = m.start - len(words)
        return words + r.text[m.start:m.end], (start, m.start)
    return "", (0, 0)


def _project_phrase(free: str, loose: bool = False) -> str:
    """The words before «项目» when they look like a name: «农民工工资保证金项目的预算»,
    «贴息那个项目» (a demonstrative before 项目 marks a name even when it is short). `loose`
    keeps a phrase with generic words in front, for looking at its end."""
    m = _NAMED_PROJECT.search(free)
    if not m:
        return ""
    name = m.group(1)
    pointed = bool(re.search(r"(那|这)(个|笔|项)?$", name))
    name = _DEMONSTRATIVE.sub("", name).removesuffix("的")
    for word in _REQUEST_WORDS:
        name = name.removeprefix(word)
    if loose:
        return name if "的" not in name else name.rsplit("的", 1)[-1]
    if any(w in name for w in _GENERIC) or len(name) < (2 if pointed else 4):
        return ""
    # «对偏离绩效目标的项目» describes projects; it does not name one
    if "的" in name or name[0] in "对在把给为向从按由经" or any(
            w in name for w in ("指标", "目标", "绩效")):
        return ""
    if re.search(r"没|无|不|未|既|也", name):
        return ""  # «既没数字也没日期的项目» describes projects; it does not name one
    return name


# «厕所那个 …», «特教那个 24年…»: at the start of a clause, a few words then «那个/那笔/那项»
_POINTED = re.compile(r"(?:^|(?<=[\s，,。？?！!：:；;]))(?:咱们|咱|我们|县里|局里|就是)?"
                      r"([\u4e00-\u9fff]{2,10}?)的?(?:那个|那笔|那项|那块)(?!项目|指标|[\u4e00-\u9fff]{0,3}指标)")

# «那贴息的呢» after «创业扶持资金多少钱»: the same question of another project, named by a few words
_OTHER_ONE = re.compile(r"^\s*(?:那么|那)\s*([\u4e00-\u9fff]{2,8}?)的?(?:那个|项目)?呢\s*[？?]?\s*$")


def _pointed(free: str) -> tuple[int, int, str] | None:
    """The words before «那个» when they could be part of a project's name (no field, no
    generic word, no figure)."""
    m = _POINTED.search(free) or _OTHER_ONE.match(free)
    if not m:
        return None
    words = m.group(1)
    if any(w in words for w in _GENERIC + _NOT_A_NAME) or re.search(
            r"指标|目标|预算|资金|金额|钱|最|满意|比例|部门|文件|号|年|月|局|委|办|县|镇|乡", words):
        return None
    return m.start(1), m.end(1), words


def _by_words(words: str, catalog: Catalog) -> list:
    """Projects whose name holds the words, or (an abbreviation, «特教», «计生») their characters
    in order; one name's projects only (the same name in several years counts once)."""
    found = [p for p in catalog.projects if words in _plain(p.name)]
    if not found:
        found = [p for p in catalog.projects if in_order(words, _plain(p.name))]
    if not found and len(words) >= 3:  # «慰问老干部»: 老干部春节慰问, the words in another order
        found = [p for p in catalog.projects if set(words) <= set(_plain(p.name))]
    names = {re.sub(r"\d{4}年(?:度)?", "", _plain(p.name)) for p in found}
    return found if len(names) == 1 else []


def pointed_unknown(free: str, catalog: Catalog) -> str:
    """Words before «那个» that name no stored project, or several: the question is about one
    project that was not recognised."""
    pointed = _pointed(free)
    return pointed[2] if pointed and not _by_words(pointed[2], catalog) else ""


def _plain(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", text)


def quoted_phrases(r: Reading) -> list[tuple[int, int, str]]:
    return [q for q in quoted(r.free)]
