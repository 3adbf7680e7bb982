"""Ray Serve scale-out on a real local Ray instance: requests carrying the
`serve_multiplexed_model_id` header reach a replica holding that checkpoint (no reload), the
replica keeps at most max_num_models_per_replica checkpoints, and the router runs Check-in in
front of the multiplexed generators. Deployed with an API key: both applications refuse
requests without it, as the FastAPI service does."""

from __future__ import annotations

import base64

import httpx
import pytest

from serve_testdata import free_port, make_config, world  # noqa: F401 (fixture)

KEY = "ray-secret"
AUTH = {"Authorization": f"Bearer {KEY}"}


@pytest.fixture(scope="module")
def ray_serve(world):
    import ray
    from ray import serve

    from personalq.serve import ray_app

    port = free_port()
    config = make_config(world, upload_dir=world["root"] / "up-ray", port=port, api_key=KEY)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             runtime_env={"env_vars": ray_app.ray_env()})
    try:
        ray_app.deploy(config, replicas=1, max_models=2)
        yield f"http://127.0.0.1:{port}"
    finally:
        serve.shutdown()
        ray.shutdown()


def generate(url: str, model_id: str, seed: int = 0) -> dict:
    res = httpx.post(f"{url}/generate", json={"prompt": "a dog", "seed": seed, "steps": 2},
                     headers={"serve_multiplexed_model_id": model_id, **AUTH}, timeout=300)
    assert res.status_code == 200, res.text
    return res.json()


def test_multiplexed_routing_by_header_keeps_checkpoints_resident(ray_serve):
    first = generate(ray_serve, "rufus")
    assert first["model_id"] == "rufus" and first["weights"] == "lora"
    assert first["resident_hit"] is False  # the replica had to load it
    assert base64.b64decode(first["images"][0])[:4] == b"\x89PNG"
    loads = first["disk_loads"]
    again = generate(ray_serve, "rufus", seed=1)
    assert again["replica"] == first["replica"] and again["resident_hit"] is True
    assert again["disk_loads"] == loads  # the replica already held it: no reload
    assert again["loaded_models"] == ["rufus"]
    assert again["eviction"] == "frequency"
    generate(ray_serve, "kiki")
    third = generate(ray_serve, "inkwash")
    # max_num_models_per_replica=2: the replica evicted the checkpoint asked for least often
    # (kiki, once), not the least recently used one (rufus, twice).
    assert third["loaded_models"] == ["rufus", "kiki", "inkwash"]
    back = generate(ray_serve, "rufus", seed=2)
    assert back["resident_hit"] is True and back["disk_loads"] == third["disk_loads"]
    kiki = generate(ray_serve, "kiki", seed=3)
    assert kiki["resident_hit"] is False, "kiki was evicted, so it loads again"
    assert kiki["disk_loads"] > back["disk_loads"]
    assert kiki["loaded_models"] == ["rufus", "kiki", "inkwash", "kiki"]


def test_router_selects_then_generates_on_the_multiplexed_replica(ray_serve):
    decision = httpx.post(f"{ray_serve}/v1/select", json={"request": "Rufus in the snow"},
                          headers=AUTH, timeout=300).json()
    assert decision["action"] == "select" and decision["checkpoint"] == "rufus"
    out = httpx.post(f"{ray_serve}/v1/images/generations",
                     json={"prompt": "Mochi on a table", "seed": 3, "steps": 2}, headers=AUTH,
                     timeout=300).json()
    assert out["personalq"]["model_id"] == "mochi"
    assert out["personalq"]["weights"] == "dreambooth"
    assert base64.b64decode(out["data"][0]["b64_json"])[:4] == b"\x89PNG"
    clarify = httpx.post(f"{ray_serve}/v1/images/generations", json={"prompt": "my dog"},
                         headers=AUTH, timeout=300).json()
    assert clarify["data"] == [] and clarify["clarification"]["question"]
    bad = httpx.post(f"{ray_serve}/v1/images/generations",
                     json={"prompt": "a dog", "checkpoint": "nope"}, headers=AUTH, timeout=300)
    assert bad.status_code == 404 and "nope" in bad.json()["error"]["message"]


def test_lora_weights_reach_the_generator_as_on_the_single_process_service(ray_serve):
    body = {"prompt": "a dog", "checkpoint": "rufus+inkwash", "seed": 4, "steps": 2}
    plain = httpx.post(f"{ray_serve}/v1/images/generations", json=body, headers=AUTH,
                       timeout=300).json()
    weighted = httpx.post(f"{ray_serve}/v1/images/generations",
                          json={**body, "lora_weights": {"inkwash": 0.25}}, headers=AUTH,
                          timeout=300).json()
    default = plain["personalq"]["adapter_weights"]
    assert len(default) == 2 and default[1] != 0.25
    assert weighted["personalq"]["adapter_weights"] == [default[0], 0.25]
    assert weighted["personalq"]["warnings"] == []
    assert weighted["data"][0]["b64_json"] != plain["data"][0]["b64_json"]
    direct = httpx.post(f"{ray_serve}/generate", timeout=300,
                        json={"prompt": "a dog", "seed": 4, "steps": 2,
                              "lora_weights": {"kiki": 0.5}},
                        headers={"serve_multiplexed_model_id": "kiki", **AUTH})
    assert direct.status_code == 200 and direct.json()["adapter_weights"] == [0.5]
    for bad in ({"mochi": 0.5}, {"inkwash": "heavy"}, [0.5]):
        res = httpx.post(f"{ray_serve}/v1/images/generations", headers=AUTH, timeout=300,
                         json={**body, "lora_weights": bad})
        assert res.status_code == 422, (bad, res.text)
        assert "lora_weights" in res.json()["error"]["message"]


def test_both_applications_refuse_requests_without_the_api_key(ray_serve):
    for path, headers in (("/v1/select", {}), ("/v1/images/generations", {}),
                          ("/generate", {"serve_multiplexed_model_id": "rufus"})):
        missing = httpx.post(f"{ray_serve}{path}", json={"request": "Rufus", "prompt": "a dog"},
                             headers=headers, timeout=300)
        assert missing.status_code == 401, (path, missing.text)
        assert missing.json()["error"]["message"] == "missing API key"
        assert missing.headers["www-authenticate"] == "Bearer"
        wrong = httpx.post(f"{ray_serve}{path}", json={"request": "Rufus", "prompt": "a dog"},
                           headers={**headers, "Authorization": "Bearer nope"}, timeout=300)
        assert wrong.status_code == 401 and wrong.json()["error"]["message"] == "wrong API key"
