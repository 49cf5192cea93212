"""The ``config`` commands: read and change the TOML config file, secrets never shown.

``baocao config path|get KEY|set KEY [VALUE]|unset KEY|show [--json]``. The file is the one
``Settings`` reads (``--config``, ``$BAOCAO_CONFIG``, else the first that exists), or else
``<data_dir>/config.toml``. It is written atomically with owner-only permissions; a file
found readable by group or others is tightened to 0600, with a warning. Editing keeps the
file's comments and other lines. A secret given without VALUE is read from standard input
(hidden when it is a terminal), so that it stays out of the shell history.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path
from typing import Any

from assistant.config import (
    SECRET_FIELDS,
    Secret,
    Settings,
    config_keys,
    env_variable,
    make_private,
    validate_setting,
    write_private,
)
from assistant.errors import ConfigError

_HEADER = "# Cấu hình baocao (sửa bằng: baocao config set KHÓA GIÁ_TRỊ)\n"


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("config", help="xem và sửa tệp cấu hình (khóa bí mật luôn được che)")
    p.set_defaults(handler=run_config, load_settings=load_settings)
    actions = p.add_subparsers(dest="config_action", metavar="THAO_TÁC", required=True)
    actions.add_parser("path", help="đường dẫn tệp cấu hình")
    get = actions.add_parser("get", help="giá trị đang dùng của một khóa")
    get.add_argument("key", metavar="KHÓA")
    put = actions.add_parser("set", help="ghi một khóa vào tệp cấu hình")
    put.add_argument("key", metavar="KHÓA")
    put.add_argument("value", metavar="GIÁ_TRỊ", nargs="?", help="bỏ trống hoặc '-' để nhập ẩn")
    unset = actions.add_parser("unset", help="xóa một khóa khỏi tệp cấu hình")
    unset.add_argument("key", metavar="KHÓA")
    show = actions.add_parser("show", help="mọi thiết lập, nguồn của chúng; khóa bí mật được che")
    show.add_argument("--json", action="store_true", help="in dạng JSON")


def load_settings(overrides: Mapping[str, Any]) -> Settings:
    """Settings as usual; when they cannot be read, defaults, so that the file can be fixed."""
    try:
        return Settings.load(overrides)
    except ConfigError as exc:
        reason = str(exc).rstrip(". ")
        print(f"Cảnh báo: {reason}. Tạm dùng giá trị mặc định để sửa tệp cấu hình.", file=sys.stderr)
        data_dir = overrides.get("data_dir") or os.environ.get("BAOCAO_DATA_DIR")
        return Settings(data_dir=Path(data_dir).expanduser()) if data_dir else Settings()


def config_path(args: argparse.Namespace, settings: Settings) -> Path:
    """The file the config commands read and write."""
    explicit = getattr(args, "config", None) or os.environ.get("BAOCAO_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    return settings.config_file or settings.data_dir.expanduser() / "config.toml"


def run_config(args: argparse.Namespace, settings: Settings) -> int:
    path = config_path(args, settings)
    _tighten(path)
    if args.config_action == "path":
        print(path)
        if not path.exists():
            print("(tệp chưa có; tạo bằng: baocao config set KHÓA GIÁ_TRỊ)", file=sys.stderr)
    elif args.config_action == "get":
        print(shown_value(args.key, _effective(settings, args.key)))
    elif args.config_action == "set":
        set_value(path, args.key, args.value)
    elif args.config_action == "unset":
        unset_value(path, args.key)
    else:
        rows = describe(settings, path)
        print(json.dumps(rows, ensure_ascii=False, indent=2) if args.json else format_rows(rows, path))
    return 0


def _tighten(path: Path) -> None:
    old = make_private(path)
    if old is not None:
        print(
            f"Cảnh báo: tệp cấu hình {path} để nhóm hoặc người khác truy cập được (quyền "
            f"{old:03o}); đã đổi thành 600 (chỉ chủ sở hữu đọc, ghi).",
            file=sys.stderr,
        )


def _effective(settings: Settings, key: str) -> Any:
    if key not in config_keys():
        validate_setting(key, "")  # raises the error that lists the valid keys
    return getattr(settings, key)


def shown_value(key: str, value: Any) -> str:
    """A value as printed: secrets masked, "" for unset ones."""
    if key in SECRET_FIELDS or isinstance(value, Secret):
        return "***" if value else ""
    return "" if value is None else str(value)


def read_file(path: Path) -> tuple[str, dict[str, Any]]:
    """The file's text and values ("" and {} when it does not exist)."""
    if not path.exists():
        return "", {}
    try:
        text = path.read_text(encoding="utf-8")
        return text, tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"Không đọc được tệp cấu hình {path}: {exc}. Hãy sửa tệp bằng tay.") from None


def set_value(path: Path, key: str, raw: str | None) -> None:
    """Validate ``raw`` for ``key`` and write it to the file."""
    if raw is None or raw == "-":
        raw = _read_value(key)
    elif key in SECRET_FIELDS:
        print("Lưu ý: giá trị gõ trên dòng lệnh có thể nằm lại trong lịch sử shell.", file=sys.stderr)
    value = validate_setting(key, raw)
    text, values = read_file(path)
    write_private(path, edited(text, values, key, value))
    print(f"Đã lưu {key} = {shown_value(key, value)} vào {path}.")
    _note_override(key)


def unset_value(path: Path, key: str) -> None:
    """Remove ``key`` from the file (any key the file holds, so that a wrong one can go)."""
    text, values = read_file(path)
    if key not in values:
        if key not in config_keys():
            validate_setting(key, "")
        print(f"Tệp cấu hình {path} không có khóa {key}.")
        return
    write_private(path, edited(text, values, key, None))
    print(f"Đã xóa {key} khỏi {path}.")
    _note_override(key)


def _read_value(key: str) -> str:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"Giá trị cho {key} (không hiện khi gõ): ")
    return sys.stdin.readline().rstrip("\r\n")


def _note_override(key: str) -> None:
    variable = env_variable(key)
    if variable:
        print(
            f"Lưu ý: biến môi trường {variable} đang đặt; nó được ưu tiên hơn tệp cấu hình.", file=sys.stderr
        )


def edited(text: str, values: Mapping[str, Any], key: str, value: Any) -> str:
    """``text`` with ``key`` set to ``value`` (removed when None), other lines kept."""
    expected = {k: v for k, v in values.items() if k != key}
    if value is not None:
        expected[key] = value
    lines = text.splitlines(keepends=True)
    first_table = next((i for i, line in enumerate(lines) if re.match(r"\s*\[", line)), len(lines))
    own = re.compile(rf"""\s*(?:{re.escape(key)}|"{re.escape(key)}"|'{re.escape(key)}')\s*=""")
    index = next((i for i in range(first_table) if own.match(lines[i])), None)
    line = f"{key} = {toml_value(value)}\n" if value is not None else ""
    if index is not None:
        lines[index] = line
    elif line:
        if first_table and not lines[first_table - 1].endswith("\n"):
            lines[first_table - 1] += "\n"
        lines.insert(first_table, line)
    new = "".join(lines)
    try:
        if tomllib.loads(new) == expected:
            return new if new.strip() else _HEADER
    except tomllib.TOMLDecodeError:
        pass
    return dump(expected)  # an edit the lines could not express (a multi-line value): rewrite


def dump(values: Mapping[str, Any]) -> str:
    """A TOML document of flat key = value lines."""
    return _HEADER + "".join(f"{k} = {toml_value(v)}\n" for k, v in values.items())


def toml_value(value: Any) -> str:
    """``value`` (str, bool, int, float) as a TOML value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value) if value == value and abs(value) != float("inf") else str(value).lower()
    if not isinstance(value, str):
        raise ConfigError(f"Không ghi được giá trị kiểu {type(value).__name__} vào tệp cấu hình.")
    escapes = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
    out = "".join(
        escapes.get(ch) or (f"\\u{ord(ch):04X}" if ord(ch) < 0x20 or ord(ch) == 0x7F else ch) for ch in value
    )
    return f'"{out}"'


def describe(settings: Settings, path: Path) -> dict[str, dict[str, str]]:
    """Every setting: the value in use (secrets masked) and where it comes from."""
    _, from_file = read_file(path) if path == settings.config_file or path.exists() else ("", {})
    defaults = Settings()
    rows = {}
    for f in fields(Settings):
        if f.name == "config_file":
            continue
        value = getattr(settings, f.name)
        variable = env_variable(f.name)
        if variable:
            source = f"biến môi trường {variable}"
        elif f.name in from_file:
            source = "tệp cấu hình"
        elif value != getattr(defaults, f.name):
            source = "tham số dòng lệnh"
        else:
            source = "mặc định"
        rows[f.name] = {"value": shown_value(f.name, value), "source": source}
    return rows


def format_rows(rows: Mapping[str, Mapping[str, str]], path: Path) -> str:
    state = "" if path.exists() else " (chưa có)"
    lines = [f"Tệp cấu hình: {path}{state}"]
    width = max(len(k) for k in rows)
    lines += [f"{k.ljust(width)} = {r['value']}  # {r['source']}" for k, r in rows.items()]
    return "\n".join(lines)
