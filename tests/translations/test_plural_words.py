"""Counts read as words (issue 16): "Imported 1 client", not "Imported 1 clients"."""

from __future__ import annotations

import pytest

from tests.support.cli import run
from tests.support.importing import casebook, csv_text, good_row  # noqa: F401 - fixture


@pytest.mark.parametrize("rows,said", [(1, "Imported 1 client.\n"),
                                       (2, "Imported 2 clients.\n")])
def test_the_command_line_import_counts_clients_in_words(casebook, tmp_path, capsys,  # noqa: F811
                                                         rows, said):
    f = tmp_path / "some.csv"
    f.write_text(csv_text(*(good_row(i) for i in range(rows))), encoding="utf-8")
    code, out, err = run(capsys, "import", casebook, "--clients", f)
    assert code == 0 and out == said, err
