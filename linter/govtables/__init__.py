"""Government-format reports (政府信息公开工作年度报告): the profile's evidence and the
tables 表二, 表三 and 表四 rebuilt from the report's lines, then checked.

Everything here is a pure function of a document's lines; the kinds in
``discl_lint.kinds.gov`` turn the results into findings.
"""
