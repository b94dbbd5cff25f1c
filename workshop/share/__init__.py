"""Room share: serves one session's summary to phones on the local network."""
