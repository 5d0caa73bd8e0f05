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
from typing import Any

from domain.candidate import REQUIRED_FIELDS
from domain.regions import iter_regions

# The required columns, in the validator's order, then the optional ones the generator fills.
COLUMNS = (
    *REQUIRED_FIELDS,
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


def wire_candidate(nik: str, **overrides: Any) -> dict[str, Any]:
    """One valid candidate in wire form (docs/contract/SYNC_PROTOCOL.md), as a device pushes it; the central
    service's tests and benchmark vary it with `overrides`."""
    return {
        "registration_no": "26-ABCDEF-00001",
        "nik": nik,
        "full_name": "Siti Aminah",
        "birth_place": "Serang",
        "birth_date": "1999-05-15",
        "sex": "F",
        "phone": "+6281234567890",
        "village_code": "3601012001",
        "address_line": "Kp. Cibeureum RT 01/02",
        "heir_name": "Ahmad",
        "heir_relationship": "suami",
        "scheme": "p_to_p",
        "destination_country": "MY",
        "sector": "informal",
        "job_position": "Penata laksana rumah tangga",
        "documents": {"ktp": True, "kk": True},
        "status": "registered",
        "registered_at": "2026-11-20T02:00:00Z",
        "registered_by": "operator1",
        **overrides,
    }


def form_candidate(**overrides: Any) -> dict[str, Any]:
    """One registration as a clerk types it (or an import row writes it) that passes every rule
    on 2026-11-27; tests and the screenshots vary it with `overrides`."""
    return {
        "nik": "3601015505990001",
        "full_name": "Siti Aminah",
        "birth_place": "Serang",
        "birth_date": "1999-05-15",
        "sex": "F",
        "phone": "081234567890",
        "village_code": "3601012001",
        "address_line": "Kp. Cibeureum RT 01/02",
        "destination_country": "MY",
        "scheme": "p_to_p",
        "sector": "informal",
        "job_position": "Penata laksana rumah tangga",
        "heir_name": "Ahmad",
        "heir_relationship": "suami",
        "documents": "ktp;kk",
        **overrides,
    }


# Sample placement companies (P3MI): `loket-central p3mi import` columns. Invented names and
# licence numbers (the demo, tests); the last one has lost its licence.
P3MI_COLUMNS = ("name", "licence_no", "address", "active")
P3MI_COMPANIES = (
    ("PT Sinar Harapan Mandiri", "KEP.101/PPTKIS/2021", "Jl. Raya Serang Km 5, Kota Serang", "true"),
    ("PT Bina Karya Sejahtera", "KEP.214/PPTKIS/2022", "Jl. Ahmad Yani 12, Kota Cilegon", "true"),
    ("PT Mitra Tenaga Nusantara", "KEP.318/PPTKIS/2020", "Jl. Veteran 8, Kab. Pandeglang", "true"),
    ("PT Cahaya Abadi Internasional", "KEP.422/PPTKIS/2023", "Jl. Sudirman 45, Kota Tangerang", "true"),
    ("PT Duta Pekerja Migran", "KEP.537/PPTKIS/2019", "Jl. Diponegoro 3, Kab. Lebak", "true"),
    ("PT Lintas Samudra Jaya", "KEP.066/PPTKIS/2018", "Jl. Pelabuhan 21, Kota Cilegon", "false"),
)


def write_p3mi_csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(P3MI_COLUMNS)
        writer.writerows(P3MI_COMPANIES)
    return path
