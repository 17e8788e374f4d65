"""The front desk: PIN sign-in, the day's sessions and alerts, the timetable, attendance, who is
in, feedback and "you said, we did", polls, activities, and the hub lead's pages."""
