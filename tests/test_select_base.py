"""Only what can be drawn: with a base model loaded, checkpoints made for another base are no
candidates; without one every card stays, and the decision says which base each pick needs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from personalq.catalog.store import open_repository
from personalq.checkin.select import Selector
from personalq.diffusion.loading import base_names
from personalq.errors import PersonalQError

DESIGN_KEYS = {"action", "checkpoint", "checkpoints", "options", "question", "prompt",
               "candidates", "latency_ms"}
ROBOT = {"name": "Bolt", "class_noun": "robot", "kind": "subject", "family": "bolt",
         "description": "Bolt, my little tin robot with a red antenna.", "tags": ["toy", "robot"]}
CARDS = [
    {**ROBOT, "id": "bolt-sd15", "trigger": "<bolt-v1>", "version": 1, "created_at": "2025-01-10",
     "base_model": "sd15"},
    {**ROBOT, "id": "bolt-xl", "trigger": "<bolt-v2>", "version": 2, "created_at": "2025-09-01",
     "base_model": "sdxl"},
    {"id": "gouache-xl", "name": "Harbour Gouache", "trigger": "hrbrgch", "class_noun": "gouache painting",
     "kind": "style", "family": "gouache", "description": "Flat gouache painting style.",
     "tags": ["style", "gouache"], "base_model": "SDXL 1.0"},
]


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    path = tmp_path / "robots.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in CARDS))
    return path


def test_without_a_base_the_newest_version_is_picked_and_its_base_reported(repo):
    d = Selector(open_repository(repo)).select("my robot on the beach").to_json()
    assert DESIGN_KEYS <= set(d)
    assert d["action"] == "select" and d["checkpoint"] == "bolt-xl"
    assert d["base_models"] == {"bolt-xl": "sdxl"}


def test_a_loaded_sd15_base_leaves_out_the_sdxl_lora(repo):
    selector = Selector(open_repository(repo), base_model="sd15")
    d = selector.select("my robot on the beach").to_json()
    assert d["action"] == "select" and d["checkpoint"] == "bolt-sd15"
    assert d["base_models"] == {"bolt-sd15": "sd15"}
    assert all(c["id"] != "bolt-xl" for c in d["candidates"])
    # the SDXL-only style is not there to compose with on an SD1.5 base
    d = selector.select("my robot on the beach in the Harbour Gouache style").to_json()
    assert d["checkpoints"] == ["bolt-sd15"]


def test_an_sdxl_base_accepts_cards_spelt_the_civitai_way(repo):
    d = Selector(open_repository(repo), base_model="sdxl").select(
        "my robot on the beach in the Harbour Gouache style").to_json()
    assert d["checkpoints"] == ["bolt-xl", "gouache-xl"]
    assert d["base_models"] == {"bolt-xl": "sdxl", "gouache-xl": "sdxl"}


def test_a_base_no_card_was_made_for_leaves_nothing_to_select(repo):
    d = Selector(open_repository(repo), base_model="flux").select("my robot on the beach").to_json()
    assert d["action"] == "none" and d["base_models"] == {}


def test_a_base_name_that_is_no_name_is_refused(repo):
    with pytest.raises(PersonalQError):
        Selector(open_repository(repo), base_model="unknown")


def test_cli_base_flag(repo, tmp_path):
    env_cmd = [sys.executable, "-m", "personalq.cli", "select", "--repo", str(repo), "--json"]
    out = subprocess.run(env_cmd + ["my robot on the beach", "--base", "sd15"],
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["checkpoint"] == "bolt-sd15"
    out = subprocess.run(env_cmd + ["my robot on the beach"], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["checkpoint"] == "bolt-xl"


def test_base_names_of_a_pipeline_folder(tmp_path):
    assert base_names(tmp_path / "nothing") is None
    xl = tmp_path / "xl"
    xl.mkdir()
    (xl / "model_index.json").write_text(json.dumps({"_class_name": "StableDiffusionXLPipeline",
                                                     "text_encoder_2": ["transformers", "x"]}))
    assert set(base_names(xl)) == {"sdxl"}
    d = Selector(open_repository(_write(tmp_path)),
                 base_model=base_names(xl)).select("my robot on the beach").to_json()
    assert d["checkpoint"] == "bolt-xl"


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "r2.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in CARDS))
    return path
