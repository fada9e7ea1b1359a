"""What document kinds share: numbering, names, lines, header tables, report bodies, tables, features.

Kinds import from here and from `..base`, never from each other.
"""
