"""PersonalQ: select, quantize and serve personalized text-to-image checkpoints."""

__version__ = "0.1.0"
