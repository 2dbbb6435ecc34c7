"""BM25 over Chinese text: character bigrams (default) or jieba words, as an inverted index."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_CJK = re.compile(r"[\u3400-\u9fff]+")
_WORD = re.compile(r"[a-z0-9.%]+")
# Function words that would otherwise match every row of every table.
STOP_BIGRAMS = frozenset({"的是", "是什", "什么", "多少", "哪些", "哪个", "有哪", "项目", "指标",
                          "要求", "目标", "是多", "少个", "分别", "哪几", "几个", "请问", "一下",
                          "么样", "样的", "怎么", "如何", "时候", "哪天"})


@dataclass(frozen=True)
class KeywordHit:
    """A chunk id with its BM25 score."""

    id: str
    score: float


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def bigrams(text: str) -> list[str]:
    """Character unigrams and bigrams of each CJK run, plus latin/number words."""
    text = normalise(text)
    tokens: list[str] = []
    for run in _CJK.findall(text):
        tokens.extend(run)  # unigrams keep one-character words (人, 局) findable
        tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
    tokens.extend(_WORD.findall(text))
    return [t for t in tokens if t not in STOP_BIGRAMS]


def jieba_words(text: str) -> list[str]:
    """jieba's search-mode words (imported lazily: it builds a dictionary on first use)."""
    import jieba

    jieba.setLogLevel(60)
    words = jieba.lcut_for_search(normalise(text))
    return [w for w in words if w.strip() and (len(w) > 1 or _CJK.match(w))]


TOKENIZERS: dict[str, Callable[[str], list[str]]] = {"bigram": bigrams, "jieba": jieba_words}


class BM25Index:
    """Okapi BM25 (k1=1.5, b=0.75) with an inverted index, so a query touches only its terms."""

    def __init__(self, items: Sequence[tuple[str, str]], tokenizer: str = "bigram",
                 k1: float = 1.5, b: float = 0.75):
        self.tokenize = TOKENIZERS[tokenizer]
        self.k1, self.b = k1, b
        self.ids = [i for i, _ in items]
        self._postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._lengths: list[int] = []
        for doc, (_, text) in enumerate(items):
            counts = Counter(self.tokenize(text))
            self._lengths.append(sum(counts.values()))
            for term, tf in counts.items():
                self._postings[term].append((doc, tf))
        n = len(self.ids)
        self._avg = (sum(self._lengths) / n) if n else 0.0
        self._idf = {
            t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self._postings.items()
        }

    def __len__(self) -> int:
        return len(self.ids)

    def scores(self, query: str) -> dict[int, float]:
        """BM25 score of every document that shares a term with the query."""
        out: dict[int, float] = defaultdict(float)
        for term, qtf in Counter(self.tokenize(query)).items():
            idf = self._idf.get(term)
            if idf is None:
                continue
            for doc, tf in self._postings[term]:
                norm = self.k1 * (1 - self.b + self.b * self._lengths[doc] / self._avg)
                out[doc] += qtf * idf * tf * (self.k1 + 1) / (tf + norm)
        return out

    def search(self, query: str, k: int = 10, allowed: set[str] | None = None) -> list[KeywordHit]:
        scored = sorted(self.scores(query).items(), key=lambda kv: (-kv[1], kv[0]))
        hits = [KeywordHit(self.ids[d], s) for d, s in scored if allowed is None or self.ids[d] in allowed]
        return hits[:k]


def coverage(query: str, text: str) -> float:
    """Share of the query's CJK bigrams (function words left out) that occur in the text."""
    wanted = {t for t in bigrams(query) if len(t) == 2}
    if not wanted:
        return 0.0
    have = set(bigrams(text))
    return len(wanted & have) / len(wanted)
