import os
import time

from finn_vivado.backends.sim import build_cache


def _entry(cache, name, size, age):
    path = cache / name
    path.mkdir()
    (path / "bin").write_bytes(b"\0" * size)
    stamp = time.time() - age
    os.utime(path, (stamp, stamp))
    return path


def test_evicts_least_recently_used_beyond_the_budget(tmp_path):
    old = _entry(tmp_path, "old", 4000, 300)
    mid = _entry(tmp_path, "mid", 4000, 200)
    new = _entry(tmp_path, "new", 4000, 100)
    assert build_cache.cached_build(tmp_path, "old", "bin") == old  # a hit makes it recent
    removed = build_cache.evict(tmp_path, budget=9000)
    assert removed == [mid]
    assert old.exists() and new.exists()


def test_never_evicts_the_build_just_made(tmp_path):
    keep = _entry(tmp_path, "keep", 5000, 500)
    other = _entry(tmp_path, "other", 5000, 100)
    assert build_cache.evict(tmp_path, keep=keep, budget=0) == [other]
    assert keep.exists()


def test_stale_scratch_directories_go(tmp_path):
    stale = _entry(tmp_path, ".tmp-top-abc-x1", 10, 2 * 24 * 3600)
    fresh = _entry(tmp_path, ".tmp-top-abc-x2", 10, 10)  # maybe another build's, in progress
    assert build_cache.evict(tmp_path, budget=10**9) == [stale]
    assert fresh.exists()


def test_budget_from_the_environment(monkeypatch):
    monkeypatch.setenv(build_cache.CACHE_GB_ENV, "2.5")
    assert build_cache.cache_budget_bytes() == 2_500_000_000
    for bad in ("nan", "-1", "lots"):
        monkeypatch.setenv(build_cache.CACHE_GB_ENV, bad)
        assert build_cache.cache_budget_bytes() == int(build_cache.DEFAULT_CACHE_GB * 1e9)


def test_publish_keeps_the_cache_within_budget(tmp_path, monkeypatch):
    monkeypatch.setenv(build_cache.CACHE_GB_ENV, "0.000006")  # 6000 bytes
    _entry(tmp_path, "a", 4000, 100)
    scratch = build_cache.scratch_dir(tmp_path, "b")
    (scratch / "bin").write_bytes(b"\0" * 4000)
    final = build_cache.publish_build(scratch, tmp_path, "b")
    assert final.exists() and not (tmp_path / "a").exists()
