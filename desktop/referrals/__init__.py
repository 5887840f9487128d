"""The Referrals section."""
