"""The command line: start-up, init, listings."""
