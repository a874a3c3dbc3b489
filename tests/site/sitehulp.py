"""Shared by the website tests (conftest.py cannot be imported by name: tests/ has one too)."""

DATUM = {"SOURCE_DATE_EPOCH": "1700000000"}  # 14 November 2023: the site and cot profiel bouw agree
