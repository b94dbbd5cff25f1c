"""Small reusable widgets shared by the control window and the projector."""
