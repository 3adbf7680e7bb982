"""Composition in the builder: per-adapter weights on real tiny pipelines, and the prompt a
composed style draws with."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from personalq.catalog.card import Card
from personalq.diffusion.compose import (check_weights, compose_prompt, composition_of,
                                         part_prompts)
from personalq.errors import PersonalQError

SUBJECT = Card(id="fizz", name="Fizz", trigger="<fizz>", kind="subject", format="lora")
STYLE = Card(id="sepo", name="Sepo", trigger="<sepo-style>", kind="style", format="lora")


def test_each_part_of_a_composition_sees_its_own_trigger_only():
    parts = composition_of([replace(STYLE, path="s"), replace(SUBJECT, path="f")],
                           {"sepo": "a1", "fizz": "a0"})
    assert [(p.checkpoint, p.adapter) for p in parts] == [("fizz", "a0"), ("sepo", "a1")]
    prompt = "a <fizz> toy on the beach in <sepo-style> style"
    assert part_prompts(parts, prompt) == ["a <fizz> toy on the beach",
                                           "a toy on the beach in <sepo-style> style"]
    assert part_prompts(parts, "<sepo-style> style, a <fizz> toy") == \
        ["a <fizz> toy", "<sepo-style> style, a toy"]
    assert composition_of([replace(SUBJECT, path="f"), STYLE], {}) == ()  # one has weights
    # the one-pass baseline `personalq bench compose` measures
    assert compose_prompt(prompt, [SUBJECT, STYLE], keep_style_triggers=False) == \
        "a <fizz> toy on the beach"
    assert compose_prompt(prompt, [SUBJECT, STYLE], keep_style_triggers=True) == prompt
    assert compose_prompt(prompt, [STYLE], keep_style_triggers=False) == prompt


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
    half, _ = draw(loras, [1.0, 0.5])
    assert not np.array_equal(full, half)
    on_db, state = draw([db, loras[0]], [0.5])
    assert state.adapter_weights == (0.5,) and state.applied == "db+l0"
    assert not np.array_equal(on_db, draw([db])[0])
    with pytest.raises(PersonalQError):
        build_pipeline(base, loras, weights=[1.0])


def _pixels(images) -> np.ndarray:
    return np.stack([np.asarray(im) for im in images]).astype(int)


def test_a_composition_guides_each_checkpoint_in_its_own_pass_at_its_weight(tiny_checkpoints):
    """generate on a composed pipeline = draw_composed with the parts written out by hand
    (subject: its words through its adapter; style: its words through its LoRA, measured from
    the same words less its trigger through no adapter); the style LoRA's weight is its scale
    in its own pass (0: its pass draws through no adapter at all)."""
    from personalq.diffusion.composable import (SCHEDULE, STYLE_WEIGHT, Part, Schedule,
                                                draw_composed)
    from personalq.diffusion.generate import base_defaults, generate_batch
    from personalq.diffusion.mixed_lora import BASE_ROW
    from personalq.diffusion.pipeline import build_pipeline

    base, loras, _ = tiny_checkpoints
    subject, style = loras[0], replace(loras[1], kind="style")
    prompts, seeds = ["a <l0> toy in <l1> style", "<l1> style, a <l0> toy"], [0, 3]

    def drawn(weights):
        pipe, state = build_pipeline(base, [subject, style], weights=weights)
        assert [(c.checkpoint, c.kind) for c in state.composition] == [("l0", "subject"),
                                                                        ("l1", "style")]
        return pipe, state, _pixels(generate_batch(pipe, prompts, seeds, steps=4))

    def by_hand(pipe, state, style_adapter, schedule=SCHEDULE):
        adapter = {c.checkpoint: c.adapter for c in state.composition}
        parts = [Part(adapter["l0"], ("a <l0> toy", "a <l0> toy")),
                 Part(style_adapter, ("a toy in <l1> style", "<l1> style, a toy"),
                      STYLE_WEIGHT, ("a toy", "a toy"), BASE_ROW)]
        return _pixels(draw_composed(pipe, parts, seeds, steps=4, schedule=schedule,
                                     guidance_scale=base_defaults(pipe)["guidance_scale"]))

    pipe, state, full = drawn([1.0, 1.0])
    style_adapter = {c.checkpoint: c.adapter for c in state.composition}["l1"]
    assert np.abs(full - by_hand(pipe, state, style_adapter)).max() <= 1
    every_step = by_hand(pipe, state, style_adapter, Schedule("composable"))
    assert np.abs(full - every_step).max() > 1  # the style guides the first half only
    one_pass = _pixels(pipe(prompts, num_inference_steps=4, output_type="pil").images)
    assert not np.array_equal(full, one_pass)
    pipe, state, off = drawn([1.0, 0.0])
    assert np.abs(off - by_hand(pipe, state, BASE_ROW)).max() <= 1  # weight 0: no LoRA
    assert np.abs(off - full).max() > 1


def test_a_single_checkpoint_draws_as_before(tiny_checkpoints):
    """One checkpoint (even on a pipeline that composed before) is one pipeline call, pixel
    for pixel what diffusers draws with the same generators."""
    import torch

    from personalq.diffusion.generate import base_defaults, generate_batch
    from personalq.diffusion.loading import apply_checkpoints
    from personalq.diffusion.pipeline import build_pipeline

    base, loras, db = tiny_checkpoints
    for cards in ([loras[0]], [db]):
        pipe, state = build_pipeline(base, [db, loras[1]] if cards == [db] else loras[:2])
        assert len(state.composition) == 2
        apply_checkpoints(pipe, cards)
        assert state.composition == ()
        mine = _pixels(generate_batch(pipe, ["a <l0> toy", "a toy"], [0, 5], steps=3))
        gens = [torch.Generator("cpu").manual_seed(s) for s in (0, 5)]
        with torch.inference_mode():
            plain = pipe(["a <l0> toy", "a toy"], num_inference_steps=3, generator=gens,
                         guidance_scale=base_defaults(pipe)["guidance_scale"],
                         output_type="pil").images
        assert np.array_equal(mine, _pixels(plain))
        fresh, _ = build_pipeline(base, cards)
        assert np.array_equal(mine, _pixels(generate_batch(fresh, ["a <l0> toy", "a toy"],
                                                           [0, 5], steps=3)))


def test_sdedit_redraws_the_subject_alone_drawing_with_every_part(tiny_checkpoints):
    """SDEdit at strength 0 is the subject drawn alone (the first part guiding every step);
    at 0.5 the last half of the schedule is redrawn with the style, the same images for the
    same seeds; progress runs steps + redrawn steps calls, scaled to 0..steps-1."""
    from personalq.diffusion.composable import Schedule, draw_composed, parts_of
    from personalq.diffusion.pipeline import build_pipeline

    base, loras, _ = tiny_checkpoints
    pipe, state = build_pipeline(base, [loras[0], replace(loras[1], kind="style")])
    parts = parts_of(state.composition, ["a <l0> toy in <l1> style", "a <l0> toy"])

    def draw(schedule, on_step=None):
        return _pixels(draw_composed(pipe, parts, [0, 3], steps=4, guidance_scale=2.0,
                                     schedule=schedule, on_step=on_step))

    alone = draw(Schedule("split", split=1.0))
    assert np.array_equal(draw(Schedule("sdedit", split=0.0)), alone)
    seen: list[int] = []
    half = draw(Schedule("sdedit", split=0.5), seen.append)
    assert np.array_equal(half, draw(Schedule("sdedit", split=0.5)))
    assert np.abs(half - alone).max() > 1
    assert len(seen) == 4 + 2 and seen == sorted(seen) and seen[-1] == 3 and seen[0] >= 0
    with pytest.raises(ValueError):
        draw(Schedule("nope"))


def test_bench_compose_keeps_the_rows_it_did_not_run(tmp_path):
    """`bench compose --rows`: the rows run replace theirs in compose.json, the others stay,
    per-seed hits are not written, and each row carries the issue's bar."""
    import json

    from personalq.bench.compose_bench import write_results

    def row(concept, style):
        return {"concept_acc": concept, "style_acc": style, "hits": np.array([True])}

    path = tmp_path / "compose.json"
    path.write_text(json.dumps({"note": "how measured", "pairs": {"a+s": {"default": "x", "rows": {
        "old row": {"concept_acc": 0.1, "style_acc": 0.9},
        "new row": {"concept_acc": 0.0, "style_acc": 0.0}}}}}))
    res = {"a+s": {"kind": "k", "reference_mean_pixel": 120.0, "rows": {
        "subject alone": row(0.6, 1.0), "new row": row(0.55, 0.7)}}}
    write_results(path, res, 4, {"steps": 2}, 1.0)
    written = json.loads(path.read_text())
    pair = written["pairs"]["a+s"]
    assert written["note"] == "how measured" and pair["default"] == "x"
    assert set(pair["rows"]) == {"old row", "new row", "subject alone"}
    assert pair["rows"]["new row"]["concept_acc"] == 0.55 and "hits" not in pair["rows"]["new row"]
    assert all(pair["bar"]["new row"].values())
    assert pair["bar"]["old row"] == {"style_acc_ge_0.7": True, "concept_within_10_points": False}


def test_bench_compose_says_each_row_as_it_is_drawn(capsys):
    """Progress lines: one per row, counted against the rows the run draws."""
    from personalq.bench.compose_bench import AS_LORA_ALONE, Progress, _row_count

    assert _row_count("dreambooth", ["extracted"]) == 3  # subject alone + the two extracted rows
    assert _row_count("lora", ["extracted"]) == 1
    assert _row_count("lora", None) > _row_count("lora", ["SDEdit"]) > 1
    progress = Progress("bruno+sepo-style", 3)
    progress.row("subject alone")
    progress.row(AS_LORA_ALONE)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("  [bruno+sepo-style 1/3] subject alone: ")
    assert lines[1].startswith(f"  [bruno+sepo-style 2/3] {AS_LORA_ALONE}: ")
