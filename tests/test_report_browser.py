"""The report in a real browser: headless Chromium loads it, runs its script, and draws it.

Skips where no Chromium is installed; CI installs Debian's `chromium` (.ci/run). The screenshots are
left in the test's temporary folder.
"""

import re
import shutil
import subprocess
from urllib.parse import quote

import pytest

pytest.importorskip("pandas")
image = pytest.importorskip("matplotlib.image")

from extract.explore.render import COLORS  # noqa: E402
from extract.explore.report import build  # noqa: E402

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (apt-get install chromium)")


def chromium(tmp_path, url, *args) -> str:
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
           "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
           f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,1600", *args, url]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def pixels_of(png, hex_color: str) -> int:
    """How many pixels of the screenshot have this colour."""
    img = image.imread(png)[..., :3]
    rgb = [int(hex_color[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    return int((abs(img - rgb) < 2 / 255).all(axis=-1).sum())


@pytest.fixture(scope="module")
def page(samples, tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(build(samples.values()), encoding="utf-8")
    return path


def test_summary_and_highlighted_entities_are_shown(page, samples):
    dom = chromium(page.parent, page.as_uri(), "--dump-dom")
    assert '<section id="summary">' in dom
    assert f'<span id="shown">{len(samples)} of {len(samples)} articles</span>' in dom   # the script ran
    assert dom.count('<mark class="entity"') > 30
    shot = page.parent / "report.png"
    chromium(page.parent, page.as_uri(), f"--screenshot={shot}")
    top = image.imread(shot)[:500, :, :3]
    assert (top.mean(axis=-1) < 0.3).sum() > 5000, "no dark text at the top of the page: the summary is not drawn"


def test_filtering_by_entity_shows_its_articles_highlighted(page, samples):
    url = page.as_uri() + "#q=" + quote("руслан жаксылыков")
    dom = chromium(page.parent, url, "--dump-dom")
    assert f'<span id="shown">1 of {len(samples)} articles</span>' in dom
    assert len(re.findall(r'<article class="doc"[^>]* hidden=""', dom)) == len(samples) - 1
    shot = page.parent / "report-filtered.png"
    chromium(page.parent, url, f"--screenshot={shot}")
    # the summary steps aside: the highlights drawn are the article's own (not the summary's legend)
    assert '<section id="summary" hidden="">' in dom
    assert pixels_of(shot, COLORS["PERSON"]) > 3000
    assert pixels_of(shot, COLORS["COUNTRY"]) > 1000
