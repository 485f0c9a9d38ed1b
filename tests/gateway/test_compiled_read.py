"""CompiledRead on SQLite: a connection kept per thread reads what a fresh one would — every
commit made elsewhere before the read — and holds nothing of the engine's pool."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import bindparam, column, select, table, text

from gateway.state.db import CompiledRead, make_engine

ITEMS = table("items", column("id"), column("value"))
BY_ID = select(ITEMS.c.value).where(ITEMS.c.id == bindparam("id"))


@pytest.fixture()
def database(tmp_path):
    path = tmp_path / "state.db"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE items (id TEXT PRIMARY KEY, value TEXT)"))
        conn.execute(text("INSERT INTO items VALUES ('a', 'one')"))
    yield engine, path
    engine.dispose()


def test_reads_see_every_commit_made_elsewhere(database):
    engine, path = database
    read = CompiledRead(engine, BY_ID)
    assert read.rows(id="a") == [("one",)]
    with engine.begin() as conn:  # through the engine's pool
        conn.execute(text("UPDATE items SET value = 'two' WHERE id = 'a'"))
    assert read.rows(id="a") == [("two",)]
    other = sqlite3.connect(path)  # outside SQLAlchemy, as another process would
    with other:
        other.execute("UPDATE items SET value = 'three' WHERE id = 'a'")
        other.execute("INSERT INTO items VALUES ('b', 'new')")
    other.close()
    assert read.rows(id="a") == [("three",)] and read.rows(id="b") == [("new",)]


def test_threads_read_without_holding_pool_connections(database):
    engine, _ = database
    read = CompiledRead(engine, BY_ID)
    results: list[object] = []

    def worker() -> None:
        results.append(read.rows(id="a"))

    threads = [threading.Thread(target=worker) for _ in range(40)]  # more than the pool allows (5 + 10)
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [[("one",)]] * 40
    assert engine.pool.checkedout() == 0


def test_a_failed_read_is_raised_and_the_next_one_works(database):
    engine, _ = database
    read = CompiledRead(engine, BY_ID)
    assert read.rows(id="a") == [("one",)]
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE items RENAME TO gone"))
    with pytest.raises(sqlite3.OperationalError):
        read.rows(id="a")
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE gone RENAME TO items"))
    assert read.rows(id="a") == [("one",)]


def test_an_in_memory_database_is_read_on_its_own_connection():
    engine = make_engine("sqlite:///:memory:")  # one connection per thread: it is the database
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE items (id TEXT PRIMARY KEY, value TEXT)"))
        conn.execute(text("INSERT INTO items VALUES ('a', 'one')"))
    read = CompiledRead(engine, BY_ID)
    assert read.rows(id="a") == [("one",)] and read.rows(id="a") == [("one",)]
