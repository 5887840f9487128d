# ruff: noqa: E501 - one label a line, as lupdate and a translator read them
"""Labels and sentences that come from models/ (which never imports Qt), listed once so that
lupdate extracts them into the core catalogue (context "models"). The desktop translates
them where it shows them: ``QCoreApplication.translate("models", english)`` — roles, the
passphrase strength words, and the fixed sentences of the errors models/ raises (shown by
desktop/errors.py). Generated from models/ by listing every literal error sentence, every
``InvalidInput`` field and literal reason, and the template of every ``InvalidInput.of``
reason (a reason with a value in it); a reason built with a value another way stays English.

Every English word of models/ shown anywhere in the interface is listed here, once: the
errors and roles above, then the stored values and screening words of the client file,
the client list and Today, then those of the records (sponsorships, partners,
referrals, the import assistant, reports). Show one with ``model_words``; a stored
value (``legal_aid``) with ``desktop.widgets.rows_model.label``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# -- error messages
QT_TRANSLATE_NOOP("models", 'Something went wrong.')
QT_TRANSLATE_NOOP("models", 'Wrong passphrase.')
QT_TRANSLATE_NOOP("models", 'There is no such user in this casebook.')
QT_TRANSLATE_NOOP("models", 'The casebook is locked; unlock it first.')
QT_TRANSLATE_NOOP("models", 'This casebook is already open on this computer.')
QT_TRANSLATE_NOOP("models", "This casebook's file also has another name on this computer (a hard link), and changes made through one name can be lost through the other: delete the extra name and open the casebook by its original name.")
QT_TRANSLATE_NOOP("models", 'The change failed (the disk may be full or not writable); nothing was lost and every member can still open the casebook. Try again.')
QT_TRANSLATE_NOOP("models", 'There is no casebook at that path.')
QT_TRANSLATE_NOOP("models", 'Your role does not allow this.')
QT_TRANSLATE_NOOP("models", 'This change conflicts with the current state; reload and try again.')
QT_TRANSLATE_NOOP("models", 'The disk is full; nothing was changed. Free some space and try again.')
QT_TRANSLATE_NOOP("models", "This casebook's key file is from an older version, which cannot do this.")
QT_TRANSLATE_NOOP("models", 'Only the member who signed the roster can re-key.')
QT_TRANSLATE_NOOP("models", 'A casebook needs at least one coordinator.')
QT_TRANSLATE_NOOP("models", 'You cannot remove your own account.')
QT_TRANSLATE_NOOP("models", 'The key file has no recovery slot.')
QT_TRANSLATE_NOOP("models", 'The key file has no slot for a member on the roster.')
QT_TRANSLATE_NOOP("models", 'The change was made but could not be recorded in the database; the next opening records it.')
QT_TRANSLATE_NOOP("models", 'This client is already part of the sponsored family.')
QT_TRANSLATE_NOOP("models", 'This consent was already withdrawn.')
QT_TRANSLATE_NOOP("models", 'A referral that was sent can no longer be edited.')
QT_TRANSLATE_NOOP("models", 'There is not enough free space for the restored casebook; nothing was written.')
QT_TRANSLATE_NOOP("models", 'The casebook is damaged; the backup was not written.')
QT_TRANSLATE_NOOP("models", 'The casebook changed size while it was read; the backup was not written.')
QT_TRANSLATE_NOOP("models", 'Only a coordinator can erase this casebook (a coordinator can let every user do it in the settings).')
QT_TRANSLATE_NOOP("models", "The casebook's database cannot be read, so your role cannot be checked; erase it with the recovery key.")
QT_TRANSLATE_NOOP("models", "The casebook's key file is missing; without it the casebook is already unreadable.")
QT_TRANSLATE_NOOP("models", 'Wrong user name or passphrase.')
QT_TRANSLATE_NOOP("models", 'A key slot has been tampered with; it was refused.')
QT_TRANSLATE_NOOP("models", 'The key file names an unknown key derivation.')
QT_TRANSLATE_NOOP("models", 'A key slot is weaker than Waystation allows; it was refused.')
QT_TRANSLATE_NOOP("models", 'A key slot asks for more work than Waystation allows (at most 1 GiB and 16 iterations); it was refused.')
QT_TRANSLATE_NOOP("models", 'The key file holds two slots with the same id.')
QT_TRANSLATE_NOOP("models", 'This pledge is already received.')
QT_TRANSLATE_NOOP("models", 'This member still has open duties; reassign them first.')
QT_TRANSLATE_NOOP("models", 'This duty is already closed.')
QT_TRANSLATE_NOOP("models", 'A volunteer can only mark their own duties done.')
QT_TRANSLATE_NOOP("models", 'Nothing can be printed for this referral: there is no valid consent to share information with this partner.')
QT_TRANSLATE_NOOP("models", 'A volunteer can only update follow-ups assigned to them.')
QT_TRANSLATE_NOOP("models", 'This follow-up is already closed.')

# -- what was not found
QT_TRANSLATE_NOOP("models", 'user')
QT_TRANSLATE_NOOP("models", 'partner')
QT_TRANSLATE_NOOP("models", 'family link')
QT_TRANSLATE_NOOP("models", 'consent record')
QT_TRANSLATE_NOOP("models", 'referral')
QT_TRANSLATE_NOOP("models", 'pledge')
QT_TRANSLATE_NOOP("models", 'disbursement')
QT_TRANSLATE_NOOP("models", 'client')
QT_TRANSLATE_NOOP("models", 'sponsorship')
QT_TRANSLATE_NOOP("models", 'attachment')
QT_TRANSLATE_NOOP("models", 'screening')
QT_TRANSLATE_NOOP("models", 'group member')
QT_TRANSLATE_NOOP("models", 'duty')
QT_TRANSLATE_NOOP("models", 'follow-up')

# -- why a casebook is read-only
QT_TRANSLATE_NOOP("models", 'its file cannot be written')
QT_TRANSLATE_NOOP("models", 'its disk is full')
QT_TRANSLATE_NOOP("models", 'its drive is read-only')
QT_TRANSLATE_NOOP("models", 'its folder cannot be written')

# -- roles
QT_TRANSLATE_NOOP("models", 'coordinator')
QT_TRANSLATE_NOOP("models", 'caseworker')
QT_TRANSLATE_NOOP("models", 'volunteer')

# -- passphrase strength
QT_TRANSLATE_NOOP("models", 'very weak')
QT_TRANSLATE_NOOP("models", 'weak')
QT_TRANSLATE_NOOP("models", 'fair')
QT_TRANSLATE_NOOP("models", 'strong')
QT_TRANSLATE_NOOP("models", 'very strong')

# -- fields of InvalidInput
QT_TRANSLATE_NOOP("models", 'user name')
QT_TRANSLATE_NOOP("models", 'birth_year')
QT_TRANSLATE_NOOP("models", 'relationship')
QT_TRANSLATE_NOOP("models", 'document')
QT_TRANSLATE_NOOP("models", 'fields')
QT_TRANSLATE_NOOP("models", 'given_how')
QT_TRANSLATE_NOOP("models", 'valid_until')
QT_TRANSLATE_NOOP("models", 'service')
QT_TRANSLATE_NOOP("models", 'lang')
QT_TRANSLATE_NOOP("models", 'status')
QT_TRANSLATE_NOOP("models", 'consent')
QT_TRANSLATE_NOOP("models", 'due_date')
QT_TRANSLATE_NOOP("models", 'services')
QT_TRANSLATE_NOOP("models", 'id')
QT_TRANSLATE_NOOP("models", 'lead_user_id')
QT_TRANSLATE_NOOP("models", 'support_months')
QT_TRANSLATE_NOOP("models", 'checkin_member_id')
QT_TRANSLATE_NOOP("models", 'backup file')
QT_TRANSLATE_NOOP("models", 'restore target')
QT_TRANSLATE_NOOP("models", 'confirmation')
QT_TRANSLATE_NOOP("models", 'casebook')
QT_TRANSLATE_NOOP("models", 'identity')
QT_TRANSLATE_NOOP("models", 'recovery key')
QT_TRANSLATE_NOOP("models", 'family_size')
QT_TRANSLATE_NOOP("models", 'category')
QT_TRANSLATE_NOOP("models", 'path')
QT_TRANSLATE_NOOP("models", 'flags')
QT_TRANSLATE_NOOP("models", 'birth_date')
QT_TRANSLATE_NOOP("models", 'immigration_situation')
QT_TRANSLATE_NOOP("models", 'email')
QT_TRANSLATE_NOOP("models", 'citizenships')
QT_TRANSLATE_NOOP("models", 'flag')
QT_TRANSLATE_NOOP("models", 'file')
QT_TRANSLATE_NOOP("models", 'column display_name')
QT_TRANSLATE_NOOP("models", 'output file')
QT_TRANSLATE_NOOP("models", 'format')
QT_TRANSLATE_NOOP("models", 'setting')
QT_TRANSLATE_NOOP("models", 'auto-lock minutes')
QT_TRANSLATE_NOOP("models", 'follow-up days')
QT_TRANSLATE_NOOP("models", 'letter language')
QT_TRANSLATE_NOOP("models", 'window titles')
QT_TRANSLATE_NOOP("models", 'logo')
QT_TRANSLATE_NOOP("models", 'clients')
QT_TRANSLATE_NOOP("models", 'seed')
QT_TRANSLATE_NOOP("models", 'sponsor_type')
QT_TRANSLATE_NOOP("models", 'attachments')
QT_TRANSLATE_NOOP("models", 'sponsorship_id')
QT_TRANSLATE_NOOP("models", 'member_id')
QT_TRANSLATE_NOOP("models", 'kind')
QT_TRANSLATE_NOOP("models", 'title')
QT_TRANSLATE_NOOP("models", 'role')
QT_TRANSLATE_NOOP("models", 'retention months')
QT_TRANSLATE_NOOP("models", 'rule pack')
QT_TRANSLATE_NOOP("models", 'passphrase')
QT_TRANSLATE_NOOP("models", 'group')
QT_TRANSLATE_NOOP("models", 'pack')
QT_TRANSLATE_NOOP("models", 'answers')
QT_TRANSLATE_NOOP("models", 'delimiter')
QT_TRANSLATE_NOOP("models", 'encoding')
QT_TRANSLATE_NOOP("models", 'mapping')
QT_TRANSLATE_NOOP("models", 'mapping file')
QT_TRANSLATE_NOOP("models", 'sheet')
QT_TRANSLATE_NOOP("models", 'current passphrase')

# -- reasons of InvalidInput
QT_TRANSLATE_NOOP("models", 'that name is already taken in this casebook')
QT_TRANSLATE_NOOP("models", 'must be a year')
QT_TRANSLATE_NOOP("models", 'is required')
QT_TRANSLATE_NOOP("models", 'must name things that can be shared')
QT_TRANSLATE_NOOP("models", 'is not one of the known ways')
QT_TRANSLATE_NOOP("models", 'is already in the past')
QT_TRANSLATE_NOOP("models", 'must be en, fr or es')
QT_TRANSLATE_NOOP("models", 'a referral starts as a draft')
QT_TRANSLATE_NOOP("models", 'a referral cannot be sent without consent')
QT_TRANSLATE_NOOP("models", 'is not a follow-up status')
QT_TRANSLATE_NOOP("models", 'is required to update a partner')
QT_TRANSLATE_NOOP("models", 'a new sponsorship starts as preparing, submitted or approved; record the arrival afterwards')
QT_TRANSLATE_NOOP("models", 'is required to update a sponsorship')
QT_TRANSLATE_NOOP("models", 'record the arrival with its date instead')
QT_TRANSLATE_NOOP("models", 'cannot be changed by editing the sponsorship')
QT_TRANSLATE_NOOP("models", 'is not a member of this sponsorship')
QT_TRANSLATE_NOOP("models", 'this member has no casebook account')
QT_TRANSLATE_NOOP("models", 'the reason and the request of a referral are consented to together with that referral')
QT_TRANSLATE_NOOP("models", 'choose at least one thing the person agrees to share')
QT_TRANSLATE_NOOP("models", "covers another referral's own words (its reason or request); record consent for this referral")
QT_TRANSLATE_NOOP("models", 'was given for another client or partner')
QT_TRANSLATE_NOOP("models", 'is withdrawn or expired')
QT_TRANSLATE_NOOP("models", 'its folder does not exist')
QT_TRANSLATE_NOOP("models", 'is a folder, not a file')
QT_TRANSLATE_NOOP("models", 'does not exist')
QT_TRANSLATE_NOOP("models", 'a casebook already exists there; choose a new file name')
QT_TRANSLATE_NOOP("models", 'the open casebook is not the one named for erase')
QT_TRANSLATE_NOOP("models", 'give a user name and passphrase, or the recovery key')
QT_TRANSLATE_NOOP("models", 'it should be 32 letters and digits')
QT_TRANSLATE_NOOP("models", 'must be a whole number from 1 to 30')
QT_TRANSLATE_NOOP("models", 'must be committed or received')
QT_TRANSLATE_NOOP("models", 'use 1 to 64 printable characters')
QT_TRANSLATE_NOOP("models", 'a casebook already exists there')
QT_TRANSLATE_NOOP("models", 'the folder does not exist')
QT_TRANSLATE_NOOP("models", 'must be text')
QT_TRANSLATE_NOOP("models", 'contains a NUL character')
QT_TRANSLATE_NOOP("models", 'is in the future')
QT_TRANSLATE_NOOP("models", 'must be active or closed')
QT_TRANSLATE_NOOP("models", 'is not one of the known situations')
QT_TRANSLATE_NOOP("models", 'does not look like an e-mail address')
QT_TRANSLATE_NOOP("models", 'is not a date (use YYYY-MM-DD)')
QT_TRANSLATE_NOOP("models", 'must be a year between 1900 and this year')
QT_TRANSLATE_NOOP("models", 'is required to update a client')
QT_TRANSLATE_NOOP("models", 'is not a known flag')
QT_TRANSLATE_NOOP("models", 'contains NUL characters; it is not a CSV text file')
QT_TRANSLATE_NOOP("models", 'has a header but no rows to import')
QT_TRANSLATE_NOOP("models", 'is a folder; name a file')
QT_TRANSLATE_NOOP("models", 'must be csv, json or xlsx')
QT_TRANSLATE_NOOP("models", 'cannot be read')
QT_TRANSLATE_NOOP("models", 'is not UTF-8 text; save it as "CSV UTF-8", or import it with --mapping (any encoding)')
QT_TRANSLATE_NOOP("models", 'is empty; the first row must name the columns')
QT_TRANSLATE_NOOP("models", 'has no name')
QT_TRANSLATE_NOOP("models", 'appears twice')
QT_TRANSLATE_NOOP("models", 'looks separated by semicolons, tabs or bars, not commas; import it with --mapping FILE.json (or File › Import… in the app)')
QT_TRANSLATE_NOOP("models", 'is not a whole number')
QT_TRANSLATE_NOOP("models", 'must be a whole number from 1 to 240')
QT_TRANSLATE_NOOP("models", 'must be a whole number from 1 to 90')
QT_TRANSLATE_NOOP("models", 'must be on or off')
QT_TRANSLATE_NOOP("models", 'is larger than 1.5 MB')
QT_TRANSLATE_NOOP("models", 'must be a whole number')
QT_TRANSLATE_NOOP("models", 'is not a PDF, JPEG, PNG or HEIC file')
QT_TRANSLATE_NOOP("models", 'belongs to exactly one client, referral, consent record or sponsorship')
QT_TRANSLATE_NOOP("models", 'is empty')
QT_TRANSLATE_NOOP("models", 'are listed for one owner at a time')
QT_TRANSLATE_NOOP("models", 'must be a file name in an existing folder')
QT_TRANSLATE_NOOP("models", 'is a damaged JPEG image')
QT_TRANSLATE_NOOP("models", 'is a damaged PNG image')
QT_TRANSLATE_NOOP("models", 'is an image too large to open safely')
QT_TRANSLATE_NOOP("models", 'is a damaged or unreadable image')
QT_TRANSLATE_NOOP("models", 'is required to update a member')
QT_TRANSLATE_NOOP("models", 'a member cannot move to another sponsorship')
QT_TRANSLATE_NOOP("models", 'is required for a duty of kind other')
QT_TRANSLATE_NOOP("models", 'must be an amount in dollars')
QT_TRANSLATE_NOOP("models", 'has more than two decimals')
QT_TRANSLATE_NOOP("models", 'must be more than zero')
QT_TRANSLATE_NOOP("models", 'is larger than ten million dollars')
QT_TRANSLATE_NOOP("models", 'the file cannot be read as text')
QT_TRANSLATE_NOOP("models", 'must be today, overdue or week')
QT_TRANSLATE_NOOP("models", 'must be a whole number of at least 1')
QT_TRANSLATE_NOOP("models", 'the rule pack must be text')
QT_TRANSLATE_NOOP("models", 'the file is too large')
QT_TRANSLATE_NOOP("models", 'the text declares another pack id or version')
QT_TRANSLATE_NOOP("models", 'the rule pack file cannot be read')
QT_TRANSLATE_NOOP("models", 'not valid YAML')
QT_TRANSLATE_NOOP("models", 'the YAML expands to too much data')
QT_TRANSLATE_NOOP("models", 'must be a JSON object of question keys and answers')
QT_TRANSLATE_NOOP("models", 'must be a list')
QT_TRANSLATE_NOOP("models", 'not a date (use YYYY-MM-DD)')
QT_TRANSLATE_NOOP("models", 'not a two-letter country code (ISO 3166-1 alpha-2)')
QT_TRANSLATE_NOOP("models", 'not a country code (ISO 3166-1 alpha-2, e.g. GB, SY)')
QT_TRANSLATE_NOOP("models", 'must be an object')
QT_TRANSLATE_NOOP("models", 'question keys must be strings')
QT_TRANSLATE_NOOP("models", 'unknown field')
QT_TRANSLATE_NOOP("models", 'missing')
QT_TRANSLATE_NOOP("models", 'must be true or false')
QT_TRANSLATE_NOOP("models", 'must be one character other than a quote')
QT_TRANSLATE_NOOP("models", 'has no sheets')
QT_TRANSLATE_NOOP("models", 'is not a readable XLSX workbook')
QT_TRANSLATE_NOOP("models", 'no column is mapped to display_name (the name)')
QT_TRANSLATE_NOOP("models", 'a follow-up task needs a follow-up date column too')
QT_TRANSLATE_NOOP("models", 'an extra sheet needs exactly one client column')
QT_TRANSLATE_NOOP("models", 'needs "columns": {"column header": "field", ...}')
QT_TRANSLATE_NOOP("models", 'must be a JSON object with "columns": {"column header": "field", ...}')
QT_TRANSLATE_NOOP("models", 'on an extra sheet may only be client, notes, household, relatives, followup_date, followup_title or skip')
QT_TRANSLATE_NOOP("models", 'is not in the mapping file (map it to a field or to "skip")')
QT_TRANSLATE_NOOP("models", 'must be skipped, merged or added')
QT_TRANSLATE_NOOP("models", 'is not in this workbook')
QT_TRANSLATE_NOOP("models", 'is the main sheet')
QT_TRANSLATE_NOOP("models", 'could not be shown')
QT_TRANSLATE_NOOP("models", 'choose one first')
QT_TRANSLATE_NOOP("models", 'choose a new file name first')
QT_TRANSLATE_NOOP("models", 'the two entries differ')
QT_TRANSLATE_NOOP("models", 'is larger than 1 MB; use a smaller PNG')
QT_TRANSLATE_NOOP("models", 'is not a PNG image')
QT_TRANSLATE_NOOP("models", 'can be added by a caseworker or coordinator')

# -- what emergency erase cannot reach (models.transfer.erase.WARNINGS, shown in the erase report)
QT_TRANSLATE_NOOP("models", 'Backups saved in other folders, on other drives or on USB sticks were not reached: each carries its own copy of the keys and still opens with the passphrases of the day it was made. Destroy them separately.')
QT_TRANSLATE_NOOP("models", 'Copies sent or synced elsewhere (e-mail, cloud folders, other computers) were not reached. A copy of the casebook file alone cannot be opened without its key file, but a copy that includes the key file can.')
QT_TRANSLATE_NOOP("models", 'Earlier versions of the key file (left on the disk by each change of passphrase or users), and on SSDs, memory cards, USB sticks and file systems that keep snapshots the overwritten one too, may survive where no program can overwrite them; a forensic examiner who also knows a passphrase, current or past, might recover them. Full-disk encryption protects against this.')
QT_TRANSLATE_NOOP("models", 'Printed letters, packets and recovery sheets, and PDFs saved outside the casebook, are not affected.')
QT_TRANSLATE_NOOP("models", "Fragments of what was on screen may remain in the operating system's swap or hibernation file; shut the computer down fully rather than letting it sleep.")

# -- what a role may do (models.permissions.Action, in "Only a coordinator can …" tooltips)
QT_TRANSLATE_NOOP("models", 'view casebook records')
QT_TRANSLATE_NOOP("models", 'add notes')
QT_TRANSLATE_NOOP("models", 'update follow-ups assigned to you')
QT_TRANSLATE_NOOP("models", 'add or edit clients')
QT_TRANSLATE_NOOP("models", 'run and save screenings')
QT_TRANSLATE_NOOP("models", 'create and move referrals')
QT_TRANSLATE_NOOP("models", 'record consent')
QT_TRANSLATE_NOOP("models", 'manage follow-ups')
QT_TRANSLATE_NOOP("models", 'print letters and packets')
QT_TRANSLATE_NOOP("models", 'add or edit partners')
QT_TRANSLATE_NOOP("models", 'manage sponsorships')
QT_TRANSLATE_NOOP("models", 'manage sponsorship budgets and members')
QT_TRANSLATE_NOOP("models", 'manage users')
QT_TRANSLATE_NOOP("models", 'export casebook data')
QT_TRANSLATE_NOOP("models", 'import clients')
QT_TRANSLATE_NOOP("models", 'delete or purge records')
QT_TRANSLATE_NOOP("models", 'change casebook settings')
QT_TRANSLATE_NOOP("models", 'import rule packs')
QT_TRANSLATE_NOOP("models", 'erase the casebook')
QT_TRANSLATE_NOOP("models", 'read the whole audit trail')

# -- a key file still in format 1 (models.casebook.format_1_notice), in the main window's band
QT_TRANSLATE_NOOP("models", "This casebook's key file is still format 1 (from an older version): roles come from the users table and the signed list of members does not protect it. This coordinator's open could not upgrade it: the pre-upgrade backup or the new key file could not be written beside the casebook.")
QT_TRANSLATE_NOOP("models", "This casebook's key file is still format 1 (from an older version): roles come from the users table and the signed list of members does not protect it. A coordinator's next open upgrades it.")

# -- added later this session (key upgrade, erase setting)
QT_TRANSLATE_NOOP("models", 'The recovery key from before the upgrade can reset a passphrase only for a coordinator; a coordinator should issue a new recovery key.')
QT_TRANSLATE_NOOP("models", 'Your key slot still has the keys made when the casebook was upgraded; open the casebook again with your passphrase, or ask a coordinator to reset it, before changing members or settings.')
QT_TRANSLATE_NOOP("models", 'erase for everyone')

# -- reasons of InvalidInput with values (InvalidInput.of): translated as the template, then
#    formatted with the error's values by desktop/errors.py; a translation keeps every {field}
QT_TRANSLATE_NOOP("models", "is larger than {mb} MB, the most one attachment may hold")
QT_TRANSLATE_NOOP("models", "would take the casebook's attachments past {mb} MB; remove some first")
QT_TRANSLATE_NOOP("models", "{name} already exists; choose another name or confirm replacing it (--force)")
QT_TRANSLATE_NOOP("models", "unknown flag {flag!r}")
QT_TRANSLATE_NOOP("models", "{code!r} is not a two-letter country code")
QT_TRANSLATE_NOOP("models", "{field!r} cannot be shared")
QT_TRANSLATE_NOOP("models", "has {values} values but the header names {columns} columns")
QT_TRANSLATE_NOOP("models", "is larger than {mb} MB; split it into smaller files")
QT_TRANSLATE_NOOP("models", "is a folder, not a CSV file")  # models.transfer.spreadsheets.read_import_file: one sentence per kind
QT_TRANSLATE_NOOP("models", "is a folder, not a spreadsheet file")
QT_TRANSLATE_NOOP("models", "must be a whole number from 1 to {most:,}")
QT_TRANSLATE_NOOP("models", "{service!r} is not a known service")
QT_TRANSLATE_NOOP("models", "{old} cannot become {new}")
QT_TRANSLATE_NOOP("models", "type {word} in capitals to erase")
QT_TRANSLATE_NOOP("models", "an extra sheet maps {field} once at most")
QT_TRANSLATE_NOOP("models", "matches existing client #{client}; choose to skip, merge or add it")
QT_TRANSLATE_NOOP("models", "is not {encoding} text")
QT_TRANSLATE_NOOP("models", "{name!r} is not a known encoding")
QT_TRANSLATE_NOOP("models", "has more than {most:,} cells; split it")
QT_TRANSLATE_NOOP("models", "must be one of {choices}")
QT_TRANSLATE_NOOP("models", "{status!r} is not a referral status")
QT_TRANSLATE_NOOP("models", "this referral has no {field} written to share")
QT_TRANSLATE_NOOP("models", "must be a whole number from 1 to {most}")
QT_TRANSLATE_NOOP("models", "version {version} is not newer than the current {current}")
QT_TRANSLATE_NOOP("models", "has more than {count} entries")
QT_TRANSLATE_NOOP("models", "date out of range ({earliest} to {latest})")
QT_TRANSLATE_NOOP("models", "unknown value (use one of: {choices})")
QT_TRANSLATE_NOOP("models", "must be at least {minimum:g}")
QT_TRANSLATE_NOOP("models", "must be at most {maximum:g}")
QT_TRANSLATE_NOOP("models", "not a question of pack {pack}")
QT_TRANSLATE_NOOP("models", "unknown rule pack (available: {packs})")
QT_TRANSLATE_NOOP("models", "use one of {choices}")
QT_TRANSLATE_NOOP("models", "{key!r} is not a known setting")
QT_TRANSLATE_NOOP("models", "must be a whole number of months from {least} to {most}")
QT_TRANSLATE_NOOP("models", "must be more than the current {months} months")
QT_TRANSLATE_NOOP("models", "is longer than {limit} characters")
QT_TRANSLATE_NOOP("models", "{value!r} is not one of the known values")
QT_TRANSLATE_NOOP("models", "names {named} columns but the sheet has {columns}")
QT_TRANSLATE_NOOP("models", "{target!r} is not a Waystation field (see waystation import --help)")
QT_TRANSLATE_NOOP("models", "is mapped to {target}, like column {other}")
QT_TRANSLATE_NOOP("models", "is not a known column (known: {columns})")
QT_TRANSLATE_NOOP("models", "is not valid CSV ({error})")

# -- errors with a value in their sentence (WaystationError.of, AmountError, Problem.of):
#    translated as the template, then formatted by desktop/errors.filled; a value that is a
#    Label (status, role, action, a key file's damage) is translated in "models" first
QT_TRANSLATE_NOOP("models", "A sponsorship that is {status} cannot become {new}.")
QT_TRANSLATE_NOOP("models", "A sponsorship that is {status} cannot record an arrival; it must be approved first.")
QT_TRANSLATE_NOOP("models", "A sponsorship that is {status} cannot be extended.")
QT_TRANSLATE_NOOP("models", "A sponsorship that is {status} takes no new duties.")
QT_TRANSLATE_NOOP("models", "Consent is recorded before a referral is sent; this one is {status}.")
QT_TRANSLATE_NOOP("models", "A referral that is {status} cannot become {new}.")
QT_TRANSLATE_NOOP("models", "A {role} cannot {action}.")
QT_TRANSLATE_NOOP("models", "Write an amount in dollars, for example {example}.")
QT_TRANSLATE_NOOP("models", "“{text}” could be read two ways; write the cents too, for example {example}.")
QT_TRANSLATE_NOOP("models", "“{text}” could be read two ways; write it as {example}.")
QT_TRANSLATE_NOOP("models", "“{text}” is not an amount in dollars; write it like {example}.")
QT_TRANSLATE_NOOP("models", "{damage} ({name}); restore the key file from a backup.")
QT_TRANSLATE_NOOP("models", "The casebook's key file is damaged ({name}); restore it from a backup.")
QT_TRANSLATE_NOOP("models", "The casebook's key file ({name}) is missing; restore it from a backup.")
QT_TRANSLATE_NOOP("models", "The casebook database ({name}) is missing; restore it from a backup.")
QT_TRANSLATE_NOOP("models", "The casebook database ({name}) is empty; restore it from a backup.")
QT_TRANSLATE_NOOP("models", "The casebook database ({name}) holds no casebook; restore it from a backup.")
# sponsorship statuses as values (models.sponsorship.records.STATUS_LABELS)
QT_TRANSLATE_NOOP("models", "Preparing")
QT_TRANSLATE_NOOP("models", "Submitted")
QT_TRANSLATE_NOOP("models", "Approved")
QT_TRANSLATE_NOOP("models", "Arrived")
QT_TRANSLATE_NOOP("models", "In support period")
QT_TRANSLATE_NOOP("models", "Completed")
QT_TRANSLATE_NOOP("models", "Withdrawn")
# a key file's damage as a value ({damage}: the fixed sentences of models/security/keyslots.py, no
# stop)
QT_TRANSLATE_NOOP("models", "The key file names an unknown key derivation")
QT_TRANSLATE_NOOP("models", "A key slot is weaker than Waystation allows; it was refused")
QT_TRANSLATE_NOOP("models", "A key slot asks for more work than Waystation allows (at most 1 GiB and 16 iterations); it was refused")
QT_TRANSLATE_NOOP("models", "A key slot has been tampered with; it was refused")
QT_TRANSLATE_NOOP("models", "The key file holds two slots with the same id")
# key file sentences naming a file (models/casebook.py)
QT_TRANSLATE_NOOP("models", "The key file's list of members does not match the casebook ({name}); restore the key file from a backup.")
QT_TRANSLATE_NOOP("models", "The key file {name} is older than the casebook; restore the newest key file from the latest backup, or copy it back from where it was.")
QT_TRANSLATE_NOOP("models", "The key file {name} belongs to a different casebook than the one last opened at this place on this computer; restore the casebook from the latest backup, or copy its files back from where they were.")
QT_TRANSLATE_NOOP("models", "The key file {name} is older than the casebook file {casebook} (or the casebook file was put back from an older copy); restore the newest key file from the latest backup, or copy it back from where it was.")
QT_TRANSLATE_NOOP("models", "The recovery key opened its slot in {name}, but that slot does not carry the casebook's current key: it was altered, or the key file is older than the casebook. A member's passphrase may still open it; a coordinator's verify names the slot and a new recovery key replaces it.")


def model_words(text: str) -> str:
    """An English word or sentence of ``models/`` in the interface's language (context
    "models"); an empty one stays empty."""
    return QCoreApplication.translate("models", text) if text else text


# -- the client file, the client list and Today: stored values as rows_model.label spells
# them ("Permanent resident") and the screening's own words (models/screening/words.py)
CLIENT_FILE = (
    # client file status
    QT_TRANSLATE_NOOP("models", 'Active'),
    QT_TRANSLATE_NOOP("models", 'Closed'),
    # referral status
    QT_TRANSLATE_NOOP("models", 'Draft'),
    QT_TRANSLATE_NOOP("models", 'Consent recorded'),
    QT_TRANSLATE_NOOP("models", 'Sent'),
    QT_TRANSLATE_NOOP("models", 'Acknowledged'),
    QT_TRANSLATE_NOOP("models", 'Accepted'),
    QT_TRANSLATE_NOOP("models", 'Declined'),
    # partner service
    QT_TRANSLATE_NOOP("models", 'Legal'),
    QT_TRANSLATE_NOOP("models", 'Legal aid'),
    QT_TRANSLATE_NOOP("models", 'Shelter housing'),
    QT_TRANSLATE_NOOP("models", 'Health'),
    QT_TRANSLATE_NOOP("models", 'Mental health'),
    QT_TRANSLATE_NOOP("models", 'Cash assistance'),
    QT_TRANSLATE_NOOP("models", 'Food'),
    QT_TRANSLATE_NOOP("models", 'Employment'),
    QT_TRANSLATE_NOOP("models", 'Education'),
    QT_TRANSLATE_NOOP("models", 'LGBTQ+ support'),
    QT_TRANSLATE_NOOP("models", 'Child welfare'),
    QT_TRANSLATE_NOOP("models", 'Interpretation'),
    QT_TRANSLATE_NOOP("models", 'Transport'),
    QT_TRANSLATE_NOOP("models", 'Sponsorship'),
    QT_TRANSLATE_NOOP("models", 'Other'),
    # relationship
    QT_TRANSLATE_NOOP("models", 'Spouse'),
    QT_TRANSLATE_NOOP("models", 'Common law partner'),
    QT_TRANSLATE_NOOP("models", 'Legal guardian'),
    QT_TRANSLATE_NOOP("models", 'Child'),
    QT_TRANSLATE_NOOP("models", 'Father'),
    QT_TRANSLATE_NOOP("models", 'Mother'),
    QT_TRANSLATE_NOOP("models", 'Brother'),
    QT_TRANSLATE_NOOP("models", 'Sister'),
    QT_TRANSLATE_NOOP("models", 'Grandfather'),
    QT_TRANSLATE_NOOP("models", 'Grandmother'),
    QT_TRANSLATE_NOOP("models", 'Grandchild'),
    QT_TRANSLATE_NOOP("models", 'Uncle'),
    QT_TRANSLATE_NOOP("models", 'Aunt'),
    QT_TRANSLATE_NOOP("models", 'Nephew'),
    QT_TRANSLATE_NOOP("models", 'Niece'),
    QT_TRANSLATE_NOOP("models", 'Cousin'),
    QT_TRANSLATE_NOOP("models", 'In law'),
    QT_TRANSLATE_NOOP("models", 'Friend'),
    QT_TRANSLATE_NOOP("models", 'Half sibling'),
    QT_TRANSLATE_NOOP("models", 'Step parent'),
    QT_TRANSLATE_NOOP("models", 'Step sibling'),
    QT_TRANSLATE_NOOP("models", 'Step child'),
    # status in Canada
    QT_TRANSLATE_NOOP("models", 'Citizen'),
    QT_TRANSLATE_NOOP("models", 'Permanent resident'),
    QT_TRANSLATE_NOOP("models", 'Protected person'),
    QT_TRANSLATE_NOOP("models", 'Removal stayed'),
    QT_TRANSLATE_NOOP("models", 'Claimant referred'),
    QT_TRANSLATE_NOOP("models", 'Claim ended'),
    QT_TRANSLATE_NOOP("models", 'Work permit'),
    QT_TRANSLATE_NOOP("models", 'Work permit unenforceable'),
    QT_TRANSLATE_NOOP("models", 'Study permit'),
    QT_TRANSLATE_NOOP("models", 'Study permit invalid'),
    QT_TRANSLATE_NOOP("models", 'Visitor'),
    QT_TRANSLATE_NOOP("models", 'No status'),
    QT_TRANSLATE_NOOP("models", 'Unknown'),
    # document
    QT_TRANSLATE_NOOP("models", 'Passport'),
    QT_TRANSLATE_NOOP("models", 'National id'),
    QT_TRANSLATE_NOOP("models", 'Birth certificate'),
    QT_TRANSLATE_NOOP("models", 'PR visa'),
    QT_TRANSLATE_NOOP("models", 'Temporary resident visa'),
    QT_TRANSLATE_NOOP("models", 'Temporary resident permit'),
    QT_TRANSLATE_NOOP("models", 'Travel document a31'),
    QT_TRANSLATE_NOOP("models", 'Refugee travel document'),
    QT_TRANSLATE_NOOP("models", 'Temporary travel document r151'),
    QT_TRANSLATE_NOOP("models", 'Transit visa'),
    QT_TRANSLATE_NOOP("models", 'Eta'),
    QT_TRANSLATE_NOOP("models", 'Us work authorization'),
    QT_TRANSLATE_NOOP("models", 'Us asylum receipt'),
    # how consent was given
    QT_TRANSLATE_NOOP("models", 'Verbal'),
    QT_TRANSLATE_NOOP("models", 'Written'),
    QT_TRANSLATE_NOOP("models", 'Verbal with interpreter'),
    # shareable field
    QT_TRANSLATE_NOOP("models", 'Display name'),
    QT_TRANSLATE_NOOP("models", 'Pronouns'),
    QT_TRANSLATE_NOOP("models", 'Languages'),
    QT_TRANSLATE_NOOP("models", 'Phone'),
    QT_TRANSLATE_NOOP("models", 'Email'),
    QT_TRANSLATE_NOOP("models", 'City'),
    QT_TRANSLATE_NOOP("models", 'Birth date'),
    QT_TRANSLATE_NOOP("models", 'Citizenships'),
    QT_TRANSLATE_NOOP("models", 'Immigration situation'),
    QT_TRANSLATE_NOOP("models", 'Safe contact'),
    QT_TRANSLATE_NOOP("models", 'Household'),
    QT_TRANSLATE_NOOP("models", 'Relatives'),
    QT_TRANSLATE_NOOP("models", 'Documents'),
    QT_TRANSLATE_NOOP("models", 'Vulnerabilities'),
    QT_TRANSLATE_NOOP("models", 'Screening'),
    QT_TRANSLATE_NOOP("models", 'Reason'),
    QT_TRANSLATE_NOOP("models", 'Request'),
    # follow-up status
    QT_TRANSLATE_NOOP("models", 'Open'),
    QT_TRANSLATE_NOOP("models", 'Done'),
    QT_TRANSLATE_NOOP("models", 'Cancelled'),
    # questionnaire row field
    QT_TRANSLATE_NOOP("models", 'Adult'),
    QT_TRANSLATE_NOOP("models", 'Country'),
    QT_TRANSLATE_NOOP("models", 'Outcome'),
    QT_TRANSLATE_NOOP("models", 'Relationship'),
    QT_TRANSLATE_NOOP("models", 'Status'),
    # screening words (models/screening/words.py, English), shown for languages the
    # rule packs do not carry
    QT_TRANSLATE_NOOP("models", 'Bar'),
    QT_TRANSLATE_NOOP("models", 'Exception'),
    QT_TRANSLATE_NOOP("models", 'Needs review'),
    QT_TRANSLATE_NOOP("models", 'Information'),
    QT_TRANSLATE_NOOP("models", 'A bar is likely — get legal help urgently.'),
    QT_TRANSLATE_NOOP("models", 'Needs review by someone with legal training.'),
    QT_TRANSLATE_NOOP("models", 'No bar found on these answers.'),
    QT_TRANSLATE_NOOP("models", 'No bar found'),
    QT_TRANSLATE_NOOP("models", 'Legal help'),
    QT_TRANSLATE_NOOP("models", 'Legal help (urgent)'),
    QT_TRANSLATE_NOOP("models", 'Immigration'),
    QT_TRANSLATE_NOOP("models", 'Result'),
    QT_TRANSLATE_NOOP("models", 'Citation'),
    QT_TRANSLATE_NOOP("models", 'Because of'),
    QT_TRANSLATE_NOOP("models", 'Suggested referral'),
    QT_TRANSLATE_NOOP("models", 'No findings.'),
    QT_TRANSLATE_NOOP("models", 'law current to'),
    QT_TRANSLATE_NOOP("models", 'version'),
    QT_TRANSLATE_NOOP("models", 'none'),
    QT_TRANSLATE_NOOP(
            "models", "This screening is not legal advice: the law and each person's facts "
            "can differ, so have a lawyer or legal clinic confirm it before anyone acts on it."),
)

# -- the records: sponsorships, partners, referrals, the import assistant, reports
# Partner services (models.partners.SERVICES through rows_model.label).
SERVICES = (
)
# Referral statuses (models.referrals.STATUSES) and client statuses (models.clients).
STATUSES = (
)
# Member roles suggested in the member dialog (stored as keys, shown through label()).
ROLES = (
    QT_TRANSLATE_NOOP("models", "Coordinator"),
    QT_TRANSLATE_NOOP("models", "Treasurer"),
    QT_TRANSLATE_NOOP("models", "Housing"),
    QT_TRANSLATE_NOOP("models", "Interpreter"),
    QT_TRANSLATE_NOOP("models", "Member"),
    # Casebook account roles (models.permissions.ROLES).
    QT_TRANSLATE_NOOP("models", "Caseworker"),
    QT_TRANSLATE_NOOP("models", "Volunteer"),
)
# Settlement-plan duties (models.sponsorship.records.DUTY_KINDS).
DUTIES = (
    QT_TRANSLATE_NOOP("models", "Airport reception"),
    QT_TRANSLATE_NOOP("models", "Orientation"),
    QT_TRANSLATE_NOOP("models", "Provincial health card"),
    QT_TRANSLATE_NOOP("models", "Social insurance number"),
    QT_TRANSLATE_NOOP("models", "Bank account"),
    QT_TRANSLATE_NOOP("models", "Canada child benefit"),
    QT_TRANSLATE_NOOP("models", "School enrolment"),
    QT_TRANSLATE_NOOP("models", "Language classes"),
    QT_TRANSLATE_NOOP("models", "Employment support"),
)
# Budget warnings without figures (models.sponsorship.budget.build_view).
BUDGET = (
    QT_TRANSLATE_NOOP("models", "Link the family's client records or set the family size to "
                                "see the requirement."),
    QT_TRANSLATE_NOOP("models", "More has been paid out than was committed."),
)
# The Group-of-Five warning (models.sponsorship.plan.GROUP_OF_FIVE_SHORT), filled in by
# desktop.errors.filled on the Members tab.
GROUP = (
    QT_TRANSLATE_NOOP("models", "{n} eligible — a Group of Five needs at least {minimum}"),
)
# The readiness rule pack's title and the screening notice, for a language the rule packs do
# not have (models.screening: English and French).
READINESS = (
    QT_TRANSLATE_NOOP("models", "Is a private sponsorship application ready?"),
    QT_TRANSLATE_NOOP("models", "This screening is not legal advice: the law and each person's "
                                "facts can differ, so have a lawyer or legal clinic confirm it "
                                "before anyone acts on it."),
)
# Waystation fields a spreadsheet column can be imported into (models.transfer.importing.mapping).
IMPORT_FIELDS = (
    QT_TRANSLATE_NOOP("models", "Name"),
    QT_TRANSLATE_NOOP("models", "Other names"),
    QT_TRANSLATE_NOOP("models", "Gender identity"),
    QT_TRANSLATE_NOOP("models", "Birth year"),
    QT_TRANSLATE_NOOP("models", "Province / state"),
    QT_TRANSLATE_NOOP("models", "Immigration notes"),
    QT_TRANSLATE_NOOP("models", "E-mail"),
    QT_TRANSLATE_NOOP("models", "Flags"),
    QT_TRANSLATE_NOOP("models", "A note"),
    QT_TRANSLATE_NOOP("models", "Household members"),
    QT_TRANSLATE_NOOP("models", "Relatives in Canada"),
    QT_TRANSLATE_NOOP("models", "Follow-up date"),
    QT_TRANSLATE_NOOP("models", "Follow-up task"),
    QT_TRANSLATE_NOOP("models", "Skip this column"),
)
# Why an imported cell is refused (models.transfer.importing.plan.Problem.reason, fixed sentences;
# the validation reasons of models.clients are translated with the core error messages).
IMPORT_PROBLEMS = (
    QT_TRANSLATE_NOOP("models", "names no client of the main sheet"),
    QT_TRANSLATE_NOOP("models", "names a client who appears on several rows of the main "
                                "sheet"),
    QT_TRANSLATE_NOOP("models", "is longer than 10000 characters"),
    QT_TRANSLATE_NOOP("models", "has a name longer than 200 characters"),
    QT_TRANSLATE_NOOP("models", "is longer than 300 characters"),
    QT_TRANSLATE_NOOP("models", "has a follow-up task but no follow-up date"),
    QT_TRANSLATE_NOOP("models", "the sheet has a header but no rows"),
    QT_TRANSLATE_NOOP("models", "has a value but no header above it"),
    QT_TRANSLATE_NOOP("models", "is required (the person's name)"),
)
