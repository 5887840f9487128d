"""The Group-of-Five rule (IRPR 138: at least five eligible members) lives in models/: the
desktop's Members tab and ``waystation list sponsorships`` give the same warning for the
same group (issue 19, problem 3)."""

from __future__ import annotations

import json

from desktop.sponsorships.detail import Detail
from desktop.sponsorships.members import MembersPart
from models.sponsorship.repository import Member, Sponsorship, group_size
from tests.conftest import PASS
from tests.support.cli import run

SHORT = "3 eligible — a Group of Five needs at least 5"


def _group(book, sponsor_type: str = "group_of_five", eligible: int = 3) -> int:
    sp = book.sponsorships
    sid = sp.create(Sponsorship("Cedar Group", sponsor_type)).id_of("sponsorships")
    for i in range(6):
        sp.add_member(Member(sid, f"Member {i}", eligible=i < eligible))
    return sid


def test_models_answer_the_group_of_five_question(book):
    sid = _group(book)
    group = book.sponsorships.group_size(sid)
    assert (group.members, group.eligible, group.short) == (6, 3, True)
    assert group.warning == SHORT
    assert group.template is not None and group.values == {"n": 3, "minimum": 5}
    # A community sponsor has no such minimum; five eligible members are enough.
    assert not book.sponsorships.group_size(_group(book, "community_sponsor")).short
    enough = group_size("group_of_five", [Member(sid, "x", eligible=True)] * 5)
    assert not enough.short and enough.warning is None
    # The readiness screening counts the same members.
    assert book.sponsorships.readiness_answers(sid)["eligible_group_members"] == 3


def test_the_desktop_and_the_command_line_give_the_same_warning(qtbot, ctx, book, book_path,
                                                                capsys, monkeypatch):
    sid = _group(book)
    part = MembersPart(ctx, lambda: [])
    qtbot.addWidget(part)
    part.show_detail(Detail(book.sponsorships.get(sid), book.sponsorships.members(sid)))
    assert part.count.text() == "6 members · " + SHORT
    assert part.count.property("class") == "fieldProblem"

    monkeypatch.setenv("WAYSTATION_USER", "ana")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASS)
    ctx.worker.drain()
    book.close()
    code, out, err = run(capsys, "list", book_path, "sponsorships", "--json")
    assert code == 0, err
    (row,) = json.loads(out)
    assert (row["eligible_members"], row["group_of_five_short"], row["warning"]) \
        == (3, True, SHORT)
    code, out, err = run(capsys, "list", book_path, "sponsorships")
    assert code == 0, err
    assert out.splitlines()[-1] == f"warning: sponsorship {sid}: {SHORT}"
