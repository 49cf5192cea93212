"""Vector store, lexical index and retrieval: where chunks live and how they are found."""
