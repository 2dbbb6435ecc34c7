"""Load benchmark of the web app: many clients asking while one upload is read.

    python -m eval.load_bench [--clients 20] [--questions 10]

Starts a real `jixiao serve` on a fresh store (it loads the bundled sample), asks structured
questions from `--clients` clients at once through the public /ask endpoint (Gradio's REST form,
so the figures are the server's and not a client library's), and
halfway through uploads another department's document through the upload tab in a headless
Chromium (the same path a person takes: kept in the store, read in the background, embedded).
Prints p50, p95 and max latency and the error count, for all questions and for those asked while
the upload was being read; figures go in the README.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UPLOAD = ROOT / "tests" / "data" / "other-department.docx"
CHROMIUM = Path("/usr/bin/chromium")
QUESTIONS = (
    "哪些项目的满意度目标在90%及以上？",
    "预算超过1000万元的项目有哪些？",
    "人社局全部项目预算合计多少万元？",
    "预算最高的项目是哪个？",
    "一共有多少个预算项目？",
    "劳务派遣人员工资项目的预算是多少？",
    "引用了冀人社规〔2018〕8号的项目有哪些？",
    "满意度指标值低于85%的项目有哪些？",
    "预算最高的3个项目是哪些？",
    "财政资金和其他资金各占多少？",
)


@dataclass(frozen=True)
class Sample:
    started: float
    seconds: float
    ok: bool


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path, port: int) -> subprocess.Popen:
    """`jixiao serve` in its own process; returns once it has printed its address."""
    env = dict(os.environ, PYTHONUNBUFFERED="1", HF_HUB_OFFLINE="1")
    process = subprocess.Popen([sys.executable, "-m", "ui.cli", "--store", str(store), "serve",
                                "--port", str(port)], cwd=ROOT, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    for line in process.stdout:
        print("  server:", line.rstrip(), flush=True)
        if "已启动" in line:
            return process
    raise RuntimeError("jixiao serve ended before it started")


def ask(url: str, question: str) -> bool:
    """One question through the public API's REST form (POST, then read the event stream)."""
    call = f"{url}/gradio_api/call/ask"
    request = urllib.request.Request(call, data=json.dumps({"data": [question]}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        event = json.load(response)["event_id"]
    with urllib.request.urlopen(f"{call}/{event}", timeout=120) as response:
        stream = response.read().decode()
    if "event: complete" not in stream:
        return False
    data = stream.split("event: complete", 1)[1].split("data:", 1)[1].strip().splitlines()[0]
    return json.loads(data)[0].get("found") is True


def upload_in_browser(url: str, path: Path, go: threading.Event,
                      window: list[float]) -> None:
    """Open the upload tab and choose the file, then on `go` upload it and wait for the report."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        page = browser.new_page(locale="zh-CN")
        page.set_default_timeout(600_000)
        page.goto(url)
        page.get_by_role("tab", name="上传").click()
        page.locator("#jx-files input[type=file]").set_input_files(str(path))
        page.locator("#jx-files").get_by_text(path.name).first.wait_for()
        go.wait()
        window.append(time.perf_counter())
        page.locator("#jx-ingest").click()
        page.locator("#jx-report").get_by_text("已入库").wait_for()
        window.append(time.perf_counter())
        browser.close()


def run(clients: int, questions: int) -> dict:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="jixiao-load-") as tmp:
        server = start_server(Path(tmp) / "store", port)
        try:
            samples: list[Sample] = []
            lock = threading.Lock()
            total = clients * questions
            halfway, ready = threading.Event(), threading.Barrier(clients + 1)
            window: list[float] = []
            uploader = threading.Thread(target=upload_in_browser,
                                        args=(url, UPLOAD, halfway, window))
            uploader.start()

            def client(n: int) -> None:
                ready.wait()
                for k in range(questions):
                    question = QUESTIONS[(n + k) % len(QUESTIONS)]
                    started = time.perf_counter()
                    try:
                        ok = ask(url, question)
                    except OSError:  # an error is what this benchmark counts
                        ok = False
                    with lock:
                        samples.append(Sample(started, time.perf_counter() - started, ok))
                        if len(samples) >= total // 2:
                            halfway.set()

            threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
            for t in threads:
                t.start()
            time.sleep(8)  # the browser is open on the upload tab before the first question
            ready.wait()
            began = time.perf_counter()
            for t in threads:
                t.join()
            elapsed = time.perf_counter() - began
            uploader.join()
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=60)
    during = [s for s in samples if window[0] <= s.started <= window[1]]
    return {"clients": clients, "questions_each": questions, "requests": len(samples),
            "seconds": round(elapsed, 1), "upload_seconds": round(window[1] - window[0], 1),
            "all": _stats(samples), "during_upload": _stats(during)}


def _stats(samples: list[Sample]) -> dict:
    if not samples:
        return {"n": 0}
    ms = sorted(s.seconds * 1000 for s in samples)
    return {"n": len(ms), "p50_ms": round(statistics.median(ms)),
            "p95_ms": round(ms[min(len(ms) - 1, int(len(ms) * 0.95))]), "max_ms": round(ms[-1]),
            "errors": sum(not s.ok for s in samples)}


def main() -> int:
    parser = argparse.ArgumentParser(description="网页版并发压测：多个客户端提问，中途上传一个文件")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--questions", type=int, default=10)
    args = parser.parse_args()
    report = run(args.clients, args.questions)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0 if report["all"]["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
