"""The fictional demo casebook (``waystation demo``, screenshots, the benchmark). Fiction, kept
out of the domain's namespace."""
