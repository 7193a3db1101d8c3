"""The SMS/WhatsApp format, as officers actually type it."""

from __future__ import annotations

import pytest

from siaga.reports.textformat import categories_in, parse_message


@pytest.mark.parametrize(
    ("message", "place", "categories"),
    [
        ("LAPOR#Tangkas#politik uang#warga dibagi amplop", "Tangkas", ("money_politics",)),
        ("lapor # tangkas # PU # ada bagi2 amplop", "tangkas", ("money_politics",)),
        (
            "Lpr*Ds Gelgel*bentrok*pendukung paslon 1 dan 2 ribut",
            "Ds Gelgel",
            ("supporters_clash",),
        ),
        (
            "LAPOR/5105032006/hoaks/beredar video editan di grup WA",
            "5105032006",
            ("hoax_hate_speech",),
        ),
        (
            "LAPOR#Kamasan#baliho paslon dirobek tadi mlm",
            "Kamasan",
            ("election_campaign_violation",),
        ),
        (
            "laporan#desa tangkas, kec klungkung#miras#pemuda mabuk berkelahi",
            "desa tangkas, kec klungkung",
            ("alcohol_drugs_brawl",),
        ),
    ],
)
def test_structured_reports_tolerate_case_spacing_and_abbreviations(
    message: str, place: str, categories: tuple[str, ...]
) -> None:
    parsed = parse_message(message)
    assert parsed.kind == "report"
    assert parsed.place == place
    assert parsed.categories == categories
    assert parsed.problems == ()


def test_a_missing_category_is_guessed_from_the_description() -> None:
    parsed = parse_message("LAPOR#Tangkas#ada serangan fajar bagi sembako")
    assert parsed.place == "Tangkas"
    assert parsed.categories == ("money_politics",)


def test_a_report_without_a_description_says_so() -> None:
    parsed = parse_message("LAPOR#Tangkas#miras")
    assert parsed.problems == ("no_description",)


@pytest.mark.parametrize(
    "message", ["NIHIL#Tangkas", "nihil # tangkas", "Nhl*Tangkas", "AMAN#Tangkas"]
)
def test_nihil_check_ins(message: str) -> None:
    parsed = parse_message(message)
    assert parsed.kind == "checkin" and parsed.place.lower() == "tangkas"


def test_a_bare_nihil_checks_in_for_the_officers_own_area() -> None:
    assert parse_message("nihil").kind == "checkin"


@pytest.mark.parametrize("message", ["INFO", "bantuan", " format ", ""])
def test_help_requests(message: str) -> None:
    assert parse_message(message).kind == "help"


def test_free_text_is_kept_and_classified_by_its_words() -> None:
    text = "Pak ada hoax beredar di grup WA soal pura di banjar kami, warga mulai panas"
    parsed = parse_message(text)
    assert parsed.kind == "free" and parsed.text == text
    assert set(parsed.categories) >= {"hoax_hate_speech", "sara_identity_religion"}


def test_short_words_do_not_fire_inside_other_words() -> None:
    assert categories_in("pupuk dan apel") == ()
