"""discover(): folder walking order, skipping, and problems for bad paths."""

import json
import os
from pathlib import Path

import pytest

from claimgraph.readers import Problem, ReadStats, discover, iter_inputs
from claimgraph.readers import codes


def _touch(path: Path, text: str = "Some article text.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_readers_paths_sorted_recursive_walk(tmp_path):
    for rel in ["b.txt", "a.html", "sub/z.jsonl", "sub/deeper/y.warc.gz", "A.TXT", "c.htm", "m.warc"]:
        _touch(tmp_path / rel)
    found = list(discover([tmp_path]))
    rels = [p.relative_to(tmp_path).as_posix() for p in found]
    assert rels == ["A.TXT", "a.html", "b.txt", "c.htm", "m.warc", "sub/deeper/y.warc.gz", "sub/z.jsonl"]
    assert list(discover([tmp_path])) == found  # deterministic


def test_readers_paths_source_keeps_the_given_prefix(tmp_path, monkeypatch):
    _touch(tmp_path / "news" / "one.txt")
    monkeypatch.chdir(tmp_path)
    records = list(iter_inputs(["news"]))
    assert [r.source for r in records] == [os.path.join("news", "one.txt")]


def test_readers_paths_hidden_and_unsupported_skipped_and_counted(tmp_path):
    _touch(tmp_path / "keep.txt")
    _touch(tmp_path / ".hidden.txt")
    _touch(tmp_path / ".git" / "inside.txt")
    _touch(tmp_path / "photo.jpg")
    _touch(tmp_path / "notes.md")
    stats = ReadStats()
    found = list(discover([tmp_path], stats=stats))
    assert [p.name for p in found] == ["keep.txt"]
    assert stats.hidden_skipped == 2
    assert stats.unsupported_skipped == 2
    assert stats.files == 1


def test_readers_paths_unsupported_file_named_explicitly(tmp_path):
    pdf = _touch(tmp_path / "report.pdf")
    [problem] = list(discover([pdf]))
    assert isinstance(problem, Problem)
    assert problem.code == codes.UNSUPPORTED
    assert ".pdf" in problem.reason and ".jsonl" in problem.reason
    assert problem.source == str(pdf)


def test_readers_paths_nonexistent_path(tmp_path):
    missing = tmp_path / "nope" / "missing.txt"
    items = list(iter_inputs([missing]))
    assert len(items) == 1 and isinstance(items[0], Problem)
    assert items[0].code == codes.NOT_FOUND
    assert items[0].source == str(missing)


def test_readers_paths_dangling_symlink_named_and_inside_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _touch(folder / "good.txt")
    os.symlink(tmp_path / "gone.txt", folder / "link.txt")
    os.symlink(tmp_path / "gone2.txt", tmp_path / "named.txt")
    items = list(iter_inputs([folder, tmp_path / "named.txt"]))
    problems = [i for i in items if isinstance(i, Problem)]
    records = [i for i in items if not isinstance(i, Problem)]
    assert [r.source for r in records] == [str(folder / "good.txt")]
    assert [p.code for p in problems] == [codes.DANGLING_LINK, codes.DANGLING_LINK]
    assert "gone.txt" in problems[0].reason


def test_readers_paths_folder_without_supported_files(tmp_path):
    _touch(tmp_path / "a.csv")
    _touch(tmp_path / "b.pdf")
    [problem] = list(iter_inputs([tmp_path]))
    assert problem.code == codes.NO_INPUT_FILES
    assert "2 file(s) of other types" in problem.reason


def test_readers_paths_empty_folder(tmp_path):
    [problem] = list(iter_inputs([tmp_path]))
    assert problem.code == codes.NO_INPUT_FILES


PERMISSION_CHILD = """
import json, os, sys
from claimgraph.readers import iter_inputs
import claimgraph.readers.text, claimgraph.readers.jsonl, claimgraph.readers.paths  # before dropping rights
if os.geteuid() == 0:  # root reads chmod 000 files: act as nobody instead
    os.setgid(65534)
    os.setuid(65534)
print(json.dumps([[i.source, i.code, i.reason] for i in iter_inputs(sys.argv[1:])]))
"""


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_readers_paths_permission_denied(tmp_path):
    import subprocess
    import sys
    import tempfile

    base = Path(tempfile.mkdtemp())  # under /tmp, so that "nobody" can reach it
    try:
        base.chmod(0o755)
        secret = _touch(base / "secret.txt")
        locked = base / "locked"
        _touch(locked / "inside.txt")
        secret.chmod(0)
        locked.chmod(0)
        out = subprocess.run([sys.executable, "-c", PERMISSION_CHILD, str(secret), str(locked)],
                             capture_output=True, text=True, check=True).stdout
    finally:
        for p in (base / "locked", base / "secret.txt"):
            p.chmod(0o755)
        import shutil

        shutil.rmtree(base)
    items = json.loads(out)
    assert items == [
        [str(secret), codes.UNREADABLE, "cannot read file (permission denied)"],
        [str(locked), codes.UNREADABLE, "cannot list folder (permission denied)"],
    ]


def test_readers_paths_symlink_loop_terminates(tmp_path):
    _touch(tmp_path / "a" / "x.txt")
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    found = list(discover([tmp_path]))
    assert [p.name for p in found] == ["x.txt"]


def test_readers_paths_same_file_twice_read_once(tmp_path):
    f = _touch(tmp_path / "x.txt")
    stats = ReadStats()
    records = list(iter_inputs([f, tmp_path, f], stats=stats))
    assert len(records) == 1
    assert stats.duplicate_paths == 2


def test_readers_paths_order_follows_arguments(tmp_path):
    _touch(tmp_path / "z" / "1.txt")
    _touch(tmp_path / "a" / "2.txt")
    found = list(discover([tmp_path / "z", tmp_path / "a"]))
    assert [p.name for p in found] == ["1.txt", "2.txt"]


def test_readers_paths_fifo_is_not_opened(tmp_path):
    # Opening a FIFO would block the run forever: it must be skipped (in a folder) or reported.
    os.mkfifo(tmp_path / "pipe.txt")
    _touch(tmp_path / "real.txt")
    stats = ReadStats()
    items = list(iter_inputs([tmp_path], stats=stats))
    assert [getattr(i, "source", None) for i in items] == [str(tmp_path / "real.txt")]
    assert stats.unsupported_skipped == 1
    [problem] = list(iter_inputs([tmp_path / "pipe.txt"]))
    assert problem.code == codes.UNSUPPORTED and "not a regular file" in problem.reason


def test_readers_paths_records_pickle_for_process_pools(tmp_path):
    import pickle

    _touch(tmp_path / "a.txt")
    [rec] = list(iter_inputs([tmp_path]))
    [problem] = list(iter_inputs([tmp_path / "missing.txt"]))
    assert pickle.loads(pickle.dumps(rec)) == rec
    assert pickle.loads(pickle.dumps(problem)) == problem


def test_readers_paths_file_vanishing_before_read_is_a_problem(tmp_path):
    # discover() found it, then it was deleted: each reader reports it instead of raising.
    from claimgraph.readers import iter_file

    for name in ("gone.txt", "gone.html", "gone.jsonl", "gone.warc", "gone.warc.gz"):
        [problem] = list(iter_file(tmp_path / name))
        assert problem.code == codes.UNREADABLE, name
        assert problem.reason.startswith("cannot read file")


def test_readers_paths_reading_a_folder_as_a_file_is_a_problem(tmp_path):
    from claimgraph.readers import iter_file

    (tmp_path / "dir.txt").mkdir()
    [problem] = list(iter_file(tmp_path / "dir.txt"))
    assert problem.code == codes.UNREADABLE and "directory" in problem.reason


def test_readers_paths_run_counts_and_calls_hooks(tmp_path):
    from claimgraph.readers import run

    _touch(tmp_path / "a.txt")
    _touch(tmp_path / "b.txt", "")
    _touch(tmp_path / "c.jsonl", '{"text": "x"}\n{"text": "y"}\nnot json\n')
    _touch(tmp_path / "skip.csv")
    seen_records, seen_problems = [], []
    stats = run([tmp_path, tmp_path / "missing"], on_record=seen_records.append, on_problem=seen_problems.append)
    assert (stats.files, stats.records, stats.problems, stats.unsupported_skipped) == (3, 3, 3, 1)
    assert stats.by_code == {codes.EMPTY: 1, codes.JSONL_BAD_JSON: 1, codes.NOT_FOUND: 1}
    assert [r.source for r in seen_records] == [str(tmp_path / "a.txt"), f"{tmp_path / 'c.jsonl'}#L1", f"{tmp_path / 'c.jsonl'}#L2"]
    assert [p.code for p in seen_problems] == [codes.EMPTY, codes.JSONL_BAD_JSON, codes.NOT_FOUND]
