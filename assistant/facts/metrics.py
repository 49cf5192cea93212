"""The metric vocabulary: what the reports count, and the folded words that say so.

Every pattern here applies to folded text (``ingest.text.fold``: no diacritics, lowercase),
so "Đảng uỷ", "Đảng ủy" and "dang uy" read the same. Three kinds of patterns:

* ``UNITS``: the noun right after a number ("58 đảng viên", "46 cuộc kiểm tra", "1,25 tỷ
  đồng"); ``unit_at`` finds it.
* ``CUES``: words before or after a number that say what was done to what it counts ("kết
  nạp", "bị kỷ luật", "có ... với tổng số"), plus words that make a number not a fact (a
  target, a change, a sub-count, one of each).
* ``Metric.label_re``: how a table row, a table column or a question names the metric
  ("Kết nạp đảng viên mới", "Số TCCS đảng", "kỷ luật").

Party metrics come first; business and budget figures (revenue, profit, budget paid by the
enterprises, budget collected in the area: ``BUSINESS_METRICS``) are secondary metrics, read in
tables and after their names in sentences ("nộp ngân sách nhà nước 1.092,5 tỷ đồng"), never
headline figures of a brief.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.text import fold

TEXT_METRICS = ("chu_de_nam", "nhiem_vu", "han_che")


@dataclass(frozen=True)
class Metric:
    """A metric: stable key, Vietnamese label and unit, and how tables and questions name it."""

    key: str
    label: str
    unit: str
    kind: str  # "flow" (done in the period), "stock" (a count at a date), "money", "text"
    label_re: str = ""
    headline: int = 0  # position in a brief's table (0: not a headline figure)
    # Which of several values of one report to show: "first" or "max" (the whole, where parts
    # are often named apart: "trong doanh nghiệp ngoài nhà nước mới kết nạp được 19").
    pick: str = "first"

    @property
    def label_pattern(self) -> re.Pattern[str] | None:
        return _compiled(self.label_re) if self.label_re else None


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_NOT_NEW = r"(?!.*(?:thanh lap|giai the|chua|khong|nang cap|hop nhat))"
METRICS: tuple[Metric, ...] = (
    Metric("tong_dang_vien", "Tổng số đảng viên", "đảng viên", "stock",
           rf"^{_NOT_NEW}(?:tong )?so dang vien$|^tong so dang vien|^dang vien$", headline=1),
    Metric("to_chuc_co_so_dang", "Tổ chức cơ sở đảng", "tổ chức", "stock",
           rf"^{_NOT_NEW}(?:so |tong so )?(?:to chuc co so dang|tccs dang|tccs)$", headline=2),
    Metric("dang_bo_co_so", "Đảng bộ cơ sở", "đảng bộ", "stock", rf"^{_NOT_NEW}(?:so )?dang bo co so$"),
    Metric("chi_bo_co_so", "Chi bộ cơ sở", "chi bộ", "stock", rf"^{_NOT_NEW}(?:so )?chi bo co so$"),
    Metric("ket_nap", "Kết nạp đảng viên mới", "đảng viên", "flow",
           r"ket nap(?! duoc)(?!.*\bchua\b)", headline=3, pick="max"),
    Metric("chuyen_chinh_thuc", "Công nhận đảng viên chính thức", "đảng viên", "flow",
           r"chinh thuc", headline=4),
    Metric("cuoc_kiem_tra", "Cuộc kiểm tra", "cuộc", "flow", r"^(?:so )?cuoc kiem tra", headline=5),
    Metric("cuoc_giam_sat", "Cuộc giám sát", "cuộc", "flow", r"^(?:so )?cuoc giam sat", headline=6),
    Metric("to_chuc_dang_kiem_tra", "Tổ chức đảng được kiểm tra", "tổ chức", "flow",
           r"^kiem tra (?:doi voi )?to chuc dang|^to chuc dang duoc kiem tra"),
    Metric("dang_vien_kiem_tra", "Đảng viên được kiểm tra", "đảng viên", "flow",
           r"^kiem tra (?:doi voi )?dang vien|^dang vien duoc kiem tra"),
    Metric("to_chuc_dang_giam_sat", "Tổ chức đảng được giám sát", "tổ chức", "flow",
           r"^giam sat (?:chuyen de )?(?:doi voi )?to chuc dang|^to chuc dang duoc giam sat"),
    Metric("dang_vien_giam_sat", "Đảng viên được giám sát", "đảng viên", "flow",
           r"^giam sat (?:chuyen de )?(?:doi voi )?dang vien|^dang vien duoc giam sat"),
    Metric("ky_luat", "Đảng viên bị kỷ luật", "đảng viên", "flow", r"ky luat", headline=7),
    Metric("hoc_tap_nghi_quyet", "Cán bộ, đảng viên học tập nghị quyết", "lượt", "flow",
           r"hoc tap|quan triet", headline=8),
    Metric("huy_hieu_dang", "Trao Huy hiệu Đảng", "đảng viên", "flow", r"huy hieu", headline=9),
    Metric("tham_dinh_chinh_tri", "Thẩm định tiêu chuẩn chính trị", "trường hợp", "flow",
           r"tham dinh"),
    Metric("an_sinh", "Đóng góp an sinh xã hội", "đồng", "money",
           r"an sinh|ung ho|dong gop", headline=10, pick="max"),
    Metric("nha_tinh_thuong", "Nhà tình thương, nhà đại đoàn kết", "căn", "flow",
           r"nha (?:tinh thuong|dai doan ket|tinh nghia)"),
    # Secondary (business and budget) figures that reports of enterprise and local committees
    # give beside the Party work: labels anchored at the start ("Tổng doanh thu (tỷ đồng)"),
    # so that "Tổng mức bán lẻ ... và doanh thu dịch vụ" is not revenue.
    Metric("doanh_thu", "Doanh thu", "đồng", "money", r"^(?:tong )?doanh thu(?! dich vu)"),
    Metric("loi_nhuan", "Lợi nhuận", "đồng", "money", r"^(?:tong )?loi nhuan(?! sau thue)"),
    Metric("nop_ngan_sach", "Nộp ngân sách nhà nước", "đồng", "money", r"^(?:tong )?nop ngan sach"),
    Metric("thu_ngan_sach", "Thu ngân sách trên địa bàn", "đồng", "money",
           r"^(?:tong )?thu ngan sach"),
    Metric("chu_de_nam", "Chủ đề công tác năm", "", "text"),
    Metric("nhiem_vu", "Nhiệm vụ kỳ tới", "", "text"),
    Metric("han_che", "Hạn chế, tồn tại", "", "text"),
)  # fmt: skip
BY_KEY = {m.key: m for m in METRICS}
BUSINESS_METRICS = tuple(BY_KEY[k] for k in ("doanh_thu", "loi_nhuan", "nop_ngan_sach", "thu_ngan_sach"))
NUMERIC_METRICS = tuple(m for m in METRICS if m.kind != "text")
HEADLINE = tuple(sorted((m for m in METRICS if m.headline), key=lambda m: m.headline))


def metric(key: str) -> Metric:
    """The metric with ``key`` (KeyError for an unknown one)."""
    return BY_KEY[key]


# -- nouns after a number ---------------------------------------------------------------
# Order matters: the longest noun phrase of a family first.
UNITS: tuple[tuple[str, str], ...] = (
    ("cuoc_kt", r"cuoc kiem tra"),
    ("cuoc_gs", r"cuoc giam sat"),
    ("cuoc", r"cuoc\b"),
    ("tccs", r"(?:to chuc co so(?: dang)?|tccs(?: dang)?)\b"),
    ("dbcs", r"dang bo co so\b"),
    ("cbcs", r"chi bo co so\b"),
    ("tcd", r"to chuc dang\b"),
    ("cbdv", r"can bo,? (?:(?:cong chuc|vien chuc|nguoi lao dong),? )*dang vien\b"),
    ("dv", r"(?:dang vien|dong chi)\b(?:\s+(?:moi|du bi)\b)?"),
    ("luot", r"luot (?:can bo|dang vien|nguoi|cbcc|cong chuc)\b(?:\s*,\s*(?:dang vien|cong chuc))*"),
    ("th", r"(?:truong hop|ho so)\b"),
    ("money", r"(?:dong|d)\b(?!\s*/)"),
    ("pct", r"%"),
    ("nha", r"(?:can |ngoi )?nha\b(?!\s+(?:may|nuoc|van hoa|truong|khach|hang|dau tu))"),
)
_UNIT_RES = tuple((name, re.compile(r"\s*(" + pattern + ")")) for name, pattern in UNITS)
# Display units of a unit family (the metric's own unit wins when it has one).
UNIT_DISPLAY = {
    "luot": "lượt",
    "dv": "đảng viên",
    "cbdv": "cán bộ, đảng viên",
    "th": "trường hợp",
    "money": "đồng",
    "pct": "%",
}


def unit_at(folded: str, pos: int) -> tuple[str, int] | None:
    """(unit family, end position) of the noun starting at ``pos`` in ``folded``, if any."""
    for name, pattern in _UNIT_RES:
        match = pattern.match(folded, pos)
        if match:
            return name, match.end()
    return None


def last_unit_before(folded: str, end: int, reach: int = 60) -> tuple[str, int, int] | None:
    """The last unit noun ending before ``end`` (within ``reach`` characters): (name, start, end)."""
    best: tuple[str, int, int] | None = None
    lo = max(0, end - reach)
    for name, pattern in _UNIT_RES:
        if name in ("pct", "money", "cuoc"):
            continue
        for match in pattern.finditer(folded, lo, end):
            start = match.start(1)
            if best is None or start > best[1]:
                best = (name, start, match.end())
    return best


# -- cue words --------------------------------------------------------------------------
# What a cue before (or after) a number says that number counts.
ACTION_CUES: dict[str, str] = {
    "ket_nap": r"\bket nap\b",
    "ky_luat": r"\bky luat\b",
    # Not the name of the Inspection Committee ("Ủy ban Kiểm tra ... trao quà cho 30 đảng viên").
    "kiem_tra": r"(?<!uy ban )\bkiem tra\b|\bdoi tuong\b",
    "giam_sat": r"\bgiam sat\b",
    "chinh_thuc": r"\bchinh thuc\b",
    "huy_hieu": r"\bhuy hieu\b",
    "tham_dinh": r"\btham dinh\b",
    "hoc_tap": r"\b(?:hoc tap|quan triet|pho bien|tham gia)\b",
    # "có" as in "Đảng bộ có 118 ...", not "doanh nghiệp có vốn ...", "có hoàn cảnh khó khăn";
    # "còn" right before the count (connectors allowed: "còn 80 tổ chức cơ sở đảng với 5.671
    # đảng viên"), as after a merger: "Đảng bộ Khối còn 80 TCCS đảng", not "còn lại", "vẫn còn".
    "stock": (
        r"\b(?:hien co|co(?!\s+(?:von|hoan canh|the|nhieu|it|y kien|ket qua|to chuc dang|dau hieu|them)\b)"
        r"|gom|bao gom|tong so|tong cong|voi tong so|den nay co"
        r"|(?<!van )con(?=[\s,()]*(?:(?:va|voi|cung|hoac)[\s,()]*)*$))\b"
    ),
}
# Cues that make a number something other than a fact of the period.
BLOCK_CUES: dict[str, str] = {
    "target": r"\b(?:phan dau|it nhat|toi thieu|muc tieu|du kien|con lai|de ra|hoan thanh chi tieu)\b",
    "plan": r"\b(?:ke hoach|chi tieu)\b",
    "change": r"\b(?:tang|giam|tang them|giam di|vuot|hon so voi|co them|them moi)\b",
    "per": r"\b(?:mxi|binh quan)\b",  # "mỗi", marked as "mxi" by the sentence reader
    "org_change": (
        r"\b(?:thanh lap(?: moi)?|nang cap|giai the|hop nhat|sap nhap|kien toan|chia tach|chi dinh)\b"
    ),
    "sign": r"\b(?:dau hieu vi pham)\b",
    "other_action": r"\b(?:ket luan|nhac nho|chan chinh|khen thuong|giay khen|bieu duong|ke khai|xac minh)\b",
    "ordinal": r"(?:(?<!tong )\bso|\bthu|\blan thu|\bkhoa|\bdot|\bcum|\btrung uong)\s*$",
}
_CUE_RE = re.compile(
    "|".join(f"(?P<{name}>{pattern})" for name, pattern in {**ACTION_CUES, **BLOCK_CUES}.items()
             if name != "ordinal")
)  # fmt: skip
ORDINAL_BEFORE = re.compile(BLOCK_CUES["ordinal"])
TARGET = re.compile(BLOCK_CUES["target"])
# What may follow a stock count that makes it something else ("có 113 TCCS đảng được đánh giá
# hoàn thành tốt nhiệm vụ", "12 TCCS đảng xếp loại ...").
STOCK_PREDICATE = re.compile(r"\b(?:duoc|hoan thanh|xep loai|danh gia|dat|tham gia|la|chiem|khong|chua)\b")
SUB_COUNT = re.compile(r"\b(?:trong do|trong so do|rieng|gom ca)\b")
NEGATION_AFTER = re.compile(r"^\W*(?:\w+\s+){0,4}?(?:chua|khong)\b")
WELFARE = re.compile(
    r"an sinh|ung ho|dong gop|quyen gop|tu thien|tri gia|kinh phi|\bqua\b|\bnha\b|mai am|ngheo"
    r"|kho khan|chinh sach|tinh thuong|dai doan ket|chung tay|\bho tro\b"
)
NOT_WELFARE = re.compile(
    r"doanh thu|ngan sach|thu nhap|dang phi|loi nhuan|\bvon\b|giai ngan|\bnop\b|tien luong|kim ngach"
    r"|dau tu|tai san"
)
# Words naming a business or budget figure before an amount of money ("Tổng doanh thu 9 tháng
# ... ước đạt 14.286 tỷ đồng", "nộp ngân sách nhà nước 1.092,5 tỷ đồng").
BUSINESS = re.compile(
    r"(?P<doanh_thu>\bdoanh thu(?! dich vu))|(?P<loi_nhuan>\bloi nhuan(?! sau thue))"
    r"|(?P<nop_ngan_sach>\bnop ngan sach)|(?P<thu_ngan_sach>(?<!nop )\bthu ngan sach)"
)
PLANNED_BEFORE = re.compile(r"\b(?:ke hoach|chi tieu|du toan|muc tieu|du kien)\s*(?:tong\s*)?$")
# Between such words and the amount: the amount is a plan, a change or an average, not the figure.
NOT_BUSINESS_VALUE = re.compile(
    r"\b(?:ke hoach|chi tieu|du toan|muc tieu|phan dau|tang|giam|vuot|so voi|cung ky|binh quan|mxi)\b"
)
LEARNING = re.compile(r"\b(?:hoc tap|quan triet|pho bien)\b")
QUALIFIER = re.compile(r"(?:^|\s)(hon|gan|tren|khoang|xap xi|uoc|uoc dat)\s*$")


def nearest_cue(folded: str) -> tuple[str, int] | None:
    """The cue that ends last in ``folded`` (the one closest to a number after it)."""
    best: tuple[str, int] | None = None
    for match in _CUE_RE.finditer(folded):
        name = match.lastgroup or ""
        if best is None or match.end() >= best[1]:
            best = (name, match.end())
    return best


def first_cue(folded: str, names: tuple[str, ...]) -> tuple[str, int] | None:
    """The first action cue among ``names`` found in ``folded``: (name, start)."""
    found = [(m.start(), m.lastgroup or "") for m in _CUE_RE.finditer(folded) if m.lastgroup in names]
    return (min(found)[1], min(found)[0]) if found else None


def last_action_cue(folded: str) -> str | None:
    """The action cue (not "stock") that ends last in ``folded``."""
    found = [(m.end(), m.lastgroup or "") for m in _CUE_RE.finditer(folded) if m.lastgroup in ACTION_CUES]
    found = [f for f in found if f[1] != "stock"]
    return max(found)[1] if found else None


# Words that make a cue after a number passive ("58 đảng viên được kiểm tra").
PASSIVE = re.compile(r"\b(?:duoc|bi|nhan|la)\b")


# (unit family, cue) -> metric key, for a number followed by its noun.
UNIT_CUE_METRIC: dict[tuple[str, str], str] = {
    ("dv", "ket_nap"): "ket_nap",
    ("dv", "ky_luat"): "ky_luat",
    ("dv", "kiem_tra"): "dang_vien_kiem_tra",
    ("dv", "giam_sat"): "dang_vien_giam_sat",
    ("dv", "chinh_thuc"): "chuyen_chinh_thuc",
    ("dv", "huy_hieu"): "huy_hieu_dang",
    ("dv", "hoc_tap"): "hoc_tap_nghi_quyet",
    ("dv", "stock"): "tong_dang_vien",
    ("tcd", "kiem_tra"): "to_chuc_dang_kiem_tra",
    ("tcd", "giam_sat"): "to_chuc_dang_giam_sat",
    ("tccs", "stock"): "to_chuc_co_so_dang",
    ("dbcs", "stock"): "dang_bo_co_so",
    ("cbcs", "stock"): "chi_bo_co_so",
    ("cuoc", "kiem_tra"): "cuoc_kiem_tra",
    ("cuoc", "giam_sat"): "cuoc_giam_sat",
    ("th", "tham_dinh"): "tham_dinh_chinh_tri",
    ("luot", "hoc_tap"): "hoc_tap_nghi_quyet",
    ("cbdv", "hoc_tap"): "hoc_tap_nghi_quyet",
}
# Units that name their metric whatever the verb.
UNIT_METRIC = {"cuoc_kt": "cuoc_kiem_tra", "cuoc_gs": "cuoc_giam_sat"}


def match_label(text: str) -> str | None:
    """The metric a table row or column label names ("Kết nạp đảng viên mới" -> "ket_nap")."""
    folded = re.sub(r"\([^)]*\)|\*", " ", fold(text))
    folded = re.sub(r"\s+", " ", folded).strip(" .:-")
    if not folded or re.match(r"^(?:trong do|\+|-)", folded):
        return None
    for m in NUMERIC_METRICS:
        pattern = m.label_pattern
        if pattern is not None and pattern.search(folded):
            if m.key in ("ket_nap", "chuyen_chinh_thuc") and re.search(r"\bchua\b|\bkhong\b", folded):
                return None
            return m.key
    return None
