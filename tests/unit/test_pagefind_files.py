"""The index files UnionReader writes are the files Pagefind writes for the same words.

The reference is the pagefind[extended] binary itself, run over one page per document whose text
is the document's words (`codes.words`); both indexes are read back with cbor2 and compared word
by word, page by page, position by position, and in their shape.
"""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path
from typing import Any

import cbor2
import pytest
from paths import SEEDS

from unionreader.search import pagefind_files as files
from unionreader.search.chunks import chunks as cut
from unionreader.search.chunks import encode
from unionreader.search.codes import BROKEN, WIDTH, words
from unionreader.search.pagefind_runtime import executable
from unionreader.search.postings import collect, pair_keys
from unionreader.search.text import BREAK, marked

Index = dict[str, dict[int, list[int]]]


def _documents() -> list[list[str]]:
    """The seeds' lines, folded with their breaks (so with words of pairs that straddle one):
    five documents of a few thousand positions each."""
    found = []
    for path in sorted(SEEDS.glob("*.txt")):
        lines = [marked(line) for line in path.read_text(encoding="utf-8").splitlines()]
        found.append([line for line in lines if line])
    assert any(BREAK in line for lines in found for line in lines)
    return found


def _read(cbor: bytes) -> tuple[Index, list[Any]]:
    """word → page → positions of a chunk, and its first entry as it stands."""
    chunk = cbor2.loads(cbor)
    index: Index = {}
    for word, pages, extra in chunk[0]:
        assert extra == []
        page = 0
        for step, locations, more in pages:
            page += step  # pages are delta-coded
            assert more == [] and locations[0] == -25
            positions = [locations[1]]
            for delta in locations[2:]:
                positions.append(positions[-1] + delta)
            index.setdefault(word, {})[page] = positions
    return index, chunk[0][0]


def _pagefind(documents: list[list[str]], folder: Path) -> tuple[Index, list[Any], list[Any]]:
    """The binary's index of the documents (pages numbered as ours: by document order)."""
    site = folder / "site"
    for number, blocks in enumerate(documents):
        page = site / f"d{number:02d}" / "index.html"
        page.parent.mkdir(parents=True)
        text = " ".join(" ".join(words(block)) for block in blocks)
        body = f'<html lang="und"><body data-pagefind-body><p>{text}</p></body></html>'
        page.write_text(body, encoding="utf-8")
    out = folder / "out"
    command = [str(executable()), "--site", str(site), "--output-path", str(out), "--silent"]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    meta = cbor2.loads(files.unpacked(next(out.glob("*.pf_meta")).read_bytes()))
    document_of = {}
    for number, (page_id, _) in enumerate(meta[1]):
        fragment = out / "fragment" / f"{page_id}.pf_fragment"
        url = json.loads(gzip.decompress(fragment.read_bytes())[len(files.SIGNATURE) :])["url"]
        document_of[number] = int(url.strip("/").removeprefix("d"))
    index: Index = {}
    first: list[Any] = []
    for chunk in sorted(out.glob("index/*.pf_index")):
        found, entry = _read(files.unpacked(chunk.read_bytes()))
        first = first or entry
        for word, pages in found.items():
            for page, positions in pages.items():
                index.setdefault(word, {})[document_of[page]] = positions
    counts = [meta[1][page][1] for page in sorted(document_of, key=document_of.__getitem__)]
    return index, [meta[0], counts, len(meta), [len(row) for row in meta[2]]], first


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Index, list[Any], list[Any]]:
    return _pagefind(_documents(), tmp_path_factory.mktemp("pagefind"))


def test_every_word_stands_on_the_same_pages_at_the_same_positions(
    reference: tuple[Index, list[Any], list[Any]],
) -> None:
    theirs, _, their_first = reference
    postings = collect([pair_keys(blocks) for blocks in _documents()])
    ours: Index = {}
    chunks = cut(postings, target=2_000)
    assert len(chunks) > 5
    for chunk in chunks:
        found, first = _read(encode(postings, chunk))
        assert first[0] == chunk.first and list(found)[-1] == chunk.last
        assert [type(part) for part in first] == [type(part) for part in their_first]
        ours.update(found)
    assert ours == theirs
    assert any(len(word) == 2 * WIDTH + 2 and word[WIDTH] == BROKEN for word in ours)


def test_the_meta_file_has_pagefind_s_shape(
    reference: tuple[Index, list[Any], list[Any]],
) -> None:
    _, (version, counts, fields, chunk_fields), _ = reference
    documents = _documents()
    postings = collect([pair_keys(blocks) for blocks in documents])
    chunks = cut(postings)
    sizes = [sum(len(block.replace(BREAK, "")) for block in blocks) for blocks in documents]
    pages = [files.Page(f"und_{i}", size) for i, size in enumerate(sizes)]
    ids = files.chunk_ids([chunk.digest for chunk in chunks])
    edges = [(chunk.first, chunk.last) for chunk in chunks]
    meta = cbor2.loads(files.meta(version, pages, edges, ids))
    assert len(meta) == fields and meta[0] == version and meta[3:] == [[], [], []]
    assert [count for _, count in meta[1]] == counts
    assert {len(row) for row in meta[2]} == set(chunk_fields) == {3}
    assert [row[2] for row in meta[2]] == ids


def test_chunk_bounds_are_cut_as_pagefind_cuts_them() -> None:
    """Pagefind's own cases (pagefind/src/index/mod.rs): from/to shortened to one letter past
    the common prefix of neighbouring chunks."""
    edges = [("apple", "app"), ("apricot", "banana"), ("peach", "peach")]
    assert files.bounds(edges) == [("apple", "app"), ("apr", "b"), ("p", "peach")]


def test_ids_are_unique_prefixes_of_the_hash() -> None:
    assert files.chunk_ids(["abcdef0123", "abcdef0999", "1234567aa"]) == [
        "und_abcdef0",
        "und_abcdef09",
        "und_1234567",
    ]
