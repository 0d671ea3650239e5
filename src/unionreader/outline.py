"""The outline of one document, as `unionreader inspect` prints it for an editor to review."""

from __future__ import annotations

import logging
from collections import Counter

from unionreader.model import Document, Paragraph, ParagraphRole, Point, runs_text
from unionreader.review import review

logger = logging.getLogger(__name__)

PREVIEW = 28  # characters of each block shown


def _preview(text: str) -> str:
    return text if len(text) <= PREVIEW else text[:PREVIEW] + "…"


def outline(doc: Document) -> str:
    """Metadata, then sections with their points and paragraphs, then edits counted by rule."""
    meta = doc.meta
    found = review(doc)
    lines = [
        f"{doc.seed.name} → {doc.slug}  ({meta.kind.value}, {meta.original_script.value})",
        "review: " + ("; ".join(f"{r.text} → {r.fix}" for r in found.reasons) if found else "—"),
        f"title: {meta.title}  [from {meta.title_from.value}]",
    ]
    for name in ("subtitle", "kicker", "author", "office", "date", "place", "source"):
        lines.append(f"{name}: {getattr(meta, name) or '—'}")
    if meta.epigraph:
        lines.append(f"epigraph: {meta.epigraph.text} ——{meta.epigraph.attribution or '?'}")
    for section in doc.sections:
        points = sum(isinstance(b, Point) for b in section.blocks)
        paragraphs = len(section.blocks) - points
        heading = section.heading or "(untitled)"
        lines.append("")
        lines.append(
            f"{section.id} L{section.line} level {section.level}: {heading}"
            f"  — {paragraphs} paragraphs, {points} points"
        )
        for block in section.blocks:
            lines.extend(_block_lines(block))
    counts = Counter(edit.rule for edit in doc.edits)
    lines.append("")
    lines.append("edits by rule:")
    lines.extend(f"  {rule}: {count}" for rule, count in sorted(counts.items()))
    return "\n".join(lines) + "\n"


def _block_lines(block: Paragraph | Point) -> list[str]:
    if isinstance(block, Point):
        head = f"  {block.id:<10} L{block.line:<4} point {block.marker.text}"
        body = block.body
        text = body.text
    else:
        role = "" if block.role is ParagraphRole.BODY else f" [{block.role.value}]"
        head = f"  {block.id:<10} L{block.line:<4} ¶{role}"
        body = block
        text = block.text
    out = [f"{head}  {_preview(text)}"]
    out.extend(
        f"    {p.id:<14} inline {p.marker.text}  {_preview(runs_text(p.runs))}"
        for p in body.inline_points
    )
    return out
