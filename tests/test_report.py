"""`extract report`: one self-contained HTML page of a batch's records, from the command line."""

import json
import re

import pytest

pytest.importorskip("pandas")
pytest.importorskip("matplotlib")

from extract import cli  # noqa: E402
from extract.explore.report import build  # noqa: E402
from explore_corpus import corpus  # noqa: E402

from conftest import SAMPLES  # noqa: E402


def _self_contained(html: str):
    """Nothing to fetch: no external scripts, styles, images or fonts."""
    assert not re.search(r'(src|href)\s*=\s*"(https?:)?//', html)
    assert "<link" not in html and "@import" not in html and not re.search(r"url\((https?:)?//", html)


def test_report_of_the_samples_has_summary_highlights_and_records(samples):
    html = build(samples.values())
    _self_contained(html)
    assert '<section id="summary">' in html and "<b>5</b>articles" in html
    assert html.count('<article class="doc"') == len(samples)
    assert html.count("<mark") > 30
    assert 'data-q="руслан жаксылыков"' in html          # a top person, clickable to filter
    assert "<script>" in html and "addEventListener" in html


def test_report_draws_the_timeline_and_network_when_there_are_events():
    html = build(corpus())
    _self_contained(html)
    assert html.count("<svg") == 2 and "no dated events" not in html


def test_extract_report_command_with_the_original_input(tmp_path, capsys):
    out, page = tmp_path / "out.jsonl", tmp_path / "report.html"
    paths = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    assert cli.main(paths + ["-o", str(out)]) == 0
    assert cli.main(["report", str(out), "--input", *paths, "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.count('<article class="doc"') == len(paths) and "text is not available" not in html
    assert html.count("<mark") > 30
    # without the input, the records still show, and the page says why the texts are missing
    assert cli.main(["report", str(out), "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert "text is not available" in html and "write the output with --with-text" in html


def test_extract_report_command_with_texts_in_the_output(tmp_path):
    out, page = tmp_path / "out.jsonl", tmp_path / "report.html"
    seed = str(SAMPLES / "defence-ministers-astana-2024.txt")
    assert cli.main([seed, "--with-text", "-o", str(out)]) == 0
    assert cli.main(["report", str(out), "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert "Руслан Жаксылыков" in html and "<mark" in html and "text is not available" not in html


def test_extract_report_usage_errors(tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        cli.main(["report", str(tmp_path / "missing.jsonl")])
    assert e.value.code == 2
    junk = tmp_path / "junk.jsonl"
    junk.write_text('{"a": 1}\n', encoding="utf-8")
    assert cli.main(["report", str(junk), "-o", str(tmp_path / "r.html")]) == 2
    assert "not an extract Article" in capsys.readouterr().err


def test_input_texts_are_cleaned_as_in_the_run(tmp_path, extractor):
    """An HTML input: the records' offsets are into the stripped text, and the report shows that text."""
    html = ("<html><body><p>Министр обороны Ирландии <b>Шон Келли</b> прибыл в Осло.</p>"
            "<p>Его встретила министр обороны Норвегии Ингрид Берг.</p></body></html>")
    art = extractor.extract(html, id="a1")
    assert art.error is None and art.entities, art
    out, docs, page = tmp_path / "out.jsonl", tmp_path / "in.jsonl", tmp_path / "report.html"
    out.write_text(art.to_json() + "\n", encoding="utf-8")
    docs.write_text(json.dumps({"id": "a1", "text": html}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli.main(["report", str(out), "--input", str(docs), "-o", str(page)]) == 0
    shown = page.read_text(encoding="utf-8")
    assert "does not match" not in shown and "text is not available" not in shown
    assert "&lt;b&gt;" not in shown and "Ингрид Берг" in shown
