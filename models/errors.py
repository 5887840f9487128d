"""Typed errors of the casebook.

Every error carries a message that is one plain sentence a person can act on; the GUI and
the command line show ``str(error)`` and nothing else. Messages never contain personal data.
"""

from __future__ import annotations


class Label(str):
    """A value of an error's template that is a label (a status, a role, an action): it reads
    as ``text`` in English, and the desktop shows ``label`` translated in context "models"."""

    label: str

    def __new__(cls, text: str, label: str | None = None) -> Label:
        obj = super().__new__(cls, text)
        obj.label = text if label is None else label
        return obj


class WaystationError(Exception):
    """Base of every error a user may see. ``exit_code`` is used by the command line.

    An error with a value in its sentence keeps its English ``template`` and its ``values``
    apart (``Conflict.of("A … {status} …", status=…)``): ``str()`` is the English sentence,
    and the desktop translates the template and fills the values in (models/ has no Qt)."""

    exit_code = 1
    default = "Something went wrong."

    def __init__(self, message: str | None = None, *, template: str | None = None,
                 values: dict[str, object] | None = None) -> None:
        self.template = template
        self.values = dict(values or {})
        if message is None and template is not None:
            message = template.format(**self.values)
        super().__init__(message or self.default)

    @classmethod
    def of(cls, template: str, /, **values: object) -> WaystationError:
        """The error whose sentence is ``template.format(**values)``, translatable."""
        return cls(template=template, values=values)

    @property
    def message(self) -> str:
        return str(self)


class WrongPassphrase(WaystationError):
    default = "Wrong passphrase."


class TooManyAttempts(WrongPassphrase):
    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__(f"Too many wrong passphrases; wait {seconds} seconds and try again.")


class UnknownUser(WaystationError):
    default = "There is no such user in this casebook."


class CasebookLocked(WaystationError):
    default = "The casebook is locked; unlock it first."


class CasebookInUse(WaystationError):
    default = "This casebook is already open on this computer."


class CasebookHasTwoNames(WaystationError):
    """The database file has a second name (a hard link): SQLite keeps its journal (WAL) by
    name, so changes made through one name would be invisible through, and later lost to, the
    other; the lock alone cannot prevent that (review #6)."""

    default = ("This casebook's file also has another name on this computer (a hard link), "
               "and changes made through one name can be lost through the other: delete the "
               "extra name and open the casebook by its original name.")


class CasebookCorrupt(WaystationError):
    """A file of the casebook is damaged. ``path`` names the damaged file."""

    def __init__(self, message: str | None = None, path: str | None = None, *,
                 template: str | None = None, values: dict[str, object] | None = None) -> None:
        self.path = path
        if message is None and template is None:
            where = f" ({path})" if path else ""
            message = f"The casebook file is damaged{where}; restore it from a backup."
        super().__init__(message, template=template, values=values)

    # Not WaystationError.of's signature, on purpose: ``path`` names the damaged file, it is
    # not a value of the sentence; only mypy's override check is silenced.
    @classmethod
    def of(cls, template: str, /, path: str | None = None,  # type: ignore[override]
           **values: object) -> CasebookCorrupt:
        return cls(path=path, template=template, values=values)


class ChangeFailed(WaystationError):
    """A change to the accounts (keys) could not be completed; the casebook is intact."""

    default = ("The change failed (the disk may be full or not writable); nothing was lost "
               "and every member can still open the casebook. Try again.")


class CasebookNotFound(WaystationError):
    exit_code = 2
    default = "There is no casebook at that path."


class PermissionDenied(WaystationError):
    default = "Your role does not allow this."


class InvalidInput(WaystationError):
    """Bad input from a person or a file. ``field`` names what is wrong."""

    exit_code = 2

    def __init__(self, field: str, reason: str, *, template: str | None = None,
                 values: dict[str, object] | None = None) -> None:
        self.field = field
        self.reason = reason
        # A reason with a value in it keeps its English template and the values apart, so
        # the desktop can translate the template and fill the values in (models/ has no Qt).
        super().__init__(f"{field}: {reason}", template=template, values=values)

    # Not WaystationError.of's signature, on purpose: an input error always names its field
    # first, as InvalidInput(field, reason) does; only mypy's override check is silenced.
    @classmethod
    def of(cls, field: str, template: str, /,  # type: ignore[override]
           **values: object) -> InvalidInput:
        """An error whose reason is ``template.format(**values)``: ``str()`` and ``.reason``
        are that English sentence, and ``.template``/``.values`` let it be translated."""
        return cls(field, template.format(**values), template=template, values=values)


class NotFound(WaystationError):
    exit_code = 2

    def __init__(self, kind: str, ident: object) -> None:
        self.kind = kind
        self.ident = ident
        super().__init__(f"There is no {kind} with id {ident}.")


class Conflict(WaystationError):
    default = "This change conflicts with the current state; reload and try again."


class DiskFull(WaystationError):
    default = "The disk is full; nothing was changed. Free some space and try again."


class ReadOnlyCasebook(WaystationError):
    """The casebook was opened read-only (its disk is full, or its file, folder or drive
    cannot be written): reading, printing and backing up work, changes do not."""

    def __init__(self, reason: str = "its file cannot be written") -> None:
        self.reason = reason
        super().__init__(f"This casebook is open read-only because {reason}; changes are not "
                         "possible.")
