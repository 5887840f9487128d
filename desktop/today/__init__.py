"""Today: the follow-ups due, overdue and coming this week."""
