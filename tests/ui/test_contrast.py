"""WCAG 2.2 AA contrast (4.5:1 for text) for every colour pair the themes use, including the
activity chips of the demo and the desk's colour choices."""

import pytest

from kiosk.services.demo import ACTIVITIES
from kiosk.views.theme import CALM, HIGH_CONTRAST, Theme


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("palette", [CALM, HIGH_CONTRAST], ids=["calm", "high-contrast"])
def test_text_pairs_meet_aa(palette):
    pairs = {
        "ink on background": (palette.ink, palette.background),
        "ink on cards": (palette.ink, palette.surface),
        "muted on background": (palette.muted, palette.background),
        "button text": (palette.on_primary, palette.primary),
        "secondary buttons": (palette.primary, palette.surface),
        "help button": (palette.on_help, palette.help),
    }
    for name, (text, ground) in pairs.items():
        assert contrast(text, ground) >= 4.5, f"{name}: {contrast(text, ground):.2f}:1"


@pytest.mark.parametrize("high_contrast", [False, True])
def test_activity_chips_meet_aa(high_contrast):
    theme = Theme(high_contrast=high_contrast)
    for name, colour, *_ in ACTIVITIES:
        background, text = theme.chip_colours(colour)
        assert contrast(text, background) >= 4.5, f"{name}: {contrast(text, background):.2f}:1"


def test_the_high_contrast_theme_is_far_above_aa():
    assert contrast(HIGH_CONTRAST.primary, HIGH_CONTRAST.background) >= 15
