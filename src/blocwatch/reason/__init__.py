"""Reasoning over the knowledge base: temporal set algebra, charter rules, claims, conflicts."""
