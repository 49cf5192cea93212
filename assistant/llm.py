"""The OpenAI-compatible chat model (OpenAI, vLLM, Ollama, llama.cpp, LM Studio...).

``make_chat_model`` builds a LangChain ``ChatOpenAI`` from ``Settings``; the ``openai`` client
under it retries 429, 408, 409, 5xx, timeouts and refused connections ``llm_max_retries``
times with exponential backoff (honouring ``Retry-After``). ``to_llm_error`` turns whatever
that stack raises into an ``LLMError`` with a Vietnamese message from which the API key
and URL credentials are scrubbed; the original exception is not chained (its text or a
traceback could carry the key).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from assistant.config import Settings
from assistant.errors import LLMError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

log = logging.getLogger(__name__)

# Local servers (vLLM, Ollama, llama.cpp) accept any key, but the openai client needs one.
PLACEHOLDER_KEY = "not-needed"
OPENAI_URL = "https://api.openai.com/v1"
_DETAIL_CHARS = 300
_TOKEN_PATTERNS = (
    (re.compile(r"(?i)\b(bearer\s+)[^\s\"',]+"), r"\1***"),
    (re.compile(r"\bsk-[A-Za-z0-9_\-]{6,}"), "sk-***"),
    (re.compile(r"(?i)(api[_-]?key[\"'=:\s]+)[^\s\"',&]+"), r"\1***"),
    (re.compile(r"(://)[^/@\s]+@"), r"\1***@"),
)


def make_chat_model(settings: Settings) -> BaseChatModel | None:
    """The configured chat model, or None when no LLM is configured (quote mode)."""
    if not settings.llm_configured:
        return None
    key = settings.llm_api_key.reveal() or PLACEHOLDER_KEY
    base_url = normalize_base_url(settings.llm_base_url)
    try:
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            model=settings.llm_model,
            api_key=key,  # type: ignore[arg-type]  # kept as a pydantic SecretStr
            base_url=base_url or None,
            temperature=settings.llm_temperature,
            timeout=settings.llm_timeout,
            max_retries=settings.llm_max_retries,
        )
    except Exception as exc:  # ImportError, pydantic validation: all reported the same way
        raise to_llm_error(exc, base_url=base_url, secrets=[key]) from None


def normalize_base_url(url: str) -> str:
    """Strip the URL; add "/v1" when it has no path ("http://localhost:8000" -> ".../v1")."""
    url = url.strip().rstrip("/")
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.path in ("", "/"):
        return urlunsplit(parts._replace(path="/v1"))
    return url


def display_url(url: str) -> str:
    """The URL without credentials ("http://u:p@host/v1" -> "http://host/v1")."""
    if not url:
        return OPENAI_URL
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit(parts._replace(netloc=host)) if parts.netloc else url


def describe_model(settings: Settings) -> str:
    """ "<model> @ <host>" for the UI, or a note that answers are quotes only. Never the key."""
    if not settings.llm_configured:
        return "Chưa cấu hình mô hình ngôn ngữ (trả lời bằng trích dẫn nguyên văn)"
    url = display_url(normalize_base_url(settings.llm_base_url))
    host = urlsplit(url).netloc or url
    return f"{settings.llm_model} @ {host}"


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every secret, bearer token, "sk-..." key and URL password masked."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    for pattern, replacement in _TOKEN_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def model_endpoint(model: Any) -> tuple[str, list[str], float | None]:
    """``(base_url, secrets, timeout)`` of a ChatOpenAI-like model, for error messages."""
    base_url = str(getattr(model, "openai_api_base", "") or "")
    secrets: list[str] = []
    key = getattr(model, "openai_api_key", None)
    reveal = getattr(key, "get_secret_value", None)
    if callable(reveal):
        secrets.append(str(reveal()))
    elif isinstance(key, str):
        secrets.append(key)
    timeout = getattr(model, "request_timeout", None)
    return base_url, secrets, timeout if isinstance(timeout, int | float) else None


def to_llm_error(
    exc: BaseException,
    *,
    base_url: str = "",
    secrets: Iterable[str] = (),
    timeout: float | None = None,
) -> LLMError:
    """An ``LLMError`` saying in Vietnamese what failed at ``base_url``, secrets masked."""
    secrets = list(secrets)
    url = display_url(base_url)
    reason, transport = _reason(exc, timeout)
    detail = scrub(f"{type(exc).__name__}: {exc}", secrets)[:_DETAIL_CHARS]
    if transport:
        message = f"Không kết nối được mô hình ngôn ngữ tại {url}: {reason} ({detail})."
    else:
        message = f"Mô hình ngôn ngữ tại {url} trả về phản hồi không dùng được: {reason} ({detail})."
    log.warning("LLM call failed: %s", message)
    return LLMError(message)


def _reason(exc: BaseException, timeout: float | None) -> tuple[str, bool]:
    """A Vietnamese reason and whether the failure is one of transport (not of content)."""
    try:
        import openai
    except ImportError:  # pragma: no cover - openai is a dependency
        return "lỗi không xác định", False
    if isinstance(exc, openai.APITimeoutError):
        limit = f" {timeout:g} giây" if timeout else ""
        return f"quá thời gian chờ{limit} (BAOCAO_LLM_TIMEOUT)", True
    if isinstance(exc, openai.APIConnectionError):
        return "máy chủ không phản hồi; kiểm tra BAOCAO_LLM_BASE_URL và máy chủ mô hình", True
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return "khóa API bị từ chối; kiểm tra BAOCAO_LLM_API_KEY", True
    if isinstance(exc, openai.NotFoundError):
        return "không tìm thấy mô hình hoặc đường dẫn; kiểm tra BAOCAO_LLM_MODEL", True
    if isinstance(exc, openai.RateLimitError):
        return "máy chủ báo quá tải (HTTP 429) sau các lần thử lại", True
    if isinstance(exc, openai.APIStatusError):
        retried = exc.status_code >= 500 or exc.status_code in (408, 409)
        return f"máy chủ trả lỗi HTTP {exc.status_code}" + (" sau các lần thử lại" * retried), True
    if isinstance(exc, ImportError):
        return "thiếu gói langchain-openai hoặc openai", False
    return "phản hồi sai định dạng", False
