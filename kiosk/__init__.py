"""Recovery Hub Kiosk: touchscreen and front desk for community recovery hubs."""

__version__ = "0.1.0"
