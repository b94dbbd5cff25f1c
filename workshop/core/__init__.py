"""The domain in plain Python: decks, sessions, commands and what the room sees."""
