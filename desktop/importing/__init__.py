"""File › Import…: the import assistant over ``models.importing``."""
