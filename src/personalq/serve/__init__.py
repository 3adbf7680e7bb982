"""serve stage of PersonalQ."""
