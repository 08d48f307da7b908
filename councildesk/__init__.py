"""CouncilDesk: record council meetings offline and publish official minutes."""

__version__ = "0.1.0"
