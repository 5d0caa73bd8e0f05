"""Entry points (`loket`), start-up, paths and settings; the only composition root."""
