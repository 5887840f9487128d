"""CSV import (all or nothing), the import assistant and export."""
