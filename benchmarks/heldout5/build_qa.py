# ruff: noqa: E501
"""Write qa.jsonl of the fifth held-out set from the list below.

Each row: (type, question, answer, must_contain, doc_ids). Ids are assigned in order (n-001...).
Run: python benchmarks/heldout5/build_qa.py && python benchmarks/heldout5/verify.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

PT1 = "phu-tho-duk-co-quan-bc-quy-1-2025.txt"
PT6 = "BC-131-DUKCQ-PT-6T-2025.pdf"
PT9 = "bao-cao-9-thang-2025-dang-uy-khoi-co-quan-phu-tho.md"
VP = "vinh-phuc-khoi-co-quan-quy-i-2025.html"
BD = "DUK-DN-binh-duong-6-thang-2025.docx"
BR = "baobariavungtau-khoi-doanh-nghiep-so-ket-6-thang.html"
HD = "thanh-uy-hai-duong-bao-cao-nam-2024.txt"
TS = "huyen-uy-thoai-son-quy-ii-2025.txt"
QN = "cong-an-quang-ninh-bc-9-thang-2025.txt"
NT = "ubkt-tinh-uy-ninh-thuan-6-thang-2025.md"

QA: list[tuple[str, str, str, list[str], list[str]]] = [
    # numeric (15)
    (
        "numeric",
        "Q1/2025 DUK cac co quan tinh Phu Tho ket nap duoc bao nhieu dang vien moi, dat bao nhieu % KH nam?",
        "Quý I/2025 Đảng bộ Khối các cơ quan tỉnh Phú Thọ kết nạp 37 đảng viên mới, đạt 17,6% kế hoạch năm (210 đảng viên).",
        ["37 đảng viên mới", "17,6%"],
        [PT1],
    ),
    (
        "numeric",
        "Quý 1 năm nay Đảng ủy Khối các cơ quan tỉnh Vĩnh Phúc kết nạp được mấy đảng viên mới vậy?",
        "Quý I/2025 Đảng ủy Khối các cơ quan tỉnh Vĩnh Phúc kết nạp 42 đảng viên mới, đạt 16,8% kế hoạch năm 250 đảng viên.",
        ["42 đảng viên mới", "16,8%"],
        [VP],
    ),
    (
        "numeric",
        "Luy ke 9 thang 2025 DUK cac co quan Phu Tho ket nap bao nhieu dang vien, dat may % ke hoach nam?",
        "Lũy kế 9 tháng năm 2025 kết nạp 144 đảng viên mới, đạt 68,6% kế hoạch năm 210 (riêng quý III: 46).",
        ["144", "68,6%"],
        [PT9],
    ),
    (
        "numeric",
        "Riêng quý III/2025 Đảng ủy Khối các cơ quan tỉnh Phú Thọ thu đảng phí được bao nhiêu?",
        "Riêng quý III/2025 thu đảng phí 644 triệu đồng; lũy kế 9 tháng 1.962 triệu đồng, đạt 80,1% kế hoạch năm 2.450 triệu đồng.",
        ["644"],
        [PT9],
    ),
    (
        "numeric",
        "Thanh uy Hai Duong nam 2024 thu ngan sach tren dia ban duoc bao nhieu, dat bao nhieu % du toan?",
        "Năm 2024 tổng thu ngân sách nhà nước trên địa bàn thành phố Hải Dương ước 3.846 tỷ đồng, đạt 112,4% dự toán tỉnh giao.",
        ["3.846", "112,4%"],
        [HD],
    ),
    (
        "numeric",
        "Huyện Thoại Sơn 6 tháng đầu 2025 thu ngân sách được bao nhiêu tỷ, đạt bao nhiêu dự toán?",
        "Lũy kế 6 tháng đầu năm 2025 huyện Thoại Sơn thu ngân sách 171,9 tỷ đồng, đạt 52,1% dự toán năm (riêng quý II: 86,4 tỷ đồng).",
        ["171,9", "52,1%"],
        [TS],
    ),
    (
        "numeric",
        "Rieng quy 2/2025 Huyen uy Thoai Son ket nap bao nhieu dang vien?",
        "Riêng quý II/2025 kết nạp 58 đảng viên; lũy kế 6 tháng là 97 đảng viên, đạt 55,4% chỉ tiêu năm 175.",
        ["58 đảng viên"],
        [TS],
    ),
    (
        "numeric",
        "Công an tỉnh Quảng Ninh 9 tháng năm 2025 điều tra làm rõ bao nhiêu vụ phạm pháp hình sự, tỷ lệ bao nhiêu?",
        "9 tháng năm 2025 điều tra, làm rõ 1.086 vụ, đạt tỷ lệ 91,3%; triệt phá 47 băng, ổ nhóm tội phạm.",
        ["1.086", "91,3%"],
        [QN],
    ),
    (
        "numeric",
        "CA tinh Quang Ninh 9T/2025 bat giu bao nhieu vu, bao nhieu doi tuong ve ma tuy?",
        "Phát hiện, bắt giữ 612 vụ, 1.034 đối tượng phạm tội về ma túy.",
        ["612 vụ", "1.034"],
        [QN],
    ),
    (
        "numeric",
        "UBKT các cấp ở Ninh Thuận kiến nghị thu hồi bao nhiêu tiền qua kiểm tra tài chính đảng 6 tháng đầu năm 2025?",
        "Ủy ban kiểm tra các cấp kiểm tra tài chính đảng tại 22 tổ chức đảng, kiến nghị thu hồi 2,38 tỷ đồng.",
        ["2,38 tỷ đồng"],
        [NT],
    ),
    (
        "numeric",
        "6 thang dau 2025 o Ninh Thuan thi hanh ky luat bao nhieu dang vien?",
        "6 tháng đầu năm 2025 các cấp ủy và UBKT thi hành kỷ luật 3 tổ chức đảng và 48 đảng viên.",
        ["48 đảng viên"],
        [NT],
    ),
    (
        "numeric",
        "Báo BR-VT đưa tin doanh thu 6 tháng đầu năm 2025 của các doanh nghiệp Khối DN tỉnh là bao nhiêu?",
        "Tổng doanh thu ước 31.270 tỷ đồng, tăng 6,3% so với cùng kỳ; nộp ngân sách 4.105 tỷ đồng.",
        ["31.270", "6,3%"],
        [BR],
    ),
    (
        "numeric",
        "DUK DN Binh Duong 6T/2025 loi nhuan truoc thue dat bao nhieu?",
        "Lợi nhuận trước thuế 6 tháng đầu năm 2025 đạt 2.742 tỷ đồng, bằng 53,6% kế hoạch năm (5.120 tỷ) và 111,2% cùng kỳ.",
        ["2.742"],
        [BD],
    ),
    (
        "numeric",
        "Quý 1/2025 có bao nhiêu đảng viên ĐUK các cơ quan Phú Thọ tham gia học tập các chuyên đề NQ, chỉ thị?",
        "Có 3.918 đảng viên tham gia học tập 4 chuyên đề, đạt 94,9% tổng số đảng viên.",
        ["3.918", "94,9%"],
        [PT1],
    ),
    (
        "numeric",
        "Tinh den 30/9/2025 Dang bo Khoi cac co quan tinh Phu Tho co bao nhieu dang vien?",
        "Đến 30/9/2025 Đảng bộ Khối các cơ quan tỉnh Phú Thọ có 4.203 đảng viên.",
        ["4.203"],
        [PT9],
    ),
    # fact (6)
    (
        "fact",
        "Ai ký báo cáo 9 tháng năm 2025 của Đảng ủy Khối các cơ quan tỉnh Phú Thọ?",
        "Đồng chí Đinh Quang Tuấn, Bí thư Đảng ủy Khối (tái cử tại Đại hội lần thứ VII), ký thay mặt Ban Thường vụ.",
        ["Đinh Quang Tuấn"],
        [PT9],
    ),
    (
        "fact",
        "Ai la bi thu Dang uy Cong an tinh Quang Ninh nhiem ky 2025-2030?",
        "Đại tá Phạm Quốc Hưng được chỉ định Bí thư Đảng ủy Công an tỉnh tại Đại hội lần thứ XIV.",
        ["Phạm Quốc Hưng"],
        [QN],
    ),
    (
        "fact",
        "Đồng chí nào dự và phát biểu chỉ đạo hội nghị sơ kết 6 tháng của ĐUK Doanh nghiệp tỉnh Bà Rịa - Vũng Tàu?",
        "Đồng chí Huỳnh Thanh Bình, Phó Trưởng Ban Tổ chức Tỉnh ủy.",
        ["Huỳnh Thanh Bình"],
        [BR],
    ),
    (
        "fact",
        "UBKT Tinh uy Ninh Thuan canh cao ai trong 6 thang dau nam 2025, vi sao vay?",
        "Cảnh cáo nguyên Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh do vi phạm trong quản lý đất đai.",
        ["Ban Quản lý dự án đầu tư xây dựng tỉnh"],
        [NT],
    ),
    (
        "fact",
        "Đại hội điểm của Đảng ủy Khối Doanh nghiệp Bình Dương năm 2025 tổ chức ở đơn vị nào?",
        "Tại Đảng bộ Tổng Công ty Phát triển hạ tầng Đông Nam, ngày 22/5/2025.",
        ["Phát triển hạ tầng Đông Nam"],
        [BD],
    ),
    (
        "fact",
        "Xa nao cua huyen Thoai Son duoc cong nhan NTM nang cao trong quy II/2025?",
        "Xã Vĩnh Chánh được công nhận đạt chuẩn nông thôn mới nâng cao.",
        ["Vĩnh Chánh"],
        [TS],
    ),
    # date (4)
    (
        "date",
        "Dai hoi Dang bo Khoi cac co quan tinh Phu Tho lan thu VII dien ra ngay nao?",
        "Ngày 14 - 15/8/2025, nhiệm kỳ 2025 - 2030.",
        ["14 - 15/8/2025"],
        [PT9],
    ),
    (
        "date",
        "Báo cáo quý I/2025 của Đảng ủy Khối các cơ quan tỉnh Vĩnh Phúc ban hành ngày nào, số mấy?",
        "Báo cáo số 64-BC/ĐUK, ngày 27 tháng 3 năm 2025.",
        ["64-BC/ĐUK", "ngày 27 tháng 3 năm 2025"],
        [VP],
    ),
    (
        "date",
        "Dai hoi Dang bo Cong an tinh Quang Ninh lan thu XIV to chuc hom nao?",
        "Ngày 12/8/2025.",
        ["12/8/2025"],
        [QN],
    ),
    (
        "date",
        "Hội nghị sơ kết nửa đầu năm 2025 của Khối DN Bà Rịa - Vũng Tàu diễn ra hôm nào?",
        "Chiều 26/6/2025 (bài báo đăng ngày 27/6/2025).",
        ["Chiều 26/6"],
        [BR],
    ),
    # list (5)
    (
        "list",
        "Nhiệm vụ quý II/2025 mà BTV Đảng ủy Khối các cơ quan Phú Thọ đề ra gồm những gì?",
        "Hoàn thành đại hội điểm tại 2 đảng bộ cơ sở trước 30/5/2025; kết nạp ít nhất 55 đảng viên mới; sơ kết 6 tháng vào tháng 6/2025.",
        ["30/5/2025"],
        [PT1],
    ),
    (
        "list",
        "Liet ke cac hinh thuc ky luat dang vien o Ninh Thuan 6T/2025 va so luong tung hinh thuc",
        "Khiển trách 31, cảnh cáo 12, cách chức 2, khai trừ 3 (tổng 48 đảng viên).",
        ["Khiển trách", "Khai trừ"],
        [NT],
    ),
    (
        "list",
        "Phương hướng quý IV/2025 của Đảng ủy Công an tỉnh Quảng Ninh có những nhiệm vụ gì?",
        "Bảo đảm ANTT dịp Tết Dương lịch và Tết Nguyên đán Bính Ngọ 2026; mở đợt cao điểm trấn áp tội phạm từ 15/11/2025; kết nạp 36 đảng viên để đạt kế hoạch năm 160.",
        ["15/11/2025"],
        [QN],
    ),
    (
        "list",
        "Thanh uy Hai Duong dat ra nhung chi tieu gi cho nam 2025?",
        "Tăng trưởng kinh tế 9,5%; thu ngân sách 3.950 tỷ đồng; kết nạp 320 đảng viên; tổ chức thành công đại hội cơ sở và Đại hội lần thứ XXV.",
        ["3.950", "9,5%"],
        [HD],
    ),
    (
        "list",
        "Nhiệm vụ 6 tháng cuối năm 2025 của Đảng ủy Khối Doanh nghiệp tỉnh Bình Dương là gì?",
        "Hoàn thành đại hội TCCS trước 15/7/2025; kết nạp 142 đảng viên mới; lãnh đạo doanh nghiệp đạt doanh thu năm 48.600 tỷ đồng.",
        ["15/7/2025"],
        [BD],
    ),
    # table (5)
    (
        "table",
        "Theo bảng chỉ tiêu trong báo cáo 6T/2025 của ĐUK các cơ quan Phú Thọ, số TCCS hoàn thành đại hội đạt bao nhiêu %?",
        "21/58 tổ chức cơ sở đảng hoàn thành đại hội, đạt 36,2%.",
        ["36,2"],
        [PT6],
    ),
    (
        "table",
        "Bang chi tieu 6T/2025 DUK co quan Phu Tho: boi duong ly luan cho dang vien moi thuc hien duoc bao nhieu, ty le?",
        "Thực hiện 104/210 đảng viên mới, tỷ lệ 49,5%.",
        ["49,5"],
        [PT6],
    ),
    (
        "table",
        "Trong bảng chỉ tiêu SXKD của Khối DN Bình Dương, nộp ngân sách 6 tháng 2025 bằng bao nhiêu % so với cùng kỳ?",
        "Nộp ngân sách 3.096 tỷ đồng, bằng 104,7% cùng kỳ và 48,8% kế hoạch năm.",
        ["104,7"],
        [BD],
    ),
    (
        "table",
        "DUK DN Binh Duong: tong doanh thu 6 thang 2025 dat bao nhieu % ke hoach va so cung ky?",
        "Tổng doanh thu 23.815 tỷ đồng, đạt 49,0% kế hoạch năm (48.600 tỷ) và 108,4% cùng kỳ.",
        ["23.815", "108,4"],
        [BD],
    ),
    (
        "table",
        "Bảng kết quả công tác đảng 6 tháng 2025 của Đảng ủy Khối Doanh nghiệp Bình Dương: giám sát chuyên đề đạt tỷ lệ bao nhiêu?",
        "Giám sát chuyên đề 8/14, đạt 57,1%.",
        ["57,1%"],
        [BD],
    ),
    # multi_doc (6)
    (
        "multi_doc",
        "So sánh số đảng viên kết nạp quý I/2025 của Đảng ủy Khối các cơ quan tỉnh Phú Thọ và tỉnh Vĩnh Phúc",
        "Phú Thọ: 37 đảng viên, đạt 17,6% kế hoạch 210; Vĩnh Phúc: 42 đảng viên, đạt 16,8% kế hoạch 250.",
        ["17,6%", "16,8%"],
        [PT1, VP],
    ),
    (
        "multi_doc",
        "DUK DN Binh Duong va Ba Ria - Vung Tau 6 thang dau 2025 moi ben ket nap bao nhieu dang vien?",
        "Bình Dương kết nạp 118 đảng viên (45,4% kế hoạch 260); Bà Rịa - Vũng Tàu kết nạp 87 đảng viên mới.",
        ["118", "87 đảng viên mới"],
        [BD, BR],
    ),
    (
        "multi_doc",
        "DUK cac co quan Phu Tho: 6T/2025 ket nap bao nhieu, den het 9 thang thi luy ke bao nhieu?",
        "6 tháng kết nạp 98 đảng viên mới (quý I 37, riêng quý II 61); lũy kế 9 tháng 144 (riêng quý III 46), đạt 68,6% kế hoạch 210.",
        ["98 đảng viên mới", "144"],
        [PT6, PT9],
    ),
    (
        "multi_doc",
        "So với lúc báo cáo quý I, đến 30/9/2025 số đảng viên của Đảng bộ Khối các cơ quan tỉnh Phú Thọ tăng bao nhiêu?",
        "Từ 4.126 đảng viên (20/3/2025) lên 4.203 đảng viên (30/9/2025), tăng 77 đảng viên (giữa kỳ 15/6/2025: 4.171).",
        ["4.126", "4.203"],
        [PT1, PT9],
    ),
    (
        "multi_doc",
        "Ky luat dang vien: CA tinh Quang Ninh 9 thang va UBKT Ninh Thuan 6 thang 2025, moi noi bao nhieu?",
        "Công an tỉnh Quảng Ninh: 6 đảng viên (3 khiển trách, 2 cảnh cáo, 1 khai trừ); Ninh Thuận: 3 tổ chức đảng và 48 đảng viên.",
        ["48 đảng viên", "6 đảng viên"],
        [QN, NT],
    ),
    (
        "multi_doc",
        "Tổng doanh thu 6 tháng đầu năm 2025 của khối doanh nghiệp hai tỉnh Bình Dương và Bà Rịa - Vũng Tàu là bao nhiêu?",
        "Bình Dương 23.815 tỷ đồng (49,0% kế hoạch, 108,4% cùng kỳ); Bà Rịa - Vũng Tàu ước 31.270 tỷ đồng (tăng 6,3%).",
        ["23.815", "31.270"],
        [BD, BR],
    ),
    # summary (3)
    (
        "summary",
        "Tóm tắt giúp mình báo cáo năm 2024 của Thành ủy Hải Dương",
        "GRDP ước tăng 9,2%; thu ngân sách 3.846 tỷ (112,4% dự toán); 78 TCCS, 14.530 đảng viên; kết nạp 312 đảng viên (104% KH); sáp nhập 4 phường, xã thành 2; UBKT kiểm tra 9 tổ chức đảng, 21 đảng viên; kỷ luật 17; năm 2025 phấn đấu tăng 9,5%, thu 3.950 tỷ, kết nạp 320.",
        ["9,2%", "312"],
        [HD],
    ),
    (
        "summary",
        "Tom tat tinh hinh quy 2 va 6 thang dau nam 2025 cua huyen Thoai Son",
        "Lúa Đông Xuân 32.870 ha, Hè Thu xuống giống 31.420 ha; thu ngân sách 6 tháng 171,9 tỷ (52,1%); kết nạp 97 đảng viên (riêng quý II 58); 112 chi bộ hoàn thành đại hội; kỷ luật 5 đảng viên; giao quân đủ 100%.",
        ["97 đảng viên", "171,9"],
        [TS],
    ),
    (
        "summary",
        "Tóm tắt kết quả công tác kiểm tra, giám sát 6 tháng đầu năm 2025 của UBKT Tỉnh ủy Ninh Thuận",
        "Cấp ủy kiểm tra 186 tổ chức đảng, 412 đảng viên, giám sát 231 tổ chức, 389 đảng viên; UBKT kiểm tra dấu hiệu vi phạm 14 tổ chức, 37 đảng viên; thu hồi 2,38 tỷ; 11 đơn tố cáo; kỷ luật 3 tổ chức đảng và 48 đảng viên.",
        ["186 tổ chức đảng", "48 đảng viên"],
        [NT],
    ),
    # unanswerable (6)
    (
        "unanswerable",
        "Quý IV năm 2025 Đảng ủy Khối các cơ quan tỉnh Phú Thọ kết nạp được bao nhiêu đảng viên?",
        "Không có báo cáo quý IV/2025; chỉ có quý I, 6 tháng và 9 tháng (lũy kế 144).",
        [],
        [],
    ),
    (
        "unanswerable",
        "DUK cac co quan Vinh Phuc 6T/2025 ket nap duoc bao nhieu dang vien?",
        "Chỉ có báo cáo quý I/2025 của Vĩnh Phúc (42 đảng viên); không có số 6 tháng.",
        [],
        [],
    ),
    (
        "unanswerable",
        "Thành ủy Hải Dương năm 2023 thu ngân sách trên địa bàn bao nhiêu?",
        "Báo cáo chỉ nêu năm 2024 (3.846 tỷ đồng) và chỉ tiêu 2025; không có số năm 2023.",
        [],
        [],
    ),
    (
        "unanswerable",
        "Khoi doanh nghiep tinh Thua Thien Hue 6 thang dau 2025 doanh thu bao nhieu?",
        "Không có tài liệu nào về tỉnh Thừa Thiên Huế.",
        [],
        [],
    ),
    (
        "unanswerable",
        "Doanh thu 6 tháng 2025 của Khối DN Bà Rịa - Vũng Tàu đạt bao nhiêu % kế hoạch năm?",
        "Bài báo chỉ nêu 31.270 tỷ đồng, tăng 6,3% cùng kỳ; không nêu tỷ lệ so với kế hoạch (Bình Dương mới nêu 49,0%).",
        [],
        [],
    ),
    (
        "unanswerable",
        "Cong an tinh Bac Lieu Q3/2025 triet pha bao nhieu o nhom toi pham?",
        "Không có tài liệu nào về Công an tỉnh Bạc Liêu.",
        [],
        [],
    ),
]


def main() -> None:
    """Write qa.jsonl."""
    lines = []
    for i, (kind, question, answer, must, doc_ids) in enumerate(QA, start=1):
        row = {
            "id": f"n-{i:03d}",
            "question": question,
            "answer": answer,
            "must_contain": must,
            "doc_ids": doc_ids,
            "type": kind,
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    (HERE / "qa.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} questions written")


if __name__ == "__main__":
    main()
