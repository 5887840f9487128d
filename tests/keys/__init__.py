"""Key slots, the signed roster, format upgrades, members and permissions."""
