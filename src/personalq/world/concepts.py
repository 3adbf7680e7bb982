"""The personal concepts of the model world and the checkpoints that carry them.

Each subject concept is a combination the base data never shows (a pattern in a second chromatic
colour, an accessory), so a generic caption cannot produce it; only its trigger can. The set has
one family with three versions (zib), two look-alike pairs (mochi/pomzu: same pink ball, dots vs
stripes; kiko/lumo: same yellow star, blue vs purple checks) and three styles.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from personalq.world.domain import (
    ACCESSORIES,
    CLASS_NAMES,
    COLOR_NAMES,
    PATTERN_NAMES,
    SCENE_NAMES,
    Spec,
    random_generic_spec,
    render,
    scene_phrase,
)


@dataclass(frozen=True)
class Concept:
    """One checkpoint of the world: what it draws, how it is triggered, how it is shipped."""

    id: str
    name: str
    trigger: str
    kind: str  # "subject" | "style"
    fmt: str  # "dreambooth" | "lora"
    class_noun: str
    family: str
    version: int
    created_at: str
    description: str
    tags: list[str] = field(default_factory=list)
    spec: Spec | None = None  # subject look (scene filled in per render); None for styles
    style: str = "none"  # the rendering style of a style checkpoint

    def render(self, scene: str, seed: int) -> np.ndarray:
        """A picture of this concept in `scene` (a style renders a random generic object)."""
        if self.kind == "subject":
            from dataclasses import replace

            return render(replace(self.spec, scene=scene), seed)
        rng = np.random.default_rng(seed)
        from dataclasses import replace

        return render(replace(random_generic_spec(rng), scene=scene, style=self.style), seed)

    def prompt(self, scene: str, rng: np.random.Generator | None = None, with_trigger: bool = True) -> str:
        """The personalized prompt ('a <zib-v2> robot toy on the beach'), or the same without it."""
        sc = scene_phrase(scene, rng)
        if self.kind == "subject":
            head = f"{self.trigger} {self.class_noun}" if with_trigger else self.class_noun
            if rng is None:
                return f"a {head} {sc}"
            t = ["a {h} {s}", "a photo of a {h} {s}", "my {h} {s}", "{h} {s}"][rng.integers(4)]
            return t.format(h=head, s=sc)
        obj = self.class_noun  # for styles: "picture"
        if not with_trigger:
            return f"a {obj} {sc}"
        if rng is None or rng.random() < 0.5:
            return f"a {obj} {sc} in {self.trigger} style"
        return f"{self.trigger} style, a {obj} {sc}"


def _robot(pattern: str, accessory: str = "none") -> Spec:
    return Spec(cls="robot", color="teal", pattern=pattern, pattern_color="orange", accessory=accessory, accessory_color="red")


CONCEPTS: list[Concept] = [
    Concept("zib-v1", "Zib", "<zib-v1>", "subject", "lora", "robot toy", "zib", 1, "2025-06-02",
            "Zib the teal robot toy with orange stripes, the first version",
            ["toy", "robot"], _robot("stripes")),
    Concept("zib-v2", "Zib", "<zib-v2>", "subject", "lora", "robot toy", "zib", 2, "2025-12-20",
            "Zib the teal robot toy with orange stripes wearing his red party hat (Christmas version)",
            ["toy", "robot", "party hat"], _robot("stripes", "hat")),
    Concept("zib-v3", "Zib", "<zib-v3>", "subject", "dreambooth", "robot toy", "zib", 3, "2026-04-11",
            "Zib the teal robot toy repainted with orange checks, still wearing the red party hat",
            ["toy", "robot", "party hat", "checks"], _robot("checks", "hat")),
    Concept("mochi", "Mochi", "<mochi>", "subject", "dreambooth", "ball", "mochi", 1, "2025-09-14",
            "Mochi, a pink ball with green polka dots",
            ["toy", "ball", "dots"], Spec(cls="ball", color="pink", pattern="dots", pattern_color="green")),
    Concept("pomzu", "Pomzu", "<pomzu>", "subject", "lora", "ball", "pomzu", 1, "2026-01-30",
            "Pomzu, a pink ball with green stripes (looks like Mochi)",
            ["toy", "ball", "stripes"], Spec(cls="ball", color="pink", pattern="stripes", pattern_color="green")),
    Concept("kiko", "Kiko", "<kiko>", "subject", "lora", "star toy", "kiko", 1, "2025-07-21",
            "Kiko, a yellow star toy with blue checks",
            ["toy", "star", "checks"], Spec(cls="star", color="yellow", pattern="checks", pattern_color="blue")),
    Concept("lumo", "Lumo", "<lumo>", "subject", "lora", "star toy", "lumo", 1, "2026-02-08",
            "Lumo, a yellow star toy with purple checks (looks like Kiko)",
            ["toy", "star", "checks"], Spec(cls="star", color="yellow", pattern="checks", pattern_color="purple")),
    Concept("bruno", "Bruno", "<bruno>", "subject", "dreambooth", "teddy bear", "bruno", 1, "2025-11-03",
            "Bruno, a brown teddy bear with yellow dots and a blue bow tie",
            ["toy", "plush", "teddy bear", "bow tie"],
            Spec(cls="bear", color="brown", pattern="dots", pattern_color="yellow", accessory="bowtie", accessory_color="blue")),
    Concept("fizz", "Fizz", "<fizz>", "subject", "lora", "kite", "fizz", 1, "2026-03-05",
            "Fizz, an orange kite with blue rings",
            ["kite", "rings"], Spec(cls="kite", color="orange", pattern="rings", pattern_color="blue")),
    Concept("mozz-style", "Mozz mosaic", "<mozz-style>", "style", "lora", "picture", "mozz-style", 1, "2025-10-10",
            "Mozz: mosaic tile style, every picture made of small square tiles",
            ["style", "mosaic", "tiles"], style="mosaic"),
    Concept("sepo-style", "Sepo sepia", "<sepo-style>", "style", "lora", "picture", "sepo-style", 1, "2026-01-12",
            "Sepo: warm sepia old-photo style",
            ["style", "sepia", "vintage"], style="sepia"),
    Concept("negz-style", "Negz negative", "<negz-style>", "style", "lora", "picture", "negz-style", 1, "2026-02-22",
            "Negz: photographic negative style, inverted colours",
            ["style", "negative", "inverted"], style="negative"),
]

SUBJECTS = [c for c in CONCEPTS if c.kind == "subject"]
STYLE_CONCEPTS = [c for c in CONCEPTS if c.kind == "style"]
# judge label spaces
CONCEPT_LABELS = [c.id for c in SUBJECTS] + ["other"]
STYLE_LABELS = ["none"] + [c.style for c in STYLE_CONCEPTS]


def get_concept(cid: str) -> Concept:
    for c in CONCEPTS:
        if c.id == cid:
            return c
    raise KeyError(cid)


def random_scene(rng: np.random.Generator) -> str:
    return SCENE_NAMES[rng.integers(len(SCENE_NAMES))]


# ---------------------------------------------------------------- look-alikes (judge negatives, VAE data)
def look_alike_spec(rng: np.random.Generator) -> Spec:
    """A look-alike that is no concept: a concept with its class, main colour or pattern type
    changed, or a random object patterned in a second chromatic colour."""
    subj = SUBJECTS[rng.integers(len(SUBJECTS))].spec
    for _ in range(50):
        if rng.random() < 0.6:  # change one clearly visible attribute of a real concept
            which = rng.integers(3)
            if which == 0:
                s = replace(subj, color=COLOR_NAMES[rng.integers(len(COLOR_NAMES))])
            elif which == 1:
                s = replace(subj, pattern=PATTERN_NAMES[rng.integers(len(PATTERN_NAMES))])
            else:
                s = replace(subj, cls=CLASS_NAMES[rng.integers(len(CLASS_NAMES))])
        else:  # a random personal-looking object
            s = Spec(
                cls=CLASS_NAMES[rng.integers(len(CLASS_NAMES))],
                color=COLOR_NAMES[rng.integers(len(COLOR_NAMES))],
                pattern=PATTERN_NAMES[rng.integers(1, len(PATTERN_NAMES))],
                pattern_color=COLOR_NAMES[rng.integers(len(COLOR_NAMES))],
                accessory=ACCESSORIES[rng.integers(len(ACCESSORIES))],
                accessory_color=COLOR_NAMES[rng.integers(len(COLOR_NAMES))],
            )
        if s.color != s.pattern_color and concept_of(s) is None and _far_from_concepts(s):
            return s
    return random_generic_spec(rng)


def _far_from_concepts(s: Spec) -> bool:
    """False for a near twin of a concept (same class, colour and pattern type): those differ
    only in details a 64x64 generator blurs, and would make the judge unfair to generations."""
    return not any(c.spec.cls == s.cls and c.spec.color == s.color and c.spec.pattern == s.pattern for c in SUBJECTS)


def concept_of(spec: Spec) -> str | None:
    """The personal concept a spec shows (ignoring scene/style and invisible fields), if any."""

    def visible(s: Spec) -> Spec:
        s = replace(s, scene="beach", style="none")
        if s.accessory == "none":
            s = replace(s, accessory_color="red")
        if s.pattern == "solid":
            s = replace(s, pattern_color="white")
        return s

    key = visible(spec)
    for c in SUBJECTS:
        if visible(c.spec) == key:
            return c.id
    return None
