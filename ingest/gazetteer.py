"""Places and issuing bodies: one import for the ingest and query sides.

Provinces (``ingest.provinces``): the 63 units of 2021-2024 with their 2025 successors,
``find_provinces``, ``province_from_url``. Bodies (``ingest.bodies``): Party committees with
canonical keys, ``find_bodies``. Every recogniser matches accented text, the old tone placement
("uỷ", "hoà") and text typed without diacritics.
"""

from __future__ import annotations

from ingest.bodies import BodyMention, body_display, find_bodies
from ingest.provinces import (
    Province,
    ProvinceMention,
    find_provinces,
    get_province,
    province_from_url,
    province_of_place,
    provinces,
    units_2025,
)

__all__ = [
    "BodyMention",
    "Province",
    "ProvinceMention",
    "body_display",
    "find_bodies",
    "find_provinces",
    "get_province",
    "province_from_url",
    "province_of_place",
    "provinces",
    "units_2025",
]
