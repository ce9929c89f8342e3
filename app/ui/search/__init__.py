"""Search across every interview."""
