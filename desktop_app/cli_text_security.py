"""Command-line sentences about signing in, unlocking and the state of the disk and database
(Indonesian, English): merged into `cli_text.TEXT`, kept apart so they are found together."""

from __future__ import annotations

SECURITY_TEXT: dict[str, tuple[str, str]] = {
    "sign_in_failed": (
        "Masuk sebagai {user} gagal: nama pengguna atau kata sandi salah, atau akun dinonaktifkan. "
        "Periksa kata sandi (LOKET_PASSWORD atau --password-file) lalu ulangi.",
        "Signing in as {user} failed: wrong user name or password, or the account is disabled. "
        "Check the password (LOKET_PASSWORD or --password-file) and try again.",
    ),
    "sign_in_locked": (
        "Akun {user} dikunci karena terlalu banyak percobaan masuk yang gagal; administrator dapat "
        "membukanya dengan `loket users unlock {user}` atau di Pengaturan.",
        "Account {user} is locked after too many failed sign-ins; an administrator can unlock it "
        "with `loket users unlock {user}` or in Settings.",
    ),
    "password_file_unreadable": (
        "Berkas kata sandi {path} tidak dapat dibaca.",
        "The password file {path} cannot be read.",
    ),
    "password_without_user": (
        "Kata sandi diberikan tanpa --user; sebutkan akun staf dengan --user NAMA.",
        "A password was given without --user; name the staff account with --user NAME.",
    ),
    "admin_needed": (
        "Pengguna {user} bukan administrator; hanya administrator yang boleh melakukan ini.",
        "User {user} is not an administrator; only an administrator may do this.",
    ),
    "file_line_too_long": (
        "Baris {detail} berkas lebih panjang dari baris data mana pun (lebih dari 32 MB tanpa akhir "
        "baris); tidak ada yang diimpor. Periksa bahwa ini berkas yang benar, disimpan sebagai CSV.",
        "Line {detail} of the file is longer than any real row (over 32 MB without a line end); "
        "nothing was imported. Check that this is the right file, saved as CSV.",
    ),
    "file_xlsx_too_large": (
        "Berkas .xlsx akan mengembang menjadi {detail} atau dimampatkan melebihi lembar kerja mana pun; "
        "tidak ada yang diimpor. Simpan ulang lembarnya, atau sebagai CSV.",
        "The .xlsx file would expand to {detail} or is compressed beyond any real workbook; "
        "nothing was imported. Save the sheet again, or as CSV.",
    ),
    "disk_full_read_only": (
        "Disk penuh di {folder}: data ditampilkan sebagaimana terakhir disimpan; kosongkan ruang "
        "disk sebelum menyimpan apa pun.",
        "The disk holding {folder} is full: the data is shown as last saved; free some disk space "
        "before saving anything.",
    ),
    "disk_full_import": (
        "Disk penuh di {folder}: baris yang tersimpan sebelum disk penuh tetap utuh, sisanya belum. "
        "Kosongkan ruang disk (misalnya cadangan lama di {backups}) lalu jalankan impor lagi; baris "
        "yang sudah terdaftar dilewati.",
        "The disk holding {folder} is full: rows saved before it filled are complete, the rest are "
        "not. Free some disk space (old backups in {backups}, for example) and run the import "
        "again; rows already registered are skipped.",
    ),
    "db_busy": (
        "Basis data sedang dipakai program lain (impor, sinkronisasi atau jendela Loket PMI). "
        "Coba lagi setelah program itu selesai.",
        "The database is in use by another program (an import, a sync or the Loket PMI window). "
        "Try again when it has finished.",
    ),
    "db_busy_by": (
        "Basis data sedang dipakai oleh {holders}. Coba lagi setelah program itu selesai.",
        "The database is in use by {holders}. Try again when it has finished.",
    ),
    "user_unlocked": ("Akun {user} dapat masuk lagi.", "Account {user} can sign in again."),
    "user_not_locked": ("Akun {user} tidak terkunci.", "Account {user} was not locked."),
}
