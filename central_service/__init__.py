"""The reference central service (`loket-central`): sync protocol v1 over FastAPI."""
