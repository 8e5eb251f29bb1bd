"""Building HTML and SVG safely: everything is escaped unless it is already markup.

Students' names, code and messages end up in the page; none of them may ever become markup.
"""

from __future__ import annotations

import html


class Html(str):
    """Markup, safe to put in a page as it is."""


def escape(content: object) -> Html:
    return content if isinstance(content, Html) else Html(html.escape(str(content)))


def join(parts: object) -> Html:
    return Html("".join(escape(p) for p in parts))  # type: ignore[attr-defined]


VOID = frozenset({"br", "meta", "hr", "img", "wbr"})


def el(tag: str, *children: object, **attributes: object) -> Html:
    """`<tag attributes>children</tag>` (`<tag attributes>` for a void element such as `br`);
    `class_` gives `class`, `aria_label` `aria-label`; attributes set to None or False are
    left out."""
    attrs = "".join(
        f' {name.rstrip("_").replace("_", "-")}' + ("" if value is True
                                                   else f'="{html.escape(str(value))}"')
        for name, value in attributes.items() if value is not None and value is not False)
    if tag in VOID:
        return Html(f"<{tag}{attrs}>")
    return Html(f"<{tag}{attrs}>{join(children)}</{tag}>")
