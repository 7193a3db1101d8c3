"""The pipeline reads every report; people's corrections become labelled data."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from siaga.regions.models import Region
from siaga.reports.choices import Channel, PlaceMethod
from siaga.reports.services import ReportInput, analyse, edit_report, submit_report, verify_report
from siaga.teams.models import User

pytestmark = pytest.mark.django_db


def test_analysis_fills_what_nobody_set_and_keeps_the_cues(klungkung_reporter: User) -> None:
    report, _ = submit_report(
        ReportInput(
            raw_text="Tadi malam bentrok antarpendukung paslon di Desa Gelgel, dua orang luka",
            channel=Channel.SMS,
            severity=2,
        ),
        reporter=klungkung_reporter,
    )
    analysed = analyse(report)
    assert analysed.categories == ["supporters_clash"]
    assert analysed.kind == "incident"
    assert analysed.severity == 2  # set by the reporter: kept
    assert analysed.suggestions["severity"] == 3
    assert analysed.injured == 2
    assert (analysed.region_id, analysed.place_method) == ("51.05.03.2003", PlaceMethod.NAME)
    assert "bentrok" in analysed.suggestions["cues"]["categories"]["supporters_clash"]


def test_a_place_outside_the_reporters_regency_is_only_suggested(klungkung_reporter: User) -> None:
    report, _ = submit_report(
        ReportInput(
            raw_text="Kabar dari Kecamatan Kediri, Tabanan: ada baliho dirusak",
            channel=Channel.SMS,
        ),
        reporter=klungkung_reporter,
    )
    analysed = analyse(report)
    assert analysed.region_id == "51.05.03.2006"  # still the reporter's own desa, for review
    assert analysed.suggestions["place"] == "51.02.06"


def test_corrections_are_exported_as_labelled_data(
    klungkung_reporter: User, klungkung_analyst: User
) -> None:
    report, _ = submit_report(
        ReportInput(raw_text="ribut di balai banjar", channel=Channel.WEB),
        reporter=klungkung_reporter,
    )
    edit_report(
        report,
        by=klungkung_analyst,
        region=Region.objects.get(code="51.05.03.2003"),
        categories=["alcohol_drugs_brawl"],
        severity=2,
        kind="incident",
    )
    other, _ = submit_report(
        ReportInput(raw_text="amplop dibagi", channel=Channel.WEB, categories=["money_politics"]),
        reporter=klungkung_reporter,
    )
    verify_report(other, by=klungkung_analyst)
    out = io.StringIO()
    call_command("export_labels", stdout=out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["text"] for r in rows] == ["ribut di balai banjar", "amplop dibagi"]
    assert rows[0]["categories"] == ["alcohol_drugs_brawl"]
    assert rows[0]["places"] == [{"code": "51.05.03.2003"}]
    assert set(rows[0]["corrected"]) >= {"region", "categories", "severity", "kind"}


def test_the_analyze_command_reads_and_writes_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [
        {
            "id": "a",
            "text": "Kapolres Tabanan hadiri rakor kamtibmas jelang Pilkada di Kecamatan Kediri",
        },
        {"id": "b", "text": "Tadi malam bentrok di Desa Gelgel, Klungkung, 3 orang luka"},
    ]
    stdin = io.StringIO("\n".join(json.dumps(x) for x in lines) + "\nnot json\n")
    monkeypatch.setattr("sys.stdin", stdin)
    out = io.StringIO()
    call_command("analyze", "--region-hint", "51.02", stdout=out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows[:2]] == ["a", "b"]
    assert rows[0]["kind"] == "meeting" and rows[0]["places"][0]["code"] == "51.02.06"
    assert rows[1]["severity"] == 3 and rows[1]["places"][0]["code"] == "51.05.03.2003"
    assert set(rows[0]) >= {
        "kind",
        "categories",
        "severity",
        "election_stage",
        "places",
        "organizations",
        "people",
        "casualties",
        "summary",
        "cues",
    }
    assert rows[2]["error"].startswith("bad input")


def test_the_analyze_command_places_a_dated_text_in_the_election_calendar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Timses paslon 2 membagikan amplop berisi uang ke warga Desa Gelgel"
    lines = [
        {"id": "quiet", "text": text, "published": "2024-11-25"},
        {"id": "undated", "text": text},
        {"id": "bad", "text": text, "published": "kemarin sore"},
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(json.dumps(x) for x in lines)))
    out = io.StringIO()
    call_command("analyze", stdout=out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r.get("election_stage") for r in rows[:2]] == ["quiet_period", None]
    assert (rows[2]["id"], rows[2]["line"]) == ("bad", 3)
    assert rows[2]["error"].startswith('bad input: "published" must be YYYY-MM-DD')


def test_a_second_report_of_the_same_brawl_is_flagged_as_a_possible_duplicate(
    klungkung_reporter: User, klungkung_analyst: User
) -> None:
    from django.test import Client
    from django.urls import reverse

    first, _ = submit_report(
        ReportInput(
            raw_text="Bentrok antarpendukung paslon di Desa Gelgel tadi malam",
            channel=Channel.SMS,
        ),
        reporter=klungkung_reporter,
    )
    analyse(first)
    second, _ = submit_report(
        ReportInput(
            raw_text="Massa pendukung saling serang dekat balai banjar Gelgel, Kec. Klungkung",
            channel=Channel.WEB,
        ),
        reporter=klungkung_reporter,
    )
    other, _ = submit_report(
        ReportInput(
            raw_text="Amplop dibagi di Desa Gelgel",
            channel=Channel.WEB,
        ),
        reporter=klungkung_reporter,
    )
    assert analyse(second).suggestions["possible_duplicates"] == [first.pk]
    assert analyse(other).suggestions["possible_duplicates"] == []
    client = Client()
    client.force_login(klungkung_analyst)
    panel = client.get(reverse("triage-detail", args=[second.pk]), HTTP_HX_REQUEST="true")
    assert first.number in panel.content.decode()


def test_evaluate_scores_the_hand_labelled_seeds() -> None:
    from pathlib import Path

    gold = Path(__file__).resolve().parents[2] / "analysis" / "gold" / "seeds.jsonl"
    if not (gold.parent / "../../../../shared/seeds").resolve().exists():
        pytest.skip("the shared seeds are not beside this checkout")
    out = io.StringIO()
    call_command("evaluate", str(gold), stdout=out)
    summary = json.loads(out.getvalue().splitlines()[-1])
    assert summary["texts"] == 5
    assert summary["place_f1"]["kabupaten"] == 1.0
    assert summary["kind_accuracy"] == 1.0


def test_a_javanese_report_is_sent_to_a_person(klungkung_reporter: User) -> None:
    from siaga.reports.choices import Status

    report, _ = submit_report(
        ReportInput(
            raw_text="Wong-wong wis kumpul neng balai, aku ora ngerti sing nggawe ribut",
            channel=Channel.SMS,
            region_code="51.05.03.2006",
        ),
        reporter=klungkung_reporter,
    )
    assert report.status == Status.NEW
    assert analyse(report).status == Status.NEEDS_REVIEW


def test_evaluate_needs_a_gold_file_or_cross_validation() -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--cross-validate"):
        call_command("evaluate")


def test_the_teams_corrections_train_the_model_and_bad_lines_are_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    from pathlib import Path

    from django.core.management.base import CommandError

    from siaga.analysis.model import default_model

    folder = Path(str(tmp_path))
    labels = folder / "koreksi.jsonl"
    good = {"kind": "incident", "categories": ["money_politics"]}
    labels.write_text(
        "\n".join(
            [
                json.dumps({"text": "ada bagi zorblat di banjar", **good}),
                json.dumps({"text": "zorblat dibagikan lagi malam ini", **good}),
                json.dumps({"text": "tanpa jenis", "categories": []}),
                "bukan json",
            ]
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("SIAGA_EXTRA_LABELS", str(labels))
    monkeypatch.setenv("SIAGA_CACHE_DIR", str(folder / "cache"))
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("train_model", stdout=out, stderr=err)
        assert "2 koreksi" in out.getvalue()
        assert "line 3: kind None" in err.getvalue() and "line 4: not JSON" in err.getvalue()
        assert "w:zorblat" in default_model().vocabulary
        with pytest.raises(CommandError, match="2 baris"):
            call_command("train_model", "--check", str(labels), stderr=io.StringIO())
    finally:
        default_model.cache_clear()  # the next test reads the corpus-only model again
