"""The interface and the printed texts in French and Spanish."""
