"""bench stage of PersonalQ."""
