"""Deterministic generator of valid candidate rows (import-file columns) for tests and benchmarks.

NIKs are structurally valid and unique, their region is the district of the village, their
embedded birth date and sex agree with the declared ones, and every applicant is an adult on
2026-11-27.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

from domain.regions import iter_regions

COLUMNS = (
    "nik",
    "full_name",
    "birth_place",
    "birth_date",
    "sex",
    "phone",
    "village_code",
    "address_line",
    "destination_country",
    "scheme",
    "sector",
    "job_position",
    "heir_name",
    "heir_relationship",
    "marital_status",
    "education",
    "documents",
)
FIRST = (
    "Siti",
    "Nur",
    "Dewi",
    "Sri",
    "Ayu",
    "Budi",
    "Agus",
    "Ahmad",
    "Rina",
    "Wati",
    "Eko",
    "Dian",
    "Fitri",
    "Indah",
    "Joko",
    "Lestari",
    "Putri",
    "Rizky",
    "Yuni",
    "Hendra",
)
LAST = (
    "Aminah",
    "Santoso",
    "Rahayu",
    "Wulandari",
    "Saputra",
    "Hidayat",
    "Kusuma",
    "Pratama",
    "Susanti",
    "Setiawan",
    "Nurhaliza",
    "Purnama",
    "Handayani",
    "Gunawan",
    "Maharani",
)
COUNTRIES = ("MY", "TW", "HK", "SG", "SA", "KR", "JP", "AE")


def village_codes(limit: int = 2000, seed: int = 7) -> list[str]:
    villages = [r.code for r in iter_regions() if r.level == 4]
    return random.Random(seed).sample(villages, limit)


def generate_rows(count: int, seed: int = 1, villages: list[str] | None = None) -> Iterator[dict[str, str]]:
    rnd = random.Random(seed)
    villages = villages or village_codes()
    used: set[str] = set()
    produced = 0
    while produced < count:
        village = rnd.choice(villages)
        female = rnd.random() < 0.7
        birth = dt.date(1960, 1, 1) + dt.timedelta(days=rnd.randrange(0, 16_000))
        day = birth.day + (40 if female else 0)
        nik = f"{village[:6]}{day:02d}{birth.month:02d}{birth.year % 100:02d}{rnd.randrange(1, 10000):04d}"
        if nik in used:
            continue
        used.add(nik)
        produced += 1
        yield {
            "nik": nik,
            "full_name": f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {produced}",
            "birth_place": "Serang",
            "birth_date": birth.isoformat(),
            "sex": "P" if female else "L",
            "phone": f"08{rnd.randrange(11, 99)}{rnd.randrange(10**7, 10**8)}",
            "village_code": village,
            "address_line": f"Kp. Sukamaju RT {rnd.randrange(1, 20):02d}/{rnd.randrange(1, 10):02d}",
            "destination_country": rnd.choice(COUNTRIES),
            "scheme": "p_to_p",
            "sector": "informal" if female else "formal",
            "job_position": "Penata laksana rumah tangga" if female else "Operator pabrik",
            "heir_name": rnd.choice(FIRST),
            "heir_relationship": "orang tua",
            "marital_status": rnd.choice(("single", "married")),
            "education": rnd.choice(("smp", "sma", "d3")),
            "documents": "ktp;kk;akta_lahir",
        }


def write_csv(path: Path, count: int, seed: int = 1) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(generate_rows(count, seed))
    return path
