"""The client file: one window per client, one module per tab."""
