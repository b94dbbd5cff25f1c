"""The deck editor: decks, their cards, and the card form with its preview."""
