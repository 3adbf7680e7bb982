"""PersonalQ: select, quantize and serve personalized text-to-image checkpoints."""

import logging as _logging

__version__ = "0.1.0"

# transformers imports torchao when it is installed; torchao then logs about CUDA-only kernels and
# deprecated pytree registrations that mean nothing on a CPU machine. Keep user output clean.
for _name in ("torchao", "torch.utils._pytree"):
    _logging.getLogger(_name).setLevel(_logging.ERROR)
