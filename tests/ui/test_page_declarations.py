"""Visitor and desk pages are declared alike: each says its own name (and, for visitor pages,
whether it confirms something done) on the class; no page class name is used twice; the general
widgets live in views/widgets."""

import importlib
import pkgutil

import kiosk.views.widgets
from kiosk.views.desk.pages import PAGES as DESK_PAGES
from kiosk.views.visitor.pages import PAGES as VISITOR_PAGES
from tests.ui.helpers import page, tap


def test_every_page_declares_a_name_of_its_own():
    for pages in (VISITOR_PAGES, DESK_PAGES):
        names = [cls.page_name for cls in pages]
        assert all(names), pages
        assert len(set(names)) == len(names)


def test_the_built_windows_use_the_declared_names(kiosk_window):
    assert list(kiosk_window.page_by_name) == [cls.page_name for cls in VISITOR_PAGES]
    for name, shown in kiosk_window.page_by_name.items():
        assert shown.page_name == name


def test_only_the_three_confirmations_say_so():
    assert {cls.page_name for cls in VISITOR_PAGES if cls.confirmation} == {"booked", "checked_in", "thanks"}
    assert not any(cls.confirmation for cls in DESK_PAGES)


def test_no_page_class_name_is_shared_between_visitor_and_desk():
    visitor = {cls.__name__ for cls in VISITOR_PAGES}
    desk = {cls.__name__ for cls in DESK_PAGES}
    assert not visitor & desk


def test_the_desk_has_no_widget_module_of_its_own():
    import kiosk.views.desk

    desk_modules = {info.name for info in pkgutil.iter_modules(kiosk.views.desk.__path__)}
    assert "widgets" not in desk_modules
    for module in ("confirm_bar", "pin_pad", "slot_card", "layouts"):
        importlib.import_module(f"{kiosk.views.widgets.__name__}.{module}")


def test_back_is_hidden_after_a_declared_confirmation(qtbot, kiosk_window):
    tap(qtbot, page(kiosk_window, "welcome").tiles["feedback"])
    assert kiosk_window.footer.back.isVisibleTo(kiosk_window)
    kiosk_window.go("thanks")
    assert not kiosk_window.footer.back.isVisibleTo(kiosk_window)
