"""The Qt front end: one file per pane or dialog."""
