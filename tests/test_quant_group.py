"""Group-wise activation quantization ("dynamic_group"): per token, groups of G channels, each
with its own range. Error against per-token, shapes (ragged last group, conv and linear
layouts), the float fallback of the packed layer, save/load, and bad group sizes."""

import json

import pytest
import torch

from personalq.cli import main
from personalq.errors import PersonalQError
from personalq.quant.methods import make_config
from personalq.quant.packed import QuantLinear
from personalq.quant.quantizers import (ActQuant, group_fake_quant, quantize_weight_rtn,
                                        relative_error)


def _outlier_activation(tokens=256, channels=96, seed=0):
    """Activations like a UNet's: most channels small, a few channels 20-50x larger."""
    torch.manual_seed(seed)
    x = torch.randn(tokens, channels)
    x[:, 3] *= 50
    x[:, 40] *= 20
    x[:, 77] = x[:, 77] * 30 + 10
    return x


def test_group_error_is_far_below_per_token_at_4_bits_with_channel_outliers():
    x = _outlier_activation()
    err_token = relative_error(ActQuant(4, "dynamic_token")(x), x)
    err_group = relative_error(ActQuant(4, "dynamic_group", group=16)(x), x)
    err_group8 = relative_error(ActQuant(4, "dynamic_group", group=8)(x), x)
    assert err_group < 0.5 * err_token, (err_group, err_token)
    assert err_group8 < err_group  # finer groups, lower error
    # the ordinary channels (no outlier in their group) are hardly touched by group scales
    plain = list(range(48, 64))
    small_token = relative_error(ActQuant(4, "dynamic_token")(x)[:, plain], x[:, plain])
    small_group = relative_error(ActQuant(4, "dynamic_group", group=16)(x)[:, plain], x[:, plain])
    assert small_group < 0.1 * small_token


def test_each_group_has_its_own_grid_of_at_most_2_to_the_bits_levels():
    x = _outlier_activation(tokens=8)
    xq = ActQuant(4, "dynamic_group", group=16)(x)
    for t in range(8):
        for g in range(0, 96, 16):
            assert len(torch.unique(xq[t, g:g + 16])) <= 16
    # groups never share a scale: the outlier group's step is far coarser than a plain one's
    step = lambda v: float(torch.diff(torch.unique(v)).min())  # noqa: E731
    t = int(x[:, 3].abs().argmax())
    assert step(xq[t, 0:16]) > 5 * step(xq[t, 48:64])


def test_ragged_last_group_is_quantized_as_if_it_stood_alone():
    torch.manual_seed(1)
    x = torch.randn(5, 7, 20)  # 20 channels, groups of 8: 8 + 8 + 4
    out = group_fake_quant(x, 4, 8)
    assert out.shape == x.shape
    assert torch.equal(out[..., 16:], group_fake_quant(x[..., 16:].contiguous(), 4, 4))
    assert torch.equal(out[..., :8], group_fake_quant(x[..., :8].contiguous(), 4, 8))
    # a group as wide as the token is per-token quantization
    assert torch.allclose(group_fake_quant(x, 4, 64), ActQuant(4, "dynamic_token")(x))


def test_conv_layout_groups_along_channel_dim_1():
    torch.manual_seed(2)
    x = torch.randn(2, 24, 5, 3)
    x[:, 2] *= 40
    conv_q = ActQuant(4, "dynamic_group", channel_dim=1, group=8)(x)
    as_rows = ActQuant(4, "dynamic_group", channel_dim=-1, group=8)(
        x.permute(0, 2, 3, 1).contiguous()).permute(0, 3, 1, 2)
    assert conv_q.shape == x.shape
    assert torch.allclose(conv_q, as_rows)
    token_q = ActQuant(4, "dynamic_token", channel_dim=1)(x)
    plain = slice(8, 24)  # channels outside the outlier's group
    assert relative_error(conv_q[:, plain], x[:, plain]) < 0.2 * relative_error(
        token_q[:, plain], x[:, plain])


def test_calibrated_clipping_ratio_does_not_raise_the_error():
    x = _outlier_activation(seed=3)
    q = ActQuant(4, "dynamic_group", group=16)
    before = relative_error(q(x), x)
    q.calibrate(x)
    assert 0.3 <= float(q.ratio) <= 1.0
    assert relative_error(q(x), x) <= before + 1e-9


def test_packed_linear_with_group_activations_takes_the_float_path():
    torch.manual_seed(4)
    lin = torch.nn.Linear(40, 24)  # 40 channels: groups 16 + 16 + 8
    codes, scale, _ = quantize_weight_rtn(lin.weight, 8)
    act = ActQuant(4, "dynamic_group", group=16)
    q = QuantLinear.from_codes(lin, codes, scale, None, 8, act)
    x = torch.randn(3, 50, 40)
    with pytest.raises(ValueError):
        act.to_int(x.reshape(-1, 40))
    with torch.no_grad():
        y = q(x)
        ref = torch.nn.functional.linear(act(x), q.dequant_weight2d(), q.float_bias())
    assert q.last_path == "fake_quant"
    assert y.shape == (3, 50, 24) and torch.allclose(y, ref)


def test_bad_group_sizes_raise_personalq_error():
    for bad in (0, -4, 2.5, "16", True):
        with pytest.raises(PersonalQError):
            make_config("taq", 8, 4, act_mode="dynamic_group", act_group=bad)
        with pytest.raises(PersonalQError):
            ActQuant(4, "dynamic_group", group=bad)
    with pytest.raises(PersonalQError):
        make_config("taq", 8, 4, act_mode="per_banana")
    assert make_config("taq", 8, 4, act_mode="dynamic_group", act_group=8).act_group == 8


def test_cli_rejects_bad_group_options(tmp_path, capsys):
    src = tmp_path / "nothing-needed"  # validation comes before loading anything
    rc = main(["quantize", str(src), "--act-mode", "dynamic_group", "--act-group", "0",
               "-o", str(tmp_path / "o")])
    assert rc == 2 and "group size" in capsys.readouterr().err
    rc = main(["quantize", str(src), "--act-mode", "dynamic_token", "--act-group", "8",
               "-o", str(tmp_path / "o")])
    assert rc == 2 and "dynamic_group" in capsys.readouterr().err
    rc = main(["bench", "quant", "--tiny", "--act-mode", "dynamic_group", "--act-group", "-1",
               "--out", str(tmp_path / "b")])
    assert rc == 2 and "group size" in capsys.readouterr().err


def test_group_mode_save_load_round_trip_gives_identical_output(pipe, tmp_path):
    from personalq.quant.calibrate import calibrate
    from personalq.quant.checkpoint import load_quantized_unet, save_quantized
    from personalq.diffusion.pipeline import protect_trigger
    from personalq.quant.methods import config_of, quantized_copy

    trigger = "<zib-v2>"
    prompt = f"a photo of {trigger} toy on the beach"
    calib = calibrate(pipe, n_prompts=2, trigger=trigger, steps=2, timesteps=1, batch_size=2,
                      progress=False)
    fp_unet = pipe.unet
    unet = quantized_copy(fp_unet, "taq", 8, 4, calib, act_mode="dynamic_group", act_group=8,
                          text_act_mode="static_tensor")
    block = unet.down_blocks[0].attentions[0].transformer_blocks[0]
    assert block.ff.net[2].act.mode == "dynamic_group" and block.ff.net[2].act.group == 8
    assert block.attn1.quant.q.mode == "dynamic_group"
    assert block.attn2.to_k.act.mode == "static_tensor"  # text K/V keep their own mode
    assert block.attn2.quant.k.mode == "static_tensor"
    ratios = lambda u: [float(m.act.ratio) for m in u.modules()  # noqa: E731
                        if isinstance(m, QuantLinear) and m.act.mode == "dynamic_group"]
    save_quantized(unet, tmp_path / "q", trigger=trigger)
    meta = json.loads((tmp_path / "q" / "quant_config.json").read_text())
    assert meta["quant"]["act_mode"] == "dynamic_group" and meta["quant"]["act_group"] == 8
    loaded = load_quantized_unet(tmp_path / "q")
    lblock = loaded.down_blocks[0].attentions[0].transformer_blocks[0]
    assert lblock.ff.net[2].act.group == 8 and lblock.ff.net[2].act.mode == "dynamic_group"
    assert config_of(loaded).act_group == 8
    assert ratios(unet) and ratios(loaded) == ratios(unet)  # calibrated ratios round-trip

    def image(u):
        pipe.unet = u
        protect_trigger(pipe, prompt, trigger)
        with torch.no_grad():
            return pipe(prompt, num_inference_steps=3, output_type="np",
                        generator=torch.Generator().manual_seed(0)).images

    try:
        before, after = image(unet), image(loaded)
    finally:
        pipe.unet = fp_unet
    assert (before == after).all()
