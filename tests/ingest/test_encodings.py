"""Vietnamese encoding detection and the legacy TCVN3 / VNI / CP1258 decoders."""

from __future__ import annotations

import codecs
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.errors import LoadError
from ingest.encodings import (
    decode_bytes,
    decode_cp1258,
    decode_tcvn3,
    decode_vni,
    encode_text,
    is_vietnamese_syllable,
    vietnamese_score,
)
from tests.ingest.builders import shared_dir

SHARED = shared_dir()
SHARED_DOCS = SHARED / "corpus/dev/docs" if SHARED else Path("/nonexistent")

# Byte sequences written by hand from the published code tables, not produced by our encoder.
TCVN3_WORDS = [
    (b"\xa7\xb6ng", "Đảng"),
    (b"Vi\xd6t Nam", "Việt Nam"),
    (b"Th\xad\xeang v\xf4", "Thường vụ"),
    (b"H\xe9i ngh\xde", "Hội nghị"),
    (b"B\xdd th\xad \xa7\xb6ng \xf1y", "Bí thư Đảng ủy"),
    (b"\xae\xb7 k\xd5t n\xb9p", "đã kết nạp"),
    (b"quy\xd5t \xae\xdenh", "quyết định"),
    (b"nh\xf7ng ng\xad\xeai \xadu t\xf3", "những người ưu tú"),
    (b"\xa7\xb6NG B\xe9", "ĐẢNG BỘ"),
    (b"n\xa8m h\xe4c m\xedi", "năm học mới"),
    (b"ch\xd9nh", "ch\xd9nh"),  # 0xD9 is no TCVN3 letter: read as Windows-1252
]
VNI_WORDS = [
    (b"Vie\xe4t Nam", "Việt Nam"),
    (b"\xd1a\xfbng", "Đảng"),
    (b"Co\xe4ng ho\xf8a xa\xf5 ho\xe4i chu\xfb ngh\xf3a", "Cộng hòa xã hội chủ nghĩa"),
    (b"\xd1o\xe4c la\xe4p - T\xf6\xef do - Ha\xefnh phu\xf9c", "Độc lập - Tự do - Hạnh phúc"),
    (b"th\xf6\xf4\xf8ng xuye\xe2n", "thường xuyên"),
    (b"\xd1A\xdbNG BO\xc4 TA\xcf", "ĐẢNG BỘ TẠ"),
    (b"Tha\xe9ng l\xf4\xefi", "Thắng lợi"),
    (b"Ho\xe0 Ch\xed Minh", "Hồ Chí Minh"),
    (b"ke\xe1t na\xefp \xf1a\xfbng vie\xe2n", "kết nạp đảng viên"),
    (b"ta\xf8i lie\xe4u", "tài liệu"),
    (b"\xee", "ỵ"),
]
CP1258_WORDS = [
    (b"Vi\xea\xf2t Nam", "Việt Nam"),
    (b"\xd0a\xd2ng u\xd2y", "Đảng ủy"),
    (b"th\xfd\xf5\xccng xuy\xean", "thường xuyên"),
    (b"\xe0 \xe1", "à á"),
    (b"\xe2\xccn", "ần"),
]

SAMPLE = (
    "Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng quý III. "
    "Ủy ban Kiểm tra đã kiểm tra 18 tổ chức đảng và 52 đảng viên; thi hành kỷ luật 2 đảng "
    "viên. Ở nhiều nơi, việc học tập nghị quyết được triển khai nghiêm túc, hiệu quả.\n"
    "Những người ưu tú được kết nạp vào Đảng; số đảng viên mới đạt 104,9% kế hoạch năm."
)


@pytest.mark.parametrize(("data", "expected"), TCVN3_WORDS)
def test_tcvn3_known_bytes(data: bytes, expected: str) -> None:
    assert decode_tcvn3(data) == expected


@pytest.mark.parametrize(("data", "expected"), VNI_WORDS)
def test_vni_known_bytes(data: bytes, expected: str) -> None:
    assert decode_vni(data) == expected


@pytest.mark.parametrize(("data", "expected"), CP1258_WORDS)
def test_cp1258_known_bytes_compose_to_nfc(data: bytes, expected: str) -> None:
    decoded = decode_cp1258(data)
    assert decoded == expected
    assert unicodedata.is_normalized("NFC", decoded)


def _tcvn3_letter(byte: int) -> str:
    # Decoded after a letter: a lone toned vowel would open a sentence and be capitalised.
    return decode_tcvn3(b"x" + bytes([byte]))[1:]


def test_tcvn3_agrees_with_glibc_iconv() -> None:
    """glibc's TCVN5712-1 table is an independent reference for the TCVN3 letters."""
    iconv = shutil.which("iconv")
    if iconv is None:
        pytest.skip("iconv is not installed")
    table = [b for b in range(0xA1, 0x100) if _tcvn3_letter(b) != bytes([b]).decode("cp1252")]
    run = subprocess.run([iconv, "-f", "TCVN5712-1", "-t", "UTF-8"], input=bytes(table), capture_output=True)
    if run.returncode:
        pytest.skip("iconv has no TCVN5712-1 converter")
    reference = unicodedata.normalize("NFC", run.stdout.decode("utf-8"))
    assert [_tcvn3_letter(b) for b in table] == list(reference)
    # 66 non-ASCII lower-case vowels + đ + 7 capitals, less ý (0xFD is ý in Windows-1252 too)
    assert len(table) == 66 + 1 + 7 - 1


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258", "tcvn3", "vni"])
def test_roundtrip_and_detection(encoding: str) -> None:
    text, found = decode_bytes(encode_text(SAMPLE, encoding))
    assert text == SAMPLE
    assert found == encoding


@pytest.mark.parametrize(
    ("codec", "bom"), [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)]
)
def test_utf16_with_and_without_bom(codec: str, bom: bytes) -> None:
    raw = SAMPLE.encode(codec)
    assert decode_bytes(bom + raw) == (SAMPLE, "utf-16")
    assert decode_bytes(raw) == (SAMPLE, "utf-16")


def test_nfd_input_comes_out_composed() -> None:
    nfd = unicodedata.normalize("NFD", SAMPLE)
    assert nfd != SAMPLE
    assert decode_bytes(nfd.encode("utf-8")) == (SAMPLE, "utf-8")


def test_tcvn3_capitals_are_restored_in_upper_case_words() -> None:
    text = "BÁO CÁO TỔNG KẾT. Bài, ảnh: THANH TÂM. Ủy ban họp."
    assert decode_tcvn3(encode_text(text, "tcvn3")) == text


def test_pure_ascii_is_utf8() -> None:
    assert decode_bytes(b"Bao cao tong ket nam 2023\n") == ("Bao cao tong ket nam 2023\n", "utf-8")


def test_a_few_damaged_utf8_bytes_do_not_switch_encoding() -> None:
    data = (SAMPLE * 20).encode("utf-8") + b"\xff"
    text, encoding = decode_bytes(data)
    assert encoding == "utf-8"
    assert text.startswith(SAMPLE)


def test_binary_garbage_is_refused() -> None:
    garbage = bytes((i * 7919 + 13) % 256 for i in range(4000))
    with pytest.raises(LoadError) as info:
        decode_bytes(garbage)
    assert info.value.reason == "encoding"
    assert "UTF-8" in str(info.value)


def test_high_bytes_that_spell_no_vietnamese_are_refused() -> None:
    data = bytes(range(0xC0, 0x100)) * 8 + b" " + bytes(range(0xA0, 0xC0)) * 8
    spaced = b" ".join(data[i : i + 5] for i in range(0, len(data), 5))
    with pytest.raises(LoadError) as info:
        decode_bytes(spaced)
    assert info.value.reason == "encoding"


@pytest.mark.parametrize(
    "word", ["nghiêng", "Khuya", "thuở", "gì", "giữ", "quốc", "ĐẢNG", "hoà", "hòa", "ươn", "Yên"]
)
def test_valid_syllables(word: str) -> None:
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize("word", ["§¶ng", "thêi", "Äáº£ng", "café", "ngf", "bàá", "strength"])
def test_invalid_syllables(word: str) -> None:
    assert not is_vietnamese_syllable(word)


def test_score_counts_only_non_ascii_words() -> None:
    assert vietnamese_score("BCH UBKT 2023") == (0.0, 0)
    share, count = vietnamese_score("Đảng ủy, “Khối” §¶ng")
    assert count == 4
    assert share == pytest.approx(3 / 4)


_WORDS = (
    "đảng ủy khối cơ quan tỉnh hội nghị sơ kết công tác xây dựng quý kết nạp đảng viên mới "
    "được những người ưu tú kiểm tra giám sát thi hành kỷ luật nghị quyết học tập phấn đấu "
    "hoàn thành chỉ tiêu nhiệm vụ trọng tâm ở ấy ừ ý ưng ồn ủy ỷ lại"
).split()


@st.composite
def sentences(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(2, 5))):
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=6, max_size=14))
        words[0] = words[0][0].upper() + words[0][1:]
        parts.append(" ".join(words) + draw(st.sampled_from([".", "!", "?"])))
    return " ".join(parts)


@settings(max_examples=60, deadline=None)
@given(text=sentences(), encoding=st.sampled_from(["utf-8", "utf-16", "cp1258", "tcvn3", "vni"]))
def test_any_vietnamese_text_roundtrips(text: str, encoding: str) -> None:
    assert decode_bytes(encode_text(text, encoding)) == (text, encoding)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_decode_never_crashes(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data)
    except LoadError as err:
        assert err.reason == "encoding"
    else:
        assert unicodedata.is_normalized("NFC", text)
        assert encoding in ("utf-8", "utf-8-sig", "utf-16", "cp1258", "tcvn3", "vni")


@pytest.mark.shared
@pytest.mark.parametrize(
    ("name", "expected"),
    [("w1_10_can-tho_2022-q3.txt", "cp1258"), ("w2_09_binh-duong_2024-q2.txt", "tcvn3")],
)
def test_shared_legacy_files_decode(name: str, expected: str) -> None:
    path = SHARED_DOCS / name
    if not path.exists():
        pytest.skip("shared corpus not available")
    text, encoding = decode_bytes(path.read_bytes())
    assert encoding == expected
    share, count = vietnamese_score(text)
    assert count > 300 and share > 0.97
    assert "Đảng ủy Khối" in text and "đảng viên" in text
