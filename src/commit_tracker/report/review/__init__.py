"""The ``review`` dossier: its JSON (``data``), its layout for people (``layout``) and one reporter per format (``reporters``)."""
