"""The OPP page and its documents: sessions, enrolment, the check-in desk (local_db/opp_desk
underneath) and the attendance sheet."""
