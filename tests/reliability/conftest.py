"""Fixtures shared by the reliability tests of verify's page check."""

from __future__ import annotations

import pytest

from models.clients import Client


@pytest.fixture
def filled(book, book_path):
    """A closed casebook of a few dozen pages, and its data key."""
    book.clients.add_many([Client(f"Client {i}", city="Ottawa", safe_contact="x" * 300)
                           for i in range(120)])
    key = bytes(book._key)
    book.close()
    return book_path, key
