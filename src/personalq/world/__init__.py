"""world stage of PersonalQ."""
