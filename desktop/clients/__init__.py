"""Clients: the whole casebook as a lazily loaded, searchable table, and the new-client form."""
