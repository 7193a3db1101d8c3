from __future__ import annotations

import datetime as dt

from siaga.dashboard.templatetags.siaga import in_zone


def test_times_show_in_the_zone_of_their_region() -> None:
    moment = dt.datetime(2024, 11, 27, 13, 5, tzinfo=dt.UTC)
    assert in_zone(moment, "51.05.03.2006") == "27 Nov 2024 21:05 WITA"
    assert in_zone(moment, "19.71") == "27 Nov 2024 20:05 WIB"
    assert in_zone(None, "51") == ""


def test_codes_are_shown_as_indonesian_labels() -> None:
    from django.utils.translation import override

    from siaga.dashboard.templatetags.siaga import category_labels, kind_label

    with override("id"):
        assert category_labels(["money_politics", "supporters_clash"]) == (
            "Politik uang, Bentrok antarpendukung"
        )
        assert kind_label("threat") == "Ancaman atau isu"
    assert category_labels(None) == ""
    with override("id"):
        assert category_labels("money_politics") == "Politik uang"
