# ruff: noqa: E501
"""Write qa.jsonl of the seventh held-out set from the list below.

Each row: (type, question, answer, must_contain, doc_ids). Ids are assigned in order (r-001...).
Run: python benchmarks/heldout7/build_qa.py && python benchmarks/heldout7/verify.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

HUE1 = "hue-duk-co-quan-bao-cao-quy-1-2023.txt"
HUE9 = "BC-168-DUKCQ-9T-2023.pdf"
KGCQ = "baokiengiang-khoi-co-quan-so-ket-9-thang-2023.html"
BTDN = "DUK-DN-binh-thuan-6-thang-2023.docx"
KGDN = "kien-giang-dang-uy-khoi-doanh-nghiep-6-thang-2023.txt"
HC = "quan-uy-hai-chau-bao-cao-9-thang-2023.txt"
DV = "huyen-uy-dong-van-bao-cao-6-thang-2023.txt"
P7 = "dang-uy-phuong-7-tp-bac-lieu-6-thang-2023.md"

QA: list[tuple[str, str, str, list[str], list[str]]] = [
    # numeric (12)
    (
        "numeric",
        "Q1/2023 DUK cac co quan tinh Thua Thien Hue ket nap duoc bao nhieu dang vien moi, dat bao nhieu % KH nam?",
        "Quý I/2023 Đảng bộ Khối các cơ quan tỉnh Thừa Thiên Huế kết nạp 27 đảng viên mới, đạt 13,5% kế hoạch năm (200 đảng viên).",
        ["27 đảng viên mới", "13,5%"],
        [HUE1],
    ),
    (
        "numeric",
        "Cho mình hỏi lũy kế 9 tháng đầu năm 2023 Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế kết nạp bao nhiêu đảng viên mới, riêng quý III là bao nhiêu?",
        "Lũy kế 9 tháng đầu năm 2023 kết nạp 141 đảng viên mới, đạt 70,5% kế hoạch năm 200; riêng quý III kết nạp 49 đảng viên.",
        ["141 đảng viên mới", "49 đảng viên"],
        [HUE9],
    ),
    (
        "numeric",
        "9 thang nam 2023 Dang bo Khoi cac co quan tinh Kien Giang ket nap duoc bao nhieu dang vien moi?",
        "9 tháng năm 2023 Đảng bộ Khối các cơ quan tỉnh Kiên Giang kết nạp 126 đảng viên mới, đạt 70% kế hoạch năm 180 đảng viên (Báo cáo số 97-BC/ĐUK).",
        ["126 đảng viên mới"],
        [KGCQ],
    ),
    (
        "numeric",
        "Riêng quý III năm 2023, Quận ủy Hải Châu báo cáo thu ngân sách trên địa bàn quận được bao nhiêu?",
        "Riêng quý III năm 2023 thu ngân sách nhà nước trên địa bàn quận Hải Châu đạt 1.126 tỷ đồng (lũy kế 9 tháng 3.418 tỷ đồng).",
        ["1.126 tỷ đồng"],
        [HC],
    ),
    (
        "numeric",
        "Luy ke 9 thang dau nam 2023 quan Hai Chau (Da Nang) thu ngan sach duoc bao nhieu, dat may % du toan?",
        "Lũy kế 9 tháng đầu năm 2023 quận Hải Châu thu ngân sách 3.418 tỷ đồng, bằng 71,4% dự toán thành phố giao (4.787 tỷ đồng).",
        ["3.418 tỷ đồng", "71,4%"],
        [HC],
    ),
    (
        "numeric",
        "UBKT Quan uy Hai Chau 9T/2023 thi hanh ky luat bao nhieu dang vien?",
        "Trong 9 tháng đầu năm 2023, Ủy ban Kiểm tra Quận ủy Hải Châu kiểm tra dấu hiệu vi phạm 2 tổ chức đảng, 4 đảng viên và thi hành kỷ luật 3 đảng viên.",
        ["kỷ luật 3 đảng viên"],
        [HC],
    ),
    (
        "numeric",
        "Đảng bộ Khối Doanh nghiệp tỉnh Kiên Giang có tổng số bao nhiêu đảng viên theo báo cáo 6 tháng đầu năm 2023?",
        "Đảng bộ Khối Doanh nghiệp tỉnh Kiên Giang có 34 tổ chức cơ sở đảng với tổng số 1.126 đảng viên.",
        ["1.126 đảng viên"],
        [KGDN],
    ),
    (
        "numeric",
        "6 tháng đầu năm 2023 ĐUK Doanh nghiệp tỉnh Kiên Giang kết nạp được bao nhiêu đảng viên mới, đạt mấy % chỉ tiêu năm?",
        "6 tháng đầu năm 2023 kết nạp 39 đảng viên mới, đạt 48,8% chỉ tiêu năm (80 đảng viên); chuyển chính thức 27 đảng viên.",
        ["39 đảng viên mới", "48,8%"],
        [KGDN],
    ),
    (
        "numeric",
        "Phuong 7 thanh pho Bac Lieu 6 thang dau nam 2023 thu ngan sach tren dia ban duoc bao nhieu?",
        "6 tháng đầu năm 2023 Phường 7 thu ngân sách 5.236 triệu đồng, đạt 53,4% chỉ tiêu Nghị quyết năm 9.800 triệu đồng.",
        ["5.236", "53,4%"],
        [P7],
    ),
    (
        "numeric",
        "Hai Chau 9 thang nam 2023 ket nap bao nhieu dang vien moi, dat bao nhieu % ke hoach?",
        "Lũy kế 9 tháng năm 2023 Đảng bộ quận Hải Châu kết nạp 112 đảng viên mới, đạt 74,7% kế hoạch năm 150 đảng viên; riêng quý III kết nạp 38 đảng viên.",
        ["112 đảng viên mới", "74,7%"],
        [HC],
    ),
    (
        "numeric",
        "Huyện Đồng Văn (Hà Giang) 6 tháng đầu năm 2023 có bao nhiêu hộ thoát nghèo vậy?",
        "6 tháng đầu năm 2023 huyện Đồng Văn có 412 hộ thoát nghèo; tỷ lệ hộ nghèo còn 49,8%.",
        ["412 hộ thoát nghèo"],
        [DV],
    ),
    (
        "numeric",
        "Trong 9 tháng đầu năm 2023, Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế trao Huy hiệu Đảng cho bao nhiêu đồng chí?",
        "9 tháng đầu năm 2023 trao Huy hiệu Đảng cho 141 đồng chí trong các đợt 3/2, 19/5 và 2/9 (cũng là số đảng viên mới kết nạp 9 tháng).",
        ["141"],
        [HUE9],
    ),
    # fact (5)
    (
        "fact",
        "Ai ký báo cáo 9 tháng năm 2023 của Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế, với chức vụ gì?",
        "Đồng chí Lê Quang Vĩnh, Bí thư, ký thay mặt Ban Thường vụ (Báo cáo số 168-BC/ĐUK).",
        ["Lê Quang Vĩnh"],
        [HUE9],
    ),
    (
        "fact",
        "Bao cao Q1/2023 cua DUK cac co quan Thua Thien Hue do ai ky vay?",
        "Đồng chí Hoàng Thị Diệu Linh, Phó Bí thư Thường trực, ký thay mặt Ban Thường vụ (Báo cáo số 21-BC/ĐUK).",
        ["Hoàng Thị Diệu Linh"],
        [HUE1],
    ),
    (
        "fact",
        "Ai chủ trì hội nghị sơ kết 9 tháng năm 2023 của Đảng ủy Khối các cơ quan tỉnh Kiên Giang?",
        "Đồng chí Danh Thị Sô Phi, Bí thư Đảng ủy Khối các cơ quan tỉnh Kiên Giang, chủ trì hội nghị.",
        ["Danh Thị Sô Phi"],
        [KGCQ],
    ),
    (
        "fact",
        "Bao cao 9 thang nam 2023 cua Quan uy Hai Chau co so hieu gi, ai ky?",
        "Báo cáo số 318-BC/QU ngày 28/9/2023, do đồng chí Trần Thắng Lợi, Bí thư Quận ủy, ký thay mặt Ban Thường vụ.",
        ["318-BC/QU"],
        [HC],
    ),
    (
        "fact",
        "Chi bộ nào của Đảng bộ Phường 7 (TP Bạc Liêu) được BTV Thành ủy chọn làm điểm sinh hoạt chi bộ theo chuyên đề năm 2023?",
        "Chi bộ khóm 2 được Ban Thường vụ Thành ủy Bạc Liêu chọn làm điểm sinh hoạt chi bộ theo chuyên đề.",
        ["Chi bộ khóm 2"],
        [P7],
    ),
    # date (3)
    (
        "date",
        "Bao cao so ket 6T/2023 cua DUK Doanh nghiep tinh Binh Thuan ban hanh ngay nao?",
        "Báo cáo số 74-BC/ĐUK ban hành tại Phan Thiết ngày 23 tháng 6 năm 2023.",
        ["ngày 23 tháng 6 năm 2023"],
        [BTDN],
    ),
    (
        "date",
        "Hội nghị sơ kết 9 tháng năm 2023 của Đảng ủy Khối các cơ quan tỉnh Kiên Giang diễn ra hôm nào?",
        "Hội nghị diễn ra chiều 3/10/2023 (bài báo cập nhật ngày 04/10/2023).",
        ["Chiều 3/10"],
        [KGCQ],
    ),
    (
        "date",
        "Huyen uy Dong Van ky bao cao 6 thang dau nam 2023 vao ngay may?",
        "Báo cáo số 186-BC/HU của Huyện ủy Đồng Văn đề ngày 20 tháng 6 năm 2023.",
        ["ngày 20 tháng 6 năm 2023"],
        [DV],
    ),
    # list (4)
    (
        "list",
        "Phương hướng, nhiệm vụ quý II năm 2023 của ĐUK các cơ quan tỉnh Thừa Thiên Huế gồm những việc gì?",
        'Phấn đấu kết nạp thêm ít nhất 60 đảng viên mới trong quý II; tổ chức sơ kết 6 tháng đầu năm 2023 vào cuối tháng 6; chuẩn bị Hội nghị điển hình tiên tiến "Dân vận khéo" cấp Khối.',
        ["60 đảng viên mới", "Dân vận khéo"],
        [HUE1],
    ),
    (
        "list",
        "DUK Doanh nghiep tinh Binh Thuan 6T/2023 thanh lap moi nhung TCCS dang nao?",
        "Thành lập mới 2 tổ chức cơ sở đảng: Công ty cổ phần Thủy sản Mũi Né Xanh và Công ty TNHH Năng lượng Gió Tuy Phong.",
        ["Mũi Né Xanh", "Gió Tuy Phong"],
        [BTDN],
    ),
    (
        "list",
        "Những nhiệm vụ 6 tháng cuối năm 2023 mà Huyện ủy Đồng Văn đặt ra là gì?",
        "Phấn đấu đón 800.000 lượt khách du lịch cả năm 2023; hoàn thành xóa 3 thôn chưa có đảng viên; tổ chức Lễ hội Hoa Tam giác mạch lần thứ IX.",
        ["800.000 lượt khách", "Tam giác mạch"],
        [DV],
    ),
    (
        "list",
        "Nhiem vu trong tam quy IV nam 2023 cua Quan uy Hai Chau gom nhung gi?",
        "Thu ngân sách đạt và vượt dự toán 4.787 tỷ đồng; chuẩn bị kiểm điểm, đánh giá, xếp loại tập thể, cá nhân năm 2023; tổ chức kỷ niệm 135 năm Ngày thành lập thành phố Đà Nẵng.",
        ["4.787 tỷ đồng", "135 năm"],
        [HC],
    ),
    # table (4)
    (
        "table",
        "Theo bảng chỉ tiêu trong báo cáo 9 tháng năm 2023 của ĐUK các cơ quan tỉnh Thừa Thiên Huế, thu đảng phí thực hiện bao nhiêu so với kế hoạch?",
        "Thu đảng phí 9 tháng đạt 1.174 triệu đồng so với kế hoạch năm 1.550 triệu đồng, bằng 75,7%.",
        ["1.174", "75,7%"],
        [HUE9],
    ),
    (
        "table",
        "Binh Thuan, DUK DN 6 thang dau nam 2023: tong doanh thu thuc hien bao nhieu, ke hoach nam bao nhieu?",
        "Tổng doanh thu 6 tháng 2023 đạt 6.958 tỷ đồng so với kế hoạch năm 14.200 tỷ đồng, bằng 49,0%.",
        ["6.958", "14.200"],
        [BTDN],
    ),
    (
        "table",
        "Các doanh nghiệp có tổ chức đảng thuộc Khối Doanh nghiệp tỉnh Bình Thuận nộp ngân sách 6 tháng đầu năm 2023 được bao nhiêu, bằng mấy % kế hoạch?",
        "Nộp ngân sách nhà nước 6 tháng 2023 đạt 812,4 tỷ đồng, bằng 49,2% kế hoạch năm 1.650 tỷ đồng.",
        ["812,4", "49,2%"],
        [BTDN],
    ),
    (
        "table",
        "Phuong 7 Bac Lieu: ty le tham gia BHYT 6 thang dau nam 2023 la bao nhieu, da dat chi tieu chua?",
        "Tỷ lệ tham gia bảo hiểm y tế đạt 93,6%, chưa đạt chỉ tiêu Nghị quyết năm 2023 là 95%.",
        ["93,6%"],
        [P7],
    ),
    # multi_doc (5)
    (
        "multi_doc",
        "So sánh số đảng viên mới kết nạp 9 tháng năm 2023 của Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế và tỉnh Kiên Giang.",
        "Thừa Thiên Huế kết nạp 141 đảng viên mới (70,5% kế hoạch 200); Kiên Giang kết nạp 126 đảng viên mới (70% kế hoạch 180).",
        ["141 đảng viên mới", "126 đảng viên mới"],
        [HUE9, KGCQ],
    ),
    (
        "multi_doc",
        "DUK cac co quan TT Hue: so dang vien moi ket nap Q1/2023 va luy ke 9 thang nam 2023 la bao nhieu?",
        "Quý I/2023 kết nạp 27 đảng viên mới (13,5% kế hoạch); lũy kế 9 tháng 2023 kết nạp 141 đảng viên mới (70,5% kế hoạch).",
        ["27 đảng viên mới", "141 đảng viên mới"],
        [HUE1, HUE9],
    ),
    (
        "multi_doc",
        "6 tháng đầu năm 2023, Đảng ủy Khối Doanh nghiệp tỉnh Bình Thuận và tỉnh Kiên Giang mỗi nơi kết nạp bao nhiêu đảng viên mới?",
        "Bình Thuận kết nạp 58 đảng viên mới (kế hoạch năm 110); Kiên Giang kết nạp 39 đảng viên mới (48,8% chỉ tiêu năm 80).",
        ["58 đảng viên mới", "39 đảng viên mới"],
        [BTDN, KGDN],
    ),
    (
        "multi_doc",
        "Doanh thu 6 thang dau nam 2023 cua cac DN co to chuc dang thuoc Khoi DN Binh Thuan va Kien Giang la bao nhieu?",
        "Bình Thuận: 6.958 tỷ đồng (49,0% kế hoạch 14.200 tỷ đồng); Kiên Giang: ước 8.730 tỷ đồng (51,4% kế hoạch).",
        ["6.958", "8.730 tỷ đồng"],
        [BTDN, KGDN],
    ),
    (
        "multi_doc",
        "Trong các báo cáo năm 2023, số hộ thoát nghèo của huyện Đồng Văn (6 tháng) và quận Hải Châu (9 tháng) là bao nhiêu?",
        "Huyện Đồng Văn: 412 hộ thoát nghèo trong 6 tháng đầu năm 2023; quận Hải Châu: 86 hộ thoát nghèo trong 9 tháng, còn 214 hộ nghèo.",
        ["412 hộ thoát nghèo", "86 hộ thoát nghèo"],
        [DV, HC],
    ),
    # summary (2)
    (
        "summary",
        "Tom tat giup minh bao cao 6T/2023 cua Huyen uy Dong Van (Ha Giang)",
        "Gieo trồng 6.385 ha (58,6% kế hoạch); đón 398.500 lượt khách du lịch, doanh thu 274 tỷ đồng; thu ngân sách 21,7 tỷ đồng (56,2% dự toán); 412 hộ thoát nghèo, 135 nhà cho hộ nghèo; kết nạp 64 đảng viên mới (53,3% chỉ tiêu), còn 3 thôn chưa có đảng viên; 6 tháng cuối năm phấn đấu 800.000 lượt khách.",
        ["398.500 lượt khách", "64 đảng viên mới"],
        [DV],
    ),
    (
        "summary",
        "Tóm tắt giúp mình công tác xây dựng Đảng 6 tháng đầu năm 2023 của Đảng ủy Phường 7, thành phố Bạc Liêu.",
        "Đảng bộ có 14 chi bộ với 287 đảng viên; kết nạp 6 đảng viên (60% chỉ tiêu 10); Chi bộ khóm 2 làm điểm sinh hoạt chuyên đề; UBKT giám sát 4 chi bộ; vận động 186 triệu đồng xây 3 nhà Đại đoàn kết.",
        ["287 đảng viên", "186 triệu đồng"],
        [P7],
    ),
    # unanswerable (5)
    (
        "unanswerable",
        "Quan uy Thanh Khe (Da Nang) 9 thang nam 2023 thu ngan sach duoc bao nhieu?",
        "Không có báo cáo của Quận ủy Thanh Khê; chỉ có báo cáo 9 tháng 2023 của Quận ủy Hải Châu.",
        [],
        [],
    ),
    (
        "unanswerable",
        "Cả năm 2023 Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế kết nạp được tổng cộng bao nhiêu đảng viên mới?",
        "Không có báo cáo tổng kết năm 2023; chỉ có quý I (27) và lũy kế 9 tháng (141).",
        [],
        [],
    ),
    (
        "unanswerable",
        "Quý I năm 2023 Đảng ủy Khối các cơ quan tỉnh Bình Thuận kết nạp bao nhiêu đảng viên mới?",
        "Không có báo cáo của Đảng ủy Khối các cơ quan tỉnh Bình Thuận; chỉ có báo cáo của Khối Doanh nghiệp tỉnh Bình Thuận.",
        [],
        [],
    ),
    (
        "unanswerable",
        "BTV Đảng ủy Phường 7 Bạc Liêu 6T/2023 thu đảng phí được bao nhiêu?",
        "Báo cáo của Đảng ủy Phường 7 không nêu số thu đảng phí.",
        [],
        [],
    ),
    (
        "unanswerable",
        "Khoi Doanh nghiep tinh Kien Giang 6 thang dau nam 2023 loi nhuan truoc thue dat bao nhieu?",
        "Báo cáo của Khối Doanh nghiệp Kiên Giang chỉ nêu doanh thu và nộp ngân sách, không nêu lợi nhuận (lợi nhuận 437,5 tỷ đồng là của Bình Thuận).",
        [],
        [],
    ),
]


def main() -> None:
    """Write qa.jsonl."""
    lines = []
    for i, (kind, question, answer, must, doc_ids) in enumerate(QA, start=1):
        row = {
            "id": f"r-{i:03d}",
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
