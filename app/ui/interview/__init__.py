"""One interview: choosing it, preparing its questions (the bank, the picked list, saved sets), and the
live page with notes and answers.
"""
