"""Tests of the PyInstaller bundle, its installers and the Linux kiosk session."""
