"""What the planner knows of the store: project names, indicator rows, departments and years."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from difflib import SequenceMatcher

from ingest import quantity as q
from ingest.policy_refs import find_policy_refs
from store.keywords import BM25Index
from store.queries import Queries

_REF_PREFIX = re.compile(r"^.{0,20}?[〔【\[［(（]\s*\d{4}\s*[〕】\]］)）]\s*\d+\s*号文?")
_YEAR_PREFIX = re.compile(r"^(19|20)\d{2}年(度)?")
_ADMIN_SUFFIX = ("本级",)
# Words many project names share; an abbreviation made only of them names no one project.
GENERIC_NAME_WORDS = ("资金", "经费", "项目", "补助", "补贴", "财政", "预算", "工作", "专项", "县级",
                      "省级", "中央", "提前", "下达", "通知", "建设", "管理", "服务", "保障", "支出",
                      "年度", "计划", "以上", "以下", "以内", "一半", "全部", "所有")


# Share of a description's words a project's name, use of funds and goal must hold.
DESCRIBED_COVERAGE = 0.5


@dataclass(frozen=True)
class ProjectEntry:
    """A project as the planner sees it."""

    id: int
    code: str
    name: str
    core: str  # the name without a leading document number or year, for matching
    department: str
    year: int | None
    source: str
    seq: int


@dataclass(frozen=True)
class RowEntry:
    """An indicator row as the planner sees it."""

    id: int
    project_id: int
    level1: str
    level2: str
    level3: str
    description: str
    unit: str | None = None  # of the target, as written («元/场»)
    number: Decimal | None = None


# Characters that end a phrase rather than qualify a name after them («除了旅游厕所», «和文物修缮»):
# the two characters before a short name are not words of another name when they hold one
NOT_QUALIFYING = "的那这和与及或是个笔项年局了除把比对给跟同在从于让被将"


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def core_name(name: str) -> str:
    """A project name without its leading document number or year («冀财社【2024】133号…» → «…»)."""
    core = _REF_PREFIX.sub("", nfkc(name)).strip()
    core = _YEAR_PREFIX.sub("", core).strip()
    return core or nfkc(name)


def longest_common(a: str, b: str) -> str:
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return a[m.a:m.a + m.size]


class Catalog:
    """A snapshot of names and rows, rebuilt when the store changes."""

    def __init__(self, queries: Queries):
        rows = queries.catalog_projects()
        self.projects = [
            ProjectEntry(r["id"], r["code"], r["name"], core_name(r["name"]), r["department"],
                         r["year"], r["source"], r["seq"]) for r in rows]
        self.by_id = {p.id: p for p in self.projects}
        self.budget_fen = {r["id"]: r["budget_fen"] for r in rows}
        self.money_fen = {r["id"]: {"budget": r["budget_fen"], "fiscal": r["fiscal_fen"],
                                    "other": r["other_fen"]} for r in rows}
        units = [r["unit"] for r in rows]
        # The unit most tables are written in: a bare «100» in a question is read in it.
        self.money_unit = max(set(units), key=units.count) if units else "万元"
        self.rows = [
            RowEntry(r["id"], r["project_id"], r["level1"], r["level2"], r["level3"],
                     r["description"], r["unit"], None if r["number"] is None else Decimal(str(r["number"])))
            for r in queries.catalog_rows()]
        # Titles the 指标值确定依据 cites in book-title marks: laws, plans, standards («《文物保护法》»)
        self.titles = sorted({t.strip() for text in queries.basis_texts("《")
                              for t in re.findall(r"《([^《》]{2,60})》", nfkc(text))}, key=len, reverse=True)
        self.row_project = {r.id: r.project_id for r in self.rows}
        self.rows_of: dict[int, list[RowEntry]] = {}
        for r in self.rows:
            self.rows_of.setdefault(r.project_id, []).append(r)
        self.row_by_key = {str(r.id): r for r in self.rows}
        self.row_index = BM25Index(
            [(str(r.id), f"{r.level3} {r.level3} {r.description}") for r in self.rows])
        # Names and row names repeat across departments and years: match each distinct one once.
        self.by_core: dict[str, list[ProjectEntry]] = {}
        for p in self.projects:
            self.by_core.setdefault(p.core, []).append(p)
        self.cores = list(self.by_core)
        self.name_index = BM25Index([(str(i), core) for i, core in enumerate(self.cores)])
        self.by_level3: dict[str, list[RowEntry]] = {}
        for r in self.rows:
            self.by_level3.setdefault(nfkc(r.level3), []).append(r)
        self.level3s = list(self.by_level3)
        self.level3_index = BM25Index([(str(i), name) for i, name in enumerate(self.level3s)])
        texts = {r["id"]: f"{r['name']} {r['use_text']} {r['goal']}" for r in rows}
        self.texts = {i: text for i, text in texts.items()}  # name, use of funds, goal
        self.text_index = BM25Index([(str(p.id), texts[p.id]) for p in self.projects])
        self.name_refs = {p.id: find_policy_refs(p.name) for p in self.projects}
        self.issuers = queries.issuers()
        self.ref_numbers = queries.ref_numbers()
        self.departments = queries.departments()
        self.years = queries.years()
        # 实施单位 as printed (one cell may list several: «魏县图书馆、魏县文化馆»), by project
        self.implementer_of = {r["id"]: r.get("implementer") or "" for r in rows}
        # The budget's parts as printed (本级财政, 上级补助 …): their labels, and each project's in 分
        self.part_labels = queries.part_labels()
        for pid, label, fen in queries.money_parts() if self.part_labels else ():
            money = self.money_fen.setdefault(pid, {})
            money[f"part:{label}"] = money.get(f"part:{label}", 0) + fen
        # Other header fields as printed (项目属性 新增项目, 项目期限 2025—2027年): label → values
        self.attribute_values: dict[str, set[str]] = {}
        for _, label, value in queries.attribute_values():
            self.attribute_values.setdefault(label, set()).add(value)

    # -- names ---------------------------------------------------------------------------

    def total_fen(self, money: str, ids: tuple[int, ...]) -> int:
        """The sum of a money field over some projects, in 分 (其他资金 derived where absent)."""
        total = 0
        for pid in ids:
            m = self.money_fen[pid]
            value = m.get(money)
            if money == "other" and value is None and None not in (m["budget"], m["fiscal"]):
                value = m["budget"] - m["fiscal"]
            total += value or 0
        return total

    def named_by_ref(self, pattern) -> tuple[int, ...]:
        """Projects whose name carries a document number («冀财社【2024】182号…»)."""
        return tuple(pid for pid, refs in self.name_refs.items()
                     if any(pattern.matches(ref) for ref in refs))

    def codes_in(self, text: str) -> list[ProjectEntry]:
        return [p for p in self.projects if p.code and p.code in text]

    def named_in(self, text: str, min_chars: int = 4) -> tuple[list[ProjectEntry], str]:
        """Projects whose name the question mentions, best first, with the matched words.

        A mention is the longest common substring with the project's core name: the whole core
        name, or at least `min_chars` characters covering 60% of it. Projects sharing the best
        mention's words are all returned (two tables may carry one name).
        """
        text = nfkc(text)
        best: list[ProjectEntry] = []
        best_key, match = (0, 0.0), ""
        commons = {core: longest_common(text, core) for core in self._candidate_cores(text)}
        for core, common in commons.items():
            if len(common) < min_chars:
                continue
            bare = _bare(core) in common and not any(
                len(other) > len(common) and common in other for other in commons.values())
            cover = 1.0 if core in text or bare else len(common) / len(core)
            if cover < 0.6:
                continue
            key = (len(common), cover)
            if key > best_key:
                best, best_key, match = list(self.by_core[core]), key, common
            elif key == best_key and common == match:
                best.extend(self.by_core[core])
        if len(match) >= 6 and best_key[1] < 1.0:
            # «中央就业补助资金»: every project whose name holds the words, not only the closest
            for core in self._candidate_cores(match):
                if match in core and not any(p in best for p in self.by_core[core]):
                    best.extend(self.by_core[core])
        return best, match

    def _candidate_cores(self, text: str, k: int = 50) -> list[str]:
        """Distinct project names sharing words with the text (all of them in a small store)."""
        if len(self.cores) <= k:
            return self.cores
        return [self.cores[int(h.id)] for h in self.name_index.search(text, k)]

    def rates_of(self, project_id: int, per: str) -> list[tuple[Decimal, str]]:
        """The project's money targets per one unit («150元/场» for 场): (number, 元 or 万元)."""
        out = []
        for r in self.rows_of.get(project_id, ()):
            money, _, rest = (r.unit or "").partition("/")
            if r.number is not None and money in ("元", "万元") and (
                    rest == per or not rest and f"每{per}" in r.level3):  # «每公里年度养护成本 ≤0.68万元»
                out.append((r.number, money))
        if not out:  # «补贴标准为每亩60元» in the use of funds or the goal
            for clause in re.split(r"[，。；,;]", self.texts.get(project_id, "")):
                if f"每{per}" in clause:
                    out += [(a.value, a.unit) for a in q.find_amounts(clause) if a.unit in ("元", "万元")]
            out = list(dict.fromkeys(out))
        return out

    def abbreviated_in(self, text: str, min_chars: int = 4) -> tuple[list[ProjectEntry], str]:
        """Projects named by an abbreviation: a run of the question whose characters appear in
        order in exactly one project name («老干部慰问资金» ⊂ «县级离退休老干部春节慰问…资金»)."""
        text = nfkc(text)
        best: tuple[int, str, list[ProjectEntry]] = (0, "", [])
        for core in [self.cores[int(h.id)] for h in self.name_index.search(text, 10)]:
            span = _longest_subsequence_run(text, core)
            if len(span) < min_chars or len(span) <= best[0]:
                continue
            if len(span) < 6 and not self._short_abbreviation(span, core):
                continue
            if _qualified_otherwise(text, span, core):
                continue  # «高标准农田建设县级配套资金»: another project's name around the words
            at = text.find(span)
            before = text[max(0, at - 2):at]
            # (a long run too when its characters are scattered in the name: «工伤保险基金补助»)
            if (len(span) < 6 or span not in core) and len(before) == 2 and all("\u4e00" <= c <= "\u9fff" for c in before) \
                    and not any(c in core for c in before) and not re.search(f"[{NOT_QUALIFYING}果若设假问说让叫]", before):
                continue  # «工伤保险基金»: the words that qualify the run are not in this name
            if at == 1 and span not in core and "\u4e00" <= text[0] <= "\u9fff" and text[0] not in core \
                    and not re.search(f"[{NOT_QUALIFYING}果若设假那这该县市省区乡镇村级央]", text[0]):
                continue  # «药品安全监管…»: the run starts inside a word the name does not have
            owners = [c for c in self._candidate_cores(span) if in_order(span, c)]
            if owners == [core]:
                best = (len(span), span, list(self.by_core[core]))
        return best[2], best[1]

    def _short_abbreviation(self, span: str, core: str) -> bool:
        """A 4–5 character abbreviation («农机补贴», «执法经费», «创贷贴息») must be whole words of
        the name or its characters close together in it, keep a word that is not generic
        (财政资金 is a field, not a project), and not be the words of another project's indicator
        («养老金补贴…» names a row)."""
        if not _in_pieces(span, core) and not _compact(span, core):
            return False
        if len(distinctive(span)) < 2:
            return False
        owners = {p.id for p in self.by_core.get(core, [])}
        return not any(span in name and any(r.project_id not in owners for r in self.by_level3[name])
                       for name in self.level3s)

    def described_in(self, text: str, keep: float = 0.8) -> list[ProjectEntry]:
        """Projects whose name, use of funds and goal best match a description."""
        from store.keywords import coverage

        hits = self.text_index.search(text, 10)
        if not hits:
            return []
        # most of the description's words must be in the project's own text: «给退役军人发放优抚金»
        # is no project here, however well «发放» ranks one
        return [self.by_id[int(h.id)] for h in hits if h.score >= keep * hits[0].score
                and coverage(text, self.texts.get(int(h.id), "")) >= DESCRIBED_COVERAGE]

    def rows_named_in(self, text: str, min_chars: int = 5) -> tuple[list[RowEntry], str]:
        """Indicator rows whose 三级指标 the question names (verbatim, or nearly: 80%)."""
        text = nfkc(text)
        best: list[RowEntry] = []
        best_len, span = 0, ""
        names = self.level3s if len(self.level3s) <= 200 else [
            self.level3s[int(h.id)] for h in self.level3_index.search(text, 50)]
        # «一般登记的办结时限» names «一般登记办结时限»: a «的» put between its words
        kept = [i for i, c in enumerate(text) if c != "的"]
        plain = "".join(text[i] for i in kept)
        for name in names:
            if len(name) < min_chars:
                continue
            if name not in text and "的" not in name and (at := plain.find(name)) >= 0:
                said = text[kept[at]:kept[at + len(name) - 1] + 1]
                if len(name) > best_len:
                    best, best_len, span = list(self.by_level3[name]), len(name), said
                continue
            common = name if name in text else longest_common(text, name)
            if len(common) < min_chars or len(common) < 0.8 * len(name):
                continue
            if len(common) > best_len:
                best, best_len, span = list(self.by_level3[name]), len(common), common
            elif len(common) == best_len and common == span:
                best.extend(self.by_level3[name])
        return best, span

    def row_of_named(self, text: str, project_ids: set[int], min_chars: int = 4) -> tuple[list[RowEntry], str]:
        """The one row of the named projects the question names loosely («养老金补贴到位后每人
        每月增收» for «养老金补贴到位增加收入»): the longest run of its 三级指标 in the question,
        at least `min_chars` characters besides «的» and 35% of the name, and two characters longer
        than any other row's run (a tie names no row)."""
        text = nfkc(text)
        scored = sorted(((len(c.replace("的", "")), r.id, c, r) for pid in project_ids for r in self.rows_of.get(pid, ())
                         for c in [longest_common(text, nfkc(r.level3))]), key=lambda x: (-x[0], x[1]))
        if not scored:
            return [], ""
        size, _, common, row = scored[0]
        runner = scored[1][0] if len(scored) > 1 else 0
        if size < min_chars or size < 0.35 * len(nfkc(row.level3)) or size < runner + 2:
            return self._row_abbreviated(text, project_ids, min_chars)
        return [row], common

    def _row_abbreviated(self, text: str, project_ids: set[int], min_chars: int) -> tuple[list[RowEntry], str]:
        """«可研报告» for «可行性研究报告编制数量»: a run of the question whose characters stand in
        order and close together in exactly one of the named projects' 三级指标, two characters
        longer than its run in any other row, and not only function or generic words."""
        scored = []
        for pid in project_ids:
            for r in self.rows_of.get(pid, ()):
                name = nfkc(r.level3)
                span = _longest_subsequence_run(text, name)
                while len(span) >= min_chars and not _compact(span, name):
                    span = span[:-1]  # «可研报告数» with 数 far off in the name: the close part
                span = span.strip("".join(_FUNCTION_CHARS))
                if _gaps(span, name) < 2:
                    span = ""  # (nearly) written as in the name: the substring reading above has judged it
                scored.append((len(span), r.id, span, r))
        scored.sort(key=lambda x: (-x[0], x[1]))
        if not scored:
            return [], ""
        size, _, span, row = scored[0]
        runner = scored[1][0] if len(scored) > 1 else 0
        if size < min_chars or size < runner + 2 or \
                len(distinctive("".join(c for c in span if c not in _FUNCTION_CHARS))) < 3:
            return [], ""
        return [row], span

    def with_budget(self, amount: str, unit: str) -> tuple[int, ...]:
        """Projects whose 预算数 equals an amount («8000万» → 8000 万元)."""
        return tuple(pid for pid, fen in self.budget_fen.items()
                     if fen is not None and fen == _fen(amount, unit))

    def with_topic(self, topic: str) -> list[ProjectEntry]:
        """Projects whose name contains a topic word («创业», «就业补助资金»)."""
        topic = nfkc(topic)
        if not topic:
            return []
        # «城乡居民养老保险相关» also means «城乡居民基本养老保险…»: the words in order
        loose = len(topic) >= 4
        return [p for p in self.projects
                if topic in nfkc(p.name) or (loose and in_order(topic, nfkc(p.name)))]

    # -- rows ----------------------------------------------------------------------------

    def search_rows(self, text: str, project_ids: set[int] | None = None,
                    k: int = 30) -> list[tuple[RowEntry, float]]:
        """Indicator rows ranked by BM25 over their name and description."""
        allowed = None if project_ids is None else {
            str(r.id) for r in self.rows if r.project_id in project_ids}
        return [(self.row_by_key[h.id], h.score) for h in self.row_index.search(text, k, allowed)]

    # -- scope ---------------------------------------------------------------------------

    def knows_department(self, mention: str) -> bool:
        """Does a department mention («人社局», «人力资源和社会保障局») match a stored one?"""
        return bool(self.departments_named(mention))

    def departments_named(self, mention: str) -> list[str]:
        """Stored departments a mention names. Abbreviations keep the full name's characters in
        order (人社局 ⊂ 人力资源和社会保障局)."""
        mention = nfkc(mention)
        found = []
        for dept in self.departments:
            full = nfkc(dept)
            for suffix in _ADMIN_SUFFIX:
                full = full.removesuffix(suffix)
            if mention in full or in_order(mention, full):
                found.append(dept)
        return found


def _fen(amount: str, unit: str) -> int:
    from decimal import Decimal

    from ingest.quantity import to_fen

    return to_fen(Decimal(amount), unit)


def _longest_subsequence_run(text: str, name: str) -> str:
    """The longest run of `text` whose characters occur in order in `name` (CJK only)."""
    best = ""
    for start in range(len(text)):
        if not "\u4e00" <= text[start] <= "\u9fff":
            continue
        it, end = iter(name), start
        while end < len(text) and "\u4e00" <= text[end] <= "\u9fff" and text[end] in it:
            end += 1
        if end - start > len(best):
            best = text[start:end]
    return best


_FUNCTION_CHARS = set("的了是在有和与及或都也就要请问说让叫那这个些把被给对向从为吗呢么哪几多少")


def _qualified_otherwise(text: str, span: str, name: str) -> bool:
    """Do three or more name-like characters written right before the span stand nowhere in the
    name? Then the question names some other project that happens to share these words."""
    at = text.find(span)
    before = ""
    for ch in reversed(text[:at]):
        if not "\u4e00" <= ch <= "\u9fff" or ch in _FUNCTION_CHARS:
            break
        before = ch + before
    return sum(ch not in name for ch in before) >= 3


def _compact(span: str, name: str) -> bool:
    """Do the span's characters occur in order within a stretch of the name at most twice as
    long as the span («创贷贴息» in «创业贷款贴息»)?"""
    for start in range(len(name)):
        if name[start] != span[0]:
            continue
        it, end = iter(range(start, len(name))), start
        ok = True
        for ch in span:
            for end in it:
                if name[end] == ch:
                    break
            else:
                ok = False
                break
        if ok and end - start + 1 <= 2 * len(span):
            return True
    return False


def _in_pieces(span: str, name: str) -> bool:
    """Is the span made of pieces of two or more characters that each occur in the name?"""
    if not span:
        return True
    return any(span[:n] in name and _in_pieces(span[n:], name)
               for n in range(len(span), 1, -1) if len(span) - n != 1)


def in_order(short: str, long: str) -> bool:
    """Do the characters of `short` occur in `long` in order (人社局 in 人力资源和社会保障局)?"""
    it = iter(long)
    return all(c in it for c in short)


def distinctive(words: str) -> str:
    """The words without the generic ones names share («资金», «经费», «项目»…)."""
    for word in GENERIC_NAME_WORDS:
        words = words.replace(word, "")
    return words


def _bare(core: str) -> str:
    """A name without its bracketed qualifier, as users say it: «城乡居民基本养老保险» for
    «城乡居民基本养老保险（基础养老金补助和缴费补贴）». The whole name when that leaves under four characters."""
    bare = re.sub(r"[（(][^（）()]*[）)]", "", core)
    return bare if bare != core and len(bare) >= 4 else core


def _gaps(span: str, name: str) -> int:
    """Where the span's characters, found in order in the name, skip some of the name's: two for
    «可研报告» in «可行性研究报告», none for a span written in the name as it is."""
    at, gaps = name.find(span[:1]), 0
    if at < 0:
        return 0
    for ch in span[1:]:
        nxt = name.find(ch, at + 1)
        if nxt < 0:
            return 0
        gaps += nxt > at + 1
        at = nxt
    return gaps
