"""TAQ on a tiny SD1.5-shaped pipeline: trigger positions, protected K/V rows and probability
columns, the per-request K/V cache, the fallback when the trigger is absent, bad inputs."""

import copy
import logging

import pytest
import torch

from personalq.diffusion.pipeline import protect_trigger as prepare_prompt
from personalq.errors import PersonalQError
from personalq.quant.methods import METHODS, make_config, quantize_unet, quantized_copy
from personalq.quant.taq import (QuantAttnProcessor, cross_attention_modules,
                                 set_trigger_positions, trigger_positions)

TRIGGER = "<zib-v2>"  # the trigger the shared `calib` fixture (conftest.py) uses
PROMPT = f"a photo of {TRIGGER} toy on the beach"


def test_trigger_positions_cover_every_sub_token(pipe):
    tok = pipe.tokenizer
    pos = trigger_positions(tok, PROMPT, TRIGGER)
    ids = tok(PROMPT, padding="max_length", max_length=tok.model_max_length)["input_ids"]
    assert len(pos) > 1  # the trigger splits into several pieces
    assert pos == list(range(pos[0], pos[-1] + 1))
    assert tok.decode([ids[i] for i in pos]).replace(" ", "") == TRIGGER
    assert trigger_positions(tok, "a photo of a dog", TRIGGER) == []
    twice = trigger_positions(tok, f"{TRIGGER} and {TRIGGER}", TRIGGER)
    assert len(twice) == 2 * len(pos)


def test_trigger_positions_without_offsets_agree_with_offsets(pipe):
    """Slow tokenizers (no character offsets) take the token-counting path."""
    tok = pipe.tokenizer

    class NoOffsets:
        is_fast = False
        model_max_length, bos_token_id = tok.model_max_length, tok.bos_token_id

        def __call__(self, *args, **kwargs):
            return tok(*args, **kwargs)

    for prompt in [PROMPT, f"{TRIGGER}, on the beach", f"my {TRIGGER}'s hat and {TRIGGER}"]:
        assert trigger_positions(NoOffsets(), prompt, TRIGGER) == \
            trigger_positions(tok, prompt, TRIGGER) != []


def test_multi_vector_trigger_protects_every_vector(pipe):
    """A trigger with learned multi-vector embeddings ("<mv>" -> "<mv> <mv>_1 <mv>_2", which
    the pipeline expands itself) is found as all three added tokens."""
    from personalq.quant.taq import prompt_trigger_positions

    tok = copy.deepcopy(pipe.tokenizer)
    tok.add_tokens(["<mv>", "<mv>_1", "<mv>_2"])
    pos = prompt_trigger_positions(tok, "a photo of <mv> toy", "<mv>")
    ids = tok("a photo of <mv> <mv>_1 <mv>_2 toy")["input_ids"]
    assert [tok.convert_ids_to_tokens(ids[i]) for i in pos] == ["<mv>", "<mv>_1", "<mv>_2"]


def _first_cross(unet):
    return cross_attention_modules(unet)[0][1]


def test_taq_keeps_protected_kv_rows_exact_and_quantizes_the_rest(pipe, calib):
    unet = quantized_copy(pipe.unet, "taq", 8, 4, calib)
    pos = trigger_positions(pipe.tokenizer, PROMPT, TRIGGER)
    assert set_trigger_positions(unet, pos, TRIGGER) is True
    attn = _first_cross(unet)
    ehs = pipe.encode_prompt(PROMPT, "cpu", 1, False)[0]
    with torch.no_grad():
        key, value, keep = attn.processor.text_kv(attn, ehs)
        # the float reference with the same (quantized) weights and unquantized activations
        ref_k = torch.nn.functional.linear(ehs, attn.to_k.dequant_weight2d())
        ref_v = torch.nn.functional.linear(ehs, attn.to_v.dequant_weight2d())
    assert keep == pos
    others = [i for i in range(ehs.shape[1]) if i not in pos]
    assert torch.allclose(key[:, pos], ref_k[:, pos], rtol=1e-6, atol=1e-6)
    assert torch.allclose(value[:, pos], ref_v[:, pos], rtol=1e-6, atol=1e-6)
    assert not torch.allclose(key[:, others], ref_k[:, others], atol=1e-4)
    # without protection (qdiffusion) the trigger rows are quantized like the rest
    plain = quantized_copy(pipe.unet, "qdiffusion", 8, 4, calib)
    pattn = _first_cross(plain)
    with torch.no_grad():
        pkey, _, pkeep = pattn.processor.text_kv(pattn, ehs)
    assert pkeep == []
    assert not torch.allclose(pkey[:, pos], ref_k[:, pos], atol=1e-4)


def test_protected_probability_columns_stay_exact():
    from personalq.quant.quantizers import Log2Quant
    from personalq.quant.taq import _quantize_rows_except

    probs = torch.softmax(torch.randn(2, 16, 10), dim=-1)
    out = _quantize_rows_except(probs, Log2Quant(4), [3, 4], dim=2)
    assert torch.equal(out[..., [3, 4]], probs[..., [3, 4]])
    assert not torch.equal(out[..., :3], probs[..., :3])


def test_text_kv_computed_once_per_request(pipe, calib):
    unet = quantized_copy(pipe.unet, "taq", 8, 8, calib)
    pipe_unet, pipe.unet = pipe.unet, unet
    try:
        info = prepare_prompt(pipe, PROMPT, TRIGGER)
        pipe(PROMPT, num_inference_steps=4, generator=torch.Generator().manual_seed(0),
             output_type="latent")
    finally:
        pipe.unet = pipe_unet
    assert info["taq_active"] and not info["taq_fallback"]
    attn = _first_cross(unet)
    assert isinstance(attn.processor, QuantAttnProcessor)
    assert attn.processor.cache_hits == 3  # 4 steps: computed once, reused 3 times


def test_absent_trigger_falls_back_and_says_so(pipe, calib, caplog):
    unet = quantized_copy(pipe.unet, "taq", 8, 4, calib)
    pipe_unet, pipe.unet = pipe.unet, unet
    try:
        with caplog.at_level(logging.WARNING):
            info = prepare_prompt(pipe, "a photo of a dog on the beach", TRIGGER)
        out = pipe("a photo of a dog on the beach", num_inference_steps=2,
                   generator=torch.Generator().manual_seed(0), output_type="latent").images
    finally:
        pipe.unet = pipe_unet
    assert info == {"trigger_positions": [], "taq_active": False, "taq_fallback": True}
    assert "not found in the prompt" in caplog.text
    assert torch.isfinite(out).all()


@pytest.mark.parametrize("method", [m for m in METHODS if m not in ("fp32",)])
def test_every_method_runs_and_stays_close_at_w8a8(pipe, calib, method):
    x = torch.randn(2, 4, 16, 16, generator=torch.Generator().manual_seed(1))
    ehs = pipe.encode_prompt([PROMPT, "a dog"], "cpu", 1, False)[0]
    with torch.no_grad():
        ref = pipe.unet(x, 500, ehs).sample
        unet = quantized_copy(pipe.unet, method, 8, 8, calib)
        set_trigger_positions(unet, trigger_positions(pipe.tokenizer, PROMPT, TRIGGER))
        cfg = make_config(method, 8, 8)
        dtype = getattr(torch, cfg.dtype) if cfg.kind == "float" else torch.float32
        out = unet(x.to(dtype), 500, ehs.to(dtype)).sample.float()
    rel = float((out - ref).norm() / ref.norm())
    assert 0 <= rel < 0.2, (method, rel)


def test_w8a4_hurts_more_than_w8a8(pipe, calib):
    x = torch.randn(2, 4, 16, 16, generator=torch.Generator().manual_seed(1))
    ehs = pipe.encode_prompt([PROMPT, "a dog"], "cpu", 1, False)[0]
    with torch.no_grad():
        ref = pipe.unet(x, 500, ehs).sample
        errs = {}
        for abits in (8, 4):
            unet = quantized_copy(pipe.unet, "qdiffusion", 8, abits, calib)
            errs[abits] = float((unet(x, 500, ehs).sample - ref).norm() / ref.norm())
    assert errs[4] > errs[8] > 0


def test_bad_method_and_bits_list_the_valid_ones(pipe):
    with pytest.raises(PersonalQError) as err:
        make_config("gptq-magic")
    assert "taq" in err.value.hint and "qdiffusion" in err.value.hint
    with pytest.raises(PersonalQError) as err:
        make_config("taq", wbits=3)
    assert "4, 8" in err.value.hint
    with pytest.raises(PersonalQError):
        make_config("taq", abits=16)
    with pytest.raises(PersonalQError):
        make_config("torchao_int8_dyn", wbits=4)
    with pytest.raises(PersonalQError, match="calibration"):
        quantize_unet(copy.deepcopy(pipe.unet), "taq", 8, 8, calib=None)


def test_unet_without_cross_attention_is_refused():
    from diffusers import UNet2DModel

    unet = UNet2DModel(sample_size=8, in_channels=3, out_channels=3, layers_per_block=1,
                       block_out_channels=(16, 32), norm_num_groups=8,
                       down_block_types=("DownBlock2D", "AttnDownBlock2D"),
                       up_block_types=("AttnUpBlock2D", "UpBlock2D"))
    with pytest.raises(PersonalQError, match="no cross-attention"):
        quantize_unet(unet, "naive", 8, 8)
