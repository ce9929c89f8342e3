"""The pages of the wrap-up pane, one file per step."""
