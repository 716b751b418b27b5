"""Safe edits of the data files: minimal text changes, checked, written atomically."""
