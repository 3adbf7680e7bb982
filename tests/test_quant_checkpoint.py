"""Quantized checkpoints: save/load round trip, LoRA unmerged on a quantized base, an
SDXL-shaped UNet, and the `personalq quantize` command."""

import copy
import json

import pytest
import torch

from personalq.cli import main
from personalq.quant.calibrate import calibrate
from personalq.diffusion.pipeline import build_pipeline, protect_trigger, swap_unet, use_saved_unet
from personalq.diffusion.state import state_of
from personalq.quant.checkpoint import load_quantized_unet, save_quantized
from personalq.quant.methods import quantized_copy
from personalq.quant.packed import QuantConv2d, QuantLinear, resident_bytes

TRIGGER = "<zib-v2>"
PROMPT = f"a photo of {TRIGGER} toy on the beach"


@pytest.fixture(scope="module")
def pipe(sd15_dir):
    return build_pipeline(sd15_dir).pipe


def _image(pipe, prompt=PROMPT, steps=3):
    protect_trigger(pipe, prompt)
    with torch.no_grad():
        return pipe(prompt, num_inference_steps=steps, generator=torch.Generator().manual_seed(0),
                    output_type="np").images


def test_save_load_round_trip_gives_identical_output(pipe, tmp_path):
    calib = calibrate(pipe, n_prompts=2, trigger=TRIGGER, steps=2, timesteps=1, batch_size=2,
                      progress=False)
    fp_unet = pipe.unet
    unet = quantized_copy(fp_unet, "taq", 4, 4, calib)
    save_quantized(unet, tmp_path / "q", trigger=TRIGGER)
    meta = json.loads((tmp_path / "q" / "quant_config.json").read_text())
    assert meta["quant"]["method"] == "taq" and meta["trigger"] == TRIGGER
    try:
        swap_unet(pipe, unet, trigger=TRIGGER)
        before = _image(pipe)
        use_saved_unet(pipe, tmp_path / "q")
        assert pipe.unet is not unet and state_of(pipe).quantization.trigger == TRIGGER
        assert state_of(pipe).quantization.spec == "taq-w4a4"
        after = _image(pipe)
        assert state_of(pipe).taq_active and state_of(pipe).trigger_positions
        loaded = pipe.unet
    finally:
        swap_unet(pipe, fp_unet)
    assert (before == after).all()
    assert resident_bytes(loaded) == resident_bytes(unet)
    kinds = {type(m) for m in loaded.modules()}
    assert QuantLinear in kinds and QuantConv2d in kinds
    assert not any(t.device.type == "meta" for t in loaded.state_dict().values())


def _lora_round_trip(pipe, lora, name: str, base_layer_of) -> None:
    """On a naive-W8A8 copy of the UNet: a LoRA loads unmerged (its base layer stays the packed
    one `base_layer_of(unet)` returns), changes the image, and unloads back to the exact image."""
    fp_unet = pipe.unet
    swap_unet(pipe, quantized_copy(fp_unet, "naive", 8, 8))
    try:
        base = _image(pipe)
        pipe.load_lora_weights(str(lora), adapter_name=name)
        base_layer_of(pipe.unet)
        with_lora = _image(pipe)
        pipe.unload_lora_weights()
        after = _image(pipe)
    finally:
        swap_unet(pipe, fp_unet)
    assert float(abs(with_lora - base).max()) > 1e-3
    assert (after == base).all()


def test_lora_applies_unmerged_on_a_quantized_base_and_unloads(pipe, sd15_dir, tmp_path):
    from personalq.testing import make_tiny_lora

    def packed_to_q(unet):
        wrapped = unet.down_blocks[0].attentions[0].transformer_blocks[0].attn2.to_q
        assert isinstance(wrapped.get_base_layer(), QuantLinear)  # the base stays packed

    _lora_round_trip(pipe, make_tiny_lora(sd15_dir, tmp_path / "zib.safetensors"), "zib",
                     packed_to_q)


def test_lora_on_quantized_convolutions(pipe, sd15_dir, tmp_path):
    """A LoRA that also targets the 1x1 convolutions proj_in/proj_out (as the world's do)."""
    from personalq.testing import make_tiny_lora

    assert isinstance(pipe.unet.down_blocks[0].attentions[0].proj_in, torch.nn.Conv2d)
    lora = make_tiny_lora(sd15_dir, tmp_path / "conv.safetensors",
                          target_modules=("to_q", "to_v", "proj_in", "proj_out", "ff.net.2"))

    def packed_proj_in(unet):
        proj_in = unet.down_blocks[0].attentions[0].proj_in
        assert isinstance(proj_in.get_base_layer(), QuantConv2d)
        assert proj_in.get_base_layer().packed

    _lora_round_trip(pipe, lora, "conv", packed_proj_in)


def test_sdxl_shaped_unet_quantizes_and_generates(tmp_path):
    from personalq.testing import make_tiny_sdxl

    p = build_pipeline(make_tiny_sdxl(tmp_path / "sdxl")).pipe
    calib = calibrate(p, n_prompts=2, trigger=TRIGGER, steps=2, timesteps=1, batch_size=2,
                      progress=False)
    fp_bytes = resident_bytes(p.unet)
    swap_unet(p, quantized_copy(p.unet, "taq_bos", 8, 4, calib))
    info = protect_trigger(p, PROMPT, TRIGGER)
    assert info["taq_active"] and info["trigger_positions"]
    with torch.no_grad():
        img = p(PROMPT, num_inference_steps=2, generator=torch.Generator().manual_seed(0),
                output_type="np").images
    assert img.shape[-1] == 3 and bool(torch.isfinite(torch.tensor(img)).all())
    assert fp_bytes / resident_bytes(p.unet) > 3.0
    save_quantized(p.unet, tmp_path / "qxl")
    assert isinstance(load_quantized_unet(tmp_path / "qxl").down_blocks[1].attentions[0]
                      .transformer_blocks[1].attn2.to_k, QuantLinear)


def test_quantize_command_writes_a_loadable_checkpoint(sd15_dir, tmp_path, capsys):
    out = tmp_path / "cli"
    rc = main(["quantize", str(sd15_dir), "--method", "naive", "--wbits", "4", "--abits", "8",
               "-o", str(out)])
    assert rc == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ratio_vs_fp32"] >= 6.0
    assert isinstance(load_quantized_unet(out).mid_block.attentions[0].proj_in,
                      (QuantLinear, QuantConv2d))


def test_quantize_command_bad_inputs_exit_2(sd15_dir, tmp_path, capsys):
    assert main(["quantize", str(sd15_dir), "--method", "nope", "-o", str(tmp_path / "a")]) == 2
    assert "valid methods" in capsys.readouterr().err
    assert main(["quantize", str(sd15_dir), "--wbits", "3", "-o", str(tmp_path / "b")]) == 2
    assert "valid --wbits" in capsys.readouterr().err
    (tmp_path / "m.ckpt").write_bytes(b"x")
    assert main(["quantize", str(tmp_path / "m.ckpt"), "-o", str(tmp_path / "c")]) == 2
    assert "pickle" in capsys.readouterr().err
    assert main(["quantize", str(tmp_path / "missing"), "-o", str(tmp_path / "d")]) == 2


def test_diffusion_stage_loads_a_quantized_base_and_hot_swaps_loras(sd15_dir, tmp_path):
    """The path `generate` and the server take: the saved quantized base -> apply_checkpoint
    (LoRA hot-swap, unmerged on the packed base) -> back to the exact quantized base."""
    import numpy as np

    from personalq.catalog.metadata import card_from_safetensors
    from personalq.diffusion.generate import generate
    from personalq.diffusion.loading import apply_checkpoint
    from personalq.testing import make_tiny_lora

    qdir = save_quantized(quantized_copy(build_pipeline(sd15_dir).pipe.unet, "naive", 8, 8),
                          tmp_path / "q", trigger=TRIGGER)
    pipe, state = build_pipeline(sd15_dir, quantized=qdir)
    assert state.quantization.spec == "naive-w8a8" and state.quantization.saved == qdir
    cards = [card_from_safetensors(make_tiny_lora(sd15_dir, tmp_path / f"l{i}.safetensors",
                                                  seed=i))[0] for i in (1, 2)]

    def img():
        assert protect_trigger(pipe, PROMPT)["taq_active"] is False  # naive: nothing protected
        return np.asarray(generate(pipe, PROMPT, seed=0, steps=2)).astype(int)

    base = img()
    apply_checkpoint(pipe, cards[0])
    first = img()
    apply_checkpoint(pipe, cards[1])
    second = img()
    apply_checkpoint(pipe, None)
    assert np.abs(first - base).max() > 0 and np.abs(second - first).max() > 0
    assert np.array_equal(img(), base)
    assert isinstance(pipe.unet.down_blocks[0].attentions[0].transformer_blocks[0].attn2.to_k,
                      QuantLinear)
