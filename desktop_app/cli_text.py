"""Messages of the `loket` command line, in Indonesian (default) and English.

The command line runs without Qt (a `loket status` from a scheduler should not load it), so
its sentences live in this small catalogue; the window's strings go through Qt's translator.
"""

from __future__ import annotations

from typing import Any

TEXT: dict[str, tuple[str, str]] = {
    "bug": (
        "Terjadi kesalahan tak terduga; rinciannya dicatat di {log}. Hubungi administrator.",
        "An unexpected error occurred; the details are in {log}. Contact your administrator.",
    ),
    "db_damaged": (
        "Berkas basis data {path} rusak atau bukan basis data Loket PMI. Pulihkan cadangan terbaru dari {backups}.",
        "The database file {path} is damaged or not a Loket PMI database. "
        "Restore the latest backup from {backups}.",
    ),
    "db_unwritable": (
        "Folder data {path} tidak dapat ditulis. Periksa izin folder atau ruang disk.",
        "The data folder {path} cannot be written. Check the folder's permissions or free disk space.",
    ),
    "disk_full": (
        "Disk penuh; tidak ada data yang hilang. Kosongkan ruang disk lalu ulangi.",
        "The disk is full; no data was lost. Free some disk space and try again.",
    ),
    "unknown_user": (
        "Pengguna {user} tidak ada atau tidak aktif. Gunakan nama pengguna staf yang aktif.",
        "User {user} does not exist or is not active. Use an active staff username.",
    ),
    "viewer_cannot_write": (
        "Pengguna {user} berperan peninjau dan tidak boleh mengubah data.",
        "User {user} has the viewer role and may not change records.",
    ),
    "user_added": ("Akun {user} ({role}) dibuat.", "Account {user} ({role}) created."),
    "username_invalid": (
        "Nama pengguna harus 2–64 huruf kecil, angka, titik, garis bawah atau tanda hubung.",
        "A username is 2–64 lower-case letters, digits, dots, underscores or hyphens.",
    ),
    "user_exists": ("Pengguna {user} sudah ada.", "User {user} already exists."),
    "password_too_short": ("Kata sandi minimal 8 karakter.", "The password needs at least 8 characters."),
    "password_weak": (
        "Kata sandi terlalu lemah: jangan sama dengan nama pengguna, gunakan campuran karakter.",
        "The password is too weak: do not reuse the username; mix different characters.",
    ),
    "password_mismatch": ("Kedua kata sandi tidak sama.", "The two passwords differ."),
    "password_missing": ("Kata sandi tidak diberikan.", "No password was given."),
    "password_prompt": ("Kata sandi: ", "Password: "),
    "password_again": ("Ulangi kata sandi: ", "Repeat the password: "),
    "import_done": (
        "Diimpor {imported}, sudah terdaftar {present}, ditolak {rejected}.",
        "Imported {imported}, already registered {present}, rejected {rejected}.",
    ),
    "import_rejects": ("Alasan per baris: {path}", "Row-by-row reasons: {path}"),
    "import_cancelled": (
        "Impor dihentikan; baris yang sudah disimpan tetap utuh.",
        "Import stopped; rows saved so far are complete.",
    ),
    "file_missing": ("Berkas {detail} tidak ditemukan.", "File {detail} was not found."),
    "file_unsupported_type": (
        "Jenis berkas {detail} tidak didukung; gunakan .csv atau .xlsx.",
        "File type {detail} is not supported; use .csv or .xlsx.",
    ),
    "file_empty": ("Berkas kosong.", "The file is empty."),
    "file_binary": (
        "Berkas bukan teks CSV (berisi data biner). Simpan ulang sebagai CSV UTF-8 atau .xlsx.",
        "The file is not CSV text (it contains binary data). Save it again as UTF-8 CSV or .xlsx.",
    ),
    "file_not_utf8": (
        'Berkas CSV tidak berenkode UTF-8. Simpan ulang sebagai "CSV UTF-8".',
        'The CSV file is not UTF-8 encoded. Save it again as "CSV UTF-8".',
    ),
    "file_no_header": (
        "Baris pertama harus berisi nama kolom.",
        "The first line must hold the column names.",
    ),
    "file_csv_broken": ("Berkas CSV rusak ({detail}).", "The CSV file is broken ({detail})."),
    "file_xlsx_broken": (
        "Berkas .xlsx rusak atau bukan lembar kerja Excel.",
        "The .xlsx file is broken or not an Excel workbook.",
    ),
    "file_unknown_column": (
        "Kolom tidak dikenal: {detail}. Perbaiki nama kolom; tidak ada baris yang diimpor.",
        "Unknown column: {detail}. Fix the column name; no row was imported.",
    ),
    "file_missing_columns": (
        "Kolom wajib tidak ada: {detail}. Tidak ada baris yang diimpor.",
        "Required columns are missing: {detail}. No row was imported.",
    ),
    "file_reader_failed": (
        "Berkas tidak dapat dibaca sampai selesai.",
        "The file could not be read to the end.",
    ),
    "export_done": ("{count} baris ditulis ke {path}.", "{count} rows written to {path}."),
    "export_unsupported_type": (
        "Jenis berkas {detail} tidak didukung; gunakan .csv atau .xlsx.",
        "File type {detail} is not supported; use .csv or .xlsx.",
    ),
    "export_unwritable": ("Berkas {detail} tidak dapat ditulis.", "File {detail} cannot be written."),
    "backup_done": ("Cadangan ditulis ke {path}.", "Backup written to {path}."),
    "backup_failed": ("Cadangan tidak dapat ditulis ke {path}.", "The backup cannot be written to {path}."),
    "check_ok": ("Basis data sehat.", "The database is healthy."),
    "check_problems": (
        "Ditemukan {count} masalah; buat cadangan dan hubungi administrator.",
        "{count} problems found; make a backup and contact your administrator.",
    ),
    "status_line": (
        "menunggu {pending}, terkirim {sent}, perlu perhatian {rejected}, konflik {conflict}, "
        "tertahan {waiting}; sinkron terakhir {last_sync_at}",
        "pending {pending}, sent {sent}, needs attention {rejected}, conflict {conflict}, "
        "waiting {waiting}; last sync {last_sync_at}",
    ),
    "never": ("belum pernah", "never"),
    # loket enroll, loket sync (desktop_app/commands_sync.py)
    "enrolled": (
        "PC ini terdaftar di kantor {office} ({name}).",
        "This PC is enrolled with office {office} ({name}).",
    ),
    "code_refused": (
        "Kode pendaftaran ditolak (salah, kedaluwarsa, atau sudah dipakai). "
        "Minta kode baru ke operator pusat.",
        "The enrolment code was refused (wrong, expired or already used). "
        "Ask the central operator for a new one.",
    ),
    "bad_url": (
        "Alamat server {url} tidak dapat dipakai: gunakan https://, atau http:// hanya untuk komputer ini.",
        "The server address {url} cannot be used: use https://, or http:// only for this computer.",
    ),
    "unreachable": (
        "Server pusat {url} tidak dapat dihubungi; data tetap tersimpan dan akan dikirim nanti.",
        "The central service {url} cannot be reached; records stay queued and will be sent later.",
    ),
    "not_enrolled": (
        "PC ini belum terdaftar di server pusat. Jalankan dulu: loket enroll --server URL --code KODE.",
        "This PC is not enrolled with the central service. Run first: loket enroll --server URL --code CODE.",
    ),
    "token_refused": (
        "Server pusat menolak pendaftaran PC ini (dicabut atau diganti). "
        "Daftarkan ulang dengan loket enroll.",
        "The central service refused this PC's enrolment (revoked or replaced). "
        "Enrol again with loket enroll.",
    ),
    "server_refused": (
        "Server pusat menolak permintaan ({code}). Hubungi administrator.",
        "The central service refused the request ({code}). Contact your administrator.",
    ),
    "needs_person": (
        "{count} rekaman perlu diperiksa petugas (ditolak atau konflik); lihat daftar di aplikasi.",
        "{count} records need a person (rejected or in conflict); see the list in the application.",
    ),
    "not_finished": (
        "Sinkronisasi berhenti sebelum selesai; {pending} rekaman masih antre. Ulangi loket sync.",
        "Sync stopped before it finished; {pending} records are still queued. Run loket sync again.",
    ),
}


class Messages:
    def __init__(self, lang: str) -> None:
        self._index = 1 if lang == "en" else 0
        self.lang = "en" if lang == "en" else "id"

    def __call__(self, key: str, **params: Any) -> str:
        return TEXT[key][self._index].format(**params)
