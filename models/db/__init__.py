"""The database file: the SQLCipher connection, the store every repository works through
(transactions, audit), the schema and its migrations, atomic file writes and the damage checks."""
