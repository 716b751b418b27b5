"""Queries: the items, links and counts the reports show, built from a valid Dataset."""
