"""PDFs for people who were not there, built from plain session data with reportlab."""
