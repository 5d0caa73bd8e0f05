"""Client half of sync protocol v1: wire schemas, outbox reader, push/pull engine, probe, retries."""
