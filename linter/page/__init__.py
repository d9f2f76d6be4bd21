"""Reading the page a report was taken from.

Published reports come as web pages (navigation, metadata and footers around the
text), PDF transcripts (one short line per printed line, page numbers), converted
Word files (punctuation turned into ASCII) and tables flattened into text. The
modules here recognise those shapes once per document, so that the rules judge
the report's own prose and nothing else:

- ``chrome``: page chrome — breadcrumbs, metadata, CMS fields, menus, footers;
- ``tables``: pipe, tab, aligned-column and one-cell-per-line tables;
- ``width``: the document's own line width, and paragraphs re-joined from it;
- ``layout``: the page as a whole (what is masked from the rules) and its access;
- ``inline``: headings written inside one long line;
- ``lookalikes``: text that looks like a stray space but is not;
- ``punctuation``: whether the punctuation was converted to ASCII wholesale.
"""
