"""Settings: the only reader of environment variables and config files.

Precedence (lowest to highest): built-in defaults < config file < ``BAOCAO_*`` environment
variables < explicit overrides (CLI flags). Everything else in the code base receives values
from a ``Settings`` object as arguments.

The config file is TOML: ``$BAOCAO_CONFIG`` if set, else ``<data_dir>/config.toml`` when it
exists, else ``~/.config/baocao/config.toml``. Keys are the field names below. ``baocao config``
writes it through ``write_private`` (owner-only permissions); ``Settings.load`` warns when a
file holding a secret can be read by group or others.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from assistant.errors import ConfigError

log = logging.getLogger(__name__)

ENV_PREFIX = "BAOCAO_"
DEFAULT_EMBEDDER = "intfloat/multilingual-e5-small"
SECRET_FIELDS = ("llm_api_key", "ui_password")
# Standard variables read when ours are unset.
ENV_ALIASES = {
    "llm_api_key": "OPENAI_API_KEY",
    "llm_base_url": "OPENAI_BASE_URL",
    "hf_offline": "HF_HUB_OFFLINE",
}
PRIVATE_FILE, PRIVATE_DIR = 0o600, 0o700


class Secret(str):
    """A string that never shows itself in repr, logs or f-strings of containers."""

    def __repr__(self) -> str:
        return "Secret('***')" if self else "Secret('')"

    def __str__(self) -> str:
        return "***" if self else ""

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def reveal(self) -> str:
        return str.__str__(self)


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "baocao"


@dataclass(frozen=True)
class Settings:
    """All configuration of baocao. Build it with ``Settings.load()``."""

    data_dir: Path = field(default_factory=_default_data_dir)
    chroma_url: str = ""  # set -> Chroma HttpClient instead of the embedded store
    collection: str = "baocao"
    # "auto": the neural default when it can be loaded offline, else the hashing embedder;
    # "hashing": always the offline lexical embedder; anything else: a model name or path.
    embedder: str = "auto"
    embedder_model: str = DEFAULT_EMBEDDER
    reranker: str = ""  # a CrossEncoder name or path; empty = no reranking
    hf_offline: bool = False  # mirrors HF_HUB_OFFLINE: never try the network for models
    max_file_mb: float = 20.0
    chunk_chars: int = 1200
    top_k: int = 8
    refusal_threshold: float = 0.0  # calibrated default lives in the answering code
    llm_base_url: str = ""
    llm_api_key: Secret = field(default_factory=Secret)
    llm_model: str = ""
    llm_timeout: float = 30.0
    llm_max_retries: int = 2
    llm_temperature: float = 0.0
    host: str = "127.0.0.1"
    port: int = 7860
    ui_user: str = "admin"
    ui_password: Secret = field(default_factory=Secret)
    upload_max_mb: float = 20.0
    write_wait_s: float = 300.0  # server mode: how long a write waits for another writer
    config_file: Path | None = None

    def __post_init__(self) -> None:
        _check_positive(
            self, ("max_file_mb", "chunk_chars", "top_k", "llm_timeout", "upload_max_mb", "write_wait_s")
        )
        if self.llm_max_retries < 0:
            raise ConfigError("llm_max_retries phải >= 0 (BAOCAO_LLM_MAX_RETRIES).")
        if not 0 < self.port < 65536:
            raise ConfigError(f"port không hợp lệ: {self.port} (BAOCAO_PORT, 1-65535).")

    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_model and (self.llm_base_url or self.llm_api_key))

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 2**20)

    @classmethod
    def load(
        cls, overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
    ) -> Settings:
        """Read defaults, the config file, ``BAOCAO_*`` variables, then ``overrides``."""
        env = os.environ if environ is None else environ
        explicit = {k: v for k, v in (overrides or {}).items() if v is not None}
        from_env = _read_env(env)
        data_dir = explicit.get("data_dir") or from_env.get("data_dir")
        path = _explicit_config(explicit.pop("config_file", None)) or _config_path(env, data_dir)
        from_file = _read_file(path) if path else {}
        if path:
            _warn_if_exposed(path, from_file)
        values: dict[str, Any] = {**from_file, **from_env, **explicit}
        if path:
            values["config_file"] = path
        return cls(**_coerce(values))

    def with_overrides(self, **changes: Any) -> Settings:
        return replace(self, **_coerce({k: v for k, v in changes.items() if v is not None}))

    def public_dict(self) -> dict[str, Any]:
        """Settings for display: secrets masked."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = ("***" if value else "") if isinstance(value, Secret) else str(value)
        return out


def _check_positive(settings: Settings, names: tuple[str, ...]) -> None:
    for name in names:
        if getattr(settings, name) <= 0:
            env = ENV_PREFIX + name.upper()
            raise ConfigError(f"{name} phải là số dương (đặt lại {env} hoặc tệp cấu hình).")


def _read_env(env: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for f in fields(Settings):
        raw = env.get(ENV_PREFIX + f.name.upper())
        if raw is not None and raw != "":
            values[f.name] = raw
    for name, alias in ENV_ALIASES.items():
        if name not in values and env.get(alias):
            values[name] = env[alias]
    return values


def env_variable(name: str, env: Mapping[str, str] | None = None) -> str | None:
    """The environment variable that sets setting ``name`` now (it outranks the file), if any."""
    env = os.environ if env is None else env
    for variable in (ENV_PREFIX + name.upper(), ENV_ALIASES.get(name, "")):
        if variable and env.get(variable):
            return variable
    return None


def _explicit_config(value: Any) -> Path | None:
    if not value:
        return None
    path = Path(value).expanduser()
    if not path.is_file():
        raise ConfigError(f"Không tìm thấy tệp cấu hình {path} (tham số --config).")
    return path


def _config_path(env: Mapping[str, str], data_dir: Any) -> Path | None:
    if env.get(ENV_PREFIX + "CONFIG"):
        path = Path(env[ENV_PREFIX + "CONFIG"]).expanduser()
        if not path.is_file():
            raise ConfigError(f"Không tìm thấy tệp cấu hình {path} (biến BAOCAO_CONFIG).")
        return path
    candidates = [Path(data_dir).expanduser() / "config.toml"] if data_dir else []
    candidates.append(Path.home() / ".config" / "baocao" / "config.toml")
    return next((p for p in candidates if p.is_file()), None)


def _read_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"Không đọc được tệp cấu hình {path}: {exc}") from exc
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"Tệp cấu hình {path} có khóa không hợp lệ: {', '.join(unknown)}.")
    return data


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _coerce(values: Mapping[str, Any]) -> dict[str, Any]:
    types = {f.name: f.type for f in fields(Settings)}
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in types:
            raise ConfigError(f"Thiết lập không tồn tại: {name}.")
        out[name] = _coerce_one(name, str(types[name]), value)
    return out


def _coerce_one(name: str, type_name: str, value: Any) -> Any:
    try:
        if type_name in ("Path", "Path | None"):
            return Path(value).expanduser() if value not in (None, "") else None
        if type_name == "Secret":
            # str() of a Secret is "***": keep one as it is, wrap anything else.
            return value if isinstance(value, Secret) else Secret(str(value))
        if type_name == "bool":
            text = str(value).strip().lower()
            if text not in _TRUE | _FALSE:
                raise ValueError(value)
            return text in _TRUE
        if type_name == "int":
            return int(value)
        if type_name == "float":
            return float(value)
    except (TypeError, ValueError) as exc:
        env = ENV_PREFIX + name.upper()
        raise ConfigError(f"Giá trị không hợp lệ cho {name} ({env}): {value!r}.") from exc
    return str(value)


# -- the config file on disk ------------------------------------------------------------------
def config_keys() -> list[str]:
    """The keys a config file may hold."""
    return [f.name for f in fields(Settings) if f.name != "config_file"]


def validate_setting(name: str, value: Any) -> Any:
    """``value`` typed for setting ``name`` as a TOML value; ConfigError naming the setting."""
    if name not in config_keys():
        raise ConfigError(
            f"Khóa cấu hình không tồn tại: {name}. Các khóa hợp lệ: {', '.join(config_keys())}."
        )
    typed = _coerce({name: value})
    Settings(**typed)  # the same checks as when the file is read
    out = typed[name]
    if isinstance(out, Secret):
        return out.reveal()
    return str(out) if isinstance(out, Path) else out


def exposed_mode(path: Path) -> int | None:
    """The permission bits of ``path`` when group or others may access it, else None."""
    if os.name != "posix" or not path.exists():
        return None
    mode = stat.S_IMODE(path.stat().st_mode)
    return mode if mode & 0o077 else None


def make_private(path: Path) -> int | None:
    """Restrict ``path`` to its owner (0600); returns the old mode when it was wider."""
    mode = exposed_mode(path)
    if mode is not None:
        os.chmod(path, PRIVATE_FILE)
    return mode


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, owner-only (0600); new folders get 0700."""
    target = path.expanduser()
    target = target.resolve() if target.is_symlink() else target
    _private_dirs(target.parent)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, PRIVATE_FILE)  # exactly 0600, whatever the umask
            os.write(fd, text.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _private_dirs(folder: Path) -> None:
    """Create ``folder`` and its missing parents; the ones created here are 0700."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        new.mkdir(mode=PRIVATE_DIR, exist_ok=True)
        if os.name == "posix":
            os.chmod(new, PRIVATE_DIR)


def _warn_if_exposed(path: Path, values: Mapping[str, Any]) -> None:
    held = [name for name in SECRET_FIELDS if values.get(name)]
    mode = exposed_mode(path) if held else None
    if mode is not None:
        log.warning(
            "Tệp cấu hình %s chứa %s nhưng nhóm hoặc người khác đọc được (quyền %s). Hãy chạy: chmod 600 %s",
            path,
            ", ".join(held),
            format(mode, "03o"),
            path,
        )
