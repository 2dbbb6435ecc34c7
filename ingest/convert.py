"""Convert old binary Office files (.doc, .wps, .et) with LibreOffice headless, in a temporary
folder that is removed afterwards; the converted bytes go to the .docx or .xlsx reader.

Each run gets its own LibreOffice profile folder, so a conversion never waits for (or disturbs)
a LibreOffice the user has open, and two conversions can run side by side.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .errors import IngestError

INSTALL_OFFICE = ("sudo apt-get install libreoffice-writer-nogui libreoffice-calc-nogui"
                  "（或用 Word/WPS 另存为 .docx/.xlsx）")
_TIMEOUT = 180  # seconds; LibreOffice converts the sample in about 2


def office_program() -> str | None:
    """The LibreOffice executable on PATH, if any."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_office(path: Path, data: bytes, target: str) -> bytes:
    """The file converted to `target` ("docx" or "xlsx"); IngestError naming what to install or
    what went wrong."""
    program = office_program()
    kind = path.suffix.lower() or "旧版 Office"
    if program is None:
        raise IngestError(path, f"读取 {kind} 文件需要 LibreOffice，本机没有安装",
                          f"请安装：{INSTALL_OFFICE}")
    with tempfile.TemporaryDirectory(prefix="jixiao-convert-") as scratch:
        folder = Path(scratch)
        source = folder / f"input{path.suffix.lower()}"
        source.write_bytes(data)
        out = folder / "out"
        command = [program, "--headless", "--norestore", "--nolockcheck",
                   f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                   "--convert-to", target, "--outdir", str(out), str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=_TIMEOUT, check=False,
                           stdin=subprocess.DEVNULL, env={**os.environ, "HOME": scratch})
        except subprocess.TimeoutExpired as error:
            raise IngestError(path, f"LibreOffice 转换超时（{_TIMEOUT} 秒）",
                              f"请用 Word/WPS 打开后另存为 .{target} 再重试") from error
        result = out / f"input.{target}"
        if not result.is_file() or result.stat().st_size == 0:
            raise IngestError(path, "LibreOffice 无法转换该文件（可能已损坏或受密码保护）",
                              f"请用 Word/WPS 打开后另存为 .{target} 再重试")
        return result.read_bytes()
