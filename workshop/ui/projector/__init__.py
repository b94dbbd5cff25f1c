"""The audience window on the projector."""
