"""The sync client (sync/client.py) against the real central service: what counts as online,
the three kinds of failure the engine tells apart, and a token kept out of logs and reprs."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from domain.actor import Actor
from domain.codes import Role
from local_db.repositories.settings import SettingKey
from sync.client import AuthFailed, CentralClient, ServerRefused, Timeouts, Unreachable
from sync.enrolment import load_credentials
from tests.central_service.support import free_port, nik
from tests.conftest import valid_candidate
from tests.sync.support import Central, Desktop, make_desktop

OP = Actor("operator1", Role.OPERATOR)


@pytest.fixture
def desk(central: Central, tmp_path: Path, template_db: Path) -> Iterator[Desktop]:
    enrolled = make_desktop(tmp_path / "desk", template_db, central, central.new_office())
    yield enrolled
    enrolled.close()


class _Portal(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # a hotel Wi-Fi's sign-in page, with 200
        body = b"<html><body>Please sign in</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


def test_a_captive_portal_is_offline_and_records_stay_queued(
    central: Central, template_db: Path, tmp_path: Path
) -> None:
    portal = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Portal)
    thread = threading.Thread(target=portal.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{portal.server_address[1]}"
        assert CentralClient(url).health() is False
        assert CentralClient(central.base).health() is True
        desk = make_desktop(tmp_path / "portal", template_db, central, central.new_office(), base_url=url)
        desk.store.candidates.create(valid_candidate(nik=nik()), OP)
        report = desk.sync(deadline=time.monotonic() + 0.5)
        assert not report.online and report.pending == 1 and report.pushed.sent == 0
        assert desk.engine.status().online is False
        desk.close()
    finally:
        portal.shutdown()
        portal.server_close()


def test_failures_come_back_as_the_three_kinds_the_engine_tells_apart(
    central: Central, desk: Desktop
) -> None:
    nobody = CentralClient(f"http://127.0.0.1:{free_port()}", timeouts=Timeouts(connect=1, read=1, probe=1))
    with pytest.raises(Unreachable):
        nobody.pull(None, 10)
    forged = CentralClient(central.base, token="A" * 43)
    with pytest.raises(AuthFailed) as refused_token:
        forged.pull(None, 10)
    assert refused_token.value.code == "unauthorized"
    with pytest.raises(ServerRefused) as refused:
        desk.client.pull("not-a-cursor", 10)
    assert 400 <= refused.value.status < 500 and refused.value.status != 401
    # The same client, asked properly: nothing of the office's own yet (the placement companies
    # another test of the session imported reach every office's feed).
    assert [c for c in desk.client.pull(None, 10).changes if c.entity != "p3mi"] == []


def test_the_token_never_reaches_logs_or_reprs(desk: Desktop, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    desk.store.candidates.create(valid_candidate(nik=nik()), OP)
    desk.sync()
    token = desk.store.settings.get(SettingKey.SYNC_TOKEN)
    assert token and token not in caplog.text
    assert token not in repr(load_credentials(desk.store.settings)) and token not in repr(desk.client)
    with pytest.raises(AuthFailed) as refused:
        CentralClient(desk.client.base_url, token=token[:-1] + "x").pull(None, 1)
    assert token not in str(refused.value) and token[:-1] not in str(refused.value)
