"""Sentences of `loket opp …`, in Indonesian (default) and English, as in desktop_app/cli_text.py."""

from __future__ import annotations

from typing import Any

TEXT: dict[str, tuple[str, str]] = {
    "session_created": (
        "Sesi OPP {code} dibuat (terencana): {starts} – {ends}, {capacity} kursi.",
        "OPP session {code} created (planned): {starts} – {ends}, {capacity} seats.",
    ),
    "code_taken": ("Kode sesi {code} sudah dipakai.", "Session code {code} is already taken."),
    "bad_time": (
        "Waktu {value} tidak dikenali; gunakan TTTT-BB-HH JJ:MM (waktu setempat).",
        "Time {value} not recognised; use YYYY-MM-DD HH:MM (local time).",
    ),
    "bad_field": ("{field}: {message}", "{field}: {message}"),
    "unknown_session": (
        "Sesi OPP {code} tidak ada. Lihat daftar dengan: loket opp sessions",
        "There is no OPP session {code}. List them with: loket opp sessions",
    ),
    "session_closed": (
        "Sesi OPP {code} sudah ditutup; administrator dapat membukanya kembali.",
        "OPP session {code} is closed; an administrator can reopen it.",
    ),
    "session_cancelled": ("Sesi OPP {code} dibatalkan.", "OPP session {code} is cancelled."),
    "no_sessions": ("Belum ada sesi OPP.", "No OPP sessions yet."),
    "session_line": (
        "{code}  {starts}  {status}  terdaftar {enrolled}/{capacity}, hadir {present}  {title}",
        "{code}  {starts}  {status}  enrolled {enrolled}/{capacity}, present {present}  {title}",
    ),
    "enrolled": ("{ref}: terdaftar — {name} ({number})", "{ref}: enrolled — {name} ({number})"),
    "already_enrolled": (
        "{ref}: sudah terdaftar — {name} ({number})",
        "{ref}: already enrolled — {name} ({number})",
    ),
    "unknown_ref": (
        "{ref}: ditolak — NIK atau nomor pendaftaran tidak dikenal",
        "{ref}: refused — unknown NIK or registration number",
    ),
    "withdrawn": (
        "{ref}: ditolak — {name} ({number}) sudah mengundurkan diri",
        "{ref}: refused — {name} ({number}) has withdrawn",
    ),
    "full": (
        "{ref}: ditolak — sesi penuh ({capacity} kursi)",
        "{ref}: refused — the session is full ({capacity} seats)",
    ),
    "warn_missing": ("; peringatan: belum ada {documents}", "; warning: missing {documents}"),
    "warn_other": (
        "; peringatan: juga terdaftar di sesi {codes}",
        "; warning: also enrolled in session {codes}",
    ),
    "checked_in": ("Hadir {time} — {name} ({number})", "Present {time} — {name} ({number})"),
    "already_checked_in": (
        "Sudah hadir sejak {time}, dicatat oleh {by} — {name} ({number})",
        "Already checked in at {time}, recorded by {by} — {name} ({number})",
    ),
    "checkin_unknown": (
        "{ref} tidak dikenal: bukan NIK atau nomor pendaftaran yang terdaftar di PC ini.",
        "{ref} is unknown: not a NIK or registration number registered on this PC.",
    ),
    "not_enrolled_walk_in": (
        "{name} ({number}) tidak terdaftar di sesi {code}; "
        "tambahkan --walk-in untuk mendaftarkan dan mencatat hadir.",
        "{name} ({number}) is not enrolled in session {code}; add --walk-in to enrol and check in.",
    ),
    "not_enrolled_full": (
        "{name} ({number}) tidak terdaftar di sesi {code}, dan sesi sudah penuh.",
        "{name} ({number}) is not enrolled in session {code}, and the session is full.",
    ),
    "other_session": (
        "{name} ({number}) terdaftar di sesi {codes}, bukan {code}; "
        "tambahkan --walk-in untuk tetap mencatat di sini.",
        "{name} ({number}) is enrolled in session {codes}, not {code}; "
        "add --walk-in to check in here anyway.",
    ),
    "checkin_full": (
        "Sesi {code} penuh ({capacity} kursi); {name} ({number}) tidak dicatat.",
        "Session {code} is full ({capacity} seats); {name} ({number}) was not checked in.",
    ),
    "closed_done": (
        "Sesi {code} ditutup; {count} peserta yang belum hadir dicatat tidak hadir.",
        "Session {code} closed; {count} enrolled people not checked in are marked absent.",
    ),
    "reopened": ("Sesi {code} dibuka kembali.", "Session {code} reopened."),
    "admin_only": (
        "Hanya administrator yang dapat membuka kembali sesi; gunakan --user dengan akun administrator.",
        "Only an administrator can reopen a session; use --user with an administrator account.",
    ),
}

STATUS: dict[str, tuple[str, str]] = {
    "planned": ("terencana", "planned"),
    "open": ("berjalan", "open"),
    "closed": ("ditutup", "closed"),
    "cancelled": ("dibatalkan", "cancelled"),
}

DOCUMENTS: dict[str, tuple[str, str]] = {
    "paspor": ("paspor", "passport"),
    "visa_kerja": ("visa kerja", "work visa"),
    "perjanjian_kerja": ("perjanjian kerja", "employment contract"),
    "bpjs_ketenagakerjaan": ("BPJS Ketenagakerjaan", "BPJS Ketenagakerjaan"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "code": ("Kode", "Code"),
    "title": ("Judul", "Title"),
    "organiser": ("Penyelenggara", "Organiser"),
    "venue": ("Tempat", "Venue"),
    "starts_at": ("Mulai", "Starts"),
    "ends_at": ("Selesai", "Ends"),
    "lesson_hours": ("Jam pelajaran", "Lesson hours"),
    "capacity": ("Kapasitas", "Capacity"),
    "status": ("Status", "Status"),
}


class OppText:
    def __init__(self, lang: str) -> None:
        self._index = 1 if lang == "en" else 0
        self.lang = "en" if lang == "en" else "id"

    def __call__(self, key: str, **params: Any) -> str:
        return TEXT[key][self._index].format(**params)

    def status(self, value: str) -> str:
        return STATUS.get(value, (value, value))[self._index]

    def document(self, value: str) -> str:
        return DOCUMENTS.get(value, (value, value))[self._index]

    def field(self, value: str) -> str:
        return FIELDS.get(value, (value, value))[self._index]
