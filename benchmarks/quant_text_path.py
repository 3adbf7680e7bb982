"""`python benchmarks/quant_text_path.py [N]` (N samples, default 32): the text path alone at
4 bits. Image path W8A8 (group-wise activations); cross-attention text K/V (to_k/to_v inputs
and outputs) and cross-attention probabilities at 4 bits. Isolates what TAQ's
protection acts on: each method is quantized twice (W8A8 and W8A4, group-wise image path) and
the A4 copy's text quantizers are put into the A8 copy. Numbers: docs/results.md."""
import json, sys, time
from pathlib import Path

import torch

OUT = Path(__file__).parent / "results" / "quant_text_path.json"
torch.set_num_threads(2)
from personalq.bench import quant_bench as B
from personalq.quant.calibrate import calibrate
from personalq.quant.methods import quantized_copy
from personalq.quant.taq import cross_attention_modules

n = int(sys.argv[1]) if len(sys.argv) > 1 else 32
pipe, concept, card = B._world_setup("bruno")
prompts, scenes, seeds = B._world_eval_set(concept, n)
judging = B.Judging(concept, prompts, scenes, seeds)
steps, guidance, trig = 10, 5.0, concept.trigger
calib = calibrate(pipe, B._world_calib_prompts(concept, 32), steps=steps, timesteps=10,
                  guidance_scale=guidance, batch_size=16, progress=False)
calib.stats_for(pipe.unet, progress=False)
ref = B.generate_images(pipe, prompts, seeds, steps=steps, guidance=guidance, trigger=trig)
fp = pipe.unet
out = [{"method": "fp32", **judging.score(ref), "psnr": float("inf")}]
print(out[-1], flush=True)
ov = dict(act_mode="dynamic_group", text_act_mode="static_tensor", act_group=16)
for method in ["qdiffusion", "mixdq", "textkv", "taq", "taq_bos", "taq_uniform"]:
    u8 = quantized_copy(fp, method, 8, 8, calib, **ov)
    u4 = quantized_copy(fp, method, 8, 4, calib, **ov)
    m4 = dict(cross_attention_modules(u4))
    for name, attn in cross_attention_modules(u8):
        a4 = m4[name]
        attn.to_k.act, attn.to_v.act = a4.to_k.act, a4.to_v.act
        attn.quant.k, attn.quant.v, attn.quant.prob = a4.quant.k, a4.quant.v, a4.quant.prob
    u8.taq_trigger = trig
    pipe.unet = u8
    t = time.time()
    imgs = B.generate_images(pipe, prompts, seeds, steps=steps, guidance=guidance, trigger=trig)
    pipe.unet = fp
    out.append({"method": method, **judging.score(imgs), "psnr": B.psnr(imgs, ref)})
    print(out[-1], f"{time.time()-t:.0f}s", flush=True)
json.dump(out, open(str(OUT), "w"), indent=1)
