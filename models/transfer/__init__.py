"""A casebook's data going in and out as files: encrypted backups and restore, emergency erase,
spreadsheet export and import (CSV, XLSX, JSON) and the import assistant's model (``importing``)."""
