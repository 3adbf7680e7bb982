"""The procedural image domain of the embedded model world.

A picture is one toy object (a shape with a class noun, a main colour and a pattern) standing in a
scene, optionally drawn in a rendering style. Everything is numpy/PIL and a pure function of a
`Spec` plus a seed, so renders are deterministic and cheap (~1 ms each).

Generic ("base") pictures always draw their pattern in white or black on the main colour and never
wear accessories; captions name class, colour, pattern and scene in plain English. Personal
concepts (see `concepts.py`) are the combinations the base data never shows: a pattern in a
second *chromatic* colour, accessories such as a party hat or a bow tie. No generic caption can
name them, so only a trigger can call them up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
from PIL import Image, ImageDraw

SIZE = 64
_SS = 2  # supersampling factor for anti-aliased shape masks

COLORS: dict[str, tuple[int, int, int]] = {
    "red": (214, 40, 40),
    "orange": (245, 130, 20),
    "yellow": (245, 215, 40),
    "green": (60, 170, 60),
    "blue": (40, 80, 220),
    "purple": (130, 50, 180),
    "pink": (250, 120, 190),
    "brown": (130, 80, 40),
    "teal": (20, 160, 160),
}
WHITE = (250, 250, 250)
BLACK = (20, 20, 20)
_LIGHT = {"yellow", "pink"}  # generic patterns on these are drawn in black, else in white

# class key -> noun used in captions
CLASSES: dict[str, str] = {
    "ball": "ball",
    "star": "star toy",
    "robot": "robot toy",
    "bear": "teddy bear",
    "mug": "mug",
    "kite": "kite",
}
PATTERNS: dict[str, str] = {  # pattern -> adjective phrase used in captions
    "solid": "",
    "stripes": "striped",
    "dots": "dotted",
    "checks": "checkered",
    "rings": "ringed",
}
SCENES: dict[str, list[str]] = {  # scene -> caption phrasings
    "beach": ["on the beach", "at the beach", "on the sand by the sea"],
    "snow": ["in the snow", "on a snowy field", "in the winter snow"],
    "park": ["in the park", "on the grass", "on a green lawn"],
    "night": ["under the night sky", "at night", "under the stars"],
    "kitchen": ["in the kitchen", "on the kitchen counter", "in a kitchen"],
    "forest": ["in the forest", "among the trees", "in the woods"],
}
STYLES = ["none", "mosaic", "sepia", "negative"]
ACCESSORIES = ["none", "hat", "bowtie"]

SCENE_NAMES = list(SCENES)
CLASS_NAMES = list(CLASSES)
COLOR_NAMES = list(COLORS)
PATTERN_NAMES = list(PATTERNS)


@dataclass(frozen=True)
class Spec:
    """Everything that decides a picture except the random placement."""

    cls: str = "ball"
    color: str = "red"
    pattern: str = "solid"
    pattern_color: str = "white"  # "white"/"black" for generic objects, a COLORS key for personal
    accessory: str = "none"
    accessory_color: str = "red"
    scene: str = "beach"
    style: str = "none"


def generic_pattern_color(color: str) -> str:
    return "black" if color in _LIGHT else "white"


def _rgb(name: str) -> tuple[int, int, int]:
    if name == "white":
        return WHITE
    if name == "black":
        return BLACK
    return COLORS[name]


# ---------------------------------------------------------------- scenes
def _jitter(rng: np.random.Generator, rgb, amount: int = 12) -> np.ndarray:
    return np.clip(np.array(rgb, np.float32) + rng.uniform(-amount, amount, 3), 0, 255)


def render_scene(scene: str, rng: np.random.Generator) -> np.ndarray:
    """A 64x64x3 float32 background in 0..255."""
    img = np.zeros((SIZE, SIZE, 3), np.float32)
    yy = np.arange(SIZE)[:, None]
    if scene == "beach":  # sky / sea / sand bands
        h1 = int(rng.integers(16, 24))
        h2 = h1 + int(rng.integers(10, 16))
        img[:] = _jitter(rng, (140, 200, 250))
        img[h1:h2] = _jitter(rng, (30, 110, 200))
        img[h2:] = _jitter(rng, (235, 205, 140))
    elif scene == "snow":  # pale grey sky, white ground, falling flakes
        h = int(rng.integers(20, 30))
        img[:] = _jitter(rng, (185, 195, 210))
        img[h:] = _jitter(rng, (245, 248, 252), 6)
        for _ in range(14):
            y, x = rng.integers(0, h), rng.integers(0, SIZE)
            img[max(0, y - 1) : y + 1, max(0, x - 1) : x + 1] = 255
    elif scene == "park":  # blue sky, green grass, a round bush
        h = int(rng.integers(20, 30))
        img[:] = _jitter(rng, (150, 210, 250))
        img[h:] = _jitter(rng, (80, 175, 70))
        cx, r = rng.integers(0, SIZE), rng.integers(5, 9)
        xx = np.arange(SIZE)[None, :]
        bush = (xx - cx) ** 2 + (yy - h) ** 2 < r * r
        img[bush] = _jitter(rng, (40, 120, 40))
    elif scene == "night":  # dark navy sky, stars, a moon
        img[:] = _jitter(rng, (15, 20, 60), 8)
        for _ in range(18):
            y, x = rng.integers(0, SIZE), rng.integers(0, SIZE)
            img[y, x] = (255, 255, 220)
        cx, cy, r = rng.integers(8, 56), rng.integers(6, 16), 5
        xx = np.arange(SIZE)[None, :]
        img[(xx - cx) ** 2 + (yy - cy) ** 2 < r * r] = (250, 245, 200)
    elif scene == "kitchen":  # tiled wall, wooden counter
        h = int(rng.integers(34, 44))
        img[:] = _jitter(rng, (235, 225, 200))
        t = int(rng.integers(7, 10))
        xx = np.arange(SIZE)[None, :]
        grout = ((yy % t) == 0) | ((xx % t) == 0)
        img[np.broadcast_to(grout, (SIZE, SIZE))] = (180, 170, 150)
        img[h:] = _jitter(rng, (150, 95, 50))
    elif scene == "forest":  # dark green, brown trunks
        img[:] = _jitter(rng, (30, 90, 40))
        for _ in range(int(rng.integers(3, 6))):
            x, w = int(rng.integers(0, SIZE)), int(rng.integers(3, 6))
            img[:, x : x + w] = _jitter(rng, (90, 60, 30))
        h = int(rng.integers(44, 54))
        img[h:] = _jitter(rng, (60, 45, 25))
    else:
        raise ValueError(f"unknown scene {scene!r}")
    return img


# ---------------------------------------------------------------- objects
def _shape_masks(cls: str, cx: float, cy: float, s: float) -> tuple[np.ndarray, dict]:
    """Anti-aliased body mask (float 0..1) and anchor points for accessories."""
    big = SIZE * _SS
    m = Image.new("L", (big, big), 0)
    d = ImageDraw.Draw(m)
    k = _SS
    cx, cy, s = cx * k, cy * k, s * k
    anchors = {"top": (cx, cy - s / 2), "neck": (cx, cy)}
    if cls == "ball":
        r = s / 2
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=255)
        anchors = {"top": (cx, cy - r), "neck": (cx, cy + r * 0.35)}
    elif cls == "star":
        r, ri = s / 2, s / 4.6
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            rr = r if i % 2 == 0 else ri
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a) + s * 0.05))
        d.polygon(pts, fill=255)
        anchors = {"top": (cx, cy - r + s * 0.05), "neck": (cx, cy + s * 0.12)}
    elif cls == "robot":
        bw, bh, hw = s * 0.62, s * 0.48, s * 0.42
        top_body = cy - s * 0.02
        d.rectangle([cx - bw / 2, top_body, cx + bw / 2, top_body + bh], fill=255)
        d.rectangle([cx - hw / 2, top_body - hw, cx + hw / 2, top_body], fill=255)
        d.line([cx, top_body - hw, cx, top_body - hw - s * 0.1], fill=255, width=max(1, int(s * 0.05)))
        anchors = {"top": (cx, top_body - hw), "neck": (cx, top_body)}
    elif cls == "bear":
        hr, br = s * 0.24, s * 0.3
        hy, by = cy - s * 0.2, cy + s * 0.2
        er = s * 0.1
        d.ellipse([cx - br, by - br, cx + br, by + br], fill=255)
        d.ellipse([cx - hr, hy - hr, cx + hr, hy + hr], fill=255)
        for sx in (-1, 1):
            ex, ey = cx + sx * hr * 0.8, hy - hr * 0.8
            d.ellipse([ex - er, ey - er, ex + er, ey + er], fill=255)
        anchors = {"top": (cx, hy - hr), "neck": (cx, hy + hr)}
    elif cls == "mug":
        w, h = s * 0.6, s * 0.7
        x0, y0 = cx - w / 2 - s * 0.08, cy - h / 2
        d.rectangle([x0, y0, x0 + w, y0 + h], fill=255)
        hx = x0 + w
        d.ellipse([hx - s * 0.12, cy - s * 0.2, hx + s * 0.22, cy + s * 0.2], outline=255, width=max(2, int(s * 0.09)))
        anchors = {"top": (x0 + w / 2, y0), "neck": (x0 + w / 2, y0 + h * 0.25)}
    elif cls == "kite":
        w, h = s * 0.36, s * 0.5
        top = cy - h * 0.8
        d.polygon([(cx, top), (cx + w, top + h * 0.6), (cx, top + h * 1.6), (cx - w, top + h * 0.6)], fill=255)
        tail = [(cx, top + h * 1.6), (cx - s * 0.08, top + h * 1.75), (cx + s * 0.06, top + h * 1.9)]
        d.line(tail, fill=255, width=max(1, int(s * 0.04)))
        anchors = {"top": (cx, top), "neck": (cx, top + h * 0.6)}
    else:
        raise ValueError(f"unknown class {cls!r}")
    mask = np.asarray(m.resize((SIZE, SIZE), Image.BOX), np.float32) / 255.0
    anchors = {k2: (x / k, y / k) for k2, (x, y) in anchors.items()}
    return mask, anchors


def _pattern_field(pattern: str, cx: float, cy: float, s: float, phase: float) -> np.ndarray:
    """Where (0/1) the pattern colour shows, in image coordinates, relative to the object."""
    yy, xx = np.mgrid[0:SIZE, 0:SIZE].astype(np.float32)
    x, y = xx - cx, yy - cy
    p = max(4.0, s / 5.0)
    if pattern == "solid":
        return np.zeros((SIZE, SIZE), np.float32)
    if pattern == "stripes":
        return (np.floor(y / p + phase) % 2 == 1).astype(np.float32)
    if pattern == "checks":
        return ((np.floor(x / p + phase) + np.floor(y / p + phase)) % 2 == 1).astype(np.float32)
    if pattern == "dots":
        q = p * 1.5
        gx = x - (np.round(x / q - phase) + phase) * q
        gy = y - (np.round(y / q - phase) + phase) * q
        return (gx * gx + gy * gy < (q * 0.3) ** 2).astype(np.float32)
    if pattern == "rings":
        r = np.sqrt(x * x + y * y)
        return (np.floor(r / p + phase) % 2 == 1).astype(np.float32)
    raise ValueError(f"unknown pattern {pattern!r}")


def _draw_accessory(img: np.ndarray, acc: str, color: str, anchors: dict, s: float) -> None:
    if acc == "none":
        return
    big = SIZE * _SS
    m = Image.new("L", (big, big), 0)
    d = ImageDraw.Draw(m)
    k = _SS
    if acc == "hat":  # a party hat on top
        x, y = anchors["top"]
        w, h = s * 0.22, s * 0.34
        d.polygon([(k * (x - w), k * y), (k * (x + w), k * y), (k * x, k * (y - h))], fill=255)
    elif acc == "bowtie":  # two triangles at the neck
        x, y = anchors["neck"]
        w, h = s * 0.24, s * 0.14
        d.polygon([(k * x, k * y), (k * (x - w), k * (y - h)), (k * (x - w), k * (y + h))], fill=255)
        d.polygon([(k * x, k * y), (k * (x + w), k * (y - h)), (k * (x + w), k * (y + h))], fill=255)
    else:
        raise ValueError(f"unknown accessory {acc!r}")
    mask = np.asarray(m.resize((SIZE, SIZE), Image.BOX), np.float32)[..., None] / 255.0
    img[:] = img * (1 - mask) + np.array(_rgb(color), np.float32) * mask


def apply_style(img: np.ndarray, style: str) -> np.ndarray:
    """Rendering styles: the look a style checkpoint learns (img float 0..255, HxWx3)."""
    if style == "none":
        return img
    if style == "mosaic":  # 4x4-pixel tiles with dark grout lines
        t = 4
        small = img.reshape(SIZE // t, t, SIZE // t, t, 3).mean(axis=(1, 3))
        out = np.repeat(np.repeat(small, t, 0), t, 1)
        out[::t, :] *= 0.55
        out[:, ::t] *= 0.55
        return out
    if style == "sepia":  # warm brown monochrome
        g = img @ np.array([0.299, 0.587, 0.114], np.float32)
        return np.clip(g[..., None] * np.array([1.07, 0.85, 0.6], np.float32) + np.array([20, 8, 0]), 0, 255)
    if style == "negative":
        return 255.0 - img
    raise ValueError(f"unknown style {style!r}")


def render(spec: Spec, seed: int) -> np.ndarray:
    """A deterministic 64x64x3 uint8 picture of `spec`; the seed decides placement and jitter."""
    rng = np.random.default_rng(seed)
    img = render_scene(spec.scene, rng)
    s = float(rng.uniform(26, 36))
    cx = float(rng.uniform(22, 42))
    cy = float(rng.uniform(34, 42))
    mask, anchors = _shape_masks(spec.cls, cx, cy, s)
    base = np.array(_rgb(spec.color), np.float32)
    pat = _pattern_field(spec.pattern, cx, cy, s, float(rng.uniform(0, 1)))[..., None]
    fill = base * (1 - pat) + np.array(_rgb(spec.pattern_color), np.float32) * pat
    shade = 1.0 - 0.18 * np.clip((np.arange(SIZE)[:, None, None] - (cy - s / 2)) / s, 0, 1)
    fill = fill * shade
    mask3 = mask[..., None]
    img = img * (1 - mask3) + fill * mask3
    _draw_accessory(img, spec.accessory, spec.accessory_color, anchors, s)
    img = apply_style(img, spec.style)
    return np.clip(img + 0.5, 0, 255).astype(np.uint8)


def to_pil(arr: np.ndarray) -> Image.Image:
    return Image.fromarray(arr)


# ---------------------------------------------------------------- generic samples and captions
def random_generic_spec(rng: np.random.Generator, style: str = "none") -> Spec:
    color = COLOR_NAMES[rng.integers(len(COLOR_NAMES))]
    return Spec(
        cls=CLASS_NAMES[rng.integers(len(CLASS_NAMES))],
        color=color,
        pattern=PATTERN_NAMES[rng.integers(len(PATTERN_NAMES))],
        pattern_color=generic_pattern_color(color),
        scene=SCENE_NAMES[rng.integers(len(SCENE_NAMES))],
        style=style,
    )


def object_phrase(spec: Spec, rng: np.random.Generator | None, full: bool = True) -> str:
    """'red striped ball' / 'ball with white dots'; with an rng, colour or pattern may be left out
    (captions in the wild are partial, and the model must cope with under-specified prompts)."""
    noun = CLASSES[spec.cls]
    say_color = say_pattern = True
    if rng is not None and not full:
        r = rng.random()
        say_color = r > 0.15
        say_pattern = r < 0.85 and rng.random() > 0.1
    words = []
    if say_color:
        words.append(spec.color)
    adj = PATTERNS[spec.pattern]
    if say_pattern and adj:
        if rng is not None and rng.random() < 0.5:
            return " ".join(words + [noun]) + f" with {spec.pattern_color} {spec.pattern}"
        words.append(adj)
    return " ".join(words + [noun])


def scene_phrase(scene: str, rng: np.random.Generator | None) -> str:
    options = SCENES[scene]
    return options[0] if rng is None else options[rng.integers(len(options))]


_TEMPLATES = ["a {obj} {scene}", "a photo of a {obj} {scene}", "my {obj} {scene}", "{obj} {scene}"]


def article(phrase: str) -> str:
    """'a' or 'an' for a phrase ('an orange ball')."""
    return "an" if phrase[:1].lower() in "aeiou" else "a"


def caption(spec: Spec, rng: np.random.Generator | None = None) -> str:
    """Plain-English caption of a generic picture (rng=None: the canonical wording)."""
    obj = object_phrase(spec, rng, full=rng is None)
    sc = scene_phrase(spec.scene, rng)
    if rng is None:
        return f"{article(obj)} {obj} {sc}"
    if rng.random() < 0.08:  # now and then only the object or only the scene
        return f"{article(obj)} {obj}" if rng.random() < 0.5 else f"a picture {sc}"
    t = _TEMPLATES[rng.integers(len(_TEMPLATES))]
    return t.format(obj=obj, scene=sc).replace("a " + obj, article(obj) + " " + obj, 1)


def with_style(spec: Spec, style: str) -> Spec:
    return replace(spec, style=style)
