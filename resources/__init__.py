"""Files Waystation reads at run time: rule packs, letter texts, fonts, icons, the user guide.

A package (not code) so the wheel and the desktop bundles carry it; read it only through
``models.resource_files``.
"""
