"""The shape of the code base: layering, import cycles, the typed facade, the tests' own
layout."""
