"""Siaga: early warning and early response for Indonesia's integrated conflict teams."""
