"""Write a brief as JSON (the ``newsbrief/1`` contract), Markdown for a terminal, or one HTML page.

Renderers are registered by format name in :data:`RENDERERS`; the CLI lists them from there.
"""

from __future__ import annotations

import html
import json
import re
import urllib.parse
from collections.abc import Callable, Mapping
from typing import Any

from newsbrief.model import Account, Brief, Claim, Dated, Event, Figure, Status
from newsbrief.sources import web_url, witnesses

_PROBLEMS = frozenset({Status.EMPTY, Status.UNREADABLE, Status.NOT_ENGLISH})
# What spaCy's entity labels mean to a reader.
_KINDS = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "organisation",
          "EVENT": "event"}
_SHOWN_REMOVED = 100  # characters of a removed span shown in Markdown; JSON has them whole
_SHOWN_TIMELINE = 15  # timeline entries shown in Markdown and HTML, so a reader can scan them; JSON has all
# What makes a Markdown viewer render text as something else: raw HTML and autolinks (<), links and
# images ([...](...)), code spans, and the backslash that would undo these escapes (CommonMark 2.4).
_MARKDOWN_ACTIVE = re.compile(r"[\\<>\[\]`]")
# What a Markdown link destination may hold as it is; everything else is percent-encoded, so a URL
# cannot close the link early ("(", ")", " ") or open markup ("<", "`").
_URL_SAFE = ":/?#@!$&*+,;=%-._~"


def to_dict(brief: Brief) -> dict[str, Any]:
    """The brief as plain JSON-ready data, in the ``newsbrief/1`` schema."""
    return {
        "schema": brief.schema,
        "events": [
            {
                "id": event.id,
                "headline": event.headline,
                "summary": [{"text": s.text, "sources": list(s.sources), "support": s.support,
                             "article": s.article, "position": s.position} for s in event.summary],
                "notes": list(event.notes),
                "articles": list(event.articles),
                "outlets": list(event.outlets),
                "entities": [{"text": e.text, "label": e.label, "mentions": e.mentions, "stories": e.stories,
                              "sources": list(e.sources)} for e in event.entities],
                "disagreements": [_figure(f) for f in event.disagreements],
                "agreements": [_figure(f) for f in event.agreements],
                "updates": [_figure(f, dated=True) for f in event.updates],
                "unconfirmed": [{"text": u.text, "sources": list(u.sources), "why": u.why} for u in event.unconfirmed],
                "timeline": [{"date": d.date, "text": d.text, "sources": list(d.sources)} for d in event.timeline],
            }
            for event in brief.events
        ],
        "articles": [
            {
                "id": a.id,
                "path": a.path,
                "title": a.title,
                "published": a.published.isoformat() if a.published else None,
                "written": a.written.isoformat() if a.written else None,
                "fetched": a.fetched.isoformat() if a.fetched else None,
                "outlet": a.outlet,
                "url": a.url,
                "authors": list(a.authors),
                "category": a.category,
                "status": str(a.status),
                "copy_of": a.copy_of,
                "reason": a.reason,
                "removed": [{"text": r.text, "why": r.why} for r in a.removed],
                "framing": ({"loaded_terms": list(a.framing.loaded_terms), "score": a.framing.score}
                            if a.framing else None),
            }
            for a in brief.articles
        ],
    }


def _figure(figure: Figure, dated: bool = False) -> dict[str, Any]:
    """A figure as JSON; an update (``dated``) also names its newest value, the one to report."""
    claims = [_claim(claim, dated) for claim in figure.claims]
    return {"about": figure.about, "claims": claims, **({"newest": _claim(figure.newest, dated)} if dated else {})}


def _claim(claim: Claim, dated: bool) -> dict[str, Any]:
    row: dict[str, Any] = {"value": claim.value, "stated": claim.stated, "text": claim.text,
                           "sources": list(claim.sources)}
    if claim.high is not None:
        row["high"] = claim.high
    if dated:
        row["published"] = claim.published.isoformat() if claim.published else None
    return row


def to_json(brief: Brief) -> str:
    """The brief as indented JSON."""
    return json.dumps(to_dict(brief), ensure_ascii=False, indent=2) + "\n"


def _footnotes(brief: Brief) -> dict[str, int]:
    """Footnote number of every article that an event reads, in input order."""
    read = {article_id for event in brief.events for article_id in event.articles}
    return {a.id: n for n, a in enumerate((a for a in brief.articles if a.id in read), start=1)}


def _title(account: Account) -> str:
    return account.title or "(untitled)"


def _accounts(brief: Brief) -> dict[str, Account]:
    return {a.id: a for a in brief.articles}


def markdown_url(url: str | None) -> str | None:
    """An http(s) URL as a Markdown link destination, or ``None`` for any other address.

    Characters that could end the destination or start markup are percent-encoded, which leaves
    the address the same for a browser.

    >>> markdown_url("https://example.org/wiki/A_(b)`<c>")
    'https://example.org/wiki/A_%28b%29%60%3Cc%3E'
    >>> markdown_url("javascript:alert(1)") is None
    True
    """
    if (found := web_url(url)) is None:
        return None
    return urllib.parse.quote(found, safe=_URL_SAFE)


def _covered(event: Event, accounts: Mapping[str, Account]) -> str:
    """"Covered by 2 outlets: A, B; 3 articles name no outlet", or "" when no article names one."""
    if not event.outlets:
        return ""
    count = len(event.outlets)
    line = f"Covered by {count} outlet{'s' if count != 1 else ''}: {', '.join(event.outlets)}"
    unknown = sum(1 for a in event.articles if a in accounts and not accounts[a].outlet)
    if unknown:
        line += f"; {unknown} article{'s' if unknown != 1 else ''} name{'s' if unknown == 1 else ''} no outlet"
    return line


def _byline(account: Account) -> str:
    return f", by {', '.join(account.authors)}" if account.authors else ""


def _dated(account: Account) -> str:
    """"2020-01-11, written 2020-01-07" where the text's own weekdays date it earlier than its page."""
    page = account.published.isoformat() if account.published else "undated"
    return f"{page}, written {account.written.isoformat()}" if account.written else page


def _status(account: Account) -> str:
    """The status as a reader says it: "copy of 001", "duplicate of 003", "off_topic"."""
    if account.status is Status.COPY:
        return f"copy of {account.copy_of}"
    if account.status is Status.DUPLICATE:
        return f"duplicate of {account.copy_of}"
    return str(account.status)


def _kind(label: str) -> str:
    return _KINDS.get(label, label.lower())


def markdown_text(text: str) -> str:
    r"""Text as a Markdown viewer shows it literally, as the HTML page escapes it.

    Every run of whitespace becomes one space (a newline in a title would start a heading or a
    block of its own), and the characters that open raw HTML, autolinks, links, images and code
    spans are escaped with a backslash, which CommonMark and GitHub show as the bare character.

    >>> markdown_text("Title <img src=x>\n## heading [x](javascript:alert(1))")
    'Title \\<img src=x\\> ## heading \\[x\\](javascript:alert(1))'
    """
    return _MARKDOWN_ACTIVE.sub(r"\\\g<0>", " ".join(text.split()))


def to_markdown(brief: Brief) -> str:
    """The brief as Markdown: headline, cited summary, entities, sources and an account of every input.

    Every text taken from the inputs goes through :func:`markdown_text`, so an article cannot add
    HTML, links or headings to the page a viewer renders.
    """
    md = markdown_text
    notes = _footnotes(brief)
    accounts = _accounts(brief)
    stories = _stories(brief)
    lines: list[str] = []
    for event in brief.events:
        lines += [f"# {md(event.headline or '(no publishable headline)')}", ""]
        lines += [f"> {md(note)}" for note in event.notes] + ([""] if event.notes else [])
        if covered := _covered(event, accounts):
            lines += [f"*{md(covered)}*", ""]
        for sentence in event.summary:
            lines.append(f"- {md(sentence.text)} {_cite(sentence.sources, notes, accounts)}")
        lines.append("")
        if event.entities:
            lines += ["**Entities:** " + ", ".join(f"{md(e.text)} ({md(_kind(e.label))})" for e in event.entities),
                      ""]
        lines += _markdown_facts(event, notes, stories, accounts)
    lines += ["## Sources", ""]
    for account in brief.articles:
        if account.id in notes:
            named = md(account.outlet) if account.outlet else md(account.id)
            if (url := markdown_url(account.url)) is not None:
                named = f"[{named}]({url})"
            which = f" ({md(account.id)})" if account.outlet else ""
            lines.append(f"[{notes[account.id]}] {named}: {md(_title(account))}, {_dated(account)}"
                         f"{md(_byline(account))}{which}")
    lines += ["", "## Inputs", ""]
    for account in brief.articles:
        framed = ""
        if account.framing and account.framing.loaded_terms:
            framed = f"; loaded terms: {md(', '.join(account.framing.loaded_terms))}"
        lines.append(f"- **{md(account.id)}**: {md(_status(account))} — {md(account.reason)}{framed}")
        for removed in account.removed:
            text = removed.text if len(removed.text) <= _SHOWN_REMOVED else removed.text[:_SHOWN_REMOVED] + "…"
            lines.append(f"  - removed ({md(removed.why)}): “{md(text)}”")
    return "\n".join(lines) + "\n"


def _cite(sources: tuple[str, ...], notes: Mapping[str, int], accounts: Mapping[str, Account]) -> str:
    """Citations in Markdown: ``[Outlet](url)`` where the outlet and address are known, ``Outlet [n]``
    where only the outlet is, the footnote ``[n]`` of the sources list where neither is."""
    parts = []
    for source in sources:
        if source not in notes:
            continue
        account = accounts.get(source)
        if account is None or not account.outlet:
            parts.append(f"[{notes[source]}]")
        elif (url := markdown_url(account.url)) is not None:
            parts.append(f"[{markdown_text(account.outlet)}]({url})")
        else:
            parts.append(f"{markdown_text(account.outlet)} [{notes[source]}]")
    if all(part.startswith("[") and part.endswith("]") for part in parts):
        return "".join(parts)
    return "(" + "; ".join(parts) + ")"


def _value(claim: Claim) -> str:
    low = f"{claim.value:,.0f}" if claim.value >= 1 else f"{claim.value:g}"
    return low if claim.high is None else f"{low}–{claim.high:,.0f}"


def _stories(brief: Brief) -> dict[str, str]:
    """Article id to the witness it is: a copy or duplicate tells its original's story, and one
    outlet's pages are one witness (see :func:`newsbrief.sources.witnesses`)."""
    return witnesses({a.id: a.copy_of or a.id for a in brief.articles}, brief.articles)


def _facts(event: Event, stories: Mapping[str, str]) -> list[tuple[str, list[tuple[str, tuple[str, ...]]]]]:
    """The fact sections of an event as (heading, [(line, sources)]), for Markdown and HTML alike.

    The timeline shows the entries most stories date (see :func:`newsbrief.timeline.scannable`);
    JSON keeps them all.
    """
    sections: list[tuple[str, list[tuple[str, tuple[str, ...]]]]] = []
    for heading, figures, dated in (("Where the sources disagree", event.disagreements, False),
                                    ("What the sources agree on", event.agreements, False),
                                    ("Figures that changed as news came in", event.updates, True)):
        rows = []
        for figure in figures:
            if dated:  # the value to report first, then how it came to be
                newest = figure.newest
                when = f", as of {newest.published.isoformat()}" if newest.published else ""
                rows.append((f"{figure.about} now: {newest.stated} ≈ {_value(newest)} (newest value{when})",
                             newest.sources))
            for claim in figure.claims:
                when = f" (as of {claim.published.isoformat()})" if dated and claim.published else ""
                if dated and not claim.published and claim is not figure.claims[-1]:
                    when = " (earlier)"  # a change one article reports ("rose from 60 to 90 percent"): no day
                rows.append((f"{figure.about}: {claim.stated} ≈ {_value(claim)}{when} — “{claim.text}”",
                             claim.sources))
        sections.append((heading, rows))
    sections.append(("Unconfirmed", [(f"{u.text} ({u.why})", u.sources) for u in event.unconfirmed]))
    shown, more = shown_timeline(event, stories)
    sections.append(("Timeline", [(f"{d.date}: {d.text}", d.sources) for d in shown]
                     + ([(f"({more} more dated in the JSON output)", ())] if more else [])))
    return [(heading, rows) for heading, rows in sections if rows]


def shown_timeline(event: Event, stories: Mapping[str, str]) -> tuple[tuple[Dated, ...], int]:
    """The timeline entries a page shows (at most ``_SHOWN_TIMELINE``, those most stories date; see
    :func:`newsbrief.timeline.scannable`), and how many more the JSON output holds.

    ``stories`` maps an article id to the witness it is (see :func:`newsbrief.sources.witnesses`).
    """
    # The timeline stage (and the cleaner's caption rules it reads) loads only when a brief is rendered:
    # `newsbrief --help` imports this module for its format names.
    from newsbrief.timeline import scannable

    shown = scannable(event.timeline, stories, _SHOWN_TIMELINE)
    return shown, len(event.timeline) - len(shown)


def _markdown_facts(event: Event, notes: dict[str, int], stories: Mapping[str, str],
                    accounts: Mapping[str, Account]) -> list[str]:
    lines: list[str] = []
    for heading, rows in _facts(event, stories):
        lines += [f"## {heading}", ""]
        lines += [f"- {markdown_text(text)} {_cite(sources, notes, accounts)}" for text, sources in rows]
        lines.append("")
    return lines


_STYLE = """
body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem;line-height:1.3}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ddd}
sup a{text-decoration:none}.why{color:#666}.status{font-weight:600}.removed{font-size:.9rem;color:#444}
ol.sources li,ul.inputs li{margin:.3rem 0}.url{font-size:.8rem;color:#666;word-break:break-all}
"""


def to_html(brief: Brief) -> str:
    """The brief as one self-contained HTML page (no scripts, no external resources)."""
    e = html.escape
    notes = _footnotes(brief)
    accounts = _accounts(brief)
    stories = _stories(brief)
    parts = ["<!doctype html><html lang=en><head><meta charset=utf-8>",
             "<meta name=viewport content='width=device-width,initial-scale=1'>",
             f"<title>{e(brief.events[0].headline if brief.events else 'newsbrief')}</title>",
             f"<style>{_STYLE}</style></head><body>"]
    for event in brief.events:
        parts.append(_html_event(event, notes, stories, accounts))
    parts.append("<h2>Sources</h2><ol class=sources>")
    for account in brief.articles:
        if account.id in notes:
            url = web_url(account.url)
            parts.append(f"<li id='src-{notes[account.id]}'>{_html_outlet(account, named=True)}: "
                         f"{e(_title(account))} <span class=why>({_dated(account)}{e(_byline(account))}"
                         f"{'; ' + e(account.id) if account.outlet else ''})</span>"
                         + (f"<br><span class=url>{e(url)}</span>" if url else "") + "</li>")
    parts.append("</ol><h2>Inputs</h2><ul class=inputs>")
    for account in brief.articles:
        parts.append(f"<li><b>{e(account.id)}</b>: <span class=status>{e(_status(account))}</span> "
                     f"— {e(account.reason)}")
        if account.framing and account.framing.loaded_terms:
            parts.append(f"; <span class=why>loaded terms: {e(', '.join(account.framing.loaded_terms))}</span>")
        if account.removed:
            parts.append(f"<details class=removed><summary>{len(account.removed)} removed spans</summary><ul>")
            parts += [f"<li>{e(r.text)} <span class=why>({e(r.why)})</span></li>" for r in account.removed]
            parts.append("</ul></details>")
        parts.append("</li>")
    parts.append("</ul></body></html>\n")
    return "".join(parts)


def _html_outlet(account: Account, named: bool = False) -> str:
    """The outlet (with ``named``, else nothing, the article id where it is unknown), a link to the
    article where its address is an http(s) URL: no other scheme ever becomes a link."""
    label = account.outlet or (account.id if named else "")
    if not label:
        return ""
    url = web_url(account.url)
    if url is None:
        return html.escape(label)
    return f'<a class=outlet href="{html.escape(url, quote=True)}" rel="noopener noreferrer">{html.escape(label)}</a>'


def _html_cites(sources: tuple[str, ...], notes: Mapping[str, int], accounts: Mapping[str, Account]) -> str:
    """The outlet of each source, linked to the article, and its footnote number."""
    return " ".join(f"{_html_outlet(accounts[s]) if s in accounts else ''}"
                    f"<sup><a href='#src-{notes[s]}'>[{notes[s]}]</a></sup>" for s in sources if s in notes)


def _html_event(event: Event, notes: dict[str, int], stories: Mapping[str, str],
                accounts: Mapping[str, Account]) -> str:
    e = html.escape
    items = []
    for sentence in event.summary:
        items.append(f"<li>{e(sentence.text)} {_html_cites(sentence.sources, notes, accounts)}</li>")
    entities = ", ".join(f"{e(x.text)} <span class=why>({e(_kind(x.label))})</span>" for x in event.entities)
    facts = []
    for heading, rows in _facts(event, stories):
        lines = "".join(f"<li>{e(text)} {_html_cites(sources, notes, accounts)}</li>" for text, sources in rows)
        facts.append(f"<h2>{e(heading)}</h2><ul class=facts>{lines}</ul>")
    withheld = "".join(f"<p class=why>{e(note)}</p>" for note in event.notes)
    if covered := _covered(event, accounts):
        withheld += f"<p class=outlets>{e(covered)}</p>"
    return (f"<article id='{e(event.id)}'><h1>{e(event.headline or '(no publishable headline)')}</h1>{withheld}"
            f"<ul>{''.join(items)}</ul>"
            + (f"<p><b>Entities:</b> {entities}</p>" if entities else "") + "".join(facts) + "</article>")


def problems(brief: Brief) -> list[str]:
    """One line for each input that could not be used because of a problem with the input itself."""
    return [a.reason for a in brief.articles if a.status in _PROBLEMS]


RENDERERS: dict[str, Callable[[Brief], str]] = {
    "markdown": to_markdown,
    "json": to_json,
    "html": to_html,
}
