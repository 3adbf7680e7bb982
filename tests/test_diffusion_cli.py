"""`personalq generate` end to end, as a user runs it: a real subprocess, a real manifest
repository whose cards point at real LoRA files, a tiny real pipeline, a PNG on disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from personalq.testing import make_tiny_lora, make_tiny_sd15

CARDS = [
    ("kiko", "Kiko", "star toy", "Kiko, a yellow star toy with blue checks"),
    ("lumo", "Lumo", "star toy", "Lumo, a yellow star toy with purple checks"),
    ("rufus", "Rufus", "dog", "Rufus, a brown and white beagle with floppy ears"),
]


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("gen")
    base = make_tiny_sd15(root / "base")
    lines = []
    for i, (cid, name, noun, desc) in enumerate(CARDS):
        make_tiny_lora(base, root / "repo" / f"{cid}.safetensors", seed=i + 1)
        lines.append(json.dumps({
            "id": cid, "name": name, "trigger": f"<{cid}>", "class_noun": noun, "kind": "subject",
            "family": cid, "version": 1, "created_at": f"2025-0{i + 1}-01", "description": desc,
            "tags": ["toy"], "base_model": "sd15", "path": f"{cid}.safetensors", "format": "lora"}))
    make_tiny_lora(base, root / "repo" / "mozz.safetensors", seed=9)
    lines.append(json.dumps({"id": "mozz-style", "name": "Mozz mosaic", "trigger": "<mozz-style>",
                             "class_noun": "picture", "kind": "style", "description": "mosaic tiles",
                             "base_model": "sd15", "path": "mozz.safetensors", "format": "lora"}))
    lines.append(json.dumps({"id": "xl-only", "name": "Zed", "trigger": "<zed>", "class_noun": "kite",
                             "description": "Zed, a green kite", "base_model": "sdxl",
                             "path": "rufus.safetensors"}))
    manifest = root / "repo" / "manifest.jsonl"
    manifest.write_text("\n".join(lines) + "\n")
    env = dict(os.environ, HF_HUB_OFFLINE="1", OMP_NUM_THREADS="1", PERSONALQ_HOME=str(root / "home"))
    return {"root": root, "base": base, "repo": manifest, "env": env}


def run(setup, *args: str) -> subprocess.CompletedProcess:
    """The real command in a fresh process; stdin is not a terminal, so it must never wait."""
    cmd = [sys.executable, "-m", "personalq.cli", "generate", *args, "--repo", str(setup["repo"]),
           "--base", str(setup["base"]), "--steps", "3"]
    return subprocess.run(cmd, capture_output=True, text=True, env=setup["env"], timeout=300,
                          stdin=subprocess.DEVNULL)


def run_here(setup, capsys, monkeypatch, *args: str) -> subprocess.CompletedProcess:
    """The same command line through personalq.cli.main in this process (saves the ~5 s start
    of a Python with torch per call); pytest's stdin is not a terminal either."""
    from personalq.cli import main

    monkeypatch.setenv("PERSONALQ_HOME", setup["env"]["PERSONALQ_HOME"])
    capsys.readouterr()
    code = main(["generate", *args, "--repo", str(setup["repo"]), "--base", str(setup["base"]),
                 "--steps", "3"])
    out = capsys.readouterr()
    return subprocess.CompletedProcess(args, code, out.out, out.err)


def test_generate_selects_rewrites_and_writes_a_png(setup):
    out = setup["root"] / "rufus.png"
    proc = run(setup, "Rufus on the beach", "--out", str(out), "--seed", "3")
    assert proc.returncode == 0, proc.stderr
    assert "check-in: select -> rufus" in proc.stdout
    assert "prompt: <rufus> dog on the beach" in proc.stdout
    assert f"image: {out}" in proc.stdout
    img = Image.open(out)
    assert img.size == (32, 32) and img.mode == "RGB"


def test_same_seed_same_png_and_the_checkpoint_matters(setup, capsys, monkeypatch):
    a, b, c = (setup["root"] / f"{n}.png" for n in "abc")
    for path in (a, b):
        proc = run_here(setup, capsys, monkeypatch, "my star toy at the park", "--checkpoint", "kiko",
                        "--out", str(path))
        assert proc.returncode == 0, proc.stderr
    proc = run_here(setup, capsys, monkeypatch, "my star toy at the park", "--checkpoint", "lumo",
                    "--out", str(c))
    assert proc.returncode == 0, proc.stderr
    assert "prompt: my <lumo> star toy at the park" in proc.stdout or "<lumo>" in proc.stdout
    pa, pb, pc = (np.asarray(Image.open(p), dtype=np.int16) for p in (a, b, c))
    assert np.array_equal(pa, pb)
    assert np.abs(pa - pc).max() > 0


def test_checkpoints_given_together_are_composed(setup, capsys, monkeypatch):
    alone, both = setup["root"] / "alone.png", setup["root"] / "both.png"
    proc = run_here(setup, capsys, monkeypatch, "Rufus at the park", "--checkpoint", "rufus",
                    "--out", str(alone))
    assert proc.returncode == 0, proc.stderr
    proc = run_here(setup, capsys, monkeypatch, "Rufus at the park", "--checkpoint",
                    "rufus,mozz-style", "--out", str(both))
    assert proc.returncode == 0, proc.stderr
    assert "prompt: <rufus> dog at the park in <mozz-style> style" in proc.stdout
    assert np.abs(np.asarray(Image.open(alone), dtype=np.int16)
                  - np.asarray(Image.open(both), dtype=np.int16)).max() > 0


def test_a_manifest_only_card_draws_with_the_base(setup, tmp_path, capsys, monkeypatch):
    manifest = tmp_path / "cardonly.jsonl"
    manifest.write_text(json.dumps({"id": "rex", "name": "Rex", "trigger": "<rex>",
                                    "class_noun": "dinosaur toy", "base_model": "sd15"}) + "\n")
    out = tmp_path / "rex.png"
    from personalq.cli import main

    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))
    code = main(["generate", "Rex on the beach", "--repo", str(manifest), "--base", str(setup["base"]),
                 "--steps", "2", "--out", str(out)])
    printed = capsys.readouterr().out
    assert code == 0 and "select -> rex" in printed and "manifest-only" in printed and out.is_file()


def test_clarification_without_a_terminal_lists_the_options_and_exits_3(setup):
    out = setup["root"] / "never.png"
    proc = run(setup, "my star toy on the beach", "--out", str(out))
    assert proc.returncode == 3
    assert "kiko" in proc.stdout and "lumo" in proc.stdout  # the options, with descriptions
    assert "blue checks" in proc.stdout and "purple checks" in proc.stdout
    assert "--answer" in proc.stderr and "--checkpoint" in proc.stderr
    assert not out.exists()


def test_answer_resolves_the_clarification(setup, capsys, monkeypatch):
    out = setup["root"] / "answered.png"
    proc = run_here(setup, capsys, monkeypatch, "my star toy on the beach", "--answer", "the purple one", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "select -> lumo" in proc.stdout and out.is_file()


def test_unknown_checkpoint_and_wrong_base_are_clear_errors(setup, capsys, monkeypatch):
    proc = run_here(setup, capsys, monkeypatch, "a kite", "--checkpoint", "kikx")
    assert proc.returncode == 2 and "error: no checkpoint with id 'kikx'" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = run_here(setup, capsys, monkeypatch, "a kite", "--checkpoint", "xl-only")
    assert proc.returncode == 2
    assert "'sdxl'" in proc.stderr and "'sd15'" in proc.stderr and "Traceback" not in proc.stderr


def test_clarification_is_asked_in_a_terminal(setup):
    """In a terminal (a real pseudo-terminal here) the question is asked and the typed answer
    picks the checkpoint."""
    import pty
    import select
    import time

    out = setup["root"] / "asked.png"
    master, slave = pty.openpty()
    cmd = [sys.executable, "-m", "personalq.cli", "generate", "my star toy on the beach",
           "--repo", str(setup["repo"]), "--base", str(setup["base"]), "--steps", "3", "--out", str(out)]
    proc = subprocess.Popen(cmd, stdin=slave, stdout=slave, stderr=slave, env=setup["env"], close_fds=True)
    os.close(slave)
    text, answered, deadline = "", False, time.time() + 240
    while time.time() < deadline:
        ready, _, _ = select.select([master], [], [], 1.0)
        if ready:
            try:
                chunk = os.read(master, 4096).decode(errors="replace")
            except OSError:  # the child closed the terminal
                break
            text += chunk
            if not answered and "your answer" in text:
                os.write(master, b"2\n")  # the second option
                answered = True
        elif proc.poll() is not None:
            break
    proc.wait(timeout=60)
    os.close(master)
    assert answered, text
    assert proc.returncode == 0, text
    assert "select -> lumo" in text and out.is_file()


def test_demo_runs_on_the_embedded_default(tmp_path, capsys, monkeypatch):
    from personalq import paths
    from personalq.cli import main

    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))
    out = tmp_path / "demo.png"
    assert main(["demo", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "check-in: " in printed and "prompt: " in printed
    if (paths.WORLD_BASE_DIR / "model_index.json").is_file() and paths.default_repo() != paths.SAMPLE_REPO:
        assert f"image: {out}" in printed and Image.open(out).size[0] >= 32
    else:  # Check-in alone on the sample repository
        assert "check-in: select -> dog-rufus" in printed and not out.exists()


def test_demo_on_a_world_draws_a_clear_and_a_clarified_request(setup, tmp_path, capsys, monkeypatch):
    """The world branch of `personalq demo`, on a stand-in world (the tiny base, a DreamBooth
    robot and two look-alike star LoRAs), so it is exercised even before models/ ships."""
    from personalq import paths
    from personalq.cli import main
    from personalq.testing import make_tiny_dreambooth

    base = setup["base"]
    db = make_tiny_dreambooth(base, tmp_path / "zib-v3", seed=7)
    rows = [("zib-v3", "Zib", "robot toy", "Zib the teal robot toy with orange checks", str(db), "dreambooth"),
            ("kiko", "Kiko", "star toy", "Kiko, a yellow star toy with blue checks",
             str(setup["root"] / "repo" / "kiko.safetensors"), "lora"),
            ("lumo", "Lumo", "star toy", "Lumo, a yellow star toy with purple checks",
             str(setup["root"] / "repo" / "lumo.safetensors"), "lora")]
    manifest = tmp_path / "world.jsonl"
    manifest.write_text("".join(json.dumps({
        "id": cid, "name": name, "trigger": f"<{cid}>", "class_noun": noun, "family": cid.split("-")[0],
        "description": desc, "base_model": "personalq-world", "path": path, "format": fmt}) + "\n"
        for cid, name, noun, desc, path, fmt in rows))
    monkeypatch.setattr(paths, "WORLD_BASE_DIR", base)  # this base is "the world" now
    monkeypatch.setattr(paths, "default_repo", lambda: manifest)
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))
    out = tmp_path / "demo.png"
    assert main(["demo", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "select -> zib-v3" in printed and "prompt: <zib-v3> robot toy on the beach" in printed
    assert "check-in: clarify" in printed and "select -> lumo" in printed
    assert out.is_file() and (tmp_path / "demo-2.png").is_file()


def test_generate_draws_with_a_quantized_base_and_a_lora(setup, capsys, monkeypatch):
    """`personalq quantize` output is loaded directly by `generate`: the LoRA goes on top of the
    packed UNet, TAQ is told where the trigger's tokens are, and the image differs from fp32."""
    from personalq.cli import main

    qdir = setup["root"] / "base-taq-w8a8"
    monkeypatch.setenv("PERSONALQ_HOME", setup["env"]["PERSONALQ_HOME"])
    assert main(["quantize", str(setup["base"]), "--method", "taq", "--wbits", "8", "--abits", "8",
                 "--calib-prompts", "4", "--calib-steps", "2", "-o", str(qdir)]) == 0
    fp_png, q_png = setup["root"] / "kiko-fp.png", setup["root"] / "kiko-q.png"
    assert run_here(setup, capsys, monkeypatch, "Kiko on the beach", "--out", str(fp_png)).returncode == 0
    proc = run_here(setup, capsys, monkeypatch, "Kiko on the beach", "--out", str(q_png),
                    "--quantized", str(qdir))
    assert proc.returncode == 0, proc.stderr
    assert "quantized UNet:" in proc.stdout and "taq W8A8" in proc.stdout
    assert "kept in high precision" in proc.stdout  # the trigger <kiko> was found and protected
    fp, q = (np.asarray(Image.open(p), dtype=np.float32) for p in (fp_png, q_png))
    assert fp.shape == q.shape and np.abs(fp - q).mean() > 0  # really a different UNet
    # the same picture as the library path: packed base first, then the LoRA unmerged on it
    # (the LoRA applied first and then replaced by the packed UNet would lose its UNet layers)
    from personalq.catalog.store import open_repository
    from personalq.checkin.rewrite import insert_trigger
    from personalq.diffusion.generate import generate
    from personalq.diffusion.pipeline import build_pipeline, protect_trigger, use_saved_unet

    card = open_repository(setup["repo"]).get("kiko")
    prompt = insert_trigger("Kiko on the beach", card)
    pictures = {}
    for order in ("base first", "lora first"):
        if order == "base first":  # what the builder does
            pipe, _ = build_pipeline(setup["base"], [card], quantized=qdir)
        else:  # the wrong order, by hand: the packed UNet replaces the one holding the LoRA
            pipe, _ = build_pipeline(setup["base"], [card])
            use_saved_unet(pipe, qdir)
        protect_trigger(pipe, prompt, trigger=card.trigger)
        pictures[order] = np.asarray(generate(pipe, prompt, seed=0, steps=3).convert("RGB"), dtype=np.float32)
    assert np.abs(pictures["base first"] - pictures["lora first"]).max() > 0  # the order matters
    assert np.array_equal(q, pictures["base first"])


def test_generate_refuses_a_folder_that_is_not_a_quantized_checkpoint(setup, capsys, monkeypatch):
    proc = run_here(setup, capsys, monkeypatch, "Kiko on the beach", "--out",
                    str(setup["root"] / "x.png"), "--quantized", str(setup["base"]))
    assert proc.returncode == 2
    assert "is not a quantized checkpoint" in proc.stderr and "personalq quantize" in proc.stderr
