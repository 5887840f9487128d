"""The Sponsorships section: the group's undertaking, its money, plan and check-ins."""
