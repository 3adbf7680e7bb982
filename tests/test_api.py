"""The README's five-line Python example, run as written, on the shipped model world."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from personalq import paths

README = Path(__file__).resolve().parents[1] / "README.md"


def readme_example() -> str:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.S)
    example = next(b for b in blocks if "from personalq import" in b)
    assert len(example.strip().splitlines()) == 5
    return example


@pytest.mark.skipif(not (paths.WORLD_BASE_DIR / "model_index.json").is_file(),
                    reason="the model world (models/) is not present")
def test_the_readme_example_selects_builds_and_draws(tmp_path, monkeypatch):
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    names: dict = {}
    exec(readme_example().replace('"models/repo"', repr(str(paths.WORLD_REPO_DIR))), names)
    assert names["decision"].checkpoints == ["lumo"]
    assert names["pipeline"].state.applied == "lumo"
    star = np.asarray(Image.open(tmp_path / "star.png").convert("RGB"))
    assert star.shape == (64, 64, 3) and star.std() > 0
    again = names["pipeline"].draw(names["decision"].prompt, seed=0)
    assert np.array_equal(np.asarray(again.convert("RGB")), star)  # same seed, same image


def test_the_api_names_load_lazily():
    import subprocess
    import sys

    code = ("import sys, personalq; assert 'personalq.api' not in sys.modules; "
            "from personalq import load_pipeline, Selector, open_repository; "
            "assert 'personalq.api' in sys.modules; print(load_pipeline.__module__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "personalq.api"
