"""Render the demo corpus's timeline and save a 1280x800 screenshot to docs/demo-timeline.png.

Run from the repository root (needs the ``browser`` extra and Debian's ``chromium``)::

    python docs/make_screenshot.py [--out docs/demo-timeline.png] [--html demo.html]

The page is opened offline in headless Chromium, the hover card of the 1 May 2021 deadline is
shown, and the viewport is saved.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from afghan_timeline import build_timeline
from afghan_timeline.demo import demo_articles
from afghan_timeline.render import DIV_ID, write_html

LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TITLE = "Afghanistan 2020–2021: peace talks and the US withdrawal"
HOVER_VALUE = "2021-05-01"  # the event whose hover card the screenshot shows

_POINT_POSITION = """
([id, value]) => {
  const gd = document.getElementById(id);
  const layout = gd._fullLayout, xa = layout.xaxis, ya = layout.yaxis;
  for (const trace of gd.data) {
    if (!trace.meta || trace.meta.shape !== 'marker') { continue; }
    for (let i = 0; i < trace.x.length; i++) {
      if (String(trace.x[i]).startsWith(value)) {
        const box = gd.getBoundingClientRect();
        return [box.left + layout._size.l + xa.d2p(trace.x[i]),
                box.top + layout._size.t + ya.d2p(trace.y[i])];
      }
    }
  }
  return null;
}
"""


def main(argv: list[str] | None = None) -> int:
    """Write the screenshot; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("demo-timeline.png"))
    parser.add_argument("--html", type=Path, help="also keep the page at this path")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        print("make_screenshot: Chromium not found (apt-get install -y chromium)", file=sys.stderr)
        return 2
    timeline = build_timeline(demo_articles())
    with tempfile.TemporaryDirectory() as folder:
        page_path = write_html(timeline, Path(folder) / "demo.html", title=TITLE)
        if args.html:
            shutil.copyfile(page_path, args.html)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=LAUNCH_ARGS)
            page = browser.new_page(viewport={"width": args.width, "height": args.height})
            page.route(
                "**/*",
                lambda route: (
                    route.continue_() if route.request.url.startswith("file://") else route.abort()
                ),
            )
            page.goto(page_path.resolve().as_uri())
            page.wait_for_selector(".cartesianlayer .point")
            position = page.evaluate(_POINT_POSITION, [DIV_ID, HOVER_VALUE])
            if position:
                page.mouse.move(*position)
                page.wait_for_selector(".hoverlayer .hovertext")
            page.wait_for_timeout(300)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
            browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
