"""Per-call overheads cached once: attention processors' call signatures (diffusers reads them
on every attention call) and a README's front matter (generate reads the base's on every call).
The cached values must be exactly what an uncached read gives, and a changed file re-read."""

from __future__ import annotations

import inspect
import os

from diffusers.models.attention_processor import Attention, AttnProcessor2_0

from personalq.call_signature import pin_processor_signatures, pin_signature
from personalq.diffusion.loading import _front_matter
from personalq.quant.taq import QuantAttnProcessor


def test_pinned_signature_is_inspects_own():
    def f(a, b=1, *args, c=None, **kw):
        return a

    expected = inspect.signature(f)
    assert pin_signature(f) is f and "__signature__" in vars(f)
    assert inspect.signature(f) == expected
    bound = QuantAttnProcessor().__call__  # pinned where the class is defined
    assert "__signature__" in vars(QuantAttnProcessor.__call__)
    assert list(inspect.signature(bound).parameters)[:5] == ["attn",
        "hidden_states", "encoder_hidden_states", "attention_mask", "temb"]


def test_processors_of_a_model_are_pinned():
    attn = Attention(query_dim=8, heads=2, dim_head=4, processor=AttnProcessor2_0())
    before = set(inspect.signature(attn.processor.__call__).parameters)
    pin_processor_signatures(attn)
    assert "__signature__" in vars(AttnProcessor2_0.__call__)
    assert set(inspect.signature(attn.processor.__call__).parameters) == before


def test_front_matter_reread_when_the_file_changes(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("---\nguidance_scale: 2.5\nbase_model_name: 'w'\n---\n# notes\n")
    assert _front_matter(readme) == {"guidance_scale": "2.5", "base_model_name": "w"}
    _front_matter(readme)["guidance_scale"] = "9"  # callers get a copy
    assert _front_matter(readme)["guidance_scale"] == "2.5"
    readme.write_text("---\nguidance_scale: 7.0\n---\n")
    st = readme.stat()
    os.utime(readme, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # a coarse clock: move mtime
    assert _front_matter(readme) == {"guidance_scale": "7.0"}
    assert _front_matter(tmp_path / "missing.md") == {} and _front_matter(tmp_path) == {}
