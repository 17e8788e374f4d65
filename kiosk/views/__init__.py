"""Qt views: pages and widgets that render service records and call services on a tap."""
