"""Build tests/data/county/: two more departments of one county over two years (generated).

魏县教育局 and 魏县卫生健康局, 2023 and 2024, from `eval.generator` (seed 7): one in the sample's
layout and one in the other department's layout, projects recurring across the years with changed
budgets and targets, a few ending and a few beginning. Used by development probes that ask across
departments and years («比上年增加了多少», «哪些指标目标下调了»).

Run:  .venv/bin/python tests/data/make_county.py
"""
from pathlib import Path

from eval.generator import documents, write_docx

OUT = Path(__file__).with_name("county")
NAMES = {"魏县教育局": "jiaoyu", "魏县卫生健康局": "weijian"}


def main() -> None:
    for doc in documents(departments=3, years=2):
        if doc.department in NAMES:
            path = write_docx(doc, OUT / f"{NAMES[doc.department]}-{doc.year}.docx")
            print(path.name, doc.department, doc.year, doc.layout, len(doc.projects))


if __name__ == "__main__":
    main()
