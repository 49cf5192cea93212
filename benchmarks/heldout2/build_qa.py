# ruff: noqa: E501  (the questions and answers are data: long strings are kept on one line)
"""Write qa.jsonl, the 70 questions of the second held-out set (frozen: see README.md).

Each entry: question, expected answer, must_contain (verbatim strings of the documents), doc_ids, type.
Run: python benchmarks/heldout2/build_qa.py && python benchmarks/heldout2/verify.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
NBQ1 = "nb-khoi-co-quan-quy1-2024.txt"
NBH1 = "so-ket-6-thang-dang-uy-khoi-cac-co-quan-tinh.html"
NB9 = "bc-213-duk-9thang-2024.md"
NBY = "ninh-binh_tong-ket-2024.docx"
BTQ1 = "bentre_dukdn_q1_2024.txt"
BTH1 = "BC-96-DUKDN-6thang.pdf"
BTQ3 = "ben-tre-khoi-dn-quy-iii-2024.md"
TN23 = "thanh-uy-tn-tong-ket-2023.txt"
TNH1 = "thai-nguyen-so-ket-6-thang-2024.html"
KT = "huyen-uy-dak-ha-quy-1-2025.txt"
HGQ1 = "hau-giang_dukcq_bc-quy1-2024.md"
HGNK = "tin-tong-ket-nhiem-ky-hau-giang.txt"
QB = "cong-an-quang-binh-quy3-2024.txt"
YB = "yen-bai_khoi-dn_giao-ban-quy2.txt"
QUESTIONS = [
    # numeric
    (
        "quy 1 2024 khoi cac co quan ninh binh ket nap bao nhieu dang vien",
        "Quý I/2024, Đảng bộ Khối các cơ quan tỉnh Ninh Bình kết nạp 41 đảng viên mới, đạt 17,1% kế hoạch năm.",
        ["41"],
        [NBQ1],
        "numeric",
    ),
    (
        "Theo báo cáo 9 tháng năm 2024, Đảng bộ Khối các cơ quan tỉnh Ninh Bình có tổng cộng bao nhiêu đảng viên?",
        "Tính đến 20/9/2024, Đảng bộ Khối có 85 TCCS đảng với 5.389 đảng viên.",
        ["5.389"],
        [NB9],
        "numeric",
    ),
    (
        "6 thang dau nam 2024 DUK cac co quan tinh Ninh Binh ket nap duoc bao nhieu dv, dat bao nhieu % KH?",
        "Tính từ đầu năm đến hết 6 tháng, kết nạp 108 đảng viên mới, đạt 45% kế hoạch năm (riêng quý II kết nạp 67).",
        ["108", "45%"],
        [NBH1],
        "numeric",
    ),
    (
        "Hết quý 3/2024, Khối các cơ quan tỉnh Ninh Bình kết nạp lũy kế được bao nhiêu đảng viên rồi?",
        "Lũy kế 9 tháng năm 2024 kết nạp 160 đảng viên, đạt 66,7% kế hoạch năm (240 đảng viên); riêng quý III kết nạp 52.",
        ["160"],
        [NB9],
        "numeric",
    ),
    (
        "nam 2024 dang bo khoi cac co quan ninh binh ket nap bao nhieu dang vien, dat bao nhieu phan tram ke hoach",
        "Năm 2024 kết nạp 254 đảng viên mới, đạt 105,8% kế hoạch năm.",
        ["254", "105,8%"],
        [NBY],
        "numeric",
    ),
    (
        "Q1/2024 cac DN khoi doanh nghiep Ben Tre doanh thu bao nhieu",
        "Quý I/2024, tổng doanh thu các doanh nghiệp có tổ chức đảng thuộc Đảng bộ Khối Doanh nghiệp tỉnh Bến Tre ước đạt 1.956 tỷ đồng, bằng 23,4% kế hoạch năm.",
        ["1.956"],
        [BTQ1],
        "numeric",
    ),
    (
        "Nửa đầu năm 2024, các DN thuộc Đảng bộ Khối DN tỉnh Bến Tre nộp ngân sách được bao nhiêu?",
        "6 tháng đầu năm 2024 nộp ngân sách nhà nước 603,8 tỷ đồng, bằng 48,7% kế hoạch năm.",
        ["603,8"],
        [BTH1],
        "numeric",
    ),
    (
        "9 thang 2024 khoi doanh nghiep ben tre ket nap bao nhieu dang vien",
        "Lũy kế 9 tháng năm 2024, Đảng bộ Khối Doanh nghiệp tỉnh Bến Tre kết nạp 71 đảng viên, đạt 78,9% chỉ tiêu năm (riêng quý III: 25).",
        ["71"],
        [BTQ3],
        "numeric",
    ),
    (
        "Năm 2023 Thành ủy Thái Nguyên kết nạp được bao nhiêu đảng viên mới?",
        "Năm 2023 Đảng bộ thành phố Thái Nguyên kết nạp 412 đảng viên, đạt 103% kế hoạch.",
        ["412"],
        [TN23],
        "numeric",
    ),
    (
        "huyen uy dak ha quy 1 2025 ket nap may dang vien, trong do bao nhieu nguoi dan toc thieu so",
        "Quý I/2025 Đảng bộ huyện Đăk Hà kết nạp 23 đảng viên (đạt 20,9% kế hoạch năm), trong đó 9 đảng viên là người dân tộc thiểu số.",
        ["23", "9"],
        [KT],
        "numeric",
    ),
    (
        "Đăk Hà (Kon Tum): tính đến quý I/2025 bao nhiêu chi bộ trực thuộc đã đại hội xong nhiệm kỳ 2025-2027?",
        "96/112 chi bộ trực thuộc đảng ủy cơ sở đã tổ chức xong đại hội nhiệm kỳ 2025 - 2027, đạt 85,7%.",
        ["96/112"],
        [KT],
        "numeric",
    ),
    (
        "quy 1 nam 2024 dang uy khoi cac co quan tinh hau giang ket nap bao nhieu dang vien",
        "Quý I/2024 Đảng bộ Khối các cơ quan tỉnh Hậu Giang kết nạp 29 đảng viên, đạt 19,3% kế hoạch năm (150 đảng viên).",
        ["29"],
        [HGQ1],
        "numeric",
    ),
    (
        "Cả nhiệm kỳ 2020-2025, ĐUK các cơ quan tỉnh Hậu Giang kết nạp được bao nhiêu đảng viên?",
        "Cả nhiệm kỳ 2020 - 2025 kết nạp 812 đảng viên, đạt 108,3% chỉ tiêu Nghị quyết Đại hội (750 đảng viên).",
        ["812"],
        [HGNK],
        "numeric",
    ),
    (
        "cong an tinh quang binh 9 thang 2024 xay ra bao nhieu vu pham phap hinh su",
        "9 tháng đầu năm 2024 xảy ra 243 vụ phạm pháp hình sự, giảm 6,2% so với cùng kỳ năm 2023; tỷ lệ điều tra khám phá 88,5%.",
        ["243"],
        [QB],
        "numeric",
    ),
    (
        "Đảng bộ Công an tỉnh Quảng Bình từ đầu năm đến hết quý III/2024 kết nạp bao nhiêu đảng viên?",
        "Tính từ đầu năm đến hết quý III/2024 kết nạp 64 đảng viên, đạt 71,1% kế hoạch năm (riêng quý III: 21).",
        ["64"],
        [QB],
        "numeric",
    ),
    (
        "Riêng trong quý II/2024, Khối DN tỉnh Yên Bái kết nạp mấy đảng viên?",
        "Riêng quý II/2024 kết nạp 14 đảng viên (tính từ đầu năm là 26 đảng viên, đạt 37,1% kế hoạch).",
        ["14"],
        [YB],
        "numeric",
    ),
    (
        "yen bai khoi doanh nghiep tinh tu dau nam den het quy 2 nam 2024 ket nap tong cong bao nhieu dv",
        "Tính từ đầu năm đến hết quý II/2024 kết nạp 26 đảng viên, đạt 37,1% kế hoạch năm.",
        ["26"],
        [YB],
        "numeric",
    ),
    (
        "ninh binh khoi co quan 6 thang dau 2024 UBKT cac cap kiem tra bao nhieu to chuc dang va dang vien",
        "6 tháng đầu năm 2024, cấp ủy, UBKT các cấp kiểm tra 38 tổ chức đảng và 121 đảng viên (giám sát 47 tổ chức đảng, 139 đảng viên).",
        ["38", "121"],
        [NBH1],
        "numeric",
    ),
    (
        "Ben Tre khoi DN 9 thang nam 2024 doanh thu dat bao nhieu % ke hoach?",
        "Tổng doanh thu 9 tháng năm 2024 ước đạt 6.387 tỷ đồng, bằng 76,4% kế hoạch năm.",
        ["76,4%"],
        [BTQ3],
        "numeric",
    ),
    # table
    (
        "Q4 2024 khoi cac co quan tinh ninh binh ket nap bao nhieu dv",
        "Quý IV/2024 kết nạp 94 đảng viên (cả năm 254, đạt 105,8% kế hoạch).",
        ["94"],
        [NBY],
        "table",
    ),
    (
        "bang kiem tra giam sat 9 thang 2024 khoi co quan ninh binh: quy 3 giam sat chuyen de bao nhieu dang vien",
        "Quý III/2024 giám sát chuyên đề 81 đảng viên (lũy kế 9 tháng: 220).",
        ["81"],
        [NB9],
        "table",
    ),
    (
        "Theo bảng chỉ tiêu 6 tháng 2024 của ĐUK Doanh nghiệp Bến Tre, riêng Q2 doanh thu và nộp ngân sách là bao nhiêu?",
        "Quý II/2024: doanh thu 2.156 tỷ đồng, nộp ngân sách nhà nước 316,5 tỷ đồng.",
        ["2.156", "316,5"],
        [BTH1],
        "table",
    ),
    (
        "hau giang quy 1 2024 cap co so giam sat bao nhieu dang vien",
        "Quý I/2024, cấp cơ sở giám sát 47 đảng viên (cấp Khối 5, tổng cộng 52).",
        ["47"],
        [HGQ1],
        "table",
    ),
    (
        "Khối các cơ quan Ninh Bình: số trường hợp thẩm định tiêu chuẩn chính trị năm 2024 theo từng quý?",
        "Quý I: 55; quý II: 88; quý III: 71; quý IV: 63; cả năm 2024: 277 trường hợp.",
        ["55", "88", "71", "63"],
        [NBY],
        "table",
    ),
    (
        "ninh binh khoi cq quy 3 2024 tang huy hieu dang cho bao nhieu dv",
        "Quý III/2024 tặng Huy hiệu Đảng cho 19 đảng viên (lũy kế 9 tháng: 60).",
        ["19"],
        [NB9],
        "table",
    ),
    (
        "Bến Tre, Khối DN: quý 2 năm 2024 kết nạp được bao nhiêu đảng viên?",
        "Quý II/2024 kết nạp 29 đảng viên (6 tháng: 46, đạt 51,1% chỉ tiêu năm).",
        ["29"],
        [BTH1],
        "table",
    ),
    # list
    (
        "Nhiệm vụ trọng tâm quý II/2024 của ĐUK các cơ quan tỉnh Ninh Bình gồm những gì?",
        "(1) Học tập, quán triệt, xây dựng kế hoạch thực hiện Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp; (2) kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh gắn với sơ kết chuyên đề năm 2024; (3) phấn đấu 6 tháng đầu năm kết nạp đạt 45% kế hoạch năm trở lên; (4) kiểm tra việc kê khai, công khai tài sản, thu nhập năm 2023 tại 6 TCCS đảng; (5) chuẩn bị hội nghị sơ kết 6 tháng đầu năm 2024.",
        ["35-CT/TW", "45%"],
        [NBQ1],
        "list",
    ),
    (
        "hau giang khoi co quan quy 1 2024 con nhung han che gi",
        "(1) Một số cấp ủy chưa chủ động xây dựng chương trình công tác năm, sinh hoạt chuyên đề còn đơn điệu; (2) quản lý đảng viên tạm vắng, đi học tập dài hạn chưa chặt chẽ; (3) còn 12 TCCS đảng chưa có quần chúng được kết nạp trong quý I.",
        ["tạm vắng", "12"],
        [HGQ1],
        "list",
    ),
    (
        "Đảng ủy Công an tỉnh Quảng Bình đặt ra những nhiệm vụ trọng tâm nào cho quý IV/2024?",
        "(1) Chủ động phương án phòng, chống thiên tai, mưa lũ, cứu nạn, cứu hộ; (2) bảo đảm an ninh, an toàn các sự kiện chính trị và Tết Dương lịch 2025; (3) hoàn thành 100% đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027 trong tháng 11/2024; (4) kết nạp vượt chỉ tiêu 90 đảng viên năm 2024; (5) chuẩn bị tổng kết công tác Đảng, công tác Công an năm 2024.",
        ["Tết Dương lịch", "90"],
        [QB],
        "list",
    ),
    (
        "Chỉ tiêu chủ yếu năm 2025 của ĐUK các cơ quan tỉnh Ninh Bình là những chỉ tiêu nào?",
        "Kết nạp 230 đảng viên mới; trên 90% TCCS đảng hoàn thành tốt nhiệm vụ trở lên; trên 90% đảng viên hoàn thành tốt nhiệm vụ trở lên; ít nhất 30% TCCS đảng được kiểm tra, giám sát.",
        ["230", "30%"],
        [NBY],
        "list",
    ),
    (
        "phuong huong nhiem vu 6 thang cuoi nam 2024 cua dang uy khoi doanh nghiep tinh ben tre",
        "(1) Lãnh đạo doanh nghiệp hoàn thành, vượt kế hoạch SXKD năm 2024; (2) kết nạp vượt chỉ tiêu 90 đảng viên, thành lập thêm ít nhất 2 tổ chức đảng trong DN ngoài nhà nước; (3) chỉ đạo đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027 theo Chỉ thị 35-CT/TW; (4) kiểm điểm, đánh giá, xếp loại tổ chức đảng, đảng viên năm 2024; (5) chăm lo người lao động, tổ chức Tết Ất Tỵ 2025.",
        ["90", "Tết Ất Tỵ"],
        [BTH1],
        "list",
    ),
    (
        "Cho mình hỏi Huyện ủy Đăk Hà đề ra những việc gì phải làm trong quý 2/2025 vậy?",
        "(1) Tiếp tục sắp xếp đơn vị hành chính cấp xã, không tổ chức cấp huyện; (2) tổ chức thành công đại hội điểm Đảng bộ xã Hà Mòn; (3) hoàn thành đại hội chi bộ trực thuộc còn lại trong tháng 4/2025; (4) hoàn thành xóa nhà tạm, nhà dột nát trước 30/6/2025; (5) đẩy nhanh giải ngân vốn đầu tư công, 6 tháng đạt trên 50% kế hoạch.",
        ["Hà Mòn", "30/6/2025"],
        [KT],
        "list",
    ),
    # who / when
    (
        "Ai chủ trì hội nghị sơ kết quý I/2024 của Đảng ủy Khối các cơ quan tỉnh Ninh Bình, họp hôm nào?",
        "Đồng chí Lã Văn Khiêm, Tỉnh ủy viên, Bí thư Đảng ủy Khối chủ trì; hội nghị họp chiều 4/4/2024.",
        ["Lã Văn Khiêm", "4/4"],
        [NBQ1],
        "date",
    ),
    (
        "bao cao 9 thang 2024 khoi co quan ninh binh do ai ky thay mat BTV, so hieu van ban la gi",
        "Báo cáo số 213-BC/ĐUK ngày 27/9/2024, do đồng chí Vũ Thị Thanh Nhàn, Phó Bí thư Thường trực ký thay mặt BTV.",
        ["Vũ Thị Thanh Nhàn", "213-BC/ĐUK"],
        [NB9],
        "fact",
    ),
    (
        "Báo cáo sơ kết 6 tháng đầu năm 2024 của Đảng ủy Khối DN tỉnh Bến Tre đề ngày nào?",
        "Báo cáo số 96-BC/ĐUK, Bến Tre, ngày 28 tháng 6 năm 2024.",
        ["28 tháng 6 năm 2024"],
        [BTH1],
        "date",
    ),
    (
        "Thanh uy Thai Nguyen hop hoi nghi BCH tong ket nam 2023 vao ngay nao",
        "Ngày 27/12/2023 (Hội nghị lần thứ 23 Ban Chấp hành Đảng bộ thành phố).",
        ["27/12"],
        [TN23],
        "date",
    ),
    (
        "Đại hội điểm cấp cơ sở nhiệm kỳ 2025-2030 ở huyện Đăk Hà chọn đảng bộ nào, dự kiến ngày mấy?",
        "Đảng bộ xã Hà Mòn, dự kiến tổ chức ngày 17/4/2025.",
        ["Hà Mòn", "17/4/2025"],
        [KT],
        "date",
    ),
    (
        "Hội nghị sơ kết Q3/2024 của ĐUK Doanh nghiệp tỉnh Bến Tre do ai chủ trì?",
        "Đồng chí Phan Văn Hậu, Phó Bí thư Thường trực Đảng ủy Khối chủ trì (ngày 8/10/2024).",
        ["Phan Văn Hậu"],
        [BTQ3],
        "fact",
    ),
    (
        "dang bo khoi cac co quan tinh hau giang ket thuc hoat dong tu ngay nao",
        "Từ ngày 1/2/2025, theo Nghị quyết số 18-NQ/TW; các TCCS đảng chuyển về Đảng bộ các cơ quan Đảng tỉnh và Đảng bộ UBND tỉnh.",
        ["1/2/2025"],
        [HGNK],
        "date",
    ),
    (
        "bi thu dang uy khoi DN tinh yen bai la ai",
        "Đồng chí Nông Văn Tuyển.",
        ["Nông Văn Tuyển"],
        [YB],
        "fact",
    ),
    # fact
    (
        "Chủ đề công tác năm 2024 của ĐUK các cơ quan tỉnh Ninh Bình là gì?",
        "“Siết chặt kỷ cương, nâng cao trách nhiệm người đứng đầu, đẩy mạnh chuyển đổi số trong cơ quan đảng, nhà nước”.",
        ["trách nhiệm người đứng đầu"],
        [NBQ1, NB9, NBY],
        "fact",
    ),
    (
        "chu de nam 2024 cua thanh uy thai nguyen la gi",
        "“Năm đẩy mạnh chuyển đổi số và chỉnh trang đô thị”.",
        ["chỉnh trang đô thị"],
        [TN23, TNH1],
        "fact",
    ),
    (
        "Khối các cơ quan tỉnh Ninh Bình chọn chủ đề năm 2025 thế nào?",
        "“Đoàn kết, kỷ cương, tinh gọn, hiệu quả; tổ chức thành công đại hội đảng bộ các cấp”.",
        ["tinh gọn, hiệu quả"],
        [NBY],
        "fact",
    ),
    (
        "quy 1 2025 huyen dak ha hop nhat nhung ban nao cua huyen uy",
        "Hợp nhất Ban Tuyên giáo và Ban Dân vận Huyện ủy thành Ban Tuyên giáo và Dân vận Huyện ủy (cùng với các thay đổi khác, giảm 4 đầu mối).",
        ["Ban Tuyên giáo và Dân vận"],
        [KT],
        "fact",
    ),
    (
        "Quý III/2024 Đảng ủy Khối DN tỉnh Bến Tre thành lập chi bộ ở doanh nghiệp nào?",
        "Chi bộ Công ty Cổ phần Thủy sản Ba Tri.",
        ["Thủy sản Ba Tri"],
        [BTQ3],
        "fact",
    ),
    (
        "Cho tôi hỏi chủ đề năm 2024 bên Khối doanh nghiệp tỉnh Bến Tre là gì nhỉ?",
        "“Nâng cao năng lực lãnh đạo của tổ chức đảng, chăm lo việc làm cho người lao động, phát triển doanh nghiệp bền vững”.",
        ["doanh nghiệp bền vững"],
        [BTQ1, BTH1],
        "fact",
    ),
    # multi_doc / comparisons
    (
        "3 tháng đầu năm 2024, Khối các cơ quan tỉnh Ninh Bình và Khối các cơ quan tỉnh Hậu Giang, nơi nào kết nạp nhiều đảng viên hơn?",
        "Ninh Bình kết nạp 41 đảng viên (17,1% kế hoạch); Hậu Giang kết nạp 29 đảng viên (19,3% kế hoạch). Ninh Bình nhiều hơn 12 đảng viên.",
        ["41", "29"],
        [NBQ1, HGQ1],
        "multi_doc",
    ),
    (
        "so sanh so dang vien moi ket nap ca nam 2024 cua khoi cac co quan ninh binh va hau giang",
        "Ninh Bình kết nạp 254 đảng viên (105,8% kế hoạch); Hậu Giang kết nạp 163 đảng viên (108,7% kế hoạch). Ninh Bình nhiều hơn 91.",
        ["254", "163"],
        [NBY, HGNK],
        "multi_doc",
    ),
    (
        "Số TCCS đảng của ĐUK các cơ quan tỉnh Ninh Bình thay đổi thế nào từ quý I đến cuối năm 2024?",
        "Quý I/2024 có 86 TCCS đảng; đến 30/11/2024 còn 84 TCCS đảng (giảm 2 do sắp xếp, hợp nhất đơn vị sự nghiệp).",
        ["86", "84"],
        [NBQ1, NBY],
        "multi_doc",
    ),
    (
        "So với cuối năm 2023, số đảng viên của Đảng bộ TP Thái Nguyên đến giữa năm 2024 tăng hay giảm?",
        "Tăng: từ 18.624 đảng viên (năm 2023) lên 18.702 đảng viên (6 tháng đầu năm 2024), tăng 78 đảng viên.",
        ["18.624", "18.702"],
        [TN23, TNH1],
        "multi_doc",
    ),
    (
        "Khoi DN Ben Tre va khoi DN Yen Bai, 6 thang dau nam 2024 ben nao ket nap nhieu dang vien hon?",
        "Bến Tre kết nạp 46 đảng viên (51,1% chỉ tiêu năm); Yên Bái kết nạp 26 đảng viên (37,1% kế hoạch). Bến Tre nhiều hơn 20.",
        ["46", "26"],
        [BTH1, YB],
        "multi_doc",
    ),
    (
        "doanh thu cac DN khoi doanh nghiep ben tre quy 2 so voi quy 1 nam 2024 tang hay giam",
        "Tăng: quý I đạt 1.956 tỷ đồng, quý II đạt 2.156 tỷ đồng, tăng 200 tỷ đồng.",
        ["1.956", "2.156"],
        [BTQ1, BTH1],
        "multi_doc",
    ),
    (
        "Thu ngân sách TP Thái Nguyên: cả năm 2023 và 6 tháng đầu năm 2024 đạt bao nhiêu % dự toán?",
        "Năm 2023: 2.148 tỷ đồng, bằng 112,6% dự toán; 6 tháng đầu năm 2024: 1.096 tỷ đồng, bằng 53,4% dự toán.",
        ["112,6%", "53,4%"],
        [TN23, TNH1],
        "multi_doc",
    ),
    (
        "9 tháng năm 2024, Khối các cơ quan tỉnh Ninh Bình và Khối DN tỉnh Bến Tre mỗi nơi kết nạp bao nhiêu đảng viên?",
        "Ninh Bình (Khối các cơ quan): 160 đảng viên, đạt 66,7% kế hoạch; Bến Tre (Khối Doanh nghiệp): 71 đảng viên, đạt 78,9% chỉ tiêu.",
        ["160", "71"],
        [NB9, BTQ3],
        "multi_doc",
    ),
    (
        "khoi co quan ninh binh: nua dau nam 2024 va ca nam 2024 ket nap duoc bao nhieu dang vien",
        "6 tháng đầu năm 2024: 108 đảng viên (45% kế hoạch); cả năm 2024: 254 đảng viên (105,8% kế hoạch).",
        ["108", "254"],
        [NBH1, NBY],
        "multi_doc",
    ),
    (
        "ti le dang vien hoc tap NQ TW 8 khoa XIII quy 1 2024 o khoi co quan Ninh Binh va Hau Giang",
        "Ninh Bình: 5.097 đảng viên, đạt 97,2%; Hậu Giang: 3.118 đảng viên, đạt 95,5%.",
        ["97,2%", "95,5%"],
        [NBQ1, HGQ1],
        "multi_doc",
    ),
    (
        "cong an quang binh 9 thang 2024 toi pham hinh su tang hay giam so voi cung ky",
        "Giảm 6,2% so với cùng kỳ năm 2023 (243 vụ phạm pháp hình sự).",
        ["6,2%"],
        [QB],
        "numeric",
    ),
    # summary
    (
        "Tóm tắt hội nghị sơ kết 6 tháng đầu năm 2024 của Thành ủy Thái Nguyên",
        "Chiều 11/7/2024, Hội nghị lần thứ 27 BCH Đảng bộ TP Thái Nguyên do Bí thư Hà Minh Chiến chủ trì. Tăng trưởng 7,6%; thu ngân sách 1.096 tỷ đồng (53,4% dự toán); giải ngân đầu tư công 41,2%; hồ sơ trực tuyến 87,3%; chỉnh trang 9 tuyến phố. Đảng bộ 78 TCCS, 18.702 đảng viên; kết nạp 187 (46,8% kế hoạch); kiểm tra 41 tổ chức đảng, 137 đảng viên; kỷ luật 5. Hạn chế: dự án hạ tầng chậm, thu tiền sử dụng đất 38,5%. Nhiệm vụ: giải ngân trên 95%, đại hội chi bộ, kết nạp vượt 400, xã Quyết Thắng NTM kiểu mẫu.",
        ["187"],
        [TNH1],
        "summary",
    ),
    (
        "tom tat bao cao quy 1 2024 dang uy khoi cac co quan tinh hau giang",
        "Báo cáo số 158-BC/ĐUK (26/3/2024): 47 TCCS, 3.264 đảng viên; chủ đề năm 2024 về kỷ luật, kỷ cương, sinh hoạt chi bộ, cải cách hành chính; 3.118 đảng viên học NQ T.Ư 8 (95,5%); kết nạp 29 (19,3%), chính thức 31, Huy hiệu 22; kiểm tra 13 tổ chức, 39 đảng viên, giám sát 19 tổ chức, 52 đảng viên; kỷ luật 2. Hạn chế và 5 nhiệm vụ quý II (Chỉ thị 35, hội thi lịch sử Đảng bộ, kết nạp 50%, giám sát sinh hoạt chi bộ, sơ kết 6 tháng).",
        ["29"],
        [HGQ1],
        "summary",
    ),
    (
        "Tóm tắt kết quả nhiệm kỳ 2020-2025 của Đảng bộ Khối các cơ quan tỉnh Hậu Giang",
        "Hoàn thành, vượt 12/12 chỉ tiêu; kết nạp 812 đảng viên (108,3% chỉ tiêu 750); TCCS hoàn thành tốt nhiệm vụ trở lên bình quân 91,6%/năm; kiểm tra 318 tổ chức đảng, 1.027 đảng viên, kỷ luật 23; 57 mô hình Dân vận khéo, hơn 14,5 tỷ đồng an sinh, 96 nhà Đại đoàn kết. Năm 2024 kết nạp 163 (108,7%). Kết thúc hoạt động từ 1/2/2025 theo NQ 18.",
        ["812"],
        [HGNK],
        "summary",
    ),
    # unanswerable
    (
        "Quý II/2024 ĐUK các cơ quan tỉnh Hậu Giang kết nạp bao nhiêu đảng viên?",
        "Không có thông tin: chỉ có báo cáo quý I/2024 (29 đảng viên) và tin tổng kết năm 2024, nhiệm kỳ 2020 - 2025; không có số liệu riêng quý II/2024.",
        [],
        [],
        "unanswerable",
    ),
    (
        "yen bai khoi doanh nghiep quy 3 2024 ket nap bao nhieu dang vien",
        "Không có thông tin: chỉ có tin giao ban quý II/2024 của Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái.",
        [],
        [],
        "unanswerable",
    ),
    (
        "Đảng ủy Khối các cơ quan tỉnh Bến Tre quý I/2024 kết nạp bao nhiêu đảng viên?",
        "Không có thông tin: tài liệu về Bến Tre chỉ của Đảng ủy Khối Doanh nghiệp tỉnh.",
        [],
        [],
        "unanswerable",
    ),
    (
        "Huyen uy Dak Ha ca nam 2024 ket nap bao nhieu dang vien?",
        "Không có thông tin: chỉ có báo cáo quý I/2025 của Huyện ủy Đăk Hà.",
        [],
        [],
        "unanswerable",
    ),
    (
        "Thành ủy Thái Nguyên cả năm 2024 thu ngân sách được bao nhiêu?",
        "Không có thông tin về kết quả cả năm 2024: chỉ có số liệu 6 tháng đầu năm 2024 (1.096 tỷ đồng) và chỉ tiêu dự toán năm 2024 (2.052 tỷ đồng).",
        [],
        [],
        "unanswerable",
    ),
    (
        "Quang Tri khoi cac co quan 6 thang dau nam 2024 ket nap bao nhieu dang vien",
        "Không có tài liệu nào về tỉnh Quảng Trị.",
        [],
        [],
        "unanswerable",
    ),
    (
        "Đoàn ĐBQH tỉnh Yên Bái tổ chức tiếp xúc cử tri mấy đợt trong quý II/2024?",
        "Không có thông tin trong tài liệu.",
        [],
        [],
        "unanswerable",
    ),
    (
        "dang bo cong an tinh quang binh co tong cong bao nhieu dang vien",
        "Không có thông tin: tài liệu chỉ nêu 38 TCCS đảng, không nêu tổng số đảng viên.",
        [],
        [],
        "unanswerable",
    ),
    (
        "ninh binh khoi doanh nghiep 6 thang dau nam 2024 ket nap bao nhieu dang vien",
        "Không có thông tin: tài liệu về Ninh Bình là của Đảng ủy Khối các cơ quan tỉnh; Khối Doanh nghiệp chỉ xuất hiện trong tiêu đề tin liên quan (trao Huy hiệu Đảng).",
        [],
        [],
        "unanswerable",
    ),
    (
        "Quý IV/2024 Đảng bộ Khối DN tỉnh Bến Tre kết nạp bao nhiêu đảng viên?",
        "Không có thông tin: chỉ có số liệu đến hết quý III/2024 (lũy kế 71) và nhiệm vụ quý IV.",
        [],
        [],
        "unanswerable",
    ),
]


def main() -> None:
    """Write qa.jsonl with ids g-001..g-070 in list order."""
    with (HERE / "qa.jsonl").open("w", encoding="utf-8") as f:
        for i, (question, answer, must, doc_ids, kind) in enumerate(QUESTIONS, 1):
            row = {
                "id": f"g-{i:03d}",
                "question": question,
                "answer": answer,
                "must_contain": must,
                "doc_ids": doc_ids,
                "type": kind,
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(QUESTIONS), "questions written")


if __name__ == "__main__":
    main()
