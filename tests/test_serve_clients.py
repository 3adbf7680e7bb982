"""The clients people already have, against a real uvicorn server on localhost:
the official `openai` Python client on /v1/images/generations, and an AUTOMATIC1111 front-end's
HTTP JSON (as documented by A1111's /sdapi/v1 API) on the compatible subset."""

from __future__ import annotations

import base64
import io
import json
import time

import httpx
import numpy as np
import pytest
from PIL import Image

from serve_testdata import LiveServer, make_config, world  # noqa: F401 (fixture)


@pytest.fixture(scope="module")
def server(world):
    from personalq.serve.api import create_app

    with LiveServer(create_app(make_config(world, upload_dir=world["root"] / "up-clients"))) as live:
        yield live


@pytest.fixture(scope="module")
def openai_client(server):
    import openai

    return openai.OpenAI(base_url=server.url + "/v1", api_key="unused")  # default max_retries


def png(b64: str) -> Image.Image:
    data = base64.b64decode(b64)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return Image.open(io.BytesIO(data))


# ------------------------------------------------------------------------------ openai client
def test_openai_client_generates(openai_client):
    result = openai_client.images.generate(prompt="Rufus running in the snow", size="32x32",
                                           extra_body={"seed": 5})
    assert len(result.data) == 1 and png(result.data[0].b64_json).size == (32, 32)
    assert "<rufus-dog>" in result.data[0].revised_prompt
    assert result.model_extra["personalq"]["checkpoints"] == ["rufus"]


def test_openai_client_clarification_round_trip(openai_client):
    asked = openai_client.images.generate(prompt="my dog on the beach")
    assert asked.data == []
    clarification = asked.model_extra["clarification"]
    assert clarification["question"].endswith("?")
    options = {o["id"] for o in clarification["options"]}
    assert {"rufus", "kiki"} <= options
    answered = openai_client.images.generate(
        prompt="my dog on the beach",
        extra_body={"conversation_id": clarification["conversation_id"], "answer": "kiki"})
    assert len(answered.data) == 1 and png(answered.data[0].b64_json).size == (32, 32)
    assert answered.model_extra["personalq"]["checkpoints"] == ["kiki"]


def test_openai_client_per_adapter_weights(openai_client):
    """`lora_weights` by checkpoint id, as A1111's <lora:id:weight>: echoed, and they change
    the picture; a name that is not a LoRA of the request is a 422."""
    import openai

    def draw(weights):
        body = {"checkpoint": "rufus+inkwash", "seed": 3, "lora_weights": weights}
        result = openai_client.images.generate(prompt="a dog in the park", extra_body=body)
        return (np.asarray(png(result.data[0].b64_json).convert("RGB")).astype(int),
                result.model_extra["personalq"]["adapter_weights"])

    full, full_w = draw(None)
    half, half_w = draw({"inkwash": 0.25})
    assert full_w == [1.0, 1.0] and half_w == [1.0, 0.25]
    assert np.abs(full - half).max() > 8
    with pytest.raises(openai.UnprocessableEntityError) as caught:
        draw({"kiki": 0.5})
    assert "kiki" in str(caught.value) and "rufus, inkwash" in str(caught.value)


def test_openai_client_bad_size_is_a_400_at_once(openai_client, server):
    import openai

    assert openai_client.max_retries == openai.DEFAULT_MAX_RETRIES >= 1
    before = requests_to(server, "400")
    t0 = time.perf_counter()
    with pytest.raises(openai.BadRequestError) as caught:
        openai_client.images.generate(prompt="Rufus in the snow", size="1024x1024")
    elapsed = time.perf_counter() - t0
    assert elapsed < 1.0, f"a bad size took {elapsed:.2f} s"
    message = caught.value.body["message"] + caught.value.body["hint"]
    assert "32x32 natively" in message and "64x64" in message and "16x16" in message
    assert requests_to(server, "400") == before + 1  # the client did not retry the 400
    # A size that works besides the native one, and "auto" for the native size.
    wide = openai_client.images.generate(prompt="Rufus", size="64x32", extra_body={"seed": 1})
    assert png(wide.data[0].b64_json).size == (64, 32)
    auto = openai_client.images.generate(prompt="Rufus", size="auto", extra_body={"seed": 1})
    assert png(auto.data[0].b64_json).size == (32, 32)


def requests_to(server, status: str) -> float:
    """Requests the server answered with `status` on the images route (its own /metrics)."""
    text = httpx.get(server.url + "/metrics").text
    total = 0.0
    for line in text.splitlines():
        if line.startswith("personalq_requests_total{") and \
                '"/v1/images/generations"' in line and f'status="{status}"' in line:
            total += float(line.rsplit(" ", 1)[1])
    return total


def test_sizes_are_listed(server):
    sizes = httpx.get(server.url + "/v1/checkpoints").json()["sizes"]
    assert sizes["native"] == "32x32"
    assert "64x64" in sizes["supported"] and "128x128" not in sizes["supported"]


# ------------------------------------------------------------------------------ AUTOMATIC1111
@pytest.fixture(scope="module")
def sd(server):
    with httpx.Client(base_url=server.url + "/sdapi/v1", timeout=120) as c:
        yield c


def txt2img(sd, **body) -> dict:
    payload = {"negative_prompt": "", "seed": 3, "steps": 2, "cfg_scale": 4.0, "width": 32,
               "height": 32, "batch_size": 1, "n_iter": 1, "sampler_name": "Euler a",
               "restore_faces": False, "override_settings": {}, **body}
    res = sd.post("/txt2img", json=payload)
    assert res.status_code == 200, res.text
    out = res.json()
    assert set(out) == {"images", "parameters", "info"}
    out["info"] = json.loads(out["info"])  # A1111 sends `info` as a JSON string
    return out


def test_a1111_models_and_loras(sd):
    models = sd.get("/sd-models").json()
    assert len(models) == 1 and models[0]["title"].startswith("base [")
    assert len(models[0]["hash"]) == 10 and models[0]["sha256"].startswith(models[0]["hash"])
    loras = {entry["name"]: entry for entry in sd.get("/loras").json()}
    assert {"rufus", "kiki", "inkwash", "mochi"} <= set(loras)
    assert loras["rufus"]["alias"] == "rufus" and loras["rufus"]["path"].endswith("rufus.safetensors")
    assert loras["rufus"]["metadata"]["modelspec.trigger_phrase"] == "<rufus-dog>"
    assert sd.get("/options").json()["sd_model_checkpoint"] == models[0]["title"]


def test_a1111_txt2img_with_a_lora_tag_bypasses_checkin(sd):
    out = txt2img(sd, prompt="<lora:kiki:1> a dog on the beach", batch_size=2)
    assert len(out["images"]) == 2
    assert [png(b).size for b in out["images"]] == [(32, 32), (32, 32)]
    info = out["info"]
    assert info["personalq"]["checkpoints"] == ["kiki"] and info["personalq"]["explicit"]
    assert "<lora:" not in info["prompt"] and "<kiki-dog>" in info["prompt"]
    assert info["all_seeds"] == [3, 4] and info["cfg_scale"] == 4.0 and info["steps"] == 2
    assert "Seed: 3" in info["infotexts"][0] and "CFG scale: 4" in info["infotexts"][0]
    assert out["parameters"]["prompt"] == "<lora:kiki:1> a dog on the beach"


def test_a1111_txt2img_without_tags_selects_and_clarifies(sd):
    out = txt2img(sd, prompt="Rufus running in the snow", negative_prompt="blurry")
    assert len(out["images"]) == 1 and out["info"]["personalq"]["checkpoints"] == ["rufus"]
    assert out["info"]["negative_prompt"] == "blurry" and not out["info"]["personalq"]["explicit"]
    asked = txt2img(sd, prompt="my dog on the beach")
    assert asked["images"] == []
    clar = asked["info"]["personalq"]["clarification"]
    tags = {o["id"]: o["lora_tag"] for o in clar["options"]}
    assert tags["rufus"] == "<lora:rufus:1>" and clar["question"]
    # Answered the A1111 way: the same prompt with the chosen option's tag.
    answered = txt2img(sd, prompt=f"{tags['rufus']} my dog on the beach")
    assert len(answered["images"]) == 1
    assert answered["info"]["personalq"]["checkpoints"] == ["rufus"]
    # ... or with the conversation.
    by_id = txt2img(sd, prompt="my dog on the beach",
                    personalq_conversation_id=clar["conversation_id"], personalq_answer="kiki")
    assert by_id["info"]["personalq"]["checkpoints"] == ["kiki"] and len(by_id["images"]) == 1


def test_a1111_unknown_lora_and_bad_size(sd):
    res = sd.post("/txt2img", json={"prompt": "<lora:nope:0.7> a dog", "steps": 2})
    assert res.status_code == 404
    assert "/sdapi/v1/loras" in res.json()["error"]["message"]
    assert "nope" in res.json()["detail"]
    t0 = time.perf_counter()
    res = sd.post("/txt2img", json={"prompt": "a dog", "width": 512, "height": 512})
    assert res.status_code == 400 and time.perf_counter() - t0 < 1.0
    assert "32x32" in res.json()["error"]["message"]
