"""Tooling shared by the held-out sets 3-7: build their documents, verify their questions."""
