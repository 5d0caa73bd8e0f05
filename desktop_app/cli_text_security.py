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
    "user_unlocked": ("Akun {user} dapat masuk lagi.", "Account {user} can sign in again."),
    "user_not_locked": ("Akun {user} tidak terkunci.", "Account {user} was not locked."),
}
