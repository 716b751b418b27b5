"""Run the command line with ``python -m commit_tracker``."""

from commit_tracker.cli import main

main()
