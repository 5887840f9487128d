"""File › Import…: the import assistant over ``models.transfer.importing``."""
