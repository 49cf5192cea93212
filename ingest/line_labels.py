"""Labels of single lines of a scraped page: which ones are web chrome, and of what kind.

A line is labelled on its own ("date", "share", "nav", "byline", "copyright", "caption"...;
None for content). ``zone`` tells where it stands: "head" (before the article), "body" or
"tail" (after it); some rules, like a lone menu entry, only apply outside the body. The word
lists (tool names, menu entries, weather words) are in ``ingest/data/boilerplate.yaml``;
``ingest.boilerplate`` adds the rules that need the lines around.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from ingest.structure import SENTENCE_END, is_rule
from ingest.text import strip_invisible

_SEPARATORS = re.compile(r"\s*(?:[|›»→·•]|\s[/>?\-–]\s|\s{2,})\s*")
_RELATED = re.compile(
    r"(tin|bài|bài viết|tin bài|các tin|các bài|các bài viết) (liên quan|cùng chuyên mục|khác|"
    r"đã đưa|mới hơn|cũ hơn|mới nhất|mới|nổi bật|xem nhiều|đọc nhiều|tiêu điểm)|xem thêm|"
    r"đọc thêm|đọc nhiều( nhất)?|xem nhiều( nhất)?|có thể bạn quan tâm|bạn có thể quan tâm|"
    r"tiêu điểm|cùng chuyên mục|mới nhất|tin nóng|tin hot"
)
_COMMENTS = re.compile(r"(viết |gửi )?bình luận( mới| \(\d+\))?|ý kiến (bạn đọc|của bạn)")
_COMMENT_TEXT = re.compile(
    r"chưa có (bình luận|ý kiến)|hãy là người đầu tiên|bình luận (của bạn )?sẽ được"
    r"|vui lòng (nhập|gõ) tiếng việt|mời bạn (để lại|gửi) (bình luận|ý kiến)|nội dung bình luận"
)
_POLL_HEAD = re.compile(r"thăm dò( ý kiến)?|bình chọn|biểu quyết")
_POLL_QUESTION = re.compile(r"(theo bạn|bạn (có|đánh giá|nghĩ|thấy|thường|chọn|quan tâm))\b.*\?$")
_TAGS = re.compile(r"(từ khóa|từ khoá|tags?|thẻ)\s*:")
_WEEKDAY = r"thứ (hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ nhật|cn"
_DATE_WORDS = re.compile(
    rf"\b({_WEEKDAY}|hôm nay|ngày đăng|ngày cập nhật|cập nhật|đăng lúc|đăng|lúc|ngày|tháng|năm|giờ|"
    r"sáng|chiều|tối|gmt\s*\+\s*7|gmt|utc|am|pm|posted|updated|xuất bản)\b"
)
_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b")
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?\b")
_WORDY_DATE = re.compile(r"ngày \d{1,2} tháng \d{1,2}( năm \d{4})?")
_COUNTER = re.compile(r"(số )?(lượt xem|lượt đọc|lượt thích|đã xem|views?|lượt truy cập)\s*:?\s*[\d.,]+")
_TEMPERATURE = re.compile(r"\d{1,2}\s*°\s*[cf]?|\d{1,2}\s*độ c\b")
_BYLINE = re.compile(
    r"(tin|bài|ảnh|tin và ảnh|bài và ảnh|tin, ảnh|bài, ảnh|tin/ảnh|bài/ảnh|tin - ảnh|"
    r"bài - ảnh|video|clip|nhóm pv|pv|ctv|tác giả|người viết)\s*:\s*\S"
)
# The site's name above a scraped article: "Cổng thông tin Đảng ủy Khối ...", "BÁO X ĐIỆN TỬ".
_SITE_BANNER = re.compile(
    r"(?:cổng thông tin|trang thông tin|trang tin|báo điện tử|tạp chí điện tử)\b"
    r"|báo (?!cáo\b)[^\d.,:;]{1,40} (?:điện tử|online)$"
)
_SOURCE = re.compile(r"(nguồn|theo|link gốc|bài gốc)\s*:?\s*(https?://|www\.)\S+")
_COPYRIGHT = re.compile(r"©|\bcopyright\b|all rights reserved|^(phó )?tổng biên tập\s*:")
# Phrases that also occur in prose: chrome only outside the article or beside a site's licence.
_COPYRIGHT_WEAK = re.compile(
    r"^bản quyền|^giấy phép (số|hoạt động|thiết lập)|ghi rõ nguồn|không được sao chép|"
    r"chịu trách nhiệm (nội dung|xuất bản)|trích dẫn lại thông tin|phát hành lại thông tin"
)
_SITE_WORDS = re.compile(r"\d+/gp|gp-|website|trang (thông tin|tin)|báo điện tử|cổng thông tin")
_FOOTER = re.compile(r"(địa chỉ|điện thoại|đt|email|e-mail|hotline|fax|đường dây nóng)\s*:")
_CAPTION = re.compile(
    r"\[ảnh\]|(quang cảnh|toàn cảnh|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu|"
    r"(các )?đại biểu (tham dự|dự))\b"
)
_CAPTION_CREDIT = re.compile(r"[.(\s-]\s*(ảnh|nguồn ảnh|ảnh minh họa)\s*:\s*[^.]{1,40}\.?\)?$")
_IMAGE_ALT = re.compile(r"\s-\d{1,2}$")
_ODD_SPACES = re.compile(r"[\t\r\n\u00a0\u2000-\u200a\u202f\u205f\u3000]")


@dataclass(frozen=True)
class ChromeWords:
    """The word lists of ``ingest/data/boilerplate.yaml`` (lowercase, NFC)."""

    tools: frozenset[str]
    weak_tools: frozenset[str]  # tool names that are also ordinary words
    nav: frozenset[str]
    weather_words: frozenset[str]


@lru_cache(maxsize=1)
def chrome_words() -> ChromeWords:
    """The word lists of page furniture, read once from the package data."""
    raw = resources.files("ingest").joinpath("data/boilerplate.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    return ChromeWords(**{name: frozenset(words) for name, words in data.items()})


def tidy_line(line: str) -> str:
    """NFC, no invisible characters, stripped; runs of spaces kept (they separate segments)."""
    return _ODD_SPACES.sub(" ", strip_invisible(line)).strip()


def _segments(norm: str) -> list[str]:
    parts = (part.strip(" :,.-–|") for part in _SEPARATORS.split(norm))
    return [part for part in parts if part]


def _is_date(segment: str) -> bool:
    if not (_DATE.search(segment) or _TIME.search(segment) or _WORDY_DATE.search(segment)):
        return False
    rest = _DATE_WORDS.sub(" ", _TIME.sub(" ", _DATE.sub(" ", _WORDY_DATE.sub(" ", segment))))
    return not re.sub(r"[\d\s,.:;()\-–|/+]+", "", rest)


def _tool_phrases(segment: str) -> bool:
    """Is the segment a run of tool names ("chia sẻ zalo in bài", "chia sẻ: facebook")?"""
    words = segment.replace(":", " ").split()
    if len(words) > 12:
        return False
    tools = chrome_words().tools
    ok = [False] * len(words) + [True]
    for i in range(len(words) - 1, -1, -1):
        ok[i] = any(ok[j] and " ".join(words[i:j]) in tools for j in range(i + 1, min(i + 5, len(words)) + 1))
    return ok[0]


def _segment_kind(segment: str) -> str | None:
    if segment.startswith("cỡ chữ") or _COMMENTS.fullmatch(segment) or _tool_phrases(segment):
        return "share"
    if _is_date(segment):
        return "date"
    if _COUNTER.fullmatch(segment):
        return "counter"
    return "nav" if segment in chrome_words().nav else None


def _furniture(norm: str, zone: str) -> str | None:
    """Label of a line made only of tools, dates, counters and menu entries."""
    segments = _segments(norm)
    kinds = [_segment_kind(seg) for seg in segments]
    if not segments:
        return None
    if all(kinds):
        if "date" in kinds:
            return "clock" if "hôm nay" in norm else "date"
        vocab = chrome_words()
        weak = all(seg in vocab.nav or seg in vocab.weak_tools for seg in segments)
        if not (weak and len(segments) == 1 and zone == "body"):
            return next(k for k in kinds if k)
    if len(segments) >= 2 and _breadcrumb(segments, kinds, zone):
        return "nav"
    return None


def _breadcrumb(segments: list[str], kinds: list[str | None], zone: str) -> bool:
    short = all(len(seg.split()) <= 6 and not seg.endswith(SENTENCE_END) for seg in segments)
    if not short:
        return False
    return segments[0] in ("trang chủ", "home") or (zone == "head" and "nav" in kinds)


def _is_weather(norm: str, zone: str) -> bool:
    words = norm.split()
    if _TEMPERATURE.search(norm) and not (zone == "body" and norm.endswith(SENTENCE_END)):
        return len(words) <= 20 or not norm.endswith(SENTENCE_END)
    if norm.startswith("thời tiết") and len(words) <= 6:
        return True
    if zone == "body" or not words:
        return False
    weather = chrome_words().weather_words
    hits = [w.strip(",.;:") for w in words if w.strip(",.;:") in weather]
    return len(set(hits)) >= 3 and len(hits) >= 0.35 * len(words)


def line_label(line: str, zone: str = "body") -> str | None:
    """Label of one line on its own, without context ("date", "share", "nav"...); None if content.

    ``zone`` is "head" (before the article), "body" or "tail" (after it): some rules, like a
    lone menu entry, only apply outside the body.
    """
    text = tidy_line(line)
    return tidy_line_label(text, text.lower(), zone) if text else None


def tidy_line_label(text: str, norm: str, zone: str) -> str | None:
    """``line_label`` of a line already tidied by ``tidy_line``; ``norm`` is its lower case."""
    words = norm.split()
    if len(words) > 60:
        return None  # page furniture is short; only article prose runs this long
    if re.match(r"chào mừng (bạn |quý vị )?(đến|tới) với\b", norm):
        return "banner"
    if zone == "head" and _SITE_BANNER.match(norm) and len(words) <= 15 and not norm.endswith(SENTENCE_END):
        return "banner"
    if norm.startswith("you are currently viewing") or is_rule(text):
        return "nav"
    if _SOURCE.match(norm):
        return "source"
    if _BYLINE.match(norm) and len(words) <= 12:
        return "byline"
    furniture = _furniture(norm, zone)
    if furniture:
        return furniture
    if _copyright(norm, zone) and len(words) <= 50:
        return "copyright"
    if (zone != "body" and _FOOTER.match(norm)) or _is_weather(norm, zone):
        return "footer" if _FOOTER.match(norm) else "weather"
    if _caption(text, norm):
        return "caption"
    if is_related_head(norm):
        return "related"
    key = norm.rstrip(": ")
    if _COMMENTS.fullmatch(key) or (_COMMENT_TEXT.search(norm) and len(words) <= 25):
        return "comments"
    if _POLL_HEAD.fullmatch(key) or _POLL_QUESTION.match(norm):
        return "poll"
    if _TAGS.match(norm) and len(words) <= 30:
        return "tags"
    return None


def _copyright(norm: str, zone: str) -> bool:
    if _COPYRIGHT.search(norm):
        return True
    return bool(_COPYRIGHT_WEAK.search(norm)) and (zone != "body" or bool(_SITE_WORDS.search(norm)))


def _caption(text: str, norm: str) -> bool:
    words = len(norm.split())
    if norm.startswith("[ảnh]") or (_CAPTION_CREDIT.search(norm) and words <= 40):
        return True
    if is_image_alt(text) and words <= 30:
        return True
    plain = not any(c.isdigit() for c in norm) and ":" not in norm
    return bool(_CAPTION.match(norm)) and words <= 15 and plain and not is_body(text)


def is_body(text: str) -> bool:
    """A line of article prose: long, or a sentence of some length."""
    return len(text) >= 200 or (len(text.split()) >= 15 and text.endswith(SENTENCE_END))


def is_related_head(norm: str) -> bool:
    """A lowercase line that opens a list of related links ("Tin liên quan:", "Xem thêm")."""
    return _RELATED.fullmatch(norm.rstrip(": ")) is not None


def is_image_alt(text: str) -> bool:
    """A line ending like an image's alt text ("... -1"): the captions of a gallery follow."""
    return _IMAGE_ALT.search(text) is not None
