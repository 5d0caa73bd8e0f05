from __future__ import annotations

from domain.actor import Actor
from local_db.repositories.candidate_search import CandidateFilter
from local_db.store import Store
from tests.conftest import valid_candidate


def _seed(store: Store, operator: Actor) -> list[str]:
    people = [
        ("3601015505990001", "Siti Aminah", "F", "1999-05-15"),
        ("3601011203950003", "Budi Santoso", "M", "1995-03-12"),
        ("3201014107900004", "Élodie Sitorus", "F", "1990-07-01"),
    ]
    return [
        store.candidates.create(valid_candidate(nik=n, full_name=name, sex=s, birth_date=b), operator).record[
            "registration_no"
        ]
        for n, name, s, b in people
    ]


def test_search_by_nik_prefix_name_word_prefix_and_registration_no(store: Store, operator: Actor) -> None:
    numbers = _seed(store, operator)
    names = lambda text: sorted(s.full_name for s in store.search.search(text))  # noqa: E731
    assert names("3601") == ["Budi Santoso", "Siti Aminah"]
    assert names("3601 0155") == ["Siti Aminah"]
    assert names("sit") == ["Siti Aminah", "Élodie Sitorus"]
    assert names("ELODIE") == ["Élodie Sitorus"]
    assert names("sit ami") == ["Siti Aminah"]
    assert names("santoso budi") == ["Budi Santoso"]
    assert names(numbers[1].lower()) == ["Budi Santoso"]
    assert names("zzz") == []


def test_filters_and_sorting(store: Store, operator: Actor) -> None:
    _seed(store, operator)
    ids = store.search.ids("", CandidateFilter(sync_states=("pending",)), sort="full_name", descending=False)
    assert [s.full_name for s in store.search.summaries(ids)] == [
        "Budi Santoso",
        "Siti Aminah",
        "Élodie Sitorus",
    ]
    assert store.search.count("", CandidateFilter(statuses=("withdrawn",))) == 0


def test_a_renamed_candidate_is_found_by_its_new_name_only(store: Store, operator: Actor) -> None:
    """Name words follow an edit and a server copy (both replace words by primary key)."""
    from local_db.repositories.server_copy import local_data, write_server_copy

    _seed(store, operator)
    siti = store.search.search("siti aminah")[0].id
    record = store.candidates.get(siti)
    store.candidates.update(siti, {"full_name": "Siti Aminah Rahma"}, operator, record.version)
    names = lambda text: sorted(s.full_name for s in store.search.search(text))  # noqa: E731
    assert names("rahma") == ["Siti Aminah Rahma"]
    with store.db.write() as conn:
        data = local_data(conn, "candidate", siti)
        assert data is not None
        write_server_copy(
            conn, "candidate", siti, 7, {**data, "full_name": "Sity Rahma"}, "2026-11-27T03:04:05Z"
        )
        words = conn.exec_driver_sql(
            "SELECT word FROM candidate_name_word WHERE candidate_id = ? ORDER BY word", (siti,)
        ).all()
    assert [w[0] for w in words] == ["rahma", "sity"]
    assert names("aminah") == [] and names("siti") == [] and names("sit") == ["Sity Rahma", "Élodie Sitorus"]
    assert names("sity rah") == ["Sity Rahma"]
