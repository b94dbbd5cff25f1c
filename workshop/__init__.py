"""Workshop: run in-person trainings from a laptop and a projector."""

__version__ = "0.1.0"
