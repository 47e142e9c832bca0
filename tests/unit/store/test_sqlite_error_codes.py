"""SQLite errors are classified by their result code (sqlite_errorcode), not their wording."""

import sqlite3

import pytest

from pmdesk.store.errors import DamagedError, PmdbError, sqlite_code
from pmdesk.store.image import sqlite_error


def raised(statement, setup=lambda conn: None):
    conn = sqlite3.connect(":memory:")
    setup(conn)
    with pytest.raises(sqlite3.Error) as info:
        conn.execute(statement).fetchall()
    return info.value


def test_real_errors_carry_their_codes():
    interrupted = raised("SELECT 1", lambda c: c.set_progress_handler(lambda: 1, 1))
    assert sqlite_code(interrupted) == sqlite3.SQLITE_INTERRUPT
    too_big = raised("SELECT zeroblob(100)", lambda c: c.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 10))
    assert sqlite_code(too_big) == sqlite3.SQLITE_TOOBIG
    assert "took too long" in str(sqlite_error(interrupted, "plan.pmdb"))
    assert "larger than 16 MB" in str(sqlite_error(too_big, "plan.pmdb"))


def reworded(code: int) -> sqlite3.Error:
    """An error as a later SQLite might word it: only the code is the same."""
    exc = sqlite3.OperationalError("something else entirely")
    exc.sqlite_errorcode = code
    return exc


@pytest.mark.parametrize(
    ("code", "kind", "words"),
    [
        (sqlite3.SQLITE_INTERRUPT, DamagedError, "took too long"),
        (sqlite3.SQLITE_TOOBIG, DamagedError, "larger than"),
        (sqlite3.SQLITE_NOMEM, PmdbError, "not enough memory"),
        (sqlite3.SQLITE_FULL, PmdbError, "not enough memory"),
        (sqlite3.SQLITE_CORRUPT, DamagedError, "is damaged (something else entirely)"),
    ],
)
def test_the_code_decides_not_the_message(code, kind, words):
    problem = sqlite_error(reworded(code), "plan.pmdb")
    assert type(problem) is kind
    assert words in str(problem)


def test_a_message_without_a_code_is_not_read_as_one():
    # "interrupted" in the text of a code-less error does not make it a timeout
    problem = sqlite_error(sqlite3.OperationalError("interrupted by full text"), "plan.pmdb")
    assert "took too long" not in str(problem)
    assert "not enough memory" not in str(problem)
    assert isinstance(problem, DamagedError)


def test_extended_codes_reduce_to_their_primary_code():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (a NOT NULL)")
    with pytest.raises(sqlite3.IntegrityError) as info:
        conn.execute("INSERT INTO t VALUES (NULL)")
    assert info.value.sqlite_errorcode == sqlite3.SQLITE_CONSTRAINT_NOTNULL
    assert sqlite_code(info.value) == sqlite3.SQLITE_CONSTRAINT
