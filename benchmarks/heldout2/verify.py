"""Check qa.jsonl against docs/: every must_contain string is verbatim in the text of its documents.

Text is read as a user's file would be: TXT/MD as UTF-8 or else Windows-1258 (NFC-normalised),
HTML with its tags stripped, DOCX paragraphs and table cells, PDF through pypdf's extract_text.
Run: python benchmarks/heldout2/verify.py
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"numeric", "fact", "date", "list", "table", "multi_doc", "summary", "unanswerable"}


class _Text(HTMLParser):
    """Collects the text of an HTML page, skipping scripts and styles."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def read_text(path: Path) -> str:
    """The text of one document."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        from docx import Document

        doc = Document(str(path))
        cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
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
        parser = _Text()
        parser.feed(text)
        text = " ".join(parser.parts)
    return text


def check(qa_path: Path, docs: Path) -> list[str]:
    """Problems found in the question file (empty when it is consistent with the documents)."""
    texts = {p.name: read_text(p) for p in sorted(docs.iterdir()) if p.is_file()}
    problems: list[str] = []
    rows = [json.loads(line) for line in qa_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = Counter(r["id"] for r in rows)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    used: set[str] = set()
    for r in rows:
        qid, must, doc_ids = r["id"], r["must_contain"], r["doc_ids"]
        if r["type"] not in TYPES:
            problems.append(f"{qid}: unknown type {r['type']}")
        if (r["type"] == "unanswerable") != (not doc_ids):
            problems.append(f"{qid}: unanswerable questions, and only they, have no doc_ids")
        missing = [d for d in doc_ids if d not in texts]
        problems += [f"{qid}: no document {d}" for d in missing]
        present = [d for d in doc_ids if d in texts]
        used.update(present)
        union = "\n".join(texts[d] for d in present)
        problems += [f"{qid}: {s!r} not in {present}" for s in must if s not in union]
        problems += [
            f"{qid}: {d} holds none of {must}"
            for d in present
            if must and not any(s in texts[d] for s in must)
        ]
    problems += [f"document never used: {d}" for d in sorted(set(texts) - used)]
    return problems


def main() -> int:
    """Print the problems and a summary; exit status 1 when there are problems."""
    qa_path, docs = HERE / "qa.jsonl", HERE / "docs"
    problems = check(qa_path, docs)
    for p in problems:
        print(p)
    rows = [json.loads(line) for line in qa_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"{len(rows)} questions, {len(list(docs.iterdir()))} documents, {len(problems)} problems")
    print(dict(Counter(r["type"] for r in rows)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
