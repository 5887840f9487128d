"""PDF documents built with reportlab from plain data. Never imports Qt."""
