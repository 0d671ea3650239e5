from __future__ import annotations

import os
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from unionreader.pipeline import BuildConfig
from unionreader.serve import Watcher, rebuild, site_server


def test_watcher_sees_added_changed_and_removed_files(tmp_path: Path) -> None:
    calls: list[int] = []
    (tmp_path / "a.txt").write_text("1")
    watcher = Watcher([tmp_path], lambda: calls.append(1))
    assert not watcher.poll()
    (tmp_path / "b.txt").write_text("2")
    assert watcher.poll()
    stamp = (tmp_path / "a.txt").stat().st_mtime + 5
    os.utime(tmp_path / "a.txt", (stamp, stamp))
    assert watcher.poll()
    (tmp_path / "b.txt").unlink()
    assert watcher.poll() and len(calls) == 3


def test_a_failed_rebuild_is_reported_and_keeps_the_last_site(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("")
    messages: list[str] = []
    config = BuildConfig(seeds_dir=seeds, out_dir=tmp_path / "_site")
    assert rebuild(config, messages.append) is None
    assert messages[0].startswith("error: ") and "a.txt: is empty" in messages[0]
    assert not (tmp_path / "_site").exists()


def test_the_preview_serves_the_site_and_its_404_page(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("home")
    (tmp_path / "404.html").write_text("找不到", encoding="utf-8")
    server = site_server(tmp_path, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with urllib.request.urlopen(url) as response:
            assert response.read() == b"home"
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(url + "no/such/page/")
        assert missing.value.code == 404
        assert missing.value.read().decode("utf-8") == "找不到"
    finally:
        server.shutdown()
        server.server_close()


def test_a_rebuild_goes_through_the_cache(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a", "b", "c"):
        (seeds / f"{name}.txt").write_text(f"标题{name}\n工会工作要抓好{name}。\n", "utf-8")
    messages: list[str] = []
    config = BuildConfig(seeds_dir=seeds, out_dir=tmp_path / "_site", cache_dir=tmp_path / "c")
    first = rebuild(config, messages.append)
    assert first is not None and first.built == 3
    (seeds / "b.txt").write_text("标题b\n工会工作要抓落实。\n", "utf-8")
    second = rebuild(config, messages.append)
    assert second is not None and second.built == 1 and second.written < second.files
    assert "(2 from the cache)" in messages[-1]
