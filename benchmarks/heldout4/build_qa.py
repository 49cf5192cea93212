# ruff: noqa: E501
"""Write qa.jsonl of the fourth held-out set from the list below.

Each row: (type, question, answer, must_contain, doc_ids). Ids are assigned in order (m-001...).
Run: python benchmarks/heldout4/build_qa.py && python benchmarks/heldout4/verify.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

QT1 = "quang-tri-dukcq-quy-1-2025.txt"
QT6 = "bao-cao-6-thang-2025-dang-uy-khoi-co-quan-quang-tri.md"
QT24 = "DUK-CQ-tong-ket-cong-tac-dang-2024.docx"
VL = "vinh-long-khoi-co-quan-bc-quy-i-2025.html"
HY = "thanh-uy-hung-yen-bc-quy-ii-2025.txt"
BG = "dang-uy-phuong-xuong-giang-6-thang-2025.md"
DB = "BC-245-DU-QS-DB.pdf"
DT = "bao-dong-thap-so-ket-dang-uy-khoi-doanh-nghiep-6-thang.html"
CB = "cong-an-tinh-cao-bang-bc-quy-1-2025.txt"
LA = "dang-uy-khoi-dn-long-an-so-ket-6-thang-2025.txt"

QA: list[tuple[str, str, str, list[str], list[str]]] = [
    # numeric (15)
    (
        "numeric",
        "Q1/2025 DUK cac co quan tinh Quang Tri ket nap duoc bao nhieu dang vien moi vay?",
        "Quý I năm 2025, Đảng bộ Khối các cơ quan tỉnh Quảng Trị kết nạp 29 đảng viên mới, đạt 16,1% kế hoạch năm (kế hoạch 180 đảng viên).",
        ["29 đảng viên mới"],
        [QT1],
    ),
    (
        "numeric",
        "Cho mình hỏi 6 tháng đầu năm 2025 Đảng ủy Khối các cơ quan tỉnh Quảng Trị kết nạp được bao nhiêu đảng viên, đạt bao nhiêu phần trăm kế hoạch?",
        "6 tháng đầu năm 2025 kết nạp 75 đảng viên, đạt 41,7% kế hoạch năm 180 đảng viên (quý I: 29, riêng quý II: 46).",
        ["75 đảng viên", "41,7%"],
        [QT6],
    ),
    (
        "numeric",
        "rieng quy II nam 2025 DUK co quan tinh Quang Tri ket nap bao nhieu dang vien, co dat muc tieu quy khong?",
        "Riêng quý II năm 2025 kết nạp 46 đảng viên, chưa đạt mục tiêu 55 đảng viên đề ra cho quý II (lũy kế 6 tháng: 75).",
        ["46 đảng viên"],
        [QT6],
    ),
    (
        "numeric",
        "Tổng số đảng viên của ĐUK các cơ quan tỉnh Vĩnh Long tính đến quý I/2025 là bao nhiêu ạ?",
        "Quý I năm 2025, Đảng bộ Khối các cơ quan tỉnh Vĩnh Long có 3.412 đảng viên, sinh hoạt tại 58 tổ chức cơ sở đảng.",
        ["3.412"],
        [VL],
    ),
    (
        "numeric",
        "nam 2024 dang bo khoi co quan tinh Quang Tri ket nap bao nhieu dang vien, dat may % ke hoach?",
        "Năm 2024 kết nạp 183 đảng viên mới, đạt 107,6% kế hoạch (kế hoạch 170).",
        ["183", "107,6%"],
        [QT24],
    ),
    (
        "numeric",
        "6T/2025 thu ngân sách trên địa bàn TP Hưng Yên ước được bao nhiêu, bằng bao nhiêu % dự toán?",
        "6 tháng đầu năm 2025, tổng thu ngân sách nhà nước trên địa bàn thành phố Hưng Yên ước đạt 1.247 tỷ đồng, bằng 58,3% dự toán tỉnh giao; riêng quý II ước thu 682 tỷ đồng.",
        ["1.247 tỷ đồng", "58,3%"],
        [HY],
    ),
    (
        "numeric",
        "thanh uy Hung Yen rieng quy 2 nam 2025 ket nap bao nhieu dang vien? con luy ke 6 thang?",
        "Riêng quý II năm 2025 Đảng bộ thành phố Hưng Yên kết nạp 37 đảng viên; lũy kế 6 tháng kết nạp 61 đảng viên, đạt 50,8% kế hoạch năm (120).",
        ["37 đảng viên", "61 đảng viên"],
        [HY],
    ),
    (
        "numeric",
        "Phường Xương Giang (Bắc Giang) thu ngân sách 6 tháng đầu năm 2025 được bao nhiêu?",
        "Thu ngân sách trên địa bàn phường Xương Giang 6 tháng đầu năm 2025 ước đạt 18,6 tỷ đồng, bằng 62,4% dự toán năm.",
        ["18,6 tỷ đồng"],
        [BG],
    ),
    (
        "numeric",
        "Dang uy Quan su tinh Dien Bien nua dau nam 2025 huan luyen duoc bao nhieu dan quan tu ve?",
        "6 tháng đầu năm 2025 huấn luyện 3.102 đồng chí dân quân tự vệ, đạt 64,0% kế hoạch năm (4.850).",
        ["3.102"],
        [DB],
    ),
    (
        "numeric",
        "Đảng bộ Khối Doanh nghiệp tỉnh Đồng Tháp hiện có bao nhiêu đảng viên, bao nhiêu TCCS đảng?",
        "Theo báo cáo tại hội nghị sơ kết 6 tháng đầu năm 2025, Đảng bộ Khối Doanh nghiệp tỉnh Đồng Tháp có 41 tổ chức cơ sở đảng với 2.187 đảng viên.",
        ["2.187"],
        [DT],
    ),
    (
        "numeric",
        "cac DN trong khoi doanh nghiep tinh Dong Thap 6 thang dau 2025 nop ngan sach bao nhieu?",
        "6 tháng đầu năm 2025, các doanh nghiệp trong Khối Doanh nghiệp tỉnh Đồng Tháp nộp ngân sách nhà nước 812 tỷ đồng.",
        ["812 tỷ đồng"],
        [DT],
    ),
    (
        "numeric",
        "Q1 2025 cong an tinh Cao Bang: pham phap hinh su xay ra bao nhieu vu, ty le dieu tra lam ro la bao nhieu?",
        "Quý I năm 2025 xảy ra 47 vụ phạm pháp hình sự, giảm 9 vụ (16,1%) so với cùng kỳ; điều tra làm rõ 42 vụ, đạt 89,4%.",
        ["47 vụ", "89,4%"],
        [CB],
    ),
    (
        "numeric",
        "Công an tỉnh Cao Bằng quý 1/2025 thu giữ được bao nhiêu heroin?",
        "Quý I năm 2025, Công an tỉnh Cao Bằng triệt phá 31 vụ án ma túy, bắt 44 đối tượng, thu giữ 2,86 kg heroin và 1.530 viên ma túy tổng hợp.",
        ["2,86 kg"],
        [CB],
    ),
    (
        "numeric",
        "Doanh thu 6 tháng đầu năm 2025 của các doanh nghiệp thuộc Khối DN tỉnh Long An ước bao nhiêu?",
        "Tổng doanh thu 6 tháng đầu năm 2025 ước đạt 14.320 tỷ đồng, bằng 48,7% kế hoạch năm.",
        ["14.320 tỷ đồng"],
        [LA],
    ),
    (
        "numeric",
        "thu nhap binh quan nguoi lao dong khoi DN Long An nua dau nam 2025 la bao nhieu?",
        "Thu nhập bình quân của người lao động đạt 10,4 triệu đồng/người/tháng, tăng 5,1% so với cùng kỳ.",
        ["10,4 triệu đồng"],
        [LA],
    ),
    # fact (6)
    (
        "fact",
        "Ai ký báo cáo quý I/2025 của Đảng ủy Khối các cơ quan tỉnh Vĩnh Long vậy?",
        "Báo cáo số 95-BC/ĐUK do đồng chí Nguyễn Thị Bích Vân, Phó Bí thư Thường trực, ký thay mặt Ban Thường vụ.",
        ["Nguyễn Thị Bích Vân"],
        [VL],
    ),
    (
        "fact",
        "dai hoi diem chi bo truc thuoc nhiem ky 2025-2027 cua DUK co quan Quang Tri chon don vi nao lam diem?",
        "Đảng bộ Sở Tài chính được chọn làm điểm; đại hội điểm được tổ chức ngày 22/5/2025.",
        ["Sở Tài chính"],
        [QT1, QT6],
    ),
    (
        "fact",
        "Đảng ủy Quân sự tỉnh Điện Biên diễn tập khu vực phòng thủ ở huyện nào năm 2025, kết quả đánh giá ra sao?",
        "Diễn tập khu vực phòng thủ huyện Mường Ảng (14-17/5/2025), được Bộ Tư lệnh Quân khu 2 đánh giá đạt loại Giỏi.",
        ["Mường Ảng"],
        [DB],
    ),
    (
        "fact",
        "Ai phát biểu chỉ đạo tại hội nghị sơ kết 6 tháng đầu năm 2025 của Đảng ủy Khối Doanh nghiệp tỉnh Đồng Tháp?",
        "Đồng chí Phạm Thị Kim Loan, Phó Bí thư Thường trực Đảng ủy Khối.",
        ["Phạm Thị Kim Loan"],
        [DT],
    ),
    (
        "fact",
        "bi thu thanh uy Hung Yen ky bao cao quy II nam 2025 la ai?",
        "Báo cáo số 318-BC/TU do Bí thư Thành ủy Đỗ Mạnh Tường ký thay mặt Ban Thường vụ.",
        ["Đỗ Mạnh Tường"],
        [HY],
    ),
    (
        "fact",
        "Vinh Long quy 1/2025 BTV DUK co quan thanh lap dang bo nao tren co so hop nhat 2 dang bo?",
        "Đảng bộ Sở Nông nghiệp và Môi trường, thành lập trên cơ sở hợp nhất hai đảng bộ cơ sở.",
        ["Sở Nông nghiệp và Môi trường"],
        [VL],
    ),
    # date (4)
    (
        "date",
        "Báo cáo sơ kết 6 tháng số 201-BC/ĐUK của Đảng ủy Khối các cơ quan tỉnh Quảng Trị ban hành ngày nào?",
        "Ngày 18 tháng 6 năm 2025 (Đông Hà).",
        ["18 tháng 6 năm 2025"],
        [QT6],
    ),
    (
        "date",
        "Dai hoi diem Dang bo So Tai chinh thuoc DUK co quan Quang Tri to chuc ngay nao?",
        "Đại hội điểm Đảng bộ Sở Tài chính được tổ chức thành công ngày 22/5/2025.",
        ["22/5/2025"],
        [QT6],
    ),
    (
        "date",
        "Hội nghị sơ kết công tác xây dựng Đảng 6 tháng của ĐUK Doanh nghiệp Đồng Tháp diễn ra hôm nào?",
        "Chiều 26/6/2025 (bài báo đăng ngày 27/6/2025).",
        ["26/6"],
        [DT],
    ),
    (
        "date",
        "cong an cap huyen o Cao Bang ket thuc hoat dong tu ngay nao?",
        "Từ ngày 01/3/2025, theo chủ trương tổ chức Công an địa phương 2 cấp.",
        ["01/3/2025"],
        [CB],
    ),
    # list (5)
    (
        "list",
        "Phường Xương Giang chỉnh trang, lát vỉa hè những tuyến phố nào trong 6 tháng đầu 2025?",
        "Ba tuyến phố: Nguyễn Văn Cừ, Lý Thái Tổ và Tân Ninh.",
        ["Nguyễn Văn Cừ", "Tân Ninh"],
        [BG],
    ),
    (
        "list",
        "Khoi DN Long An 6 thang dau nam 2025 thanh lap moi chi bo o nhung doanh nghiep nao?",
        "Hai chi bộ mới tại Công ty TNHH Dệt may Đức Hòa và Công ty CP Logistics Bến Lức.",
        ["Dệt may Đức Hòa", "Logistics Bến Lức"],
        [LA],
    ),
    (
        "list",
        "Báo cáo sơ kết 6 tháng 2025 của ĐUK các cơ quan tỉnh Quảng Trị nêu những hạn chế gì?",
        "Một số chi bộ sinh hoạt chưa đều do biến động nhân sự sau sắp xếp; tỷ lệ kết nạp đảng viên là đoàn viên thanh niên còn thấp (38,7%); cập nhật dữ liệu đảng viên trên phần mềm quản lý còn chậm.",
        ["38,7%"],
        [QT6],
    ),
    (
        "list",
        "phuong huong nhiem vu quy II/2025 cua Dang uy Cong an tinh Cao Bang gom nhung gi?",
        "Bảo đảm an ninh, an toàn các sự kiện chính trị và đại hội đảng các cấp; tấn công trấn áp tội phạm ma túy trên tuyến biên giới, tỷ lệ điều tra khám phá án hình sự trên 85%; hoàn thành sắp xếp, kiện toàn Công an cấp xã.",
        ["trên 85%"],
        [CB],
    ),
    (
        "list",
        "Nhiệm vụ trọng tâm quý II năm 2025 của ĐUK các cơ quan tỉnh Vĩnh Long là gì?",
        "Hoàn thành kiện toàn tổ chức đảng sau sắp xếp trước ngày 30/4/2025; kết nạp ít nhất 50 đảng viên mới; tổ chức Hội nghị biểu dương điển hình học tập và làm theo Bác năm 2025.",
        ["30/4/2025", "50 đảng viên"],
        [VL],
    ),
    # table (5)
    (
        "table",
        "Theo biểu xếp loại chất lượng đảng viên năm 2024 của ĐUK các cơ quan tỉnh Quảng Trị, có bao nhiêu đảng viên hoàn thành xuất sắc nhiệm vụ?",
        "354 đảng viên, chiếm 13,0% trong 2.716 đảng viên được đánh giá.",
        ["354", "13,0%"],
        [QT24],
    ),
    (
        "table",
        "Năm 2024 Đảng bộ Khối các cơ quan tỉnh Quảng Trị có mấy tổ chức cơ sở đảng được xếp loại hoàn thành xuất sắc nhiệm vụ, tỷ lệ bao nhiêu?",
        "9 tổ chức cơ sở đảng, chiếm 19,1% (trên 47 tổ chức cơ sở đảng).",
        ["19,1%"],
        [QT24],
    ),
    (
        "table",
        "so dang vien nu cua dang bo khoi co quan tinh Quang Tri den 30/11/2024 la bao nhieu?",
        "1.239 đảng viên nữ, trong tổng số 2.851 đảng viên (số liệu đến 30/11/2024).",
        ["1.239"],
        [QT24],
    ),
    (
        "table",
        "Điện Biên, quân sự tỉnh: chỉ tiêu kết nạp đảng viên năm 2025 là bao nhiêu, 6 tháng đầu năm đạt mấy phần trăm?",
        "Kế hoạch năm 45 đảng viên; 6 tháng kết nạp 21, đạt 46,7%.",
        ["46,7%"],
        [DB],
    ),
    (
        "table",
        "bieu chi tieu 6 thang 2025 cua Dang uy Quan su tinh Dien Bien: boi duong KTQP doi tuong 4 dat bao nhieu?",
        "815 lượt trên kế hoạch năm 1.200 lượt, đạt 67,9%.",
        ["67,9%"],
        [DB],
    ),
    # multi_doc (6)
    (
        "multi_doc",
        "So sánh số đảng viên kết nạp trong quý I/2025 của Đảng ủy Khối các cơ quan tỉnh Quảng Trị và tỉnh Vĩnh Long.",
        "Quảng Trị kết nạp 29 đảng viên mới (16,1% kế hoạch 180); Vĩnh Long kết nạp 34 đảng viên mới (17% kế hoạch 200). Vĩnh Long nhiều hơn 5 đảng viên.",
        ["29 đảng viên mới", "34 đảng viên mới"],
        [QT1, VL],
    ),
    (
        "multi_doc",
        "tong so dang vien DUK co quan Quang Tri thay doi the nao tu cuoi nam 2024 den giua nam 2025?",
        "2.851 đảng viên (30/11/2024), 2.864 đảng viên (quý I/2025), 2.893 đảng viên (15/6/2025); số tổ chức cơ sở đảng giảm từ 47 xuống 44 sau sắp xếp.",
        ["2.851", "2.893"],
        [QT24, QT6],
    ),
    (
        "multi_doc",
        "6 tháng đầu năm 2025, doanh nghiệp trong Khối DN tỉnh Đồng Tháp và tỉnh Long An nộp ngân sách mỗi bên bao nhiêu?",
        "Đồng Tháp: 812 tỷ đồng; Long An: 1.036 tỷ đồng.",
        ["812 tỷ đồng", "1.036 tỷ đồng"],
        [DT, LA],
    ),
    (
        "multi_doc",
        "thu nhap binh quan nguoi lao dong khoi doanh nghiep Dong Thap va Long An 6T/2025, ben nao cao hon?",
        "Long An 10,4 triệu đồng/người/tháng, cao hơn Đồng Tháp 9,2 triệu đồng/người/tháng.",
        ["9,2 triệu đồng", "10,4 triệu đồng"],
        [DT, LA],
    ),
    (
        "multi_doc",
        "Kế hoạch kết nạp đảng viên năm 2025 của ĐUK các cơ quan tỉnh Quảng Trị là bao nhiêu, hết 6 tháng còn phải kết nạp thêm bao nhiêu nữa?",
        "Kế hoạch năm 2025 là 180 đảng viên; 6 tháng đã kết nạp 75, 6 tháng cuối năm phấn đấu kết nạp 105 đảng viên để hoàn thành kế hoạch.",
        ["180 đảng viên", "105 đảng viên"],
        [QT24, QT1, QT6],
    ),
    (
        "multi_doc",
        "Hai báo cáo quý I/2025 của Đảng ủy Khối các cơ quan tỉnh Quảng Trị và Vĩnh Long có số hiệu và ngày ban hành thế nào?",
        "Quảng Trị: Báo cáo số 163-BC/ĐUK ngày 26/3/2025; Vĩnh Long: Báo cáo số 95-BC/ĐUK ngày 28/3/2025.",
        ["163-BC/ĐUK", "95-BC/ĐUK"],
        [QT1, VL],
    ),
    # summary (3)
    (
        "summary",
        "Tóm tắt giúp mình báo cáo quý II và 6 tháng đầu năm 2025 của Thành ủy Hưng Yên.",
        "Thu ngân sách 6 tháng ước 1.247 tỷ đồng (58,3% dự toán, riêng quý II 682 tỷ đồng); giá trị sản xuất CN-TTCN 5.930 tỷ đồng, tăng 9,6%; giải quyết việc làm cho 1.380 lao động. Kết nạp 61 đảng viên (riêng quý II 37), kỷ luật 4 đảng viên. Hạn chế: giải ngân đầu tư công mới đạt 37,5%. Quý III: giải ngân trên 70%, kết nạp ít nhất 35 đảng viên, bàn giao khi kết thúc cấp huyện.",
        ["1.247 tỷ đồng", "37,5%"],
        [HY],
    ),
    (
        "summary",
        "tom tat tinh hinh an ninh trat tu quy 1/2025 cua cong an tinh Cao Bang",
        "An ninh biên giới giữ vững; 47 vụ phạm pháp hình sự (giảm 16,1%), làm rõ 89,4%; triệt phá 31 vụ ma túy, thu 2,86 kg heroin; 11 vụ tai nạn giao thông làm chết 7 người; xử lý 2.915 trường hợp vi phạm giao thông, nộp 4,3 tỷ đồng; 2 vụ cháy.",
        ["47 vụ", "2.915"],
        [CB],
    ),
    (
        "summary",
        "Tóm tắt kết quả 6 tháng đầu năm 2025 của Đảng ủy Quân sự tỉnh Điện Biên.",
        "Giao quân đạt 100% (750 công dân, 34 đảng viên); diễn tập khu vực phòng thủ huyện Mường Ảng đạt loại Giỏi; huấn luyện 3.102 dân quân tự vệ (64,0%); bàn giao 4 nhà Đồng đội; kết nạp 21 đảng viên (46,7% kế hoạch); không có đảng viên vi phạm kỷ luật.",
        ["750 công dân", "Mường Ảng"],
        [DB],
    ),
    # unanswerable (6)
    (
        "unanswerable",
        "Q3/2025 DUK cac co quan tinh Quang Tri ket nap bao nhieu dang vien?",
        "Không có báo cáo quý III/9 tháng năm 2025 của Đảng ủy Khối các cơ quan tỉnh Quảng Trị (chỉ có năm 2024, quý I và 6 tháng 2025).",
        [],
        [],
    ),
    (
        "unanswerable",
        "Đảng ủy Khối Doanh nghiệp tỉnh Kiên Giang 6 tháng đầu năm 2025 có bao nhiêu đảng viên?",
        "Không có tài liệu nào về Kiên Giang.",
        [],
        [],
    ),
    (
        "unanswerable",
        "Cong an tinh Binh Thuan quy 1 nam 2025 triet pha bao nhieu vu an ma tuy?",
        "Không có tài liệu nào về Công an tỉnh Bình Thuận.",
        [],
        [],
    ),
    (
        "unanswerable",
        "6 tháng đầu năm 2025 ĐUK các cơ quan tỉnh Vĩnh Long kết nạp được bao nhiêu đảng viên?",
        "Chỉ có báo cáo quý I/2025 của Vĩnh Long (34 đảng viên); không có số liệu 6 tháng.",
        [],
        [],
    ),
    (
        "unanswerable",
        "Thanh uy Hung Yen nam 2024 thu ngan sach tren dia ban duoc bao nhieu?",
        "Chỉ có báo cáo quý II/6 tháng năm 2025 của Thành ủy Hưng Yên; không có số liệu năm 2024.",
        [],
        [],
    ),
    (
        "unanswerable",
        "Tổng doanh thu 6 tháng đầu năm 2025 của doanh nghiệp Khối DN tỉnh Đồng Tháp đạt bao nhiêu % kế hoạch năm?",
        "Bài báo chỉ nêu doanh thu ước 9.460 tỷ đồng, tăng 7,8% so với cùng kỳ; không nêu tỷ lệ so với kế hoạch năm.",
        [],
        [],
    ),
]


def main() -> None:
    """Write qa.jsonl."""
    lines = []
    for i, (kind, question, answer, must, doc_ids) in enumerate(QA, start=1):
        row = {
            "id": f"m-{i:03d}",
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
