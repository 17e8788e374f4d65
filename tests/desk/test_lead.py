"""The hub lead's pages (staff accounts, hub settings, the audit log) and activities: a volunteer
never reaches the lead's pages, in the side navigation or by any other way in."""

import csv

import pytest

from kiosk.domain.enums import StaffRole
from kiosk.domain.errors import KioskError, NotAllowed
from tests.desk.conftest import LEAD_NAME, LEAD_PIN, VOLUNTEER_NAME, VOLUNTEER_PIN
from tests.desk.helpers import audit_ids, new_audit, shown, sign_in, staff_id, tap

LEAD_ONLY = ("staff", "settings", "audit", "reports", "privacy")


def open_page(qtbot, desk, name, who=(LEAD_NAME, LEAD_PIN)):
    sign_in(qtbot, desk.area, *who)
    tap(qtbot, desk.area.shell.nav[name])
    return desk.area.shell.pages[name]


def test_a_volunteer_cannot_reach_the_lead_pages(qtbot, desk):
    shell = desk.area.shell
    sign_in(qtbot, desk.area, VOLUNTEER_NAME, VOLUNTEER_PIN)
    for name in LEAD_ONLY:
        assert not shell.nav[name].isVisible(), name
        assert shell.go(name) is False, name  # asked for by a shortcut or another page
        assert shell.current_name == "today"
        assert "Only a hub lead can open that page." in shell.current_page().message.text()
    assert all(shell.nav[n].isVisible() for n in shell.nav if n not in LEAD_ONLY)


def test_a_volunteer_is_refused_by_the_services_even_on_a_lead_page(qtbot, desk, tmp_path):
    """Belt and braces: were a lead page ever shown to a volunteer, its actions still fail."""
    services = desk.services
    sign_in(qtbot, desk.area, VOLUNTEER_NAME, VOLUNTEER_PIN)
    before = audit_ids(services)
    staff = desk.area.shell.pages["staff"]
    staff.name.setText("Sly")
    staff.pin.setText("975310")
    staff.pin_again.setText("975310")
    staff._on_add_clicked()
    assert staff.message.text() == "⚠  Only a hub lead can do this."
    settings = desk.area.shell.pages["settings"]
    settings.refresh()
    settings.lock.set_value(60)
    settings._on_save_clicked()
    assert settings.message.text() == "⚠  Only a hub lead can do this."
    audit = desk.area.shell.pages["audit"]
    audit.path.setText(str(tmp_path / "log.csv"))
    audit._on_export_clicked()
    assert audit.message.text() == "⚠  Only a hub lead can do this."
    assert new_audit(services, before) == [] and not (tmp_path / "log.csv").exists()
    for refused in (lambda: services.audit.entries(desk.area.actor),
                    lambda: services.accounts.reset_pin(desk.area.actor, staff_id(services, LEAD_NAME), "975310")):
        with pytest.raises(NotAllowed):
            refused()


def test_a_lead_adds_a_volunteer_who_can_then_sign_in(qtbot, desk):
    services = desk.services
    page = open_page(qtbot, desk, "staff")
    qtbot.keyClicks(page.name, "Femi")
    page.pin.setText("864200")
    page.pin_again.setText("864201")
    tap(qtbot, page.add)
    assert "not the same" in page.message.text()
    page.pin_again.setText("864200")
    before = audit_ids(services)
    tap(qtbot, page.add)
    assert new_audit(services, before) == [(LEAD_NAME, "staff.add")]
    femi = next(s for s in services.accounts.staff() if s.name == "Femi")
    assert femi.role is StaffRole.VOLUNTEER and "Femi   ·   Volunteer   ·   Active" in shown(page)
    tap(qtbot, desk.area.shell.lock_button)
    sign_in(qtbot, desk.area, "Femi", "864200")
    assert desk.area.actor.name == "Femi"


def test_disabling_asks_first_and_a_new_pin_lifts_a_lock(qtbot, desk, desk_clock):
    services = desk.services
    vic = staff_id(services, VOLUNTEER_NAME)
    for _ in range(5):  # Vic forgets the PIN and is locked out
        with pytest.raises(KioskError):
            services.accounts.sign_in(vic, "000111")
        desk_clock.advance(seconds=31)
    page = open_page(qtbot, desk, "staff")
    assert "Vic   ·   Volunteer   ·   Locked until" in shown(page)
    tap(qtbot, page.resets[vic])
    page.new_pin.setText("246802")
    page.new_pin_again.setText("246802")
    before = audit_ids(services)
    tap(qtbot, page.set_pin)
    assert new_audit(services, before) == [(LEAD_NAME, "staff.reset_pin")]
    assert services.accounts.sign_in(vic, "246802").name == VOLUNTEER_NAME
    tap(qtbot, page.toggles[vic])
    assert page.confirm_bar.isVisible() and services.accounts.staff(include_disabled=True)
    tap(qtbot, page.confirm_bar.yes)
    assert VOLUNTEER_NAME not in {s.name for s in services.accounts.staff()}
    assert "Vic's account is disabled." in page.notice.text()
    tap(qtbot, page.toggles[vic])  # enabling again needs no confirmation
    assert VOLUNTEER_NAME in {s.name for s in services.accounts.staff()}


def test_the_last_lead_cannot_disable_themself(qtbot, desk):
    page = open_page(qtbot, desk, "staff")
    me = staff_id(desk.services, LEAD_NAME)
    tap(qtbot, page.toggles[me])
    tap(qtbot, page.confirm_bar.yes)
    assert "cannot disable your own account" in page.message.text()


def test_hub_settings_save_in_one_audited_change(qtbot, desk, make_kiosk):
    services = desk.services
    page = open_page(qtbot, desk, "settings")
    assert page.name.text() == "Riverside Recovery Hub (demo)" and page.lock.value() == 5
    page.name.setText("Riverside Hub")
    tap(qtbot, page.lock.plus)
    page.contacts.setPlainText("Samaritans: call 116 123\nHub duty phone: 01632 960 999")
    before = audit_ids(services)
    tap(qtbot, page.save)
    assert new_audit(services, before) == [(LEAD_NAME, "settings.update")]
    assert services.settings.get().desk_lock_minutes == 6
    assert [c.name for c in services.hub.current().crisis_contacts] == ["Samaritans", "Hub duty phone"]
    tap(qtbot, page.save)
    assert "Nothing was changed." in page.notice.text()
    page.contacts.setPlainText("Just a phone number")
    tap(qtbot, page.save)
    assert "Write each crisis contact on its own line" in page.message.text()
    page.refresh()
    page.web.setText("example.org")
    tap(qtbot, page.save)
    assert "must start with https://" in page.message.text()
    kiosk = make_kiosk()
    kiosk.go("help")
    assert "Hub duty phone" in shown(kiosk.page_by_name["help"])
    assert kiosk.header.hub_label.text() == "Riverside Hub"


def test_the_audit_log_viewer_and_its_csv_export(qtbot, desk, tmp_path):
    services = desk.services
    page = open_page(qtbot, desk, "audit")
    assert page.table.rowCount() > 10
    assert page.table.item(0, 1).text() == LEAD_NAME and page.table.item(0, 2).text() == "Signed in"
    tap(qtbot, page.kind.button("session."))
    assert {page.table.item(r, 2).text() for r in range(page.table.rowCount())} == {"Cancelled a session"}
    target = tmp_path / "audit.csv"
    page.path.setText(str(target))
    before = audit_ids(services)
    tap(qtbot, page.export)
    assert new_audit(services, before) == [(LEAD_NAME, "audit.export")]
    with open(target, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["when (UTC)", "who", "action"] and len(rows) > 10
    names = {b.name for s in services.today.board() for b in services.booking.for_session(s.session.id) if b.name}
    assert names and not any(name in cell for row in rows for cell in row for name in names)
    page.path.setText(str(tmp_path / "audit.txt"))
    tap(qtbot, page.export)
    assert "ending in .csv" in page.message.text()


def test_editing_an_activity_with_a_palette_colour_and_an_icon(qtbot, desk, make_kiosk):
    services = desk.services
    page = open_page(qtbot, desk, "activities", (VOLUNTEER_NAME, VOLUNTEER_PIN))
    yoga = next(a for a in services.activities.list() if a.name == "Yoga")
    tap(qtbot, page.items[yoga.id])
    assert page.name.text() == "Yoga" and page.colours.value() == "#6A2C70"
    page.bring.setPlainText("Loose clothes and a bottle of water.")
    tap(qtbot, page.colours.buttons["#283593"])
    assert page.colours.buttons["#283593"].text() == "✓ Indigo"  # chosen is marked in words
    tap(qtbot, page.icons.buttons["feather"])
    before = audit_ids(services)
    tap(qtbot, page.save)
    assert new_audit(services, before) == [(VOLUNTEER_NAME, "activity.edit")]
    saved = next(a for a in services.activities.list() if a.id == yoga.id)
    assert (saved.what_to_bring, saved.colour, saved.icon) == ("Loose clothes and a bottle of water.",
                                                               "#283593", "feather")
    tap(qtbot, page.new)
    qtbot.keyClicks(page.name, "Yoga")
    tap(qtbot, page.save)
    assert "already an activity called 'Yoga'" in page.message.text()
    page.name.setText("Gardening club")
    tap(qtbot, page.save)
    assert "Gardening club" in {a.name for a in services.activities.list()}


def test_every_desk_control_has_a_name_and_a_big_target(qtbot, desk):
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QPlainTextEdit

    sign_in(qtbot, desk.area, LEAD_NAME, LEAD_PIN)
    shell = desk.area.shell
    session = desk.services.today.board()[0].session
    pages = [(name, None) for name in shell.nav] + [("session", session.id),
                                                    ("session_form", {"session_id": session.id})]
    for name, argument in pages:
        shell.go(name, argument)
        QApplication.processEvents()
        page = shell.pages[name]
        controls = [c for kind in (QAbstractButton, QLineEdit, QPlainTextEdit) for c in page.findChildren(kind)]
        for control in controls:
            if not control.isVisibleTo(page) or control.parent() is page.scroll:
                continue
            assert control.accessibleName(), f"{name}: {type(control).__name__}"
            if isinstance(control, QAbstractButton):
                assert control.height() >= 72 and control.width() >= 72, (name, control.accessibleName())
