"""Line heuristics for metadata: site chrome, title lines, bylines, formal report blocks.

Scraped articles keep some web chrome (breadcrumbs, share bars, weather, polls); formal
reports have a fixed header (committee, number, place and date, "BÁO CÁO", subject) and a
signature block. These helpers read those shapes without knowing any particular site.
"""

from __future__ import annotations

import re

from ingest.dates import classify_line
from ingest.provinces import find_provinces
from ingest.text import fold

_CHROME_START = re.compile(
    r"^(?:trang chu|chia se|co chu|in bai|binh luan|tin lien quan|xem them|dang nhap|dang ky"
    r"|viet binh luan|gui binh luan|tin cung chuyen muc|doc nhieu|xem nhieu|tin moi|tin noi bat"
    r"|chao mung|thoi tiet|tham do|binh chon|bieu quyet|nguon\s*:|tu khoa|lien he|ban quyen"
    r"|copyright|©|giay phep|dia chi\s*:|anh\s*:)"
)
_BREADCRUMB = re.compile(r"[›»>|/·•]")
_WEATHER = re.compile(r"\d\s*°\s*c|\d+\s*-\s*\d+\s*°|\bdo am\b")
_VIEWING = re.compile(r"^(?:you are currently viewing|ban dang xem|dang xem)\s*:?\s*", re.I)
_BYLINE_PREFIX = re.compile(
    r"^(?:tin\s*,?\s*(?:va\s+)?anh|bai\s*,?\s*(?:va\s+)?anh|bai|tin|anh|theo|nhom pv|pv|ctv)\s*:\s*",
)
# A Vietnamese syllable, folded: onset, vowels, coda ("nguyen", "thuy", "ngoc"; not "online").
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$"
)
_INITIALS = re.compile(r"^(?:\w\.){1,3}\w?$")
_NOT_NAMES = {"facebook", "twitter", "zalo", "email", "english", "rss", "video", "multimedia"}
_FORMAL_HEADINGS = re.compile(r"^(?:bao cao|to trinh|ke hoach|thong bao|nghi quyet|chuong trinh)$")
_SIGNED = re.compile(r"^\(?\s*(?:da ky|ky ten|ky|da ky va dong dau)\s*\)?$")
LONG_PARAGRAPH_WORDS = 20


def strip_marks(line: str) -> str:
    """The line without Markdown emphasis, heading hashes or list bullets around it."""
    return line.strip().strip("*_#>").strip()


def words(line: str) -> int:
    return len(line.split())


def is_chrome(line: str) -> bool:
    """True for site furniture: breadcrumbs, share bars, weather, banners, footers."""
    folded = fold(strip_marks(line))
    if not folded or _CHROME_START.match(folded) or _WEATHER.search(folded):
        return True
    parts = [p for p in _BREADCRUMB.split(folded) if p.strip()]
    if len(parts) >= 2 and all(words(p) <= 4 for p in parts):
        return True
    return line.isupper() and words(line) > 6


def clean_title(line: str) -> str:
    return _VIEWING.sub("", strip_marks(line)).strip()


def is_title_candidate(line: str) -> bool:
    text = clean_title(line)
    if not 6 <= words(text) <= 45 or text.endswith((".", ":", ";", "?")):
        return False
    return not (is_chrome(text) or classify_line(text) or person_name(text))


def title_from_lines(lines: list[str], max_lines: int = 25) -> str:
    """The article title among the first lines, before the first body paragraph.

    Sites print the date just above or below the title, so with a date line the nearest
    title-like line wins; without one, the title-like line closest above the body does
    (section names and banners come earlier).
    """
    kept: list[tuple[str, bool]] = []  # (line, is date line), chrome dropped
    for line in lines[:max_lines]:
        text = clean_title(line)
        if not text:
            continue
        if words(text) >= LONG_PARAGRAPH_WORDS and text.endswith((".", ":")):
            break  # the body has started
        is_date = classify_line(text) is not None
        if is_date or not is_chrome(text):
            kept.append((text, is_date))
    candidates = [i for i, (text, is_date) in enumerate(kept) if not is_date and is_title_candidate(text)]
    if not candidates:
        return ""
    dates = [i for i, (_, is_date) in enumerate(kept) if is_date]
    if not dates:
        return kept[candidates[-1]][0]
    best = min(candidates, key=lambda i: (min(abs(i - d) for d in dates), -i))
    return kept[best][0]


def person_name(line: str) -> str:
    """The name when the line is a byline ("Minh Châu", "Tin, ảnh: T.H", "MINH THU"), else ""."""
    text = strip_marks(line)
    prefix = _BYLINE_PREFIX.match(fold(text))
    if prefix:
        text = text[len(prefix.group(0)) :].strip()
    tokens = text.split()
    if not 1 <= len(tokens) <= 5 or any(t.lower() in _NOT_NAMES for t in tokens):
        return ""
    if not all(_name_token(t) for t in tokens):
        return ""
    if len(tokens) == 1 and "." not in tokens[0] and not prefix:
        return ""  # a lone capitalised word is a menu item, not a byline
    if any(p.start == 0 for p in find_provinces(text)):
        return ""  # a site name ("Thanh Hóa Ngày Nay"); family names come first in names
    return " ".join(t.capitalize() if t.isupper() and "." not in t else t for t in tokens)


def _name_token(token: str) -> bool:
    """A capitalised Vietnamese syllable ("Châu", "THU") or initials ("T.H", "Đ.T")."""
    if _INITIALS.match(token):
        return token.isupper()
    if not token.isalpha() or not token[0].isupper() or not _SYLLABLE.match(fold(token)):
        return False
    return token[1:].islower() or token.isupper() or len(token) == 1


def byline(lines: list[str]) -> str:
    """The author of a news article: the last name line right after a body paragraph (or
    any line marked "Tin, ảnh:" / "Bài:")."""
    found = ""
    previous = ""
    for line in lines:
        text = line.strip()
        if not text:
            continue
        name = person_name(text)
        marked = bool(_BYLINE_PREFIX.match(fold(strip_marks(text))))
        after_body = words(previous) >= LONG_PARAGRAPH_WORDS or (
            words(previous) >= 8 and previous.endswith((".", ";"))
        )
        if name and (marked or after_body):
            found = name
        previous = text
    return found


def signer(lines: list[str]) -> str:
    """The signer of a formal report: the name under "(đã ký)" or closing the "T/M" block."""
    tail = [strip_marks(line) for line in lines[-25:] if line.strip()]
    for i, text in enumerate(tail):
        if _SIGNED.match(fold(text)) and i + 1 < len(tail):
            return person_name(tail[i + 1]) or tail[i + 1]
    marks = [i for i, text in enumerate(tail) if fold(text).startswith(("t/m", "tm.", "k/t", "kt."))]
    if marks:
        names = [person_name(t) for t in tail[marks[-1] + 1 :] if not t.isupper()]
        return next((n for n in reversed(names) if n), "")
    return ""


def formal_title(lines: list[str], max_lines: int = 30) -> str:
    """ "Báo cáo kết quả công tác ..." from the "BÁO CÁO" line and the subject below it."""
    head = [strip_marks(line) for line in lines[:max_lines]]
    for i, text in enumerate(head):
        kind, rest = _formal_prefix(text)
        if kind and rest:
            return _join_title(kind, rest)
        if not _FORMAL_HEADINGS.match(fold(text)):
            continue
        subject: list[str] = []
        for nxt in head[i + 1 : i + 6]:
            if not nxt:
                if subject:
                    break
                continue
            if re.fullmatch(r"[-*_=.\s]+", nxt) or words(nxt) > 40:
                break
            subject.append(nxt)
        return _join_title(text, " ".join(subject))
    return ""


def _formal_prefix(text: str) -> tuple[str, str]:
    """("BÁO CÁO", "sơ kết ...") from a line that runs the document kind into its subject."""
    words_ = text.split()
    kind = " ".join(words_[:2])
    rest = " ".join(words_[2:])
    if not (kind.isupper() and _FORMAL_HEADINGS.match(fold(kind)) and (rest[:1].islower() or rest.isupper())):
        return "", ""
    return (kind, rest) if words(rest) <= 40 else ("", "")


def _join_title(kind: str, subject: str) -> str:
    kind = kind.capitalize() if kind.isupper() else kind
    if not subject:
        return kind
    if subject.isupper():
        subject = subject.lower()
    elif subject[:1].isupper() and subject[1:2].islower():
        subject = subject[0].lower() + subject[1:]
    return f"{kind} {subject}"


def is_formal_heading(line: str) -> bool:
    return bool(_FORMAL_HEADINGS.match(fold(strip_marks(line))))
