"""The static report site: an overview, a page per objective, item, owner and source, in nb and en."""
