"""Provinces (names, variants, web hosts) and issuing bodies (keys, abbreviations)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.gazetteer import (
    body_display,
    find_bodies,
    find_provinces,
    get_province,
    province_from_url,
    province_of_place,
    provinces,
    units_2025,
)
from ingest.text import fold


def names(text: str) -> list[str]:
    return [m.name for m in find_provinces(text)]


# --- the table --------------------------------------------------------------------------


def test_table_sizes() -> None:
    table = provinces()
    assert len(table) == 63
    assert len({p.slug for p in table}) == 63
    assert sum(p.is_city for p in table) == 5
    assert len(units_2025()) == 34
    assert "Huế" in units_2025() and "Bình Dương" not in units_2025()


def test_lookup() -> None:
    province = get_province("nghe-an")
    assert province is not None and province.name == "Nghệ An" and province.capital == "Vinh"
    assert get_province("Dak Lak") is get_province("Đắk Lắk")
    assert get_province("TP.HCM") is not None
    assert get_province("Atlantis") is None
    hai_duong = get_province("Hải Dương")
    assert hai_duong is not None and hai_duong.merged_2025 == "Hải Phòng"


# --- find_provinces ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đảng ủy Khối các cơ quan tỉnh Nghệ An", ["Nghệ An"]),
        ("nghe an quy 1", ["Nghệ An"]),
        ("dak lak 6 thang dau nam", ["Đắk Lắk"]),
        ("Đắc Lắc, Đăk Lăk và Daklak", ["Đắk Lắk", "Đắk Lắk", "Đắk Lắk"]),
        ("khanh hoa nam 2023", ["Khánh Hòa"]),
        ("Đảng uỷ Khối các cơ quan tỉnh Khánh Hoà", ["Khánh Hòa"]),
        ("Thanh Hoá và Thanh Hóa", ["Thanh Hóa", "Thanh Hóa"]),
        ("can tho", ["Cần Thơ"]),
        ("TP Cần Thơ", ["Cần Thơ"]),
        ("TP.HCM, TPHCM, TP Hồ Chí Minh, Thành phố Hồ Chí Minh, Sài Gòn", ["TP Hồ Chí Minh"] * 5),
        ("Bà Rịa - Vũng Tàu", ["Bà Rịa - Vũng Tàu"]),
        ("Bà Rịa – Vũng Tàu và BR-VT", ["Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"]),
        ("Thừa Thiên Huế", ["Thừa Thiên Huế"]),
        ("Hà Nam, Hà Nội và Nam Định", ["Hà Nam", "Hà Nội", "Nam Định"]),
        (
            "Bình Định, Bình Dương, Bình Phước, Bình Thuận, Ninh Bình",
            ["Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Ninh Bình"],
        ),
        (
            "Quảng Nam, Quảng Ngãi, Quảng Ninh, Quảng Bình, Quảng Trị",
            ["Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Bình", "Quảng Trị"],
        ),
    ],
)
def test_find_provinces(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh",
        "Đảng Cộng sản Việt Nam",
        "Đồng chí Nguyễn Thị Huệ phát biểu",
        "Quân ủy Trung ương",
        "Góp phần bảo vệ hòa bình, Đảng ủy Khối tổ chức hội nghị",  # capitalised text: a phrase
    ],
)
def test_no_province(text: str) -> None:
    assert names(text) == []


def test_cased_names() -> None:
    assert names("Tỉnh Hòa Bình tổ chức hội nghị") == ["Hòa Bình"]
    assert names("hoa binh quy 1 nam 2023") == ["Hòa Bình"]  # a lowercase question
    assert names("Đoàn công tác đến Huế") == ["Thừa Thiên Huế"]


def test_longest_name_wins_and_spans() -> None:
    text = "Tỉnh ủy Thừa Thiên Huế và tỉnh Bà Rịa - Vũng Tàu"
    found = find_provinces(text)
    assert [m.name for m in found] == ["Thừa Thiên Huế", "Bà Rịa - Vũng Tàu"]
    for m in found:
        assert text[m.start : m.end] == m.text


@given(st.sampled_from([(p.name, v) for p in provinces() for v in p.variants]))
def test_every_variant_is_found(pair: tuple[str, str]) -> None:
    name, variant = pair
    assert names(f"Đảng bộ Khối các cơ quan tỉnh {variant} tổ chức hội nghị") == [name]
    assert names(f"dang bo khoi cac co quan {fold(variant)} to chuc hoi nghi") == [name]


# --- web hosts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://baonghean.vn/dang-uy-khoi-post251873.html", "Nghệ An"),
        ("baothanhhoa.vn", "Thanh Hóa"),
        ("https://baoquangninh.com.vn/x", "Quảng Ninh"),
        ("https://baocantho.com.vn/x", "Cần Thơ"),
        ("http://baodaklak.vn/x", "Đắk Lắk"),
        ("https://baohaiduong.vn/x", "Hải Dương"),
        ("https://baobinhduong.vn/x", "Bình Dương"),
        ("https://baokhanhhoa.vn/x", "Khánh Hòa"),
        ("http://baolamdong.vn/chinhtri/202204/x/", "Lâm Đồng"),
        ("https://baobinhdinh.vn/x", "Bình Định"),
        ("https://binhdinh.dcs.vn/x", "Bình Định"),
        ("http://dangbokhoicoquan.nghean.gov.vn/tin-tuc/x.html", "Nghệ An"),
        ("https://hanoimoi.vn/x", "Hà Nội"),
        ("https://www.baobariavungtau.com.vn/x", "Bà Rịa - Vũng Tàu"),
        ("https://tintuchaiphong.vn/x", "Hải Phòng"),
    ],
)
def test_province_from_url(url: str, name: str) -> None:
    assert province_from_url(url) == name


@pytest.mark.parametrize(
    "url",
    [
        "https://vnexpress.net/x",
        "https://laodong.vn",
        "https://nhandan.vn",
        "https://dangcongsan.vn",
        "",
        "not a url",
    ],
)
def test_no_province_from_url(url: str) -> None:
    assert province_from_url(url) == ""


def test_province_of_place() -> None:
    assert province_of_place("Buôn Ma Thuột") == "Đắk Lắk"
    assert province_of_place("Thủ Dầu Một") == "Bình Dương"
    assert province_of_place("Hải Dương") == "Hải Dương"
    assert province_of_place("Nowhere") == ""


# --- bodies -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "display"),
    [
        ("Đảng ủy Khối các cơ quan tỉnh", "khoi-co-quan", "Đảng ủy Khối các cơ quan tỉnh"),
        ("Đảng bộ Khối các cơ quan tỉnh", "khoi-co-quan", "Đảng ủy Khối các cơ quan tỉnh"),
        ("ĐẢNG UỶ KHỐI CÁC CƠ QUAN TỈNH", "khoi-co-quan", "Đảng ủy Khối các cơ quan tỉnh"),
        ("Đảng uỷ Khối các cơ quan thành phố", "khoi-co-quan", "Đảng ủy Khối các cơ quan thành phố"),
        ("ĐUK các cơ quan", "khoi-co-quan", "Đảng ủy Khối các cơ quan tỉnh"),
        ("DUK cac co quan", "khoi-co-quan", "Đảng ủy Khối các cơ quan tỉnh"),
        ("Khối các cơ quan", "khoi-co-quan", "Đảng ủy Khối các cơ quan tỉnh"),
        ("khoi co quan", "khoi-co-quan", "Đảng ủy Khối các cơ quan tỉnh"),
        ("Đảng ủy Các cơ quan tỉnh", "khoi-co-quan", "Đảng ủy Khối các cơ quan tỉnh"),
        ("Đảng ủy Khối Doanh nghiệp tỉnh", "khoi-doanh-nghiep", "Đảng ủy Khối Doanh nghiệp tỉnh"),
        ("ĐU Khối DN", "khoi-doanh-nghiep", "Đảng ủy Khối Doanh nghiệp tỉnh"),
        ("Khối DN", "khoi-doanh-nghiep", "Đảng ủy Khối Doanh nghiệp tỉnh"),
        ("ĐUK Doanh nghiệp", "khoi-doanh-nghiep", "Đảng ủy Khối Doanh nghiệp tỉnh"),
        ("khoi doanh nghiep", "khoi-doanh-nghiep", "Đảng ủy Khối Doanh nghiệp tỉnh"),
        (
            "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh",
            "khoi-co-quan-doanh-nghiep",
            "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh",
        ),
        ("Đảng ủy các cơ quan Đảng tỉnh", "co-quan-dang", "Đảng ủy các cơ quan Đảng tỉnh"),
        ("DUK", "khoi", "Đảng ủy Khối"),
        ("Thành ủy Cần Thơ", "thanh-uy", "Thành ủy Cần Thơ"),
        ("Huyện ủy Đức Trọng", "huyen-uy", "Huyện ủy Đức Trọng"),
        ("Tỉnh ủy Nghệ An", "tinh-uy", "Tỉnh ủy Nghệ An"),
        ("Quận ủy Ba Đình", "quan-uy", "Quận ủy Ba Đình"),
        ("Đảng ủy xã Cư Pui", "dang-uy-xa", "Đảng ủy xã Cư Pui"),
    ],
)
def test_find_bodies(text: str, key: str, display: str) -> None:
    found = find_bodies(text)
    assert [(b.key, b.display) for b in found] == [(key, display)]


def test_body_with_its_province() -> None:
    found = find_bodies("Chiều 12/7, Đảng bộ Khối Doanh nghiệp thành phố Cần Thơ tổ chức hội nghị")
    assert [(b.key, b.level, b.province) for b in found] == [("khoi-doanh-nghiep", "thanh-pho", "Cần Thơ")]
    found = find_bodies("dang uy khoi cac co quan quang ninh quy 2")
    assert [(b.key, b.province) for b in found] == [("khoi-co-quan", "Quảng Ninh")]


@pytest.mark.parametrize(
    "text",
    [
        "Đồng chí Lê Văn An, Tỉnh ủy viên, phát biểu",
        "Quân ủy Trung ương",
        "khởi công dự án",
        "Báo cáo số 126-BC/ĐUK",
    ],
)
def test_not_bodies(text: str) -> None:
    assert find_bodies(text) == []


def test_body_display() -> None:
    assert body_display("khoi-co-quan", "thanh-pho") == "Đảng ủy Khối các cơ quan thành phố"
    assert body_display("khoi-doanh-nghiep") == "Đảng ủy Khối Doanh nghiệp tỉnh"
    assert body_display("huyen-uy", place="Nghi Lộc") == "Huyện ủy Nghi Lộc"
    assert body_display("unknown") == ""
