"""Words a clerk sees for the protocol's codes (statuses, schemes, documents, sync states...).

Built on each call so that a language change takes effect; each string is a literal so that
`pyside6-lupdate` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def statuses() -> dict[str, str]:
    return {
        "registered": QCoreApplication.translate("Labels", "Registered"),
        "verified": QCoreApplication.translate("Labels", "Verified"),
        "opp_scheduled": QCoreApplication.translate("Labels", "OPP scheduled"),
        "opp_completed": QCoreApplication.translate("Labels", "OPP completed"),
        "departed": QCoreApplication.translate("Labels", "Departed"),
        "withdrawn": QCoreApplication.translate("Labels", "Withdrawn"),
    }


def sync_states() -> dict[str, str]:
    return {
        "pending": QCoreApplication.translate("Labels", "Waiting to send"),
        "sent": QCoreApplication.translate("Labels", "Sent"),
        "rejected": QCoreApplication.translate("Labels", "Needs attention"),
        "conflict": QCoreApplication.translate("Labels", "Conflict"),
        "waiting": QCoreApplication.translate("Labels", "On hold"),
    }


def schemes() -> dict[str, str]:
    return {
        "p_to_p": QCoreApplication.translate("Labels", "P to P (placement company)"),
        "g_to_g": QCoreApplication.translate("Labels", "G to G (government)"),
        "g_to_p": QCoreApplication.translate("Labels", "G to P"),
        "ukps": QCoreApplication.translate("Labels", "UKPS (own employer)"),
        "mandiri": QCoreApplication.translate("Labels", "Individual (mandiri)"),
    }


def sectors() -> dict[str, str]:
    return {
        "formal": QCoreApplication.translate("Labels", "Formal"),
        "informal": QCoreApplication.translate("Labels", "Informal"),
    }


def sexes() -> dict[str, str]:
    return {
        "M": QCoreApplication.translate("Labels", "Male"),
        "F": QCoreApplication.translate("Labels", "Female"),
    }


def marital_statuses() -> dict[str, str]:
    return {
        "single": QCoreApplication.translate("Labels", "Single"),
        "married": QCoreApplication.translate("Labels", "Married"),
        "divorced": QCoreApplication.translate("Labels", "Divorced"),
        "widowed": QCoreApplication.translate("Labels", "Widowed"),
    }


def educations() -> dict[str, str]:
    return {
        "none": QCoreApplication.translate("Labels", "No schooling"),
        "sd": QCoreApplication.translate("Labels", "Primary school (SD)"),
        "smp": QCoreApplication.translate("Labels", "Junior high (SMP)"),
        "sma": QCoreApplication.translate("Labels", "Senior high (SMA/SMK)"),
        "d1": "D1",
        "d2": "D2",
        "d3": "D3",
        "d4_s1": "D4/S1",
        "s2": "S2",
        "s3": "S3",
    }


def documents() -> dict[str, str]:
    return {
        "ktp": QCoreApplication.translate("Labels", "Identity card (KTP)"),
        "kk": QCoreApplication.translate("Labels", "Family card (KK)"),
        "akta_lahir": QCoreApplication.translate("Labels", "Birth certificate"),
        "ijazah": QCoreApplication.translate("Labels", "School certificate (ijazah)"),
        "surat_izin_keluarga": QCoreApplication.translate("Labels", "Family permission letter"),
        "surat_status_perkawinan": QCoreApplication.translate("Labels", "Marital status certificate"),
        "surat_sehat": QCoreApplication.translate("Labels", "Health certificate"),
        "sertifikat_kompetensi": QCoreApplication.translate("Labels", "Competency certificate"),
        "ak1": QCoreApplication.translate("Labels", "Job-seeker card (AK/I)"),
        "paspor": QCoreApplication.translate("Labels", "Passport"),
        "visa_kerja": QCoreApplication.translate("Labels", "Work visa"),
        "perjanjian_penempatan": QCoreApplication.translate("Labels", "Placement agreement"),
        "perjanjian_kerja": QCoreApplication.translate("Labels", "Employment contract"),
        "bpjs_ketenagakerjaan": QCoreApplication.translate("Labels", "BPJS Ketenagakerjaan"),
    }


def roles() -> dict[str, str]:
    return {
        "admin": QCoreApplication.translate("Labels", "Administrator"),
        "operator": QCoreApplication.translate("Labels", "Operator"),
        "viewer": QCoreApplication.translate("Labels", "Viewer (read only)"),
    }


def audit_actions() -> dict[str, str]:
    return {
        "create": QCoreApplication.translate("Labels", "New registration"),
        "update": QCoreApplication.translate("Labels", "Edited"),
        "import": QCoreApplication.translate("Labels", "Imported"),
        "pull": QCoreApplication.translate("Labels", "Received from the centre"),
        "resolve": QCoreApplication.translate("Labels", "Resolved"),
        "merge": QCoreApplication.translate("Labels", "Merged with another desk's version"),
    }


def field_names() -> dict[str, str]:
    """Names of candidate fields, for history entries and messages."""
    return {
        "nik": "NIK",
        "kk_number": QCoreApplication.translate("Labels", "Family card no."),
        "full_name": QCoreApplication.translate("Labels", "Full name"),
        "birth_place": QCoreApplication.translate("Labels", "Place of birth"),
        "birth_date": QCoreApplication.translate("Labels", "Date of birth"),
        "sex": QCoreApplication.translate("Labels", "Sex"),
        "religion": QCoreApplication.translate("Labels", "Religion"),
        "marital_status": QCoreApplication.translate("Labels", "Marital status"),
        "education": QCoreApplication.translate("Labels", "Education"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "email": QCoreApplication.translate("Labels", "Email"),
        "village_code": QCoreApplication.translate("Labels", "Village"),
        "address_line": QCoreApplication.translate("Labels", "Address"),
        "heir_name": QCoreApplication.translate("Labels", "Family contact"),
        "heir_relationship": QCoreApplication.translate("Labels", "Relationship"),
        "heir_phone": QCoreApplication.translate("Labels", "Family contact phone"),
        "scheme": QCoreApplication.translate("Labels", "Placement scheme"),
        "destination_country": QCoreApplication.translate("Labels", "Destination country"),
        "sector": QCoreApplication.translate("Labels", "Sector"),
        "job_position": QCoreApplication.translate("Labels", "Job position"),
        "employer_name": QCoreApplication.translate("Labels", "Employer"),
        "p3mi_id": QCoreApplication.translate("Labels", "Placement company"),
        "documents": QCoreApplication.translate("Labels", "Documents"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "registration_no": QCoreApplication.translate("Labels", "Registration no."),
        "registered_at": QCoreApplication.translate("Labels", "Registered at"),
        "registered_by": QCoreApplication.translate("Labels", "Registered by"),
    }
