"""The window around everything: the main window and its menus, About, Preferences, the message bar,
error reporting, confirmations, the signal panes refresh on, and loading translations.
"""
