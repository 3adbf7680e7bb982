"""Trigger conventions of downloaded and self-trained LoRAs, read from real safetensors files
and Civitai sidecars: kohya dataset folders (`10_sks dog`, `5_ohwx woman`, a generic `20_img`
folder), Civitai `trainedWords` (rare tokens, leetspeak, snake_case tags, comma lists), and
concept LoRAs (clothing, hairstyle, pose, vehicle) that get kind "concept"."""

from __future__ import annotations

import json

import pytest

from catalog_testdata import write_lora
from personalq.catalog.store import open_repository


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))


def cards_of(repo) -> dict:
    with open_repository(repo) as store:
        return {c.id: c for c in store.cards()}


def kohya(path, folders: dict) -> None:
    write_lora(path, {"ss_tag_frequency": json.dumps(folders), "ss_network_module": "networks.lora",
                      "ss_base_model_version": "sd_v1"})


def civitai(repo, stem: str, words, tags, model_type: str = "LORA", base: str = "SDXL 1.0") -> None:
    write_lora(repo / f"{stem}.safetensors")
    (repo / f"{stem}.civitai.info").write_text(json.dumps({
        "name": "v1.0", "baseModel": base, "trainedWords": words,
        "model": {"name": stem.replace("_", " ").title(), "type": model_type, "tags": tags}}))


def test_kohya_dataset_folders_give_rare_token_and_class(tmp_path):
    repo = tmp_path / "repo"
    kohya(repo / "rex.safetensors", {"10_sks dog": {"sks": 20, "dog": 20, "grass": 4}})
    kohya(repo / "anna.safetensors", {"5_ohwx woman": {"ohwx": 15, "woman": 15, "smiling": 6},
                                       "1_woman": {"woman": 100}})
    kohya(repo / "zq.safetensors", {"20_img": {"1girl": 30, "zarquill": 30, "blue hair": 12}})
    kohya(repo / "jacket.safetensors", {"10_bomber_jacket": {"bomber_jacket": 25, "zipper": 9}})
    cards = cards_of(repo)
    assert (cards["rex"].trigger, cards["rex"].class_noun) == ("sks", "dog")
    assert (cards["anna"].trigger, cards["anna"].class_noun) == ("ohwx", "woman")
    assert cards["anna"].provenance["trigger"].endswith("ss_tag_frequency[5_ohwx woman]")
    assert cards["zq"].trigger == "zarquill" and "blue hair" in cards["zq"].tags
    assert (cards["jacket"].trigger, cards["jacket"].class_noun) == ("bomber_jacket", "bomber jacket")


def test_civitai_leetspeak_and_snake_case_concepts(tmp_path):
    repo = tmp_path / "repo"
    civitai(repo, "bomber", ["b0mb3r j4ck3t"], ["clothing", "jacket"])
    civitai(repo, "buzzcut", ["buzz_cut"], ["hairstyle"])
    civitai(repo, "jump", ["jmp_pose"], [], model_type="Poses")
    civitai(repo, "camper", ["v4nl1fe, camper van"], ["vehicle", "concept"])
    cards = cards_of(repo)
    bomber = cards["bomber"]
    assert (bomber.trigger, bomber.class_noun, bomber.kind) == ("b0mb3r j4ck3t", "bomber jacket", "concept")
    assert (cards["buzzcut"].trigger, cards["buzzcut"].class_noun, cards["buzzcut"].kind) == \
        ("buzz_cut", "buzz cut", "concept")
    assert cards["jump"].kind == "concept" and cards["jump"].class_noun == ""
    camper = cards["camper"]
    assert (camper.trigger, camper.kind, camper.base_model) == ("v4nl1fe", "concept", "sdxl")
    assert "camper van" in camper.tags and "concept" not in camper.tags


def test_civitai_comma_list_first_item_is_the_trigger(tmp_path):
    repo = tmp_path / "repo"
    civitai(repo, "zara_quill", ["zarquill, 1girl, blue hair, long coat", "zarquill armor"],
            ["character", "anime", "clothing"], base="SD 1.5")
    card = cards_of(repo)["zara_quill"]
    assert (card.trigger, card.kind, card.base_model) == ("zarquill", "subject", "sd15")
    assert card.class_noun == ""  # a rare token spells no word
    assert {"blue hair", "long coat", "zarquill armor"} <= set(card.tags) and "1girl" not in card.tags


def test_concept_cards_in_a_manifest(tmp_path):
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"id": "buzz", "trigger": "buzz_cut", "kind": "concept",
                                    "class_noun": "buzz cut", "base_model": "sd15"}) + "\n")
    card = cards_of(manifest)["buzz"]
    assert card.kind == "concept" and card.to_dict()["kind"] == "concept"
