"""gdviewer: watch gradient descent take every step."""

__version__ = "0.1.0"
