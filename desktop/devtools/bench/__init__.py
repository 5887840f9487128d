"""``waystation bench``: every figure of performance.md, measured on the reference casebook.

Benchmarks are not tests: they print figures. GUI figures are measured in process with the
real widgets on the offscreen platform.
"""
