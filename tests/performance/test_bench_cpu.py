"""Every time figure of the benchmark carries the CPU time it took (issue 18), and the first
letter of a session is measured in a new app process as a person gets it. Only that the
figures are recorded is tested, never their size (the benchmark judges that)."""

from __future__ import annotations

from desktop.devtools.bench import first_letter, gui
from desktop.devtools.bench.timing import summarise
from tests.conftest import PASS
from tests.support.documents import make_casebook


def test_the_unlock_letter_and_scrolling_figures_record_cpu_time(qtbot, book, book_path):
    _, _, referral_id = make_casebook(book)
    book.close()
    metrics = [gui.start_to_unlock_window(1)]
    bench = gui.GuiBench(book_path, "ana", PASS)
    try:
        kdf, first_page = bench.unlock()
        metrics += [summarise("unlock_kdf", kdf), summarise("unlock_first_page", first_page),
                    summarise("letter_first_in_app", [bench.first_letter(referral_id)])]
        longest, rows, _ = bench.scroll_to_end()
        assert rows >= 1
        metrics += [summarise("scroll_longest_block", [longest]),
                    summarise("scroll_during_search", [bench.scroll_during_search()])]
    finally:
        bench.close()
    for metric in metrics:
        assert metric.as_dict()["cpu_median"] is not None, metric.name


def test_the_first_letter_of_a_session_is_timed_in_a_new_app_process(book, book_path):
    """Unlock window, unlock, first page, then the letter preview's own worker job: the
    child reports the letter, the preview and the unlock, each with its CPU time."""
    _, _, referral_id = make_casebook(book)
    book.close()
    got = first_letter.run(book_path, referral_id,
                           {"WAYSTATION_PASSPHRASE": PASS, "WAYSTATION_BENCH_USER": "ana"})
    assert set(got) == {"letter", "preview", "unlock"}
    for sample in got.values():
        assert sample.wall_ms > 0 and sample.cpu_ms is not None
    assert summarise("letter_cold", [got["letter"]]).as_dict()["cpu_median"] is not None
