"""The public website: static, accessible pages of meetings, votes and members written into one folder."""
