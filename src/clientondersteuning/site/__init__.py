"""The static website (`cot site`): catalogue pages, search, profile composer and self-assessment.

Everything is rendered in Python; the browser only picks pre-rendered pieces, so the site
says exactly what `cot profiel bouw` says and needs no server (it works from file://).
"""
