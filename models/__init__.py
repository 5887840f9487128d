"""The casebook: domain types, storage, encryption and screening. Never imports Qt."""
