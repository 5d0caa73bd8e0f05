"""The OPP page and its documents: sessions, enrolment, check-in, the attendance sheet."""
