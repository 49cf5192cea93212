"""Check a held-out set's qa.jsonl against its docs/ (shared by benchmarks/heldout3..7).

Every must_contain string must be verbatim in the text of (one of) its documents, read the way a
user's file would be: TXT/MD as UTF-8, else Windows-1258 (NFC-normalised); HTML with tags, scripts
and styles stripped; DOCX paragraphs and table cells; PDF through pypdf. Also checks ids, types,
that unanswerable questions (and only they) have no doc_ids and no must_contain, and that every
document is used.
Run: python benchmarks/heldout3/verify.py
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

TYPES = {"numeric", "fact", "date", "list", "table", "multi_doc", "summary", "unanswerable"}


class _HtmlText(HTMLParser):
    """Visible text of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def read_text(path: Path) -> str:
    """The text of one document."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        from docx import Document

        doc = Document(str(path))
        cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)
    if suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1258")
    text = unicodedata.normalize("NFC", text)
    if suffix in (".html", ".htm"):
        parser = _HtmlText()
        parser.feed(text)
        text = " ".join(parser.parts)
    return text


def load(qa_path: Path) -> list[dict]:
    """The rows of a JSONL file."""
    lines = qa_path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def check(rows: list[dict], docs: Path) -> list[str]:
    """Problems found (empty when qa.jsonl is consistent with the documents)."""
    texts = {p.name: read_text(p) for p in sorted(docs.iterdir()) if p.is_file()}
    problems = [f"duplicate id {i}" for i, n in Counter(r["id"] for r in rows).items() if n > 1]
    used: set[str] = set()
    for r in rows:
        qid, must, doc_ids = r["id"], r["must_contain"], r["doc_ids"]
        if r["type"] not in TYPES:
            problems.append(f"{qid}: unknown type {r['type']}")
        if r["type"] == "unanswerable":
            if doc_ids or must:
                problems.append(f"{qid}: unanswerable but has doc_ids or must_contain")
            continue
        if not doc_ids or not must:
            problems.append(f"{qid}: answerable but no doc_ids or no must_contain")
        problems += [f"{qid}: no document {d}" for d in doc_ids if d not in texts]
        present = [d for d in doc_ids if d in texts]
        used.update(present)
        union = "\n".join(texts[d] for d in present)
        problems += [f"{qid}: {s!r} not in {present}" for s in must if s not in union]
        problems += [
            f"{qid}: {d} holds none of {must}" for d in present if not any(s in texts[d] for s in must)
        ]
    problems += [f"document never used: {d}" for d in sorted(set(texts) - used)]
    return problems


def main(here: Path) -> int:
    """Print the problems and counts of the set in ``here``; 1 when there are problems."""
    docs = here / "docs"
    rows = load(here / "qa.jsonl")
    problems = check(rows, docs)
    for p in problems:
        print(p)
    print(f"{len(rows)} questions, {len(list(docs.iterdir()))} documents, {len(problems)} problems")
    print(dict(sorted(Counter(r["type"] for r in rows).items())))
    no_diacritics = sum(r["question"].isascii() for r in rows)
    print(f"questions typed without diacritics: {no_diacritics}")
    return 1 if problems else 0
