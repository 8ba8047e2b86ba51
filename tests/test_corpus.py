"""Tests for reading articles from text files, folders and manifests."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from afghan_timeline.corpus import iter_corpus, load_articles, parse_published
from afghan_timeline.demo import demo_articles
from afghan_timeline.errors import CorpusError
from afghan_timeline.model import Article, ArticleProblem, PublishedBasis


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_load_articles_reads_a_text_file(tmp_path: Path) -> None:
    """A .txt file is one article: id from the stem, title from a short first line."""
    path = _write(tmp_path / "kabul-talks.txt", "Talks resume\n\nThe talks resume on Monday.\n")
    (article,) = load_articles([path], published="2021-04-14")
    assert article.id == "kabul-talks"
    assert article.title == "Talks resume"
    assert article.published == datetime.date(2021, 4, 14)
    assert article.published_basis is PublishedBasis.METADATA
    assert article.text.startswith("Talks resume\n")


def test_load_articles_reads_folders_recursively_in_sorted_order(tmp_path: Path) -> None:
    """A folder yields its *.txt files, recursively, sorted, with relative ids."""
    _write(tmp_path / "b.txt", "Second story text.")
    _write(tmp_path / "a.txt", "First story text.")
    _write(tmp_path / "sub" / "a.txt", "Nested story text.")
    _write(tmp_path / "notes.md", "not an article")
    assert [a.id for a in load_articles([tmp_path])] == ["a", "b", "sub/a"]


def test_load_articles_prefers_a_folders_manifest(tmp_path: Path) -> None:
    """A folder with a manifest.jsonl is read through the manifest, dates included."""
    _write(tmp_path / "x.txt", "Story text.")
    _write(tmp_path / "ignored.txt", "Not listed.")
    _write(
        tmp_path / "manifest.jsonl", '{"id": "x1", "path": "x.txt", "published": "2021-01-11"}\n'
    )
    (article,) = load_articles([tmp_path])
    assert (article.id, article.published) == ("x1", datetime.date(2021, 1, 11))


def test_load_articles_reads_jsonl_manifests(tmp_path: Path) -> None:
    """A JSONL manifest gives ids, paths relative to it or inline text, and metadata."""
    _write(tmp_path / "docs" / "one.txt", "One story.")
    rows = [
        {"id": "1", "path": "docs/one.txt", "published": "2021-04-13", "title": "One",
         "source": "Outlook", "url": "https://example.org/1"},
        {"text": "Inline story.", "published": ""},
    ]  # fmt: skip
    manifest = _write(tmp_path / "m.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n\n")
    first, second = load_articles([manifest])
    assert first == Article(
        "One story.",
        published=datetime.date(2021, 4, 13),
        id="1",
        title="One",
        source="Outlook",
        url="https://example.org/1",
    )
    assert second.text == "Inline story."
    assert second.published is None
    assert second.id == f"{manifest} line 2"


def test_load_articles_reads_csv_manifests(tmp_path: Path) -> None:
    """A CSV manifest with a header row gives the same articles as JSONL."""
    _write(tmp_path / "one.txt", "One story.")
    manifest = _write(
        tmp_path / "m.csv", 'id,path,published,title\n1,one.txt,2021-04-13,"One, two"\n'
    )
    (article,) = load_articles([manifest])
    assert (article.id, article.title, article.published) == (
        "1",
        "One, two",
        datetime.date(2021, 4, 13),
    )


def test_iter_corpus_reports_bad_rows_and_keeps_going(tmp_path: Path) -> None:
    """Each bad row becomes a problem naming file, line and cause; good rows still come."""
    _write(tmp_path / "ok.txt", "Good story.")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 story".encode("latin-1"))
    _write(tmp_path / "empty.txt", "")
    manifest = _write(
        tmp_path / "manifest.csv",
        "id,path,published\n"
        "a,ok.txt,2021-04-13\n"
        "b,ok.txt,2021-13-01\n"
        "c,missing.txt,\n"
        "d,latin1.txt,\n"
        "e,empty.txt,\n"
        "a,ok.txt,\n"
        "f,ok.txt,2021-04-13\n",
    )
    items = list(iter_corpus([manifest]))
    assert [item.id for item in items if isinstance(item, Article)] == ["a", "f"]
    messages = {p.article_id: p.message for p in items if isinstance(p, ArticleProblem)}
    assert messages["b"] == (
        f"{manifest} line 3: published '2021-13-01' is not a date (expected YYYY-MM-DD)"
    )
    assert messages["c"].startswith(f"{manifest} line 4: file 'missing.txt' not found")
    assert "not UTF-8" in messages["d"] and "line 5" in messages["d"]
    assert messages["e"] == f"{manifest} line 6: article text is empty"
    assert "duplicate id 'a'" in messages["a"]


def test_iter_corpus_reports_bad_json_lines(tmp_path: Path) -> None:
    """Unparsable JSON lines and non-object rows are problems with their line numbers."""
    manifest = _write(tmp_path / "m.jsonl", 'not json\n[1, 2]\n{"text": "Fine."}\n{"id": "x"}\n')
    items = list(iter_corpus([manifest]))
    problems = [item.message for item in items if isinstance(item, ArticleProblem)]
    assert problems[0].startswith(f"{manifest} line 1: not valid JSON")
    assert problems[1].startswith(f"{manifest} line 2: expected a JSON object")
    assert problems[2] == f"{manifest} line 4: needs a 'path' or a 'text' column"
    assert [item.text for item in items if isinstance(item, Article)] == ["Fine."]


def test_iter_corpus_reports_a_manifest_without_path_or_text_column(tmp_path: Path) -> None:
    """A CSV header lacking both 'path' and 'text' is one problem for the whole manifest."""
    manifest = _write(tmp_path / "m.csv", "id,published\na,2021-01-01\n")
    (problem,) = list(iter_corpus([manifest]))
    assert isinstance(problem, ArticleProblem)
    assert "needs a 'path' or a 'text' column" in problem.message


def test_iter_corpus_reports_non_utf8_text_files(tmp_path: Path) -> None:
    """A text file in another encoding is a problem that says how to fix it."""
    path = tmp_path / "story.txt"
    path.write_bytes(b"He said \x93yes\x94.")
    (problem,) = list(iter_corpus([path]))
    assert problem.article_id == "story"
    assert "not UTF-8 text (byte 0x93 at offset 8)" in problem.message
    assert "iconv" in problem.message


def test_load_articles_raises_on_problems_unless_collected(tmp_path: Path) -> None:
    """Strict loading raises CorpusError; with on_problem the rest is still read."""
    _write(tmp_path / "a.txt", "")
    _write(tmp_path / "b.txt", "Story.")
    with pytest.raises(CorpusError, match="article text is empty"):
        list(load_articles([tmp_path]))
    seen: list[ArticleProblem] = []
    assert [a.id for a in load_articles([tmp_path], on_problem=seen.append)] == ["b"]
    assert [p.article_id for p in seen] == ["a"]


def test_load_articles_streams_lazily(tmp_path: Path) -> None:
    """Files are read only as the iterator advances."""
    _write(tmp_path / "a.txt", "Story one.")
    _write(tmp_path / "b.txt", "Story two.")
    articles = load_articles([tmp_path])
    assert next(articles).id == "a"
    (tmp_path / "b.txt").write_bytes(b"\xff changed after the first article was read")
    with pytest.raises(CorpusError, match="not UTF-8"):
        next(articles)


@pytest.mark.parametrize(
    ("paths", "published", "message"),
    [
        (["missing.txt"], None, "no such file or folder"),
        (["notes.md"], None, "unsupported file type '.md'"),
        (["a.txt", "b.txt"], "2021-04-14", "only be given for a single .txt article"),
        (["a.txt"], "14/04/2021", "is not a date"),
    ],
)
def test_iter_corpus_checks_paths_up_front(
    tmp_path: Path, paths: list[str], published: str | None, message: str
) -> None:
    """Missing paths, unknown types and a misused publication date fail at once."""
    for name in ("a.txt", "b.txt", "notes.md"):
        _write(tmp_path / name, "Story.")
    with pytest.raises(CorpusError, match=message):
        iter_corpus([tmp_path / p for p in paths], published=published)


def test_parse_published_accepts_only_iso_dates() -> None:
    """Publication dates are YYYY-MM-DD; blanks are None."""
    assert parse_published("2020-02-29") == datetime.date(2020, 2, 29)
    assert parse_published("  ") is None
    for bad in ("2021-02-30", "2021-4-1", "April 2021"):
        with pytest.raises(CorpusError, match="expected YYYY-MM-DD"):
            parse_published(bad)


def test_demo_articles_are_the_five_dated_seed_articles() -> None:
    """The packaged demo corpus has five articles with their manifest dates and titles."""
    articles = demo_articles()
    assert [(a.id, a.published.isoformat()) for a in articles] == [
        ("000", "2021-04-14"),
        ("001", "2021-04-13"),
        ("002", "2021-08-05"),
        ("003", "2021-01-11"),
        ("004", "2021-10-09"),
    ]
    assert all(a.title and a.text.strip() for a in articles)


def test_load_articles_guesses_the_headline_past_page_furniture(tmp_path: Path) -> None:
    """The title skips "Skip to content" and dateline lines and drops a " | Site" suffix."""
    path = _write(
        tmp_path / "page.txt",
        "Skip to content\nSunday, December 3, 2023\n\nWhy the talks failed | Taliban News\n\n"
        "Negotiators returned to Doha.",
    )
    (article,) = load_articles([path])
    assert article.title == "Why the talks failed"


def test_load_articles_drops_a_title_label(tmp_path: Path) -> None:
    """A header line "Title: ..." (or "Headline: ...") gives the title without its label."""
    path = _write(
        tmp_path / "doha.txt",
        "Title: Talks resume in Doha\nPublished: 2021-04-14\n\nNegotiators met on Monday.",
    )
    (article,) = load_articles([path])
    assert article.title == "Talks resume in Doha"


def test_load_articles_leaves_a_single_paragraph_untitled(tmp_path: Path) -> None:
    """A text that is one long paragraph has no title; its id labels it."""
    path = _write(tmp_path / "p.txt", "Negotiators returned to Doha on Tuesday. " * 10)
    (article,) = load_articles([path])
    assert article.title is None
    assert article.label == "p"
