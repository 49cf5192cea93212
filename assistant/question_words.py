"""Word lists and small recognisers for ``assistant.question``: the words that carry no
content, the folded forms that may be content words typed without accents, the words that
name a whole report in a summary request, and the communes or districts written out.
"""

from __future__ import annotations

import re

from ingest.text import fold

# Words that carry no content (index form, accented). Folded forms that collide with common
# content words ("đang"/"đảng", "có"/"cơ") are only dropped when the question has accents.
STOPWORDS = set(
    """bao nhiêu mấy gì nào ai đâu sao thế như vì tại là có được đã đang sẽ của trong và với cho
    các những một tại theo từ đến này đó thì còn so sánh hay hơn nhiều ít mỗi hãy nêu liệt kê tóm
    tắt biết gồm bao gồm trình bày kể ra vào lúc khi riêng tính hết tổng cộng số lượng tỷ lệ tỉ
    phần trăm quý năm tháng đầu cuối nửa giữa tỉnh thành phố tp khối đảng ủy bộ ủy uỷ chi tiết
    cụ thể về việc mà do bởi lần thứ hiện nay ngày nay thời điểm thay đổi ở tới như thế nào làm
    xác định chọn ra báo cáo vậy nhé nhỉ ạ ơi nha hả giúp giùm dùm em anh chị mình tôi bạn bảng
    biểu""".split()
)
FOLDED_STOP = {fold(w) for w in STOPWORDS}
AMBIGUOUS_FOLDED = {"co", "ve", "ma", "do", "ra", "toi", "noi", "tai", "nguoi", "sao", "thi"}
AMBIGUOUS_FOLDED |= {"vay", "nha", "ha", "moi"}  # "mỗi" / "mới" (đảng viên mới)
AMBIGUOUS_FOLDED |= {"thu"}  # "thứ" / "thu" (doanh thu, thu ngân sách)
AMBIGUOUS_FOLDED |= {"chi", "ban", "minh", "anh", "bang", "bieu"}  # "chị"/"chi bộ", "bảng"/"bằng khen"
# Words that name a report or its whole content: in a summary request they ask for nothing.
REPORT_WORDS = set("bao cao tong so ket tinh hinh qua cong tac noi dung hoat dong".split())
# A commune or district written out ("xã Thu Phong"): a place, not the asked content.
_LOCAL_PLACE = re.compile(
    r"(?<!\w)(?i:xã|phường|thị trấn|thị xã|huyện|xa|phuong|thi tran|thi xa|huyen)((?:\s+\w+){1,3})"
)


def main_points(folded: str) -> set[str]:
    """The words of "nội dung chính", "những điểm nổi bật": every part of the report."""
    found = re.findall(r"\b(?:noi dung|diem|y|net|van de) (chinh|noi bat|quan trong)\b", folded)
    return {w for phrase in found for w in phrase.split()}


def local_places(text: str) -> list[tuple[int, int]]:
    """Spans of "xã Thu Phong", "huyện Cao Phong": the keyword and the capitalized words after it."""
    spans = []
    for match in _LOCAL_PLACE.finditer(text):
        end, offset = match.start(1), match.start(1)
        for word in re.findall(r"\s+\w+", match.group(1)):
            if not word.strip()[:1].isupper():
                break
            offset += len(word)
            end = offset
        if end > match.start(1):
            spans.append((match.start(), end))
    return spans
