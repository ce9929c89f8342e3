"""When a failed write is tried again."""

from app.core.write_retry import MAX_RETRY_SECONDS, WriteRetry, retry_delay


def test_the_delay_grows_and_levels_off():
    assert [retry_delay(n) for n in range(1, 8)] == [1, 2, 4, 8, 16, 30, 30]
    assert retry_delay(100) == MAX_RETRY_SECONDS


def test_a_retry_is_due_on_the_steady_clock_and_success_says_it_had_failed():
    retry = WriteRetry()
    assert not retry.pending and retry.seconds_to_retry(10.0) is None
    assert retry.failed(10.0) == 1
    assert retry.pending
    assert not retry.due(10.5)
    assert retry.seconds_to_retry(10.5) == 0.5
    assert retry.due(11.0)
    assert retry.failed(11.0) == 2
    assert not retry.due(12.9)
    assert retry.succeeded()  # it had been failing: the person was told, so tell them it is fine
    assert not retry.pending
    assert not retry.succeeded()  # a plain success after success
