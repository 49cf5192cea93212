"""Text-level output safety: inert markup, no foreign URLs, no secrets (see ``assistant.safety``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

MASK = "***"
_SHORT_SECRET = 12  # shorter secrets are masked only as whole words (a 6-digit PIN is not "2024")
MIN_SECRET = 4
_MAX_PASSES = 8

_NEWLINES = re.compile(r"\r\n?")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BLOCKS = re.compile(
    r"<\s*(script|style|iframe|object|embed|template|noscript|svg|math)\b[^>]*>.*?(?:<\s*/\s*\1\s*>|$)",
    re.I | re.S,
)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
# Tags that fetch or link are removed even when unterminated (to the end of their line).
_MEDIA_TAG = re.compile(r"<(?:img|image|picture|source|video|audio|track)\b(?:[^<>]*>|[^<>\n]*)", re.I)
_LINK_TAG = re.compile(
    r"</?(?:a|area|link|base|form)\b(?:[^<>]*>|[^<>\n]*)|<[a-z][a-z0-9+.-]*:[^<>\s]*>", re.I
)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<![A-Za-z\[][^<>]*>|<\?[^<>]*\?>")
# A link destination: "(url)", "(<url>)", "(url "title")", with one level of parentheses inside.
_DEST = r"\(\s*<?(?:[^()\s<>]|\([^()\s]*\))*>?(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)"
# A label may hold one level of brackets ("[2]" citation markers), as CommonMark allows.
_LABEL = r"(?:[^\[\]\n]|\[[^\[\]\n]*\])"
_MD_IMAGE = re.compile(r"!\[(" + _LABEL + r"*)\]\s?(?:" + _DEST + r"|\[[^\]\n]*\])")
_MD_LINK = re.compile(r"\[(" + _LABEL + r"+)\]" + _DEST)
_MD_REF_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*<?(?:[A-Za-z][A-Za-z0-9+.-]*:|www\.|/)\S*.*$", re.M)
_URL = re.compile(
    r"(?:\b(?:https?|ftps?|file)://|\bwww\.|\b(?:javascript|vbscript|data):)[^\s<>\"'«»“”\[\]{}|\\^`]*",
    re.I,
)
_GAPS = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")  # left where something was removed mid-line
_URL_TAIL = ".,;:!?)»”’'\""
_KEY_SHAPES = (
    re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]{8,}"),
    re.compile(r"\bsk-[A-Za-z0-9_\-]{6,}"),
    re.compile(r"(?i)\b(api[_-]?key[\"'=:\s]+)[^\s\"',&\[\]]*[^\s\"',&\[\].;:!?)]"),
    re.compile(r"(://)[^/@\s]+(?=@)"),
)


@dataclass
class Cleaned:
    """Sanitised text and the kinds of content removed from it (keys of ``_REMOVED``)."""

    text: str
    removed: set[str] = field(default_factory=set)


def strip_unsafe_markup(text: str) -> Cleaned:
    """``text`` with HTML, markdown images/links and control characters made inert."""
    out = Cleaned(_NEWLINES.sub("\n", text or ""))
    steps: tuple[tuple[re.Pattern[str], Any, str], ...] = (
        (_CONTROL, "", "control"),
        (_BLOCKS, "", "html"),
        (_COMMENT, "", "html"),
        (_MEDIA_TAG, "", "image"),
        (_LINK_TAG, "", "link"),
        (_TAG, "", "html"),
        (_MD_IMAGE, lambda m: m.group(1).strip(), "image"),
        (_MD_LINK, _link_label, "link"),
        (_MD_REF_DEF, "", "link"),
    )
    for pattern, replacement, kind in steps:
        out.text, count = pattern.subn(replacement, out.text)
        if count:
            out.removed.add(kind)
    if out.removed:
        out.text = _GAPS.sub(" ", out.text)
    return out


def _link_label(match: re.Match[str]) -> str:
    label = match.group(1).strip()
    return f"[{label}]" if label.isdigit() else label


def drop_foreign_urls(text: str, sources: Sequence[str]) -> Cleaned:
    """Plain URLs kept (as text) when a source holds the same URL; the others removed."""
    removed: set[str] = set()
    known = {m.group(0).rstrip(_URL_TAIL) for source in sources for m in _URL.finditer(source)}

    def check(match: re.Match[str]) -> str:
        url = match.group(0)
        core = url.rstrip(_URL_TAIL)
        if core in known:
            return url
        removed.add("link")
        return url[len(core) :]

    return Cleaned(_URL.sub(check, text), removed)


def mask_secrets(text: str, secrets: Iterable[str], shapes: bool = True) -> Cleaned:
    """``text`` with each secret (and, with ``shapes``, anything shaped like a key) as "***"."""
    before = text
    for secret in sorted({s for s in secrets if s and len(s) >= MIN_SECRET}, key=len, reverse=True):
        if len(secret) >= _SHORT_SECRET:
            text = text.replace(secret, MASK)
        else:
            text = re.sub(r"(?<!\w)" + re.escape(secret) + r"(?!\w)", MASK, text)
    for pattern in _KEY_SHAPES if shapes else ():
        text = pattern.sub(lambda m: (m.group(1) if m.groups() else "") + MASK, text)
    return Cleaned(text, {"secret"} if text != before else set())


def clean_text(text: str, secrets: Iterable[str] = (), sources: Sequence[str] | None = None) -> Cleaned:
    """Markup, foreign URLs (when ``sources`` is given) and secrets removed from ``text``.

    Repeated until nothing changes: removing one thing can join the pieces of another
    ("<b>" inside "<scr<b>ipt>"). Every change shortens the text, so this ends.
    """
    secrets = list(secrets)
    out = Cleaned(text or "")
    for _ in range(_MAX_PASSES):
        step = strip_unsafe_markup(out.text)
        if sources is not None:
            urls = drop_foreign_urls(step.text, sources)
            gaps = _GAPS.sub(" ", urls.text) if urls.removed else urls.text
            step = Cleaned(gaps, step.removed | urls.removed)
        masked = mask_secrets(step.text, secrets)
        changed = masked.text != out.text
        out = Cleaned(masked.text, out.removed | step.removed | masked.removed)
        if not changed:
            break
    return out


class StreamGuard:
    """Masks secrets in streamed text, holding back a tail that could begin one."""

    def __init__(self, secrets: Sequence[str]) -> None:
        self.secrets = [s for s in secrets if s and len(s) >= MIN_SECRET]
        self.pending = ""

    def feed(self, delta: str) -> str:
        """The part of the text so far that is safe to show now."""
        self.pending += delta
        # Only the configured secrets: a key shape matched on a partial word would let its rest through.
        text = mask_secrets(self.pending, self.secrets, shapes=False).text
        hold = max((_prefix_tail(text, s) for s in self.secrets), default=0)
        self.pending = text[len(text) - hold :] if hold else ""
        return text[: len(text) - hold]

    def flush(self) -> str:
        """What is left at the end of the stream."""
        text, self.pending = mask_secrets(self.pending, self.secrets, shapes=False).text, ""
        return text


def _prefix_tail(text: str, secret: str) -> int:
    """Length of the longest end of ``text`` that is a proper prefix of ``secret``."""
    for size in range(min(len(text), len(secret) - 1), 0, -1):
        if secret.startswith(text[-size:]):
            return size
    return 0
