"""Article text as HTML with spans highlighted: every character escaped, spans as classed <span>s."""

from __future__ import annotations

from html import escape


def highlight(text: str, spans: list[tuple[int, int, str, str | None]]) -> str:
    """HTML of ``text`` in paragraphs (blank-line separated) with ``(start, end, css_class, anchor_id)``
    spans marked. Overlapping spans are fine: each piece carries the classes of the spans covering it;
    an anchor id is placed where its span starts."""
    cuts = {0, len(text)}
    for s, e, _, _ in spans:
        cuts.update((max(0, min(s, len(text))), max(0, min(e, len(text)))))
    for i in range(len(text) - 1):
        if text[i] == "\n":
            cuts.update((i, i + 1))
    anchors: dict[int, list[str]] = {}
    for s, _, _, a in spans:
        if a:
            anchors.setdefault(s, []).append(a)
    points = sorted(cuts)
    out = ["<p>"]
    for a, b in zip(points, points[1:]):
        for anchor in anchors.get(a, ()):
            out.append(f'<span id="{escape(anchor)}" class="anchor"></span>')
        piece = text[a:b]
        if piece == "\n":
            # a blank line starts a new paragraph; a single newline is a line break
            if b < len(text) and text[b] == "\n":
                continue
            out.append("</p><p>" if a > 0 and text[a - 1] == "\n" else "<br>")
            continue
        # each piece also carries s-<anchor> of the anchored spans covering it, so that a page can
        # light up a whole quote when its anchor is the URL's target
        classes = sorted({c for s, e, c, _ in spans if s <= a and b <= e}
                         | {f"s-{an}" for s, e, _, an in spans if an and s <= a and b <= e})
        if classes:
            out.append(f'<span class="{" ".join(classes)}">{escape(piece)}</span>')
        else:
            out.append(escape(piece))
    out.append("</p>")
    return "".join(out).replace("<p></p>", "")
