"""Candidate field names in Indonesian and English, for sentences written outside the window
(the import's rejects file, the command line). The window has its own, translated by Qt
(ui/labels.py); `tests/domain/test_field_names.py` keeps the two lists of fields the same."""

from __future__ import annotations

from domain.issues import Issue, Lang

FIELD_NAMES: dict[str, tuple[str, str]] = {
    "nik": ("NIK", "NIK"),
    "kk_number": ("Nomor KK", "Family card no."),
    "full_name": ("Nama lengkap", "Full name"),
    "birth_place": ("Tempat lahir", "Place of birth"),
    "birth_date": ("Tanggal lahir", "Date of birth"),
    "sex": ("Jenis kelamin", "Sex"),
    "religion": ("Agama", "Religion"),
    "marital_status": ("Status perkawinan", "Marital status"),
    "education": ("Pendidikan", "Education"),
    "phone": ("Telepon", "Phone"),
    "email": ("Email", "Email"),
    "village_code": ("Desa/kelurahan", "Village"),
    "address_line": ("Alamat", "Address"),
    "heir_name": ("Kontak keluarga", "Family contact"),
    "heir_relationship": ("Hubungan", "Relationship"),
    "heir_phone": ("Telepon keluarga", "Family contact phone"),
    "scheme": ("Skema penempatan", "Placement scheme"),
    "destination_country": ("Negara tujuan", "Destination country"),
    "sector": ("Sektor", "Sector"),
    "job_position": ("Jabatan", "Job position"),
    "employer_name": ("Pemberi kerja", "Employer"),
    "p3mi_id": ("Perusahaan penempatan", "Placement company"),
    "p3mi_licence_no": ("Nomor izin P3MI", "P3MI licence no."),
    "documents": ("Dokumen", "Documents"),
    "status": ("Status", "Status"),
    "registration_no": ("Nomor pendaftaran", "Registration no."),
    "registered_at": ("Waktu pendaftaran", "Registered at"),
    "registered_by": ("Didaftarkan oleh", "Registered by"),
}


def field_name(field: str, lang: Lang) -> str:
    """The field's name in `lang`; an unknown field keeps its code."""
    names = FIELD_NAMES.get(field)
    return (names[1] if lang == "en" else names[0]) if names else field


def field_names(fields: list[str], lang: Lang) -> str:
    return ", ".join(field_name(f, lang) for f in fields)


def row_message(issue: Issue, lang: Lang) -> str:
    """An issue as one line of the rejects file: the field's name, then what is wrong."""
    text = issue.message(lang)
    return f"{field_name(issue.field, lang)}: {text}" if issue.field else text
