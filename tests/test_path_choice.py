"""Per-layer forward paths (quant/path_choice.py): the "dequant" path computes the layer with its
int8 weight dequantized and its input in float, keeps nothing float resident, and
`choose_paths` sets one path per int8-capable layer from a forward, reporting what it chose."""

import torch
import torch.nn.functional as F
from torch import nn

from personalq.quant.packed import QuantConv2d, QuantLinear, layer_paths, resident_bytes
from personalq.quant.path_choice import choose_paths, path_summary, reset_paths
from personalq.quant.quantizers import ActQuant, quantize_weight_rtn


def _act(channel_dim=-1, mode="dynamic_token"):
    act = ActQuant(8, mode, symmetric=True, channel_dim=channel_dim)
    if mode == "static_tensor":
        act.calibrate(torch.randn(4096))
    return act


def _packed(layer, act):
    w = layer.weight.detach().reshape(layer.weight.shape[0], -1)
    codes, scale, _ = quantize_weight_rtn(w, 8)
    cls = QuantConv2d if isinstance(layer, nn.Conv2d) else QuantLinear
    return cls.from_codes(layer, codes, scale, None, 8, act)


def test_dequant_path_is_the_int8_weight_with_a_float_input():
    torch.manual_seed(0)
    lin, conv1, conv3 = nn.Linear(48, 40), nn.Conv2d(16, 24, 1), nn.Conv2d(16, 24, 3, padding=1)
    x, xc = torch.randn(2, 30, 48), torch.randn(2, 16, 6, 7)
    for fl, q, inp, act_dim in ((lin, None, x, -1), (conv1, None, xc, 1), (conv3, None, xc, 1)):
        q = _packed(fl, _act(act_dim, "static_tensor" if fl is conv3 else "dynamic_token"))
        before = resident_bytes(q)
        with torch.no_grad():
            y_int = q(inp)
            assert q.last_path == "int8"
            q.prefer = "dequant"
            y_deq = q(inp)
            assert q.last_path == "dequant"
            w = q.dequant_weight2d()
            ref = (F.linear(inp, w, q.float_bias()) if fl is lin else
                   F.conv2d(inp, w.reshape(fl.weight.shape), q.float_bias(), padding=fl.padding))
        assert y_deq.shape == y_int.shape and y_deq.is_contiguous()
        assert torch.allclose(y_deq, ref, rtol=1e-5, atol=1e-5)  # W8A16: weight codes only
        assert resident_bytes(q) == before  # nothing float kept


class _Tiny(nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(1)
        self.conv = _packed(nn.Conv2d(8, 32, 3, padding=1), _act(1, "static_tensor"))
        self.lin = _packed(nn.Linear(32, 16), _act())

    def forward(self, sample):
        h = self.conv(sample)
        return self.lin(h.flatten(2).transpose(1, 2))


def test_choose_paths_sets_and_reports_one_path_per_layer():
    m = _Tiny()
    x = torch.randn(2, 8, 12, 12)
    with torch.no_grad():
        ref = m(x)
    choices = choose_paths(m, {"sample": x}, repeats=2)
    assert set(choices) == {"conv", "lin"}
    for name, c in choices.items():
        assert c["path"] in ("int8", "dequant") and c["int8_us"] > 0 and c["dequant_us"] > 0
        assert (getattr(m, name).__dict__.get("prefer") == "dequant") == (c["path"] == "dequant")
    with torch.no_grad():
        y = m(x)
    assert sum(layer_paths(m).values()) == 2
    assert float((y - ref).norm() / ref.norm()) < 0.05
    kinds = path_summary(choices, m)
    assert sum(sum(v.values()) for v in kinds.values()) == 2
    assert {k for v in kinds.values() for k in v} == {"conv3x3", "linear"}
    reset_paths(m)
    with torch.no_grad():
        m(x)
    assert layer_paths(m) == {"int8": 2}
