"""commit-tracker: public commitments kept as YAML in git, checked and reported."""

__version__ = "0.1.0"
