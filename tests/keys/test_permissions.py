"""Permissions are enforced in the domain (S6): every coordinator-only operation refuses a
volunteer (and a caseworker), whatever the interface."""

from __future__ import annotations

import pytest

from models.clients import Client
from models.errors import PermissionDenied
from models.partners import Partner
from models.permissions import Action, allowed, why_not
from models.screening import casebook_packs as rulepacks
from models.security.keyslots import KdfParams
from models.settings import Letterhead
from models.transfer import backup


@pytest.fixture
def people(book, open_as, tmp_path):
    book.clients.add(Client("Amal Haddad"))
    book.partners.add(Partner("Clinic", services=("legal",)))
    book.users.add("vic", "volunteer", "volunteer pass", kdf=KdfParams())
    book.users.add("cas", "caseworker", "caseworker pass", kdf=KdfParams())
    book.close()
    return {"volunteer": lambda: open_as("vic", "volunteer pass"),
            "caseworker": lambda: open_as("cas", "caseworker pass")}


COORDINATOR_ONLY = {
    "add user": lambda b, t: b.users.add("x", "volunteer", "some passphrase"),
    "remove user": lambda b, t: b.users.remove(1),
    "change role": lambda b, t: b.users.set_role(1, "volunteer"),
    "export backup": lambda b, t: backup.write_backup(b, t / "b.wsbak"),
    "purge client": lambda b, t: b.clients.purge(1),
    "import clients": lambda b, t: b.clients.add_many([Client("New")]),
    "delete partner": lambda b, t: b.partners.delete(1),
    "change setting": lambda b, t: b.settings.set("auto_lock_minutes", 3),
    "change letterhead": lambda b, t: b.settings.set_letterhead(Letterhead(org_name="X")),
    "import rule pack": lambda b, t: rulepacks.import_pack(b.store, t / "pack.yaml"),
}


@pytest.mark.parametrize("role", ["volunteer", "caseworker"])
@pytest.mark.parametrize("name", sorted(COORDINATOR_ONLY))
def test_coordinator_only_operations_refuse_others(people, role, name, tmp_path):
    b = people[role]()
    before = b.store.one("SELECT count(*) FROM audit")[0]
    with pytest.raises(PermissionDenied):
        COORDINATOR_ONLY[name](b, tmp_path)
    # Refused before anything was written (the open itself wrote one entry).
    assert b.store.one("SELECT count(*) FROM audit")[0] == before
    assert not (tmp_path / "b.wsbak").exists()


VOLUNTEER_REFUSED = {
    "add client": lambda b: b.clients.add(Client("Someone")),
    "edit partner": lambda b: b.partners.add(Partner("P")),
    "create referral": lambda b: b.referrals.transition(1, "sent"),
}


@pytest.mark.parametrize("name", sorted(VOLUNTEER_REFUSED))
def test_volunteer_cannot_change_case_records(people, name):
    with pytest.raises(PermissionDenied):
        VOLUNTEER_REFUSED[name](people["volunteer"]())


def test_volunteer_can_view_and_add_notes(people):
    b = people["volunteer"]()
    assert b.clients.get(1).display_name == "Amal Haddad"
    b.notes.add(1, "Called back, all fine.")


def test_tooltips_explain_why():
    assert not allowed("volunteer", Action.EXPORT)
    assert why_not("volunteer", Action.EXPORT) == "Only a coordinator can export casebook data."
    assert "caseworker" in why_not("volunteer", Action.EDIT_CLIENT)
    assert why_not("coordinator", Action.EXPORT) is None
