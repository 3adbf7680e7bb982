"""quant stage of PersonalQ."""
