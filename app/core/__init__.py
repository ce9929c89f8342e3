"""The product's rules in plain Python. Nothing here may import Qt."""
