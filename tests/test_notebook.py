"""The sample notebook runs top to bottom on the bundled samples, without an error."""

import os
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOK = Path(__file__).resolve().parents[1] / "samples" / "explore.ipynb"


def test_sample_notebook_runs(tmp_path, monkeypatch):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    monkeypatch.delenv("MPLBACKEND", raising=False)   # the kernel's inline backend shows the figures
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "1")
    src = str(Path(__file__).resolve().parents[1] / "src")   # the code under test, installed or not
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p))
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()   # raises CellExecutionError on the first failing cell
    outputs = {n: c.get("outputs", []) for n, c in enumerate(nb.cells) if c.cell_type == "code"}
    html = [o["data"]["text/html"] for out in outputs.values() for o in out if "text/html" in o.get("data", {})]
    assert any("<mark" in h and "Жаксылыков" in h for h in html), "the seed did not render as highlighted text"
    images = [o for out in outputs.values() for o in out if "image/png" in o.get("data", {})]
    assert len(images) == 2, "network and timeline should each draw one figure"
    nbformat.write(nb, tmp_path / "explore.executed.ipynb")
