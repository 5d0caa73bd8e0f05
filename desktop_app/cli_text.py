"""Messages of the `loket` command line, in Indonesian (default) and English.

The command line runs without Qt (a `loket status` from a scheduler should not load it), so
its sentences live in this small catalogue; the window's strings go through Qt's translator.
"""

from __future__ import annotations

from typing import Any

from desktop_app.cli_text_keys import KEYS_TEXT
from desktop_app.cli_text_security import SECURITY_TEXT

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
        "Disk penuh di {folder}: perintah ini tidak menyimpan apa pun dan data yang sudah tersimpan "
        "utuh. Kosongkan ruang disk (misalnya cadangan lama di {backups}) lalu ulangi.",
        "The disk holding {folder} is full: this command saved nothing and the data saved before "
        "is intact. Free some disk space (old backups in {backups}, for example) and try again.",
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
    "password_too_short": ("Kata sandi minimal 10 karakter.", "The password needs at least 10 characters."),
    "password_weak": (
        "Kata sandi terlalu mudah ditebak (kata umum, deretan tombol, nama atau tanggal); "
        "pilih yang lebih panjang, misalnya tiga kata yang tidak saling berhubungan.",
        "The password is too easy to guess (a common word, a run of keys, a name or a date); "
        "choose a longer one, for example three unrelated words.",
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
    # `loket opp …` (desktop_app/commands_opp.py)
    "opp_session_created": (
        "Sesi OPP {code} dibuat (terencana): {starts} – {ends}, {capacity} kursi.",
        "OPP session {code} created (planned): {starts} – {ends}, {capacity} seats.",
    ),
    "opp_code_taken": ("Kode sesi {code} sudah dipakai.", "Session code {code} is already taken."),
    "opp_bad_time": (
        "Waktu {value} tidak dikenali; gunakan TTTT-BB-HH JJ:MM (waktu setempat).",
        "Time {value} not recognised; use YYYY-MM-DD HH:MM (local time).",
    ),
    "opp_bad_field": ("{field}: {message}", "{field}: {message}"),
    "opp_unknown_session": (
        "Sesi OPP {code} tidak ada. Lihat daftar dengan: loket opp sessions",
        "There is no OPP session {code}. List them with: loket opp sessions",
    ),
    "opp_session_closed": (
        "Sesi OPP {code} sudah ditutup; administrator dapat membukanya kembali.",
        "OPP session {code} is closed; an administrator can reopen it.",
    ),
    "opp_session_cancelled": ("Sesi OPP {code} dibatalkan.", "OPP session {code} is cancelled."),
    "opp_no_sessions": ("Belum ada sesi OPP.", "No OPP sessions yet."),
    "opp_session_line": (
        "{code}  {starts}  {status}  terdaftar {enrolled}/{capacity}, hadir {present}  {title}",
        "{code}  {starts}  {status}  enrolled {enrolled}/{capacity}, present {present}  {title}",
    ),
    "opp_enrolled": ("{ref}: terdaftar — {name} ({number})", "{ref}: enrolled — {name} ({number})"),
    "opp_already_enrolled": (
        "{ref}: sudah terdaftar — {name} ({number})",
        "{ref}: already enrolled — {name} ({number})",
    ),
    "opp_unknown_ref": (
        "{ref}: ditolak — NIK atau nomor pendaftaran tidak dikenal",
        "{ref}: refused — unknown NIK or registration number",
    ),
    "opp_withdrawn": (
        "{ref}: ditolak — {name} ({number}) sudah mengundurkan diri",
        "{ref}: refused — {name} ({number}) has withdrawn",
    ),
    "opp_full": (
        "{ref}: ditolak — sesi penuh ({capacity} kursi)",
        "{ref}: refused — the session is full ({capacity} seats)",
    ),
    "opp_warn_missing": ("; peringatan: belum ada {documents}", "; warning: missing {documents}"),
    "opp_warn_other": (
        "; peringatan: juga terdaftar di sesi {codes}",
        "; warning: also enrolled in session {codes}",
    ),
    "opp_checked_in": ("Hadir {time} — {name} ({number})", "Present {time} — {name} ({number})"),
    "opp_already_checked_in": (
        "Sudah hadir sejak {time}, dicatat oleh {by} — {name} ({number})",
        "Already checked in at {time}, recorded by {by} — {name} ({number})",
    ),
    "opp_checkin_unknown": (
        "{ref} tidak dikenal: bukan NIK atau nomor pendaftaran yang terdaftar di PC ini.",
        "{ref} is unknown: not a NIK or registration number registered on this PC.",
    ),
    "opp_not_enrolled_walk_in": (
        "{name} ({number}) tidak terdaftar di sesi {code}; tambahkan --walk-in untuk mendaftarkan dan mencatat hadir.",
        "{name} ({number}) is not enrolled in session {code}; add --walk-in to enrol and check in.",
    ),
    "opp_not_enrolled_full": (
        "{name} ({number}) tidak terdaftar di sesi {code}, dan sesi sudah penuh.",
        "{name} ({number}) is not enrolled in session {code}, and the session is full.",
    ),
    "opp_other_session": (
        "{name} ({number}) terdaftar di sesi {codes}, bukan {code}; tambahkan --walk-in untuk tetap mencatat di sini.",
        "{name} ({number}) is enrolled in session {codes}, not {code}; add --walk-in to check in here anyway.",
    ),
    "opp_checkin_full": (
        "Sesi {code} penuh ({capacity} kursi); {name} ({number}) tidak dicatat.",
        "Session {code} is full ({capacity} seats); {name} ({number}) was not checked in.",
    ),
    "opp_closed_done": (
        "Sesi {code} ditutup; {count} peserta yang belum hadir dicatat tidak hadir.",
        "Session {code} closed; {count} enrolled people not checked in are marked absent.",
    ),
    "opp_reopened": ("Sesi {code} dibuka kembali.", "Session {code} reopened."),
    "opp_admin_only": (
        "Hanya administrator yang dapat membuka kembali sesi; gunakan --user dengan akun administrator.",
        "Only an administrator can reopen a session; use --user with an administrator account.",
    ),
    "opp_status_planned": ("terencana", "planned"),
    "opp_status_open": ("berjalan", "open"),
    "opp_status_closed": ("ditutup", "closed"),
    "opp_status_cancelled": ("dibatalkan", "cancelled"),
    "opp_doc_paspor": ("paspor", "passport"),
    "opp_doc_visa_kerja": ("visa kerja", "work visa"),
    "opp_doc_perjanjian_kerja": ("perjanjian kerja", "employment contract"),
    "opp_doc_bpjs_ketenagakerjaan": ("BPJS Ketenagakerjaan", "BPJS Ketenagakerjaan"),
    "opp_field_code": ("Kode", "Code"),
    "opp_field_title": ("Judul", "Title"),
    "opp_field_organiser": ("Penyelenggara", "Organiser"),
    "opp_field_venue": ("Tempat", "Venue"),
    "opp_field_starts_at": ("Mulai", "Starts"),
    "opp_field_ends_at": ("Selesai", "Ends"),
    "opp_field_lesson_hours": ("Jam pelajaran", "Lesson hours"),
    "opp_field_capacity": ("Kapasitas", "Capacity"),
    "opp_field_status": ("Status", "Status"),
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
        "{count} rekaman perlu diperiksa petugas (ditolak atau konflik); lihat loket problems "
        "atau halaman Sinkronisasi, Perlu ditangani, di aplikasi.",
        "{count} records need a person (rejected or in conflict); see loket problems "
        "or the Sync page, Needs attention, in the application.",
    ),
    "not_finished": (
        "Sinkronisasi berhenti sebelum selesai; {pending} rekaman masih antre. Ulangi loket sync.",
        "Sync stopped before it finished; {pending} records are still queued. Run loket sync again.",
    ),
    # loket problems / loket resolve (desktop_app/commands_resolve.py)
    "problems_none": ("Tidak ada rekaman yang perlu ditangani.", "No record needs a person."),
    "problems_conflict": (
        "konflik: server pusat memegang versi {version} yang berbeda",
        "conflict: the central service holds a different version {version}",
    ),
    "problems_count": ("{count} rekaman perlu ditangani.", "{count} records need a person."),
    "resolve_unknown_id": ("Tidak ada rekaman dengan id {id}.", "There is no record with id {id}."),
    "resolve_resent": (
        "Rekaman {id} diantrekan lagi; jalankan loket sync untuk mengirimnya.",
        "Record {id} is queued again; run loket sync to send it.",
    ),
    "resolve_took_server": (
        "Rekaman {id} kini sama dengan versi server pusat ({version}).",
        "Record {id} now matches the central service's version ({version}).",
    ),
    "resolve_withdrawn": (
        "Rekaman {id} ditarik dari PC ini; catatan audit menyimpan isinya.",
        "Record {id} was withdrawn from this PC; the audit log keeps its content.",
    ),
    "resolve_nothing_to_resolve": (
        "Rekaman {id} tidak sedang ditolak atau konflik; tidak ada yang perlu diputuskan.",
        "Record {id} is neither refused nor in conflict; there is nothing to decide.",
    ),
    "resolve_no_server_copy": (
        "Server pusat belum punya versi rekaman {id}; gunakan --resend atau --withdraw.",
        "The central service has no version of record {id}; use --resend or --withdraw.",
    ),
    "resolve_accepted_by_server": (
        "Rekaman {id} sudah diterima server pusat dan tidak dapat ditarik; gunakan --take-server.",
        "Record {id} was accepted by the central service and cannot be withdrawn; use --take-server.",
    ),
    "resolve_not_rejected": (
        "Hanya rekaman yang ditolak server pusat yang dapat ditarik; {id} tidak ditolak.",
        "Only a record the central service refused can be withdrawn; {id} was not refused.",
    ),
    "resolve_maybe_on_server": (
        "Rekaman {id} sudah pernah dikirim tanpa jawaban; jalankan loket sync dulu.",
        "Record {id} was sent once without an answer; run loket sync first.",
    ),
    "resolve_has_dependents": (
        "Rekaman {id} dipakai oleh catatan kehadiran OPP; tarik atau ubah catatan itu dulu.",
        "Record {id} is used by OPP attendance records; deal with those first.",
    ),
    # before the window opens (desktop_app/display_check.py)
    "display_missing_apt": (
        "Jendela tidak dapat dibuka karena pustaka sistem yang diperlukan Qt untuk layar belum "
        "terpasang ({libraries}); pasang dengan: sudo apt-get install {packages}",
        "The window cannot open because system libraries Qt needs for the display are missing "
        "({libraries}); install them with: sudo apt-get install {packages}",
    ),
    "display_missing_other": (
        "Jendela tidak dapat dibuka karena pustaka sistem yang diperlukan Qt untuk layar belum "
        "terpasang ({libraries}); pasang paket yang menyediakannya dengan pengelola paket sistem Anda.",
        "The window cannot open because system libraries Qt needs for the display are missing "
        "({libraries}); install the packages that provide them with your system's package manager.",
    ),
    "display_missing_bundle": (
        "Jendela tidak dapat dibuka karena berkas Qt milik Loket PMI tidak lengkap ({libraries}); "
        "pasang ulang Loket PMI.",
        "The window cannot open because Loket PMI's own Qt files are incomplete ({libraries}); "
        "reinstall Loket PMI.",
    ),
    "display_no_display": (
        "Tidak ada layar grafis (variabel DISPLAY kosong): jalankan Loket PMI dari sesi desktop, "
        "atau gunakan perintah loket tanpa jendela.",
        "No graphical display was found (DISPLAY is not set): start Loket PMI from a desktop "
        "session, or use the loket commands that need no window.",
    ),
    # loket demo (desktop_app/demo/command.py)
    "demo_starting": (
        "Menyiapkan demo di {folder}: layanan pusat demo di {url} ...",
        "Setting up the demo in {folder}: demo central service at {url} ...",
    ),
    "demo_ready": (
        "Demo siap: {candidates} calon PMI contoh ({elsewhere} NIK sudah terdaftar di kantor lain), "
        "{pulled} data dari server, sesi OPP {sessions}. Masuk sebagai {user} / {password}.",
        "Demo ready: {candidates} sample candidates ({elsewhere} NIKs already registered at another "
        "office), {pulled} records from the server, OPP sessions {sessions}. Sign in as {user} / {password}.",
    ),
    "demo_stopped": (
        "Demo selesai; layanan pusat demo dihentikan.",
        "Demo over; the demo central service stopped.",
    ),
    "demo_needs_central": (
        "Demo memerlukan bagian server (FastAPI, uvicorn) yang tidak ada di paket ini; "
        "jalankan dari salinan sumber setelah make install.",
        "The demo needs the server parts (FastAPI, uvicorn), which this installation lacks; "
        "run it from a source checkout after make install.",
    ),
    "demo_real_folder": (
        "Folder {folder} adalah (atau berada di dalam) folder data sungguhan; "
        "demo memakai folder tersendiri.",
        "The folder {folder} is (or is inside) the real data folder; the demo uses a folder of its own.",
    ),
    "demo_not_empty": (
        "Folder {folder} tidak kosong; pilih folder baru atau kosong untuk demo.",
        "The folder {folder} is not empty; choose a new or empty folder for the demo.",
    ),
    "demo_bad_port": (
        "Port {port} tidak dapat dipakai; pilih angka 1024–65535, atau jangan isi --port.",
        "Port {port} cannot be used; choose a number from 1024 to 65535, or leave --port out.",
    ),
    "demo_port_taken": (
        "Port {port} sudah dipakai program lain; pilih port lain atau jangan isi --port.",
        "Port {port} is already in use; choose another port or leave --port out.",
    ),
    "demo_server_failed": (
        "Layanan pusat demo tidak dapat dijalankan; lihat {detail}.",
        "The demo central service could not start; see {detail}.",
    ),
    **SECURITY_TEXT,
    **KEYS_TEXT,
}


class Messages:
    def __init__(self, lang: str) -> None:
        self._index = 1 if lang == "en" else 0
        self.lang = "en" if lang == "en" else "id"

    def __call__(self, key: str, **params: Any) -> str:
        return TEXT[key][self._index].format(**params)
