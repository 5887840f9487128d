"""The benchmark's arithmetic (issue 18): a p95 only from enough samples, CPU time and load
recorded with every figure. The figures themselves are the benchmark's, never a test's."""

from __future__ import annotations

from desktop.devtools.bench.timing import MIN_P95_SAMPLES, Sample, measure, summarise


def test_no_p95_from_fewer_than_twenty_samples():
    few = summarise("search_keystroke", [float(i) for i in range(10)])
    assert few.p95 is None and few.met is None  # the maximum of 10 runs is not a p95
    enough = summarise("search_keystroke", [float(i) for i in range(MIN_P95_SAMPLES)])
    assert enough.p95 == 18.0 and enough.met is True


def test_every_figure_carries_cpu_time_and_load():
    sample, result = measure(lambda: sum(range(10_000)))
    assert result == sum(range(10_000))
    assert sample.wall_ms >= 0 and sample.cpu_ms is not None and sample.cpu_ms >= 0
    metric = summarise("letter", [sample, Sample(2.0, 1.0, 0.5)])
    as_json = metric.as_dict()
    assert as_json["cpu_median"] is not None and as_json["runs"] == 2
    assert "load_median" in as_json


def test_a_reused_casebook_is_labelled_by_its_own_size(book, book_path):
    """Issue 18: `waystation bench --casebook ref200k.wsdb` labelled its figures 50,000
    clients (and held them to the 50,000-client targets) unless --clients was given too."""
    from desktop.devtools.bench.runner import count_clients
    from models.clients import Client
    from tests.conftest import PASS

    book.clients.add_many([Client(f"Person {i}") for i in range(7)])
    book.close()
    assert count_clients(book_path, PASS, user="ana") == 7
