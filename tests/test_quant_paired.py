"""Paired measures (quant/paired.py) and the TAQ ablation options they measure, on real
tensors and a tiny SD1.5-shaped pipeline."""

import copy

import numpy as np
import pytest
import torch

from personalq.quant import paired
from personalq.quant.calibrate import collect_unet_inputs
from personalq.quant.methods import config_of, quantized_copy
from personalq.quant.quantizers import Log2Quant, UniformProbQuant, make_prob_quant
from personalq.quant.taq import (QuantAttnProcessor, cross_attention_modules,
                                 prompt_trigger_positions, renormalize, set_trigger_positions)

TRIGGER = "<zib-v2>"  # the trigger the shared `calib` fixture (conftest.py) uses
PROMPT = f"a photo of {TRIGGER} toy on the beach"


def test_one_diverged_sample_moves_pooled_psnr_but_not_the_median():
    """Why the older pooled PSNR was unstable: one trajectory that diverges dominates it."""
    rng = np.random.default_rng(0)
    ref = rng.integers(0, 256, size=(32, 8, 8, 3)).astype(np.uint8)
    close = np.clip(ref.astype(int) + rng.integers(-2, 3, size=ref.shape), 0, 255).astype(np.uint8)
    diverged = close.copy()
    diverged[0] = 255 - ref[0]  # one picture entirely different
    per_close = paired.per_sample_psnr(close, ref)
    per_div = paired.per_sample_psnr(diverged, ref)
    assert per_close.shape == (32,)
    assert paired.pooled_psnr(close, ref) - paired.pooled_psnr(diverged, ref) > 10
    assert abs(np.median(per_div) - np.median(per_close)) < 0.1
    assert per_div.mean() < per_close.mean()
    assert paired.per_sample_psnr(ref, ref).max() == paired.PSNR_CAP_DB  # identical: capped


def test_bootstrap_ci_covers_the_mean_and_narrows_with_more_samples():
    rng = np.random.default_rng(1)
    small, large = rng.normal(20, 3, 16), rng.normal(20, 3, 1024)
    s, big = paired.summarize(small), paired.summarize(large)
    assert s["ci95"][0] < s["mean"] < s["ci95"][1]
    assert (big["ci95"][1] - big["ci95"][0]) < (s["ci95"][1] - s["ci95"][0]) / 4
    assert big["ci95"][0] < 20 < big["ci95"][1] and big["n"] == 1024


def test_feature_distance_and_latent_step_errors():
    f = np.random.default_rng(2).normal(size=(5, 16))
    assert np.allclose(paired.feature_distance(f, f), 0)
    assert (paired.feature_distance(f + 1, f) > 0).all()
    ref = torch.randn(4, 3, 2, 8, 8)
    traj = ref.clone()
    traj[2:] += 0.1 * torch.randn_like(ref[2:])  # drift starts at step 3
    err = paired.latent_step_errors(traj, ref)
    assert err.shape == (4,) and err[0] == err[1] == 0 and err[2] > 0


def test_probability_grids():
    p = torch.softmax(torch.randn(64, 77) * 3, dim=-1)
    log2, half = Log2Quant(4), make_prob_quant("log2_half", 4)
    big = p > 0.05
    rel = lambda q: float(((q(p) - p).abs() / p)[big].max())  # noqa: E731
    assert rel(log2) > 0.25 and rel(half) < 0.2  # the 2^(1/2) grid halves the worst rounding
    keep = make_prob_quant("log2_keep", 4)
    out = keep(p)
    assert torch.equal(out[p >= 0.25], p[p >= 0.25])
    assert torch.equal(out[p < 0.25], log2(p)[p < 0.25])
    assert make_prob_quant("log2_half", 8).step == Log2Quant(8).step  # only 4 bits changes
    assert isinstance(make_prob_quant("uniform", 4), UniformProbQuant)
    with pytest.raises(ValueError, match="log2_keep"):
        make_prob_quant("cubic", 4)
    r = renormalize(log2(p))
    assert torch.allclose(r.sum(-1), torch.ones(64), atol=1e-5)
    # with protected (exact) columns: rows sum to 1 and the exact columns keep their values
    mask = torch.zeros(1, p.shape[-1], dtype=torch.bool)
    mask[0, :3] = True
    q = torch.where(mask, p, log2(p))
    r = renormalize(q, p, mask)
    assert torch.allclose(r.sum(-1), torch.ones(64), atol=1e-5)
    assert torch.equal(r[:, :3], p[:, :3])
    assert not torch.allclose(renormalize(q)[:, :3], p[:, :3])  # a whole-row divide moves them


@pytest.fixture(scope="module")
def captured(pipe):
    samples = collect_unet_inputs(pipe, [(PROMPT, TRIGGER)], steps=3, timesteps=2,
                                  batch_size=1, guidance_scale=7.5, progress=False)
    calls = [(s.args, s.kwargs, s.positions[-1]) for s in samples]
    assert calls[0][2] == prompt_trigger_positions(pipe.tokenizer, PROMPT, TRIGGER) != []
    return paired.capture_cross_attention(pipe.unet, calls, cfg_batch=True)


def test_layer_errors_are_zero_for_the_float_unet_and_split_by_cfg_half(pipe, calib, captured):
    float_errs = paired.cross_attention_errors(copy.deepcopy(pipe.unet), captured)
    assert len(float_errs) == len(cross_attention_modules(pipe.unet))
    assert paired.mean_layer_error(float_errs) < 1e-6
    q = quantized_copy(pipe.unet, "taq", 8, 4, calib)
    errs = paired.cross_attention_errors(q, captured)
    e = next(iter(errs.values()))
    assert e["rel_err_all"] > 1e-3 and e["rel_err_cond"] > 0 and e["rel_err_uncond"] > 0
    assert 0 < e["trigger_mass_cond"] < 1 and 0 < e["trigger_mass_uncond"] < 1
    assert "rowsum_dev" in e
    # every text row and column exact (textkv) removes the text path's share of the error
    kv = paired.cross_attention_errors(quantized_copy(pipe.unet, "textkv", 8, 4, calib), captured)
    assert paired.mean_layer_error(kv) < paired.mean_layer_error(errs)


def _probs_and_kv(unet, pipe, cfg_batch):
    """The first attn2 block's text K and quantized probabilities on a CFG batch."""
    attn = cross_attention_modules(unet)[0][1]
    pos = prompt_trigger_positions(pipe.tokenizer, PROMPT, TRIGGER)
    set_trigger_positions(unet, pos, TRIGGER, cfg_batch=cfg_batch)
    ehs = pipe.encode_prompt(PROMPT, "cpu", 1, True)
    ehs = torch.cat([ehs[1], ehs[0]])  # [unconditional; conditional], as the pipeline does
    with torch.no_grad():
        key, _, keep = attn.processor.text_kv(attn, ehs)
        probs = torch.softmax(torch.randn(2 * attn.heads, 16, ehs.shape[1],
                                          generator=torch.Generator().manual_seed(0)), dim=-1)
        qp = attn.processor.quantize_probs(attn.quant, probs, keep, attn.heads)
    return key, probs, qp, pos, attn


def test_cond_only_protects_just_the_conditional_half(pipe, calib):
    taq = quantized_copy(pipe.unet, "taq", 8, 4, calib)
    cond = quantized_copy(pipe.unet, "taq_cond", 8, 4, calib)
    k_taq, probs, qp_taq, pos, attn = _probs_and_kv(taq, pipe, cfg_batch=True)
    k_cond, _, _, _, cattn = _probs_and_kv(cond, pipe, cfg_batch=True)
    assert torch.equal(k_cond[1:], k_taq[1:])  # conditional row: protected alike
    assert not torch.equal(k_cond[0, pos], k_taq[0, pos])  # unconditional: quantized
    h = attn.heads
    with torch.no_grad():
        qp_cond = cattn.processor.quantize_probs(cattn.quant, probs, pos, h)
    assert torch.equal(qp_cond[h:][..., pos], probs[h:][..., pos])
    assert not torch.equal(qp_cond[:h][..., pos], probs[:h][..., pos])
    assert torch.equal(qp_taq[..., pos], probs[..., pos])
    # without a CFG batch (guidance off) every row is conditional: all protected
    k_nocfg, *_ = _probs_and_kv(cond, pipe, cfg_batch=False)
    assert torch.equal(k_nocfg, k_taq)


def test_ablations_keep_only_their_part_exact(pipe, calib):
    def run(method):
        return _probs_and_kv(quantized_copy(pipe.unet, method, 8, 4, calib), pipe, True)

    k_taq, *_ = run("taq")
    k_kv, probs, qp_kv, pos, _ = run("taq_kv_only")
    assert torch.equal(k_kv, k_taq)  # trigger K rows exact as in taq ...
    assert not torch.equal(qp_kv[..., pos], probs[..., pos])  # ... columns quantized
    k_p, probs, qp_p, _, _ = run("taq_probs_only")
    assert torch.equal(qp_p[..., pos], probs[..., pos])  # columns exact ...
    assert not torch.allclose(k_p[:, pos], k_taq[:, pos], atol=1e-5)  # ... K rows quantized
    _, _, qp_r, _, _ = run("taq_log2_renorm")
    assert torch.allclose(qp_r.sum(-1), torch.ones(qp_r.shape[:-1]), atol=1e-5)


def test_processor_probe_is_off_by_default():
    assert QuantAttnProcessor().stats is None


@pytest.mark.parametrize("method", ["taq_cond", "taq_log2_keep", "taq_log2_renorm"])
def test_checkpoints_keep_the_ablation_options(pipe, calib, method, tmp_path):
    from personalq.quant.checkpoint import load_quantized_unet, save_quantized
    from personalq.quant.quantizers import prob_quant_kind

    unet = quantized_copy(pipe.unet, method, 8, 4, calib)
    save_quantized(unet, tmp_path / "q", trigger=TRIGGER)
    loaded = load_quantized_unet(tmp_path / "q")
    a, b = cross_attention_modules(unet)[0][1], cross_attention_modules(loaded)[0][1]
    assert b.quant.options() == a.quant.options()
    assert prob_quant_kind(b.quant.prob) == prob_quant_kind(a.quant.prob) == \
        config_of(unet).prob_quant
    assert config_of(loaded) == config_of(unet)
    x1, x2 = _probs_and_kv(unet, pipe, True), _probs_and_kv(loaded, pipe, True)
    assert torch.equal(x1[0], x2[0]) and torch.equal(x1[2], x2[2])  # same K, same probs
