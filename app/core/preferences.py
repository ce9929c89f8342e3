"""Keys of the person's preferences kept in the store (values are JSON)."""

PROFILE_NAME_KEY = "profile.name"  # the person's own name, to sign thank-you and update notes
