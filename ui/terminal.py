"""Text for the terminal: control characters shown as escapes, argparse's messages in Chinese."""

from __future__ import annotations

import argparse
import unicodedata

# argparse builds every message through its module-level `_` at call time; these are the ones
# a person can meet with the jixiao command (Python 3.11's wording).
ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "expected one argument": "后面需要跟一个值",
    "expected at most one argument": "后面最多跟一个值",
    "expected at least one argument": "后面至少跟一个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是：%(matches)s",
    "invalid %(type)s value: %(value)r": "无效的值：%(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选：%(choices)s）",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s（用 %(prog)s -h 查看用法）\n",
    "one of the arguments %s is required": "需要以下参数之一：%s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "忽略了多余的值 %r",
    "can't open '%(filename)s': %(error)s": "无法打开 '%(filename)s'：%(error)s",
    "unexpected option string: %s": "意外的选项：%s",
}


def use_chinese_argparse() -> None:
    """Route argparse's messages (usage, errors, the -h line) through ARGPARSE_ZH."""
    argparse._ = lambda message: ARGPARSE_ZH.get(message, message)  # type: ignore[attr-defined]


def printable(text: object, keep_newlines: bool = False) -> str:
    """Text safe to print on one line: control characters (newline, ESC …) shown as escapes.

    A file named «a\\n\\x1b[31m.docx» would otherwise split a one-line error or recolour the
    terminal. `keep_newlines` keeps the line breaks of multi-line text such as an answer."""
    out = []
    for char in str(text):
        if char == "\n" and keep_newlines:
            out.append(char)
        elif unicodedata.category(char) in ("Cc", "Cf") and char not in ("\u200d",):
            out.append(repr(char)[1:-1] if char.isascii() or ord(char) < 0x100
                       else f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "".join(out)
