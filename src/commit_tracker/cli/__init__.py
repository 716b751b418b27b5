"""The command line (typer only): the one layer that prints and exits."""

from commit_tracker.cli.app import app, main

__all__ = ["app", "main"]
