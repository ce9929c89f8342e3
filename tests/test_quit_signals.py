import os
import signal

from app.quit_signals import QuitSignals


def test_a_sigterm_reaches_the_event_loop_once(qtbot):
    received = []
    signals = QuitSignals(received.append)
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: received == [signal.SIGTERM])
    finally:
        signals.uninstall()
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL


def test_ctrl_c_leaves_the_same_way(qtbot):
    received = []
    signals = QuitSignals(received.append)
    try:
        os.kill(os.getpid(), signal.SIGINT)
        qtbot.waitUntil(lambda: received == [signal.SIGINT])
    finally:
        signals.uninstall()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
