"""PageStamps (the working copy's incremental page checksums) writes exactly what stamping
every page writes, whatever changed between two images; Save and autosave rely on it."""

import os

from hypothesis import given
from hypothesis import strategies as st

from pmdesk.core.entities import Task
from pmdesk.store.fileformat import PageStamps, check_image, stamp_checksums
from pmdesk.store.pmdb import WorkingCopy, save_plan
from tests.unit.store.pmdb_plans import every_kind_plan

PAGE = 512


def _full(image: bytes, page_size: int = PAGE) -> bytes:
    stamped = bytearray(image)
    stamp_checksums(stamped, page_size)
    return bytes(stamped)


# One image, then a list of edits: (page, offset in the page, new byte) or a change of length.
edits = st.lists(
    st.one_of(
        st.tuples(st.integers(0, 9), st.integers(0, PAGE - 1), st.integers(0, 255)),
        st.integers(1, 10),  # the next image has this many pages
    ),
    max_size=12,
)


@given(st.integers(1, 8), edits, st.randoms(use_true_random=False))
def test_each_image_is_stamped_as_a_full_stamp_would(pages, changes, rnd):
    image = bytearray(rnd.randbytes(pages * PAGE))
    stamps = PageStamps()
    for change in [None, *changes]:
        if isinstance(change, int):
            if change * PAGE > len(image):
                image += rnd.randbytes(change * PAGE - len(image))
            else:
                del image[change * PAGE :]
        elif change is not None:
            page, offset, value = change
            if page * PAGE < len(image):
                image[page * PAGE + offset] = value
        expected = _full(image)
        # the reserved bytes as SQLite left them: anything
        assert bytes(stamps.stamped(bytes(image), PAGE)) == expected


def test_two_swapped_pages_get_their_own_digests():
    # Same contents at other page numbers are not the same pages: the number keys the digest.
    first, second = os.urandom(PAGE), os.urandom(PAGE)
    stamps = PageStamps()
    stamps.stamped(first + second, PAGE)
    assert bytes(stamps.stamped(second + first, PAGE)) == _full(second + first)


def test_a_new_page_size_starts_over():
    image = os.urandom(4 * PAGE)
    stamps = PageStamps()
    stamps.stamped(image, PAGE)
    assert bytes(stamps.stamped(image, 2 * PAGE)) == _full(image, 2 * PAGE)


def test_an_image_stays_as_it_is_until_the_next_one():
    stamps = PageStamps()
    first = stamps.stamped(os.urandom(3 * PAGE), PAGE)
    kept = bytes(first)
    second = stamps.stamped(os.urandom(3 * PAGE), PAGE)
    assert bytes(first) == kept
    assert second is not first
    assert bytes(stamps.stamped(kept, PAGE)) == _full(kept)


def test_saves_and_autosaves_of_a_working_copy_stay_sound(tmp_path, monkeypatch):
    monkeypatch.setenv("PMDESK_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "plan.pmdb"
    save_plan(every_kind_plan(), path)
    copy = WorkingCopy.open(path)
    try:
        copy.data.subscribe(copy.write_change)
        task = next(iter(copy.data.tasks.values()))
        for n in range(3):
            copy.data.update(Task, task.id, name=f"Renamed {n}")
            copy.save()
            check_image(path.read_bytes(), "plan")  # every page's checksum matches
            copy.data.update(Task, task.id, notes="x" * 3000 * (n + 1))  # pages added
            recovered = copy.autosave()
            assert recovered is not None
            check_image(recovered.copy.read_bytes(), "recovery")
    finally:
        copy.close()
