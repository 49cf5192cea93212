# ruff: noqa: E501
"""Write qa.jsonl of the third held-out set from the list below.

Each row: (type, question, answer, must_contain, doc_ids). Ids are assigned in order (k-001...).
Run: python benchmarks/heldout3/build_qa.py && python benchmarks/heldout3/verify.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

QN1 = "quang-ngai-dukcq-quy1-2025.txt"
QN6 = "bc-so-ket-6-thang-2025-duk-quang-ngai.md"
QN9 = "dang-uy-khoi-cq-bc-9-thang-2025.docx"
ST = "dukcq-soctrang-bc-quy-i-2025.html"
CM = "thanh-uy-ca-mau-tk-2024.txt"
BT = "huyen-uy-bao-thang-bc-quy-1-2025.txt"
TN = "so-ket-6-thang-khoi-doanh-nghiep-tay-ninh.html"
PY = "BC-118-DUKDN-PY.pdf"
HB = "dang-uy-xa-thu-phong-quy-i-2025.md"
TQ = "tuyen-quang-khoi-co-quan-6-thang-2025.txt"

QA: list[tuple[str, str, str, list[str], list[str]]] = [
    # numeric
    (
        "numeric",
        "Q1 2025 DUK cac co quan tinh Quang Ngai ket nap bao nhieu dang vien moi?",
        "Quý I năm 2025, Đảng bộ Khối các cơ quan tỉnh Quảng Ngãi kết nạp 38 đảng viên mới, đạt 19% kế hoạch năm (kế hoạch 200 đảng viên).",
        ["38 đảng viên mới"],
        [QN1],
    ),
    (
        "numeric",
        "Cho em hỏi 6 tháng đầu năm 2025 Đảng ủy Khối các cơ quan tỉnh Quảng Ngãi kết nạp được bao nhiêu đảng viên, đạt bao nhiêu % kế hoạch ạ?",
        "6 tháng đầu năm 2025 kết nạp 97 đảng viên, đạt 48,5% kế hoạch năm (riêng quý II kết nạp 59).",
        ["97 đảng viên", "48,5%"],
        [QN6],
    ),
    (
        "numeric",
        "9 thang nam 2025 Dang bo Khoi co quan tinh Quang Ngai co tong so bao nhieu dang vien?",
        "Đến ngày 20/9/2025, Đảng bộ Khối các cơ quan tỉnh Quảng Ngãi có 3.519 đảng viên, sinh hoạt tại 41 tổ chức cơ sở đảng.",
        ["3.519"],
        [QN9],
    ),
    (
        "numeric",
        "tong so dang vien DUK cac co quan tinh Soc Trang cuoi quy 1/2025 la bao nhieu?",
        "Cuối quý I năm 2025, Đảng bộ Khối các cơ quan tỉnh Sóc Trăng có 4.105 đảng viên, sinh hoạt tại 52 tổ chức cơ sở đảng.",
        ["4.105"],
        [ST],
    ),
    (
        "numeric",
        "Năm 2024 thu ngân sách trên địa bàn TP Cà Mau được bao nhiêu, đạt bao nhiêu % dự toán?",
        "Năm 2024, tổng thu ngân sách nhà nước trên địa bàn thành phố Cà Mau đạt 1.126 tỷ đồng, bằng 108,4% dự toán tỉnh giao.",
        ["1.126 tỷ đồng", "108,4%"],
        [CM],
    ),
    (
        "numeric",
        "thanh uy ca mau nam 2024 ket nap duoc bao nhieu dang vien?",
        "Năm 2024, Đảng bộ thành phố Cà Mau kết nạp 412 đảng viên, đạt 103% chỉ tiêu nghị quyết.",
        ["412 đảng viên"],
        [CM],
    ),
    (
        "numeric",
        "Huyen uy Bao Thang quy 1 2025 xoa nha tam duoc bao nhieu can, dat bao nhieu %?",
        "Đến hết quý I năm 2025, huyện Bảo Thắng hoàn thành 86/214 căn nhà, đạt 40,2% kế hoạch, kinh phí hỗ trợ 5,16 tỷ đồng.",
        ["86/214", "40,2%"],
        [BT],
    ),
    (
        "numeric",
        "Tổng doanh thu các DN trong Khối DN tỉnh Tây Ninh nửa đầu năm 2025 ước đạt bao nhiêu?",
        "6 tháng đầu năm 2025, tổng doanh thu của các doanh nghiệp trong Khối ước đạt 18.640 tỷ đồng, bằng 54,2% kế hoạch năm.",
        ["18.640 tỷ đồng"],
        [TN],
    ),
    (
        "numeric",
        "Dang uy Khoi DN tinh Phu Yen 6 thang dau nam 2025 nop ngan sach bao nhieu?",
        "Các doanh nghiệp trong Khối nộp ngân sách 412 tỷ đồng trong 6 tháng đầu năm 2025 (45,8% kế hoạch 900 tỷ đồng).",
        ["412 tỷ đồng"],
        [PY],
    ),
    (
        "numeric",
        "Đảng bộ xã Thu Phong hiện có bao nhiêu đảng viên?",
        "Đảng bộ xã Thu Phong (huyện Cao Phong, Hòa Bình) có 14 chi bộ trực thuộc với 286 đảng viên (báo cáo quý I năm 2025).",
        ["286 đảng viên"],
        [HB],
    ),
    (
        "numeric",
        "ĐUK các cơ quan tỉnh Tuyên Quang 6T/2025 ủng hộ Quỹ Vì người nghèo bao nhiêu tiền?",
        '6 tháng đầu năm 2025, cán bộ, đảng viên trong Khối ủng hộ Quỹ "Vì người nghèo" 740 triệu đồng, hỗ trợ xây dựng 12 nhà tình nghĩa, nhà đại đoàn kết.',
        ["740 triệu đồng"],
        [TQ],
    ),
    (
        "numeric",
        "Quy 1/2025 Khoi co quan Quang Ngai ky luat may dang vien, hinh thuc gi vay?",
        "Quý I năm 2025, các cấp ủy, ủy ban kiểm tra thi hành kỷ luật 2 đảng viên bằng hình thức khiển trách.",
        ["kỷ luật 2 đảng viên"],
        [QN1],
    ),
    (
        "numeric",
        "3 tháng đầu năm 2025 Đảng bộ Khối các cơ quan tỉnh Sóc Trăng trao Huy hiệu Đảng cho bao nhiêu đảng viên?",
        "Quý I năm 2025, Đảng ủy Khối trao tặng Huy hiệu Đảng cho 64 đảng viên nhân dịp 3/2, trong đó 1 đồng chí nhận Huy hiệu 70 năm tuổi Đảng.",
        ["64 đảng viên"],
        [ST],
    ),
    (
        "numeric",
        "Năm 2024 TP Cà Mau xây được bao nhiêu căn nhà tình nghĩa, nhà đại đoàn kết, tổng kinh phí bao nhiêu?",
        "Năm 2024 vận động xây dựng và bàn giao 47 căn nhà tình nghĩa, nhà đại đoàn kết với tổng kinh phí 2,35 tỷ đồng.",
        ["47 căn", "2,35 tỷ đồng"],
        [CM],
    ),
    (
        "numeric",
        "Riêng quý 2/2025 Khối cơ quan tỉnh Quảng Ngãi kết nạp bao nhiêu đảng viên?",
        "Riêng quý II năm 2025 kết nạp 59 đảng viên (lũy kế 6 tháng 97 đảng viên).",
        ["59"],
        [QN6],
    ),
    # fact
    (
        "fact",
        "Chủ đề năm 2025 của Đảng bộ Khối các cơ quan tỉnh Quảng Ngãi là gì?",
        'Chủ đề năm 2025: "Tinh gọn tổ chức, nâng cao hiệu lực, hiệu quả hoạt động của các cơ quan".',
        ["Tinh gọn tổ chức"],
        [QN1, QN6],
    ),
    (
        "fact",
        "Ai duoc bau lam Bi thu Dang uy Khoi cac co quan tinh Quang Ngai tai Dai hoi lan thu VII?",
        "Đồng chí Nguyễn Thị Hồng Vân được bầu giữ chức Bí thư Đảng ủy Khối (Đại hội lần thứ VII, nhiệm kỳ 2025 - 2030); đồng chí Trần Văn Khải tiếp tục là Phó Bí thư.",
        ["Nguyễn Thị Hồng Vân"],
        [QN9],
    ),
    (
        "fact",
        "Ai ký báo cáo quý I/2025 của ĐUK các cơ quan tỉnh Sóc Trăng?",
        "Báo cáo số 142-BC/ĐUK do đồng chí Lâm Thị Ngọc Hân, Phó Bí thư Thường trực, ký thay mặt Ban Thường vụ.",
        ["Lâm Thị Ngọc Hân"],
        [ST],
    ),
    (
        "fact",
        "hoi nghi so ket 6 thang Khoi DN Tay Ninh co lanh dao tinh nao du va phat bieu chi dao?",
        "Đồng chí Phạm Hùng Cường, Phó Bí thư Tỉnh ủy, dự và phát biểu chỉ đạo; đồng chí Võ Thanh Nhàn, Bí thư Đảng ủy Khối, chủ trì.",
        ["Phạm Hùng Cường"],
        [TN],
    ),
    (
        "fact",
        "Chủ đề năm 2025 của Đảng bộ TP Cà Mau là gì?",
        'Chủ đề năm 2025 của Đảng bộ thành phố Cà Mau: "Năm chỉnh trang đô thị và chuyển đổi số".',
        ["Năm chỉnh trang đô thị và chuyển đổi số"],
        [CM],
    ),
    (
        "fact",
        "Khoi co quan tinh Tuyen Quang chon dang bo nao to chuc dai hoi diem cap co so?",
        "Đảng bộ Sở Nông nghiệp và Môi trường được chọn tổ chức đại hội điểm cấp cơ sở vào ngày 10/6/2025.",
        ["Sở Nông nghiệp và Môi trường"],
        [TQ],
    ),
    # date
    (
        "date",
        "Báo cáo 9 tháng 2025 của ĐUK các cơ quan tỉnh Quảng Ngãi ban hành ngày nào, số mấy?",
        "Báo cáo số 248-BC/ĐUK, ban hành tại Quảng Ngãi ngày 26 tháng 9 năm 2025.",
        ["ngày 26 tháng 9 năm 2025", "248-BC/ĐUK"],
        [QN9],
    ),
    (
        "date",
        "Dai hoi Dang bo Khoi cac co quan tinh Quang Ngai lan thu VII to chuc ngay nao?",
        "Đại hội lần thứ VII, nhiệm kỳ 2025 - 2030 được tổ chức trong hai ngày 14 và 15 tháng 7 năm 2025, với 200 đại biểu chính thức.",
        ["14 và 15 tháng 7 năm 2025"],
        [QN9],
    ),
    (
        "date",
        "Hội nghị sơ kết 6 tháng của Đảng ủy Khối DN Tây Ninh họp hôm nào vậy?",
        "Hội nghị tổ chức sáng 9/7/2025 (tin đăng ngày 10/7/2025).",
        ["9/7"],
        [TN],
    ),
    (
        "date",
        "dai hoi diem cua Dang bo So Tai chinh (Khoi co quan Quang Ngai) dien ra ngay nao?",
        "Đại hội điểm của Đảng bộ Sở Tài chính diễn ra ngày 15/5/2025; đồng chí Lê Thị Minh Thư được bầu làm Bí thư Đảng ủy.",
        ["15/5/2025"],
        [QN6],
    ),
    # list
    (
        "list",
        "Liet ke cac han che trong bao cao quy 1/2025 cua DUK co quan tinh Quang Ngai",
        "(1) Tiến độ phát triển đảng viên chậm, một số chi bộ không có nguồn kết nạp do biến động tổ chức; (2) sinh hoạt chi bộ ở một số đơn vị đang sắp xếp chưa đều, sinh hoạt chuyên đề còn hạn chế; (3) cập nhật dữ liệu đảng viên trên phần mềm quản lý còn chậm.",
        ["không có nguồn kết nạp", "phần mềm quản lý"],
        [QN1],
    ),
    (
        "list",
        "Nhiệm vụ trọng tâm quý II/2025 của Huyện ủy Bảo Thắng gồm những việc gì?",
        "(1) Hoàn thành hồ sơ đề án sắp xếp đơn vị hành chính cấp xã; (2) đẩy nhanh xóa nhà tạm, hoàn thành 100% trước ngày 30/6/2025; (3) chỉ đạo đại hội chi bộ trực thuộc đảng ủy cơ sở.",
        ["đề án sắp xếp đơn vị hành chính cấp xã", "30/6/2025"],
        [BT],
    ),
    (
        "list",
        "Thanh uy Ca Mau neu nhung han che, yeu kem nao trong nam 2024?",
        "(1) Giải ngân vốn đầu tư công mới đạt 82,1% kế hoạch; (2) lấn chiếm vỉa hè, xây dựng trái phép ở một số phường chưa xử lý dứt điểm; (3) chất lượng sinh hoạt ở một số chi bộ khóm, ấp chưa cao.",
        ["82,1%", "lấn chiếm vỉa hè"],
        [CM],
    ),
    (
        "list",
        "Nhiệm vụ 6 tháng cuối năm 2025 của Đảng ủy Khối Doanh nghiệp tỉnh Phú Yên là gì?",
        "(1) Lãnh đạo doanh nghiệp hoàn thành kế hoạch sản xuất kinh doanh 2025; (2) kết nạp ít nhất 33 đảng viên; (3) tổ chức Đại hội đại biểu Đảng bộ Khối nhiệm kỳ 2025 - 2030.",
        ["33 đảng viên", "nhiệm kỳ 2025 - 2030"],
        [PY],
    ),
    (
        "list",
        "cho em hoi Khoi DN Tay Ninh 6 thang 2025 con nhung han che gi?",
        "(1) Phát triển tổ chức đảng trong doanh nghiệp ngoài nhà nước còn khó khăn; (2) một số chi bộ chưa có đảng viên trẻ kế cận; (3) tỷ lệ đảng viên học tập nghị quyết ở doanh nghiệp sản xuất theo ca chỉ đạt 89,5%.",
        ["ngoài nhà nước", "89,5%"],
        [TN],
    ),
    # table
    (
        "table",
        "Trong bảng chỉ tiêu 9 tháng 2025 của ĐUK các cơ quan Quảng Ngãi, giám sát chuyên đề đạt bao nhiêu % kế hoạch?",
        "Giám sát chuyên đề (UBKT): kế hoạch 20 tổ chức, thực hiện 9 tháng 17, đạt 85,0%.",
        ["85,0%"],
        [QN9],
    ),
    (
        "table",
        "Bang chi tieu 9 thang DUK co quan Quang Ngai: Quy Vi nguoi ngheo ke hoach bao nhieu, thuc hien bao nhieu?",
        "Kế hoạch năm 2.000 triệu đồng; thực hiện 9 tháng 1.845 triệu đồng, đạt 92,3%.",
        ["1.845", "92,3%"],
        [QN9],
    ),
    (
        "table",
        "Theo bảng chỉ tiêu 6 tháng, doanh thu các DN Khối Phú Yên đạt bao nhiêu % kế hoạch năm 2025?",
        "Doanh thu kế hoạch 13.500 tỷ đồng, thực hiện 6 tháng 6.480 tỷ đồng, đạt 48,0%.",
        ["48,0%", "13.500"],
        [PY],
    ),
    (
        "table",
        "QN bang 6T/2025 khoi co quan: chuyen dang chinh thuc quy I, quy II moi quy bao nhieu?",
        "Chuyển đảng chính thức: quý I 41, quý II 47, cộng 6 tháng 88 đảng viên.",
        ["47", "88"],
        [QN6],
    ),
    (
        "table",
        "Nửa đầu năm 2025 Đảng ủy Khối các cơ quan tỉnh Quảng Ngãi trao Huy hiệu Đảng tổng cộng bao nhiêu đảng viên?",
        "Theo bảng chỉ tiêu: quý I 52, quý II 37, cộng 6 tháng 89 đảng viên.",
        ["89"],
        [QN6],
    ),
    # multi_doc
    (
        "multi_doc",
        "So sánh số đảng viên kết nạp quý I/2025 của ĐUK các cơ quan tỉnh Quảng Ngãi và Sóc Trăng",
        "Quảng Ngãi kết nạp 38 đảng viên mới (19% kế hoạch 200); Sóc Trăng kết nạp 29 đảng viên mới (16,1% kế hoạch 180). Quảng Ngãi nhiều hơn 9 đảng viên.",
        ["38 đảng viên mới", "29 đảng viên mới"],
        [QN1, ST],
    ),
    (
        "multi_doc",
        "Tong so dang vien Khoi co quan Quang Ngai thay doi the nao tu Q1 den 9 thang 2025?",
        "Tăng từ 3.412 đảng viên (25/3/2025) lên 3.468 (15/6/2025) và 3.519 (20/9/2025); số tổ chức cơ sở đảng giữ ở 41.",
        ["3.412", "3.519"],
        [QN1, QN9],
    ),
    (
        "multi_doc",
        "Khối DN Tây Ninh và Phú Yên 6 tháng đầu 2025, khối nào kết nạp nhiều đảng viên hơn?",
        "Tây Ninh kết nạp 64 đảng viên (53,3% kế hoạch 120), Phú Yên kết nạp 27 đảng viên (45% kế hoạch 60); Tây Ninh nhiều hơn.",
        ["64 đảng viên", "27 đảng viên"],
        [TN, PY],
    ),
    (
        "multi_doc",
        "6 thang dau nam 2025 ty le dang vien hoc tap nghi quyet cua Khoi co quan Quang Ngai va Tuyen Quang la bao nhieu?",
        "Quảng Ngãi đạt 98,2%, Tuyên Quang đạt 97,1%.",
        ["98,2%", "97,1%"],
        [QN6, TQ],
    ),
    (
        "multi_doc",
        "Q1 2025 va 9 thang 2025 DUK cac co quan Quang Ngai thi hanh ky luat bao nhieu dang vien?",
        "Quý I năm 2025 kỷ luật 2 đảng viên (khiển trách); lũy kế 9 tháng kỷ luật 7 đảng viên (riêng quý III 2 đảng viên).",
        ["kỷ luật 2 đảng viên", "kỷ luật 7 đảng viên"],
        [QN1, QN9],
    ),
    (
        "multi_doc",
        "Quỹ Vì người nghèo quý 1/2025: Khối cơ quan Quảng Ngãi và Khối cơ quan Sóc Trăng mỗi bên vận động được bao nhiêu?",
        "Quảng Ngãi 486 triệu đồng; Sóc Trăng 312 triệu đồng (hỗ trợ 3 căn nhà đại đoàn kết tại huyện Trần Đề).",
        ["486 triệu đồng", "312 triệu đồng"],
        [QN1, ST],
    ),
    # summary
    (
        "summary",
        "Tóm tắt giúp em báo cáo tổng kết năm 2024 của Thành ủy Cà Mau",
        'GRDP tăng 7,8%; thu ngân sách 1.126 tỷ đồng (108,4% dự toán); Đảng bộ có 58 tổ chức cơ sở đảng, 9.870 đảng viên, kết nạp 412 (103% chỉ tiêu); kỷ luật 14 đảng viên; 47 căn nhà tình nghĩa, đại đoàn kết (2,35 tỷ đồng); hạn chế về giải ngân đầu tư công (82,1%), trật tự đô thị; chủ đề 2025 "Năm chỉnh trang đô thị và chuyển đổi số".',
        ["7,8%", "9.870"],
        [CM],
    ),
    (
        "summary",
        "tom tat tinh hinh quy 1 nam 2025 cua xa Thu Phong",
        "612 ha cam, bưởi; trồng mới 65 ha rừng (54,2% kế hoạch); thu ngân sách 1,84 tỷ đồng (36,8%); hộ nghèo 6,8%; Đảng bộ 14 chi bộ, 286 đảng viên, kết nạp 4, chuyển chính thức 3, không kỷ luật; hạn chế: giá cam thấp, sinh hoạt ở 2 chi bộ xóm; quý II chuẩn bị sắp xếp đơn vị hành chính, đại hội chi bộ.",
        ["65 ha", "286 đảng viên"],
        [HB],
    ),
    (
        "summary",
        "Tóm tắt nội dung chính báo cáo sơ kết 6 tháng năm 2025 của Đảng ủy Khối DN tỉnh Phú Yên",
        "Đảng bộ có 38 tổ chức cơ sở đảng, 1.652 đảng viên; kết nạp 27 đảng viên (45% kế hoạch), chuyển chính thức 22; doanh thu 6.480 tỷ đồng, nộp ngân sách 412 tỷ đồng, thu nhập 9,6 triệu đồng/người/tháng; kỷ luật 1 đảng viên; hạn chế về tiến độ kết nạp; nhiệm vụ tổ chức đại hội nhiệm kỳ 2025 - 2030.",
        ["1.652", "27 đảng viên"],
        [PY],
    ),
    # unanswerable
    (
        "unanswerable",
        "Quy 4 nam 2025 DUK cac co quan tinh Quang Ngai ket nap duoc bao nhieu dang vien?",
        "Không có trong tài liệu: các báo cáo chỉ đến 9 tháng năm 2025 (quý IV mới là nhiệm vụ: kết nạp ít nhất 49 đảng viên).",
        [],
        [],
    ),
    (
        "unanswerable",
        "Đảng ủy Khối các cơ quan tỉnh Bình Phước 6 tháng đầu năm 2025 kết nạp bao nhiêu đảng viên?",
        "Không có tài liệu nào về Bình Phước.",
        [],
        [],
    ),
    (
        "unanswerable",
        "Thanh uy Ca Mau nam 2023 thu ngan sach tren dia ban duoc bao nhieu?",
        "Không có: chỉ có báo cáo năm 2024 của Thành ủy Cà Mau.",
        [],
        [],
    ),
    (
        "unanswerable",
        "Huyện ủy Bảo Thắng quý I/2025 có bao nhiêu đảng viên được xếp loại hoàn thành xuất sắc nhiệm vụ?",
        "Báo cáo quý I/2025 của Huyện ủy Bảo Thắng không nêu số liệu xếp loại đảng viên.",
        [],
        [],
    ),
    (
        "unanswerable",
        "Khoi co quan tinh Soc Trang 6 thang dau nam 2025 ket nap bao nhieu dang vien?",
        "Không có: chỉ có báo cáo quý I/2025 của Đảng ủy Khối các cơ quan tỉnh Sóc Trăng (quý II chỉ là chỉ tiêu ít nhất 50).",
        [],
        [],
    ),
    (
        "unanswerable",
        "Đảng ủy Khối Doanh nghiệp tỉnh Hà Giang 9 tháng 2025 thu nhập bình quân người lao động là bao nhiêu?",
        "Không có tài liệu nào về Hà Giang.",
        [],
        [],
    ),
]


def main() -> None:
    """Write qa.jsonl."""
    lines = []
    for i, (kind, question, answer, must, doc_ids) in enumerate(QA, start=1):
        row = {
            "id": f"k-{i:03d}",
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
