"""Three reports of one Khối over 2025, written by the report-rule tests (test_report_rules.py).

A quarter-I report; a half-year report that states a pilot event ("sinh hoạt chuyên đề điểm")
among its results, the size of the Đảng bộ, an indicator table by quarter and several chunks
without figures (title block, shortcomings, tasks ahead, signature); and a newer 9-month report
that tells of other events with many of the same words but not the pilot one.
"""

from __future__ import annotations

from pathlib import Path

HEADER = """ĐẢNG BỘ TỈNH LẠNG SƠN
ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
Số {number}-BC/ĐUK
ĐẢNG CỘNG SẢN VIỆT NAM
Lạng Sơn, ngày {day} tháng {month} năm 2025

BÁO CÁO
{title}
"""

SIGNATURE = """Nơi nhận:
- Thường trực Tỉnh ủy (b/c),
- Các đảng ủy cơ sở,
- Lưu Văn phòng.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
(đã ký)
Hoàng Thị Mai Lan
"""

Q1 = """I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I NĂM 2025

1. Công tác tổ chức, xây dựng Đảng
Trong quý I, các đảng ủy cơ sở kết nạp 11 đảng viên; chuyển đảng chính thức cho 14 đảng viên;
các chi bộ duy trì sinh hoạt định kỳ theo hướng dẫn của Ban Tổ chức Đảng ủy Khối.

II. NHIỆM VỤ QUÝ II NĂM 2025
1. Chỉ đạo đại hội chi bộ trực thuộc đảng ủy cơ sở nhiệm kỳ 2025 - 2027.
"""

H1 = """I. ĐẶC ĐIỂM TÌNH HÌNH
Đảng bộ Khối hiện có 42 tổ chức cơ sở đảng (17 đảng bộ cơ sở, 25 chi bộ cơ sở) với 2.315 đảng viên,
sinh hoạt trong các cơ quan, đơn vị sự nghiệp của tỉnh.

II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Công tác chính trị, tư tưởng
Đảng ủy Khối chỉ đạo các cấp ủy trực thuộc thực hiện kế hoạch học tập, quán triệt nghị quyết. Các chi
bộ đổi mới nội dung sinh hoạt, nâng cao chất lượng sinh hoạt chi bộ.

2. Công tác tổ chức, cán bộ
a) Sinh hoạt chuyên đề điểm: Ban Thường vụ Đảng ủy Khối chọn Chi bộ Sở Xây dựng làm điểm, tổ chức
vào ngày 12/5/2025 với chủ đề chuyển đổi số trong cơ quan.
b) Phát triển đảng viên: 6 tháng đầu năm kết nạp 26 đảng viên, đạt 52% kế hoạch năm; chuyển đảng
chính thức cho 33 đảng viên.

3. Một số chỉ tiêu chủ yếu
| Chỉ tiêu | Quý I | Quý II | 6 tháng |
| Kết nạp đảng viên | 11 | 15 | 26 |
| Chuyển đảng chính thức | 14 | 19 | 33 |

III. HẠN CHẾ
Kết nạp đảng viên ở một số đảng ủy cơ sở chưa đạt kế hoạch đề ra; sinh hoạt chi bộ có nơi chưa đều.

IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025
Tiếp tục thực hiện kế hoạch kết nạp đảng viên, phấn đấu đạt kế hoạch năm; chuẩn bị tổng kết năm.
"""

M9 = """I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG NĂM 2025

1. Công tác tổ chức, cán bộ
Ngày 18/8/2025, Chi bộ Sở Xây dựng tổ chức sinh hoạt chuyên đề về chuyển đổi số tại hội trường Sở
Xây dựng; các chi bộ khác của Khối tổ chức sinh hoạt chuyên đề theo hướng dẫn của Đảng ủy Khối.
Chi bộ Sở Xây dựng được Ban Thường vụ Đảng ủy Khối biểu dương.

2. Phát triển đảng viên
9 tháng năm 2025, toàn Đảng bộ kết nạp 41 đảng viên, đạt 82% kế hoạch năm.

II. NHIỆM VỤ QUÝ IV NĂM 2025
1. Chuẩn bị kiểm điểm, đánh giá chất lượng tổ chức đảng và đảng viên năm 2025.
"""

# name -> (number, (day, month), title, body)
REPORTS = {
    "ls-kcq-2025-q1.txt": (
        "61",
        (28, 3),
        "Kết quả công tác xây dựng Đảng quý I và nhiệm vụ quý II năm 2025",
        Q1,
    ),
    "ls-kcq-2025-h1.txt": (
        "77",
        (25, 6),
        "Sơ kết công tác xây dựng Đảng 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2025",
        H1,
    ),
    "ls-kcq-2025-9t.txt": (
        "95",
        (24, 9),
        "Kết quả công tác xây dựng Đảng 9 tháng và nhiệm vụ quý IV năm 2025",
        M9,
    ),
}


def write_halfyear(folder: Path) -> dict[str, Path]:
    """Write the three reports into ``folder``; returns name -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, (number, (day, month), title, body) in REPORTS.items():
        header = HEADER.format(number=number, day=day, month=month, title=title)
        path = folder / name
        path.write_text("\n".join([header, body, SIGNATURE]), encoding="utf-8")
        out[name] = path
    return out
