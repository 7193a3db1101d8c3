from __future__ import annotations

import datetime as dt

from siaga.analysis.dedup import Event, copy_groups, event_groups, same_event, similarity

CHAIN = (
    "Waspada! Beredar video editan soal pura di Banjar Kangin, jangan disebar, "
    "warga diminta tenang dan tidak terprovokasi, info resmi dari kepolisian"
)
T0 = dt.datetime(2024, 11, 26, 20, 0, tzinfo=dt.UTC)


def test_forwards_of_one_chain_message_are_copies() -> None:
    items = [
        ("a", CHAIN),
        ("b", "Fwd: " + CHAIN),
        ("c", CHAIN.upper() + " !!!"),
        ("d", "Bentrok antarpendukung di Desa Gelgel tadi malam, dua orang luka"),
    ]
    assert copy_groups(items) == [["a", "b", "c"]]
    assert similarity(CHAIN, "Fwd: " + CHAIN) > 0.9


def test_one_brawl_told_twice_in_other_words_is_one_event() -> None:
    first = Event("sms-1", "51.05.03.2003", T0, ("supporters_clash",))
    second = Event("wa-7", "51.05.03", T0 + dt.timedelta(hours=3), ("supporters_clash", "other"))
    assert same_event(first, second)


def test_same_words_elsewhere_or_later_or_of_another_kind_are_different_events() -> None:
    here = Event("a", "51.05.03.2003", T0, ("supporters_clash",))
    assert not same_event(here, Event("b", "51.05.02.2002", T0, ("supporters_clash",)))
    assert not same_event(
        here, Event("c", "51.05.03.2003", T0 + dt.timedelta(days=2), ("supporters_clash",))
    )
    assert not same_event(here, Event("d", "51.05.03.2003", T0, ("money_politics",)))
    assert not same_event(here, Event("e", "51.05", T0, ("supporters_clash",)))  # too coarse


def test_event_groups_chain_within_a_kecamatan() -> None:
    events = [
        Event("a", "51.05.03.2003", T0, ("supporters_clash",)),
        Event("b", "51.05.03.2006", T0 + dt.timedelta(hours=5), ("supporters_clash",)),
        Event("c", "51.05.03", T0 + dt.timedelta(hours=20), ("supporters_clash",)),
        Event("d", "51.02.06", T0, ("supporters_clash",)),
    ]
    assert event_groups(events) == [["a", "b", "c"]]
