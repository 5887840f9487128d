"""The first letter of a session, paid for before anyone asks for it (issue 18, letter_cold).

A process's first letter costs about 0.4 s of CPU more than the next one: importing reportlab's
``platypus`` (its paragraph module compiles large regular expressions at import), our layout,
wording and shaping modules, parsing the Noto Sans TTFs, and reportlab's first-use caches.
The desktop runs :func:`preload` on a background thread from the moment the unlock window is
shown (desktop/app.py), so the letter a caseworker prints later costs what a warm one does.
It renders one letter from ``reports.samples`` (fictional data; the bytes are dropped,
nothing is written or logged) and parses every letter language's texts.
The fallback fonts (Arabic, Ethiopic, CJK) stay lazy: most letters never need them.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_done = threading.Event()
_started = False


def preload() -> None:
    """Import what a referral letter needs, register the fonts and render one sample letter.

    Runs once per process; later calls (from any thread) return at once. Never raises: a
    failure here only means the first real letter pays the cost itself, and reports its own
    error then.
    """
    global _started
    with _lock:
        if _started:
            return
        _started = True
    try:
        # First what unlocking imports anyway (the desktop's Unlock button imports it on the
        # GUI thread): when the preload starts with the unlock window, this part is done
        # while the passphrase is typed, and an unlock started sooner shares it instead of
        # competing with the rest, which then overlaps the key derivation (it releases the
        # GIL). Modules only: nothing here opens a casebook.
        import models.casebook  # noqa: F401 (imported to warm)
        from reports import casebook_data, fonts, samples  # noqa: F401 (imported to warm)
        from reports.data import LANGUAGES
        from reports.letter import referral_letter
        from reports.texts import texts_for

        fonts.register()
        # A letter is worded in its partner's language: each one's texts parsed now, not
        # in the first French or Spanish letter (~20 ms of YAML each).
        for lang in LANGUAGES:
            texts_for(lang)
        referral_letter(samples.letter())
    except Exception:  # noqa: BLE001 — see the docstring: the real letter will say what broke
        pass
    finally:
        _done.set()


def start_in_background() -> threading.Thread | None:
    """Run :func:`preload` on a daemon thread (it never touches the casebook); None when it
    has already started in this process."""
    if _started:
        return None
    thread = threading.Thread(target=preload, name="reports-preload", daemon=True)
    thread.start()
    return thread


def wait(timeout: float | None = None) -> bool:
    """Block until a started preload has finished (the benchmark measures after it)."""
    return _done.wait(timeout)
