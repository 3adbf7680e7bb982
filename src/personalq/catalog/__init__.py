"""The checkpoint catalog: cards, ingest of real checkpoint folders and manifests, the store."""
