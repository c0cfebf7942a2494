"""Supervision of platforms: dispatch cases with deadlines and measure how platforms answer."""
