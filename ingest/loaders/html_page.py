"""What the HTML loader reads from the whole page besides the main content.

Hints (title, date, URL, author, site name), the article's date line and byline from the page
chrome, the lead paragraph that some sites put outside the article body, and a plain
fallback extraction for pages where trafilatura finds nothing.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from ingest.boilerplate import line_label
from ingest.loaders.common import error
from ingest.structure import classify_line, render_table

_MAX_DEPTH = 200  # libxml2 silently cuts documents at 256 levels; real pages stay under 60
_INVISIBLE_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "object", "head"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "ul", "ol", "li", "table", "tr", "td", "th",
    "blockquote", "figure", "header", "footer", "nav", "aside", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "pre", "dl", "dt", "dd",
}  # fmt: skip
_CHROME_TAGS = {"nav", "aside", "header", "footer", "form", "figure", "figcaption", "button"}
_CHROME_CLASS = re.compile(
    r"comment|binh-?luan|related|lien-?quan|same-?cat|widget|sidebar|side-?col|footer|header"
    r"|menu|\bnav|poll|vote|weather|thoi-?tiet|most|\bhot\b|\bads?\b|banner|today|date-?now"
    r"|cur-?date|top-?bar|header-top|breadcrumb|crumbs|cat-?path|tags?\b|share|social|tool",
    re.IGNORECASE,
)
_AUTHOR_CLASS = re.compile(r"author|byline|tac-?gia|writer", re.IGNORECASE)
_AUTHOR_PREFIX = re.compile(r"^(?:(?:tin|bài|ảnh|video|clip)\s*(?:[,;:/&-]|và)?\s*)+", re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TITLE_SPLIT = re.compile(r"\s+[|–-]\s+")


def parse_page(html: str, path: Path) -> Any:
    """Parse the page with lxml; refuse documents nested too deeply to process safely."""
    import lxml.html
    from lxml import etree

    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    if not html.strip():
        raise error("empty", path, "trang HTML rỗng")
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as err:
        raise error("corrupt", path, f"không phân tích được HTML: {err}") from err
    if _depth(root) >= _MAX_DEPTH:
        raise error("corrupt", path, f"các thẻ HTML lồng nhau quá sâu (trên {_MAX_DEPTH} cấp)")
    return root


def _depth(root: Any) -> int:
    deepest, stack = 0, [(root, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _text(element: Any) -> str:
    text = " ".join("".join(element.itertext()).split())
    return unicodedata.normalize("NFC", text)


def _visible(element: Any) -> bool:
    return isinstance(element.tag, str) and element.tag not in _INVISIBLE_TAGS


def _in_chrome(element: Any) -> bool:
    for node in element.iterancestors():
        if node.tag in _CHROME_TAGS or node.tag in _INVISIBLE_TAGS:
            return True
        if _CHROME_CLASS.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    return False


def _is_leaf(element: Any) -> bool:
    return not any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in element.iterdescendants())


def _meta(root: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = " ".join((meta.get("content") or "").split())
        if key and content:
            found.setdefault(key, unicodedata.normalize("NFC", content))
    return found


def _first_h1(root: Any) -> Any | None:
    return next((h for h in root.iter("h1") if _text(h) and not _in_chrome(h)), None)


def page_heading(root: Any) -> str:
    """Text of the article's <h1> (outside menus and sidebars), or ""."""
    h1 = _first_h1(root)
    return _text(h1) if h1 is not None else ""


def _split_title(title: str, heading: str) -> tuple[str, str]:
    """(article title, site name) from a <title> like "Bài viết | Tên báo"."""
    parts = _TITLE_SPLIT.split(title)
    if len(parts) >= 2 and len(parts[-1].split()) <= 6:
        head = title[: title.rfind(parts[-1])].rstrip(" |–-")
        if head == heading or (not heading and " | " in title):
            return head, parts[-1]
    return title, ""


def page_hints(root: Any, html: str) -> tuple[dict[str, str], str]:
    """Title, date, canonical URL, author and site name of the page (empty values omitted),
    and the date trafilatura guesses from the whole page.

    The "date" hint comes only from the page's own metadata (article:published_time...). The
    guess is returned apart: it may be the site's "today" bar, weaker evidence than the
    article's date line, so the caller uses it only when the article has no date line."""
    import trafilatura

    meta = _meta(root)
    h1 = _first_h1(root)
    heading = meta.get("og:title") or (_text(h1) if h1 is not None else "")
    title_tag = _text(root.find(".//title")) if root.find(".//title") is not None else ""
    title, site = _split_title(title_tag, heading)
    # Not the "extensive" date search: it turns a bare year in the text into "YYYY-01-01".
    info = trafilatura.extract_metadata(html, extensive=False)
    canonical = next((link.get("href") for link in root.iter("link") if link.get("rel") == "canonical"), None)
    date = next((meta[k] for k in _DATE_KEYS if _ISO_DATE.match(meta.get(k, ""))), "")
    author = meta.get("author") or meta.get("article:author") or (info.author if info else "") or ""
    hints = {
        "title": heading or title or (info.title if info else "") or "",
        "date": date[:10],
        "url": meta.get("og:url") or canonical or (info.url if info else "") or "",
        "author": _AUTHOR_PREFIX.sub("", author.replace(";", ",")).strip(" ,"),
        "site_name": meta.get("og:site_name") or site or (info.sitename if info else "") or "",
    }
    guessed = info.date if info and info.date else ""
    return {key: unicodedata.normalize("NFC", value) for key, value in hints.items() if value}, guessed


_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "date", "dc.date", "dc.date.issued", "article:modified_time",
)  # fmt: skip


def clock_dates(root: Any) -> set[str]:
    """ISO dates shown in the page's chrome (the "today" bar, menus, sidebars): the day the
    page was viewed or other articles' days, never this article's date."""
    from ingest.dates import find_dates

    found: set[str] = set()
    for element in root.iter():
        if not _visible(element) or not _is_leaf(element):
            continue
        own = f"{element.get('class', '')} {element.get('id', '')}"
        if not (_in_chrome(element) or _CHROME_CLASS.search(own)):
            continue
        text = _text(element)
        if text and len(text) <= 60 and line_label(text, "head") in ("date", "clock"):
            found.update(d.iso() for d in find_dates(text))
    return found


def page_lead(root: Any, first_text: str) -> list[str]:
    """Sentences between the <h1> and the extracted body that the extraction left out."""
    h1 = _first_h1(root)
    if h1 is None or not first_text:
        return []
    target = " ".join(first_text.split())[:60]
    found: list[str] = []
    after_title = False
    for element in root.iter():
        if element is h1:
            after_title = True
            continue
        if not (after_title and _visible(element)) or not _is_leaf(element):
            continue
        text = _text(element)
        if text[:60] == target:
            return found[:3]
        words = text.split()
        sentence = len(words) >= 12 and text.endswith((".", "!", "?", "…", '"', "”"))
        if sentence and text not in found and not _in_chrome(element):
            found.append(text)
    return []  # the body was never reached: recover nothing rather than guess


def page_header_lines(root: Any) -> list[str]:
    """Date lines and bylines of the article found anywhere in the page (not the clock)."""
    found: list[str] = []
    for element in root.iter():
        if not _visible(element) or element.tag in ("html", "body") or _in_chrome(element):
            continue
        own = f"{element.get('class', '')} {element.get('id', '')}"
        if _CHROME_CLASS.search(own) and not _AUTHOR_CLASS.search(own):
            continue
        text = _text(element)
        if not text or len(text) > 120 or any(text in line for line in found):
            continue
        label = line_label(text)
        if label in ("date", "byline") or (_AUTHOR_CLASS.search(own) and 1 < len(text.split()) <= 6):
            found.append(text)
    return found


def plain_blocks(root: Any) -> list[tuple[Any, int, str]]:
    """Blocks of the visible page text when trafilatura extracts nothing."""
    out: list[tuple[Any, int, str]] = []
    stack = [root.find("body") if root.find("body") is not None else root]
    while stack:
        element = stack.pop()
        if not _visible(element) or element.tag in _CHROME_TAGS:
            continue
        tag = element.tag
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            out.append(("heading", int(tag[1]), _text(element)))
        elif tag == "li":
            out.append(("list_item", 0, "- " + _text(element)))
        elif tag == "table":
            rows = [[_text(c) for c in tr if c.tag in ("td", "th")] for tr in element.iter("tr")]
            out.append(("table", 0, render_table(rows)))
        elif _is_leaf(element) and _text(element):
            text = _text(element)
            kind, level = classify_line(text)
            out.append(("paragraph" if kind == "table" else kind, level, text))
        else:
            stack.extend(reversed([c for c in element if isinstance(c.tag, str)]))
    return [block for block in out if block[2]]
