# ruff: noqa: E501  (sentence templates read best on one line each)
"""Vietnamese text of synthetic reports: figures, names and sentence variants (see synth.py).

Everything here is invented. Sentences follow the genre (a Khối's Party committee reporting
its quarter, half-year, nine months or year), each with several wordings, so that reports of
different provinces and periods are near-duplicates with different numbers, as real ones are.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai Cao".split()
MIDDLE = "Văn Thị Hữu Đức Minh Quốc Thanh Ngọc Đình Xuân Công Thu Hồng Kim Tuấn Quang".split()
GIVEN = (
    "An Bình Chiến Dũng Giang Hà Hải Hiền Hòa Hùng Hương Khánh Lan Long Mai Nam Nga Nghĩa Phong "
    "Phúc Quân Sơn Tâm Thảo Thắng Thủy Trung Tú Tuấn Vân Việt Vinh Yến Lực Đông Hạnh Loan Tín"
).split()
THEME_A = [
    "Nâng cao chất lượng tổ chức cơ sở đảng",
    "Đổi mới phương thức lãnh đạo của cấp ủy",
    "Siết chặt kỷ luật, kỷ cương",
    "Tăng cường xây dựng, chỉnh đốn Đảng",
    "Nâng cao chất lượng sinh hoạt chi bộ",
    "Phát huy vai trò nêu gương của cán bộ, đảng viên",
]
THEME_B = [
    "đẩy mạnh chuyển đổi số trong cơ quan, đơn vị",
    "nâng cao hiệu quả phục vụ người dân và doanh nghiệp",
    "xây dựng đội ngũ cán bộ đủ phẩm chất, năng lực",
    "thực hiện tốt nhiệm vụ chính trị được giao",
    "tinh gọn bộ máy, hoạt động hiệu lực, hiệu quả",
    "phát triển sản xuất, kinh doanh bền vững",
]
RESOLUTIONS = [
    ("Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII", "NQ T.Ư 4"),
    ("Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII", "NQ T.Ư 6"),
    ("Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII", "NQ T.Ư 8"),
    ("Quy định số 144-QĐ/TW của Bộ Chính trị về chuẩn mực đạo đức cách mạng", "QĐ 144"),
    ("Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng", "KL 21"),
    ("Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp", "CT 35"),
]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def dots(n: int) -> str:
    """Vietnamese thousands separator: 7846 -> "7.846"."""
    return f"{n:,}".replace(",", ".")


def comma(x: float, digits: int = 1) -> str:
    """Vietnamese decimal comma: 18.8 -> "18,8"."""
    return f"{x:.{digits}f}".replace(".", ",")


@dataclass
class Figures:
    """The figures of one report, drawn once so that every sentence agrees."""

    members: int
    tccs: int
    admitted: int  # in the reported period
    admitted_quarter: int  # in the last quarter of it
    plan: int  # yearly target of new members
    official: int
    vetted: int
    badges: int
    inspections: tuple[int, int]  # organisations, members
    supervisions: tuple[int, int]
    disciplined: tuple[int, int]  # khiển trách, cảnh cáo
    study: int  # participants in a study session
    study_pct: float
    welfare: float  # tỷ đồng
    revenue: int  # tỷ đồng (enterprises)
    budget: float  # tỷ đồng
    theme: str
    resolution: tuple[str, str]
    leader: str
    deputy: str
    reporter: str
    extra: dict[str, int] = field(default_factory=dict)


def draw_figures(rng: random.Random, months: int, enterprise: bool) -> Figures:
    """Figures for a report covering ``months`` months of a Khối of cơ quan or doanh nghiệp."""
    scale = months / 12
    plan = rng.randrange(120, 340, 5)
    admitted = max(5, int(plan * scale * rng.uniform(0.75, 1.15)))
    quarter = admitted if months <= 3 else max(3, int(admitted * rng.uniform(0.3, 0.6)))
    members = rng.randrange(1800, 9800)
    return Figures(
        members=members,
        tccs=rng.randrange(38, 150),
        admitted=admitted,
        admitted_quarter=quarter,
        plan=plan,
        official=max(3, int(admitted * rng.uniform(0.7, 1.2))),
        vetted=max(5, int(admitted * rng.uniform(1.1, 1.6))),
        badges=rng.randrange(12, 160),
        inspections=(rng.randrange(3, 60), rng.randrange(5, 200)),
        supervisions=(rng.randrange(3, 80), rng.randrange(5, 260)),
        disciplined=(rng.randrange(0, 9), rng.randrange(0, 5)),
        study=int(members * rng.uniform(0.85, 1.0)),
        study_pct=rng.uniform(92, 99.5),
        welfare=rng.uniform(0.4, 6.0) * max(scale, 0.25),
        revenue=int(rng.uniform(900, 40000) * scale),
        budget=rng.uniform(40, 900) * scale,
        theme=f"{rng.choice(THEME_A)}, {rng.choice(THEME_B)}",
        resolution=rng.choice(RESOLUTIONS),
        leader=person(rng),
        deputy=person(rng),
        reporter=person(rng),
    )


def results_paragraphs(
    rng: random.Random, f: Figures, label: str, enterprise: bool, quarter: str = ""
) -> dict[str, list[str]]:
    """Sentences by section: politics, organisation, inspection, mass work, business.

    ``label`` names the (cumulative) period of the figures; ``quarter`` the last quarter of it
    when the report is a quarter's ("riêng quý III kết nạp ...")."""
    pct = 100 * f.admitted / f.plan
    politics = [
        rng.choice(
            [
                f"Các cấp ủy đã tổ chức học tập, quán triệt {f.resolution[0]} cho {dots(f.study)} lượt cán bộ, đảng viên, đạt {comma(f.study_pct, 2)}%.",
                f"Ban Thường vụ (BTV) Đảng ủy Khối chỉ đạo học tập {f.resolution[1]} với {dots(f.study)} lượt cán bộ, đảng viên tham gia, đạt {comma(f.study_pct, 2)}%.",
            ]
        ),
        rng.choice(
            [
                f'Ngay từ đầu năm, Đảng ủy Khối ban hành chương trình hành động thực hiện chủ đề công tác năm: "{f.theme}".',
                f'Các chi bộ triển khai chủ đề công tác năm "{f.theme}" gắn với nhiệm vụ chuyên môn.',
            ]
        ),
        f"Ban Chỉ đạo 35 (BCĐ 35) Đảng ủy Khối duy trì hoạt động của Tổ Thông tin 35 với {rng.randrange(15, 60)} thành viên.",
    ]
    organisation = [
        rng.choice(
            [
                f"{label[0].upper() + label[1:]}, toàn Đảng bộ kết nạp {f.admitted} đảng viên mới, đạt {comma(pct)}% kế hoạch năm ({f.plan} đảng viên); xét công nhận đảng viên chính thức cho {f.official} đồng chí.",
                f"Công tác phát triển đảng viên: kết nạp {f.admitted} đảng viên, bằng {comma(pct)}% chỉ tiêu năm; chuyển đảng chính thức cho {f.official} đảng viên.",
                f"Trong {label}, các TCCS đảng kết nạp {f.admitted} quần chúng ưu tú vào Đảng (đạt {comma(pct)}% kế hoạch), xét chuyển đảng chính thức {f.official} trường hợp.",
            ]
        ),
        *([f"Riêng {quarter}, kết nạp {f.admitted_quarter} đảng viên."] if quarter else []),
        rng.choice(
            [
                f"Hiện Đảng bộ Khối có {f.tccs} tổ chức cơ sở đảng với {dots(f.members)} đảng viên.",
                f"Đến nay, Đảng bộ Khối có {f.tccs} TCCS đảng, tổng số {dots(f.members)} đảng viên.",
            ]
        ),
        f"Đảng ủy Khối thẩm định tiêu chuẩn chính trị {f.vetted} trường hợp; trao Huy hiệu Đảng cho {f.badges} đảng viên.",
    ]
    k, c = f.disciplined
    inspection = [
        rng.choice(
            [
                f"Cấp ủy, Ủy ban Kiểm tra (UBKT) các cấp đã kiểm tra {f.inspections[0]} tổ chức đảng, {f.inspections[1]} đảng viên; giám sát {f.supervisions[0]} tổ chức đảng, {f.supervisions[1]} đảng viên.",
                f"Công tác kiểm tra, giám sát: kiểm tra {f.inspections[0]} tổ chức đảng và {f.inspections[1]} đảng viên, giám sát {f.supervisions[0]} tổ chức đảng và {f.supervisions[1]} đảng viên.",
            ]
        ),
        f"Thi hành kỷ luật {k + c} đảng viên (khiển trách {k}, cảnh cáo {c})."
        if k + c
        else "Không có đảng viên phải thi hành kỷ luật.",
    ]
    mass = [
        rng.choice(
            [
                f"Cán bộ, đảng viên trong Khối ủng hộ các hoạt động an sinh xã hội {comma(f.welfare, 2)} tỷ đồng.",
                f"Tổng số tiền ủng hộ an sinh xã hội đạt {comma(f.welfare, 2)} tỷ đồng.",
            ]
        )
    ]
    business = []
    if enterprise:
        business = [
            f"Các doanh nghiệp trong Khối đạt tổng doanh thu {dots(f.revenue)} tỷ đồng, nộp ngân sách nhà nước {comma(f.budget)} tỷ đồng; thu nhập bình quân của người lao động ổn định."
        ]
    return {
        "politics": politics,
        "organisation": organisation,
        "inspection": inspection,
        "mass": mass,
        "business": business,
    }


def weaknesses(rng: random.Random) -> list[str]:
    pool = [
        "Chất lượng sinh hoạt chi bộ ở một số nơi chưa cao; nội dung sinh hoạt chuyên đề chưa phong phú.",
        "Việc cụ thể hóa nghị quyết thành chương trình hành động của một số đơn vị còn chung chung.",
        "Nguồn phát triển đảng viên ở một số cơ quan hạn chế do tinh giản biên chế.",
        "Việc cập nhật dữ liệu đảng viên trên phần mềm quản lý ở một số nơi còn chậm.",
        "Công tác tự kiểm tra của một số chi bộ còn hình thức.",
    ]
    return rng.sample(pool, 3)


def tasks(rng: random.Random, next_label: str, plan: int) -> list[str]:
    pool = [
        f"Tiếp tục học tập, quán triệt các nghị quyết, chỉ thị của Trung ương và của Tỉnh ủy trong {next_label}.",
        "Nâng cao chất lượng sinh hoạt chi bộ; chuẩn bị tốt công tác nhân sự cấp ủy.",
        f"Đẩy mạnh công tác phát triển đảng viên, phấn đấu hoàn thành chỉ tiêu kết nạp {plan} đảng viên.",
        "Thực hiện nghiêm chương trình kiểm tra, giám sát; tập trung giám sát việc thực hiện trách nhiệm nêu gương.",
        "Lãnh đạo các đoàn thể tổ chức tốt các phong trào thi đua, hoạt động an sinh xã hội.",
        "Chuẩn bị chu đáo việc kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên.",
    ]
    return rng.sample(pool, 4)
