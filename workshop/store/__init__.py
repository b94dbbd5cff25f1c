"""The library on disk: SQLite through sqlite-utils, migrations, decks and sessions."""
