"""Fuzz target: screening answers (models.screening.evaluate on any JSON document)."""

import json

import atheris

with atheris.instrument_imports():
    import _common  # noqa: F401

    from models.screening import available_packs, evaluate, load_pack

PACKS = [load_pack(p) for p in available_packs()]


def target(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    pack = PACKS[fdp.ConsumeIntInRange(0, len(PACKS) - 1)]
    try:
        answers = json.loads(fdp.ConsumeUnicodeNoSurrogates(2048))
    except (ValueError, RecursionError):
        return  # not JSON: the readers in front of evaluate refuse it (tested elsewhere)
    if fdp.ConsumeBool() and isinstance(answers, dict):
        answers = {**pack.examples[0].answers, **answers}
    evaluate(pack, answers)


if __name__ == "__main__":
    _common.run("answers", target)
