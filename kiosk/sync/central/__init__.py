"""The central database's side of sync: its set-up (roles, row-level security, the change-feed
trigger), hub and device administration, and the rules that apply a pushed batch."""
