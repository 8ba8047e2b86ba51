"""Tests for the demo, build and tag commands, run in-process."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import pytest

from afghan_timeline import cli, pipeline
from afghan_timeline.model import Article, Mention
from afghan_timeline.timex import interval_of

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_DATE = re.compile(rf"(\d{{1,2}}) ({'|'.join(_MONTHS)}) (\d{{4}})")


def fake_tagger(article: Article) -> list[Mention]:
    """Tag "D Month YYYY" dates and "yesterday"; crash on "CRASH"."""
    if "CRASH" in article.text:
        raise RuntimeError("tagger bug")
    mentions = []
    for match in _DATE.finditer(article.text):
        month = _MONTHS.index(match[2]) + 1
        value = f"{int(match[3]):04d}-{month:02d}-{int(match[1]):02d}"
        mentions.append(
            Mention(
                match.start(), match.end(), match[0], "DATE", value, interval=interval_of(value)
            )
        )
    if (at := article.text.find("yesterday")) >= 0:
        mentions.append(Mention(at, at + 9, "yesterday", "DATE", "XXXX-XX-XX", resolved=False))
    return sorted(mentions, key=lambda m: m.start)


@pytest.fixture(autouse=True)
def _tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "extract_mentions", fake_tagger)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder with a manifest of three articles, one of them with a bad date."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks\n\nTalks opened on 5 January 2021 in Doha.")
    (folder / "b.txt").write_text("Pullout\n\nTroops will leave by 1 May 2021, officials said.")
    (folder / "c.txt").write_text("Other\n\nThe deal was signed on 29 February 2020.")
    (folder / "manifest.csv").write_text(
        "id,path,published\na,a.txt,2021-01-11\nb,b.txt,2021-04-13\nc,c.txt,2021-02-30\n"
    )
    return folder


def test_build_writes_json_and_reports_skipped_articles(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A corpus with one bad row still builds; the row is named and counted as skipped."""
    output = tmp_path / "out.json"
    assert cli.main(["build", str(corpus), "--output", str(output)]) == 0
    data = json.loads(output.read_text(encoding="utf-8"))
    assert [event["value"] for event in data["events"]] == ["2021-01-05", "2021-05-01"]
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].endswith("line 4: published '2021-02-30' is not a date (expected YYYY-MM-DD)")
    assert "article c" in err[0]
    assert err[-1] == f"wrote {output}: 2 events from 2 articles (1 skipped)"
    assert "Traceback" not in "\n".join(err)


def test_build_infers_csv_from_the_output_suffix(corpus: Path, tmp_path: Path) -> None:
    """An output ending in .csv is written as CSV with a header row."""
    output = tmp_path / "out.csv"
    assert cli.main(["build", str(corpus / "manifest.csv"), "-o", str(output)]) == 0
    header, *rows = output.read_text(encoding="utf-8").splitlines()
    assert "start" in header.split(",")
    assert len(rows) == 2


def test_build_writes_timelinejs_to_standard_output(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format timelinejs with --output - prints TimelineJS JSON."""
    assert cli.main(["build", str(corpus), "--format", "timelinejs", "--output", "-"]) == 0
    out, err = capsys.readouterr()
    assert "events" in json.loads(out)
    assert "wrote standard output: 2 events from 2 articles" in err


def test_build_single_text_file_with_published_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--published dates a single text file; without it an undated article is warned about."""
    story = tmp_path / "story.txt"
    story.write_text("Envoy\n\nThe envoy arrived on 13 April 2021. Talks began yesterday.")
    output = tmp_path / "story.json"
    assert cli.main(["build", str(story), "--published", "2021-04-14", "-o", str(output)]) == 0
    data = json.loads(output.read_text(encoding="utf-8"))
    assert data["articles"][0]["published"] == "2021-04-14"
    assert "warning" not in capsys.readouterr().err

    assert cli.main(["build", str(story), "-o", str(output)]) == 0
    err = capsys.readouterr().err
    assert "warning: article story: no publication date" in err


def test_build_rejects_published_with_a_folder(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--published with anything but one text file is a clear error, exit 2."""
    output = tmp_path / "x.json"
    assert cli.main(["build", str(corpus), "--published", "2021-01-01", "-o", str(output)]) == 2
    err = capsys.readouterr().err
    assert "only be given for a single .txt article" in err
    assert not output.exists()


def test_build_rejects_a_malformed_published_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A --published value that is not YYYY-MM-DD is a usage error naming the value."""
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["build", "x.txt", "--published", "2021-13-01", "-o", str(tmp_path / "o")])
    assert exit_info.value.code == 2
    assert "'2021-13-01' is not a date (expected YYYY-MM-DD)" in capsys.readouterr().err


def test_build_fails_when_every_article_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """When no article can be used nothing is written and the exit status is 1."""
    (tmp_path / "bad.txt").write_text("CRASH on 1 May 2021.")
    output = tmp_path / "out.json"
    assert cli.main(["build", str(tmp_path / "bad.txt"), "-o", str(output)]) == 1
    err = capsys.readouterr().err
    assert "error: article bad: could not be analysed: RuntimeError: tagger bug" in err
    assert "nothing to build: every article failed (1 skipped)" in err
    assert not output.exists()


def test_build_fails_on_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder without articles is nothing to build: exit 1 with a message."""
    (tmp_path / "empty").mkdir()
    assert cli.main(["build", str(tmp_path / "empty"), "-o", str(tmp_path / "o.json")]) == 1
    assert "nothing to build: no articles in" in capsys.readouterr().err


def test_build_reports_missing_paths_and_output_folders(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing input path or output folder is a one-line error, exit 2."""
    assert cli.main(["build", str(tmp_path / "nope"), "-o", str(tmp_path / "o.json")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert cli.main(["build", str(corpus), "-o", str(tmp_path / "no" / "o.json")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_demo_writes_an_html_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """demo writes timeline.html in the current folder and summarises the five articles."""
    pytest.importorskip("afghan_timeline.render", reason="HTML rendering is not installed")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["demo"]) == 0
    page = (tmp_path / "timeline.html").read_text(encoding="utf-8")
    assert "<html" in page.lower()
    assert re.search(
        r"^wrote timeline\.html: \d+ events? from 5 articles$", capsys.readouterr().err, re.M
    )


def test_tag_prints_mentions_as_json_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """tag prints one JSON object per mention with offsets, value and interval."""
    story = tmp_path / "story.txt"
    story.write_text("The envoy arrived on 13 April 2021 and left yesterday.")
    assert cli.main(["tag", str(story), "--published", "2021-04-14"]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first == {
        "start": 21,
        "end": 34,
        "text": "13 April 2021",
        "type": "DATE",
        "value": "2021-04-13",
        "mod": None,
        "resolved": True,
        "interval": {"start": "2021-04-13", "end": "2021-04-13", "precision": "day"},
    }
    assert second["interval"] is None
    assert second["resolved"] is False


def test_tag_prints_a_timeml_document_that_reads_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """tag --format timeml prints the article with TIMEX3 tags, readable by the TimeML reader."""
    from afghan_timeline.evaluation import parse_timeml

    story = tmp_path / "story.txt"
    story.write_text("Rules <b>changed</b> on 13 April 2021 & talks went on.")
    assert cli.main(["tag", str(story), "--published", "2021-04-14", "--format", "timeml"]) == 0
    document = parse_timeml(capsys.readouterr().out, path="story.tml")
    assert document.text == story.read_text()
    assert [(t.text, t.value) for t in document.timexes] == [("13 April 2021", "2021-04-13")]
    assert document.dct == datetime.date(2021, 4, 14)


def test_tag_warns_about_an_undated_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """tag without --published or dateline warns on stderr but still prints mentions."""
    story = tmp_path / "story.txt"
    story.write_text("The envoy arrived on 13 April 2021.")
    assert cli.main(["tag", str(story)]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert "no publication date" in err


def test_tag_reports_unreadable_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A non-UTF-8 file is a one-line error, exit 2, no traceback."""
    story = tmp_path / "story.txt"
    story.write_bytes(b"caf\xe9")
    assert cli.main(["tag", str(story)]) == 2
    err = capsys.readouterr().err
    assert "not UTF-8" in err and "Traceback" not in err


@pytest.mark.parametrize("command", ["demo", "build", "tag"])
def test_commands_have_help_with_examples(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Every command's --help describes it and shows examples."""
    with pytest.raises(SystemExit) as exit_info:
        cli.main([command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert f"afghan-timeline {command}" in out
    assert "examples:" in out


def test_build_accepts_jobs_zero_for_every_core(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--jobs 0 means every core, as in the library; a negative count below -1 is refused."""
    out = tmp_path / "t.json"
    assert cli.main(["build", str(corpus), "-o", str(out), "--jobs", "0"]) == 0
    assert json.loads(out.read_text())["events"]
    with pytest.raises(SystemExit):
        cli.main(["build", str(corpus), "-o", str(out), "--jobs", "-5"])
    assert "0 for every core" in capsys.readouterr().err
