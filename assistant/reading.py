"""A question being read: its normalised text and which reader took which characters.

Every reader takes the spans it understood. What is left at the end is checked for words that
carry meaning (a number, a comparison, «除了», «平均», «占» …): a plan that did not use them is
incomplete, and the assistant says so instead of answering a smaller question.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ingest.tables import MONEY_LABELS

MAX_QUESTION_CHARS = 300
FREE = "\u3000"  # what a taken character reads as in `free`

# Words that change what is asked. Left unread, they make the plan incomplete.
SIGNAL_WORDS = (
    "平均", "均值", "人均", "占", "比例", "比重", "百分之几", "百分之多少", "相差", "差额", "差距", "多多少",
    "少多少", "倍", "合计", "总计", "一共", "总共", "加起来", "之和", "总和", "除了", "除去", "扣除",
    "以外", "之外", "或者", "排名", "排第", "第几", "以上", "以下", "以内", "超过", "高于", "低于",
    "不足", "不到", "未达到", "没超过", "没有超过", "至少", "大于", "小于", "多于", "少于", "之间",
    "介于", "够", "上年", "去年", "上一年", "前一年", "同比", "往年", "新增的项目", "新增项目",
    "全是", "全部是", "全都是", "一个月", "每个月", "月均", "开头", "结尾", "最多", "最少",
    "期限最早", "期限最晚", "时限最早", "时限最晚", "最早的", "最晚的", "只设", "只有这一类",
    "不属于",
)
# A negation no reader took turns the answer into its opposite («没有写明…计划的项目»); not
# «（2023年没有的）», a reminder beside what is read, nor «没有一个…», which conditions read
_NEGATION = re.compile(r"没有")
# Bounds that, beside «多少», ask what the bound is rather than set one
_ASKED_BOUNDS = ("以上", "以下", "以内", "至少")
_ASK_BEFORE = re.compile(r"(?:多少|几)\s*(?:万元|万|元|人|个|户|亩|次|天|%)?\s*$")
_ASK_AFTER = re.compile(r"\s*(?:要|得|是|为|定为|定的|达到)?\s*(?:多少|几)")
# These change what is asked only when a number follows («增加8%»); «增加收入» names a row.
SIGNALS_BEFORE_NUMBERS = ("增长", "增加", "减少", "下降", "上浮", "下浮", "压减", "涨")
_NUMBER_AFTER = re.compile(r"^\s*了?\s*(\d|[一二两三四五六七八九十百]|百分之)")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
# The alternative after «或者»: «冀办发文件或者县长办公会议纪要的项目» must use both sides
_OR_WORDS = re.compile(r"或者|或是|或")
_ALTERNATIVE = re.compile(r"\s*([\u4e00-\u9fff]{4,16}?)(?=的|，|,|。|？|\?|$)")
_FILLER = re.compile(r"^(?:其他|其它|别的|什么|哪些|哪个|都行|都可以|也行|均可|之类|这类|等等|等|以上|以下)$")
# «比预算数还高»: a comparison no reader understood (not 比例, 比重, 比较, 比率, 对比)
_COMPARED = re.compile(r"(?<![对相])比(?![例重较率值对])[^，,。？?]{0,12}?(?:还|更)?(?:高|低|大|小|多|少|快|慢|早|晚)")
_QUOTED = re.compile(r"[“\"「『‘']([^”\"」』’']{1,60})[”\"」』’']")


@lru_cache(maxsize=1)
def _to_simplified():
    import opencc

    return opencc.OpenCC("t2s")


_OTHER_LABELS = sorted((label for label in MONEY_LABELS["other"] if label != "其他资金"), key=len, reverse=True)
_FIELD_WORD = re.compile(r"(?:其他|财政|自筹|本级财政|上级补助|中央|省级|市级|县级)(?:资金|拨款|补助)?|资金总额|预算数|财政资金|其他资金")


def normalize(question: str) -> str:
    """NFKC (full-width digits and signs), traditional characters as simplified, one line."""
    text = unicodedata.normalize("NFKC", question)
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    text = _to_simplified().convert(text)
    text = text.replace("其它", "其他")  # both are written; the tables' headers say 其他
    text = re.sub(r"仨(?!个)", "三个", re.sub(r"俩(?!个)", "两个", text))  # «钱最少的仨项目»
    # «标准从每亩60元提到65元»: what the figure would be; the old one is not used
    text = re.sub(r"(?:从|由)\s*(每[亩人户月年])?\s*[\d.]+\s*(?:万元|元|万|%|人|亩|户)?\s*"
                  r"(?:提到|提高到|调到|调高到|调整到|调整为|改为|改成|涨到|增加到|增至|提至|降到|降低到|降至|减到|"
                  r"下调到|上调到|下调为|上调为)\s*(?=[\d.])", lambda m: m.group(1) or "", text)
    # «“610号”这个文件»: quotes around a document number add nothing
    text = re.sub(r"[“\"「『]([^”\"」』]{0,20}?\d{1,5}\s*号(?:文件|文)?)[”\"」』]", r"\1", text)
    # «单位自筹», «自己筹的钱»: money the unit raises itself, which the tables call 其他资金
    text = re.sub(r"(?:单位)?自(?:己|行)?筹(?:集)?(?:的)?(?:资金|钱|经费|部分)?", "其他资金", text)
    # «一个人一年合多少元», «一批次平均多少元»: one of a unit, priced, is «每…»
    text = re.sub(r"(?<![\d一二三四五六七八九十百千万两第同这那该本此])一(?=(?:个|位|名|盏|台|套|辆|所|家|座|处|户|亩|批次|批|人次|人|份|件|吨|"
                  r"公里|平方米|张|页|次(?!性))[\u4e00-\u9fff]{0,8}?(?:多少|几)\s*(?:钱|元|万元|块))",
                  lambda m: m.group(0) if "每" in text[max(0, m.start() - 5):m.start()] else "每", text)  # (not «每培训一人次»)
    text = re.sub(r"每个人(?![员才])", "每人", text)  # «每个人» is per person, not per «个»
    # «全部指标都是定量的»: no row without a number
    text = re.sub(r"(?:全部|所有|全|各)?(?:的)?指标(?:全|都|全都|均|全部)(?:是|为)定量(?:的)?(?:指标)?", "没有定性指标", text)
    # «至少有一条指标是按…定的»: some row is (not a count of one); «一条定性指标也没有»: none is
    text = re.sub(r"(?:至少|起码|最少)\s*(?:有|设了|设有)?\s*(?:一|1)\s*(?:条|项|个)(?=[\u4e00-\u9fff]{0,8}?指标)", "有", text)
    text = re.sub(r"(?<![\d一二三四五六七八九十])(?:一|1)\s*(?:条|项|个)\s*(?P<x>[\u4e00-\u9fff]{0,8}?指标)\s*(?:也|都)(?:没有|没设|没)",
                  lambda m: f"没有{m.group('x')}", text)
    # «占全年资金的百分之几», «全年预算»: the year's money is the budget, not a plan's 12月底
    text = re.sub(r"全年(?:的)?(?=(?:资金|预算|经费|总资金|资金总额|总预算)(?!支出|计划|进度))", "", text)
    # «让我报个数：…»: a figure is wanted, no count of anything
    text = re.sub(r"(?:报|给|要|汇报)(?:一)?个数(?:字)?\s*[：:，,]?", "", text)
    # «啥时候要培训完»: when, in everyday words
    text = re.sub(r"啥时候|啥时|哪个时候|多会儿", "什么时候", text)
    # «计划用款», «当季用款»: spending as budget systems call it (not «用款计划», «用款单位»)
    text = re.sub(r"用款(?!计划|单位|进度计划)", "支出", text)
    # «一季度末计划一分钱都不花», «还没安排支出»: the plan's amount there is nothing (not «没有支出计划»)
    text = re.sub(r"(?:计划)?(?:一分钱|一分|一毛钱)(?:都|也)(?:不|没|没有)(?:打算)?(?:花|用|支出|安排|开支)"
                  r"|(?:还)?(?:没|未|没有)(?:计划)?安排(?:资金)?(?:支出|开支|花钱)(?!计划|进度)", "计划支出为0", text)
    # «其他资金（含上年结转）»: what the field holds, said beside its name
    text = re.sub(r"(其他资金)\s*[（(]\s*(?:含|包括|包含)[^（()）]{1,12}[）)]", r"\1", text)
    # «自有资金», «单位自有资金»: a label the tables' readers take for 其他资金 is that field
    for label in _OTHER_LABELS:
        text = text.replace(label, "其他资金")
    # «不对，我是说创业扶持资金»: the previous question again, of what the user meant
    text = re.sub(r"^(?:不对|不是|错了|说错了|搞错了)(?:不对)?[，,。!！\s]*(?:我是说|我说的是|我问的是|我指的是|应该是|我要的是|是)"
                  r"\s*(?P<x>[^，,。？?]{2,40}?)\s*[。？?！!]*$", lambda m: f"那{m.group('x')}呢？", text)
    # «有“其他”资金», «“其他资金”不为零»: quotes around (part of) a money field's name add nothing
    text = re.sub(r"[“\"「『]([\u4e00-\u9fff]{1,6})[”\"」』](?=([\u4e00-\u9fff]{0,2}))",
                  lambda m: m.group(1) if _FIELD_WORD.fullmatch(m.group(1) + m.group(2)[:2])
                  or _FIELD_WORD.fullmatch(m.group(1)) else m.group(0), text)
    # «…有其他资金？这部分资金合计多少»: «这部分» is the money field just named
    text = re.sub(r"(?P<f>" + _FIELD_WORD.pattern + r")(?P<mid>[^？?。]{0,30}?[？?。，,；;]\s*)"
                  r"(?:这部分|该部分|这一块|这块|这笔|这些)(?:资金|钱|经费|金额)?",
                  lambda m: m.group("f") + m.group("mid") + (m.group("f") if m.group("f").endswith(("资金", "拨款", "补助"))
                                                            else m.group("f") + "资金"), text)
    # «“其他资金”（也就是财政拨款以外的部分）»: a gloss restating the words before it
    text = re.sub(r"[（(]\s*(?:也就是|也即|即|就是|亦即)[^（）()]{1,30}[）)]", "", text)
    # «100万（含）到500万（含）之间»: a range's ends are included anyway
    text = re.sub(r"[（(]\s*含\s*[）)]", "", text)
    # Spoken money and percentages: «一百二十三块», «多少块钱» are 元; «九十八个点» is 98%
    text = re.sub(r"(?:(?<=[\d零一二两三四五六七八九十百千万])|(?<=多少))"
                  r"(?:块钱?(?![\u4e00-\u9fff])|块(?:钱|的|那))", _yuan, text)
    text = re.sub(r"(?<=[\d零一二两三四五六七八九十])个点", _points, text)
    # «1季度», «第3季度末», «Q2»: a quarter in figures, as the plan's columns say it in words
    text = re.sub(r"(?<![\d.])(?:第\s*)?([1-4])\s*季度", lambda m: "一二三四"[int(m.group(1)) - 1] + "季度", text)
    text = re.sub(r"(?<![A-Za-z])[Qq]([1-4])(?![\d])", lambda m: "一二三四"[int(m.group(1)) - 1] + "季度", text)
    # «24年比23年»: a two-digit year of this century, written short
    text = re.sub(r"(?<![\d.\-])([12]\d)\s*年(?!\s*(?:度)?\s*\d|[以之]?[内后前来]|半|间)", r"20\1年", text)
    # «2024年10月底累计支出计划»: the year of the document, then a period of its spending plan
    if re.search(r"累计|支出计划|支出进度|计划支出|拨付|花", text):
        text = re.sub(r"(?<![\d.\-])((?:19|20)\d\d|[12]\d)\s*年\s*(?=(?:[1-9]|1[0-2])\s*月\s*(?:底|末|份?前)"
                      r"|第?[一二三四]季度|上半年|年中|前三季度|年底|年末)",
                      lambda m: f"{m.group(1) if len(m.group(1)) == 4 else '20' + m.group(1)}年的", text)
    # «财政拨款以外的钱», «除了财政以外的其他资金»: the 其他资金, however it is said
    text = re.sub(r"(?:除了?|除去)?财政(?:拨款|资金|性资金)?(?:以外|之外)(?:的)?(?:其他资金|其他的钱|钱|资金|部分|那部分钱?)?",
                  "其他资金", text)
    # «精确到小数点后两位», «保留两位小数»: how to write the figure, not a «两位» asked for
    text = re.sub(r"[，,]?\s*(?:精确到|保留到?|取到)\s*(?:小数点后)?\s*[一二两三四五\d]\s*位(?:小数)?"
                  r"|[，,]?\s*(?:结果)?四舍五入(?:到[^，,。？?]{1,8})?", "", text)
    # «（注意有的表单位是元）», «（注：…）»: a note to the reader, not a condition
    text = re.sub(r"[（(]\s*(?:注意|注|请注意|提示|说明|备注)[:：]?[^（）()]{1,40}[）)]", "", text)
    # «目标定成了零», «为零的»: the number zero
    text = re.sub(r"(?<=[为成是到])(了)?零(?=[的，,。？?、]|$)", r"\g<1>0", text)
    return tidy(text)


def tidy(question: str) -> str:
    """The question without greetings and thanks around it, its spaces read as typed: around
    punctuation they say nothing («少 ?»); between two words of Chinese, typed instead of a comma
    («除了河长制工作经费 其余…»), a space ends a clause like one."""
    text = re.sub(r"\s+", " ", question).strip()
    text = re.sub(r"\s+(?=[？?。，,！!；;：:、）)”」』])|(?<=[，,！!；;：:、（(“「『])\s+", "", text)
    text = re.sub(r"(?<=[\u4e00-\u9fff）)”」』]) (?=[\u4e00-\u9fff（(“「『])", ",", text)
    return _courtesy(text)


# «你好，请问…», «麻烦帮我查一下，…», «…谢谢», «…麻烦了»: greetings and thanks around a question
_COURTESY_BEFORE = re.compile(
    r"^(?:(?:你好|您好|老师好|领导好|同志好|打扰了?|打扰一下)[，,！!。～~\s]*)*"
    r"(?:(?:请问(?:一下)?|想请教(?:一下)?|请教(?:一下)?|咨询(?:一下)?|问一下|想问(?:一下)?|"
    r"(?:请|麻烦)?(?:你|您)?(?:帮(?:我|忙)|给我)?(?:查|看|算|找|数|列)(?:一下|一查|一看|下|出来)|"
    r"(?:我|我们)?(?:想|要)(?:了解|知道|问|请教|咨询|确认)(?:一下|下)?)[，,：:。\s]*)*")
_COURTESY_AFTER = re.compile(
    r"(?:[，,。！!\s]*(?:谢谢(?:了|啦|您|你)?|多谢|感谢|麻烦(?:你|您)?了|辛苦(?:你|您)?了?|劳驾))+[。！!～~]*$")


# A short lead before a colon that says who asks or why: «审计核对资金来源：», «财政局复核：».
PREAMBLE = re.compile(r"^(?:我是[^\d：:。？?]{1,16}?[，,]\s*)?[^\d：:，,。？?]{0,8}?(?:复核|审核|审计|核对|核查|检查|"
                       r"核实|确认|请教|请问|咨询|想问|问一下|问个问题|提个问题)(?:一下|下)?[^\d：:，,。？?]{0,6}[：:]")
# «我是财政局审核预算的，想知道…», «给领导汇报要用，…»: who asks, before a comma
SELF_INTRO = re.compile(r"^(?:我是|我们是|本人是)[^，,。？?：:]{1,16}?的?[，,]\s*(?:想知道|想问|想了解|请问|问一下|帮我看看)?"
                         r"|^给领导汇报(?:要用|用)?[，,：:]"
                         # «我在核对效益指标，…»: what the asker is doing, then the question
                         r"|^(?:我|我们)(?:在|正在|要|想)(?:核对|核查|检查|审核|整理|复核|梳理)[^，,。？?：:]{0,12}[，,]")


def _courtesy(text: str) -> str:
    """The question without greetings before it and thanks after it (when words are left), and
    without who asks and why («我是新来的，», «审计核对资金来源：»), however many such leads."""
    end = _COURTESY_AFTER.search(text)
    inner = text[:end.start()] if end else text
    while True:
        lead = _COURTESY_BEFORE.match(inner)
        lead = lead if lead and lead.end() else SELF_INTRO.match(inner) or PREAMBLE.match(inner)
        if not lead or not lead.end() or not re.search(r"[\u4e00-\u9fff\d]", inner[lead.end():]):
            break
        inner = inner[lead.end():].lstrip()
    return inner.strip() if re.search(r"[\u4e00-\u9fff\d]", inner) else text


def _points(m: re.Match) -> str:
    """«九十八个点» is 98%; after «涨了», «下调» it stays a change in points."""
    before = m.string[max(0, m.start() - 8):m.start()]
    return m.group(0) if re.search(r"涨|增|提高|升|降|减|调|多|少|差", before) else "%"


def _yuan(m: re.Match) -> str:
    word = m.group(0)
    return "元" + (word[-1] if word[-1] in "的那" else "")


@dataclass
class Reading:
    """The question's text and, per character, the reader that took it (None: not yet read)."""

    text: str
    owner: list[str | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.owner:
            self.owner = [None] * len(self.text)

    @property
    def free(self) -> str:
        """The text with taken characters blanked out (positions kept)."""
        return "".join(FREE if o else c for c, o in zip(self.text, self.owner))

    def is_free(self, start: int, end: int) -> bool:
        return all(o is None for o in self.owner[start:end])

    def take(self, start: int, end: int, reader: str) -> None:
        for i in range(max(0, start), min(end, len(self.text))):
            if self.owner[i] is None:
                self.owner[i] = reader

    def take_word(self, word: str, reader: str, start: int = 0) -> int:
        """Take the first free occurrence of a word at or after `start`; its position or -1."""
        free = self.free
        at = free.find(word, start)
        if at >= 0:
            self.take(at, at + len(word), reader)
        return at

    def take_all(self, words, reader: str) -> list[tuple[int, str]]:
        """Take every free occurrence of each word (longest first); positions in text order."""
        found = []
        for word in sorted(set(words), key=len, reverse=True):
            free = self.free
            at = free.find(word)
            while at >= 0:
                self.take(at, at + len(word), reader)
                found.append((at, word))
                free = self.free
                at = free.find(word, at + len(word))
        return sorted(found)

    def finditer(self, pattern: re.Pattern):
        """Matches of a pattern in the free text."""
        return pattern.finditer(self.free)

    def _mostly_free(self, start: int, end: int) -> bool:
        """Four or more of the span's characters, and most of them, taken by no reader (a «的» or
        «由» a filler took does not make the words read)."""
        taken = [o for o in self.owner[start:end] if o not in (None, "filler")]
        return end - start - len(taken) >= 4 and len(taken) * 3 <= end - start

    def unread_signals(self, quotes: bool = True) -> list[str]:
        """Meaningful words no reader took: numbers, the signal words, a comparison «比…» and
        quoted words (a user quotes what must be matched)."""
        free = self.free
        found = [m.group(0) for m in _DIGITS.finditer(free)]
        if quotes:  # a passage search uses every word; a structured plan must use the quoted
            found += [text for start, end, text in quoted(self.text) if self.is_free(start, end)
                      and re.search(r"[\w\u4e00-\u9fff]", text)]
        found += [m.group(0) for m in _COMPARED.finditer(free)]
        for m in _OR_WORDS.finditer(self.text):  # an «或» with one side read and the other not
            if re.match(r"\s*(?:以上|以下|以内|更[高低多少]|者?等于|超过|低于|高于)", self.text[m.end():]):
                continue  # «两条或以上», «大于或等于»: a comparator's «或»
            after = _ALTERNATIVE.match(self.text, m.end())
            before = re.search(r"(?:^|[，,。；;：:\s])([\u4e00-\u9fff]{4,16})[，,、]?\s*$", self.text[:m.start()])
            if self.owner[m.start()] is not None and after and self.is_free(after.start(1), after.end(1)) \
                    and not _FILLER.match(after.group(1)):
                found.append(after.group(1))
            elif before and self._mostly_free(before.start(1), before.end(1)) and after and \
                    not self.is_free(after.start(1), after.end(1)) and not _FILLER.match(before.group(1)):
                found.append(before.group(1))  # «县中心血站或者妇幼保健院实施的»: the first unknown
        for word in SIGNAL_WORDS:
            at = free.find(word)
            if at < 0:
                continue
            if word in _ASKED_BOUNDS and (_ASK_BEFORE.search(self.text[max(0, at - 6):at])
                                          or _ASK_AFTER.match(self.text[at + len(word):])):
                continue  # «稳定在多少以上», «至少是多少人»: the bound asked, not a condition
            found.append(word)
        found += [m.group(0) for m in _NEGATION.finditer(free)
                  # (nor «只有财政拨款、没有别的钱»: «no other», restating an «only» read already)
                  if not re.match(r"\s*(?:的|一|任何|别的|其他|其它|另外)", self.text[m.end():])]
        for word in SIGNALS_BEFORE_NUMBERS:
            at = free.find(word)
            if at >= 0 and _NUMBER_AFTER.match(free[at + len(word):]):
                found.append(word)
        # (a passage search answers the whole question: only a structured plan drops an ask)
        asks = list(_ASK.finditer(self.text)) if quotes else []
        unused = [m for m in asks if self.owner[m.end() - 1] is None and all(
            o in (None, "filler") for o in self.owner[m.start():m.end()])]
        if len(asks) >= 2:
            # «几个项目、多少条绩效指标»: an ask beside the one answered is not dropped (when none
            # was read, the first is taken to be the one answered)
            found += [self.text[m.start():m.end() + 4].rstrip("？?，,。")
                      for m in (unused if len(unused) < len(asks) else unused[1:])]
        for m in _ASSUMING.finditer(self.text):  # «按最低演出场次、补助标准上限给»: a basis for
            inner = free[m.start(1):m.end(1)]  # the sum that no reader used
            if len(re.findall(r"[\u4e00-\u9fff]", inner)) >= 4:
                found.append(m.group(0))
        for m in PER_ASK.finditer(self.text):  # «平均每公里投入多少万»: an amount per unit no
            if self.is_free(m.start(), m.end("per")):  # reader divided by
                found.append(m.group(0))
        gap = _GAP_ASK.search(self.text) if quotes else None
        if gap and all(o in (None, "filler") for o in self.owner[gap.start():gap.end()]):
            found.append(gap.group(0))  # «超了多少»: a difference asked that no reader computed
        return list(dict.fromkeys(found))


# What a sum is to be worked out by: «按最低演出场次、每场都按补助标准上限给», «按目标下限算»
_ASSUMING = re.compile(r"按(?:照)?([^，,。？?；;]{0,20}?(?:上限|下限|最低|最高|最多|最少)[^，,。？?；;]{0,20}?)"
                       r"(?:来|去)?(?:算|计算|核算|测算|给|发|补)(?=[，,。？?；;]|$|的话|一共|总共|共|要|需要|得)")
# What an amount may be asked per: «每公里», «每页», «每户» (the operations reader divides by these too)
PER_UNIT_WORDS = ("人", "户", "亩", "平方公里", "公里", "千米", "平方米", "立方米", "米", "处", "座", "吨", "台", "套",
                  "场", "所", "家", "村", "页", "张", "件", "份", "册", "卷", "本", "辆", "头", "只", "株", "棵", "盏",
                  "间", "篇", "批次", "批", "期", "宗", "起", "列", "站", "组", "部", "架", "支", "队", "班", "节")


def per_units(*more: str) -> str:
    """The words above (and more) as one regex alternation, longest first."""
    return "|".join(sorted((*PER_UNIT_WORDS, *more), key=len, reverse=True))


# An amount asked per unit: «每公里投入多少万», «每人合多少元»
PER_ASK = re.compile(r"(?P<per>每(?:一)?(?:(?:个|位|名)?(?:" + per_units() + r")"
                     r"|(?:个|位|名|所|家|座|处)(?!项目|部门|单位|局)[\u4e00-\u9fff]{1,6}?(?=[\u4e00-\u9fff]{0,4}?(?:合|平均|大约|约|投入|花|需要|要|能分到|分到)?\s*(?:多少|几)\s*(?:钱|元|万元|万|块))))"
                      r"[\u4e00-\u9fff]{0,4}?(?:合|平均|大约|约|投入|花|需要|要|能分到|分到)?\s*(?:多少|几)\s*(?:钱|元|万元|万|块)")
# «平均每培训一人次要花多少元»: an amount per some unit, in any words
PER_ANY = re.compile(r"每(?![年月季天日周]|个?项目|个?部门|个?单位|个的?(?:预算|资金|经费)?(?:是|有|约|大概|合)?(?:多少|几))[\u4e00-\u9fff]{1,10}?(?:多少|几)\s*(?:钱|元|万元|万|块)")
# A gap asked after a comparison: «超了多少», «多出多少», «高出多少»
_GAP_ASK = re.compile(r"(?:超|多|高)(?:出|过)?了?\s*多少")
# A quantity asked: «几个», «多少条», «几辆»
_ASK = re.compile(r"(?:多少|(?<![那这哪])几)\s*(?:个|条|项|名|辆|人|户|次|处|亩|台|套)")


def quoted(text: str) -> list[tuple[int, int, str]]:
    """Quoted phrases «“…”» with their spans (inner text)."""
    return [(m.start(1), m.end(1), m.group(1).strip()) for m in _QUOTED.finditer(text)
            if m.group(1).strip()]


def clause_bounds(text: str, at: int) -> tuple[int, int]:
    """The clause around a position: between punctuation or «且/并且/同时/又» joins."""
    stops = "，,；;。？?！!、"
    # («整改类指标（整改率、整改完成率）目标值…»: a list inside brackets does not end the clause)
    text = re.sub(r"[（(][^（()）]*[）)]", lambda m: "\u3000" * len(m.group(0)), text)
    start = max((text.rfind(ch, 0, at) for ch in stops), default=-1) + 1
    ends = [text.find(ch, at) for ch in stops]
    end = min([e for e in ends if e >= 0], default=len(text))
    return start, end
