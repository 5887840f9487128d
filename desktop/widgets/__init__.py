"""The widget kit every window shares: the table model (``rows_model``), the editing dialog layout,
tab action buttons, the passphrase meter and the wheel guard."""
