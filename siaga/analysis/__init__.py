"""Siaga's text pipeline: pure functions over plain data, no Django import anywhere below.

`analyze(text, gazetteer=…)` reads a field message, chat forward, news article or meeting
report and returns what kind of conflict signal it is, where (Kemendagri codes), who is
involved and how severe, with the cues that fired so an analyst can check the reasoning.
"""
