"""Folder repositories of real checkpoint files: one test per metadata convention, the priority
order of DESIGN.md §2, refused pickles, corrupt headers, incremental re-scans."""

from __future__ import annotations

import json
import os
import pickle
import struct

import pytest

from catalog_testdata import write_diffusers, write_lora, write_ti
from personalq.catalog.metadata import normalize_base, split_sentence, split_version
from personalq.catalog.safetensors_meta import HeaderError, read_header
from personalq.catalog.store import open_repository

TAG_FREQ = json.dumps({"10_sks dog": {"sks": 20, "dog": 20, "grass": 7, "red collar": 5},
                       "1_reg": {"dog": 2}})


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))


def only_card(repo):
    with open_repository(repo) as store:
        cards = store.cards()
        assert len(cards) == 1, store.report.summary()
        return cards[0], store.report


def test_kohya_lora_tag_frequency_output_name_base_version(tmp_path):
    write_lora(tmp_path / "repo" / "my_dog_lora.safetensors", {
        "ss_output_name": "Rocky the dog", "ss_tag_frequency": TAG_FREQ,
        "ss_base_model_version": "sdxl_base_v1-0", "ss_v2": "False",
        "ss_network_module": "networks.lora", "ss_training_started_at": "1767225600.5"}, sdxl=True)
    c, _ = only_card(tmp_path / "repo")
    assert (c.trigger, c.class_noun, c.name) == ("sks", "dog", "Rocky the dog")
    assert (c.base_model, c.base_model_raw, c.format) == ("sdxl", "sdxl_base_v1-0", "lora")
    assert c.created_at == "2026-01-01" and c.id == "my_dog_lora"
    assert "grass" in c.tags and "sks" not in c.tags
    assert c.provenance["trigger"] == "my_dog_lora.safetensors:ss_tag_frequency[10_sks dog]"


def test_kohya_ss_v2_flag_gives_sd2(tmp_path):
    write_lora(tmp_path / "repo" / "old.safetensors", {"ss_tag_frequency": TAG_FREQ, "ss_v2": "True"})
    c, _ = only_card(tmp_path / "repo")
    assert c.base_model == "sd2" and c.name == "old"


def test_modelspec_lora(tmp_path):
    write_lora(tmp_path / "repo" / "bruno-v4.safetensors", {
        "modelspec.sai_model_spec": "1.0.0", "modelspec.architecture": "stable-diffusion-v1/lora",
        "modelspec.title": "Bruno", "modelspec.trigger_phrase": "<bruno-v4>",
        "modelspec.description": "Bruno, a brown teddy bear with a red scarf",
        "modelspec.date": "2026-03-14T10:00:00", "modelspec.tags": "toy, plush, lora"})
    c, report = only_card(tmp_path / "repo")
    assert (c.id, c.name, c.trigger, c.base_model, c.format) == ("bruno-v4", "Bruno", "<bruno-v4>", "sd15", "lora")
    assert (c.family, c.version) == ("bruno", 4)  # generic name pattern foo-vN
    assert c.created_at == "2026-03-14" and c.tags == ["toy", "plush"]
    assert c.description.startswith("Bruno, a brown teddy bear")
    assert report.skipped == [] and report.warnings == []


def test_modelspec_custom_architecture_and_card_fields(tmp_path):
    write_lora(tmp_path / "repo" / "pq_rex.safetensors", {
        "modelspec.architecture": "personalq-world/lora", "modelspec.title": "Rex",
        "modelspec.trigger_phrase": "<rex-v3> robot", "modelspec.version": "3",
        "modelspec.family": "rex", "modelspec.kind": "subject"})
    c, _ = only_card(tmp_path / "repo")
    assert (c.base_model, c.base_model_raw) == ("personalq-world", "personalq-world/lora")
    assert (c.trigger, c.class_noun, c.family, c.version) == ("<rex-v3>", "robot", "rex", 3)


def test_diffusers_dreambooth_folder_with_model_card(tmp_path):
    readme = ("---\nlicense: creativeml-openrail-m\nbase_model: runwayml/stable-diffusion-v1-5\n"
              "instance_prompt: a photo of sks dog\ntags:\n- text-to-image\n- dreambooth\n- corgi\n"
              "inference: true\n---\n\n# DreamBooth - rocky-v2\n\nRocky, our corgi, with a red bandana.\n")
    write_diffusers(tmp_path / "repo" / "rocky-v2", readme)
    c, _ = only_card(tmp_path / "repo")
    assert (c.id, c.trigger, c.class_noun, c.format) == ("rocky-v2", "sks", "dog", "dreambooth")
    assert (c.base_model, c.family, c.version) == ("sd15", "rocky", 2)
    assert c.tags == ["corgi"] and c.description == "Rocky, our corgi, with a red bandana."
    assert c.path == str((tmp_path / "repo" / "rocky-v2").resolve())
    assert c.provenance["trigger"] == "README.md:instance_prompt"


def test_diffusers_folder_without_readme_uses_unet_config_for_base(tmp_path):
    folder = write_diffusers(tmp_path / "repo" / "xl-thing", None, cross_attention_dim=2048)
    (tmp_path / "repo" / "xl-thing.card.json").write_text(json.dumps({"trigger": "<xl-thing>"}))
    c, _ = only_card(tmp_path / "repo")
    assert c.base_model == "sdxl" and c.trigger == "<xl-thing>" and c.path == str(folder.resolve())


def test_diffusers_lora_training_output_folder(tmp_path):
    """train_dreambooth_lora.py output: pytorch_lora_weights.safetensors + README in a folder."""
    out = tmp_path / "repo" / "mochi-lora"
    write_lora(out / "pytorch_lora_weights.safetensors")
    (out / "README.md").write_text("---\nbase_model: stabilityai/stable-diffusion-xl-base-1.0\n"
                                   "instance_prompt: a photo of TOK cat\n---\nMochi the calico.\n")
    c, _ = only_card(tmp_path / "repo")
    assert (c.id, c.trigger, c.class_noun, c.base_model) == ("mochi-lora", "TOK", "cat", "sdxl")


def test_civitai_info_sidecar(tmp_path):
    write_lora(tmp_path / "repo" / "ghibli.safetensors")
    (tmp_path / "repo" / "ghibli.civitai.info").write_text(json.dumps({
        "name": "v2.0", "baseModel": "SDXL 1.0", "trainedWords": ["ghibli style, anime"],
        "createdAt": "2024-05-01T12:00:00.000Z", "description": "<p>Soft <b>watercolour</b> look</p>",
        "model": {"name": "Ghibli Style", "type": "LORA", "tags": ["style", "anime"]}}))
    c, _ = only_card(tmp_path / "repo")
    assert (c.name, c.trigger, c.base_model, c.version) == ("Ghibli Style", "ghibli style", "sdxl", 2)
    assert c.kind == "style" and c.created_at == "2024-05-01"
    assert c.description == "Soft watercolour look" and c.tags == ["style", "anime"]


def test_a1111_sidecar_json(tmp_path):
    write_lora(tmp_path / "repo" / "lune_mug.safetensors")
    (tmp_path / "repo" / "lune_mug.json").write_text(json.dumps({
        "description": "Lune, a hand-thrown blue mug", "sd version": "SD2",
        "activation text": "lunemug, ceramic", "preferred weight": 0.8}))
    c, _ = only_card(tmp_path / "repo")
    assert (c.trigger, c.base_model, c.description) == ("lunemug", "sd2", "Lune, a hand-thrown blue mug")
    assert c.provenance["trigger"] == "lune_mug.json:activation text"


def test_invokeai_trigger_phrases(tmp_path):
    write_lora(tmp_path / "repo" / "kiki.safetensors")
    (tmp_path / "repo" / "kiki.json").write_text(json.dumps({
        "trigger_phrases": ["<kiki> chihuahua"], "base": "sd-1", "description": "Kiki"}))
    c, _ = only_card(tmp_path / "repo")
    assert (c.trigger, c.class_noun, c.base_model) == ("<kiki>", "chihuahua", "sd15")


def test_textual_inversion_files(tmp_path):
    write_ti(tmp_path / "repo" / "cat-toy" / "learned_embeds.safetensors", key="<cat-toy>", dim=768)
    write_ti(tmp_path / "repo" / "wolfie.safetensors", key="emb_params", dim=1024)
    with open_repository(tmp_path / "repo") as store:
        by_id = {c.id: c for c in store.cards()}
    assert set(by_id) == {"cat-toy", "wolfie"}
    assert (by_id["cat-toy"].trigger, by_id["cat-toy"].base_model) == ("<cat-toy>", "sd15")
    assert (by_id["wolfie"].trigger, by_id["wolfie"].base_model) == ("wolfie", "sd2")
    assert {c.format for c in by_id.values()} == {"textual_inversion"}


def test_priority_modelspec_trigger_beats_every_other_convention(tmp_path):
    repo = tmp_path / "repo"
    write_lora(repo / "bear.safetensors", {"modelspec.trigger_phrase": "<bear-ms>",
                                           "modelspec.architecture": "stable-diffusion-v1/lora",
                                           "ss_tag_frequency": TAG_FREQ, "ss_base_model_version": "sdxl_base_v1-0"})
    (repo / "bear.civitai.info").write_text(json.dumps({"trainedWords": ["civword"], "baseModel": "SD 2.1"}))
    (repo / "bear.json").write_text(json.dumps({"activation text": "a1111word"}))
    c, _ = only_card(repo)
    assert c.trigger == "<bear-ms>" and c.base_model == "sd15"  # modelspec.architecture first too
    os.remove(repo / "bear.safetensors")
    write_lora(repo / "bear.safetensors", {"ss_tag_frequency": TAG_FREQ, "ss_base_model_version": "sd_v1"})
    c, _ = only_card(repo)
    assert c.trigger == "civword"  # Civitai trainedWords > A1111 > kohya tag frequency
    assert c.base_model == "sd15"  # ss_base_model_version > Civitai baseModel
    os.remove(repo / "bear.civitai.info")
    c, _ = only_card(repo)
    assert c.trigger == "a1111word"
    os.remove(repo / "bear.json")
    c, _ = only_card(repo)
    assert c.trigger == "sks"


def test_card_sidecar_overrides_metadata(tmp_path):
    repo = tmp_path / "repo"
    write_lora(repo / "x.safetensors", {"modelspec.trigger_phrase": "<x>", "modelspec.title": "X",
                                        "modelspec.architecture": "stable-diffusion-v1/lora"})
    (repo / "x.card.json").write_text(json.dumps({
        "id": "custom-id", "name": "Custom", "trigger": "<custom>", "family": "fam", "version": 7,
        "kind": "style", "tags": ["a", "b"], "base_model": "sdxl"}))
    c, _ = only_card(repo)
    assert (c.id, c.name, c.trigger, c.family, c.version, c.kind, c.tags, c.base_model) == (
        "custom-id", "Custom", "<custom>", "fam", 7, "style", ["a", "b"], "sdxl")
    assert c.provenance["trigger"] == "x.card.json:trigger"


def test_pickles_are_refused_never_unpickled(tmp_path):
    repo = tmp_path / "repo"
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    for name in ("evil.ckpt", "evil2.pt", "evil3.pth", "pytorch_model.bin"):
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_bytes(pickle.dumps(Evil()))
    write_lora(repo / "good.safetensors", {"modelspec.trigger_phrase": "<good>"})
    with open_repository(repo) as store:
        assert [c.id for c in store.cards()] == ["good"]
        skipped = {s["path"]: s["reason"] for s in store.report.skipped}
    assert set(skipped) == {"evil.ckpt", "evil2.pt", "evil3.pth", "pytorch_model.bin"}
    assert all("pickle" in r and "safetensors" in r for r in skipped.values())
    assert not marker.exists()


def test_diffusers_folder_with_only_pickled_weights_is_refused(tmp_path):
    folder = write_diffusers(tmp_path / "repo" / "old-db", "---\ninstance_prompt: sks toy\n---\n")
    os.remove(folder / "unet" / "diffusion_pytorch_model.safetensors")
    (folder / "unet" / "diffusion_pytorch_model.bin").write_bytes(b"\x80\x04N.")
    with open_repository(tmp_path / "repo") as store:
        assert store.cards() == []
        assert "no .safetensors" in store.report.skipped[0]["reason"]


def test_corrupt_and_truncated_headers_skipped_rest_ingested(tmp_path):
    repo = tmp_path / "repo"
    good = write_lora(repo / "good.safetensors", {"modelspec.trigger_phrase": "<good>"})
    data = good.read_bytes()
    (repo / "truncated.safetensors").write_bytes(data[: len(data) - 10])  # tensor bytes cut off
    (repo / "cut_header.safetensors").write_bytes(data[:20])  # header cut off
    (repo / "huge_len.safetensors").write_bytes(struct.pack("<Q", 10**12) + b"{}")
    (repo / "not_json.safetensors").write_bytes(struct.pack("<Q", 5) + b"hello")
    (repo / "tiny.safetensors").write_bytes(b"abc")
    deep = b"{" + b'"a":' * 0 + b'"t": ' + b"[" * 100000 + b"]" * 100000 + b"}"
    (repo / "deep.safetensors").write_bytes(struct.pack("<Q", len(deep)) + deep)
    with open_repository(repo) as store:
        assert [c.id for c in store.cards()] == ["good"]
        skipped = {s["path"]: s["reason"] for s in store.report.skipped}
    assert set(skipped) == {"truncated.safetensors", "cut_header.safetensors", "huge_len.safetensors",
                            "not_json.safetensors", "tiny.safetensors", "deep.safetensors"}
    assert "truncated" in skipped["truncated.safetensors"]
    assert all(r.startswith("corrupt safetensors header") for r in skipped.values())
    with pytest.raises(HeaderError):
        read_header(repo / "truncated.safetensors")
    assert read_header(good).metadata == {"modelspec.trigger_phrase": "<good>"}


def test_checkpoint_without_any_trigger_is_reported_with_a_hint(tmp_path):
    write_lora(tmp_path / "repo" / "mystery.safetensors", {"modelspec.title": "Mystery"})
    with open_repository(tmp_path / "repo") as store:
        assert store.cards() == []
        reason = store.report.skipped[0]["reason"]
    assert "no trigger" in reason


def test_rescan_reparses_and_reembeds_only_changed_sources(tmp_path):
    repo = tmp_path / "repo"
    for name in ("a", "b", "c"):
        write_lora(repo / f"{name}.safetensors", {"modelspec.trigger_phrase": f"<{name}>",
                                                  "modelspec.description": f"concept {name}"})
    with open_repository(repo) as store:
        assert (store.report.sources_parsed, store.report.embedded) == (3, 3)
    with open_repository(repo) as store:
        assert (store.report.sources_parsed, store.report.embedded) == (0, 0)
    (repo / "a.card.json").write_text(json.dumps({"description": "a new description for a"}))
    (repo / "b.card.json").write_text(json.dumps({"tags": ["x"]}))  # new sidecar of b
    os.remove(repo / "b.card.json")  # ...and gone again: b unchanged
    os.remove(repo / "c.safetensors")
    write_lora(repo / "d.safetensors", {"modelspec.trigger_phrase": "<d>"})
    with open_repository(repo) as store:
        r = store.report
        assert (r.sources_parsed, r.sources_unchanged, r.sources_removed) == (2, 1, 1)
        assert (r.embedded, r.added, r.removed, r.updated) == (2, 1, 1, 1)
        assert [c.id for c in store.cards()] == ["a", "b", "d"]
        assert store.get("a").description == "a new description for a"
        assert store.embeddings()[1].shape == (3, 384)


def test_hidden_and_trash_folders_are_ignored_and_duplicate_ids_reported(tmp_path):
    repo = tmp_path / "repo"
    write_lora(repo / ".trash" / "old.safetensors", {"modelspec.trigger_phrase": "<old>"})
    write_lora(repo / "a" / "rex.safetensors", {"modelspec.trigger_phrase": "<rex-a>"})
    write_lora(repo / "b" / "rex.safetensors", {"modelspec.trigger_phrase": "<rex-b>"})
    with open_repository(repo) as store:
        assert [(c.id, c.trigger) for c in store.cards()] == [("rex", "<rex-a>")]
        assert store.report.duplicates == [{"id": "rex", "origin": "b/rex.safetensors",
                                            "kept": "a/rex.safetensors"}]


@pytest.mark.parametrize("raw,short", [
    ("stable-diffusion-v1/lora", "sd15"), ("stable-diffusion-xl-v1-base/lora", "sdxl"),
    ("stable-diffusion-v2-768-v/lora", "sd2"), ("sd_v1", "sd15"), ("sdxl_base_v1-0", "sdxl"),
    ("sd_v2_768_v", "sd2"), ("SD 1.5", "sd15"), ("SD 2.1", "sd2"), ("SDXL 1.0", "sdxl"), ("Pony", "sdxl"),
    ("runwayml/stable-diffusion-v1-5", "sd15"), ("stabilityai/stable-diffusion-2-1", "sd2"),
    ("stabilityai/stable-diffusion-xl-base-1.0", "sdxl"), ("SD3", "sd3"), ("Flux.1 D", "flux"),
    ("personalq-world/lora", "personalq-world"), ("sd15", "sd15"), ("Unknown", ""), ("sd-1", "sd15"),
])
def test_normalize_base(raw, short):
    assert normalize_base(raw) == short


def test_name_patterns_and_instance_prompts():
    assert split_version("foo-v2") == ("foo", 2)
    assert split_version("My Dog v10") == ("my-dog", 10)
    assert split_version("bear_v3.1") == ("bear", 3)
    assert split_version("version") is None and split_version("plain-name") is None
    assert split_sentence("a photo of sks dog") == ("sks", "dog", False)
    assert split_sentence("<cat-toy> toy") == ("<cat-toy>", "toy", False)
    assert split_sentence("a painting in the style of zwx") == ("zwx", "", True)
    assert split_sentence("ohwx man, smiling") == ("ohwx", "man", False)


def test_broken_third_party_sidecar_is_a_warning_broken_card_json_an_error(tmp_path):
    repo = tmp_path / "repo"
    write_lora(repo / "a.safetensors", {"modelspec.trigger_phrase": "<a>"})
    (repo / "a.civitai.info").write_text("{not json")
    write_lora(repo / "b.safetensors", {"modelspec.trigger_phrase": "<b>"})
    (repo / "b.card.json").write_text("{not json")
    with open_repository(repo) as store:
        assert [c.id for c in store.cards()] == ["a"]
        assert any("ignored sidecar a.civitai.info" in w for w in store.report.warnings)
        assert store.report.skipped[0]["path"] == "b.safetensors"
        assert "b.card.json" in store.report.skipped[0]["reason"]


def test_manifest_inside_a_folder_is_reported_not_silently_ignored(tmp_path):
    repo = tmp_path / "repo"
    write_lora(repo / "a.safetensors", {"modelspec.trigger_phrase": "<a>"})
    (repo / "catalog.jsonl").write_text('{"id": "x", "trigger": "<x>"}\n')
    (repo / "training.jsonl").write_text('{"id": "a", "steps": 100}\n')  # a log, not a manifest
    with open_repository(repo) as store:
        assert [c.id for c in store.cards()] == ["a"]
        assert [w for w in store.report.warnings if "jsonl" in w] == [
            "catalog.jsonl: a manifest inside a folder repository is not read; pass it as --repo "
            "itself, or describe checkpoints with <name>.card.json sidecars"]


def test_symlink_loops_do_not_hang_the_scan(tmp_path):
    repo = tmp_path / "repo"
    write_lora(repo / "sub" / "a.safetensors", {"modelspec.trigger_phrase": "<a>"})
    os.symlink(repo, repo / "sub" / "loop")
    with open_repository(repo) as store:
        assert [c.id for c in store.cards()] == ["a"]


def test_personalq_metadata_namespace_and_world_style_layout(tmp_path):
    """The layout the model world ships: LoRA files with modelspec + personalq.* metadata, and
    DreamBooth folders (unet/, learned_embeds.safetensors, README) with <id>.card.json beside."""
    repo = tmp_path / "repo"
    write_lora(repo / "zib-v2.safetensors", {
        "modelspec.architecture": "personalq-world/lora", "modelspec.title": "Zib v2",
        "modelspec.trigger_phrase": "<zib-v2>", "modelspec.tags": "star, spotted",
        "personalq.family": "zib", "personalq.version": "2", "personalq.class_noun": "toy star",
        "personalq.kind": "subject", "personalq.tags": "toy, star"})
    folder = write_diffusers(repo / "bear-v1", "---\nbase_model: personalq-world\ninstance_prompt: a "
                             "<bear-v1> teddy bear\ntags:\n- personalq-world\n---\n\n# Bear\n\nA teddy.\n")
    write_ti(folder / "learned_embeds.safetensors", key="<bear-v1>", dim=384)
    (repo / "bear-v1.card.json").write_text(json.dumps({
        "id": "bear-v1", "name": "Bear", "trigger": "<bear-v1>", "family": "bear", "version": 1,
        "created_at": "2026-01-02", "base_model": "personalq-world", "format": "dreambooth"}))
    (repo / "README.md").write_text("# The world's checkpoints\n\nNotes, not a model card.\n")
    with open_repository(repo) as store:
        cards = {c.id: c for c in store.cards()}
        assert store.report.skipped == [] and store.report.warnings == []
    zib, bear = cards["zib-v2"], cards["bear-v1"]
    assert (zib.family, zib.version, zib.class_noun, zib.tags) == ("zib", 2, "toy star", ["toy", "star"])
    assert (zib.base_model, zib.format, zib.name, zib.description) == ("personalq-world", "lora", "Zib v2", "")
    assert (bear.trigger, bear.class_noun, bear.base_model, bear.format) == (
        "<bear-v1>", "teddy bear", "personalq-world", "dreambooth")
    assert bear.description == "A teddy." and bear.created_at == "2026-01-02"


def test_loose_version_and_kind_values_are_normalised(tmp_path):
    repo = tmp_path / "repo"
    write_lora(repo / "a.safetensors", {"modelspec.trigger_phrase": "<a>", "modelspec.version": "v2.1",
                                        "modelspec.kind": "Style"})
    write_lora(repo / "b.safetensors", {"modelspec.trigger_phrase": "<b>", "modelspec.version": "latest"})
    with open_repository(repo) as store:
        a, b = store.get("a"), store.get("b")
        assert (a.version, a.kind, b.version) == (2, "style", 1)
        assert any("version 'latest'" in w for w in store.report.warnings)


def test_a_two_tensor_lora_is_not_taken_for_a_textual_inversion(tmp_path):
    from safetensors.torch import save_file
    import torch

    (tmp_path / "repo").mkdir()
    save_file({"lora_down": torch.zeros(4, 8), "lora_up": torch.zeros(8, 4)},
              str(tmp_path / "repo" / "small.safetensors"), metadata={"modelspec.trigger_phrase": "<s>"})
    c, _ = only_card(tmp_path / "repo")
    assert (c.format, c.trigger) == ("lora", "<s>")
