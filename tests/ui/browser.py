"""Helpers for the browser tests: open a page, ask, time the pending state, read boxes and text."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

TIMEOUT = 90_000

# Text a person sees: visible text nodes, and the labels a screen reader or a tooltip shows.
VISIBLE_TEXT_JS = """() => {
  const out = [];
  const shown = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const el = t.parentElement;
    if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName) || !t.data.trim()) continue;
    if (shown(el)) out.push(t.data.trim());
  }
  for (const el of document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')) {
    if (!shown(el)) continue;
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(a); if (v) out.push(v);
    }
  }
  return out;
}"""
# Latin that may stay: file names, 项目编码 and other codes, units and a few names of things.
ALLOWED_LATIN = re.compile(r"[\w.\-]*\.(?:docx|doc|wps|txt|csv|pdf|xlsx|xls|et)\b"
                           r"|\b(?=[0-9A-Z]*\d)[0-9A-Z]{5,}\b|\bJIXIAO_\w+")
ALLOWED_WORDS = {"CSV", "API", "MB", "Mb", "KB", "Word", "WPS", "Excel", "PDF", "Ctrl"}

# Times (performance.now) of the send click, the pending turn and the answer, set in the page.
TIMING_JS = """() => {
  window.jxTimes = {};
  const chat = document.querySelector('#jx-chat');
  const answered = () => chat.querySelectorAll('.jx-turn:not(.jx-pending)').length;
  let before = answered();
  document.querySelector('#jx-send').addEventListener('click', () => {
    window.jxTimes = {click: performance.now()}; before = answered();
  }, true);
  new MutationObserver(() => {
    const t = window.jxTimes;
    if (t.click && !t.pending && chat.querySelector('.jx-pending')) t.pending = performance.now();
    if (t.click && !t.answer && answered() > before) t.answer = performance.now();
  }).observe(chat, {childList: true, subtree: true});
}"""


def open_page(browser, url: str, width: int = 1366, height: int = 900):
    """A page on the app that records every request it makes."""
    page = browser.new_page(viewport={"width": width, "height": height}, locale="zh-CN",
                            accept_downloads=True)
    page.set_default_timeout(TIMEOUT)
    page.requests = []  # type: ignore[attr-defined]
    page.on("request", lambda request: page.requests.append(request.url))
    page.goto(url)
    page.locator("#jx-overview").wait_for()
    page.locator("#jx-overview .jx-card, #jx-overview .jx-empty").first.wait_for()
    page.evaluate(TIMING_JS)
    return page


def assert_local_only(page, url: str) -> None:
    origin = urlsplit(url).netloc
    hosts = {urlsplit(u).netloc for u in page.requests
             if urlsplit(u).scheme in ("http", "https", "ws", "wss")}
    assert hosts == {origin}, f"requests left {origin}: {sorted(hosts)}"


def shot(page, path, full_page: bool = True) -> None:
    """A screenshot once no event is pending and fades have finished."""
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=status-tracker]')]"
        ".every(e => e.classList.contains('hide'))")
    page.wait_for_timeout(300)
    page.screenshot(path=path, full_page=full_page)


def ask(page, question: str, turn: int):
    """Type a question, send it, and return the answer of that turn (1-based) once it is shown."""
    page.locator("#jx-question textarea").fill(question)
    page.locator("#jx-send").click()
    bots = page.locator("#jx-chat .jx-turn:not(.jx-pending) .jx-bot")
    bots.nth(turn - 1).wait_for()
    page.wait_for_function("() => window.jxTimes.answer")
    return bots.nth(turn - 1)


def times(page) -> dict:
    """Milliseconds from the click to the pending turn and to the answer."""
    t = page.evaluate("() => window.jxTimes")
    return {"pending": t["pending"] - t["click"], "answer": t["answer"] - t["click"]}


def box(page, selector: str) -> dict:
    return page.locator(selector).bounding_box()


def overflow(page, selector: str) -> float:
    """How far the element's content (its tables) reaches past its right edge, in pixels."""
    return page.evaluate("""(sel) => {
      const el = document.querySelector(sel);
      const right = el.getBoundingClientRect().right;
      const over = [...el.querySelectorAll('table')].map(t => t.getBoundingClientRect().right - right);
      return Math.max(el.scrollWidth - el.clientWidth, document.documentElement.scrollWidth
                      - document.documentElement.clientWidth, 0, ...over);
    }""", selector)


def english(page) -> list[str]:
    """Visible texts and labels that hold Latin words other than names of files, codes and units."""
    return [text[:120] for text in page.evaluate(VISIBLE_TEXT_JS) if latin_words(text)]


def latin_words(text: str) -> list[str]:
    """Latin words in a text, leaving out file names, codes and units."""
    return [w for w in re.findall(r"[A-Za-z]{2,}", ALLOWED_LATIN.sub(" ", text))
            if w not in ALLOWED_WORDS]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)
