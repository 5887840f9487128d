"""Everything the detail area shows about one sponsorship, read in one worker call, and the
base every part of the detail area builds on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.model_labels import model_words
from desktop.widgets.tab_controls import TabControls
from models.sponsorship.repository import (
    DUTY_KINDS,
    BudgetView,
    CheckIn,
    Disbursement,
    Duty,
    FamilyLink,
    Member,
    Pledge,
    Sponsorship,
)

if TYPE_CHECKING:  # types only: the detail is read from the open casebook
    from models.casebook import Casebook

# Changes entities after which an open sponsorship is read again.
ENTITIES = ("sponsorships", "sponsorship_members", "sponsorship_pledges",
            "sponsorship_disbursements", "sponsorship_duties", "followups", "screenings",
            "clients", "users")


@dataclass(frozen=True)
class Detail:
    sponsorship: Sponsorship
    members: list[Member] = field(default_factory=list)
    family: list[FamilyLink] = field(default_factory=list)
    duties: list[Duty] = field(default_factory=list)
    checkins: list[CheckIn] = field(default_factory=list)
    pledges: list[Pledge] = field(default_factory=list)
    disbursements: list[Disbursement] = field(default_factory=list)
    budget: BudgetView | None = None
    screening: Any = None  # models.screening.saved.SavedScreening, the latest readiness run
    pack: Any = None  # the readiness pack, to name the questions behind a finding
    user_names: dict[int, str] = field(default_factory=dict)
    # The readiness findings evaluated again in the interface's language (same answers, same
    # rule version, same findings as saved), or None to show the saved words.
    shown_result: Any = None

    @property
    def id(self) -> int:
        return self.sponsorship.id  # type: ignore[return-value]


def load_detail(book: Casebook, sponsorship_id: int) -> Detail:
    """Runs on the worker."""
    sp = book.sponsorships
    record = sp.get(sponsorship_id)
    screening = pack = None
    if record.screening_id is not None:
        screening = book.screenings.get(record.screening_id)
        pack = book.screenings.current_pack(screening.pack_id)
    return Detail(record, sp.members(sponsorship_id), sp.family(sponsorship_id),
                  sp.duties(sponsorship_id), sp.checkins(sponsorship_id),
                  sp.pledges(sponsorship_id), sp.disbursements(sponsorship_id),
                  sp.budget(sponsorship_id), screening, pack, book.users.names(),
                  _in_interface_language(book, screening, pack))


def _in_interface_language(book: Casebook, screening: Any, pack: Any) -> Any:
    """The saved readiness check's findings in the interface's language, when it was saved
    in another: its answers evaluated again by the version it ran under. Kept only when
    they give the same result and findings as saved; otherwise None (the saved words)."""
    from desktop.clientfile.pack_language import screening_lang

    lang = screening_lang()
    if screening is None or pack is None or screening.lang == lang \
            or pack.version != screening.pack_version:
        return None
    try:
        result = book.screenings.evaluate(screening.pack_id, screening.answers, lang)
    except Exception:  # noqa: BLE001 - the saved words are shown instead
        return None
    same = (result.summary == screening.summary
            and [f.id for f in result.findings] == [f["id"] for f in screening.findings])
    return result if same else None


def duty_words(duty: Duty) -> str:
    """A duty as shown: its own title (typed by a person), else its kind's words."""
    return duty.title or model_words(DUTY_KINDS.get(duty.kind, duty.kind))


class DetailPart(TabControls, QWidget):
    """One tab of the detail area. ``show_detail`` fills it from a fresh ``Detail``."""

    title = ""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.detail: Detail | None = None

    @property
    def sponsorship_id(self) -> int | None:
        return self.detail.id if self.detail is not None else None

    def show_detail(self, detail: Detail) -> None:
        raise NotImplementedError


    def run(self, fn: Callable[[Any], Any], message: str = "") -> None:
        """Call the repository on the worker; the page reloads from the Changes."""
        done = (lambda _r: self.ctx.status_message.emit(message)) if message else None
        self.ctx.run(fn, done, self)
