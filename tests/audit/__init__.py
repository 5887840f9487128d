"""The audit trail: chaining, signatures, checkpoints and verify (S7)."""
