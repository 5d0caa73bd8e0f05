"""A PC enrolled before enrols again with a fresh code by proving its token; a name with
control characters is cleaned before it is sent."""

from __future__ import annotations

from pathlib import Path

import pytest

from sync.client import AuthFailed, CentralClient
from sync.enrolment import TOKEN, clean_device_name, enroll
from tests.sync.support import Central, new_store


def test_the_same_pc_enrols_again_with_a_fresh_code(
    central: Central, tmp_path: Path, template_db: Path
) -> None:
    office = central.new_office()
    store = new_store(tmp_path / "pc", template_db)
    try:
        first = enroll(store.settings, CentralClient(central.base), central.new_code(office), "PC\tloket\n1")
        second = enroll(store.settings, CentralClient(central.base), central.new_code(office), "PC loket 1")
        assert second.token != first.token and second.device_id == first.device_id
        store.settings.put(TOKEN, "not-the-token")  # a PC that lost its token cannot take its id back
        with pytest.raises(AuthFailed):
            enroll(store.settings, CentralClient(central.base), central.new_code(office), "PC")
    finally:
        store.close()


def test_device_names_are_cleaned_to_one_printable_line() -> None:
    assert clean_device_name("PC\tloket\n 1") == "PC loket 1"
    assert clean_device_name("PC\x1b[31m\u202e") == "PC[31m"
    assert clean_device_name("\t\n") == "PC"
    assert len(clean_device_name("x" * 500)) == 100
