"""The window's behaviour in small parts, each a thin adapter between widgets and the
ReviewSession: files, recovery, checking, navigation, repair, export."""
