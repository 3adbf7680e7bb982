"""`personalq repo scan|add|list|show|remove` through the real CLI entry point."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from catalog_testdata import card, write_lora, write_manifest
from personalq.cli import main


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))


def run(capsys, *argv):
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_scan_list_show_on_a_manifest(tmp_path, capsys):
    repo = write_manifest(tmp_path / "repo.jsonl", [card(1, name="Bruno"), card(2)], ["{broken"])
    rc, out, _ = run(capsys, "repo", "scan", "--repo", str(repo))
    assert rc == 0 and "cards: 2" in out and "repo.jsonl line 3" in out and "embedded: 2" in out
    rc, out, _ = run(capsys, "repo", "scan", "--repo", str(repo), "--json")
    assert json.loads(out)["malformed"][0]["line"] == 3
    rc, out, _ = run(capsys, "repo", "list", "--repo", str(repo))
    assert rc == 0 and out.splitlines()[0].split() == ["ID", "NAME", "TRIGGER", "KIND", "FAMILY", "VER", "BASE"]
    assert "Bruno" in out and "<toy-2>" in out
    rc, out, _ = run(capsys, "repo", "list", "--repo", str(repo), "--json")
    assert [c["id"] for c in json.loads(out)] == ["toy-1", "toy-2"]
    rc, out, _ = run(capsys, "repo", "show", "toy-1", "--repo", str(repo))
    assert rc == 0 and json.loads(out)["name"] == "Bruno"


def test_errors_are_messages_with_hints_not_tracebacks(tmp_path, capsys):
    rc, out, err = run(capsys, "repo", "list", "--repo", str(tmp_path / "nowhere"))
    assert rc == 2 and err.startswith("error: repository") and "hint:" in err and "Traceback" not in err
    repo = write_manifest(tmp_path / "repo.jsonl", [card(1)])
    rc, _, err = run(capsys, "repo", "show", "toy-7", "--repo", str(repo))
    assert rc == 2 and "no checkpoint with id 'toy-7'" in err and "hint: did you mean: toy-1" in err


def test_add_and_remove_in_a_folder_repository(tmp_path, capsys):
    repo = tmp_path / "repo"
    repo.mkdir()
    src = write_lora(tmp_path / "incoming" / "rex-v2.safetensors",
                     {"modelspec.trigger_phrase": "<rex-v2>", "modelspec.title": "Rex"})
    (tmp_path / "incoming" / "rex-v2.json").write_text(json.dumps({"description": "Rex the robot"}))
    rc, out, err = run(capsys, "repo", "add", str(src), "--repo", str(repo))
    assert rc == 0, err
    assert "added rex-v2" in out and (repo / "rex-v2.safetensors").is_file() and (repo / "rex-v2.json").is_file()
    rc, out, _ = run(capsys, "repo", "show", "rex-v2", "--repo", str(repo))
    assert json.loads(out)["description"] == "Rex the robot"
    # the same file again: refused, nothing overwritten
    rc, _, err = run(capsys, "repo", "add", str(src), "--repo", str(repo))
    assert rc == 2 and "already exists" in err
    # a file without a trigger is not added (files rolled back) unless --card supplies one
    bare = write_lora(tmp_path / "incoming" / "bare.safetensors")
    rc, _, err = run(capsys, "repo", "add", str(bare), "--repo", str(repo))
    assert rc == 2 and "no trigger" in err and not (repo / "bare.safetensors").exists()
    rc, out, err = run(capsys, "repo", "add", str(bare), "--repo", str(repo), "--link",
                       "--card", '{"trigger": "<bare>", "name": "Bare"}')
    assert rc == 0, err
    assert (repo / "bare.safetensors").is_symlink() and (repo / "bare.card.json").is_file()
    # pickles refused up front
    (tmp_path / "incoming" / "x.ckpt").write_bytes(b"\x80\x04N.")
    rc, _, err = run(capsys, "repo", "add", str(tmp_path / "incoming" / "x.ckpt"), "--repo", str(repo))
    assert rc == 2 and "pickle" in err
    # remove: moved to .trash, weights intact, a re-scan does not bring it back
    rc, out, _ = run(capsys, "repo", "remove", "rex-v2", "--repo", str(repo), "--json")
    assert rc == 0 and json.loads(out)["removed"] == "rex-v2"
    assert (repo / ".trash" / "rex-v2.safetensors").is_file() and (repo / ".trash" / "rex-v2.json").is_file()
    assert src.is_file()
    rc, out, _ = run(capsys, "repo", "list", "--repo", str(repo), "--json")
    assert [c["id"] for c in json.loads(out)] == ["bare"]


def test_add_and_remove_in_a_manifest_repository(tmp_path, capsys):
    repo = write_manifest(tmp_path / "repo.jsonl", [card(1), card(2)])
    rc, out, err = run(capsys, "repo", "add", json.dumps(card(3, name="Third")), "--repo", str(repo))
    assert rc == 0, err
    assert json.loads(repo.read_text().splitlines()[-1])["name"] == "Third"
    rc, _, err = run(capsys, "repo", "add", json.dumps(card(1)), "--repo", str(repo))
    assert rc == 2 and "already" in err
    rc, _, err = run(capsys, "repo", "add", '{"id": "x"}', "--repo", str(repo))
    assert rc == 2 and "trigger" in err
    weights = write_lora(tmp_path / "w" / "mochi-v3.safetensors", {"modelspec.trigger_phrase": "<mochi>"})
    rc, out, err = run(capsys, "repo", "add", str(weights), "--repo", str(repo), "--json")
    assert rc == 0, err
    added = json.loads(out)[0]
    assert (added["id"], added["version"], added["path"]) == ("mochi-v3", 3, str(weights.resolve()))
    rc, out, _ = run(capsys, "repo", "remove", "toy-2", "--repo", str(repo))
    assert rc == 0 and "nothing was deleted" in out
    assert [json.loads(line)["id"] for line in repo.read_text().splitlines()] == ["toy-1", "toy-3", "mochi-v3"]
    assert json.loads((tmp_path / "repo.removed.jsonl").read_text())["id"] == "toy-2"


def test_help_lists_repo_and_stays_light():
    out = subprocess.run([sys.executable, "-c",
                          "import sys; from personalq.cli import main; rc = main(['repo', '--help'])"],
                         capture_output=True, text=True)
    assert "scan" in out.stdout and "remove" in out.stdout
    code = ("import argparse, sys\nfrom personalq.catalog import commands\n"
            "p = argparse.ArgumentParser(); s = p.add_subparsers()\n"
            "b = s.add_parser('bench').add_subparsers()\n"
            "commands.register(s, b)\nprint('torch' in sys.modules, 'transformers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.split()[:2] == ["False", "False"], out.stderr


def test_add_and_remove_a_dreambooth_folder(tmp_path, capsys):
    from catalog_testdata import write_diffusers

    repo = tmp_path / "repo"
    repo.mkdir()
    src = write_diffusers(tmp_path / "incoming" / "mochi-v2",
                          "---\nbase_model: stable-diffusion-v1\ninstance_prompt: a photo of sks cat\n---\n")
    (tmp_path / "incoming" / "mochi-v2.card.json").write_text(json.dumps({"name": "Mochi"}))
    rc, out, err = run(capsys, "repo", "add", str(src), "--repo", str(repo), "--json")
    assert rc == 0, err
    added = json.loads(out)[0]
    assert (added["id"], added["name"], added["trigger"], added["format"]) == ("mochi-v2", "Mochi", "sks", "dreambooth")
    assert (repo / "mochi-v2" / "unet" / "config.json").is_file() and (repo / "mochi-v2.card.json").is_file()
    rc, out, _ = run(capsys, "repo", "remove", "mochi-v2", "--repo", str(repo))
    assert rc == 0
    assert (repo / ".trash" / "mochi-v2" / "model_index.json").is_file()
    assert (repo / ".trash" / "mochi-v2.card.json").is_file() and not (repo / "mochi-v2").exists()
    rc, out, _ = run(capsys, "repo", "scan", "--repo", str(repo), "--json")
    assert json.loads(out)["cards"] == 0
