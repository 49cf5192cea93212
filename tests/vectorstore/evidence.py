"""Reports written by the evidence tests: which chunk of the right report a question needs.

Two formal quarter reports of two provinces, long enough that a heading full of names, a
shortcoming that reuses the question's words and a signature block compete with the chunk
holding the figure; a half-year report of a third province with a table by quarter; and a
news item on the same body's 9 months that repeats the question's words and gives only the
running total and the third quarter.
"""

from __future__ import annotations

from pathlib import Path

FORMAL = """ĐẢNG BỘ TỈNH {upper}

ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH

Số {number}-BC/ĐUK

ĐẢNG CỘNG SẢN VIỆT NAM

{city}, ngày 28 tháng 3 năm 2025

BÁO CÁO

Kết quả công tác xây dựng Đảng quý I và nhiệm vụ trọng tâm quý II năm 2025

Căn cứ Chương trình công tác năm 2025, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh {name} báo cáo
kết quả thực hiện nhiệm vụ quý I năm 2025 như sau:

I. TÌNH HÌNH CHUNG

Đảng bộ Khối hiện có {bases} tổ chức cơ sở đảng, {cells} chi bộ trực thuộc đảng ủy cơ sở, với {members}
đảng viên. Tư tưởng cán bộ, đảng viên ổn định; các cơ quan hoàn thành tốt nhiệm vụ chính trị.

II. KẾT QUẢ THỰC HIỆN

1. Công tác chính trị, tư tưởng. Các cấp ủy tổ chức học tập, quán triệt các nghị quyết của Trung ương
cho {studied} cán bộ, đảng viên, đạt {share}%. Tổ chức hội nghị báo cáo viên quý I với {speakers} đại biểu;
tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam và mừng Xuân Ất Tỵ.

2. Công tác tổ chức, xây dựng Đảng. Quý I, toàn Đảng bộ kết nạp {admitted} đảng viên, đạt {plan}% kế hoạch
năm; công nhận đảng viên chính thức cho {confirmed} đồng chí; trao Huy hiệu Đảng cho {badges} đảng viên;
chuyển sinh hoạt đảng chính thức cho {moved} đảng viên. Ban Thường vụ chuẩn y {chiefs} bí thư cấp ủy cơ sở.

III. HẠN CHẾ

- Một số cấp ủy chưa chủ động xây dựng chương trình công tác năm; nội dung sinh hoạt còn đơn điệu.

- Việc quản lý đảng viên tạm vắng ở một số chi bộ chưa chặt chẽ.

- Còn {idle} tổ chức cơ sở đảng chưa có quần chúng ưu tú được xem xét kết nạp trong quý I.

IV. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2025

1. Quán triệt các chỉ thị mới của Trung ương; chuẩn bị đại hội chi bộ trực thuộc.

2. Tổ chức hội thi tìm hiểu lịch sử Đảng bộ tỉnh trong cán bộ, đảng viên trẻ.

Nơi nhận:

- Ban Thường vụ Tỉnh ủy (báo cáo);

- Các tổ chức cơ sở đảng trực thuộc;

- Lưu Văn phòng.

T/M BAN THƯỜNG VỤ

BÍ THƯ

(đã ký)

{signer}
"""

HALF_YEAR = """ĐẢNG BỘ TỈNH SƠN LA

ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH

Số 61-BC/ĐUK

ĐẢNG CỘNG SẢN VIỆT NAM

Sơn La, ngày 8 tháng 7 năm 2025

BÁO CÁO

Sơ kết công tác xây dựng Đảng 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2025

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Công tác tổ chức, xây dựng Đảng

Sáu tháng đầu năm, toàn Đảng bộ kết nạp 38 đảng viên, đạt 47,5% chỉ tiêu năm.

Bảng 1. Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2025

| Chỉ tiêu | Quý I | Quý II | 6 tháng |
| Kết nạp đảng viên | 15 | 23 | 38 |
| Doanh thu (tỷ đồng) | 812 | 907 | 1.719 |

II. HẠN CHẾ, KHÓ KHĂN

- Một số chi bộ sinh hoạt chưa đều đặn do đảng viên làm việc theo ca.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025

1. Phấn đấu hoàn thành chỉ tiêu phát triển đảng viên năm 2025.
"""

NEWS = """Đảng bộ Khối Doanh nghiệp tỉnh Sơn La: 9 tháng kết nạp 64 đảng viên

Thứ Năm, 09/10/2025 — Phóng viên

Ngày 9/10, Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Sơn La tổ chức hội nghị sơ kết công tác xây
dựng Đảng 9 tháng đầu năm 2025. Các doanh nghiệp trong Khối giữ ổn định sản xuất, kinh doanh.

Lũy kế 9 tháng, toàn Đảng bộ kết nạp 64 đảng viên, đạt 80% chỉ tiêu năm; các cấp ủy quan tâm phát triển
đảng viên là công nhân trực tiếp sản xuất.
"""


def write_evidence_corpus(folder: Path) -> None:
    """Write the reports of this module into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    sides = {
        "lc-kcq-2025-q1.txt": dict(upper="LÀO CAI", name="Lào Cai", city="Lào Cai", number=142),
        "cm-kcq-2025-q1.txt": dict(upper="CÀ MAU", name="Cà Mau", city="Cà Mau", number=175),
    }
    figures = [
        dict(bases=52, cells=171, members=4_118, studied=3_902, share=94.8, speakers=131, admitted=33,
             plan=21.3, confirmed=27, badges=19, moved=14, chiefs=4, idle=9, signer="Lê Minh Khoa"),
        dict(bases=44, cells=150, members=3_205, studied=3_010, share=93.9, speakers=118, admitted=48,
             plan=24.0, confirmed=35, badges=25, moved=16, chiefs=2, idle=11, signer="Trần Thu Hương"),
    ]  # fmt: skip
    for (name, place), numbers in zip(sides.items(), figures, strict=True):
        (folder / name).write_text(FORMAL.format(**place, **numbers), encoding="utf-8")
    (folder / "sl-kdn-2025-h1.txt").write_text(HALF_YEAR, encoding="utf-8")
    (folder / "sl-kdn-2025-9thang.txt").write_text(NEWS, encoding="utf-8")
