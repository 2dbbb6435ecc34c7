"""Metamorphic check: every development question the assistant answers right is asked again in
forms that mean the same — greetings and thanks around it, a lead saying who asks, spaces typed
for commas, traditional characters, full-width digits, «万» for «万元», «百分之九十» for «90%».
Each variant must be answered right or declined; one answered differently is a confident mistake.

    python -m eval.metamorphic eval/dev/probe_v29.jsonl eval/dev/gold_dev.jsonl …

Prints every variant answered wrong (and, with -v, every one declined), then the counts.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from eval.heldout import DOCUMENTS
from eval.scoring import load_gold, score

_DIGITS = "零一二三四五六七八九"


def _chinese(n: int) -> str | None:
    """A whole number below 1000 as written in characters («九十五», «一百二十»), else None."""
    if n < 10:
        return _DIGITS[n]
    if n < 100:
        return (_DIGITS[n // 10] if n // 10 > 1 else "") + "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 1000 and n % 10 == 0:
        rest = n % 100
        return _DIGITS[n // 100] + "百" + (_chinese(rest) if rest >= 10 else "")
    return None


def variants(question: str) -> list[str]:
    import opencc

    out = ["请问" + question, "麻烦帮我查一下，" + question.rstrip("？?") + "？谢谢", question.rstrip("？?。"),
           "我想了解一下：" + question, question.replace("，", " ").replace("？", " ?"), "你好，" + question + "麻烦了",
           "我是新来的，" + question, "帮我列一下：" + question]
    wide = question.translate(str.maketrans("0123456789%", "０１２３４５６７８９％"))
    traditional = opencc.OpenCC("s2t").convert(question)
    spoken = re.sub(r"(?<![\d.])(\d{1,3})%", lambda m: "百分之" + (_chinese(int(m.group(1))) or m.group(1)), question)
    out += [v for v in (wide, traditional, question.replace("万元", "万"), spoken) if v != question]
    return list(dict.fromkeys(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="同义改写后再问一遍：答对或如实说没能理解，不能答错")
    parser.add_argument("gold", type=Path, nargs="+")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)

    from assistant.conversation import Conversation
    from assistant.service import Assistant
    from store.library import Library
    from store.settings import load_settings

    assistants: dict[str, Assistant] = {}
    asked = wrong = declined = 0
    with tempfile.TemporaryDirectory(prefix="jixiao-metamorphic-") as tmp:
        def assistant(store: str) -> Assistant:
            if store not in assistants:
                library = Library(load_settings(store=Path(tmp) / store))
                library.ingest_paths(DOCUMENTS[store])
                assistants[store] = Assistant(library)
            return assistants[store]

        for path in args.gold:
            default = "other" if "other" in path.name else "sample"
            for item in load_gold(path):
                a = assistant(item.store or default)

                def ask(question: str, a: Assistant = a, item=item) -> dict:
                    conversation = Conversation()
                    for earlier in item.history:
                        a.ask(earlier, conversation)
                    return a.ask(question, conversation).to_record(item.id)

                if not score(item, ask(item.question)).passed:
                    continue
                for variant in variants(item.question):
                    asked += 1
                    record = ask(variant)
                    verdict = score(item, record)
                    if verdict.passed:
                        continue
                    if record["found"]:
                        wrong += 1
                        print(f"答错 {item.id} {variant} | {record['understood']} | {'; '.join(verdict.reasons)[:200]}")
                    else:
                        declined += 1
                        if args.verbose:
                            print(f"未答 {item.id} {variant}")
    print(f"== {asked} variants: {wrong} answered but wrong, {declined} declined")
    return 0


if __name__ == "__main__":
    sys.exit(main())
