"""The build's worker pool is forked with SIGTERM at its default action, so that stopping
the pool kills even a worker that never reached its initializer."""
import signal
import threading

from kg.build import _default_sigterm


def test_workers_are_forked_with_sigterm_at_its_default_action():
    def handler(signum, frame):  # the CLI's own handler, as a running build has it
        raise KeyboardInterrupt

    before = signal.signal(signal.SIGTERM, handler)
    try:
        with _default_sigterm():
            assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
        assert signal.getsignal(signal.SIGTERM) is handler
    finally:
        signal.signal(signal.SIGTERM, before)


def test_a_build_in_another_thread_keeps_the_handlers():
    seen = []

    def run():
        with _default_sigterm():
            seen.append(signal.getsignal(signal.SIGTERM))

    t = threading.Thread(target=run)
    t.start()
    t.join()
    assert seen == [signal.getsignal(signal.SIGTERM)]
