"""The other header fields a question names or asks for: «经常性项目», «一次性项目里…», «项目属性是
新增项目的», «特定目标类的那些项目», «…的项目期限到哪一年».

Values are matched against those the store's tables print (项目属性, 项目类型, 项目类别, 项目期限 …),
never against a word list; a store whose tables print none reads nothing here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.reading import Reading

# «项目属性是», «项目类型为», «属于»: the words that point at a value
_LABEL_BEFORE = re.compile(r"(?:(?P<label>项目(?:属性|类型|类别|性质|期限|周期|负责人)|实施期限|负责人|联系人)\s*"
                           r"(?:是|为|属于|都是|均为)?|属于)\s*$")
# The span of years a project runs, as tables and questions name it
_TERM_WORDS = ("项目期限", "实施期限", "起止年限", "实施年限", "项目周期", "实施周期", "执行期限", "项目实施期")
# «不包括», «除了»: the value is left out
_LEAVE_OUT = re.compile(r"(?:除了|除去|除开|不包括|不包含|不含|不算|排除|去掉|刨去|剔除|不是|并非)\s*(?:那些|这些)?\s*$")
# («李向东负责的那几个项目»: a person printed as 项目负责人, and the projects they answer for)
_TAIL = re.compile(r"^\s*(?:负责的|牵头的|的|类的|类)?\s*(?:那些|这些|那几个|这几个)?\s*(?:项目)?")


@dataclass(frozen=True)
class Attributes:
    """Values named (each the words to look for), labels asked, and how the question wrote them."""

    named: tuple[tuple[str, str], ...] = ()  # (label, value)
    left_out: tuple[tuple[str, str], ...] = ()  # «不包括新增项目»
    asked: tuple[str, ...] = ()
    words: str = ""


# How people say the two 项目属性 every budget system prints: «新上的», «往年延续下来的»
_SAID_AS = {"新": ("新增", "新上", "新设", "新安排", "新开设", "新列入"),
            "延续": ("延续", "续建", "往年延续下来", "往年延续", "延续下来")}


def _forms(value: str) -> list[str]:
    """«经常性项目» → «经常性项目», «经常性»; «特定目标类» → «特定目标类», «特定目标»; «新增项目»
    also «新上», «延续项目» also «续建»: two characters at least, longest first."""
    forms = {value}
    core = re.sub(r"(?:项目|类)$", "", value)
    if len(core) >= 2:
        forms.add(core)
    if re.fullmatch(r"(?:新[增设上]|延续性?)(?:项目|类)?", value):  # the two 项目属性 every system prints
        forms.update(w for start, said in _SAID_AS.items() if value.startswith(start) for w in said)
    return sorted(forms, key=len, reverse=True)


_NEW_FORMS = _SAID_AS["新"]
# «新增了哪些项目», «新上了几个项目»: the value said before the projects asked about
_ASKED_AFTER = re.compile(r"^\s*了?\s*(?:哪些|哪几个|几个|多少个|什么)\s*(?:的)?\s*项目")


def read_attributes(r: Reading, catalog, several_years: bool) -> Attributes:
    values = getattr(catalog, "attribute_values", {})  # label → the distinct values printed
    if not values:
        return Attributes()
    asked: list[str] = []
    for label in values:
        # «项目负责人» asked as «负责人是谁», and «由谁负责» where the tables print a 负责人
        forms = [re.escape(f) for f in dict.fromkeys((label, label.removeprefix("项目"))) if len(f) >= 3]
        if re.search(r"期限|年限|周期", label):  # one field however a table names it
            forms += [w for w in _TERM_WORDS if w != label]
        if label.startswith("联系") and len(label) >= 4:  # «负责人电话»: the 联系电话 printed
            forms.append(re.escape(label.removeprefix("联系")))
        if "负责人" in label:
            forms.append(r"(?:由|是)?谁(?:来|在)?负责|(?:该|应该|得)?(?:找|联系|问|对接)谁")
        pattern = re.compile(f"(?:{'|'.join(forms)})" + r"\s*(?:是|为)?\s*(?:什么|哪[一个种类]?|多少|多长|到哪一?年|几年|谁|哪位|啥)?")
        for m in list(r.finditer(pattern)):
            after = r.text[m.end():m.end() + 2]
            if after.startswith(("是", "为")) or any(r.text.startswith(v, m.end()) for vs in values.values() for v in vs):
                continue  # «项目属性是新增项目的»: a value follows, read below
            r.take(m.start(), m.end(), "attribute")
            asked.append(label)
    named: list[str] = []
    left_out: list[tuple[str, str]] = []
    words: list[str] = []
    choices = sorted({(form, label, value) for label, vs in values.items() for value in vs
                      for form in _forms(value)}, key=lambda c: len(c[0]), reverse=True)
    for form, label, value in choices:
        at = r.free.find(form)
        if at < 0 or not r.is_free(at, at + len(form)):
            continue
        lead = _LABEL_BEFORE.search(r.text[:at])
        if re.fullmatch(r"\d{4}\s*年?度?", form) and not (lead and lead.group("label")):
            continue  # «科技局2025年项目资金»: a year is the scope, not a 项目期限 printed as «2025年»
        if form.startswith(_NEW_FORMS) and several_years and not (lead and lead.group("label")):
            continue  # «新增的项目» across years is a comparison of years (assistant.readers.years)
        owners = {v for f, _, v in choices if f == form}
        if len(owners) > 1 and form not in owners:
            continue  # the shortened form of several values says none of them
        tail = _TAIL.match(r.text[at + len(form):])
        end = at + len(form) + (tail.end() if tail else 0)
        if not (tail and tail.group(0).strip()) and not lead:
            if not _ASKED_AFTER.match(r.text[at + len(form):]):
                continue  # a value's words inside other words («新增» in «新增就业»), not a kind of project
            end = at + len(form) + (1 if r.text.startswith("了", at + len(form)) else 0)
        r.take(lead.start() if lead else at, end, "attribute")
        leave = _LEAVE_OUT.search(r.text[:lead.start() if lead else at])
        if leave:  # «但不包括新增项目», «除了延续项目以外»
            r.take(leave.start(), leave.end(), "attribute")
            if close := re.match(r"\s*(?:以外|之外)", r.text[end:]):
                r.take(end, end + close.end(), "attribute")
            left_out.append((label, value))
        else:
            named.append((label, value))
        words.append(form)
    labels = [label for label, _ in named]
    if "还是" in r.text and any(labels.count(label) > 1 for label in labels):
        # «是新上的，还是往年延续下来的»: two values of one field offered; that field is asked
        asked += [label for label in dict.fromkeys(labels) if labels.count(label) > 1]
        named = [(label, v) for label, v in named if labels.count(label) == 1]
    return Attributes(tuple(dict.fromkeys(named)), tuple(dict.fromkeys(left_out)), tuple(dict.fromkeys(asked)),
                      "、".join(words))
