"""Rule violations: a stable code, the field it concerns, and a message in Indonesian and English.

The domain has no Qt, so its messages are a small bilingual catalogue here; the UI picks the
language. The same code means the same thing on the desktop and on the central service, and
this is the one catalogue of both: the codes only the central service gives (SYNC_PROTOCOL.md's
rejection codes) are here too, so a refusal is shown in the clerk's language. A code this
catalogue does not know (a newer server) is shown with the server's own message.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any, Literal

Lang = Literal["id", "en"]

# code -> (Indonesian, English). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("Wajib diisi.", "This field is required."),
    "too_long": (
        "Terlalu panjang (paling banyak {max} karakter).",
        "Too long (at most {max} characters).",
    ),
    "invalid": ("Nilai tidak valid.", "Invalid value."),
    "too_large": (
        "Data terlalu besar untuk disimpan server pusat (paling banyak {max_bytes} bita).",
        "Too large for the central service to store (at most {max_bytes} bytes).",
    ),
    "invalid_choice": ("Pilihan tidak dikenal: {value}.", "Unknown choice: {value}."),
    "nik_format": ("NIK harus 16 digit angka.", "The NIK must be 16 digits."),
    "nik_province": (
        "Kode provinsi {code} pada NIK tidak dikenal.",
        "Unknown province code {code} in the NIK.",
    ),
    "nik_region_zero": (
        "Kode kabupaten/kota dan kecamatan pada NIK tidak boleh 00.",
        "The regency and district codes in a NIK cannot be 00.",
    ),
    "nik_birth_date": (
        "Tanggal lahir yang tertanam di NIK tidak ada di kalender.",
        "The birth date inside the NIK is not a real date.",
    ),
    "nik_serial": ("Nomor urut NIK tidak boleh 0000.", "The NIK serial number cannot be 0000."),
    "nik_region_unknown": (
        "Kode wilayah NIK {code} tidak ada di data Kemendagri terbaru (mungkin kode lama sebelum pemekaran).",
        "Region code {code} of the NIK is not in the current Kemendagri table "
        "(it may be an old code from before a region split).",
    ),
    "nik_birth_date_mismatch": (
        "Tanggal lahir di NIK ({nik_date}) berbeda dengan tanggal lahir yang diisi.",
        "The birth date in the NIK ({nik_date}) differs from the one entered.",
    ),
    "nik_sex_mismatch": (
        "Jenis kelamin menurut NIK berbeda dengan yang diisi.",
        "The sex encoded in the NIK differs from the one entered.",
    ),
    "kk_format": (
        "Nomor KK harus 16 digit angka.",
        "The family card (KK) number must be 16 digits.",
    ),
    "date_format": (
        "Tanggal tidak dikenali (gunakan TTTT-BB-HH atau HH-BB-TTTT).",
        "Date not recognised (use YYYY-MM-DD or DD-MM-YYYY).",
    ),
    "date_future": ("Tanggal tidak boleh di masa depan.", "The date cannot be in the future."),
    "under_age": (
        "Umur pada saat pendaftaran {age} tahun; minimal {min_age} tahun untuk skema ini.",
        "Age at registration is {age}; the minimum for this scheme is {min_age}.",
    ),
    "implausible_age": ("Umur {age} tahun tidak masuk akal.", "An age of {age} is not plausible."),
    "phone_invalid": (
        "Nomor telepon tidak valid (contoh: 0812 3456 7890).",
        "Invalid phone number (example: 0812 3456 7890).",
    ),
    "email_invalid": ("Alamat email tidak valid.", "Invalid email address."),
    "village_format": (
        "Kode desa/kelurahan harus 10 digit.",
        "The village code must have 10 digits.",
    ),
    "village_unknown": (
        "Kode desa/kelurahan {code} tidak ada di data Kemendagri.",
        "Village code {code} is not in the Kemendagri table.",
    ),
    "country_unknown": (
        "Negara tujuan tidak dikenal: {value}.",
        "Unknown destination country: {value}.",
    ),
    "country_is_home": (
        "Negara tujuan penempatan tidak boleh Indonesia.",
        "The destination country cannot be Indonesia.",
    ),
    "documents_invalid": (
        "Daftar dokumen tidak valid: {value}.",
        "Invalid document list: {value}.",
    ),
    "uuid_invalid": ("Pengenal rekaman tidak valid.", "Invalid record identifier."),
    "nik_duplicate": (
        "NIK ini sudah terdaftar (nomor pendaftaran {registration_no}).",
        "This NIK is already registered (registration number {registration_no}).",
    ),
    "same_person_other_nik": (
        "Orang dengan nama dan tanggal lahir yang sama sudah terdaftar dengan NIK lain ({nik}).",
        "A person with the same name and birth date is already registered under another NIK ({nik}).",
    ),
    "time_order": ("Waktu selesai harus setelah waktu mulai.", "The end must be after the start."),
    "not_positive": ("Harus lebih besar dari 0.", "Must be greater than 0."),
    "attendance_duplicate": (
        "Calon ini sudah punya catatan kehadiran di sesi ini; ubah catatan itu.",
        "This candidate already has an attendance record in this session; change that record.",
    ),
    "unknown_column": ("Kolom tidak dikenal: {column}.", "Unknown column: {column}."),
    "cell_too_large": ("Isi sel terlalu besar.", "The cell content is too large."),
    "extra_values": (
        "Baris ini berisi lebih banyak nilai daripada kolom judul.",
        "This row has more values than the header has columns.",
    ),
    "p3mi_unknown": (
        "Perusahaan penempatan dengan nomor izin {value} tidak dikenal.",
        "No placement company with licence number {value} is known.",
    ),
    "already_registered_differs": (
        "NIK sudah terdaftar ({registration_no}); isian berbeda pada: {columns}. Baris tidak diimpor.",
        "The NIK is already registered ({registration_no}); these columns differ: {columns}. "
        "The row was not imported.",
    ),
    # Codes only the central service gives (SYNC_PROTOCOL.md, "Rejection codes").
    "unknown_reference": (
        "Rekaman yang dirujuk belum ada di server pusat.",
        "The record this refers to is not on the central service.",
    ),
    "forbidden": ("Rekaman ini milik kantor lain.", "This record belongs to another office."),
    "nik_registered_elsewhere": (
        "NIK ini sudah terdaftar aktif di kantor lain ({office_code}).",
        "Another office ({office_code}) holds an active registration with this NIK.",
    ),
    "capacity_exceeded": (
        "Kapasitas sesi OPP ({capacity}) sudah terpenuhi peserta yang hadir.",
        "The OPP session's capacity ({capacity}) is already reached by present participants.",
    ),
}
SERVER_CODES = frozenset(
    (
        "invalid",
        "unknown_reference",
        "forbidden",
        "nik_registered_elsewhere",
        "capacity_exceeded",
    )
)


class _Params(dict[str, Any]):
    """A placeholder the server did not fill (its `details` are optional) shows as a dash."""

    def __missing__(self, key: str) -> str:
        return "-"


@dataclass(frozen=True, slots=True)
class Issue:
    """One broken rule (an error) or one thing a clerk should look at (a warning)."""

    field: str | None
    code: str
    params: dict[str, Any] = dc_field(default_factory=dict, compare=False)
    server_text: str | None = dc_field(default=None, compare=False)  # the server's own message

    def message(self, lang: Lang = "id") -> str:
        if self.code not in MESSAGES and self.server_text:
            return self.server_text
        id_text, en_text = MESSAGES.get(self.code, MESSAGES["invalid"])
        text = id_text if lang == "id" else en_text
        try:
            return text.format_map(_Params({k: v for k, v in self.params.items() if v is not None}))
        except (IndexError, ValueError):
            return text

    def as_wire(self) -> dict[str, Any]:
        """The protocol's error shape: field, code and an English message."""
        return {"field": self.field, "code": self.code, "message": self.message("en")}


def message_for(code: str, lang: Lang = "id", **params: Any) -> str:
    return Issue(None, code, params).message(lang)
