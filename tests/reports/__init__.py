"""Printed documents: letters, packets, reports and their fonts and scripts."""
