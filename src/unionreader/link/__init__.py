"""The link stage's reading across documents: terms (提法) and related passages."""
