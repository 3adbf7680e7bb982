"""The HTTP service end to end: a real uvicorn server on a free localhost port, real HTTP (httpx),
a real catalog of real checkpoint files, real tiny diffusers pipelines."""

from __future__ import annotations

import base64
import io
import json
import os
import pickle
import time
from pathlib import Path

import httpx
import pytest
from PIL import Image

from serve_testdata import LiveServer, make_config, upload_lora, world  # noqa: F401 (fixture)

CONTRACT_KEYS = {"action", "checkpoint", "checkpoints", "options", "question", "prompt",
                 "candidates", "latency_ms"}


@pytest.fixture(scope="module")
def server(world):
    from personalq.serve.api import create_app

    with LiveServer(create_app(make_config(world))) as live:
        yield live


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=120) as c:
        yield c


def uploads_of(world) -> list[str]:
    """Everything the service stored for registered checkpoints (the staging folder included)."""
    folder = world["root"] / "uploads"
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() or p.is_symlink())


def assert_error(response: httpx.Response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["message"], error
    if code:
        assert error["code"] == code, error
    return error


def png_of(b64: str) -> Image.Image:
    data = base64.b64decode(b64)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return Image.open(io.BytesIO(data))


# ------------------------------------------------------------------------------ basics
def test_healthz_and_checkpoint_gallery(client):
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["checkpoints"] == 4
    listed = {c["id"]: c for c in client.get("/v1/checkpoints").json()["data"]}
    assert set(listed) == {"rufus", "kiki", "inkwash", "mochi"}
    assert listed["rufus"]["trigger"] == "<rufus-dog>" and listed["rufus"]["format"] == "lora"
    assert listed["inkwash"]["kind"] == "style"
    assert listed["mochi"]["format"] == "dreambooth"


def test_select_follows_the_contract(client):
    decision = client.post("/v1/select", json={"request": "Rufus running in the snow"}).json()
    assert CONTRACT_KEYS <= set(decision)
    assert decision["action"] == "select" and decision["checkpoint"] == "rufus"
    assert decision["checkpoints"] == ["rufus"]
    assert "<rufus-dog>" in decision["prompt"]
    assert all(set(c) == {"id", "score"} for c in decision["candidates"])
    assert decision["conversation_id"] is None
    same = client.post("/v1/select", json={"prompt": "Rufus running in the snow"}).json()
    assert same["checkpoint"] == "rufus"  # the --batch key works too


def test_clarification_round_trip(client):
    first = client.post("/v1/select", json={"request": "my dog on the beach"}).json()
    assert first["action"] == "clarify", first
    assert {"rufus", "kiki"} <= set(first["options"])
    assert first["question"] and "rufus" not in first["question"]  # describes, no raw ids
    assert {o["id"] for o in first["option_cards"]} == set(first["options"])
    conv = first["conversation_id"]
    second = client.post("/v1/select", json={"conversation_id": conv, "answer": "kiki"}).json()
    assert second["action"] == "select" and second["checkpoint"] == "kiki", second
    assert "<kiki-dog>" in second["prompt"] and "beach" in second["prompt"]
    # A free-text answer works too, on a fresh conversation.
    conv2 = client.post("/v1/select", json={"request": "my dog on the beach"}).json()
    words = client.post("/v1/select", json={"conversation_id": conv2["conversation_id"],
                                            "answer": "the beagle"}).json()
    assert words["checkpoint"] == "rufus", words
    # A finished conversation is gone.
    assert_error(client.post("/v1/select", json={"conversation_id": conv, "answer": "kiki"}),
                 404, "not_found")


# ------------------------------------------------------------------------------ images
def test_generation_draws_png_with_the_selected_dreambooth(client):
    body = {"prompt": "Mochi sleeping on a table", "seed": 5, "n": 2}
    first = client.post("/v1/images/generations", json=body)
    assert first.status_code == 200, first.text
    out = first.json()
    assert out["clarification"] is None
    assert out["personalq"]["checkpoints"] == ["mochi"]
    assert out["personalq"]["weights"] == "dreambooth"
    assert len(out["data"]) == 2
    image = png_of(out["data"][0]["b64_json"])
    assert image.size == (32, 32)
    assert "<mochi-cat>" in out["data"][0]["revised_prompt"]
    # Same seed, same checkpoint: the same pixels, served from the cache without a reload.
    loads = client.get("/healthz").json()["cache"]["loads"]
    again = client.post("/v1/images/generations", json=body).json()
    assert again["data"][0]["b64_json"] == out["data"][0]["b64_json"]
    assert client.get("/healthz").json()["cache"]["loads"] == loads


def test_generation_clarifies_with_a_200_then_draws(client):
    res = client.post("/v1/images/generations", json={"prompt": "my dog in the park"})
    assert res.status_code == 200
    out = res.json()
    assert out["data"] == [] and out["clarification"]["question"]
    ids = [o["id"] for o in out["clarification"]["options"]]
    assert {"rufus", "kiki"} <= set(ids)
    answer = {"prompt": "my dog in the park", "answer": "rufus", "seed": 1,
              "conversation_id": out["clarification"]["conversation_id"]}
    drawn = client.post("/v1/images/generations", json=answer).json()
    assert drawn["personalq"]["checkpoints"] == ["rufus"]
    assert drawn["personalq"]["weights"] == "lora"
    png_of(drawn["data"][0]["b64_json"])


def test_explicit_composition_of_loras_and_a_dreambooth_with_a_style(client):
    both = client.post("/v1/images/generations", json={"prompt": "a dog", "seed": 1,
                                                       "checkpoint": "rufus+inkwash"}).json()
    info = both["personalq"]
    assert info["checkpoints"] == ["rufus", "inkwash"] and info["weights"] == "lora"
    assert "<rufus-dog>" in info["prompt"] and "<inkwash-style>" in info["prompt"]
    alone = client.post("/v1/images/generations", json={"prompt": "a dog", "seed": 1,
                                                        "checkpoint": "rufus"}).json()
    assert both["data"][0]["b64_json"] != alone["data"][0]["b64_json"]
    res = client.post("/v1/images/generations", json={"prompt": "a cat", "seed": 1,
                                                      "checkpoint": "mochi+inkwash"})
    assert res.status_code == 200, res.text
    info = res.json()["personalq"]
    assert info["checkpoints"] == ["mochi", "inkwash"] and info["weights"] == "dreambooth+lora"
    assert not info["warnings"] and "<inkwash-style>" in info["prompt"]
    assert_error(client.post("/v1/images/generations", json={"prompt": "a", "checkpoint":
                                                             "rufus+nope"}), 404)


def test_explicit_checkpoint_url_format_and_lora_changes_pixels(client):
    body = {"prompt": "a dog", "checkpoint": "kiki", "seed": 3, "response_format": "url"}
    out = client.post("/v1/images/generations", json=body).json()
    url = out["data"][0]["url"]
    assert out["data"][0]["revised_prompt"].startswith("a <kiki-dog>") or \
        "<kiki-dog>" in out["data"][0]["revised_prompt"]
    png = client.get(url)
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    base = client.post("/v1/images/generations", json={**body, "checkpoint": "none",
                                                       "response_format": "b64_json"}).json()
    assert base["personalq"]["checkpoints"] == []
    assert base64.b64decode(base["data"][0]["b64_json"]) != png.content


def test_dreambooth_served_quantized_with_the_quant_module(client):
    body = {"prompt": "a photo", "checkpoint": "mochi", "seed": 4, "quantization": "naive-w8a8"}
    out = client.post("/v1/images/generations", json=body)
    assert out.status_code == 200, out.text
    assert out.json()["personalq"]["quantization"] == "naive-w8a8"
    png_of(out.json()["data"][0]["b64_json"])
    entries = client.get("/healthz").json()["cache"]["entries"]
    quantized = [e for e in entries if e["id"] == "mochi" and e["quantization"] == "naive-w8a8"]
    full = [e for e in entries if e["id"] == "mochi" and e["quantization"] == "none"]
    assert quantized and full and quantized[0]["bytes"] < full[0]["bytes"] / 2
    again = client.post("/v1/images/generations", json=body).json()
    assert again["personalq"]["loaded"] == []  # the quantized UNet stays cached
    err = assert_error(client.post("/v1/images/generations", json={**body, "quantization": "zz-w3a3"}),
                       400)
    assert "zz" in err["message"]
    assert_error(client.post("/v1/images/generations",
                             json={**body, "checkpoint": "kiki"}), 400)  # LoRA: full precision


# ------------------------------------------------------------------------------ checkpoints
def test_upload_registers_a_selectable_lora_then_delete(client, world):
    path = upload_lora(world["base"], world["root"] / "incoming" / "bella.safetensors",
                       trigger="<bella-dog>")
    fields = {"name": "Bella", "class_noun": "cat", "kind": "subject",
              "description": "Bella, a fluffy white persian cat"}
    with open(path, "rb") as f:
        res = client.post("/v1/checkpoints", files={"file": ("bella.safetensors", f)}, data=fields)
    assert res.status_code == 201, res.text
    out = res.json()
    assert out["checkpoint"]["id"] == "bella" and out["checkpoint"]["trigger"] == "<bella-dog>"
    # The background job (load + optional quantization) reports progress over SSE.
    events = []
    with client.stream("GET", f"/v1/jobs/{out['job']['id']}/events") as stream:
        for line in stream.iter_lines():
            if line.startswith("data: "):
                events.append(json.loads(line[6:]))
    assert events[-1]["event"] == "succeeded", events
    assert [e["progress"] for e in events] == sorted(e["progress"] for e in events)
    assert "bella" in {c["id"] for c in client.get("/v1/checkpoints").json()["data"]}
    decision = client.post("/v1/select", json={"request": "Bella the persian cat on a sofa"}).json()
    assert decision["checkpoint"] == "bella", decision
    image = client.post("/v1/images/generations",
                        json={"prompt": "Bella the persian cat on a sofa", "seed": 2}).json()
    assert image["personalq"]["checkpoints"] == ["bella"]
    # Repository checkpoints are read-only; registered ones can be deleted.
    assert_error(client.delete("/v1/checkpoints/rufus"), 403, "forbidden")
    assert client.delete("/v1/checkpoints/bella").json()["deleted"] is True
    assert "bella" not in {c["id"] for c in client.get("/v1/checkpoints").json()["data"]}
    assert uploads_of(world) == []


def test_register_by_path_under_a_root(client, world):
    path = upload_lora(world["base"], world["roots"] / "shared" / "nova.safetensors", seed=13,
                       trigger="<nova-fox>")
    res = client.post("/v1/checkpoints", json={"path": "shared/nova.safetensors",
                                               "name": "Nova", "class_noun": "fox"})
    assert res.status_code == 201, res.text
    assert res.json()["checkpoint"]["id"] == "nova"
    assert client.delete("/v1/checkpoints/nova").status_code == 200
    assert path.is_file()  # unregistering never deletes the user's own file


def test_a_lora_that_fits_in_part_is_drawn_and_every_response_says_so(client, world):
    """A real safetensors LoRA with keys for two UNet modules the tiny base lacks: registration,
    the OpenAI images JSON (also from the cache) and the A1111 info all carry the warning."""
    from personalq.testing import make_tiny_lora

    unknown = ("down_blocks.7.attentions.0.transformer_blocks.0.attn1.to_q",
               "mid_block.attentions.0.transformer_blocks.0.attn9.to_k")
    make_tiny_lora(world["base"], world["roots"] / "shared" / "patchy.safetensors", seed=17,
                   unknown_modules=unknown, metadata={"modelspec.trigger_phrase": "<patchy>"})
    res = client.post("/v1/checkpoints", json={"path": "shared/patchy.safetensors",
                                               "name": "Patchy", "class_noun": "robot"})
    assert res.status_code == 201, res.text
    job = client.get(f"/v1/jobs/{res.json()['job']['id']}").json()
    for _ in range(600):
        if job["status"] in ("succeeded", "failed", "cancelled", "timed_out"):
            break
        time.sleep(0.1)
        job = client.get(f"/v1/jobs/{job['id']}").json()
    assert job["status"] == "succeeded", job
    [said] = job["result"]["warnings"]
    assert said.startswith("LoRA patchy: 4 of ") and "left out" in said
    body = {"prompt": "a robot", "checkpoint": "patchy", "seed": 1}
    for _ in range(2):  # the second request finds the adapter cached: still said
        out = client.post("/v1/images/generations", json=body).json()
        assert out["personalq"]["loaded"] == [] and out["personalq"]["warnings"] == [said]
    plain = client.post("/v1/images/generations", json={**body, "checkpoint": "none"}).json()
    assert plain["personalq"]["warnings"] == []
    assert plain["data"][0]["b64_json"] != out["data"][0]["b64_json"]  # the rest is applied
    a1111 = client.post("/sdapi/v1/txt2img", json={"prompt": "<lora:patchy:1> a robot",
                                                   "steps": 2}).json()
    assert json.loads(a1111["info"])["personalq"]["warnings"] == [said]
    assert client.delete("/v1/checkpoints/patchy").status_code == 200


# ------------------------------------------------------------------------------ bad input
def test_bad_input_gets_clear_4xx_stores_nothing_and_service_keeps_serving(client, world, tmp_path):
    before = uploads_of(world)
    # Malformed JSON.
    err = assert_error(client.post("/v1/select", content=b'{"request": "my dog"',
                                   headers={"content-type": "application/json"}), 400,
                       "malformed_json")
    assert "JSON" in err["message"]
    # Oversized prompt.
    err = assert_error(client.post("/v1/images/generations", json={"prompt": "a" * 5000}), 422)
    assert "prompt" in err["message"]
    # Wrong types and ranges.
    assert_error(client.post("/v1/images/generations", json={"prompt": "x", "n": 99}), 422)
    assert_error(client.post("/v1/images/generations", json={"prompt": "x", "size": "13x7",
                                                             "checkpoint": "kiki"}), 400)
    # Unknown checkpoint.
    err = assert_error(client.post("/v1/images/generations",
                                   json={"prompt": "a dog", "checkpoint": "nope"}), 404)
    assert "nope" in err["message"]
    # Oversized upload (refused from its Content-Length before the body is read).
    big = tmp_path / "big.safetensors"
    big.write_bytes(b"\0" * 400_000)
    with open(big, "rb") as f:
        assert_error(client.post("/v1/checkpoints", files={"file": ("big.safetensors", f)}), 413)
    # ... and counted as it streams when the client sends no Content-Length (chunked).
    boundary = "pqboundary"

    def chunked_body():
        yield (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
               f"filename=\"big.safetensors\"\r\n\r\n").encode()
        for _ in range(40):
            yield b"\0" * 10_000
        yield f"\r\n--{boundary}--\r\n".encode()

    assert_error(client.post("/v1/checkpoints", content=chunked_body(), headers={
        "content-type": f"multipart/form-data; boundary={boundary}"}), 413)
    # Pickle uploads: by extension, and pickle bytes renamed .safetensors.
    payload = pickle.dumps({"state_dict": [1, 2, 3]})
    err = assert_error(client.post("/v1/checkpoints", files={"file": ("evil.ckpt", payload)}), 415)
    assert "pickle" in err["message"]
    err = assert_error(client.post("/v1/checkpoints",
                                   files={"file": ("evil.safetensors", payload)}), 415)
    assert "pickle" in err["message"]
    # A corrupt safetensors header.
    err = assert_error(client.post("/v1/checkpoints", files={
        "file": ("broken.safetensors", (10**6).to_bytes(8, "little") + b"{}")}), 400)
    assert "safetensors" in err["message"]
    # Paths outside the roots: parent steps, absolute paths, symlinks pointing out.
    assert_error(client.post("/v1/checkpoints", json={"path": "../repo/rufus.safetensors"}), 403)
    assert_error(client.post("/v1/checkpoints",
                             json={"path": str(world["repo"] / "kiki.safetensors")}), 403)
    link = world["roots"] / "shared" / "sneaky.safetensors"
    link.symlink_to(world["repo"] / "kiki.safetensors")
    try:
        assert_error(client.post("/v1/checkpoints", json={"path": "shared/sneaky.safetensors"}),
                     403)
    finally:
        link.unlink()
    # Unknown endpoint, unknown job, unsupported content type.
    assert_error(client.get("/v1/nothing-here"), 404)
    assert_error(client.get("/v1/jobs/doesnotexist"), 404)
    assert_error(client.post("/v1/checkpoints", content=b"x",
                             headers={"content-type": "text/plain"}), 415)
    # Nothing was stored, the catalog is unchanged, and the service still serves.
    assert uploads_of(world) == before
    assert len(client.get("/v1/checkpoints").json()["data"]) == 4
    assert client.post("/v1/select", json={"request": "Rufus"}).json()["checkpoint"] == "rufus"


def test_full_queue_answers_429_and_jobs_can_be_cancelled(client):
    slow = {"prompt": "a dog", "checkpoint": "none", "steps": 40, "n": 4, "background": True}
    accepted, refused = [], []
    for _ in range(6):
        res = client.post("/v1/images/generations", json=slow)
        (accepted if res.status_code == 202 else refused).append(res)
    assert refused, "a queue of 2 must refuse some of 6 quick submissions"
    assert all(r.status_code == 429 for r in refused)
    assert refused[0].json()["error"]["code"] == "queue_full"
    assert refused[0].headers.get("retry-after")
    for res in accepted:
        job = client.delete(f"/v1/jobs/{res.json()['id']}").json()
        assert job["status"] in ("cancelled", "running", "succeeded")
    deadline = time.time() + 60
    while time.time() < deadline:
        states = [client.get(f"/v1/jobs/{r.json()['id']}").json()["status"] for r in accepted]
        if all(s in ("cancelled", "succeeded") for s in states):
            break
        time.sleep(0.2)
    assert "cancelled" in states, states
    # The queue drained: new work is accepted again.
    ok = client.post("/v1/images/generations", json={"prompt": "a dog", "checkpoint": "none"})
    assert ok.status_code == 200


def test_generation_streams_step_progress_and_stops_mid_image_when_cancelled(client):
    job = client.post("/v1/images/generations", json={"prompt": "a dog", "checkpoint": "kiki",
                                                      "steps": 6, "background": True}).json()
    with client.stream("GET", f"/v1/jobs/{job['id']}/events") as stream:
        events = [json.loads(line[6:]) for line in stream.iter_lines() if line.startswith("data: ")]
    steps = [e for e in events if "step" in e["message"]]
    assert len(steps) == 6 and steps[-1]["message"].endswith("step 6/6")
    assert events[-1]["event"] == "succeeded" and events[-1]["progress"] == 1.0
    # A long single image is cancelled between two denoising steps.
    slow = client.post("/v1/images/generations", json={"prompt": "a dog", "checkpoint": "none",
                                                       "steps": 150, "background": True}).json()
    deadline = time.time() + 60
    while client.get(f"/v1/jobs/{slow['id']}").json()["progress"] < 0.1:
        assert time.time() < deadline
        time.sleep(0.05)
    client.delete(f"/v1/jobs/{slow['id']}")
    while client.get(f"/v1/jobs/{slow['id']}").json()["status"] == "running":
        assert time.time() < deadline
        time.sleep(0.05)
    final = client.get(f"/v1/jobs/{slow['id']}").json()
    assert final["status"] == "cancelled" and final["progress"] < 0.9


def test_metrics_exposition_parses(client):
    from prometheus_client.parser import text_string_to_metric_families

    client.get("/healthz")
    client.post("/v1/select", json={"request": "Kiki"})
    for seed in (1, 2):  # the second one is a cache hit
        client.post("/v1/images/generations", json={"prompt": "a dog", "checkpoint": "kiki",
                                                    "seed": seed})
    text = client.get("/metrics").text
    families = {f.name: f for f in text_string_to_metric_families(text)}
    for name in ("personalq_requests", "personalq_request_latency_seconds", "personalq_queue_depth",
                 "personalq_cache_hits", "personalq_cache_misses",
                 "personalq_resident_memory_bytes", "personalq_checkpoint_switch_seconds"):
        assert name in families, sorted(families)
    rss = families["personalq_resident_memory_bytes"].samples[0].value
    assert rss > 10 * 2**20
    routes = {s.labels.get("route") for s in families["personalq_requests"].samples}
    assert "/v1/select" in routes and "/healthz" in routes
    hits = sum(s.value for s in families["personalq_cache_hits"].samples
               if s.name.endswith("_total"))
    assert hits >= 1


def test_api_key_is_required_when_set(world):
    from personalq.serve.api import create_app

    app = create_app(make_config(world, api_key="s3cret", upload_dir=world["root"] / "up2"))
    with LiveServer(app) as live, httpx.Client(base_url=live.url) as c:
        assert_error(c.get("/v1/checkpoints"), 401, "unauthorized")
        assert_error(c.get("/v1/checkpoints", headers={"Authorization": "Bearer wrong"}), 401)
        assert_error(c.post("/v1/select", json={"request": "my dog"}), 401)
        ok = c.get("/v1/checkpoints", headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200 and len(ok.json()["data"]) == 4
        assert c.get("/healthz").status_code == 200  # liveness needs no key
        assert "access-control-allow-origin" not in c.get(
            "/healthz", headers={"Origin": "http://evil.example"}).headers  # CORS off


def test_register_dreambooth_by_path_quantizes_it_in_the_background(world):
    from personalq.testing import make_tiny_dreambooth
    from personalq.serve.api import create_app

    make_tiny_dreambooth(world["base"], world["roots"] / "shared" / "luna", seed=21,
                         trigger="<luna-owl>")
    app = create_app(make_config(world, quantization="naive-w8a8",
                                 upload_dir=world["root"] / "up-quant"))
    with LiveServer(app) as live, httpx.Client(base_url=live.url, timeout=120) as c:
        res = c.post("/v1/checkpoints", json={"path": "shared/luna", "name": "Luna",
                                               "class_noun": "owl", "trigger": "<luna-owl>"})
        assert res.status_code == 201, res.text
        job = res.json()["job"]
        with c.stream("GET", f"/v1/jobs/{job['id']}/events") as stream:
            events = [json.loads(line[6:]) for line in stream.iter_lines()
                      if line.startswith("data: ")]
        assert events[-1]["event"] == "succeeded", events
        done = c.get(f"/v1/jobs/{job['id']}").json()
        assert done["result"]["kind"] == "dreambooth"
        assert done["result"]["quantization"] == "naive-w8a8"
        out = c.post("/v1/images/generations", json={"prompt": "Luna the owl at night",
                                                     "seed": 1}).json()
        assert out["personalq"]["checkpoints"] == ["luna"]
        assert out["personalq"]["quantization"] == "naive-w8a8"
        assert out["personalq"]["loaded"] == []  # quantized by the background job already
        png_of(out["data"][0]["b64_json"])
