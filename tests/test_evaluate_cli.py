"""The ``evaluate`` API and ``afghan-timeline evaluate`` command on small TimeML folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import afghan_timeline.tagger
from afghan_timeline import Article, Mention, MissingPublicationDate, TimeMLError, TimexType
from afghan_timeline.cli import main
from afghan_timeline.evaluation import evaluate, read_timeml

DOC_A = """<TimeML><DOCID>docA</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07">1998-08-07</TIMEX3></DCT>
<TEXT>Bombs went off <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> in two \
capitals, officials said after <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours\
</TIMEX3> of silence.</TEXT></TimeML>"""

DOC_B = """<TimeML><DOCID>docB</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">1998-01-08</TIMEX3></DCT>
<TEXT>Markets fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.\
</TEXT></TimeML>"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder with two documents, one of them in a sub-folder."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.tml").write_text(DOC_A, encoding="utf-8")
    (tmp_path / "sub" / "b.tml").write_text(DOC_B, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not TimeML", encoding="utf-8")
    return tmp_path


def _gold_by_text(folder: Path) -> dict[str, list[Mention]]:
    docs = [read_timeml(path) for path in folder.rglob("*.tml")]
    return {doc.text: [t.as_mention() for t in doc.timexes] for doc in docs}


@pytest.fixture
def oracle(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the library tagger return exactly the gold expressions."""
    gold = _gold_by_text(corpus)
    monkeypatch.setattr(afghan_timeline.tagger, "extract_mentions", lambda a: gold[a.text])


@pytest.fixture
def silent(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the library tagger find nothing."""
    monkeypatch.setattr(afghan_timeline.tagger, "extract_mentions", lambda a: [])


def test_evaluate_folder_recursive_with_oracle_is_perfect(corpus: Path, oracle: None) -> None:
    """A folder is searched recursively for .tml files and a perfect tagger scores 1.0."""
    report = evaluate([corpus])
    assert sorted(doc.doc_id for doc in report.documents) == ["docA", "docB"]
    assert (report.counts.gold, report.counts.system) == (3, 3)
    assert report.strict.f1 == report.relaxed.f1 == report.type.f1 == report.value.f1 == 1.0
    assert report.problems == ()


def test_evaluate_tagger_argument_gets_dated_articles(corpus: Path) -> None:
    """An explicit tagger is called with each document as an article dated by its DCT."""
    seen: list[Article] = []

    def tagger(article: Article) -> list[Mention]:
        seen.append(article)
        start = article.text.find("Friday")
        if start < 0:
            return []
        return [Mention(start, start + 6, "Friday", TimexType.DATE, "1998-08-14")]

    report = evaluate(corpus / "a.tml", tagger=tagger)
    assert [(a.id, a.published.isoformat()) for a in seen] == [("docA", "1998-08-07")]
    assert report.relaxed.recall == 0.5
    assert report.value.f1 == 0.0


def test_evaluate_tagger_error_is_a_problem_scored_as_empty(corpus: Path) -> None:
    """A document the tagger rejects is listed as a problem and counts its gold as missed."""

    def tagger(article: Article) -> list[Mention]:
        raise MissingPublicationDate(article.id, "no date")

    report = evaluate([corpus], tagger=tagger)
    assert report.counts.gold == 3
    assert report.relaxed.recall == 0.0
    assert len(report.problems) == 2
    assert "no date" in report.problems[0].message


def test_evaluate_named_bad_file_raises_timeml_error(tmp_path: Path) -> None:
    """A named file that is not TimeML raises an error naming the file."""
    bad = tmp_path / "bad.tml"
    bad.write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(TimeMLError, match=r"bad\.tml"):
        evaluate([bad], tagger=lambda a: [])


def test_evaluate_command_prints_table_with_speed(corpus: Path, oracle: None, capsys) -> None:
    """The table shows counts, the figures in percent and the tagger's documents per second."""
    assert main(["evaluate", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "documents: 2" in out
    assert "docs/s" in out
    assert "strict P" in out and "relaxed P" in out and "value F1" in out
    row = next(line for line in out.splitlines() if line.startswith("all "))
    assert row.split()[1:] == ["3", "3"] + ["100.0"] * 8


def test_evaluate_command_by_type_adds_type_rows(corpus: Path, silent: None, capsys) -> None:
    """--by-type adds a row per gold or system type."""
    assert main(["evaluate", str(corpus), "--by-type"]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = {line.split()[0]: line.split()[1:3] for line in lines if line[:1].isupper()}
    assert rows == {"DATE": ["2", "0"], "DURATION": ["1", "0"]}


def test_evaluate_command_json_is_one_object(corpus: Path, silent: None, capsys) -> None:
    """--json prints a JSON object with every figure, speed and the requested errors."""
    assert main(["evaluate", str(corpus), "--json", "--errors", "2", "--by-type"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 2
    assert (data["gold"], data["system"]) == (3, 0)
    assert data["relaxed"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert set(data) >= {"strict", "type", "value", "docs_per_second", "by_type", "problems"}
    assert data["by_type"]["DURATION"]["gold"] == 1
    assert data["error_counts"]["missed"] == 3
    assert len(data["errors"]) == 2
    assert data["errors"][0]["kind"] == "missed"


def test_evaluate_command_errors_lists_kinds_with_context(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """--errors N lists up to N errors with doc id, gold and system text and value, context."""

    def tagger(article: Article) -> list[Mention]:
        found = []
        for word, value in (("Friday", "1998-08-14"), ("capitals", "XXXX")):
            start = article.text.find(word)
            if start >= 0:
                found.append(Mention(start, start + len(word), word, TimexType.DATE, value))
        return found

    monkeypatch.setattr(afghan_timeline.tagger, "extract_mentions", tagger)
    assert main(["evaluate", str(corpus), "--errors", "3"]) == 0
    out = capsys.readouterr().out
    listing = out[out.index("errors (") :]
    assert listing.startswith("errors (3 of 4 shown)")
    assert "missed 2" in listing and "spurious 1" in listing and "wrong value 1" in listing
    assert "docA  gold 'Friday' DATE 1998-08-07  |  system 'Friday' DATE 1998-08-14" in listing
    assert "went off [[Friday]] in two" in listing
    assert "system 'capitals' DATE XXXX" in listing
    assert len([line for line in listing.splitlines() if "[[" in line]) == 3


def test_evaluate_command_bad_named_file_is_a_clean_error(tmp_path: Path, capsys) -> None:
    """A named unreadable file ends the command with status 2 and a message naming it."""
    bad = tmp_path / "bad.tml"
    bad.write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    assert main(["evaluate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("afghan-timeline: error: ")
    assert "bad.tml" in err
    assert "Traceback" not in err


def test_evaluate_command_missing_path_is_a_clean_error(tmp_path: Path, capsys) -> None:
    """A path that does not exist is reported by name."""
    assert main(["evaluate", str(tmp_path / "nowhere")]) == 2
    assert "nowhere: no such file or folder" in capsys.readouterr().err


def test_evaluate_command_bad_file_in_folder_is_skipped(corpus: Path, oracle: None, capsys) -> None:
    """In a folder run a bad file is reported and skipped while the others are scored."""
    (corpus / "sub" / "broken.tml").write_text("<TimeML><TEXT>", encoding="utf-8")
    assert main(["evaluate", str(corpus), "--json"]) == 0
    captured = capsys.readouterr()
    assert "skipped" in captured.err and "broken.tml" in captured.err
    data = json.loads(captured.out)
    assert data["documents"] == 2
    assert data["value"]["f1"] == 1.0
    assert "by_type" not in data
    assert [Path(p["path"]).name for p in data["problems"]] == ["broken.tml"]


def test_evaluate_command_folder_of_only_bad_files_fails(tmp_path: Path, capsys) -> None:
    """When no document can be scored the command fails instead of printing zeros."""
    (tmp_path / "x.tml").write_text("nope", encoding="utf-8")
    assert main(["evaluate", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "x.tml" in err and "no TimeML document could be scored" in err


def test_evaluate_command_rejects_negative_error_count(corpus: Path, capsys) -> None:
    """--errors takes a number >= 0."""
    with pytest.raises(SystemExit) as exit_info:
        main(["evaluate", str(corpus), "--errors", "-1"])
    assert exit_info.value.code == 2
    assert ">= 0" in capsys.readouterr().err


def test_evaluate_mentions_off_their_offsets_are_a_problem(corpus: Path) -> None:
    """A tagger mention whose text is not the document's text at its offsets is reported."""

    def tagger(article: Article) -> list[Mention]:
        return [Mention(0, 6, "Friday", TimexType.DATE, "1998-08-07")]

    report = evaluate(corpus / "a.tml", tagger=tagger)
    assert len(report.problems) == 1
    assert "'Friday' at 0..6 where the text has 'Bombs '" in report.problems[0].message


def test_the_package_offers_evaluate_without_loading_it_at_import(corpus: Path) -> None:
    """``afghan_timeline.evaluate`` is the scorer; importing the package does not load it."""
    import subprocess
    import sys

    import afghan_timeline

    assert afghan_timeline.evaluate is evaluate
    assert afghan_timeline.evaluate(corpus).counts.gold == 3
    code = "import sys, afghan_timeline; print('afghan_timeline.evaluation' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert loaded.stdout.strip() == "False"
    with pytest.raises(AttributeError):
        afghan_timeline.no_such_name  # noqa: B018
