"""`personalq serve --quantized DIR`: folders written by `personalq quantize` are served as saved
(packed, no calibration at load). A real uvicorn server on localhost, real quantized checkpoints
written by the real command for a tiny SD1.5-shaped base and DreamBooth, and the images compared
pixel for pixel with `personalq generate --quantized` / the diffusion stage's own path."""

from __future__ import annotations

import base64
import io
import json
import shutil

import httpx
import numpy as np
import pytest
from PIL import Image

from serve_testdata import LiveServer, make_config, world  # noqa: F401 (fixture)

from personalq.cli import main
from personalq.errors import PersonalQError
from personalq.quant.methods import config_of


@pytest.fixture(scope="module")
def saved(world):
    """The base quantized naive W8A8 (no calibration) and the DreamBooth mochi TAQ W8A8."""
    import torch

    torch.set_num_threads(1)
    root = world["root"]
    qbase, qmochi = root / "q-base-naive", root / "q-mochi-taq"
    assert main(["quantize", str(world["base"]), "--method", "naive", "--wbits", "8",
                 "--abits", "8", "-o", str(qbase)]) == 0
    assert main(["quantize", str(world["repo"] / "mochi"), "--method", "taq", "--wbits", "8",
                 "--abits", "8", "--calib-prompts", "4", "--calib-steps", "2",
                 "--calib-timesteps", "1", "-o", str(qmochi)]) == 0
    return {"base": qbase, "mochi": qmochi}


@pytest.fixture(scope="module")
def client(world, saved):
    from personalq.serve.api import create_app

    config = make_config(world, upload_dir=world["root"] / "up-quantized",
                         quantized=[saved["base"], saved["mochi"]], quantization="naive-w8a8")
    app = create_app(config)
    with LiveServer(app) as live:
        with httpx.Client(base_url=live.url, timeout=120) as c:
            c.service = app.state.service  # to look inside its cache
            yield c


@pytest.fixture(scope="module")
def before(world, saved):
    """The same folders without a server default: the layout every request had before the
    base pipeline could hold the saved UNet (float base + a packed base with its own text
    encoder), asked for explicitly."""
    from personalq.serve.api import create_app

    config = make_config(world, upload_dir=world["root"] / "up-before",
                         quantized=[saved["base"], saved["mochi"]])
    with LiveServer(create_app(config)) as live:
        with httpx.Client(base_url=live.url, timeout=120) as c:
            yield c


def pixels(b64: str) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(base64.b64decode(b64))).convert("RGB"), dtype=np.int16)


def draw(client, **body) -> tuple[np.ndarray, dict]:
    res = client.post("/v1/images/generations", json={"steps": 2, **body})
    assert res.status_code == 200, res.text
    out = res.json()
    return pixels(out["data"][0]["b64_json"]), out["personalq"]


def wait_job(client, job_id: str) -> dict:
    import time

    for _ in range(600):
        job = client.get(f"/v1/jobs/{job_id}").json()
        if job["status"] not in ("queued", "running"):
            assert job["status"] == "succeeded", job
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish")


def cache_stats(client) -> dict:
    return client.get("/healthz").json()["cache"]


def test_checkpoints_list_the_saved_variants(client, saved):
    listing = client.get("/v1/checkpoints").json()
    variants = {(v["checkpoint"], v["quantization"]): v for v in listing["quantized"]}
    assert set(variants) == {(None, "naive-w8a8"), ("mochi", "taq-w8a8")}
    assert variants[("mochi", "taq-w8a8")]["trigger"] == "<mochi-cat>"
    assert variants[(None, "naive-w8a8")]["path"] == str(saved["base"])
    cards = {c["id"]: c for c in listing["data"]}
    assert cards["mochi"]["quantized"] == ["taq-w8a8"]
    assert cards["rufus"]["quantized"] == ["naive-w8a8"]  # LoRAs draw on the saved base


def _float_unets(service) -> list:
    """Full-precision UNets held by the service's pipelines (base + cache entries)."""
    cache = service.cache
    pipes = [cache._base] + [e.pipe for _, e in cache._snapshot() if e.pipe is not None]
    return [p.unet for p in pipes if config_of(p.unet) is None]


def _nbytes(module) -> int:
    return sum(t.numel() * t.element_size()
               for t in list(module.parameters()) + list(module.buffers()))


def test_saved_default_base_keeps_no_float_unet_and_loads_it_for_none(client, before, world,
                                                                      saved):
    from personalq.diffusion.generate import generate
    from personalq.diffusion.loading import apply_checkpoint, load_base
    from personalq.testing import make_tiny_lora
    from personalq.serve.entries import adapter_name

    # A LoRA with text-encoder layers (as the world's have) lands on the base's text encoder,
    # which the float UNet's pipeline shares: both pipelines' adapters meet there.
    make_tiny_lora(world["base"], world["roots"] / "shared" / "teddy.safetensors", seed=21,
                   text_encoder=True, metadata={"modelspec.trigger_phrase": "<teddy-dog>"})
    for server in (client, before):
        res = server.post("/v1/checkpoints", json={"path": "shared/teddy.safetensors",
                                                   "name": "Teddy", "class_noun": "dog"})
        assert res.status_code == 201, res.text
        wait_job(server, res.json()["job"]["id"])

    service = client.service
    plain, info = draw(client, prompt="a dog in the snow", checkpoint="none", seed=4)
    lora, info_l = draw(client, prompt="a dog in the snow", checkpoint="teddy", seed=4)
    assert info["saved_quantized"] == info_l["saved_quantized"] == str(saved["base"])
    # The base pipeline holds the packed UNet; no float UNet anywhere, one text encoder.
    stats = cache_stats(client)
    assert stats["base_quantization"] == "naive-w8a8"
    assert not _float_unets(service)
    base = service.cache._base
    float_unet_bytes = _nbytes(load_base(world["base"]).unet)
    assert _nbytes(base.unet) < float_unet_bytes / 2
    assert {e["kind"] for e in stats["entries"]} == {"lora"}  # no second base pipeline
    # Pixel for pixel what the float base + packed base layout drew.
    old_plain, _ = draw(before, prompt="a dog in the snow", checkpoint="none", seed=4,
                        quantization="naive-w8a8")
    old_lora, old = draw(before, prompt="a dog in the snow", checkpoint="teddy", seed=4,
                         quantization="naive-w8a8")
    assert old["saved_quantized"] == str(saved["base"])
    assert np.array_equal(plain, old_plain) and np.array_equal(lora, old_lora)

    # "none": the float UNet is loaded on first use as an entry of its own, bytes counted,
    # sharing the base's text encoder and VAE; same pixels as the plain diffusion path.
    fp, info_fp = draw(client, prompt="a dog in the snow", checkpoint="teddy", seed=4,
                       quantization="none")
    assert info_fp["quantization"] == "none" and info_fp["saved_quantized"] is None
    entries = {(e["id"], e["kind"]): e for e in cache_stats(client)["entries"]}
    assert entries[("<base>", "float-base")]["bytes"] == float_unet_bytes
    assert entries[("teddy", "lora")]["bytes"] > 0
    (float_unet,) = _float_unets(service)
    fpipe = next(e.pipe for _, e in service.cache._snapshot() if e.kind == "float-base")
    assert fpipe.text_encoder is base.text_encoder and fpipe.vae is base.vae
    pipe = load_base(world["base"], hotswap=False)
    apply_checkpoint(pipe, service.store.get("teddy"))
    direct = np.asarray(generate(pipe, info_fp["prompt"], seed=4, steps=2).convert("RGB"),
                        dtype=np.int16)
    assert np.array_equal(fp, direct)
    old_fp, _ = draw(before, prompt="a dog in the snow", checkpoint="teddy", seed=4,
                     quantization="none")
    assert np.array_equal(fp, old_fp)
    back, _ = draw(client, prompt="a dog in the snow", checkpoint="teddy", seed=4)
    assert np.array_equal(back, lora)  # and back: each pipeline's adapters, not the other's

    # Evicted like any entry: its LoRAs go with it (off the shared text encoder too), and the
    # quantized draws are unchanged afterwards.
    assert service.cache.evict("<base>")
    assert not _float_unets(service)
    assert not any(e["quantization"] == "none" for e in cache_stats(client)["entries"])
    layers = [m for m in base.text_encoder.modules() if hasattr(m, "lora_A")]
    assert layers and all(list(m.lora_A) == [adapter_name("teddy|naive-w8a8")]
                          for m in layers)
    again, _ = draw(client, prompt="a dog in the snow", checkpoint="teddy", seed=4)
    assert np.array_equal(again, lora)
    fp_again, info2 = draw(client, prompt="a dog in the snow", checkpoint="teddy", seed=4,
                           quantization="none")
    assert info2["loaded"] == ["teddy"] and np.array_equal(fp_again, fp)
    for server in (client, before):
        assert server.delete("/v1/checkpoints/teddy").status_code == 200


def test_dreambooth_is_drawn_from_its_saved_weights_as_generate_draws_it(client, world, saved,
                                                                         tmp_path, capsys):
    before = cache_stats(client)
    image, info = draw(client, prompt="a cat on a sofa", checkpoint="mochi", seed=5,
                       quantization="taq-w8a8")
    after = cache_stats(client)
    assert info["quantization"] == "taq-w8a8" and info["weights"] == "dreambooth"
    assert info["saved_quantized"] == str(saved["mochi"]) and info["loaded"] == ["mochi"]
    # Read as saved: one more saved load, no calibration + quantization in the server.
    assert after["saved_loads"] == before["saved_loads"] + 1
    assert after["quantized_at_load"] == before["quantized_at_load"] == 0
    entry = next(e for e in after["entries"] if e["id"] == "mochi")
    assert entry["saved"] == str(saved["mochi"]) and entry["quantization"] == "taq-w8a8"

    out = tmp_path / "mochi.png"
    assert main(["generate", "a cat on a sofa", "--checkpoint", "mochi", "--repo",
                 str(world["repo"]), "--base", str(world["base"]), "--quantized",
                 str(saved["mochi"]), "--seed", "5", "--steps", "2", "--out", str(out)]) == 0
    assert "kept in high precision" in capsys.readouterr().out  # TAQ protected the trigger
    cli = np.asarray(Image.open(out).convert("RGB"), dtype=np.int16)
    assert np.array_equal(image, cli)

    again, info = draw(client, prompt="a cat on a sofa", checkpoint="mochi", seed=5,
                       quantization="taq-w8a8")
    assert info["loaded"] == [] and np.array_equal(again, image)  # cached, same weights


def test_loras_draw_unmerged_on_the_saved_quantized_base(client, world, saved):
    from personalq.catalog.store import open_repository
    from personalq.diffusion.generate import generate
    from personalq.diffusion.pipeline import build_pipeline, protect_trigger

    # The server's default quantization (naive-w8a8) matches the saved base: LoRAs use it.
    lora_q, info = draw(client, prompt="a dog in the snow", checkpoint="rufus", seed=3)
    assert info["quantization"] == "naive-w8a8" and info["weights"] == "lora"
    assert info["saved_quantized"] == str(saved["base"])
    assert cache_stats(client)["quantized_at_load"] == 0

    # The same image as the diffusion stage's path: the saved base, then the LoRA on top.
    pipe, _ = build_pipeline(world["base"], [open_repository(world["repo"]).get("rufus")],
                             quantized=saved["base"], hotswap=False)
    protect_trigger(pipe, info["prompt"], "<rufus-dog>")
    direct = np.asarray(generate(pipe, info["prompt"], seed=3, steps=2).convert("RGB"),
                        dtype=np.int16)
    assert np.array_equal(lora_q, direct)

    plain_q, _ = draw(client, prompt="a dog in the snow", checkpoint="none", seed=3)
    assert np.abs(plain_q - lora_q).max() > 0  # the LoRA really is applied on the packed base
    lora_fp, fp = draw(client, prompt="a dog in the snow", checkpoint="rufus", seed=3,
                       quantization="none")
    assert fp["saved_quantized"] is None and fp["quantization"] == "none"
    assert np.abs(lora_fp - lora_q).max() > 0  # full precision is another UNet
    again, info2 = draw(client, prompt="a dog in the snow", checkpoint="rufus", seed=3)
    assert info2["loaded"] == [] and np.array_equal(again, lora_q)  # adapters kept apart
    style, info3 = draw(client, prompt="a dog", checkpoint="rufus+inkwash", seed=3)
    assert info3["saved_quantized"] == str(saved["base"]) and info3["weights"] == "lora"


def test_without_a_default_the_saved_base_is_a_pipeline_of_its_own(before, saved, world):
    """No --quantization: the float base as before, the saved base an entry asked for."""
    from personalq.diffusion.loading import load_base

    _, info = draw(before, prompt="a dog", checkpoint="kiki", seed=2, quantization="naive-w8a8")
    assert info["saved_quantized"] == str(saved["base"])
    stats = cache_stats(before)
    assert stats["base_quantization"] == "none"
    qbase = {(e["id"], e["kind"]): e for e in stats["entries"]}[("<base>", "quantized-base")]
    assert qbase["saved"] == str(saved["base"])
    full_unet = sum(v.numel() * 4 for v in load_base(world["base"]).unet.state_dict().values())
    assert qbase["bytes"] < full_unet  # packed UNet (+ its own text encoder) counted


def test_a_quantization_nobody_saved_is_refused_for_loras(client):
    res = client.post("/v1/images/generations",
                      json={"prompt": "a dog", "checkpoint": "rufus", "quantization": "taq-w4a8"})
    assert res.status_code == 400
    assert "naive-w8a8" in res.json()["error"]["message"]  # says what is saved


def _copy_with(src, dst, **changes):
    shutil.copytree(src, dst)
    meta = json.loads((dst / "quant_config.json").read_text())
    for key, value in changes.items():
        if key == "cross_attention_dim":
            meta["unet_config"][key] = value
        else:
            meta[key] = value
    (dst / "quant_config.json").write_text(json.dumps(meta))
    return dst


def test_bad_quantized_folders_stop_the_server_with_a_clear_error(world, saved, tmp_path,
                                                                   capsys):
    from personalq.serve.service import Service

    def refused(*folders) -> str:
        config = make_config(world, upload_dir=tmp_path / "up", quantized=list(folders))
        with pytest.raises(PersonalQError) as err:
            Service(config)
        return err.value.message

    assert "is not a quantized checkpoint" in refused(world["base"])
    wide = _copy_with(saved["base"], tmp_path / "wide", cross_attention_dim=768)
    assert "cross_attention_dim=768" in refused(wide) and "another base" in refused(wide)
    stray = _copy_with(saved["base"], tmp_path / "stray", source=str(tmp_path))
    assert "neither the served base" in refused(stray)
    assert "does not record" in refused(_copy_with(saved["base"], tmp_path / "anon", source=None))
    twin = shutil.copytree(saved["base"], tmp_path / "twin")
    assert "both the base at naive-w8a8" in refused(saved["base"], twin)

    # The command says it on stderr and exits 2 before listening (no traceback).
    assert main(["serve", "--repo", str(world["repo"]), "--base", str(world["base"]),
                 "--upload-dir", str(tmp_path / "up"), "--port", "1",
                 "--quantized", str(stray)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "Traceback" not in err
