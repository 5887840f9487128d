"""Encrypted attachments, in models/ and in the client file."""
