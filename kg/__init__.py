"""orgkg: Vietnamese news about the Party and the State -> an organisational knowledge graph."""
__version__ = "0.1.0"
