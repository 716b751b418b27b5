"""What the data said at each commit: git access, snapshots by item id, item histories and changes."""
