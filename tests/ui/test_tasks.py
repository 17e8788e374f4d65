"""run_task: the inputs as given, the work in the pool, the result or the error always delivered
on the GUI thread; a kiosk error keeps its words, anything else becomes a calm "sorry"."""

import threading

import pytest

from kiosk.domain.errors import InvalidInput
from kiosk.views.tasks import SORRY, run_task, wait_for_tasks


def test_the_work_runs_in_the_pool_and_the_result_comes_back_on_the_gui_thread(qtbot):
    seen = {}

    def work(a, b):
        seen["worker"] = threading.current_thread()
        return a + b

    delivered = []
    task = run_task(work, lambda outcome: delivered.append((outcome, threading.current_thread())), 2, 3)
    qtbot.waitUntil(lambda: bool(delivered), timeout=5000)
    outcome, thread = delivered[0]
    assert outcome.ok and outcome.value == 5 and outcome.message == ""
    assert thread is threading.main_thread() and seen["worker"] is not threading.main_thread()
    assert task.result is outcome and not task.running


def test_a_kiosk_error_keeps_its_plain_words(qtbot):
    def work():
        raise InvalidInput("The last day is before the first.")

    delivered = []
    run_task(work, delivered.append)
    qtbot.waitUntil(lambda: bool(delivered), timeout=5000)
    assert not delivered[0].ok and delivered[0].message == "The last day is before the first."


def test_any_other_error_is_delivered_too_as_a_calm_sorry(qtbot):
    def work():
        raise ZeroDivisionError("a bug")

    delivered = []
    run_task(work, lambda outcome: delivered.append((outcome, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(delivered), timeout=5000)
    outcome, thread = delivered[0]
    assert isinstance(outcome.error, ZeroDivisionError) and outcome.message == SORRY
    assert thread is threading.main_thread()


def test_tasks_are_started_only_from_the_gui_thread(qapp):
    refused = []

    def elsewhere():
        with pytest.raises(RuntimeError, match="GUI thread"):
            run_task(print, print)
        refused.append(True)

    worker = threading.Thread(target=elsewhere)
    worker.start()
    worker.join(5)
    assert refused == [True]


def test_at_shutdown_running_work_is_waited_for_and_delivered(qapp):
    release, delivered = threading.Event(), []
    run_task(lambda: release.wait(5) and "made", delivered.append)
    release.set()
    assert wait_for_tasks(5000)
    assert [o.value for o in delivered] == ["made"]
