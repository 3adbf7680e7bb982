"""Read the metadata conventions real checkpoints use, and resolve one card from them.

Each convention (our `<name>.card.json`, safetensors `modelspec.*`, a Hugging Face README model
card, Civitai `*.civitai.info`, A1111 / InvokeAI `<name>.json`, the tensor names of a textual
inversion, kohya `ss_*`) adds *evidence* for card fields. A field takes its value from the
highest-ranked convention that states it, in the priority order of DESIGN.md §2, and the card
records where each value came from (`Card.provenance`), so `personalq repo show` can explain it.
"""

from __future__ import annotations

import html
import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from personalq.catalog.card import KINDS, Card
from personalq.catalog.safetensors_meta import HeaderError, SafetensorsHeader, read_header
from personalq.errors import PersonalQError
from personalq.embed import vocabulary_words

# Highest priority first. The trigger follows DESIGN.md §2 exactly; base model and name have
# their own orders (§2: architecture, ss_base_model_version, ss_v2, Civitai baseModel).
ORDER = ["card", "personalq", "modelspec", "readme", "civitai", "a1111", "invokeai", "ti", "kohya",
         "structure", "filename"]
FIELD_ORDER = {
    "base_model": ["card", "personalq", "modelspec", "readme", "kohya", "civitai", "a1111", "invokeai",
                   "structure", "filename"],
    "name": ["card", "personalq", "modelspec", "kohya", "civitai", "readme", "a1111", "invokeai", "ti",
             "structure", "filename"],
}
CARD_FIELDS = ("id", "name", "trigger", "class_noun", "kind", "family", "version", "created_at",
               "description", "tags", "base_model", "format")
# Files named like this say nothing about the concept: use the folder's name instead.
GENERIC_STEMS = {"pytorch_lora_weights", "adapter_model", "model", "diffusion_pytorch_model",
                 "learned_embeds", "pytorch_lora_weights_kohya", "lora", "embeddings"}
# Tags that every checkpoint of a kind carries: they would only add noise to retrieval.
GENERIC_TAGS = {"stable-diffusion", "stable-diffusion-diffusers", "stable-diffusion-xl",
                "text-to-image", "diffusers", "lora", "dreambooth", "diffusers-training",
                "textual_inversion", "textual-inversion", "template:sd-lora", "base_model:adapter",
                "safetensors", "sd", "sdxl", "sd15", "sd1.5", "character", "concept"}
# Civitai model types and tags that make a LoRA a *concept* (a clothing item, a hairstyle, a pose,
# a vehicle type) that composes with a subject, as opposed to a subject or a style.
CONCEPT_TAGS = {"concept", "concepts", "clothing", "clothes", "outfit", "outfits", "hairstyle",
                "hairstyles", "haircut", "hair", "pose", "poses", "vehicle", "vehicles",
                "accessory", "accessories", "costume", "uniform"}
SUBJECT_TAGS = {"character", "characters", "person", "celebrity", "pet", "animal"}
# Booru-style caption words that say how a picture is framed or rated, not what the concept is.
CAPTION_FILLER = {"1girl", "1boy", "2girls", "2boys", "solo", "masterpiece", "best quality",
                  "high quality", "highres", "absurdres", "looking at viewer", "simple background",
                  "white background", "upper body", "full body", "realistic", "photorealistic"}
# kohya dataset folders with a generic name: the trigger is then the captions' commonest tag.
GENERIC_DIRS = {"img", "image", "images", "train", "training", "data", "dataset", "pics",
                "photos", "pictures", "instance", "subject", "concept"}
_LEET = [str.maketrans("013457@$", "oieastas"), str.maketrans("013457@$", "oleastas")]  # 1: i or l
TI_KEYS = {"emb_params", "clip_l", "clip_g", "string_to_token", "string_to_param.*"}


class Evidence:
    """Candidate values per card field, each tagged with the convention that stated it."""

    def __init__(self) -> None:
        self.values: dict[str, list[tuple[str, str, Any]]] = {}

    def add(self, field: str, value: Any, convention: str, label: str) -> None:
        if value is None or (isinstance(value, (str, list, dict)) and not value):
            return
        if isinstance(value, str):
            value = value.strip()
            if not value:
                return
        self.values.setdefault(field, []).append((convention, label, value))

    def best(self, field: str) -> tuple[Any, str]:
        """(value, label) from the highest-ranked convention, or (None, "")."""
        order = FIELD_ORDER.get(field, ORDER)
        found = sorted(self.values.get(field, []), key=lambda e: order.index(e[0]))
        return (found[0][2], found[0][1]) if found else (None, "")

    def all(self, field: str) -> list[tuple[str, str, Any]]:
        order = FIELD_ORDER.get(field, ORDER)
        return sorted(self.values.get(field, []), key=lambda e: order.index(e[0]))


# ---------------------------------------------------------------- small text helpers


def slug(text: str) -> str:
    """A card-id-safe lowercase slug ('My Bear v2' -> 'my-bear-v2')."""
    s = re.sub(r"[^a-z0-9._+-]+", "-", text.lower()).strip("-._+")
    return s[:128] or "checkpoint"


_VERSION_RE = re.compile(r"^(?P<family>.*?[a-z0-9])[\s._-]*v(?:er(?:sion)?)?[\s._-]?(?P<v>\d+)"
                         r"(?:\.\d+)*$", re.IGNORECASE)


def split_version(name: str) -> tuple[str, int] | None:
    """'bruno-v4' -> ('bruno', 4); names without a trailing version -> None. Generic pattern."""
    m = _VERSION_RE.match(name.strip())
    if not m:
        return None
    return slug(m.group("family")), int(m.group("v"))


def normalize_base(raw: str) -> str:
    """Short base-model names: 'sd15', 'sd2', 'sdxl', 'sd3', 'flux', else a slug of the raw value
    with any '/lora'-style suffix removed ('personalq-world/lora' -> 'personalq-world')."""
    s = str(raw).strip().lower()
    s = re.sub(r"/(lora|lycoris|loha|lokr|textual[-_ ]?inversion|ti|embedding|dreambooth|"
               r"full|checkpoint|controlnet)$", "", s)
    if not s or s in ("unknown", "other", "none"):
        return ""
    if "sdxl" in s or "stable-diffusion-xl" in s or re.search(r"\bxl\b", s) or s in ("pony", "illustrious"):
        return "sdxl"
    if re.search(r"(^|[^a-z])(sd|stable[-_ ]?diffusion)[-_ ]?v?3", s):
        return "sd3"
    if "flux" in s:
        return "flux"
    if re.search(r"(^|[^a-z])(sd|stable[-_ ]?diffusion)[-_ ]?v?2", s):
        return "sd2"
    if re.search(r"(^|[^a-z])(sd|stable[-_ ]?diffusion)[-_ ]?v?1", s):
        return "sd15"
    return slug(s.split("/")[-1] if s.startswith(("runwayml/", "stabilityai/")) else s.replace("/", "-"))


_ANGLE_RE = re.compile(r"<[^<>\s]+>")
_STYLE_OF_RE = re.compile(r"^(?:.*?\s)?in\s+(?:the\s+)?style\s+of\s+(?P<t>.+)$", re.IGNORECASE)
_PROMPT_PREFIX_RE = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:(?:photo|picture|image|painting|drawing|portrait|render(?:ing)?)"
    r"\s+of\s+)?(?:(?:a|an|the|my)\s+)?", re.IGNORECASE)


def split_phrase(text: str) -> tuple[str, str]:
    """A trigger *phrase* (words meant to be typed into a prompt): kept whole, except that an
    angle-bracket token with words around it is split into (token, class noun)."""
    text = str(text).split(",")[0].strip()
    m = _ANGLE_RE.search(text)
    if m:
        rest = " ".join((text[:m.start()] + " " + text[m.end():]).split())
        return m.group(0), _PROMPT_PREFIX_RE.sub("", rest).strip()
    return text, ""


def readable(trigger: str) -> str:
    """The words a trigger spells, when it spells English words: 'bomber_jacket' -> 'bomber
    jacket', 'b0mb3r j4ck3t' -> 'bomber jacket', 'buzz-cut' -> 'buzz cut'; '' for a rare token
    ('sks', 'ohwx', 'zarquill') or an angle-bracket token."""

    if _ANGLE_RE.fullmatch(trigger.strip()):
        return ""
    english = vocabulary_words()
    decoded = []
    for part in (p for p in re.split(r"[\s_\-]+", trigger.strip().lower()) if p):
        spellings = [part.translate(leet) for leet in _LEET] if re.search(r"[a-z]", part) else [part]
        word = next((w for w in spellings if w.isalpha() and w in english), None)
        if word is None:
            return ""
        decoded.append(word)
    return " ".join(decoded)


def trained_words(words: list[str]) -> tuple[str, str, list[str]]:
    """Civitai `trainedWords` -> (trigger, class noun, describing tags). The first entry's first
    comma item is the trigger ('zarquill, 1girl, blue hair' -> 'zarquill'); an angle token keeps
    its class noun; a trigger that spells words (snake_case, leetspeak) gives them as the class
    noun; the other items and entries describe the concept, minus booru framing words."""
    items = [i.strip() for w in words for i in str(w).split(",") if i.strip()]
    if not items:
        return "", "", []
    trigger, noun = split_phrase(items[0])
    noun = noun or readable(trigger)
    rest = [i for i in items[1:] if i.lower() not in CAPTION_FILLER and i.lower() != trigger.lower()]
    return trigger, noun, list(dict.fromkeys(rest))[:8]


def kind_from_tags(tags: list[str], model_type: str = "") -> str:
    """'style', 'concept' or 'subject' from Civitai's model type and tags; '' when they say
    nothing (a character LoRA tagged 'clothing' is still a character)."""
    low = {t.strip().lower() for t in tags} | ({model_type.lower()} if model_type else set())
    if "style" in low or "art style" in low:
        return "style"
    if low & SUBJECT_TAGS:
        return "subject"
    if low & CONCEPT_TAGS:
        return "concept"
    return ""


def split_sentence(text: str) -> tuple[str, str, bool]:
    """A training *prompt* ('a photo of sks dog', 'in the style of xyz', '<cat-toy> toy') ->
    (trigger, class noun, is_style): the rare token is the first word after the usual prefix."""
    text = str(text).split(",")[0].strip().rstrip(".")
    m = _STYLE_OF_RE.match(text)
    if m:
        return m.group("t").split()[0], "", True
    if text.lower().endswith(" style") and len(text.split()) == 2:
        return text.split()[0], "", True
    m = _ANGLE_RE.search(text)
    if m:
        rest = " ".join((text[:m.start()] + " " + text[m.end():]).split())
        return m.group(0), _PROMPT_PREFIX_RE.sub("", rest).strip(), False
    words = _PROMPT_PREFIX_RE.sub("", text).split()
    if not words:
        return "", "", False
    return words[0], " ".join(words[1:4]), False


def _date(value: Any) -> str:
    """ISO date from '2026-03-14...', or from a unix timestamp (kohya)."""
    s = str(value).strip()
    m = re.match(r"^\d{4}-\d{2}-\d{2}", s)
    if m:
        return m.group(0)
    try:
        ts = float(s)
    except ValueError:
        return ""
    if ts > 1e11:  # milliseconds
        ts /= 1000
    return datetime.fromtimestamp(ts, tz=timezone.utc).strftime("%Y-%m-%d") if ts > 0 else ""


def _strip_html(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", str(text))).split())


def _tag_list(value: Any) -> list[str]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        return []
    return [str(t).strip() for t in value if str(t).strip()]


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise PersonalQError(f"sidecar {path.name} is not valid JSON: {err}")
    if not isinstance(data, dict):
        raise PersonalQError(f"sidecar {path.name} is not a JSON object")
    return data


# ---------------------------------------------------------------- sidecars


def sidecars_for(path: Path) -> list[Path]:
    """The sidecar files that belong to a weights file or a diffusers folder."""
    base = path.parent / (path.stem if path.is_file() else path.name)
    found = [Path(f"{base}.card.json"), Path(f"{base}.civitai.info"), Path(f"{base}.json")]
    if path.is_dir():
        found += [path / "card.json", path / "README.md"]
    elif (path.parent / "README.md").is_file() and len(list(path.parent.glob("*.safetensors"))) == 1:
        readme = path.parent / "README.md"  # diffusers training output: one adapter + model card
        with open(readme, "rb") as f:
            if f.read(3) == b"---":  # a model card has YAML front matter; a folder's notes do not
                found.append(readme)
    return [f for f in found if f.is_file()]


def read_card_sidecar(path: Path, ev: Evidence) -> None:
    """Our own `<name>.card.json`: manifest fields, overriding everything else."""
    data = _read_json(path)
    for key in CARD_FIELDS:
        if key in data:
            ev.add(key, data[key], "card", f"{path.name}:{key}")


def read_civitai(path: Path, ev: Evidence) -> None:
    """Civitai model-version JSON (`*.civitai.info`, as written by the Civitai helper)."""
    data = _read_json(path)
    model = data.get("model") if isinstance(data.get("model"), dict) else {}
    words = data.get("trainedWords") if isinstance(data.get("trainedWords"), list) else \
        _tag_list(data.get("trainedWords"))
    trigger, noun, described = trained_words([w for w in words if isinstance(w, str)])
    ev.add("trigger", trigger, "civitai", f"{path.name}:trainedWords")
    ev.add("class_noun", noun, "civitai", f"{path.name}:trainedWords")
    ev.add("base_model", data.get("baseModel"), "civitai", f"{path.name}:baseModel")
    ev.add("name", model.get("name"), "civitai", f"{path.name}:model.name")
    # The version's own name: "v2.0", "2", or "Bruno v3".
    version_name = str(data.get("name") or "")
    bare = re.fullmatch(r"\s*v?(\d+)(\.\d+)*\s*", version_name, re.IGNORECASE)
    named = split_version(version_name)
    ev.add("version", int(bare.group(1)) if bare else (named[1] if named else None), "civitai",
           f"{path.name}:name")
    desc = _strip_html(data.get("description") or model.get("description") or "")
    ev.add("description", desc[:1000], "civitai", f"{path.name}:description")
    tags = _tag_list(model.get("tags") or data.get("tags"))
    ev.add("tags", tags + [t for t in described if t not in tags], "civitai", f"{path.name}:tags")
    ev.add("kind", kind_from_tags(tags, str(model.get("type") or "")), "civitai",
           f"{path.name}:model.tags")
    ev.add("created_at", _date(data.get("createdAt") or ""), "civitai", f"{path.name}:createdAt")
    mtype = str(model.get("type") or "").lower()
    if mtype == "textualinversion":
        ev.add("format", "textual_inversion", "civitai", f"{path.name}:model.type")
    elif mtype in ("lora", "locon", "lycoris"):
        ev.add("format", "lora", "civitai", f"{path.name}:model.type")


def read_user_json(path: Path, ev: Evidence) -> None:
    """`<name>.json` beside the weights: A1111 ("activation text", "sd version", "description")
    or InvokeAI-style ("trigger_phrases", "base", "description")."""
    data = _read_json(path)
    if data.get("activation text"):
        trigger, noun = split_phrase(str(data["activation text"]))
        ev.add("trigger", trigger, "a1111", f"{path.name}:activation text")
        ev.add("class_noun", noun, "a1111", f"{path.name}:activation text")
    if str(data.get("sd version") or "").lower() not in ("", "unknown"):
        ev.add("base_model", data["sd version"], "a1111", f"{path.name}:sd version")
    phrases = _tag_list(data.get("trigger_phrases"))
    if phrases:
        trigger, noun = split_phrase(phrases[0])
        ev.add("trigger", trigger, "invokeai", f"{path.name}:trigger_phrases")
        ev.add("class_noun", noun, "invokeai", f"{path.name}:trigger_phrases")
    ev.add("base_model", data.get("base") if isinstance(data.get("base"), str) else None,
           "invokeai", f"{path.name}:base")
    convention = "a1111" if "activation text" in data or "sd version" in data else "invokeai"
    ev.add("description", _strip_html(data.get("description") or ""), convention, f"{path.name}:description")
    ev.add("name", data.get("name") if isinstance(data.get("name"), str) else None, convention,
           f"{path.name}:name")


def read_readme(path: Path, ev: Evidence) -> None:
    """A Hugging Face model card: YAML front matter (instance_prompt, base_model, tags, ...) and
    the first paragraph of the body as a description."""
    import yaml

    text = path.read_text(encoding="utf-8", errors="replace")
    front: dict[str, Any] = {}
    body = text
    m = re.match(r"^---\s*\n(.*?)\n---\s*(?:\n|$)", text, re.DOTALL)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1))
        except yaml.YAMLError as err:
            raise PersonalQError(f"{path.name}: the YAML front matter does not parse: {err}")
        front = loaded if isinstance(loaded, dict) else {}
        body = text[m.end():]
    label = path.name
    if front.get("instance_prompt"):
        trigger, noun, is_style = split_sentence(str(front["instance_prompt"]))
        ev.add("trigger", trigger, "readme", f"{label}:instance_prompt")
        ev.add("class_noun", noun, "readme", f"{label}:instance_prompt")
        if is_style:
            ev.add("kind", "style", "readme", f"{label}:instance_prompt")
    base = front.get("base_model")
    if isinstance(base, list):
        base = base[0] if base else None
    ev.add("base_model", base if isinstance(base, str) else None, "readme", f"{label}:base_model")
    tags = [t for t in _tag_list(front.get("tags")) if not t.startswith(("base_model:", "license:"))]
    ev.add("tags", tags, "readme", f"{label}:tags")
    for key in ("name", "family", "version", "class_noun", "kind", "created_at", "description"):
        if key in front and not isinstance(front[key], (dict, list)):
            ev.add(key, str(front[key]) if key != "version" else front[key], "readme", f"{label}:{key}")
    for para in re.split(r"\n\s*\n", body):
        para = para.strip()
        if para and not para.startswith(("#", "!", "```", "<", "|", "-", "*")):
            ev.add("description", " ".join(para.split())[:1000], "readme", f"{label}:body")
            break


def read_modelspec(meta: dict[str, str], ev: Evidence, label: str) -> None:
    """Stability's model spec (`modelspec.*` keys in the safetensors header). Besides the spec's
    keys, any card field spelt `modelspec.<field>` (version, family, class_noun, kind) is read."""
    ms = {k[len("modelspec."):]: v for k, v in meta.items() if k.startswith("modelspec.")}
    if not ms:
        return
    if ms.get("trigger_phrase"):
        trigger, noun = split_phrase(ms["trigger_phrase"])
        ev.add("trigger", trigger, "modelspec", f"{label}:modelspec.trigger_phrase")
        ev.add("class_noun", noun, "modelspec", f"{label}:modelspec.trigger_phrase")
    arch = ms.get("architecture", "")
    ev.add("base_model", arch, "modelspec", f"{label}:modelspec.architecture")
    if arch.endswith("/lora"):
        ev.add("format", "lora", "modelspec", f"{label}:modelspec.architecture")
    elif re.search(r"/(textual[-_ ]?inversion|ti|embedding)$", arch):
        ev.add("format", "textual_inversion", "modelspec", f"{label}:modelspec.architecture")
    ev.add("name", ms.get("title"), "modelspec", f"{label}:modelspec.title")
    ev.add("description", ms.get("description"), "modelspec", f"{label}:modelspec.description")
    ev.add("created_at", _date(ms.get("date", "")), "modelspec", f"{label}:modelspec.date")
    ev.add("tags", _tag_list(ms.get("tags", "")), "modelspec", f"{label}:modelspec.tags")
    for key in ("id", "family", "version", "class_noun", "kind"):
        ev.add(key, ms.get(key), "modelspec", f"{label}:modelspec.{key}")


def read_personalq(meta: dict[str, str], ev: Evidence, label: str) -> None:
    """Our own namespace in safetensors metadata: `personalq.<card field>` (what a
    `<name>.card.json` would say, carried inside the file)."""
    for key in CARD_FIELDS:
        value = meta.get(f"personalq.{key}")
        if value is not None:
            ev.add(key, _tag_list(value) if key == "tags" else value, "personalq", f"{label}:personalq.{key}")


def read_kohya(meta: dict[str, str], ev: Evidence, label: str) -> None:
    """kohya-ss sd-scripts training metadata (`ss_*`)."""
    if not any(k.startswith("ss_") for k in meta):
        return
    ev.add("name", meta.get("ss_output_name"), "kohya", f"{label}:ss_output_name")
    ev.add("base_model", meta.get("ss_base_model_version"), "kohya", f"{label}:ss_base_model_version")
    if "ss_v2" in meta:
        ev.add("base_model", "sd_v2" if meta["ss_v2"].strip().lower() == "true" else "sd_v1",
               "kohya", f"{label}:ss_v2")
    started = meta.get("ss_training_started_at") or meta.get("ss_training_finished_at")
    ev.add("created_at", _date(started) if started else None, "kohya", f"{label}:ss_training_started_at")
    if "network" in meta.get("ss_network_module", "") or "lora" in meta.get("ss_network_module", ""):
        ev.add("format", "lora", "kohya", f"{label}:ss_network_module")
    # The dataset folder names ("10_sks dog": 10 repeats of images of "sks dog") carry the trigger;
    # take the folder with the most images.
    dirs: dict[str, int] = {}
    tag_counts: dict[str, int] = {}
    data_tags: dict[str, dict] = {}  # dataset folder -> its caption tag counts
    for key in ("ss_tag_frequency", "ss_dataset_dirs"):
        try:
            data = json.loads(meta.get(key) or "{}")
        except json.JSONDecodeError:
            continue
        if not isinstance(data, dict):
            continue
        for dirname, info in data.items():
            if not isinstance(info, dict):
                continue
            if key == "ss_tag_frequency":
                data_tags[dirname] = info
                for tag, n in info.items():
                    if isinstance(n, (int, float)):
                        tag_counts[str(tag).strip()] = tag_counts.get(str(tag).strip(), 0) + int(n)
                count = max([int(n) for n in info.values() if isinstance(n, (int, float))] or [0])
            else:
                count = int(info.get("img_count") or 0)
            dirs[dirname] = max(dirs.get(dirname, 0), count)
    if dirs:
        dirname = max(dirs, key=lambda d: (_names_instance(d), dirs[d], -list(dirs).index(d)))
        phrase = _dataset_phrase(dirname, data_tags.get(dirname, {}))
        trigger, noun, is_style = split_sentence(phrase)
        noun = noun or readable(trigger)
        ev.add("trigger", trigger, "kohya", f"{label}:ss_tag_frequency[{dirname}]")
        ev.add("class_noun", noun, "kohya", f"{label}:ss_tag_frequency[{dirname}]")
        if is_style:
            ev.add("kind", "style", "kohya", f"{label}:ss_tag_frequency[{dirname}]")
        words = {w.lower() for w in phrase.split()}
        top = [t for t, _ in sorted(tag_counts.items(), key=lambda kv: -kv[1])
               if t and t.lower() not in words][:8]
        ev.add("tags", top, "kohya", f"{label}:ss_tag_frequency")


def _names_instance(dirname: str) -> bool:
    """'10_sks dog' names the trained instance; a class-only folder ('1_woman', regularisation
    images) or a generic one ('20_img') does not, whatever its image count."""

    phrase = re.sub(r"^\d+_", "", dirname).strip().lower()
    return not (phrase in GENERIC_DIRS or phrase in vocabulary_words())


def _dataset_phrase(dirname: str, tags: dict) -> str:
    """kohya's folder name without its repeat count ('10_sks dog' -> 'sks dog', '5_ohwx woman'
    -> 'ohwx woman'); a generic folder ('20_img') names nothing, so the tag on most captions
    (not a booru framing word) is the trigger."""
    phrase = re.sub(r"^\d+_", "", dirname).strip()
    if phrase.lower() not in GENERIC_DIRS:
        return phrase
    counted = sorted(((n, t) for t, n in tags.items() if isinstance(n, (int, float))
                      and str(t).strip().lower() not in CAPTION_FILLER), key=lambda x: -x[0])
    return str(counted[0][1]).strip() if counted else phrase


def read_tensors(header: SafetensorsHeader, stem: str, ev: Evidence, label: str) -> None:
    """What the tensor names and shapes say: textual inversion (and its token), LoRA, SDXL."""
    keys = list(header.tensors)
    has_lora = any("lora" in k.lower() for k in keys)
    is_ti = bool(keys) and not has_lora and (all(k in TI_KEYS or k.startswith("string_to_param.") for k in keys)
                            or (len(keys) <= 2 and all("." not in k and len(header.shape(k)) <= 2
                                                       for k in keys)))
    if is_ti:
        ev.add("format", "textual_inversion", "structure", f"{label}:tensor names")
        named = [k for k in keys if k not in TI_KEYS and not k.startswith("string_to_param.")]
        if named:  # diffusers learned_embeds: the key is the token, e.g. "<cat-toy>"
            ev.add("trigger", named[0], "ti", f"{label}:tensor key")
        else:  # A1111: the file name is the token
            ev.add("trigger", stem, "ti", f"{label}:file name (A1111 embedding)")
        if "clip_g" in keys:
            ev.add("base_model", "sdxl", "structure", f"{label}:clip_g tensor")
        else:
            dim = (header.shape(keys[0]) or [0])[-1]
            ev.add("base_model", {768: "sd15", 1024: "sd2"}.get(dim), "structure",
                   f"{label}:embedding width {dim}")
        return
    if has_lora:
        ev.add("format", "lora", "structure", f"{label}:tensor names")
        if any(k.startswith(("lora_te2_", "text_encoder_2.", "te2.")) for k in keys):
            ev.add("base_model", "sdxl", "structure", f"{label}:second text encoder")
    elif any(k.startswith("model.diffusion_model.") for k in keys):
        ev.add("format", "checkpoint", "structure", f"{label}:tensor names")


# ---------------------------------------------------------------- resolution


def _display_stem(path: Path) -> str:
    stem = path.stem if path.is_file() else path.name
    return path.parent.name if stem.lower() in GENERIC_STEMS and path.parent.name else stem


def build_card(ev: Evidence, path: Path, default_format: str) -> tuple[Card, list[str]]:
    """Resolve every field from the evidence; raise PersonalQError when no trigger is stated."""
    warnings: list[str] = []
    prov: dict[str, str] = {}
    stem = _display_stem(path)
    ev.add("name", stem, "filename", "file name")

    def pick(field: str) -> Any:
        value, label = ev.best(field)
        if value is not None:
            prov[field] = label
        return value

    trigger = pick("trigger")
    if not trigger:
        raise PersonalQError(
            "no trigger found (looked for modelspec.trigger_phrase, README instance_prompt, Civitai "
            "trainedWords, A1111 'activation text', InvokeAI trigger_phrases, a textual-inversion "
            "token, kohya ss_tag_frequency)",
            f"add a {stem}.card.json beside it with at least {{\"trigger\": \"...\"}}")
    name = str(pick("name"))
    card_id = pick("id") or slug(stem)
    version, family = _version_and_family(pick, prov, warnings, str(card_id), name)
    kind = str(pick("kind") or "").strip().lower()
    if not kind:
        kind = kind_from_tags([t for _, _, ts in ev.all("tags") for t in ts])
        kind = kind or ("style" if re.search(r"\bstyle\b", name, re.I) else "subject")
        prov["kind"] = "inferred from name/tags"
    tags = _card_tags(ev)
    created = pick("created_at")
    if not created:
        mtime = path.stat().st_mtime
        created = datetime.fromtimestamp(mtime, tz=timezone.utc).strftime("%Y-%m-%d")
        prov["created_at"] = "file modification time"
    base_raw = pick("base_model")
    base = normalize_base(base_raw) if base_raw else ""
    if not base:
        warnings.append(f"base model not stated ({base_raw or 'no metadata'}); assumed sd15")
        base, prov["base_model"] = "sd15", "assumed"
    data = {
        "id": card_id, "name": name, "trigger": trigger, "class_noun": pick("class_noun") or "",
        "kind": kind, "family": family or card_id, "version": version or 1, "created_at": created,
        "description": pick("description") or "", "tags": tags, "base_model": base,
        "base_model_raw": str(base_raw or ""), "path": str(path.resolve()),
        "format": pick("format") or default_format, "provenance": prov,
    }
    if data["kind"] not in KINDS:
        warnings.append(f"kind {data['kind']!r} is not one of {', '.join(KINDS)}; used subject")
        data["kind"] = "subject"
    return Card.from_dict(data), warnings


def _version_and_family(pick, prov: dict[str, str], warnings: list[str], card_id: str,
                        name: str) -> tuple[int | None, Any]:
    """The stated version as a number ("v2", "2.1", "3" -> 2, 2, 3) and the family; a name
    like "bruno-v4" gives whichever of the two is not stated."""
    version = pick("version")
    if version is not None and not isinstance(version, int):
        m = re.search(r"\d+", str(version))
        if not m:
            warnings.append(f"version {version!r} ({prov.pop('version')}) is not a number; ignored")
        version = int(m.group()) if m else None
    family = pick("family")
    pattern = split_version(card_id) or split_version(name)
    if version is None and pattern:
        version, prov["version"] = pattern[1], "name pattern"
    if not family and pattern:
        family, prov["family"] = pattern[0], "name pattern"
    return version, family


def _card_tags(ev: Evidence) -> list[str]:
    """The user's own card's tags when it has some, else every source's tags minus generic
    ones (first 16)."""
    card_tags = [e for e in ev.all("tags") if e[0] in ("card", "personalq")]
    if card_tags:
        return _tag_list(card_tags[0][2])
    tags: list[str] = []
    for _, _, ts in ev.all("tags"):
        tags += [t for t in ts if t.lower() not in GENERIC_TAGS and t not in tags]
    return tags[:16]


def _read_sidecars(path: Path, ev: Evidence) -> list[str]:
    """Read every sidecar. A broken third-party sidecar is a warning (the checkpoint is still
    ingested from the rest); a broken `.card.json` is an error: it is the user's own override."""
    warnings = []
    for side in sidecars_for(path):
        if side.name.endswith(".card.json") or side.name == "card.json":
            read_card_sidecar(side, ev)
            continue
        try:
            if side.name.endswith(".civitai.info"):
                read_civitai(side, ev)
            elif side.name == "README.md":
                read_readme(side, ev)
            elif side.suffix == ".json":
                read_user_json(side, ev)
        except (PersonalQError, OSError, UnicodeDecodeError) as err:
            warnings.append(f"ignored sidecar {side.name}: {getattr(err, 'message', err)}")
    return warnings


def card_from_safetensors(path: Path) -> tuple[Card, list[str]]:
    """A LoRA, textual inversion or single-file checkpoint with its sidecars."""
    try:
        header = read_header(path)
    except HeaderError as err:
        raise PersonalQError(f"corrupt safetensors header: {err}")
    ev = Evidence()
    warnings = _read_sidecars(path, ev)
    read_personalq(header.metadata, ev, path.name)
    read_modelspec(header.metadata, ev, path.name)
    read_kohya(header.metadata, ev, path.name)
    read_tensors(header, path.stem, ev, path.name)
    card, more = build_card(ev, path, default_format="")
    return card, warnings + more


def card_from_diffusers_folder(folder: Path) -> tuple[Card, list[str]]:
    """A DreamBooth fine-tune saved in diffusers layout (model_index.json + unet/ + README)."""
    ev = Evidence()
    warnings = _read_sidecars(folder, ev)
    weights = [f for f in folder.rglob("*") if f.is_file()]
    if not any(f.suffix == ".safetensors" for f in weights):
        pickles = [str(f.relative_to(folder)) for f in weights if f.suffix in (".bin", ".ckpt", ".pt", ".pth")]
        raise PersonalQError("refused: the folder has no .safetensors weights"
                             + (f", only pickles ({', '.join(pickles[:3])})" if pickles else ""),
                             "re-save it with safe_serialization=True")
    for st in sorted(folder.rglob("*.safetensors")):  # modelspec metadata if a trainer wrote it
        try:
            meta = read_header(st).metadata
            read_personalq(meta, ev, str(st.relative_to(folder)))
            read_modelspec(meta, ev, str(st.relative_to(folder)))
        except HeaderError as err:
            raise PersonalQError(f"corrupt safetensors header in {st.relative_to(folder)}: {err}")
    index = folder / "model_index.json"
    if index.is_file():
        data = _read_json(index)
        if "XL" in str(data.get("_class_name", "")):
            ev.add("base_model", "sdxl", "structure", "model_index.json:_class_name")
    unet_cfg = folder / "unet" / "config.json"
    if unet_cfg.is_file():
        dim = _read_json(unet_cfg).get("cross_attention_dim")
        ev.add("base_model", {768: "sd15", 1024: "sd2", 2048: "sdxl"}.get(dim) if isinstance(dim, int) else None,
               "structure", f"unet/config.json:cross_attention_dim={dim}")
    card, more = build_card(ev, folder, default_format="dreambooth")
    return card, warnings + more
