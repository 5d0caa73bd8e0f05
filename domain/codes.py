"""Enumerations fixed by the sync protocol (docs/contract/SYNC_PROTOCOL.md, "Entity fields")."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


class MaritalStatus(StrEnum):
    SINGLE = "single"
    MARRIED = "married"
    DIVORCED = "divorced"
    WIDOWED = "widowed"


class Education(StrEnum):
    NONE = "none"
    SD = "sd"
    SMP = "smp"
    SMA = "sma"
    D1 = "d1"
    D2 = "d2"
    D3 = "d3"
    D4_S1 = "d4_s1"
    S2 = "s2"
    S3 = "s3"


class Scheme(StrEnum):
    P_TO_P = "p_to_p"
    G_TO_G = "g_to_g"
    G_TO_P = "g_to_p"
    UKPS = "ukps"
    MANDIRI = "mandiri"


class Sector(StrEnum):
    FORMAL = "formal"
    INFORMAL = "informal"


class CandidateStatus(StrEnum):
    REGISTERED = "registered"
    VERIFIED = "verified"
    OPP_SCHEDULED = "opp_scheduled"
    OPP_COMPLETED = "opp_completed"
    DEPARTED = "departed"
    WITHDRAWN = "withdrawn"


class DocumentType(StrEnum):
    KTP = "ktp"
    KK = "kk"
    AKTA_LAHIR = "akta_lahir"
    IJAZAH = "ijazah"
    SURAT_IZIN_KELUARGA = "surat_izin_keluarga"
    SURAT_STATUS_PERKAWINAN = "surat_status_perkawinan"
    SURAT_SEHAT = "surat_sehat"
    SERTIFIKAT_KOMPETENSI = "sertifikat_kompetensi"
    AK1 = "ak1"
    PASPOR = "paspor"
    VISA_KERJA = "visa_kerja"
    PERJANJIAN_PENEMPATAN = "perjanjian_penempatan"
    PERJANJIAN_KERJA = "perjanjian_kerja"
    BPJS_KETENAGAKERJAAN = "bpjs_ketenagakerjaan"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class AttendanceStatus(StrEnum):
    ENROLLED = "enrolled"
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class CheckinMethod(StrEnum):
    MANUAL = "manual"
    NIK = "nik"
    QR = "qr"


class Entity(StrEnum):
    CANDIDATE = "candidate"
    OPP_SESSION = "opp_session"
    OPP_ATTENDANCE = "opp_attendance"
    P3MI = "p3mi"


class Role(StrEnum):
    ADMIN = "admin"
    OPERATOR = "operator"
    VIEWER = "viewer"
