"""Keys and who may open a casebook: key slots, the signed roster, unlocking and its delay,
the one-writer lock, the audit chain's signatures and checkpoints, and process hygiene."""
