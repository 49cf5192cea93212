# ruff: noqa: E501  (report templates read best on one line each)
"""Synthetic reports of the genre, for distractor and latency benchmarks (all invented).

``plan_reports`` chooses who reports what: other provinces in any year, and (given QA files)
the provinces the questions ask about in years no question asks about. ``render`` writes one
report as a formal report (BÁO CÁO with number, sections, a table, recipients and signature) or
a news article (date line, lead, paragraphs, byline), in TXT, Markdown or HTML; the same
metrics every time, with other numbers. ``write_corpus`` puts them in a folder to ingest.
"""

from __future__ import annotations

import html
import json
import random
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth_text import (  # noqa: E402
    WEEKDAYS,
    Figures,
    dots,
    draw_figures,
    results_paragraphs,
    tasks,
    weaknesses,
)

from ingest.gazetteer import Province, find_provinces, provinces  # noqa: E402
from ingest.period_model import Period  # noqa: E402

KINDS = ("Q1", "Q2", "H1", "Q3", "Y")
BODIES = ("khoi-co-quan", "khoi-doanh-nghiep")
YEARS = range(2019, 2026)
_KIND_MONTHS = {"Q1": 3, "Q2": 6, "H1": 6, "Q3": 9, "Y": 12}


@dataclass(frozen=True)
class ReportSpec:
    province: Province
    body_key: str
    year: int
    kind: str
    style: str  # "formal" or "news"
    fmt: str  # "txt", "md", "html"
    seed: int

    @property
    def name(self) -> str:
        period = f"{self.year}-{self.kind.lower()}"
        return f"synth_{self.province.slug}_{self.body_key}_{period}_{self.seed}.{self.fmt}"


def asked_years(qa_files: list[Path]) -> dict[str, set[int]]:
    """Years each province is asked about in the QA files (any question, answerable or not)."""
    sys.path.insert(0, str(ROOT))
    from vectorstore.query import parse_question

    asked: dict[str, set[int]] = {}
    for path in qa_files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            question = json.loads(line)["question"]
            intent = parse_question(question)
            names = intent.provinces or [m.name for m in find_provinces(question)]
            for name in names:
                asked.setdefault(name, set()).update(intent.years or set())
    return asked


def plan_reports(
    n: int, qa_files: list[Path] | None = None, seed: int = 7, years: range = YEARS
) -> list[ReportSpec]:
    """``n`` reports: a quarter for the provinces the QA files ask about (in years they do not
    ask about), the rest for other provinces in any year. Beyond one report per (province,
    body, year, period), further ones are other outlets' articles on the same meetings."""
    rng = random.Random(seed)
    asked = asked_years(qa_files or [])
    slots: list[tuple[Province, str, int, str]] = []
    for p in provinces():
        allowed = [y for y in years if y not in asked[p.name]] if p.name in asked else list(years)
        slots.extend((p, b, y, k) for b in BODIES for y in allowed for k in KINDS)
    dev = [s for s in slots if s[0].name in asked]
    other = [s for s in slots if s[0].name not in asked]
    rng.shuffle(dev)
    rng.shuffle(other)
    n_dev = min(len(dev), n // 4) if asked else 0
    chosen = dev[:n_dev] + other[: n - n_dev]
    while len(chosen) < n and other:
        chosen += other[: n - len(chosen)]
    specs = []
    for i, (p, body, year, kind) in enumerate(chosen):
        style = "formal" if rng.random() < 0.45 else "news"
        fmt = rng.choice(("txt", "md") if style == "formal" else ("txt", "html", "html"))
        specs.append(ReportSpec(p, body, year, kind, style, fmt, seed * 100_000 + i))
    return specs


def _period_label(kind: str, year: int) -> str:
    return {
        "Q1": f"quý I/{year}",
        "Q2": f"quý II/{year}",
        "H1": f"6 tháng đầu năm {year}",
        "Q3": f"quý III/{year}",
        "Y": f"năm {year}",
    }[kind]


def _figures_labels(kind: str, year: int) -> tuple[str, str]:
    """(label of the cumulative period the figures cover, label of the last quarter or "")."""
    if kind == "Q2":
        return f"6 tháng đầu năm {year}", "quý II"
    if kind == "Q3":
        return f"9 tháng năm {year}", "quý III"
    return _period_label(kind, year), ""


def _next_label(kind: str, year: int) -> str:
    return {
        "Q1": f"quý II/{year}",
        "Q2": f"quý III/{year}",
        "H1": f"6 tháng cuối năm {year}",
        "Q3": f"quý IV/{year}",
        "Y": f"năm {year + 1}",
    }[kind]


def _issued(spec: ReportSpec, rng: random.Random) -> date:
    end = Period(spec.year, "H1" if spec.kind == "Q2" else spec.kind).end_date()
    if spec.kind == "Y":
        return date(spec.year, 12, rng.randrange(10, 29))
    month = end.month + 1 if rng.random() < 0.8 else end.month
    year = spec.year + (month > 12)
    return date(year, (month - 1) % 12 + 1, rng.randrange(2, 20))


def _body_words(spec: ReportSpec) -> tuple[str, str]:
    """("các cơ quan" | "Doanh nghiệp", "tỉnh" | "thành phố")."""
    kind = "các cơ quan" if spec.body_key == "khoi-co-quan" else "Doanh nghiệp"
    return kind, "thành phố" if spec.province.is_city else "tỉnh"


def render(spec: ReportSpec) -> str:
    """The file content of one synthetic report."""
    rng = random.Random(spec.seed)
    figures = draw_figures(rng, _KIND_MONTHS[spec.kind], spec.body_key == "khoi-doanh-nghiep")
    if spec.style == "formal":
        return _formal(spec, rng, figures)
    return _news(spec, rng, figures)


def _formal(spec: ReportSpec, rng: random.Random, f: Figures) -> str:
    kind, level = _body_words(spec)
    label, next_label = _period_label(spec.kind, spec.year), _next_label(spec.kind, spec.year)
    issued = _issued(spec, rng)
    name = spec.province.name.removeprefix("TP ")
    md = spec.fmt == "md"
    h1, h2 = ("## ", "### ") if md else ("", "")
    cumulative, quarter = _figures_labels(spec.kind, spec.year)
    parts = results_paragraphs(rng, f, cumulative, spec.body_key == "khoi-doanh-nghiep", quarter)
    verb = "tổng kết" if spec.kind == "Y" else "sơ kết"
    lines = [
        f"ĐẢNG BỘ {level.upper()} {name.upper()}",
        f"ĐẢNG ỦY KHỐI {kind.upper()} {level.upper()}",
        f"Số {rng.randrange(5, 320)}-BC/ĐUK",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{spec.province.capital}, ngày {issued.day} tháng {issued.month} năm {issued.year}",
        "",
        ("# " if md else "") + "BÁO CÁO",
        f"{verb.capitalize()} công tác xây dựng Đảng {label} và phương hướng, nhiệm vụ {next_label}",
        "",
        f"Thực hiện Chương trình công tác năm {spec.year}, Ban Thường vụ Đảng ủy Khối {kind} {level} báo cáo kết quả công tác xây dựng Đảng {label} như sau:",
        "",
        f"{h1}I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
        f"{h2}1. Công tác chính trị, tư tưởng",
        *parts["politics"],
        f"{h2}2. Công tác tổ chức, cán bộ, xây dựng tổ chức cơ sở đảng và đảng viên",
        *parts["organisation"],
        *_table(f, label, md),
        f"{h2}3. Công tác kiểm tra, giám sát và thi hành kỷ luật đảng",
        *parts["inspection"],
        f"{h2}4. Công tác dân vận và an sinh xã hội",
        *parts["mass"],
        *([f"{h2}5. Lãnh đạo sản xuất, kinh doanh", *parts["business"]] if parts["business"] else []),
        f"{h1}II. HẠN CHẾ, NGUYÊN NHÂN",
        *[f"- {w}" for w in weaknesses(rng)],
        f"{h1}III. PHƯƠNG HƯỚNG, NHIỆM VỤ {next_label.upper()}",
        *[f"{i}. {t}" for i, t in enumerate(tasks(rng, next_label, f.plan), 1)],
        "",
        "Nơi nhận:",
        "- Thường trực Tỉnh ủy (b/c),",
        "- Ban Tổ chức Tỉnh ủy,",
        "- Các TCCS đảng trực thuộc,",
        "- Lưu VP Đảng ủy Khối.",
        "T/M BAN THƯỜNG VỤ",
        "BÍ THƯ",
        "(đã ký)",
        f.leader,
    ]
    return "\n\n".join(line for line in lines if line is not None) + "\n"


def _table(f: Figures, label: str, md: bool) -> list[str]:
    if not md:
        return []
    rows = [
        "| Nội dung | Kết quả |",
        "|---|---|",
        f"| Kết nạp đảng viên mới | {f.admitted} |",
        f"| Chuyển đảng chính thức | {f.official} |",
        f"| Thẩm định tiêu chuẩn chính trị | {f.vetted} |",
        f"| Tặng Huy hiệu Đảng | {f.badges} |",
    ]
    return [f"Bảng 1. Kết quả công tác đảng viên {label}", "\n".join(rows)]


def _news(spec: ReportSpec, rng: random.Random, f: Figures) -> str:
    kind, level = _body_words(spec)
    label, next_label = _period_label(spec.kind, spec.year), _next_label(spec.kind, spec.year)
    issued = _issued(spec, rng)
    name = spec.province.name.removeprefix("TP ")
    verb = "tổng kết công tác năm" if spec.kind == "Y" else "sơ kết công tác"
    title = rng.choice(
        [
            f"Đảng ủy Khối {kind} {level} {name} {verb} {label if spec.kind != 'Y' else spec.year}",
            f"Đảng bộ Khối {kind} {level} {name}: {label} kết nạp {f.admitted} đảng viên",
        ]
    )
    cumulative, quarter = _figures_labels(spec.kind, spec.year)
    parts = results_paragraphs(rng, f, cumulative, spec.body_key == "khoi-doanh-nghiep", quarter)
    lead = (
        f"(Báo {name}) - {rng.choice(['Sáng', 'Chiều'])} {issued.day}/{issued.month}, Ban Thường vụ Đảng ủy Khối "
        f"{kind} {level} {name} tổ chức hội nghị {verb} {label}, triển khai nhiệm vụ {next_label}. "
        f"Đồng chí {f.leader} - Tỉnh ủy viên, Bí thư Đảng ủy Khối chủ trì hội nghị."
    )
    body = [
        lead,
        " ".join(parts["politics"]),
        " ".join(parts["organisation"]),
        " ".join(parts["inspection"] + parts["mass"] + parts["business"]),
        "Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: " + " ".join(weaknesses(rng)[:2]),
        f"Kết luận hội nghị, đồng chí {f.leader} đề nghị các cấp ủy tập trung thực hiện tốt các nhiệm vụ trọng tâm {next_label}: "
        + " ".join(tasks(rng, next_label, f.plan)[:3]),
        f.reporter,
    ]
    stamp = f"{WEEKDAYS[issued.weekday()]}, {issued.day:02d}/{issued.month:02d}/{issued.year} | {rng.randrange(6, 22):02d}:{rng.randrange(60):02d}"
    if spec.fmt == "html":
        paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
        return (
            f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} | Báo {name}</title>\n'
            f'<meta property="article:published_time" content="{issued.isoformat()}T08:00:00+07:00">\n'
            f"</head><body><nav>Trang chủ › Chính trị › Xây dựng Đảng</nav>\n<article><h1>{html.escape(title)}</h1>\n"
            f'<div class="date">{stamp}</div>\n{paragraphs}\n</article><footer>Bản quyền thuộc Báo {name}</footer></body></html>\n'
        )
    return "\n\n".join(["Trang chủ › Chính trị › Xây dựng Đảng", stamp, title, *body]) + "\n"


def write_corpus(folder: Path, specs: list[ReportSpec]) -> list[Path]:
    """Write every report into ``folder``; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for spec in specs:
        path = folder / spec.name
        path.write_text(render(spec), encoding="utf-8")
        paths.append(path)
    return paths


def latency_questions(specs: list[ReportSpec], n: int, seed: int = 3) -> list[str]:
    """Questions in the users' styles about the synthetic reports (accented, folded, short)."""
    rng = random.Random(seed)
    out = []
    for spec in rng.sample(specs, min(n, len(specs))):
        kind, level = _body_words(spec)
        label = _period_label(spec.kind, spec.year)
        name = spec.province.name.removeprefix("TP ")
        out.append(
            rng.choice(
                [
                    f"{label} Đảng ủy Khối {kind} {level} {name} kết nạp bao nhiêu đảng viên?",
                    f"{name} {label} có bao nhiêu TCCS đảng và đảng viên",
                    f"ubkt khoi {kind} {name} {label} kiem tra bao nhieu dang vien",
                    f"Chủ đề công tác năm {spec.year} của ĐUK {kind} {name}",
                    f"So sánh số đảng viên kết nạp {label} của {name} và Nghệ An",
                    f"{name} ủng hộ an sinh xã hội bao nhiêu tiền",
                ]
            )
        )
    return out


if __name__ == "__main__":  # pragma: no cover - manual use: python benchmarks/synth.py DIR N
    target, count = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 20
    qa = sorted((ROOT.parent / "shared" / "corpus" / "dev").glob("qa_*.jsonl"))
    written = write_corpus(target, plan_reports(count, qa))
    print(f"{len(written)} reports in {target}")


_PERIOD_WORDS = {
    "Q1": ["quý I/{y}", "quý 1/{y}", "Q1 {y}", "3 tháng đầu năm {y}", "quý I năm {y}"],
    "H1": ["6 tháng đầu năm {y}", "nửa đầu năm {y}", "nửa đầu {y}", "sáu tháng đầu năm {y}"],
    "9M": ["9 tháng năm {y}", "9 tháng đầu năm {y}"],
    "Q2": ["quý II/{y}", "quý 2/{y}", "Q2 {y}"],
    "Q3": ["quý III/{y}", "quý 3/{y}", "Q3 {y}"],
    "Y": ["năm {y}", "cả năm {y}"],
}
_BODY_WORDS = {
    "khoi-co-quan": [
        "Đảng ủy Khối các cơ quan {lv}",
        "ĐUK các cơ quan",
        "Khối các cơ quan {lv}",
        "Đảng bộ Khối các cơ quan",
    ],
    "khoi-doanh-nghiep": ["Đảng ủy Khối Doanh nghiệp {lv}", "ĐUK DN", "Khối DN {lv}", "ĐU Khối Doanh nghiệp"],
}


def synth_questions(specs: list[ReportSpec], n: int, seed: int = 5) -> list[dict[str, Any]]:
    """QA items (the dev QA format) about synthetic reports, in phrasings of other wordings
    than the dev questions: accented or not, abbreviations, "Q1 2022", "nửa đầu 2023"..."""
    from synth_text import comma

    from ingest.text import fold

    rng = random.Random(seed)
    covers = [(s.province.name, s.body_key, s.year, {"Q2": "H1"}.get(s.kind, s.kind)) for s in specs]
    # A Q2 article and an H1 report of one body and year both answer "6 tháng đầu năm" with
    # their own (independently drawn) figures: such questions would have no single answer.
    unique = [s for s, c in zip(specs, covers, strict=True) if covers.count(c) == 1]
    items = []
    for i, spec in enumerate(rng.sample(unique, min(n, len(unique)))):
        f = draw_figures(
            random.Random(spec.seed), _KIND_MONTHS[spec.kind], spec.body_key == "khoi-doanh-nghiep"
        )
        kind = {"Q2": "H1", "Q3": "9M"}.get(spec.kind, spec.kind)
        when = rng.choice(_PERIOD_WORDS[kind]).format(y=spec.year)
        level = "thành phố" if spec.province.is_city else "tỉnh"
        who = rng.choice(_BODY_WORDS[spec.body_key]).format(lv=level).strip()
        where = spec.province.name.removeprefix("TP ")
        asks = [
            (f"{when}, {who} {where} kết nạp bao nhiêu đảng viên mới?", [str(f.admitted)], "numeric"),
            (f"{who} {where} có bao nhiêu tổ chức cơ sở đảng theo báo cáo {when}?", [str(f.tccs)], "numeric"),
            (f"Tổng số đảng viên của {who} {where} tính đến {when}?", [dots(f.members)], "numeric"),
            (
                f"{when} UBKT các cấp thuộc {who} {where} kiểm tra bao nhiêu đảng viên?",
                [str(f.inspections[1])],
                "numeric",
            ),
            (f"Số tiền ủng hộ an sinh xã hội {when} của {who} {where}?", [comma(f.welfare, 2)], "numeric"),
        ]
        if spec.kind in ("Q2", "Q3"):
            quarter = rng.choice(_PERIOD_WORDS[spec.kind]).format(y=spec.year)
            asks.append(
                (
                    f"Riêng {quarter}, {who} {where} kết nạp mấy đảng viên?",
                    [str(f.admitted_quarter)],
                    "numeric",
                )
            )
        question, must, qtype = rng.choice(asks)
        if rng.random() < 0.25:
            question = fold(question).rstrip("?")
        items.append(
            {
                "id": f"synth-{i:03d}",
                "question": question,
                "must_contain": must,
                "doc_ids": [spec.name],
                "type": qtype,
            }
        )
    return items
