"""The data export: corpus.json (a public format, see README), and each document as .md and .txt."""

from __future__ import annotations

import io
import itertools
import json
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, BinaryIO

from unionreader.model import (
    Block,
    Document,
    InlinePoint,
    OutputFile,
    Paragraph,
    ParagraphRole,
    Point,
    Run,
    RunKind,
    Section,
)
from unionreader.normalise.passages import note_label
from unionreader.tables import CELL
from unionreader.urls import data_path

logger = logging.getLogger(__name__)

SCHEMA = 1
CORPUS_FILE = "corpus.json"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~&])")


def export_data(documents: list[Document]) -> list[OutputFile]:
    """corpus.json for all documents, and `<slug>.md` and `<slug>.txt` for each."""
    files = [corpus_file([corpus_entry(doc) for doc in documents])]
    for doc in documents:
        files += document_files(doc)
    return files


def document_files(doc: Document) -> list[OutputFile]:
    """`<slug>.md` and `<slug>.txt` of one document."""
    return [
        OutputFile(data_path(f"{doc.slug}.md"), to_markdown(doc).encode("utf-8")),
        OutputFile(data_path(f"{doc.slug}.txt"), to_plain_text(doc).encode("utf-8")),
    ]


def corpus_entry(doc: Document) -> bytes:
    """A document's part of corpus.json: one line of compact JSON."""
    return json.dumps(document_json(doc), ensure_ascii=False, separators=(",", ":")).encode()


def corpus_file(entries: Sequence[bytes]) -> OutputFile:
    """corpus.json from the documents' parts, in reading order."""
    out = io.BytesIO()
    write_corpus(out, entries)
    return OutputFile(data_path(CORPUS_FILE), out.getvalue())


def write_corpus(out: BinaryIO, entries: Iterable[bytes]) -> None:
    """Write corpus.json from the documents' parts (`corpus_entry`), in reading order, one
    document per line (a change to one document is a change to one line), without holding
    every document."""
    out.write(f'{{"schema":{SCHEMA},"documents":['.encode())
    separator = b"\n"
    for entry in entries:
        out.write(separator + entry)
        separator = b",\n"
    out.write(b"\n]}\n" if separator == b",\n" else b"]}\n")


def document_json(doc: Document) -> dict[str, Any]:
    """One document in the corpus.json shape (also the golden dump of a document)."""
    meta = doc.meta
    return {
        "slug": doc.slug,
        "seed": doc.seed.name,
        "title": meta.title,
        "title_derived": meta.title_derived,
        "title_from": meta.title_from.value,
        "subtitle": meta.subtitle,
        "kicker": meta.kicker,
        "epigraph": (
            {"text": meta.epigraph.text, "attribution": meta.epigraph.attribution}
            if meta.epigraph
            else None
        ),
        "kind": meta.kind.value,
        "kind_label": meta.kind.label,
        "author": meta.author,
        "office": meta.office,
        "date": meta.date,
        "place": meta.place,
        "source": meta.source,
        "original_script": meta.original_script.value,
        "description": meta.description,
        "note": meta.note,
        "sections": [_section_json(section) for section in doc.sections],
        "edits": [
            {"rule": e.rule, "line": e.line, "before": e.before, "after": e.after}
            for e in doc.edits
        ],
    }


def _section_json(section: Section) -> dict[str, Any]:
    depths = section.point_depths()
    return {
        "id": section.id,
        "level": section.level,
        "heading": section.heading,
        "line": section.line,
        "blocks": [_block_json(block, depths) for block in section.blocks],
    }


def _block_json(block: Block, depths: dict[str, int]) -> dict[str, Any]:
    body = block.body if isinstance(block, Point) else block
    data: dict[str, Any] = {
        "id": block.id,
        "type": "point" if isinstance(block, Point) else "paragraph",
    }
    if isinstance(block, Point):
        data |= {"marker": block.marker.text, "family": block.marker.family.value}
        data["ordinal"] = block.marker.ordinal
        data["depth"] = depths[block.id]
    else:
        data["role"] = block.role.value
    data["line"] = block.line
    data["text"] = block.text
    data["points"] = [_inline_json(point) for point in body.inline_points]
    return data


def _inline_json(point: InlinePoint) -> dict[str, Any]:
    return {
        "id": point.id,
        "marker": point.marker.text,
        "ordinal": point.marker.ordinal,
        "text": point.text,
    }


# ---------------------------------------------------------------- Markdown and plain text


def escape_markdown(text: str) -> str:
    """Escape every ASCII character Markdown could read as syntax, so `*` stays a redaction."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _runs_markdown(runs: tuple[Run, ...]) -> str:
    return "".join(
        escape_markdown(run.text) for run in runs if run.kind is not RunKind.TERM or run.text
    )


def _paragraph_markdown(paragraph: Paragraph, marker: str = "") -> str:
    text = escape_markdown(marker) + _runs_markdown(paragraph.runs)
    for point in paragraph.inline_points:
        text += escape_markdown(point.marker.text) + _runs_markdown(point.runs)
    if paragraph.role is ParagraphRole.QUOTE:
        return f"> {text}"
    return f"- {text}" if paragraph.role is ParagraphRole.ITEM else text


def to_markdown(doc: Document) -> str:
    """The document as Markdown: epigraph, kicker, title, subtitle, metadata, headings, one
    paragraph per block."""
    meta = doc.meta
    out: list[str] = []
    if meta.epigraph:
        out += [f"> {escape_markdown(meta.epigraph.text)}"]
        if meta.epigraph.attribution:
            out += [">", f"> ——{escape_markdown(meta.epigraph.attribution)}"]
        out += [""]
    if meta.kicker:
        out += [f"【{escape_markdown(meta.kicker)}】", ""]
    out += [f"# {escape_markdown(meta.title)}", ""]
    if meta.subtitle:
        out += [f"——{escape_markdown(meta.subtitle)}", ""]
    facts = [meta.author, meta.office, meta.date, meta.place, meta.source]
    line = " · ".join(escape_markdown(f) for f in facts if f)
    if line:
        out += [line, ""]
    if meta.note:
        out += [f"*{note_label(meta.note)}：{escape_markdown(meta.note)}*", ""]
    for section in doc.sections:
        if section.heading:
            out += ["#" * (section.level + 1) + " " + escape_markdown(section.heading), ""]
        for row, blocks in _rows_apart(section.blocks):
            if row:  # a table: its rows under a line that marks the first as the head
                out += [*_table_markdown([_block_markdown(b) for b in blocks]), ""]
            else:
                for block in blocks:
                    out += [_block_markdown(block), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _block_markdown(block: Block) -> str:
    if isinstance(block, Point):
        return _paragraph_markdown(block.body, block.marker.text)
    return _paragraph_markdown(block)


def _rows_apart(blocks: Iterable[Block]) -> Iterator[tuple[bool, list[Block]]]:
    """A section's blocks in runs: each run of a table's rows (True), and the blocks between."""
    for row, run in itertools.groupby(blocks, key=_is_row):
        yield row, list(run)


def _is_row(block: Block) -> bool:
    return isinstance(block, Paragraph) and block.role is ParagraphRole.ROW


def _table_markdown(rows: list[str]) -> list[str]:
    """A table's rows (each its cells parted by tabs) as a Markdown table, every row as wide as
    the widest (Markdown's tables have a head: the first row is it)."""
    cells = [row.split(CELL) for row in rows]
    width = max(len(row) for row in cells)
    lines = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in cells]
    return [lines[0], "|" + " --- |" * width, *lines[1:]]


def to_plain_text(doc: Document) -> str:
    """The normalised document as plain text: epigraph, title, subtitle, the note under the
    title (a law's history, an editor's note), headings, paragraphs."""
    meta = doc.meta
    out: list[str] = []
    if meta.epigraph:
        out += [meta.epigraph.text]
        out += [f"——{meta.epigraph.attribution}", ""] if meta.epigraph.attribution else [""]
    out += [meta.title, ""]
    if meta.subtitle:
        out += [f"——{meta.subtitle}", ""]
    if meta.note:
        out += [f"{note_label(meta.note)}：{meta.note}", ""]
    for section in doc.sections:
        if section.heading:
            out += [section.heading, ""]
        for row, blocks in _rows_apart(section.blocks):  # a table's rows one under the other
            texts = [block.text for block in blocks]
            out += ["\n".join(texts) + "\n"] if row else [f"{text}\n" for text in texts]
    return "\n".join(out).rstrip("\n") + "\n"
