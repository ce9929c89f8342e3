"""Small pieces the areas share: the table model fed plain rows, the chart, the one autosaver, retried
writes, dates and translation helpers.
"""
