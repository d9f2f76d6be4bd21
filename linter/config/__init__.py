"""Configuration files and the settings they give a group of reports."""
