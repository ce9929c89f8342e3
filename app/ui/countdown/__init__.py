"""The 20-minute countdown on screen: its one controller, the strip, the projector window, the stage's
look and alerts, and the next-steps cue.
"""
