"""Small formal reports written by the retrieval tests: same metrics, different numbers.

Each call returns the text of a report of one Khối of one province for one period, in the
shape of the genre (header with the committee, number and date line; a "BÁO CÁO" title with
the period; results; tasks ahead), so that ingest reads its province, body and period.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

LABELS = {
    "Q1": "quý I/{y}",
    "Q2": "quý II/{y}",
    "H1": "6 tháng đầu năm {y}",
    "Q3": "quý III/{y}",
    "Y": "năm {y}",
}
NEXT = {
    "Q1": "quý II/{y}",
    "Q2": "quý III/{y}",
    "H1": "6 tháng cuối năm {y}",
    "Q3": "quý IV/{y}",
    "Y": "năm {n}",
}
ISSUED = {"Q1": (4, 5), "Q2": (7, 3), "H1": (7, 10), "Q3": (10, 6), "Y": (12, 20)}
CAPITALS = {"Nghệ An": "Vinh", "Thanh Hóa": "Thanh Hóa", "Đắk Lắk": "Buôn Ma Thuột", "Gia Lai": "Pleiku"}


def report_text(
    province: str,
    body: str,
    year: int,
    kind: str,
    *,
    admitted: int,
    members: int,
    number: int = 100,
    extra: str = "",
    theme: str = "Nâng cao chất lượng tổ chức cơ sở đảng",
) -> str:
    """A formal report; ``body`` is "co-quan" or "doanh-nghiep"."""
    khoi = "CÁC CƠ QUAN" if body == "co-quan" else "DOANH NGHIỆP"
    label = LABELS[kind].format(y=year)
    following = NEXT[kind].format(y=year, n=year + 1)
    month, day = ISSUED[kind]
    lines = [
        f"ĐẢNG BỘ TỈNH {province.upper()}",
        f"ĐẢNG ỦY KHỐI {khoi} TỈNH",
        f"Số {number}-BC/ĐUK",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{CAPITALS.get(province, province)}, ngày {day} tháng {month} năm {year}",
        "BÁO CÁO",
        f"Kết quả công tác xây dựng Đảng {label} và phương hướng, nhiệm vụ {following}",
        f"Ban Thường vụ Đảng ủy Khối báo cáo kết quả công tác xây dựng Đảng {label} như sau:",
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
        "1. Công tác chính trị, tư tưởng",
        f'Các chi bộ thực hiện chủ đề công tác năm {year}: "{theme}".',
        "2. Công tác tổ chức, xây dựng Đảng",
        f"Trong {label}, toàn Đảng bộ kết nạp {admitted} đảng viên mới. "
        f"Hiện Đảng bộ Khối có {members} đảng viên.",
        "3. Công tác kiểm tra, giám sát",
        f"Ủy ban Kiểm tra (UBKT) các cấp kiểm tra {admitted // 3 + 2} đảng viên.",
        *([extra] if extra else []),
        f"II. PHƯƠNG HƯỚNG, NHIỆM VỤ {following.upper()}",
        "1. Tiếp tục học tập, quán triệt nghị quyết; chăm lo công tác phát triển đảng viên.",
        "Nơi nhận:",
        "- Thường trực Tỉnh ủy,",
        "- Lưu VP.",
        "T/M BAN THƯỜNG VỤ",
        "(đã ký)",
        "Nguyễn Văn An",
    ]
    return "\n\n".join(lines) + "\n"


def write_report(folder: Path, name: str, *args: object, **kwargs: object) -> Path:
    """Write ``report_text(*args, **kwargs)`` to ``folder/name`` and return the path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(report_text(*args, **kwargs), encoding="utf-8")  # type: ignore[arg-type]
    return path


# A small corpus: two provinces, two bodies, several periods, the same metrics.
CORPUS: list[tuple[str, tuple[str, str, int, str], dict[str, Any]]] = [
    (
        "na-kcq-2022-q1.txt",
        ("Nghệ An", "co-quan", 2022, "Q1"),
        {"admitted": 47, "members": 7846, "number": 41},
    ),
    (
        "na-kcq-2021-q1.txt",
        ("Nghệ An", "co-quan", 2021, "Q1"),
        {"admitted": 39, "members": 7702, "number": 38},
    ),
    (
        "na-kdn-2022-q1.txt",
        ("Nghệ An", "doanh-nghiep", 2022, "Q1"),
        {"admitted": 18, "members": 3120, "number": 12},
    ),
    (
        "th-kcq-2022-q1.txt",
        ("Thanh Hóa", "co-quan", 2022, "Q1"),
        {"admitted": 52, "members": 9015, "number": 77},
    ),
    (
        "na-kcq-2022-h1.txt",
        ("Nghệ An", "co-quan", 2022, "H1"),
        {
            "admitted": 108,
            "members": 7905,
            "number": 95,
            "extra": "Bảng 1. Kết nạp đảng viên theo quý: | Quý I | 47 | | Quý II | 61 | | Cộng | 108 |",
        },
    ),
    (
        "na-kcq-2023-y.txt",
        ("Nghệ An", "co-quan", 2023, "Y"),
        {"admitted": 236, "members": 8012, "number": 180, "theme": "Kỷ cương, trách nhiệm, hiệu quả"},
    ),
]


def write_corpus(folder: Path) -> dict[str, Path]:
    """Write ``CORPUS`` into ``folder``; returns name -> path."""
    return {name: write_report(folder, name, *args, **kwargs) for name, args, kwargs in CORPUS}
