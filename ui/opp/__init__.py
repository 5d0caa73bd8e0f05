"""The OPP page: sessions, enrolment and the check-in desk (local_db/opp_desk underneath)."""
