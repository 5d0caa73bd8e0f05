"""The candidate list: lazy table model over 100,000+ rows, search, filters, detail and history."""
