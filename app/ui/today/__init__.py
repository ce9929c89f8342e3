"""Today: what is coming up, what is due, and how far each occupation has got."""
