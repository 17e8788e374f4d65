"""The desk's hub settings for visitor languages: each language shown with whether a native
speaker has reviewed it; a hub lead switches any off and picks the language the visitor screens
return to; the touchscreen follows. The desk itself stays in English."""

import pytest

from kiosk.domain.errors import InvalidInput
from tests.desk.conftest import LEAD_NAME, LEAD_PIN
from tests.desk.helpers import sign_in, staff_id, tap
from tests.i18n.conftest import catalogues, compiled_catalogues  # noqa: F401 (shared fixtures)


def lead(services):
    return services.accounts.sign_in(staff_id(services, LEAD_NAME), LEAD_PIN)


def test_the_settings_page_shows_review_status_and_switches_languages_off(qtbot, catalogues, desk, make_kiosk):
    sign_in(qtbot, desk.area, LEAD_NAME, LEAD_PIN)
    tap(qtbot, desk.area.shell.nav["settings"])
    page = desk.area.shell.pages["settings"]
    assert set(page.offered) == {"pl", "ro", "lt", "pt", "tr", "ur"}
    assert page.offered["pl"].text() == "Polish (Polski): awaiting review by a native speaker"
    assert all(button.isChecked() for button in page.offered.values())
    tap(qtbot, page.offered["ro"])
    tap(qtbot, page.default_language.button("pl"))
    tap(qtbot, page.save)
    settings = desk.services.settings.get()
    assert settings.languages_off == {"ro"} and settings.default_language == "pl"

    kiosk = make_kiosk()
    assert kiosk.language == "pl", "the visitor screens start in the hub's language"
    tap(qtbot, kiosk.header.language)
    assert "ro" not in kiosk.chooser.buttons and "en" in kiosk.chooser.buttons
    tap(qtbot, kiosk.chooser.buttons["tr"])
    kiosk.still_there.timed_out.emit()
    assert kiosk.language == "pl"
    assert page.save.text() == "Save the settings", "the desk stays in English"


def test_language_settings_are_checked(desk_services):
    me = lead(desk_services)
    with pytest.raises(InvalidInput):
        desk_services.settings.update(me, languages_off=["en"])
    with pytest.raises(InvalidInput):
        desk_services.settings.update(me, languages_off=["xx"])
    with pytest.raises(InvalidInput):
        desk_services.settings.update(me, default_language="klingon")
    desk_services.settings.update(me, languages_off=["ur"])
    with pytest.raises(InvalidInput):
        desk_services.settings.update(me, default_language="ur")
    assert desk_services.settings.get().default_language == "en"
    assert desk_services.settings.get().languages_off == {"ur"}


def test_language_settings_travel_with_the_hub_row(desk_services):
    """They are hub columns, so the hub.upsert op that syncs every hub setting carries them."""
    from kiosk.db.models import OutboxEntry

    desk_services.settings.update(lead(desk_services), default_language="lt", languages_off=["tr"])
    with desk_services.uow.read() as tx:
        op = tx.session.query(OutboxEntry).filter_by(kind="hub.upsert").order_by(OutboxEntry.seq.desc()).first()
    assert op.payload["default_language"] == "lt" and op.payload["languages_off"] == ["tr"]
