"""diffusion stage of PersonalQ."""
