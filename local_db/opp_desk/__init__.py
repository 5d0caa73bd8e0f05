"""The clerk's OPP desk without Qt: sessions, enrolment, check-in, close (docs/decisions.md, "OPP desk")."""
