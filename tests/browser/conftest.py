"""Headless Chromium for the browser tests: the system's Chromium driven by Playwright.

Every request a page makes is routed: ``file://`` URLs load, anything else is aborted and
recorded, so a test can assert that a page never reaches the network. Console errors, page
errors and dialogs are recorded too. Set ``CHROMIUM`` to use a Chromium other than
``/usr/bin/chromium``.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the shared tests/strategies.py

LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str | None:
    """The Chromium executable to drive, or None when there is none."""
    configured = os.environ.get("CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else None
    for candidate in ("/usr/bin/chromium", shutil.which("chromium") or ""):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """A headless system Chromium, or a skip saying what is missing."""
    # CI sets AFGHAN_TIMELINE_REQUIRE_BROWSER so that a missing browser fails, never skips.
    missing = pytest.fail if os.environ.get("AFGHAN_TIMELINE_REQUIRE_BROWSER") else pytest.skip
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("playwright is not installed (pip install 'afghan_timeline[browser]')")
    executable = chromium_path()
    if executable is None:
        missing("Chromium is not installed (apt-get install -y chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        yield launched
        launched.close()


@attrs.define
class Visit:
    """An opened page and what it did: blocked requests, console errors, dialogs, popups."""

    page: Any
    blocked: list[str] = attrs.field(factory=list)
    errors: list[str] = attrs.field(factory=list)
    dialogs: list[str] = attrs.field(factory=list)
    popups: list[Any] = attrs.field(factory=list)

    def count(self, selector: str) -> int:
        """How many elements match ``selector``."""
        return int(self.page.evaluate("s => document.querySelectorAll(s).length", selector))


@pytest.fixture
def open_page(browser: Any) -> Iterator[Callable[..., Visit]]:
    """Open a local HTML file in a fresh context; returns a :class:`Visit`."""
    contexts = []

    def opener(path: Path, width: int = 1280, height: int = 800) -> Visit:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        visit = Visit(page)

        def route(route: Any) -> None:
            url = route.request.url
            if url.startswith("file://"):
                route.continue_()
            else:
                visit.blocked.append(url)
                route.abort()

        context.route("**/*", route)
        page.on(
            "console",
            lambda message: visit.errors.append(message.text) if message.type == "error" else None,
        )
        page.on("pageerror", lambda error: visit.errors.append(str(error)))

        def dialog(d: Any) -> None:
            visit.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", dialog)
        context.on("page", lambda popup: visit.popups.append(popup))
        page.goto(path.resolve().as_uri())
        page.wait_for_selector(".cartesianlayer .point, .cartesianlayer", timeout=30_000)
        page.wait_for_timeout(300)
        return visit

    yield opener
    for context in contexts:
        context.close()
