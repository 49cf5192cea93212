"""Ingest: files -> clean, normalised, chunked documents with metadata."""
