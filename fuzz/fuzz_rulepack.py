"""Fuzz target: rule packs as text (models.screening.load_pack_text)."""

import atheris

with atheris.instrument_imports():
    import _common

    from models.screening import load_pack_text

PACK = sorted((_common.ROOT / "resources" / "rulepacks").rglob("*.yaml"))[0].read_text("utf-8")


def target(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    if fdp.ConsumeBool():  # mutate the real pack: cut it and splice fuzz text in
        at = fdp.ConsumeIntInRange(0, len(PACK))
        text = PACK[:at] + fdp.ConsumeUnicodeNoSurrogates(64) + PACK[at + fdp.ConsumeIntInRange(
            0, 64):]
    else:
        text = fdp.ConsumeUnicodeNoSurrogates(4096)
    load_pack_text(text, source="fuzz.yaml")


if __name__ == "__main__":
    _common.run("rulepack", target)
