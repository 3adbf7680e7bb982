"""Peak resident memory of one UNet, measured in a fresh process (`bench quant`'s memory column).

Run as `python -m personalq.bench.rss_probe KIND PATH DTYPE [METHOD]` (KIND: quant, float or
torchao); prints one JSON line {"base_rss_mb", "loaded_rss_mb", "peak_rss_mb"}. Everything
loading needs is imported before the first reading, so the growth is the UNet itself.
"""

from __future__ import annotations

import json
import resource
import sys

import accelerate  # noqa: F401  (imported before the baseline reading, see above)
import diffusers
import diffusers.models.attention_processor  # noqa: F401
import safetensors.torch  # noqa: F401
import torch

from personalq.quant.checkpoint import load_quantized_unet
from personalq.quant.methods import quantize_unet


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0


def forward_once(unet) -> None:
    c = unet.config
    x = torch.randn(2, c.in_channels, c.sample_size, c.sample_size, dtype=unet.dtype)
    e = torch.randn(2, 77, c.cross_attention_dim, dtype=unet.dtype)
    kw = {}
    if c.addition_embed_type == "text_time":
        width = c.projection_class_embeddings_input_dim - 6 * c.addition_time_embed_dim
        kw["added_cond_kwargs"] = {"text_embeds": torch.randn(2, width, dtype=unet.dtype),
                                   "time_ids": torch.zeros(2, 6, dtype=unet.dtype)}
    with torch.no_grad():
        unet(x, 10, e, **kw)


def main(argv: list[str]) -> dict:
    torch.set_num_threads(1)
    kind, path, dtype = argv[0], argv[1], argv[2]
    method = argv[3] if len(argv) > 3 else ""
    if kind == "torchao":
        import torchao.quantization  # noqa: F401  (before the baseline reading)
    base_rss = rss_mb()
    if kind == "quant":
        unet = load_quantized_unet(path)
    else:
        unet = diffusers.UNet2DConditionModel.from_pretrained(path,
                                                              torch_dtype=getattr(torch, dtype))
        if kind == "torchao":
            quantize_unet(unet, method, 8, 8 if method.endswith("dyn") else 16)
    loaded_rss = rss_mb()
    forward_once(unet)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"base_rss_mb": base_rss, "loaded_rss_mb": loaded_rss, "peak_rss_mb": peak}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
