"""The Qt front end, one package per area as a person sees the app: shell (the window around
everything), today, people, interview, countdown, wrapup, search, and widgets shared by them."""
