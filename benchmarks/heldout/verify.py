"""Check that every must_contain string of qa.jsonl occurs verbatim in the text of its documents.

Reads .txt/.md as UTF-8, .html with the tags stripped (scripts and styles dropped, entities
unescaped), .docx through python-docx (paragraphs and table cells). Independent of the product
code on purpose. Run: python benchmarks/heldout/verify.py
"""

import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
DOCS = HERE / "docs"
TYPES = {"numeric", "fact", "date", "list", "table", "multi_doc", "summary", "unanswerable"}


def read_text(path: Path) -> str:
    """Plain text of one document."""
    if path.suffix == ".docx":
        from docx import Document

        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.extend(cell.text for cell in row.cells)
        return "\n".join(parts)
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
        raw = re.sub(r"[ \t]+", " ", raw)
    return raw


def main() -> int:
    texts = {p.name: read_text(p) for p in sorted(DOCS.iterdir())}
    problems = 0
    seen = set()
    rows = [json.loads(line) for line in (HERE / "qa.jsonl").read_text(encoding="utf-8").splitlines() if line]
    for row in rows:
        assert row["id"] not in seen, row["id"]
        seen.add(row["id"])
        assert row["type"] in TYPES, row
        if row["type"] == "unanswerable":
            assert not row["must_contain"] and not row["doc_ids"], row["id"]
            continue
        assert row["must_contain"] and row["doc_ids"], row["id"]
        joined = "\n".join(texts[name] for name in row["doc_ids"])
        for needle in row["must_contain"]:
            if needle not in joined:
                print(f"{row['id']}: {needle!r} not in {row['doc_ids']}")
                problems += 1
        if row["type"] == "multi_doc":
            # each document should hold at least one of the expected strings
            for name in row["doc_ids"]:
                if not any(n in texts[name] for n in row["must_contain"]):
                    print(f"{row['id']}: nothing expected found in {name}")
                    problems += 1
    print(f"{len(rows)} questions, {len(texts)} documents, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
