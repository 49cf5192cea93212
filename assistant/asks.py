"""What kind of answer a question wants: a number, a date, a person, a list, a summary...

``asks_of(text)`` reads the question's wording (with or without diacritics) and returns names
from: number, breakdown (figures item by item: "mỗi hình thức mấy người"), date, issued (the
date a document was issued or signed), person, sign, list, summary, reason, docnumber,
recipients, compare, remaining (what is left to do: "còn phải ... thêm bao nhiêu nữa").
"""

from __future__ import annotations

import re

from ingest.text import fold, index_form

# "ngày nào", "ngày mấy", "hôm nào", "khi nào", "bao giờ"; "tháng mấy" / "năm nào" only at the
# end of a clause ("tháng mấy?"), not in "6 tháng mấy đảng viên".
_DATE = re.compile(
    r"\bngay (?:nao|may|bao nhieu|thang nao)\b|\bhom nao\b|\bkhi nao\b|\bbao gio\b|\bluc nao\b"
    r"|\bthoi (?:gian|diem) nao\b|\bvao ngay\b|\bngay (?:ban hanh|ky)\b"
    r"|\b(?:thang|nam) (?:nao|may)(?=\s*(?:$|[?,.;]))"
)
# The document's own act: issued, signed, dated ("ban hành ngày nào", "ký ngày mấy").
_ISSUE = re.compile(r"\bban hanh\b|\bphat hanh\b|\bde ngay\b|\bngay ky\b|\bky ngay\b")
# "Báo cáo ... số mấy?": the document's number, asked at the end of a clause (not "tổng số bao
# nhiêu"), in a question about a document.
_DOC_NUMBER_ASK = re.compile(r"(?<!tong )\bso (?:may|bao nhieu|nao)(?=\s*(?:$|[?,.;]))")
# "số hiệu bao nhiêu", "ký hiệu là gì": the document's number, whatever the question is about.
_SIGN_NUMBER_ASK = re.compile(r"\b(?:so|ky) hieu (?:cua no |van ban )?(?:la )?(?:may|bao nhieu|nao|gi)\b")
_DOCUMENT = re.compile(r"\b(?:bao cao|van ban|nghi quyet|chi thi|quyet dinh|ke hoach|thong bao)\b")
_CHECKS = {
    "number": r"\bbao nhieu\b|\bmay\b|\bty le\b|\bphan tram\b|^(?:tong )?so (?!hieu)|\bla bao nhieu\b"
    r"|\bso luong\b|\bnhieu hay it\b|\bit hay nhieu\b|\b(?:nhieu|it) hon\b|\btang hay giam\b|\bso sanh so\b",
    "person": r"(?:^|\s)ai(?:\s|$|\?)|\bla ai\b",
    "list": r"\bliet ke\b|\bgom nhung\b|\bnhung gi\b|\bnhung (?:\w+ ){1,4}(?:nao|gi)\b|\bneu (?:cac|nhung)\b"
    r"|\bcac nhiem vu\b|\bnhung noi dung\b",
    "summary": r"^(?:tom tat|khai quat|tong hop)\b",
    "reason": r"\bvi sao\b|\btai sao\b|\bly do\b|\bnguyen nhan\b",
    "docnumber": r"\bso hieu\b|\bso van ban\b|\bky hieu\b",
    # "ở đơn vị nào", "tại đâu": the answer names a place or a unit.
    "place": r"\b(?:don vi|co quan|dia phuong|dia ban|doanh nghiep) nao\b|\b(?:o|tai) dau(?=\s*(?:$|[?,.;]))",
    # "nơi nhận", "gửi (báo cáo ...) tới những nơi nào / cơ quan nào / cho ai".
    "recipients": r"\bnoi nhan\b|\bgui\b(?: [\w/()-]+){0,12}? (?:toi|den|cho|len|ve) (?:nhung |cac )?"
    r"(?:noi|co quan|don vi|ai|dau)\b|\bgui (?:di )?(?:nhung )?(?:dau|ai|noi nao)\b",
}
# "mỗi hình thức mấy người", "từng quý bao nhiêu", "cụ thể": figures item by item.
# Typed without accents, "moi" is "mới" (new) after a member noun or before no noun
# ("đảng viên mới vậy?", "mới trong năm"): "mỗi" always comes before the noun it distributes.
_EACH = r"(?<!vien )\bmoi\b(?!\s*(?:$|[?,.;!]|(?:vay|nhe|nha|a|khong|trong|duoc|la|cua|va|o|tai|thi)\b))"
_BREAKDOWN = re.compile(rf"{_EACH}|\btung\b|\bcu the\b|\btheo (?:nhung|cac) \w+(?: \w+)? nao\b")
# With diacritics, "mới" (new) is not "mỗi" (each): only the accented words count.
_BREAKDOWN_ACCENTED = re.compile(r"(?<!\w)(?:mỗi|từng|cụ thể)(?!\w)|\btheo (?:những|các) \w+(?: \w+)? nào\b")
# What is left to do: "còn phải kết nạp thêm bao nhiêu nữa", "còn lại bao nhiêu", "còn thiếu".
_REMAINING = re.compile(
    r"\bcon\b(?: \w+){0,5} (?:them )?(?:bao nhieu|may)\b(?: \w+){0,2} nua\b"
    r"|\bcon\b(?: \w+){0,5} them (?:bao nhieu|may)\b|\bcon (?:lai|thieu) (?:bao nhieu|may)\b"
)
_COMPARE = r"\bso sanh\b|\bthay doi\b|\bnoi nao\b|\bmoi noi\b"


def asks_of(text: str) -> set[str]:
    """The kinds of answer ``text`` asks for (see the module docstring)."""
    folded = fold(text).lower()
    asks: set[str] = set()
    if _DATE.search(folded):
        asks.add("date")
        folded_rest = _DATE.sub(" ", folded)  # "ngày mấy" asks for a date, not a number
    else:
        folded_rest = folded
    if _DOCUMENT.search(folded) and _DOC_NUMBER_ASK.search(folded_rest):
        asks.add("docnumber")
        folded_rest = _DOC_NUMBER_ASK.sub(" ", folded_rest)  # "số mấy" asks for a number sign
    if _SIGN_NUMBER_ASK.search(folded_rest):
        asks.add("docnumber")
        folded_rest = _SIGN_NUMBER_ASK.sub(" ", folded_rest)  # "số hiệu bao nhiêu": not a count
    for name, pattern in _CHECKS.items():
        if re.search(pattern, folded_rest if name == "number" else folded):
            asks.add(name)
    if "recipients" not in asks and re.search(_COMPARE, folded):
        asks.add("compare")
    asks |= signing(text)
    if "number" in asks and _REMAINING.search(folded):
        asks.add("remaining")
    if "number" in asks and _breakdown(text, folded):
        asks.add("breakdown")
    if "date" in asks and (_ISSUE.search(folded) or "sign" in asks):
        asks.add("issued")
    return asks


def _breakdown(text: str, folded: str) -> bool:
    """True when figures are asked item by item ("mỗi hình thức", "từng quý", "cụ thể")."""
    if folded != index_form(text):
        return bool(_BREAKDOWN_ACCENTED.search(index_form(text)))
    return bool(_BREAKDOWN.search(folded))


def signing(text: str) -> set[str]:
    """{"sign"} when the question asks who signed ("ký"; "ky" typed without accents, which
    may also be "kỳ": then only after "ai" and not in "nhiệm kỳ", "cùng kỳ", "định kỳ")."""
    if re.search(r"(?<!\w)ký(?!\w)", index_form(text)):
        return {"sign"}
    folded = fold(text)
    if folded != index_form(text) or not re.search(r"(?:^|\s)ai\b", folded):
        return set()
    unsigned = r"(?<!nhiem )(?<!cung )(?<!dinh )\bky\b(?! luat| niem| hop| hieu| truoc| nay)"
    return {"sign"} if re.search(unsigned, folded) else set()


def issue_words(text: str) -> set[str]:
    """The folded syllables of the phrases that name a document's issue ("ban hành", "ký")."""
    folded = fold(text).lower()
    words = {w for m in _ISSUE.finditer(folded) for w in m.group(0).split()}
    return words | ({"ky"} if signing(text) else set())
