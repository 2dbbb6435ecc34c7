"""Build eval/dev/probe_v43.jsonl: 60 blind probe questions over 成安县林业局 2025 (linye-2025.txt).

Stores:
  linye         eval/dev/docs/linye-2025.txt                                        (50 questions)
  linye_sample  eval/dev/docs/linye-2025.txt + data/samples/weixian-rsj-2025-jixiao-mubiao.docx  (10)

Every expectation is computed from make_linye.PROJECTS (and, for the sample, from a parse of
data/samples/weixian-rsj-2025-jixiao-mubiao.txt, the plain-text export of the sample .docx).

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v43.py
"""
import importlib.util
import json
import math
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUT = ROOT / "eval" / "dev" / "probe_v43.jsonl"
SAMPLE_TXT = ROOT / "data" / "samples" / "weixian-rsj-2025-jixiao-mubiao.txt"

_spec = importlib.util.spec_from_file_location("make_linye", HERE / "make_linye.py")
ly = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ly)

S1, S2 = "linye", "linye_sample"


def pct(v: str):
    m = re.search(r"(\d+(?:\.\d+)?)%", v)
    return float(m.group(1)) if m else None


# ---------------------------------------------------------------- linye data
LY = ly.PROJECTS
for p in LY:
    sats = [r for r in p["indicators"] if r[0] == "满意度指标"]
    p["sat"] = pct(sats[0][4]) if sats else None
    p["refs"] = " ".join(r[5] for r in p["indicators"])


def by_name(fragment: str, projects=LY) -> dict:
    hits = [p for p in projects if fragment in p["name"]]
    assert len(hits) == 1, (fragment, [p["name"] for p in hits])
    return hits[0]


RC = by_name("林业日常工作经费")
ZY = by_name("172号")
FH = by_name("森林防火")
LH = by_name("国土绿化")
YH = by_name("有害生物")
HL = by_name("生态护林员")
GS = by_name("古树名木")
MP = by_name("苗圃")


def codes(ps) -> list[str]:
    return [p["code"] for p in ps]


def where(pred, projects=LY) -> list[dict]:
    return [p for p in projects if pred(p)]


def plan_amount(p: dict, col: int) -> float:
    return p["budget"] * p["plan"][col] / 100.0


def ind(p: dict, third: str) -> tuple:
    hits = [r for r in p["indicators"] if r[2] == third]
    assert len(hits) == 1, (p["name"], third)
    return hits[0]


TOTAL = sum(p["budget"] for p in LY)


# ---------------------------------------------------------------- sample data (parse of the .txt export)
def parse_sample() -> list[dict]:
    lines = SAMPLE_TXT.read_text(encoding="utf-8").split("\n")
    out, cur = [], None
    for i, line in enumerate(lines):
        s = line.strip()
        if s == "项目编码":
            cur = {"code": lines[i + 1].strip(), "sat": None}
            out.append(cur)
        elif cur is not None and s == "项目名称" and "name" not in cur:
            cur["name"] = lines[i + 1].strip()
        elif cur is not None and s == "预算数" and "budget" not in cur:
            cur["budget"] = float(lines[i + 1].strip())
        elif cur is not None and s == "满意度指标":
            cur["sat"] = pct(lines[i + 4])
    for p in out:
        assert p["budget"] > 0 and p["sat"] is not None, p
    return out


SM = parse_sample()
SAMPLE_TEXT = SAMPLE_TXT.read_text(encoding="utf-8")
ALL = LY + SM

# ---------------------------------------------------------------- questions
Q: list[dict] = []


def add(store, kind, question, expect, history=None):
    q = {"id": f"v43-{len(Q) + 1:03d}", "question": question}
    if history:
        q["history"] = history
    q["expect"] = expect
    q["store"] = store
    q["kind"] = kind
    Q.append(q)


def E(ps=None, value=None, contains=None):
    e = {}
    if ps is not None:
        e["projects"] = codes(ps)
    if value is not None:
        e["value"] = round(value, 4)
    if contains:
        e["contains"] = contains
    return e


NF = {"found": False}

# --- lookups
add(S1, "lookup", "森林防火专项经费今年预算安排了多少万元？", E([FH], FH["budget"]))
add(S1, "lookup", "我刚来林业局，想问下生态护林员补助那个项目的项目编码是多少？", E([HL], contains=[HL["code"]]))
add(S1, "lookup", "国土绿化造林工程的钱里，财政资金和其他资金各占多少万元？",
    E([LH], contains=[f"{LH['fiscal']:g}", f"{LH['other']:g}"]))
add(S1, "lookup", "古树名木保护经费计划挂牌保护多少株古树？", E([GS], contains=["212"]))
add(S1, "lookup", "美国白蛾防控那个项目，林业有害生物成灾率要控制在多少以内？",
    E([YH], contains=[ind(YH, "林业有害生物成灾率")[4].lstrip("≤")]))
add(S1, "partial_ref", "172号文下达的那笔中央林业草原生态保护恢复资金，公益林管护面积目标是多少？",
    E([ZY], contains=[ind(ZY, "公益林管护面积")[4].lstrip("≥")]))

# --- thresholds
add(S1, "threshold", "满意度目标不低于九成的项目有哪些？", E(where(lambda p: p["sat"] is not None and p["sat"] >= 90)))
add(S1, "threshold", "哪些项目的满意度指标值未达到90%？", E(where(lambda p: p["sat"] is not None and p["sat"] < 90)))
add(S1, "threshold", "满意度目标介于86%和91%之间的是哪几个项目？",
    E(where(lambda p: p["sat"] is not None and 86 <= p["sat"] <= 91)))
add(S1, "threshold", "做评审的时候想先看大项目：预算超过500万元的有哪些？", E(where(lambda p: p["budget"] > 500)))

# --- counts
add(S1, "count", "林业局2025年一共报了几个预算项目？", E(LY, len(LY)))
big = where(lambda p: p["budget"] >= 150)
add(S1, "count", "预算在150万元以上的项目有几个？", E(big, len(big)))
add(S1, "count", "森林防火专项经费一共设了多少条三级指标？", E([FH], len(FH["indicators"])))
oth = where(lambda p: p["other"] > 0)

# --- sums / means / shares
add(S1, "sum", "林业局所有项目的预算加起来一共是多少万元？", E(LY, TOTAL))
add(S1, "sum", "各项目的其他资金合计有多少万元？", E(oth, sum(p["other"] for p in oth)))
add(S1, "mean", "8个项目平均每个项目预算多少万元？", E(LY, TOTAL / len(LY)))
add(S1, "share", "国土绿化造林工程的预算占林业局全部项目预算的百分之多少？",
    {"value": round(LH["budget"] / TOTAL * 100, 4)})
add(S1, "share", "国土绿化造林工程的总预算里，其他资金占了百分之几？", E([LH], LH["other"] / LH["budget"] * 100))

# --- differences / per unit
add(S1, "difference", "国土绿化造林工程比国有林场苗圃基础设施改造多花多少万元？", E([LH, MP], LH["budget"] - MP["budget"]))
n_hl = int(re.search(r"\d+", ind(HL, "选聘生态护林员人数")[4]).group())
add(S1, "per_unit", "生态护林员补助资金平均到每名护林员是多少万元？", E([HL], HL["budget"] / n_hl))

# --- spending plans (cumulative %; columns 3月底, 6月底, 10月底, 12月底)
add(S1, "plan", "按资金支出计划，森林防火专项经费到6月底要支出多少万元？", E([FH], plan_amount(FH, 1)))
add(S1, "plan", "国土绿化造林工程截至10月底计划累计支出多少万元？", E([LH], plan_amount(LH, 2)))
add(S1, "plan", "6月底计划支出进度达到60%及以上的项目有哪些？", E(where(lambda p: p["plan"] and p["plan"][1] >= 60)))
add(S1, "plan", "哪些项目没有列资金支出计划？", E(where(lambda p: not p["plan"])))
add(S1, "plan", "苗圃基础设施改造项目在3月底到6月底这一段计划支出多少万元？",
    E([MP], plan_amount(MP, 1) - plan_amount(MP, 0)))

# --- top / bottom N
srt = sorted(LY, key=lambda p: -p["budget"])
add(S1, "topn", "预算最多的前三个项目是哪些？", E(srt[:3]))
add(S1, "topn", "预算最少的两个项目分别是什么？", E(srt[-2:]))
top_sat = max((p for p in LY if p["sat"] is not None), key=lambda p: p["sat"])
add(S1, "topn", "满意度目标定得最高的是哪个项目？定的是多少？", E([top_sat], contains=[f"{top_sat['sat']:g}%"]))

# --- exclusion / OR
rest = [p for p in LY if p not in (LH, ZY)]
add(S1, "exclusion", "除了国土绿化造林工程和172号文的中央生态保护恢复资金，其余项目预算合计多少？",
    E(rest, sum(p["budget"] for p in rest)))
add(S1, "exclusion", "除森林防火以外，还有哪些项目把满意度目标定在90%及以上？",
    E(where(lambda p: p is not FH and p["sat"] is not None and p["sat"] >= 90)))
add(S1, "or", "预算超过400万元或者满意度目标不低于95%的项目有哪些？",
    E(where(lambda p: p["budget"] > 400 or (p["sat"] is not None and p["sat"] >= 95))))
add(S1, "or", "指标依据引用了森林法、或者安排了其他资金的项目都有哪些？",
    E(where(lambda p: "森林法" in p["refs"] or p["other"] > 0)))

# --- no 满意度指标, references
add(S1, "no_satisfaction", "哪个项目没有设置满意度指标？", E(where(lambda p: p["sat"] is None)))
c27 = where(lambda p: ly.DOC27 in p["refs"])
add(S1, "partial_ref", "把27号文件作为指标值确定依据的项目有哪些？", E(c27))
add(S1, "partial_ref", "指标依据里提到《中华人民共和国森林法》的项目有哪些？", E(where(lambda p: "森林法" in p["refs"])))
add(S1, "partial_ref", "引用冀林草字27号文的那几个项目，预算一共多少万元？", E(c27, sum(p["budget"] for p in c27)))

# --- follow-ups
add(S1, "followup", "它的护林员补助标准是多少？",
    E([HL], contains=[ind(HL, "护林员补助标准")[4].split("/")[0]]),
    history=["生态护林员补助资金的预算是多少？"])
gt500 = where(lambda p: p["budget"] > 500)
add(S1, "followup", "这些项目的预算加起来是多少？", E(gt500, sum(p["budget"] for p in gt500)),
    history=["预算超过500万元的项目有哪些？"])
hi_share = max(oth, key=lambda p: p["other"] / p["budget"])
add(S1, "followup", "其中其他资金占项目预算比例更高的是哪一个？", E([hi_share]),
    history=["哪些项目安排了其他资金？"])
add(S1, "followup", "两者的满意度目标分别是多少？", E([FH, YH], contains=[f"{FH['sat']:g}%", f"{YH['sat']:g}%"]),
    history=["森林防火专项经费的预算是多少？", "林业有害生物防治项目呢？"])

# --- descriptive
add(S1, "descriptive", "林业有害生物防治项目的资金主要用来干什么？", E([YH], contains=["美国白蛾"]))
add(S1, "descriptive", "国土绿化造林工程设置了哪几类一级指标？",
    E([LH], contains=sorted({r[0] for r in LH["indicators"]}, key=["产出指标", "效益指标", "满意度指标"].index)))
add(S1, "descriptive", "林业局2025年部门整体绩效目标里，森林覆盖率要达到多少？", {"contains": ["32.5%"]})
add(S1, "descriptive", "古树名木保护经费的绩效目标是怎么写的？", E([GS], contains=["212株", "15株"]))

# --- nothing to find (linye)
add(S1, "not_found", "湿地公园建设项目的预算是多少？", NF)
add(S1, "not_found", "有没有预算超过1000万元的项目？", NF)
add(S1, "not_found", "满意度目标达到98%及以上的项目有哪些？", NF)
add(S1, "not_found", "哪些项目引用了冀林草字〔2023〕9号文？", NF)
add(S1, "not_found", "3月底计划支出比例超过一半的项目有哪些？", NF)
add(S1, "not_found", "野生动物疫源疫病监测项目的绩效目标是什么？", NF)

# ---------------------------------------------------------------- linye + sample store
add(S2, "sum", "林业局和人社局两个部门所有项目的预算总额是多少万元？", E(ALL, sum(p["budget"] for p in ALL)))
top_all = max(ALL, key=lambda p: p["budget"])
add(S2, "topn", "两个部门的项目里预算最大的是哪一个？", E([top_all]))
add(S2, "lookup", "林业局的古树名木保护经费预算是多少？", E([GS], GS["budget"]))
add(S2, "threshold", "满意度目标达到95%及以上的项目有哪些？", E(where(lambda p: p["sat"] is not None and p["sat"] >= 95, ALL)))
add(S2, "threshold", "人社局的项目里，满意度目标低于85%的有哪些？", E(where(lambda p: p["sat"] < 85, SM)))
add(S2, "no_satisfaction", "两个部门的项目中，哪个没有设置满意度指标？", E(where(lambda p: p["sat"] is None, ALL)))
LP = by_name("劳务派遣人员工资", SM)
add(S2, "difference", "林业局的生态护林员补助资金比人社局的劳务派遣人员工资多多少万元？", E([HL, LP], HL["budget"] - LP["budget"]))
add(S2, "partial_ref", "哪些项目的指标依据引用了《中华人民共和国森林法》？", E(where(lambda p: "森林法" in p["refs"])))
add(S2, "not_found", "有没有项目把《中华人民共和国劳动合同法》作为指标依据？", NF)
add(S2, "not_found", "预算超过3亿元的项目有哪些？", NF)


# ---------------------------------------------------------------- validation
def validate() -> None:
    store_codes = {S1: set(codes(LY)), S2: set(codes(ALL))}
    assert len(Q) == 60, len(Q)
    ids = [q["id"] for q in Q]
    assert len(set(ids)) == len(ids)
    assert len({q["question"] for q in Q if "history" not in q}) == len([q for q in Q if "history" not in q])
    assert sum(q["store"] == S1 for q in Q) == 50 and sum(q["store"] == S2 for q in Q) == 10
    assert sum(q["expect"] == NF for q in Q) == 8
    text = ly.OUT.read_text(encoding="utf-8")
    for q in Q:
        e = q["expect"]
        assert e, q
        if "projects" in e:
            assert e["projects"], q
            assert len(set(e["projects"])) == len(e["projects"]), q
            assert set(e["projects"]) <= store_codes[q["store"]], q
        if "value" in e:
            assert isinstance(e["value"], (int, float)) and math.isfinite(e["value"]), q
        for c in e.get("contains", []):
            assert c, q
    # nothing-found questions really have nothing
    assert not where(lambda p: p["budget"] > 1000)
    assert not where(lambda p: p["sat"] is not None and p["sat"] >= 98)
    assert not where(lambda p: p["plan"] and p["plan"][0] > 50)
    assert not any(p["budget"] > 30000 for p in ALL)
    for word in ("湿地", "冀林草字〔2023〕9号", "野生动物", "疫源"):
        assert word not in text, word
    assert "劳动合同法" not in text and "劳动合同法" not in SAMPLE_TEXT
    assert "森林法" not in SAMPLE_TEXT
    # texts quoted in contains occur in the source document
    for q in Q:
        if q["store"] == S1 and q["kind"] != "not_found":
            for c in q["expect"].get("contains", []):
                assert c in text, (q["id"], c)


def main() -> None:
    validate()
    with OUT.open("w", encoding="utf-8") as f:
        for q in Q:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    from collections import Counter
    print(OUT, len(Q))
    print(Counter(q["store"] for q in Q))
    print(Counter(q["kind"] for q in Q))


if __name__ == "__main__":
    main()
