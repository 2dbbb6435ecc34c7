"""What `jixiao serve` does before it reports its address: credentials, sample, model and indexes."""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable
from pathlib import Path

from assistant.service import Assistant
from store.settings import SAMPLE_DIR

AUTH_ENV = "JIXIAO_AUTH"
SYNC_WAIT_S = 60  # how long a start waits for the vector index before going on in background
AUTH_REMEDY = (f"设置环境变量 {AUTH_ENV}=用户名:密码，或用 --auth-file 指定口令文件"
               "（每行「用户名:密码」）；只在本机使用时请去掉 --host")


class StartupError(Exception):
    """The server must not start; the message says why and what to do (one line, Chinese)."""


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything, so it counts as open


def parse_credentials(text: str, origin: str) -> list[tuple[str, str]]:
    """«用户名:密码» pairs, one a line; blank lines and «#» comments are skipped."""
    pairs = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        user, sep, password = line.partition(":")
        if not sep or not user.strip() or not password:
            raise StartupError(f"{origin} 第{n}行不是「用户名:密码」的形式 — 请改正后重试")
        pairs.append((user.strip(), password))
    return pairs


def resolve_auth(host: str, port: int, env_value: str | None,
                 auth_file: Path | None) -> list[tuple[str, str]] | None:
    """The login pairs for Gradio's auth; required (StartupError) when the address is not loopback."""
    pairs: list[tuple[str, str]] = []
    if env_value:
        pairs += parse_credentials(env_value, f"环境变量 {AUTH_ENV}")
    if auth_file is not None:
        try:
            text = Path(auth_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise StartupError(f"{auth_file}: 无法读取口令文件（{err}）— 请检查路径和权限") from err
        pairs += parse_credentials(text, str(auth_file))
        if not pairs:
            raise StartupError(f"{auth_file}: 口令文件里没有「用户名:密码」 — 请至少写一行")
    if not pairs and not is_loopback(host):
        raise StartupError(f"拒绝在 {host}:{port} 上启动：这个地址其他机器也能访问，必须设置登录口令"
                           f" — {AUTH_REMEDY}")
    return pairs or None


def ensure_sample(assistant: Assistant) -> list:
    """Ingest the bundled sample documents when the store holds no project yet."""
    if assistant.projects():
        return []
    return assistant.ingest(sorted(SAMPLE_DIR.glob("*.docx")))


def prepare(assistant: Assistant, log: Callable[[str], None] = lambda _line: None) -> None:
    """Make the first question fast: sample in, catalog built, model loaded, vectors synced."""
    library = assistant.library
    log(f"数据库：{library.settings.store}")
    for report in ensure_sample(assistant):
        log(f"库是空的，已导入示例文件：{Path(report.path).name}（{report.projects} 个项目）")
    summaries = assistant.overview()
    projects = sum(s.projects for s in summaries)
    indicators = sum(s.indicators for s in summaries)
    departments = "、".join(f"{s.department}{'' if s.year is None else f' {s.year}年'}"
                            for s in summaries) or "无"
    log(f"已载入：{len(summaries)} 个部门/年度（{departments}），{projects} 个项目，{indicators} 条指标")
    started = time.perf_counter()
    log("正在加载检索模型并建立索引（首次约需十几秒）…")
    # The model loads here, so a bad model folder stops the start with its message; the index
    # then catches up in the background. A small store waits for it; a large one starts at
    # once and its questions search what is indexed (keywords cover everything meanwhile).
    (vector,) = library.embedder.embed_queries(["预热"])
    before = len(library.vectors.ids())
    thread = library.start_vector_sync()
    thread.join(timeout=SYNC_WAIT_S)
    status = library.sync_status
    if status.error:
        raise RuntimeError(status.error)
    if library.vectors.ids():
        library.vectors.search(vector, 1)  # Chroma's first search is slow
    _ = library.keywords
    _ = assistant.engine  # the catalog of names and rows
    added = len(library.vectors.ids()) - before
    if thread.is_alive():
        log(f"检索模型 {library.embedder.name} 已就绪；向量索引在后台继续建立"
            f"（{status.done}/{status.total} 段），其间的问题按已建部分和关键词检索")
    else:
        log(f"检索模型 {library.embedder.name} 已就绪；向量索引新增 {added} 段"
            f"（用时 {time.perf_counter() - started:.1f} 秒）")
