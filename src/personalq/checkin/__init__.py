"""checkin stage of PersonalQ."""
