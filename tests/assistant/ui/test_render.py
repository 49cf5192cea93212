"""Safe rendering: nothing from a document becomes markup, a link or a remote fetch."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.ui.render import highlight, link_citations, markdown_html, strip_markup

HOSTILE = (
    "Kết nạp 19 đảng viên <script>alert('x')</script> và <img src=\"http://evil.example/p.png\" "
    'onerror="alert(1)"> ![ảnh](http://evil.example/x.png) [trang tin](http://evil.example/page) '
    '<http://evil.example/auto> <a href="javascript:alert(2)">liên kết</a> <!-- ẩn --> '
    '<iframe src="http://evil.example/f"></iframe><style>body{display:none}</style> [1]'
)
_TAG = re.compile(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)")
_SAFE_TAGS = {
    "p",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "code",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
_SAFE_TAGS |= {"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "br"}


def _tags(html: str) -> set[str]:
    return {m.lower() for m in _TAG.findall(html)}


def test_hostile_text_renders_without_markup_links_or_remote_addresses() -> None:
    html = markdown_html(HOSTILE)
    assert _tags(html) <= _SAFE_TAGS
    assert "evil.example" not in html and "javascript" not in html and "alert" not in html
    assert "Kết nạp 19 đảng viên" in html and "trang tin" in html and "liên kết" in html
    assert "[1]" in html


def test_strip_markup_keeps_labels_and_citations() -> None:
    text = strip_markup(
        "Xem [trang tin](http://a.b/c) và ![ảnh](http://a.b/i.png) [3](http://x.y) <b>đậm</b>"
    )
    assert text == "Xem trang tin và ảnh [3] đậm"


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("<>/=\"'![]()#*-_`|:\\ \nabcimgscrptsvhfonerlđạ1")), max_size=120)
)
def test_any_text_renders_only_safe_tags(text: str) -> None:
    html = markdown_html(text)
    assert _tags(html) <= _SAFE_TAGS, html
    assert not re.search(r"\s(src|href|on\w+)\s*=", html), html


def test_citation_links_only_for_known_sources() -> None:
    html = link_citations(markdown_html("Có 58 đảng viên [1], xem thêm [2] và [7]."), [1, 2], turn=3)
    assert html.count('class="cite"') == 2
    assert 'href="#nguon-3-1"' in html and 'href="#nguon-3-2"' in html
    assert "[7]" in html and "nguon-3-7" not in html


def test_highlight_marks_the_passage_in_its_chunk_and_escapes() -> None:
    chunk = "Mở đầu <b>.\n\nQuý I kết nạp 58 đảng viên.  Các chi bộ\nsinh hoạt đều. Kết thúc."
    marked = highlight(chunk, "Quý I kết nạp 58 đảng viên. Các chi bộ sinh hoạt đều.")
    assert "<mark>Quý I kết nạp 58 đảng viên.  Các chi bộ\nsinh hoạt đều.</mark>" in marked
    assert "<b>" not in marked


def test_highlight_finds_sentences_that_are_apart() -> None:
    chunk = "Câu một có 12 chi bộ. Câu hai không liên quan. Câu ba có 7 đảng viên."
    marked = highlight(chunk, "Câu một có 12 chi bộ. Câu ba có 7 đảng viên.")
    assert marked.count("<mark>") == 2
    assert "<mark>Câu hai" not in marked


@given(st.text(max_size=200), st.text(max_size=60))
def test_highlight_never_loses_or_adds_text(chunk: str, passage: str) -> None:
    import html

    marked = highlight(chunk, passage)
    assert html.unescape(marked.replace("<mark>", "").replace("</mark>", "")) == strip_markup(chunk)
