"""Command-line sentences about the encrypted store's keys (Indonesian, English): merged into
`cli_text.TEXT`."""

from __future__ import annotations

KEYS_TEXT: dict[str, tuple[str, str]] = {
    "store_needs_password": (
        "Basis data terenkripsi dan PC ini tidak menyimpan kunci mesin; buka dengan --user NAMA "
        "dan kata sandinya di LOKET_PASSWORD atau --password-file.",
        "The database is encrypted and this PC keeps no machine key; open it with --user NAME and "
        "that account's password in LOKET_PASSWORD or --password-file.",
    ),
    "store_wrong_password": (
        "Kata sandi salah untuk {user}, atau akun itu tidak memegang kunci basis data ini. "
        "Periksa kata sandi (LOKET_PASSWORD atau --password-file) lalu ulangi.",
        "Wrong password for {user}, or that account holds no key to this database. Check the "
        "password (LOKET_PASSWORD or --password-file) and try again.",
    ),
    "store_keys_missing": (
        "Berkas basis data {db} rusak, atau terenkripsi sedangkan berkas kuncinya {path} tidak ada. "
        "Pulihkan cadangan terbaru dari {backups}, atau kembalikan {path} dari salinan folder data.",
        "The database file {db} is damaged, or it is encrypted and its key file {path} is missing. "
        "Restore the latest backup from {backups}, or put {path} back from a copy of the data folder.",
    ),
    "store_keys_damaged": (
        "Berkas kunci {path} rusak, sehingga basis data terenkripsi tidak dapat dibuka. "
        "Kembalikan berkas itu dari salinan folder data.",
        "The key file {path} is damaged, so the encrypted database cannot be opened. Put it back "
        "from a copy of the data folder.",
    ),
    "store_created": (
        "Basis data terenkripsi dibuat; {user} memegang kuncinya.",
        "Encrypted database created; {user} holds its key.",
    ),
    "store_encrypted": (
        "Basis data kini terenkripsi ({backups} cadangan ikut dienkripsi); {user} memegang kuncinya. "
        "Akun lain mendapat kunci saat masuk di PC yang menyimpan kunci mesin, atau setelah "
        "administrator mengganti kata sandinya (`loket users passwd`).",
        "The database is now encrypted ({backups} backups too); {user} holds its key. Other "
        "accounts get their key when they sign in on a PC that keeps the machine key, or once an "
        "administrator sets their password (`loket users passwd`).",
    ),
    "store_not_encrypted": (
        "Catatan: basis data ini belum terenkripsi; administrator mengenkripsinya dengan "
        "`loket --user ADMIN users add ...` atau dengan masuk di jendela.",
        "Note: this database is not encrypted yet; an administrator encrypts it with "
        "`loket --user ADMIN users add ...` or by signing in to the window.",
    ),
    "recovery_key": (
        "KUNCI PEMULIHAN (hanya ditampilkan sekali; cetak atau tulis dan simpan di tempat aman oleh "
        "kepala kantor): {code}",
        "RECOVERY KEY (shown this once only; print or write it down and have the head of office keep "
        "it safe): {code}",
    ),
    "recovery_wrong": (
        "Kunci pemulihan tidak cocok dengan basis data ini.",
        "The recovery key does not match this database.",
    ),
    "recovered": (
        "Kata sandi {user} diganti dengan kunci pemulihan; akun itu dapat membuka basis data lagi.",
        "The password of {user} was replaced using the recovery key; that account can open the "
        "database again.",
    ),
    "not_encrypted": (
        "Basis data ini belum terenkripsi; perintah ini hanya untuk basis data terenkripsi.",
        "This database is not encrypted; this command is for an encrypted database only.",
    ),
    "password_needs_user": (
        "Sebutkan akun staf dengan --user NAMA (dan kata sandinya di LOKET_PASSWORD atau --password-file).",
        "Name the staff account with --user NAME (and its password in LOKET_PASSWORD or --password-file).",
    ),
    "password_changed": ("Kata sandi {user} diganti.", "The password of {user} was changed."),
    "machine_on": (
        "Kunci mesin disimpan di penyimpanan kunci sistem operasi: perintah terjadwal membuka basis "
        "data tanpa kata sandi di PC ini.",
        "The machine key is kept in the operating system's key store: scheduled commands open the "
        "database without a password on this PC.",
    ),
    "machine_off": (
        "Kunci mesin dihapus: setiap perintah dan jendela kini memerlukan kata sandi staf.",
        "The machine key is removed: every command and the window now need a staff password.",
    ),
    "machine_unavailable": (
        "PC ini tidak memiliki penyimpanan kunci sistem operasi yang dapat dipakai; kunci mesin "
        "tidak dapat disimpan.",
        "This PC has no usable operating-system key store; the machine key cannot be kept.",
    ),
}
