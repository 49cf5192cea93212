"""Reports of one Khối around a year's plan, written by the retrieval-rule tests.

The year report sets next year's targets in its tasks part ("Kết nạp 150 đảng viên mới"); the
first-quarter report and the half-year report of that year tell how far the target is met, the
half-year one at length (a table by quarter, its own tasks for the second half). A question about
the year's target and what is left after six months needs the year report and the half-year one.
"""

from __future__ import annotations

from pathlib import Path

HEADER = """ĐẢNG BỘ TỈNH THÁI BÌNH
ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
Số {number}
ĐẢNG CỘNG SẢN VIỆT NAM
Thái Bình, ngày {day} tháng {month} năm {year}
"""

SIGNATURE = """T/M BAN THƯỜNG VỤ
BÍ THƯ
(đã ký)
Phạm Văn Quang
"""

YEAR = """BÁO CÁO
Tổng kết công tác xây dựng Đảng năm 2024, phương hướng nhiệm vụ năm 2025

I. KẾT QUẢ NĂM 2024
1. Công tác chính trị, tư tưởng
Các chi bộ tổ chức học tập chuyên đề năm 2024 cho 100% đảng viên; Ban Thường vụ ban hành 6 kế hoạch.

2. Công tác tổ chức, xây dựng Đảng
Năm 2024 toàn Đảng bộ kết nạp 141 đảng viên mới, đạt 104% kế hoạch; đến cuối năm Đảng bộ có
4.208 đảng viên sinh hoạt tại 63 tổ chức cơ sở đảng.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
1. Tập trung lãnh đạo sắp xếp tổ chức bộ máy các cơ quan trong Khối.
2. Kết nạp 150 đảng viên mới; 100% chi bộ xây dựng chương trình kiểm tra, giám sát.
3. Chuẩn bị tổ chức đại hội các chi bộ trực thuộc nhiệm kỳ 2025 - 2027.
"""

Q1 = """BÁO CÁO
Kết quả công tác xây dựng Đảng quý I, nhiệm vụ quý II năm 2025

I. KẾT QUẢ QUÝ I NĂM 2025
1. Công tác tổ chức, xây dựng Đảng
Quý I, toàn Đảng bộ kết nạp 22 đảng viên mới, đạt 14,7% kế hoạch năm.

II. NHIỆM VỤ QUÝ II NĂM 2025
1. Tiếp tục tạo nguồn kết nạp đảng viên trong đoàn viên thanh niên.
"""

HALF = """BÁO CÁO
Sơ kết công tác xây dựng Đảng 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2025

I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025
1. Công tác tổ chức, xây dựng Đảng
Sáu tháng đầu năm, toàn Đảng bộ kết nạp 61 đảng viên mới, đạt 40,7% kế hoạch năm; các cấp ủy
quan tâm tạo nguồn kết nạp đảng viên trong đoàn viên thanh niên.

Bảng 1. Kết nạp đảng viên theo quý
| Chỉ tiêu | Quý I | Quý II | 6 tháng |
| Kết nạp đảng viên | 22 | 39 | 61 |
| Chuyển đảng chính thức | 17 | 28 | 45 |

2. Hạn chế
Tiến độ kết nạp đảng viên ở một số chi bộ còn chậm; việc kết nạp đảng viên là đoàn viên thanh
niên chưa đạt yêu cầu; một số cấp ủy chưa quan tâm bồi dưỡng quần chúng ưu tú để kết nạp.

3. Công tác kiểm tra, giám sát
Ủy ban Kiểm tra Đảng ủy Khối kiểm tra 7 tổ chức đảng về công tác kết nạp đảng viên và
quản lý đảng viên; các cấp ủy giám sát việc kết nạp đảng viên tại 12 chi bộ.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025
1. Phấn đấu kết nạp 89 đảng viên mới, hoàn thành kế hoạch kết nạp đảng viên năm.
2. Chỉ đạo các chi bộ còn chậm kết nạp đảng viên rà soát nguồn và bồi dưỡng quần chúng ưu tú.
"""

# name -> (number, (day, month, year), body)
PLANS = {
    "tb-kcq-2024-nam.txt": ("140-BC/ĐUK", (12, 12, 2024), YEAR),
    "tb-kcq-2025-q1.txt": ("171-BC/ĐUK", (28, 3, 2025), Q1),
    "tb-kcq-2025-h1.txt": ("196-BC/ĐUK", (20, 6, 2025), HALF),
}


def write_plans(folder: Path) -> dict[str, Path]:
    """Write the reports into ``folder``; returns name -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, (number, (day, month, year), body) in PLANS.items():
        header = HEADER.format(number=number, day=day, month=month, year=year)
        path = folder / name
        path.write_text("\n".join([header, body, SIGNATURE]), encoding="utf-8")
        out[name] = path
    return out
