"""Private sponsorships: the ``Sponsorships`` repository (``repository``) composed of its records,
the group and settlement plan, the money and budget arithmetic, and its tables."""
