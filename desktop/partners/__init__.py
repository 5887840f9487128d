"""The Partners section: the directory of partner organisations."""
