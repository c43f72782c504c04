"""Limits of the values a user can enter, shared by every experiment and the command line."""

MAX_STEPS = 1_000_000
#: Steps per racer of a race. Six racers record about 150 bytes per step
#: each (Adam with its moments), so 100,000 steps take about 90 MB.
MAX_RACE_STEPS = 100_000
MAX_LEARNING_RATE = 1000.0
MAX_ABS_START = 1e6
#: Largest |x| or |y| of a point added or moved in the window.
MAX_ABS_DATA = 1e12
