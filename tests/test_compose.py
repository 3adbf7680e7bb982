"""Composition in the builder: per-adapter weights on real tiny pipelines, and the prompt a
composed style draws with."""

from __future__ import annotations

import numpy as np
import pytest

from personalq.catalog.card import Card
from personalq.diffusion.compose import check_weights, compose_prompt
from personalq.errors import PersonalQError

SUBJECT = Card(id="fizz", name="Fizz", trigger="<fizz>", kind="subject", format="lora")
STYLE = Card(id="sepo", name="Sepo", trigger="<sepo-style>", kind="style", format="lora")


def test_a_composed_style_draws_without_its_trigger_words():
    prompt = "a <fizz> toy on the beach in <sepo-style> style"
    assert compose_prompt(prompt, [SUBJECT, STYLE]) == "a <fizz> toy on the beach"
    assert compose_prompt("<sepo-style> style, a <fizz> toy", [SUBJECT, STYLE]) == "a <fizz> toy"
    assert compose_prompt(prompt, [SUBJECT, STYLE], keep_style_triggers=True) == prompt
    assert compose_prompt(prompt, [STYLE]) == prompt  # a style alone needs its trigger
    dreambooth = Card(id="bruno", name="Bruno", trigger="<fizz>", kind="subject",
                      format="dreambooth")
    assert compose_prompt(prompt, [dreambooth, STYLE]) == prompt  # measured: keeps it
    assert compose_prompt(prompt, [dreambooth, STYLE], keep_style_triggers=False) == \
        "a <fizz> toy on the beach"  # unless told otherwise


def test_weights_are_checked_with_a_clear_error():
    assert check_weights([1, "0.5"], 2) == [1.0, 0.5]
    for bad in ([1.0], ["x", 1.0], [9.0, 1.0]):
        with pytest.raises(PersonalQError):
            check_weights(bad, 2)


def test_builder_composes_with_per_adapter_weights(tiny_checkpoints):
    from personalq.diffusion import generate
    from personalq.diffusion.pipeline import build_pipeline

    base, loras, db = tiny_checkpoints
    loras = loras[:2]  # two LoRAs composed

    def draw(cards, weights=None):
        pipe, state = build_pipeline(base, cards, weights=weights)
        return np.asarray(generate(pipe, "a toy", seed=0, steps=2)).astype(int), state

    full, state = draw(loras, [1.0, 1.0])
    assert state.adapter_weights == (1.0, 1.0) and state.lora_ids == ["l0", "l1"]
    half, _ = draw(loras, [1.0, 0.0])
    only_first, _ = draw(loras[:1])
    assert np.abs(half - only_first).max() <= 1  # weight 0 takes the second LoRA out
    assert not np.array_equal(full, half)
    on_db, state = draw([db, loras[0]], [0.5])
    assert state.adapter_weights == (0.5,) and state.applied == "db+l0"
    assert not np.array_equal(on_db, draw([db])[0])
    with pytest.raises(PersonalQError):
        build_pipeline(base, loras, weights=[1.0])
