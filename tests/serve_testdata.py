"""A small real repository and a real uvicorn server for the serve tests.

The repository is a folder of real checkpoints for a tiny SD1.5-shaped base (built by
personalq.testing): two dog LoRAs (so "my dog" needs a question), a style LoRA and a
DreamBooth cat, each with a `<stem>.card.json` sidecar the catalog reads.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from personalq.serve.live import LiveServer, free_port  # noqa: F401 (re-exported)

CARDS = {
    "rufus": {"name": "Rufus", "trigger": "<rufus-dog>", "class_noun": "dog", "kind": "subject",
              "family": "rufus", "description": "Rufus, a brown and white beagle with a blue collar",
              "tags": ["dog", "beagle"]},
    "kiki": {"name": "Kiki", "trigger": "<kiki-dog>", "class_noun": "dog", "kind": "subject",
             "family": "kiki", "description": "Kiki, a tiny black-and-tan chihuahua",
             "tags": ["dog", "chihuahua"]},
    "inkwash": {"name": "Ink wash", "trigger": "<inkwash-style>", "class_noun": "", "kind": "style",
                "family": "inkwash", "description": "black ink wash painting style",
                "tags": ["style", "ink", "painting"]},
}
DREAMBOOTH = {"mochi": {"name": "Mochi", "trigger": "<mochi-cat>", "class_noun": "cat",
                        "kind": "subject", "family": "mochi",
                        "description": "Mochi, a calico cat with orange and black patches",
                        "tags": ["cat", "calico"]}}


def make_world(root: Path) -> tuple[Path, Path]:
    """(base_dir, repo_dir) of a tiny base and a checkpoint folder for it."""
    from personalq.testing import make_tiny_dreambooth, make_tiny_lora, make_tiny_sd15

    base = make_tiny_sd15(root / "base")
    repo = root / "repo"
    repo.mkdir(parents=True, exist_ok=True)
    for i, (stem, card) in enumerate(CARDS.items()):
        make_tiny_lora(base, repo / f"{stem}.safetensors", seed=i + 1,
                       metadata={"modelspec.trigger_phrase": card["trigger"]})
        (repo / f"{stem}.card.json").write_text(json.dumps(card))
    for stem, card in DREAMBOOTH.items():
        make_tiny_dreambooth(base, repo / stem, seed=7, trigger=card["trigger"])
        (repo / f"{stem}.card.json").write_text(json.dumps(card))
    return base, repo


def upload_lora(base: Path, path: Path, seed: int = 11, trigger: str | None = None) -> Path:
    from personalq.testing import make_tiny_lora

    meta = {"modelspec.trigger_phrase": trigger} if trigger else None
    return make_tiny_lora(base, path, seed=seed, metadata=meta)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("serve")
    old_home = os.environ.get("PERSONALQ_HOME")
    os.environ["PERSONALQ_HOME"] = str(root / "home")
    base, repo = make_world(root)
    roots = root / "roots"
    (roots / "shared").mkdir(parents=True)
    yield {"root": root, "base": base, "repo": repo, "roots": roots}
    if old_home is None:
        os.environ.pop("PERSONALQ_HOME", None)
    else:
        os.environ["PERSONALQ_HOME"] = old_home


def make_config(world, **overrides):
    from personalq.serve.config import ServeConfig

    settings = dict(repo=world["repo"], base_dir=world["base"], upload_dir=world["root"] / "uploads",
                    checkpoint_roots=[world["roots"]], max_upload_bytes=200_000, queue_size=2,
                    default_steps=2, api_key="", request_timeout_s=60)
    settings.update(overrides)
    return ServeConfig(**settings)
