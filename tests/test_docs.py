"""The README's example runs as shown, and every command is documented."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import afghan_timeline
from afghan_timeline.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")


def _python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, re.S)


def test_readme_python_example_prints_what_it_shows(tmp_path, monkeypatch):
    """Running the README's Python example prints exactly the lines in its comments."""
    (block,) = _python_blocks(README)
    expected = [line[2:] for line in block.splitlines() if line.startswith("# ")]
    monkeypatch.chdir(tmp_path)
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(block, "README.md", "exec"), {})
    assert output.getvalue().splitlines() == expected
    assert (tmp_path / "doha.html").stat().st_size > 100_000


def test_readme_documents_every_command():
    """Each sub-command of afghan-timeline appears in the README's command-line section."""
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for name in commands:
        assert f"afghan-timeline {name}" in README, name


def test_readme_gives_the_two_setup_commands():
    """The README shows the install-and-demo command and the test command that CI runs."""
    assert "python -m pip install . && afghan-timeline demo --output timeline.html" in README
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    test_command = 'python -m pip install ".[test,browser]" && python -m pytest'
    assert test_command in README
    assert test_command in ci


def test_public_api_lists_exactly_the_public_names():
    """``__all__`` is sorted and names every public attribute of the package, no more."""
    public = {
        name
        for name, value in vars(afghan_timeline).items()
        if not name.startswith("_") and not isinstance(value, type(afghan_timeline))
    }
    lazy = {"evaluate"}  # loaded on first use, so not yet in vars()
    assert all(callable(getattr(afghan_timeline, name)) for name in lazy)
    assert afghan_timeline.__all__ == sorted(afghan_timeline.__all__)
    assert set(afghan_timeline.__all__) == (public - {"annotations"}) | lazy
