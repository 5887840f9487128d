"""Guards on how the hot paths work (query plans, the benchmark's arithmetic); timings live in
the benchmark, not here."""
