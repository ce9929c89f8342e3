"""InfoInterview: plan, run and follow up informational interviews."""

__version__ = "0.1.0"
APP_NAME = "InfoInterview"
APP_ID = "io.github.infointerview.InfoInterview"
