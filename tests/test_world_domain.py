"""The procedural world: deterministic renders, captions, concepts no caption can produce, and
the real CLIP tokenizer splitting triggers into several pieces."""

from dataclasses import replace

import numpy as np

from personalq.world.concepts import CONCEPTS, STYLE_CONCEPTS, SUBJECTS, concept_of, look_alike_spec
from personalq.world.data import autoencoder_dataset
from personalq.world.domain import SCENE_NAMES, Spec, caption, random_generic_spec, render


def test_render_is_deterministic_and_seed_dependent():
    spec = Spec(cls="robot", color="teal", pattern="stripes", scene="beach")
    a, b, c = render(spec, 7), render(spec, 7), render(spec, 8)
    assert a.shape == (64, 64, 3) and a.dtype == np.uint8
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)


def test_styles_change_the_picture():
    spec = Spec(cls="ball", color="red", pattern="dots", scene="park")
    plain = render(spec, 3).astype(int)
    for style in ("mosaic", "sepia", "negative"):
        assert np.abs(render(replace(spec, style=style), 3).astype(int) - plain).mean() > 5


def test_generic_data_never_shows_a_personal_concept():
    rng = np.random.default_rng(0)
    for _ in range(3000):
        spec = random_generic_spec(rng)
        assert spec.pattern_color in ("white", "black") and spec.accessory == "none"
        assert concept_of(spec) is None


def test_look_alikes_are_chromatic_but_never_a_concept():
    rng = np.random.default_rng(1)
    specs = [look_alike_spec(rng) for _ in range(2000)]
    assert all(concept_of(s) is None for s in specs)
    assert sum(s.pattern_color not in ("white", "black") for s in specs) > 1000


def test_autoencoder_data_is_deterministic_whatever_the_workers():
    a = autoencoder_dataset(40, seed=3, workers=1)
    b = autoencoder_dataset(40, seed=3, workers=2)
    assert a.shape == (40, 64, 64, 3) and np.array_equal(a, b)
    assert not np.array_equal(a, autoencoder_dataset(40, seed=4, workers=1))


def test_captions_name_class_and_scene():
    spec = Spec(cls="bear", color="brown", pattern="dots", pattern_color="white", scene="snow")
    assert caption(spec) == "a brown dotted teddy bear in the snow"
    assert "an orange" in caption(replace(spec, color="orange"))


def test_concept_set_has_family_lookalikes_and_styles():
    families = {}
    for c in CONCEPTS:
        families.setdefault(c.family, []).append(c.version)
    assert max(len(v) for v in families.values()) >= 3
    assert len(STYLE_CONCEPTS) >= 2 and len(CONCEPTS) >= 12
    pairs = [(a.id, b.id) for a in SUBJECTS for b in SUBJECTS
             if a.id < b.id and a.family != b.family and a.spec.cls == b.spec.cls and a.spec.color == b.spec.color]
    assert len(pairs) >= 2
    assert len({c.trigger for c in CONCEPTS}) == len(CONCEPTS)
    scene = SCENE_NAMES[0]
    assert all(c.trigger in c.prompt(scene) and c.trigger not in c.prompt(scene, with_trigger=False) for c in CONCEPTS)


def test_clip_tokenizer_splits_triggers_into_pieces():
    from personalq.world.tokenizer import VOCAB_SIZE, build_clip_tokenizer

    tok = build_clip_tokenizer()
    assert len(tok) == VOCAB_SIZE
    ids = tok("a photo of a cat").input_ids
    assert ids[0] == 49406 and ids[-1] == 49407 and ids[1:3] == [320, 1125]  # OpenAI CLIP ids
    for c in CONCEPTS:
        pieces = tok(c.trigger, add_special_tokens=False).input_ids
        assert len(pieces) >= 3, (c.trigger, pieces)
