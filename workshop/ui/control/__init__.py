"""The facilitator's windows and panels."""
