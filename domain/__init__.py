"""What a registration is and which rules it obeys. Pure Python: no Qt, no database, no network."""
