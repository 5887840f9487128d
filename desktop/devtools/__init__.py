"""Tools for developers, not part of the app a caseworker uses: the benchmark (``bench``) and the
screenshot scripts (``python -m desktop.devtools.screenshots``)."""
