"""Removal of web chrome from scraped article text (and from HTML after main-content extraction).

Only whole lines are removed, and only lines that read as page furniture: banners, breadcrumbs,
menus, share/print tools, polls, weather boxes, related-link lists, tag lists, view counters,
copyright footers, photo captions. Article sentences that merely contain such words
("Lãnh đạo chia sẻ kinh nghiệm ...") are never touched. Date lines, bylines and source lines
are removed from the body but labelled, so that metadata extraction can still read them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence

from ingest.structure import classify_line, is_rule
from ingest.text import clean_text

# Labels of removed lines that still carry document metadata.
METADATA_LABELS = frozenset({"date", "byline", "source"})

_TERMINAL = (".", "!", "?", "…", ";", ":", '"', "”", ")")
_SEPARATORS = re.compile(r"\s*(?:[|›»→·•]|\s[/>?\-–]\s|\s{2,})\s*")
_BULLETS = "-–—•›»*○◯●◉□☐+?▪◦"

# Tool names that are also ordinary words: alone on a line, chrome only outside the article.
_WEAK_TOOLS = frozenset("in|a|f|lưu|gửi|tìm|thích|kết quả|email|góp ý|theo dõi|trở về|quay lại".split("|"))
_TOOLS = frozenset(
    "chia sẻ|chia sẻ bài viết|chia sẻ bài|in|in bài|in bài viết|bản in|gửi email|email|"
    "gửi bài|lưu tin|lưu bài|lưu|zalo|facebook|twitter|fb|f|✉|copy link|sao chép liên kết|"
    "sao chép link|bình luận|gửi bình luận|viết bình luận|viết bình luận mới|nghe bài|"
    "nghe đọc bài|đọc bài|phóng to|thu nhỏ|quay lại|về đầu trang|lên đầu trang|trở về|"
    "bình chọn|biểu quyết|xem kết quả|kết quả|gửi|gửi ý kiến|tweet|like|thích|theo dõi|"
    "đăng nhập|đăng ký|tìm kiếm|tìm|a-|a|a+|cỡ chữ|google news|telegram|linkedin|"
    "in trang|tải về|tải xuống|báo lỗi|góp ý".split("|")
)
_NAV = frozenset(
    "trang chủ|home|tin tức|tin mới|thời sự|chính trị|xây dựng đảng|kinh tế|xã hội|văn hóa|"
    "văn hoá|thể thao|pháp luật|giáo dục|y tế|sức khỏe|sức khoẻ|quốc tế|thế giới|du lịch|"
    "video|multimedia|media|ảnh|podcast|emagazine|infographics|liên hệ|liên hệ tòa soạn|"
    "liên hệ quảng cáo|quảng cáo|rss|giới thiệu|english|báo in|e-paper|bạn đọc|đời sống|"
    "đô thị|nông nghiệp|nông thôn|khoa học|công nghệ|quốc phòng|an ninh|giải trí|môi trường|"
    "địa phương|chuyên đề|tư liệu|diễn đàn|hỏi đáp|nội chính|chính quyền|mặt trận|đoàn thể|"
    "báo điện tử|tin hoạt động|tin tức - sự kiện|tin tức sự kiện|hoạt động|sự kiện|lý luận|"
    "thông báo|văn bản|tuyên truyền|chính sách bảo mật|điều khoản sử dụng|sơ đồ trang|"
    "đường dây nóng|tòa soạn|toà soạn|tin ảnh|phóng sự|bình luận - phê phán|giải trí".split("|")
)
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
_WEATHER_WORDS = frozenset(
    "mưa|dông|giông|gió|nắng|mây|nhiệt|độ|ẩm|lốc|sét|giật|rào|rác|rải|trời|lạnh|oi|nóng|"
    "sương|mù|âm u|cấp|tây|nam|bắc|đông|rét|hanh|khô|thời tiết|bão|áp thấp".split("|")
)
_BYLINE = re.compile(
    r"(tin|bài|ảnh|tin và ảnh|bài và ảnh|tin, ảnh|bài, ảnh|tin/ảnh|bài/ảnh|tin - ảnh|"
    r"bài - ảnh|video|clip|nhóm pv|pv|ctv|tác giả|người viết)\s*:\s*\S"
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


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_ODD_SPACES = re.compile(r"[\t\r\n\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def _tidy(line: str) -> str:
    """NFC, no invisible characters, stripped; runs of spaces kept (they separate segments)."""
    text = unicodedata.normalize("NFC", line).translate(_INVISIBLE)
    return _ODD_SPACES.sub(" ", text).strip()


def _segments(norm: str) -> list[str]:
    parts = (part.strip(" :,.-–|") for part in _SEPARATORS.split(norm))
    return [part for part in parts if part]


def _is_date(segment: str) -> bool:
    if not (_DATE.search(segment) or _TIME.search(segment) or _WORDY_DATE.search(segment)):
        return False
    rest = _DATE_WORDS.sub(" ", _TIME.sub(" ", _DATE.sub(" ", _WORDY_DATE.sub(" ", segment))))
    return not re.sub(r"[\d\s,.:;()\-–|/+]+", "", rest)


def _tool_phrases(segment: str) -> bool:
    """Is the segment a run of tool names ("chia sẻ zalo in bài")?"""
    words = segment.split()
    if len(words) > 12:
        return False
    ok = [False] * len(words) + [True]
    for i in range(len(words) - 1, -1, -1):
        ok[i] = any(
            ok[j] and " ".join(words[i:j]) in _TOOLS for j in range(i + 1, min(i + 5, len(words)) + 1)
        )
    return ok[0]


def _segment_kind(segment: str) -> str | None:
    if segment.startswith("cỡ chữ") or _COMMENTS.fullmatch(segment) or _tool_phrases(segment):
        return "share"
    if _is_date(segment):
        return "date"
    if _COUNTER.fullmatch(segment):
        return "counter"
    return "nav" if segment in _NAV else None


def _furniture(norm: str, zone: str) -> str | None:
    """Label of a line made only of tools, dates, counters and menu entries."""
    segments = _segments(norm)
    kinds = [_segment_kind(seg) for seg in segments]
    if not segments:
        return None
    if all(kinds):
        if "date" in kinds:
            return "clock" if "hôm nay" in norm else "date"
        weak = all(seg in _NAV or seg in _WEAK_TOOLS for seg in segments)
        if not (weak and len(segments) == 1 and zone == "body"):
            return next(k for k in kinds if k)
    if len(segments) >= 2 and _breadcrumb(segments, kinds, zone):
        return "nav"
    return None


def _breadcrumb(segments: list[str], kinds: list[str | None], zone: str) -> bool:
    short = all(len(seg.split()) <= 6 and not seg.endswith(_TERMINAL) for seg in segments)
    if not short:
        return False
    return segments[0] in ("trang chủ", "home") or (zone == "head" and "nav" in kinds)


def _is_weather(norm: str, zone: str) -> bool:
    words = norm.split()
    if _TEMPERATURE.search(norm) and not (zone == "body" and norm.endswith(_TERMINAL)):
        return len(words) <= 20 or not norm.endswith(_TERMINAL)
    if norm.startswith("thời tiết") and len(words) <= 6:
        return True
    if zone == "body" or not words:
        return False
    hits = [w.strip(",.;:") for w in words if w.strip(",.;:") in _WEATHER_WORDS]
    return len(set(hits)) >= 3 and len(hits) >= 0.35 * len(words)


def _is_body(text: str) -> bool:
    """A line of article prose: long, or a sentence of some length."""
    return len(text) >= 200 or (len(text.split()) >= 15 and text.endswith(_TERMINAL))


def _looks_like_title(text: str) -> bool:
    words = text.lstrip(_BULLETS + " ").split()
    return 0 < len(words) <= 30 and (not text.endswith(".") or text.endswith(")."))


def _is_name(text: str) -> bool:
    """A bare byline: two to five capitalised words, letters only ("Minh Châu", "MINH THU")."""
    words = text.split()
    if not 2 <= len(words) <= 5 or len(text) > 40 or text.lower() in _NAV:
        return False
    return all(w[0].isupper() and all(c.isalpha() or c == "." for c in w) for w in words)


def line_label(line: str, zone: str = "body") -> str | None:
    """Label of one line on its own, without context ("date", "share", "nav"...); None if content.

    ``zone`` is "head" (before the article), "body" or "tail" (after it): some rules, like a
    lone menu entry, only apply outside the body.
    """
    text = _tidy(line)
    return _line_label(text, text.lower(), zone) if text else None


def _line_label(text: str, norm: str, zone: str) -> str | None:
    words = norm.split()
    if len(words) > 60:
        return None  # page furniture is short; only article prose runs this long
    if re.match(r"chào mừng (bạn |quý vị )?(đến|tới) với\b", norm):
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
    key = norm.rstrip(": ")
    if _RELATED.fullmatch(key):
        return "related"
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
    if _IMAGE_ALT.search(text) and words <= 30:
        return True
    plain = not any(c.isdigit() for c in norm) and ":" not in norm
    return bool(_CAPTION.match(norm)) and words <= 15 and plain and not _is_body(text)


def _mode_label(mode: str | None, text: str) -> str | None:
    """Label a line gets from the section it sits in (after "Tin liên quan", a poll...)."""
    words = len(text.split())
    if mode == "related" and _looks_like_title(text) and not _is_body(text):
        return "related"
    if mode == "poll" and (text[0] in _BULLETS or (words <= 15 and not text.endswith("."))):
        return "poll"
    if mode == "tags" and words <= 8:
        return "tags"
    if mode == "image" and words <= 40 and not text.endswith("."):
        return "caption"
    return None


_MODES = {"related": "related", "poll": "poll", "tags": "tags"}
_TAIL_TRIGGERS = frozenset({"comments", "poll", "tags", "copyright"})


def _first_pass(texts: list[str], protected: Collection[int], first_body: int) -> list[str | None]:
    labels: list[str | None] = [None] * len(texts)
    mode: str | None = None
    tail = False
    for i, text in enumerate(texts):
        if not text or i in protected:
            # Past the article, a list of related links may have blank lines between items.
            mode = mode if not text and tail and mode in _MODES else None
            continue
        norm = text.lower()
        zone = "head" if i < first_body else ("tail" if tail else "body")
        label = _line_label(text, norm, zone) or _mode_label(mode, text)
        labels[i] = label
        if label is None:
            mode = None
            continue
        mode = _MODES.get(label, mode if label == "related" else None)
        if label == "caption" and _IMAGE_ALT.search(text):
            mode = "image"
        related_head = label == "related" and _RELATED.fullmatch(norm.rstrip(": "))
        if i > first_body and (label in _TAIL_TRIGGERS or (related_head and "xem" not in norm)):
            tail = True
    return labels


def _neighbours(texts: list[str], i: int) -> tuple[int | None, int | None]:
    before = next((j for j in range(i - 1, -1, -1) if texts[j]), None)
    after = next((j for j in range(i + 1, len(texts)) if texts[j]), None)
    return before, after


def _second_pass(texts: list[str], labels: list[str | None], first_body: int) -> None:
    """Context rules: bare-name bylines, duplicated captions, short lines of the page tail."""
    tail_start = next(
        (i for i, lab in enumerate(labels) if i > first_body and lab in _TAIL_TRIGGERS | {"related"}),
        len(texts),
    )
    for i, text in enumerate(texts):
        if not text or labels[i] is not None:
            continue
        before, after = _neighbours(texts, i)
        near_article = i < tail_start
        if _is_name(text) and near_article and _byline_context(texts, labels, before, after, i < first_body):
            labels[i] = "byline"
        elif after is not None and texts[after] == text and len(text.split()) <= 40:
            labels[i] = labels[after] = "caption"  # an image caption printed twice
        elif i > tail_start and _short_tail_line(text):
            labels[i] = "tail"


def _short_tail_line(text: str) -> bool:
    """After the article, short non-sentence lines are page furniture (but not headings)."""
    short = len(text.split()) <= 12 and not text.endswith(_TERMINAL)
    return short and classify_line(text)[0] != "heading"


def _byline_context(
    texts: list[str], labels: list[str | None], before: int | None, after: int | None, head: bool
) -> bool:
    chrome = {"date", "share", "byline", "clock"}
    if head:
        return any(j is not None and labels[j] in chrome for j in (before, after))
    ends_article = (
        before is not None and len(texts[before].split()) >= 8 and texts[before].endswith(_TERMINAL)
    )
    return ends_article and (after is None or labels[after] is not None)


def label_lines(lines: Sequence[str], protected: Collection[int] = ()) -> list[str | None]:
    """Label every line: None for article content, else the kind of chrome it is.

    ``protected`` lines (e.g. tables) are always kept and count as article content.
    """
    texts = [_tidy(line) for line in lines]
    first_body = next((i for i, t in enumerate(texts) if i in protected or _is_body(t)), len(texts))
    labels = _first_pass(texts, protected, first_body)
    _second_pass(texts, labels, first_body)
    return labels


def strip_boilerplate(lines: list[str]) -> tuple[list[str], list[str]]:
    """Split lines into (kept content lines, removed chrome lines).

    Blank lines are kept (they separate paragraphs). Removed date lines, bylines and source
    lines are also available through ``metadata_lines``.
    """
    labels = label_lines(lines)
    kept = [line for line, label in zip(lines, labels, strict=True) if label is None]
    removed = [line for line, label in zip(lines, labels, strict=True) if label is not None]
    return kept, removed


def metadata_lines(lines: Sequence[str], labels: Sequence[str | None]) -> list[str]:
    """The removed lines that still carry metadata (dates, bylines, source URLs)."""
    pairs = zip(lines, labels, strict=True)
    return [clean_text(line) for line, label in pairs if label in METADATA_LABELS]
