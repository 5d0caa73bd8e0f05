"""Sync in the clerk's hands: connection settings, the needs-attention list, conflicts, chips."""
