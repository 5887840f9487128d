"""The wheel, the bundles and the desktop program's conventions."""
