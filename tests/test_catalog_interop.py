"""Checkpoints written by real diffusers/peft code (the diffusion area's tiny builders) ingest
into the catalog with the right trigger, base model and format, and the cards point at files the
diffusion loader can use."""

from __future__ import annotations

import pytest

from personalq.catalog.store import open_repository


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))


def test_diffusers_written_lora_and_dreambooth_ingest(tmp_path):
    tiny = pytest.importorskip("personalq.testing")
    base = tiny.make_tiny_sd15(tmp_path / "base")
    repo = tmp_path / "repo"
    tiny.make_tiny_lora(base, repo / "zib-v2.safetensors",
                        metadata={"modelspec.description": "Zib, a spotted toy star"})
    tiny.make_tiny_dreambooth(base, repo / "toy-db", trigger="<toy-db>")
    with open_repository(repo) as store:
        cards = {c.id: c for c in store.cards()}
        assert store.report.skipped == [], store.report.summary()
    lora, db = cards["zib-v2"], cards["toy-db"]
    assert (lora.trigger, lora.base_model, lora.format) == ("<zib-v2>", "sd15", "lora")
    assert (lora.family, lora.version) == ("zib", 2)
    assert lora.description == "Zib, a spotted toy star"
    assert (db.trigger, db.class_noun, db.base_model, db.format) == ("<toy-db>", "toy", "sd15", "dreambooth")
    assert db.path == str((repo / "toy-db").resolve())
