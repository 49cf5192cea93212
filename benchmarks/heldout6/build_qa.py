# ruff: noqa: E501
"""Write qa.jsonl of the sixth held-out set from the list below.

Each row: (type, question, answer, must_contain, doc_ids). Ids are assigned in order (p-001...).
Run: python benchmarks/heldout6/build_qa.py && python benchmarks/heldout6/verify.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

TG1 = "tien-giang-duk-co-quan-bc-quy-1-2024.txt"
TG6 = "BC-97-DUKCQ-6T-2024.pdf"
DKN = "dak-nong-dang-uy-khoi-co-quan-quy-1-2024.md"
DNA = "DUK-DN-dong-nai-nam-2024.docx"
BP = "baobinhphuoc-khoi-doanh-nghiep-tong-ket-nam-2024.html"
LC = "quan-uy-le-chan-bao-cao-6-thang-2024.txt"
BT = "dang-uy-xa-binh-trung-thang-binh-9-thang-2024.txt"
QNA = "quangnam-khoi-co-quan-so-ket-6-thang-2024.html"

QA: list[tuple[str, str, str, list[str], list[str]]] = [
    # numeric (15)
    (
        "numeric",
        "Q1/2024 DUK cac co quan tinh Tien Giang ket nap duoc bao nhieu dang vien moi, dat may % KH nam?",
        "Quý I/2024 Đảng bộ Khối các cơ quan tỉnh Tiền Giang kết nạp 29 đảng viên mới, đạt 15,3% kế hoạch năm (190 đảng viên).",
        ["29 đảng viên mới", "15,3%"],
        [TG1],
    ),
    (
        "numeric",
        "Cho mình hỏi quý I năm 2024 Đảng ủy Khối các cơ quan tỉnh Đắk Nông kết nạp bao nhiêu đảng viên mới, đạt bao nhiêu phần trăm kế hoạch?",
        "Quý I/2024 kết nạp 23 đảng viên mới, đạt 14,4% kế hoạch năm 160 đảng viên (cùng kỳ năm 2023: 19).",
        ["23 đảng viên mới", "14,4%"],
        [DKN],
    ),
    (
        "numeric",
        "6T/2024 DUK cac co quan Tien Giang ket nap bao nhieu dang vien moi? rieng quy II la bao nhieu?",
        "6 tháng đầu năm 2024 kết nạp 81 đảng viên mới, đạt 42,6% kế hoạch năm 190; riêng quý II kết nạp 52 đảng viên.",
        ["81 đảng viên mới", "52 đảng viên"],
        [TG6],
    ),
    (
        "numeric",
        "Quận ủy Lê Chân thu ngân sách 6 tháng đầu năm 2024 được bao nhiêu, bằng bao nhiêu % dự toán?",
        "Thu ngân sách nhà nước trên địa bàn quận 6 tháng đầu năm 2024 ước đạt 1.284 tỷ đồng, bằng 53,2% dự toán thành phố giao (riêng quý II: 702 tỷ đồng).",
        ["1.284 tỷ đồng", "53,2%"],
        [LC],
    ),
    (
        "numeric",
        "Rieng quy II/2024 quan Le Chan (Hai Phong) thu ngan sach duoc bao nhieu ty?",
        "Riêng quý II/2024 quận Lê Chân thu ngân sách 702 tỷ đồng; lũy kế 6 tháng 1.284 tỷ đồng.",
        ["702 tỷ đồng"],
        [LC],
    ),
    (
        "numeric",
        "Năm 2024 các doanh nghiệp thuộc ĐUK Doanh nghiệp tỉnh Đồng Nai đạt tổng doanh thu bao nhiêu, so với kế hoạch thì đạt mấy %?",
        "Tổng doanh thu năm 2024 đạt 48.720 tỷ đồng, bằng 104,8% kế hoạch (kế hoạch 46.500 tỷ đồng).",
        ["48.720", "104,8%"],
        [DNA],
    ),
    (
        "numeric",
        "DUK Doanh nghiep tinh Binh Phuoc nam 2024 ket nap bao nhieu dang vien moi vay?",
        "Năm 2024 Đảng bộ Khối Doanh nghiệp tỉnh Bình Phước kết nạp 118 đảng viên mới, nhiều hơn năm 2023 là 9 đảng viên.",
        ["118 đảng viên mới"],
        [BP],
    ),
    (
        "numeric",
        "Lũy kế 9 tháng năm 2024 xã Bình Trung (huyện Thăng Bình) thu ngân sách được bao nhiêu, đạt bao nhiêu % kế hoạch?",
        "9 tháng năm 2024 thu ngân sách trên địa bàn xã đạt 5,42 tỷ đồng, đạt 78,6% kế hoạch năm 6,9 tỷ đồng; riêng quý III thu 1,86 tỷ đồng.",
        ["5,42 tỷ đồng", "78,6%"],
        [BT],
    ),
    (
        "numeric",
        "Xa Binh Trung rieng Q3/2024 co bao nhieu ho thoat ngheo, con luy ke 9 thang la bao nhieu?",
        "Riêng quý III/2024 có 14 hộ thoát nghèo; lũy kế 9 tháng 31 hộ thoát nghèo (kế hoạch năm 35).",
        ["31 hộ thoát nghèo", "14 hộ"],
        [BT],
    ),
    (
        "numeric",
        "Đảng bộ xã Bình Trung hiện có bao nhiêu đảng viên và mấy chi bộ?",
        "Đảng bộ xã Bình Trung có 19 chi bộ trực thuộc với 412 đảng viên.",
        ["412 đảng viên"],
        [BT],
    ),
    (
        "numeric",
        "Vu he thu 2024 xa Binh Trung gieo sa bao nhieu ha lua, nang suat binh quan bao nhieu?",
        "Vụ hè thu 2024 xã gieo sạ 412 ha lúa, năng suất bình quân 58,3 tạ/ha.",
        ["412 ha", "58,3 tạ/ha"],
        [BT],
    ),
    (
        "numeric",
        "DUK cac co quan tinh Quang Nam 6 thang dau nam 2024 ket nap duoc bao nhieu dang vien, dat bao nhieu % ke hoach?",
        "6 tháng đầu năm 2024 Đảng bộ Khối các cơ quan tỉnh Quảng Nam kết nạp 97 đảng viên mới, đạt 46,2% kế hoạch năm (210 đảng viên).",
        ["97 đảng viên mới", "46,2%"],
        [QNA],
    ),
    (
        "numeric",
        "Quý I/2024 Đảng ủy Khối các cơ quan tỉnh Tiền Giang thu đảng phí được bao nhiêu tiền?",
        "Thu đảng phí quý I/2024 đạt 412 triệu đồng.",
        ["412 triệu đồng"],
        [TG1],
    ),
    (
        "numeric",
        "Thu nhap binh quan cua nguoi lao dong trong cac DN thuoc Khoi DN tinh Binh Phuoc nam 2024 la bao nhieu?",
        "Thu nhập bình quân của người lao động đạt 9,6 triệu đồng/người/tháng.",
        ["9,6 triệu đồng"],
        [BP],
    ),
    (
        "numeric",
        "Den ngay 15/6/2024 Dang bo Khoi cac co quan tinh Tien Giang co bao nhieu chi bo truc thuoc dang bo co so va bao nhieu dang vien?",
        "Đến 15/6/2024 Đảng bộ Khối có 47 tổ chức cơ sở đảng, 81 chi bộ trực thuộc đảng bộ cơ sở và 3.861 đảng viên.",
        ["81 chi bộ trực thuộc", "3.861"],
        [TG6],
    ),
    # fact (6)
    (
        "fact",
        "Ai ký báo cáo quý I/2024 của Đảng ủy Khối các cơ quan tỉnh Tiền Giang, với chức vụ gì?",
        "Đồng chí Huỳnh Thị Ngọc Diễm, Phó Bí thư Thường trực, ký thay mặt Ban Thường vụ (Báo cáo 58-BC/ĐUK).",
        ["Huỳnh Thị Ngọc Diễm"],
        [TG1],
    ),
    (
        "fact",
        "Bao cao so ket 6T/2024 cua DUK cac co quan Tien Giang so hieu bao nhieu, ai ky thay mat BTV?",
        "Báo cáo số 97-BC/ĐUK ngày 21/6/2024, đồng chí Trần Văn Thạnh, Bí thư, ký thay mặt Ban Thường vụ.",
        ["97-BC/ĐUK", "Trần Văn Thạnh"],
        [TG6],
    ),
    (
        "fact",
        "Đảng ủy Khối các cơ quan tỉnh Đắk Nông đưa vào sử dụng phần mềm gì, đến hết quý I/2024 bao nhiêu đảng viên đã cài?",
        'Phần mềm "Sổ tay đảng viên điện tử"; đến hết quý I/2024 có 2.517 đảng viên cài đặt, đạt 84,9%.',
        ["Sổ tay đảng viên điện tử", "2.517"],
        [DKN],
    ),
    (
        "fact",
        "Xa Binh Trung den thang 9/2024 dat bao nhieu tieu chi NTM nang cao?",
        "Xã Bình Trung đạt 15/19 tiêu chí nông thôn mới nâng cao, phấn đấu đạt chuẩn vào năm 2025.",
        ["15/19 tiêu chí"],
        [BT],
    ),
    (
        "fact",
        "Ở hội nghị tổng kết năm 2024 của ĐUK Doanh nghiệp tỉnh Bình Phước, ai phát biểu chỉ đạo và đề nghị những gì?",
        "Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu chỉ đạo, đề nghị quan tâm phát triển tổ chức đảng trong doanh nghiệp ngoài nhà nước và chuẩn bị tốt đại hội đảng bộ các cấp.",
        ["Phó Bí thư Thường trực Tỉnh ủy", "doanh nghiệp ngoài nhà nước"],
        [BP],
    ),
    (
        "fact",
        "Quan uy Le Chan 6T/2024: UBKT thi hanh ky luat bao nhieu dang vien, hinh thuc gi?",
        "Ủy ban Kiểm tra Quận ủy thi hành kỷ luật 3 đảng viên (2 khiển trách, 1 cảnh cáo).",
        ["2 khiển trách, 1 cảnh cáo"],
        [LC],
    ),
    # date (4)
    (
        "date",
        "Đảng ủy Khối các cơ quan tỉnh Tiền Giang quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII vào ngày nào?",
        "Ngày 18/01/2024.",
        ["18/01/2024"],
        [TG1],
    ),
    (
        "date",
        "Hoi nghi tong ket nam 2024 cua DUK Doanh nghiep Binh Phuoc to chuc hom nao?",
        "Chiều 18/12/2024 (bài báo đăng ngày 19/12/2024).",
        ["Chiều 18/12"],
        [BP],
    ),
    (
        "date",
        "Quận Lê Chân khởi công dự án công viên ven hồ An Biên vào ngày nào?",
        "Ngày 15/5/2024.",
        ["15/5/2024"],
        [LC],
    ),
    (
        "date",
        "DUK DN Dong Nai yeu cau hoan thanh dai hoi cac TCCS nhiem ky 2025-2030 truoc ngay nao?",
        "Trước ngày 30/6/2025.",
        ["30/6/2025"],
        [DNA],
    ),
    # list (4)
    (
        "list",
        "Trong 6 tháng đầu năm 2024 quận Lê Chân đã cải tạo vỉa hè những tuyến phố nào?",
        "Bốn tuyến phố: Hàng Kênh, Tô Hiệu, Lam Sơn, Dư Hàng.",
        ["Hàng Kênh", "Dư Hàng"],
        [LC],
    ),
    (
        "list",
        "Nhiem vu Q2/2024 cua DUK cac co quan tinh Dak Nong gom nhung gi?",
        'Kết nạp ít nhất 45 đảng viên mới; tổ chức hội thi "Bí thư chi bộ giỏi" cấp Khối trong tháng 5/2024; sơ kết 6 tháng trước ngày 28/6/2024.',
        ["45 đảng viên mới", "Bí thư chi bộ giỏi"],
        [DKN],
    ),
    (
        "list",
        "Báo cáo quý I/2024 của ĐUK các cơ quan Tiền Giang nêu những hạn chế nào?",
        "Tiến độ kết nạp đảng viên ở một số chi bộ cơ sở còn chậm; 2 tổ chức cơ sở đảng chưa ban hành chương trình kiểm tra, giám sát năm 2024.",
        ["chưa ban hành chương trình kiểm tra, giám sát"],
        [TG1],
    ),
    (
        "list",
        "DUK Doanh nghiep Dong Nai de ra nhung nhiem vu gi cho nam 2025?",
        "Phấn đấu tổng doanh thu 51.000 tỷ đồng; kết nạp 220 đảng viên mới; tổ chức đại hội các TCCS nhiệm kỳ 2025 - 2030, xong trước 30/6/2025.",
        ["51.000 tỷ đồng", "220 đảng viên mới"],
        [DNA],
    ),
    # table (4)
    (
        "table",
        "Theo bang chi tieu trong bao cao 6T/2024 cua DUK cac co quan Tien Giang, thu dang phi dat bao nhieu so voi KH nam?",
        "Thu đảng phí 6 tháng 893 triệu đồng trên kế hoạch năm 1.700 triệu đồng, đạt 52,5%.",
        ["893", "52,5%"],
        [TG6],
    ),
    (
        "table",
        "Theo bảng kết quả SXKD năm 2024 của Đảng ủy Khối Doanh nghiệp tỉnh Đồng Nai, lợi nhuận trước thuế đạt bao nhiêu so với kế hoạch?",
        "Lợi nhuận trước thuế 3.915 tỷ đồng, kế hoạch 3.600 tỷ đồng, đạt 108,8%.",
        ["3.915", "108,8%"],
        [DNA],
    ),
    (
        "table",
        "Bang chi tieu DUK co quan Dak Nong Q1/2024: thu dang phi bao nhieu, cung ky 2023 bao nhieu?",
        "Quý I/2024 thu đảng phí 287 triệu đồng; cùng kỳ năm 2023 là 264 triệu đồng (kế hoạch năm 2024: 1.150 triệu đồng).",
        ["287", "264"],
        [DKN],
    ),
    (
        "table",
        "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên năm 2024 của ĐUK Doanh nghiệp Đồng Nai là bao nhiêu, chỉ tiêu 2025 đặt mấy %?",
        "Năm 2024 đạt 89,1% (kế hoạch 85%); chỉ tiêu năm 2025 là 87%.",
        ["89,1%"],
        [DNA],
    ),
    # multi_doc (5)
    (
        "multi_doc",
        "So sánh số đảng viên mới kết nạp trong quý I/2024 của Đảng ủy Khối các cơ quan tỉnh Tiền Giang và tỉnh Đắk Nông.",
        "Tiền Giang kết nạp 29 đảng viên mới (15,3% kế hoạch 190); Đắk Nông kết nạp 23 đảng viên mới (14,4% kế hoạch 160). Tiền Giang nhiều hơn 6 đảng viên.",
        ["29 đảng viên mới", "23 đảng viên mới"],
        [TG1, DKN],
    ),
    (
        "multi_doc",
        "DUK cac co quan Tien Giang: ty le hoan thanh KH ket nap dang vien thay doi the nao tu Q1 den het 6T/2024?",
        "Quý I: 29 đảng viên, 15,3% kế hoạch; hết 6 tháng: 81 đảng viên, 42,6% kế hoạch năm 190 (riêng quý II: 52).",
        ["15,3%", "42,6%"],
        [TG1, TG6],
    ),
    (
        "multi_doc",
        "6 tháng đầu năm 2024, Đảng ủy Khối các cơ quan tỉnh Tiền Giang và tỉnh Quảng Nam, nơi nào kết nạp nhiều đảng viên mới hơn?",
        "Quảng Nam kết nạp 97 đảng viên mới (46,2% kế hoạch 210), nhiều hơn Tiền Giang 81 đảng viên mới (42,6% kế hoạch 190).",
        ["97 đảng viên mới", "81 đảng viên mới"],
        [TG6, QNA],
    ),
    (
        "multi_doc",
        "Nam 2024 cac DN khoi DN tinh Dong Nai va tinh Binh Phuoc moi ben nop ngan sach bao nhieu?",
        "Đồng Nai: 5.236 tỷ đồng (104,7% kế hoạch 5.000); Bình Phước: 1.862 tỷ đồng.",
        ["5.236", "1.862 tỷ đồng"],
        [DNA, BP],
    ),
    (
        "multi_doc",
        "Năm 2024 Đảng ủy Khối Doanh nghiệp tỉnh Đồng Nai và Bình Phước mỗi nơi kết nạp bao nhiêu đảng viên mới, và năm 2025 đặt chỉ tiêu bao nhiêu?",
        "Đồng Nai kết nạp 214 (kế hoạch 200), chỉ tiêu 2025 là 220; Bình Phước kết nạp 118, phấn đấu năm 2025 kết nạp 120 đảng viên mới.",
        ["214", "120 đảng viên mới"],
        [DNA, BP],
    ),
    # summary (3)
    (
        "summary",
        "Tóm tắt giúp mình báo cáo sơ kết 6 tháng đầu năm 2024 của Quận ủy Lê Chân với.",
        "Thu ngân sách 1.284 tỷ đồng (53,2% dự toán), thương mại - dịch vụ tăng 9,7%, cải tạo vỉa hè 4 tuyến phố, giải quyết việc làm 2.130 lao động; kết nạp 96 đảng viên mới (48,0% kế hoạch 200), kỷ luật 3 đảng viên; hạn chế về giải phóng mặt bằng; 6 tháng cuối năm phấn đấu thu vượt 5% dự toán, kết nạp thêm ít nhất 104 đảng viên.",
        ["1.284 tỷ đồng", "96 đảng viên mới"],
        [LC],
    ),
    (
        "summary",
        "Tom tat bao cao 9T/2024 cua Dang uy xa Binh Trung huyen Thang Binh",
        "Gieo sạ 412 ha lúa hè thu, năng suất 58,3 tạ/ha; thu ngân sách 5,42 tỷ đồng (78,6% kế hoạch); 15/19 tiêu chí NTM nâng cao; 31 hộ thoát nghèo; kết nạp 7 đảng viên (70% kế hoạch); hạn chế nhà ở hộ nghèo chậm; quý IV hoàn thành 3 căn nhà, kết nạp thêm 3 đảng viên, chuẩn bị đại hội chi bộ.",
        ["5,42 tỷ đồng", "15/19 tiêu chí"],
        [BT],
    ),
    (
        "summary",
        "Tóm tắt nội dung chính bài báo Bình Phước về hội nghị tổng kết năm 2024 của Đảng ủy Khối Doanh nghiệp tỉnh.",
        "Chiều 18/12/2024 tổng kết: 41 TCCS, 3.127 đảng viên; kết nạp 118 đảng viên mới; doanh thu 21.340 tỷ đồng, nộp ngân sách 1.862 tỷ đồng, thu nhập 9,6 triệu đồng/người/tháng; kiểm tra 7 tổ chức đảng, 15 đảng viên, kỷ luật 2; năm 2025 phấn đấu kết nạp 120 đảng viên; khen 6 tập thể, 11 cá nhân.",
        ["118 đảng viên mới", "21.340 tỷ đồng"],
        [BP],
    ),
    # unanswerable (6)
    (
        "unanswerable",
        "DUK cac co quan tinh Tien Giang 9 thang 2024 ket nap bao nhieu dang vien?",
        "Không có báo cáo 9 tháng năm 2024 của Đảng ủy Khối các cơ quan tỉnh Tiền Giang (chỉ có quý I và 6 tháng).",
        [],
        [],
    ),
    (
        "unanswerable",
        "Quý I/2024 Đảng ủy Khối các cơ quan tỉnh Quảng Nam kết nạp được bao nhiêu đảng viên mới?",
        "Tài liệu về Quảng Nam chỉ có số liệu 6 tháng đầu năm 2024, không có riêng quý I.",
        [],
        [],
    ),
    (
        "unanswerable",
        "DUK Doanh nghiep tinh Binh Phuoc nam 2024 ket nap dang vien dat bao nhieu % ke hoach?",
        "Bài báo không nêu kế hoạch năm 2024 hay tỷ lệ hoàn thành (chỉ có 118 đảng viên và chỉ tiêu 2025 là 120).",
        [],
        [],
    ),
    (
        "unanswerable",
        "Quận ủy Ngô Quyền (Hải Phòng) 6 tháng đầu năm 2024 thu ngân sách được bao nhiêu?",
        "Không có tài liệu nào về Quận ủy Ngô Quyền.",
        [],
        [],
    ),
    (
        "unanswerable",
        "Năm 2024 Đảng ủy Khối Doanh nghiệp tỉnh Tiền Giang đạt tổng doanh thu bao nhiêu?",
        "Không có tài liệu về Khối Doanh nghiệp tỉnh Tiền Giang (chỉ có Khối các cơ quan).",
        [],
        [],
    ),
    (
        "unanswerable",
        "UBKT Tinh uy Dak Nong Q1/2024 thi hanh ky luat bao nhieu dang vien?",
        "Không có báo cáo của UBKT Tỉnh ủy Đắk Nông; báo cáo của Đảng ủy Khối các cơ quan không nêu kỷ luật.",
        [],
        [],
    ),
]


def main() -> None:
    """Write qa.jsonl."""
    lines = []
    for i, (kind, question, answer, must, doc_ids) in enumerate(QA, start=1):
        row = {
            "id": f"p-{i:03d}",
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
