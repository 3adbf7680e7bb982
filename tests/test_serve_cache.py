"""The model cache on real tiny pipelines and real checkpoint files: hits never reload, hot-swaps
are exact, the LRU keeps to its byte budget, concurrent users get correct images."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from personalq.catalog.card import Card
from personalq.diffusion.state import state_of
from personalq.errors import PersonalQError
from personalq.serve.cache import ModelCache


def new_cache(base, **kw) -> ModelCache:
    from personalq.diffusion.loading import load_base

    return ModelCache(lambda: load_base(base, hotswap=False), **kw)


def draw(cache: ModelCache, cards: list[Card], seed: int = 0) -> np.ndarray:
    from personalq.diffusion import generate

    with cache.use(cards) as lease:
        return np.asarray(generate(lease.pipe, "a toy", seed=seed, steps=2))


def test_hits_do_not_reload_and_swaps_are_exact(tiny_checkpoints):
    base, loras, db = tiny_checkpoints
    cache = new_cache(base)
    plain = draw(cache, [])
    a1 = draw(cache, [loras[0]])
    b = draw(cache, [loras[1]])
    d = draw(cache, [db])
    assert cache.loads == 3 and cache.base_loads == 1
    a2 = draw(cache, [loras[0]])
    d2 = draw(cache, [db])
    plain2 = draw(cache, [])
    assert cache.loads == 3, "cached checkpoints are never read again"
    assert cache.hits == 2
    assert np.array_equal(a1, a2) and np.array_equal(d, d2) and np.array_equal(plain, plain2)
    assert not np.array_equal(a1, b) and not np.array_equal(a1, plain)
    assert not np.array_equal(d, plain)


def test_lru_eviction_keeps_to_the_budget(tiny_checkpoints):
    base, loras, _ = tiny_checkpoints
    probe = new_cache(base)
    draw(probe, [loras[0]])
    one = probe.bytes_used()
    assert one > 0
    cache = new_cache(base, budget_bytes=int(one * 2.5))  # room for two adapters
    for card in loras[:2]:
        draw(cache, [card])
    draw(cache, [loras[0]])  # l0 becomes most recently used; l1 is now the oldest
    draw(cache, [loras[2]])
    ids = [e["id"] for e in cache.stats()["entries"]]
    assert ids == ["l0", "l2"] and cache.evictions == 1
    assert cache.bytes_used() <= cache.budget_bytes
    adapters = set(cache.base().unet.peft_config)
    assert len(adapters) == 2 and not any("l1" in a for a in adapters)
    # An evicted checkpoint still works: it is loaded again.
    loads = cache.loads
    draw(cache, [loras[1]])
    assert cache.loads == loads + 1


def test_concurrent_requests_get_the_same_images_as_sequential_ones(tiny_checkpoints):
    base, loras, db = tiny_checkpoints
    cards = [[loras[0]], [loras[1]], [db], [], [loras[2]], [loras[0]]]
    cache = new_cache(base)
    expected = [draw(cache, c, seed=i) for i, c in enumerate(cards)]
    got: dict[int, np.ndarray] = {}

    def worker(i: int) -> None:
        for _ in range(2):
            got[i] = draw(cache, cards[i], seed=i)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(cards))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i in range(len(cards)):
        assert np.array_equal(got[i], expected[i]), f"request {i} drew with the wrong weights"


def test_composed_loras_reload_mode_and_refusals(tiny_checkpoints):
    base, loras, db = tiny_checkpoints
    cache = new_cache(base)
    both = draw(cache, loras[:2])
    assert not np.array_equal(both, draw(cache, [loras[0]]))
    with pytest.raises(PersonalQError):
        draw(cache, [db, db])  # two DreamBooth UNets cannot be composed
    sdxl = Card(id="x", name="X", trigger="<x>", format="lora", base_model="sdxl",
                path=loras[0].path)
    with pytest.raises(PersonalQError) as err:
        draw(cache, [sdxl])
    assert err.value.status == 409 and "sdxl" in err.value.message
    reload = new_cache(base, mode="reload")
    first = draw(reload, [loras[0]])
    draw(reload, [loras[0]])
    assert reload.base_loads == 2 and reload.loads == 2  # the baseline reloads everything
    assert np.array_equal(first, draw(cache, [loras[0]]))


def test_a_lora_composes_on_a_dreambooth_as_the_builder_draws_it(tiny_checkpoints):
    """A style LoRA on a DreamBooth's own UNet (a cache entry hosted by the DreamBooth's), at
    the weight asked for: the same pixels as build_pipeline composing them."""
    from personalq.diffusion import generate
    from personalq.diffusion.pipeline import build_pipeline

    base, loras, db = tiny_checkpoints
    cache = new_cache(base)
    alone = draw(cache, [db])
    with cache.use([db, loras[1]], weights=[0.6]) as lease:
        assert lease.weights == "dreambooth+lora"
        assert [c.checkpoint for c in state_of(lease.pipe).composition] == ["db", "l1"]
        both = np.asarray(generate(lease.pipe, "a toy", seed=0, steps=2))
    pipe, state = build_pipeline(base, [db, loras[1]], weights=[0.6])
    assert state.adapter_weights == (0.6,)
    assert np.array_equal(both, np.asarray(generate(pipe, "a toy", seed=0, steps=2)))
    assert not np.array_equal(both, alone)
    assert np.array_equal(draw(cache, [db]), alone)  # the LoRA is off again for the DreamBooth
    with cache.use([db]) as lease:
        assert state_of(lease.pipe).composition == ()  # drawn alone again
    assert np.array_equal(draw(cache, [loras[1]]), draw(new_cache(base), [loras[1]]))
    assert cache.evict("db")  # its hosted LoRA goes with it
    assert [e["id"] for e in cache.stats()["entries"]] == ["l1"]


def add_text_encoder_lora(base, lora_path, out_path, seed: int):
    """A LoRA touching the text encoder too (as kohya/world LoRAs do): the UNet part of
    `lora_path` plus random peft LoRA matrices on the text encoder's attention."""
    import torch
    from peft import LoraConfig, get_peft_model_state_dict
    from safetensors import safe_open
    from safetensors.torch import load_file, save_file
    from transformers import CLIPTextModel

    te = CLIPTextModel.from_pretrained(base / "text_encoder")
    te.add_adapter(LoraConfig(r=4, lora_alpha=4, init_lora_weights="gaussian",
                              target_modules=["q_proj", "k_proj", "v_proj", "out_proj"]))
    gen = torch.Generator().manual_seed(seed)
    tensors = dict(load_file(lora_path))
    for key, value in get_peft_model_state_dict(te).items():
        tensors[f"text_encoder.{key}"] = (torch.randn(value.shape, generator=gen) * 0.5).contiguous()
    with safe_open(lora_path, "pt") as f:
        metadata = f.metadata()
    save_file(tensors, str(out_path), metadata=metadata)
    return out_path


def test_text_encoder_loras_swap_exactly_like_a_fresh_load(tiny_checkpoints, tmp_path):
    from personalq.diffusion import apply_checkpoint, generate, load_base

    base, loras, db = tiny_checkpoints
    te_cards = [Card(id=f"te{i}", name="T", trigger="<t>", format="lora", base_model="sd15",
                     path=str(add_text_encoder_lora(base, loras[i].path,
                                                    tmp_path / f"te{i}.safetensors", i)))
                for i in range(2)]
    cache = new_cache(base)
    order = [te_cards[0], te_cards[1], db, None, te_cards[0], db, te_cards[1], None]
    got = [draw(cache, [c] if c else []) for c in order]

    def fresh(card):
        pipe = load_base(base, hotswap=False)
        if card is not None:
            apply_checkpoint(pipe, card)
        return np.asarray(generate(pipe, "a toy", seed=0, steps=2))

    for card, image in zip(order, got):
        assert np.array_equal(image, fresh(card)), f"{card and card.id} differs from a fresh load"
    assert not np.array_equal(got[0], got[3])  # the text-encoder LoRA does change the image
