"""The frozen bundles' entry point: the same `waystation` command line and desktop app."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
