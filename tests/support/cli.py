"""Running the command line in-process and checking its bad-input answer."""

from __future__ import annotations

from desktop.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse's own errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def assert_bad_input(code: int, err: str) -> None:
    assert code == 2
    assert err.startswith("waystation: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
