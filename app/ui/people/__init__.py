"""People & occupations: the occupations to explore, the people for each, where their names came from,
the call script, and scheduling.
"""
