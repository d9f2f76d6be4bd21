"""Citations: the reader (``reader.citations(doc)``), the knowledge base of documents reports
cite (``data/citations.yaml`` plus users' files) and the checks of the ``citation`` kind."""
