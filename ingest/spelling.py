"""Vietnamese spelling check: is a word one valid syllable, how Vietnamese does a text read.

Used to pick the right 8-bit decoding of a legacy file: the candidate whose non-ASCII words
are most often valid syllables wins.
"""

from __future__ import annotations

import re
import unicodedata

from ingest.text import TONE_MARKS

_TONE_SET = frozenset(TONE_MARKS)
_ONSETS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
_RIMES = (
    "a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây "
    "e ec em en eng eo ep et ê êch êm ên ênh êp êt êu i ia ich iêc iêm iên iêng iêp iêt iêu "
    "im in inh ip it iu o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng "
    "oăt oc oe oen oeo oet oi om on ong ooc oong op ot ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt "
    "u ua uân uâng uât uây uc uê uêch uênh ui um un ung uơ uôc uôi uôm uôn uông uôt up ut uy "
    "uya uych uyên uyêt uynh uyt uyu ư ưa ưc ưi ưm ưn ưng ươc ươi ươm ươn ương ươp ươt ươu ưt "
    "ưu y yêm yên yêng yêt yêu"
).split()
_SYLLABLE = re.compile(f"(?:{_ONSETS})?(?:{'|'.join(sorted(_RIMES, key=len, reverse=True))})", re.IGNORECASE)
_EDGE_PUNCT = "\"'()[]{}<>.,;:!?“”‘’«»…–—-/\\|*#"


def split_tones(text: str) -> tuple[str, str]:
    """``text`` without its tone marks (NFC), and the tone marks it had, in order."""
    decomposed = unicodedata.normalize("NFD", text)
    tones = "".join(c for c in decomposed if c in _TONE_SET)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_SET))
    return base, tones


def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` spells one Vietnamese syllable (at most one tone mark)."""
    bare, tones = split_tones(word.lower())
    if len(tones) > 1:
        return False
    return _SYLLABLE.fullmatch(bare) is not None


def vietnamese_score(text: str) -> tuple[float, int]:
    """Share of non-ASCII words that are valid syllables, and how many such words there are."""
    words = [w.strip(_EDGE_PUNCT) for w in text.split()]
    candidates = [w for w in words if w and not w.isascii()]
    if not candidates:
        return 0.0, 0
    valid = sum(1 for w in candidates if is_vietnamese_syllable(w))
    return valid / len(candidates), len(candidates)
