"""After the interview: the wrap-up steps, the follow-up area, "I got the job" and the exports."""
