"""Clients and the client file: records, duplicates, purge and retention."""
