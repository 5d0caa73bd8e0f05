"""The window's sync job: build the engine from the stored enrolment, run once, close.

Kept in the composition root because it wires `sync` (engine, client) to the store; the UI's
scheduler only calls it on a worker thread. A PC that is not enrolled yet simply skips.

Within one run a request is tried at most twice (`RUN_POLICY`): when the central service is
down the window says so within seconds, with the time of the next try, and the scheduler's
backoff (not a long wait inside the run) decides when to come back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from local_db.store import Store
from sync.client import CentralClient, SyncError
from sync.engine import Progress, SyncEngine, SyncReport
from sync.enrolment import NotEnrolled, load_credentials
from sync.retry import RetryPolicy
from ui.sync_scheduler import REFUSED_PREFIX

log = logging.getLogger("loket.gui.sync")
RUN_SECONDS = 90  # one background run never holds the worker longer than this
RUN_POLICY = RetryPolicy(base=1.0, cap=5.0, max_tries=2)


def make_sync_job(
    store: Store, app_version: str, policy: RetryPolicy = RUN_POLICY
) -> Callable[[Callable[[], bool], Progress], SyncReport | None]:
    def job(cancelled: Callable[[], bool], progress: Progress) -> SyncReport | None:
        try:
            creds = load_credentials(store.settings)
        except NotEnrolled:
            return None
        client = CentralClient(creds.server_url, app_version=app_version, token=creds.token)
        try:
            engine = SyncEngine(store, client, creds.device_id, policy=policy)
            return engine.run_once(progress, cancelled=cancelled, deadline=time.monotonic() + RUN_SECONDS)
        except SyncError as exc:  # token revoked, server refused: offline for the status bar
            log.warning("background sync refused: %s", type(exc).__name__)
            counts = store.sync_counts()
            return SyncReport(
                online=False,
                error=f"{REFUSED_PREFIX} {exc}",
                pending=counts.pending + counts.waiting,
                needs_attention=counts.needs_attention,
            )
        finally:
            client.close()

    return job
