"""A series of reports of one Khối over a year, written by the retrieval-rule tests.

Unlike ``reports.py`` (one template, same metrics), these reports differ in shape the way a
real series does: a quarter report whose tasks for the next quarter are worded unlike the
question, a half-year report with a table by quarter and its own tasks for the next half-year,
a quarter-III report with running totals for 9 months that proposes next year's theme without
stating it, and a report of another Khối with the same signature block. Each report has its own
document number.
"""

from __future__ import annotations

from pathlib import Path

HEADER = """ĐẢNG BỘ TỈNH {province_upper}
ĐẢNG ỦY KHỐI {khoi} TỈNH
Số {number}
ĐẢNG CỘNG SẢN VIỆT NAM
{city}, ngày {day} tháng {month} năm {year}
"""

SIGNATURE = """Nơi nhận:
- Thường trực Tỉnh ủy (b/c),
- Các đảng ủy cơ sở,
- Lưu Văn phòng.

T/M BAN THƯỜNG VỤ
{role}
(đã ký)
{signer}
"""

Q1 = """BÁO CÁO
Kết quả công tác xây dựng Đảng quý I năm 2024 và nhiệm vụ quý II năm 2024

Ngày 2/4/2024, Ban Chấp hành Đảng bộ Khối họp phiên thường kỳ để đánh giá quý I và bàn triển khai
nhiệm vụ trọng tâm quý II/2024; Bí thư Đảng ủy Khối chủ trì và giao nhiệm vụ cho các cấp ủy trực thuộc.

I. KẾT QUẢ QUÝ I NĂM 2024

1. Công tác chính trị, tư tưởng
Ban Thường vụ Đảng ủy Khối ban hành kế hoạch thực hiện chủ đề công tác năm 2024 "Đoàn kết, đổi mới,
phục vụ Nhân dân" tới 100% chi bộ.

2. Công tác tổ chức, xây dựng Đảng
Trong quý I, toàn Đảng bộ kết nạp 21 đảng viên mới, bằng 14% kế hoạch năm. Hiện Đảng bộ Khối có
5.310 đảng viên.

II. NHIỆM VỤ QUÝ II NĂM 2024
1. Tổ chức hội thi tìm hiểu lịch sử Đảng bộ tỉnh cho 40 chi bộ trẻ.
2. Mở 3 lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú.
3. Hoàn thành số hóa hồ sơ đảng viên của 12 đảng bộ cơ sở.
"""

H1 = """BÁO CÁO
Sơ kết công tác xây dựng Đảng 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024

I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024

1. Công tác tổ chức, xây dựng Đảng
Sáu tháng đầu năm, toàn Đảng bộ kết nạp 64 đảng viên mới, bằng 43% kế hoạch năm; các cấp ủy trực
thuộc thực hiện tốt nhiệm vụ được giao.

Bảng 1. Kết nạp đảng viên theo quý
| Chỉ tiêu | Quý I | Quý II | 6 tháng |
| Kết nạp đảng viên | 21 | 43 | 64 |
| Chuyển đảng chính thức | 18 | 25 | 43 |

II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024
1. Bí thư Đảng ủy Khối giao các cấp ủy tập trung nhiệm vụ trọng tâm: chuẩn bị đại hội chi bộ.
2. Các cấp ủy tiếp tục thực hiện nhiệm vụ trọng tâm về kết nạp đảng viên, phấn đấu đạt kế hoạch năm.
"""

Q3 = """BÁO CÁO
Kết quả công tác xây dựng Đảng quý III và 9 tháng năm 2024

I. KẾT QUẢ CÔNG TÁC

1. Công tác tổ chức, xây dựng Đảng
Quý III, các cấp ủy kết nạp 30 đảng viên mới; lũy kế 9 tháng kết nạp 94 đảng viên mới, đạt 63% kế
hoạch năm. Công tác kết nạp đảng viên, phát triển đảng viên trong doanh nghiệp còn chậm; tỷ lệ kết
nạp đảng viên trẻ chưa cao. Các cấp ủy rà soát nguồn kết nạp đảng viên.

2. Công tác chính trị, tư tưởng
Các chi bộ sinh hoạt chuyên đề theo chủ đề năm; Ban Thường vụ chuẩn bị tổng kết chủ đề công tác năm.

II. NHIỆM VỤ QUÝ IV NĂM 2024
1. Chuẩn bị hội nghị tổng kết năm 2024 và đề xuất chủ đề công tác năm 2025 của Đảng ủy Khối.
"""

OTHER = """BÁO CÁO
Kết quả công tác xây dựng Đảng quý III năm 2024 và nhiệm vụ quý IV năm 2024

I. KẾT QUẢ CÔNG TÁC
Trong quý III, các doanh nghiệp trong Khối nộp ngân sách 412 tỷ đồng; toàn Đảng bộ kết nạp 17
đảng viên mới.

II. NHIỆM VỤ QUÝ IV NĂM 2024
1. Chỉ đạo các doanh nghiệp hoàn thành kế hoạch sản xuất, kinh doanh năm 2024.
"""

# name -> (khoi, number, (day, month), body text, signer)
SERIES = {
    "gl-kcq-2024-q1.txt": ("CÁC CƠ QUAN", "51-BC/ĐUK", (3, 4), Q1, "Rơ Châm Hlin"),
    "gl-kcq-2024-h1.txt": ("CÁC CƠ QUAN", "88-BC/ĐUK", (8, 7), H1, "Ksor Thu Hà"),
    "gl-kcq-2024-q3.txt": ("CÁC CƠ QUAN", "120-BC/ĐUK", (7, 10), Q3, "Rơ Châm Hlin"),
    "gl-kdn-2024-q3.txt": ("DOANH NGHIỆP", "131-BC/ĐUK", (9, 10), OTHER, "Đinh Văn Phong"),
}


def write_series(folder: Path) -> dict[str, Path]:
    """Write the series into ``folder``; returns name -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, (khoi, number, (day, month), body, signer) in SERIES.items():
        header = HEADER.format(
            province_upper="GIA LAI", khoi=khoi, number=number, city="Pleiku", day=day, month=month, year=2024
        )
        text = "\n".join([header, body, SIGNATURE.format(role="PHÓ BÍ THƯ", signer=signer)])
        path = folder / name
        path.write_text(text, encoding="utf-8")
        out[name] = path
    return out
