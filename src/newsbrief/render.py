"""Write a brief as JSON (the ``newsbrief/1`` contract), Markdown for a terminal, or one HTML page.

Renderers are registered by format name in :data:`RENDERERS`; the CLI lists them from there.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import urllib.parse
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from newsbrief.model import Account, Brief, Claim, Dated, Event, Figure, Genre, Status, SummarySentence, ToldDate
from newsbrief.sources import web_url, witnesses

_PROBLEMS = frozenset({Status.EMPTY, Status.UNREADABLE, Status.NOT_ENGLISH})
# What spaCy's entity labels mean to a reader.
_KINDS = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "organisation",
          "EVENT": "event", "PRODUCT": "product", "WORK_OF_ART": "work", "LAW": "law", "SHIP": "ship", "AWARD": "award",
          "DISEASE": "disease"}
_SHOWN_REMOVED = 100  # characters of a removed span shown in Markdown; JSON has them whole
_SHOWN_TIMELINE = 15  # timeline entries shown in Markdown and HTML, so a reader can scan them; JSON has all
# What makes a Markdown viewer render text as something else: raw HTML and autolinks (<), links and
# images ([...](...)), code spans, and the backslash that would undo these escapes (CommonMark 2.4).
_MARKDOWN_ACTIVE = re.compile(r"[\\<>\[\]`]")
# What a Markdown link destination may hold as it is; everything else is percent-encoded, so a URL
# cannot close the link early ("(", ")", " ") or open markup ("<", "`").
_URL_SAFE = ":/?#@!$&*+,;=%-._~"
# Months as news style abbreviates them beside a day (AP): "Nov. 28", "March 3".
_MONTH_ABBREVIATIONS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
                        "Dec.")


def to_dict(brief: Brief) -> dict[str, Any]:
    """The brief as plain JSON-ready data, in the ``newsbrief/1`` schema."""
    return {
        "schema": brief.schema,
        "events": [
            {
                "id": event.id,
                "headline": event.headline,
                "summary": [{"text": s.text, "sources": list(s.sources), "support": s.support,
                             "article": s.article, "position": s.position,
                             "dates": [_told(d) for d in s.dates],
                             # newsbrief/1 before relative years and months were dated: the full days
                             "weekdays": [_told(d) for d in s.dates if len(d.date) == len("YYYY-MM-DD")],
                             # the source's sentence, where a time no date placed was taken out of it
                             **({"original": s.original} if s.original else {})}
                            for s in event.summary],
                "notes": list(event.notes),
                "articles": list(event.articles),
                "outlets": list(event.outlets),
                "entities": [{"text": e.text, "label": e.label, "mentions": e.mentions, "stories": e.stories,
                              "sources": list(e.sources)} for e in event.entities],
                "disagreements": [_figure(f) for f in event.disagreements],
                "agreements": [_figure(f) for f in event.agreements],
                "updates": [_figure(f, dated=True) for f in event.updates],
                "unconfirmed": [{"text": u.text, "sources": list(u.sources), "why": u.why, "retracted": u.retracted}
                                for u in event.unconfirmed],
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
                # added to newsbrief/1: null for an input no event read
                "genre": _genre(a.genre) if a.genre else None,
            }
            for a in brief.articles
        ],
    }


def _genre(genre: Genre) -> dict[str, Any]:
    """An article's genre as JSON: "news" or "opinion" (an opinion piece, a review or a column) and its counts."""
    return {"kind": "opinion" if genre.opinion else "news", "voiced": genre.voiced, "attributed": genre.attributed,
            "read": genre.read, "rating": genre.rating or None, "author": genre.author or None}


def _opinion_mark(account: Account) -> str:
    """" (opinion or review)" after a source that is one, so a reader weighs what it says as a view, with
    the writer its tagline names (" (opinion or review by Mr. Romney)")."""
    if not account.genre or not account.genre.opinion:
        return ""
    return f" (opinion or review by {account.genre.author})" if account.genre.author else " (opinion or review)"


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


def _told(told: ToldDate) -> dict[str, Any]:
    return {"expression": told.expression, "start": told.start, "date": told.date}


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


def shown_text(sentence: SummarySentence) -> str:
    """A summary sentence as the brief shows it: its source's words, with the date of each expression
    it tells a time by relative to its day of writing in square brackets after it, as an editor marks
    words added to a quotation ("Police said on Saturday [Nov. 28, 2026] that ...", "late last year
    [2014]", "in January [2010]": what the expression does not say); see :attr:`SummarySentence.dates`.

    >>> from newsbrief.model import ToldDate
    >>> shown_text(SummarySentence("Police said on Saturday that the ferry sank.", ("a",), 1,
    ...                            dates=(ToldDate("Saturday", 15, "2026-11-28"),)))
    'Police said on Saturday [Nov. 28, 2026] that the ferry sank.'
    >>> shown_text(SummarySentence("This October, Marvel Comics evolves once again.", ("a",), 1,
    ...                            dates=(ToldDate("This October", 0, "2014-10"),)))
    'This October [2014], Marvel Comics evolves once again.'
    """
    text = sentence.text
    for told in sorted(sentence.dates, key=lambda w: -w.start):
        end = told.start + len(told.expression)
        if text[told.start:end] != told.expression:
            continue  # a stored brief whose text was changed since: show the words alone
        if text[end:end + 2] in ("'s", "’s"):
            end += 2  # "Saturday's [Nov. 28, 2026] vote"
        elif days := _DAY_RANGE.match(text, end):
            end = days.end()  # "from December 19-20 [2011]"
        text = f"{text[:end]} [{_date_shown(told)}]{text[end:]}"
    return text


# The rest of a range of days after its first ("December 19-20").
_DAY_RANGE = re.compile(r"[-–]\d{1,2}\b")


def _date_shown(told: ToldDate) -> str:
    """What a told date adds to its expression: "Nov. 28, 2026" to "Saturday", "Dec. 2014" to "next
    month", only the year to one that names its month ("in January") or tells a year."""
    from newsbrief.timeline import names_month  # loaded when a brief is rendered, as in shown_timeline

    year, _, rest = told.date.partition("-")
    if not rest or names_month(told.expression):
        return year
    month = _MONTH_ABBREVIATIONS[int(rest[:2]) - 1]
    return f"{month} {year}" if len(rest) == 2 else f"{month} {int(rest[3:])}, {year}"


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
            lines.append(f"- {md(shown_text(sentence))} {_cite(sentence.sources, notes, accounts)}")
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
                         f"{md(_byline(account))}{which}{_opinion_mark(account)}")
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


def _independent(sources: tuple[str, ...], accounts: Mapping[str, Account]) -> tuple[str, ...]:
    """The sources less each reworded copy whose original is among them: a copy is one witness with
    its original (the account of inputs says whose copy it is), and citing both reads as two (r19's
    readers counted "an article and its own declared copy" as padding).

    >>> copy = Account("b", "b.txt", None, None, Status.COPY, "reworded copy of a", copy_of="a")
    >>> _independent(("a", "b", "c"), {"b": copy}), _independent(("b", "c"), {"b": copy})
    (('a', 'c'), ('b', 'c'))
    """
    return tuple(s for s in sources if (account := accounts.get(s)) is None or account.copy_of not in sources)


def _cite(sources: tuple[str, ...], notes: Mapping[str, int], accounts: Mapping[str, Account]) -> str:
    """Citations in Markdown: ``[Outlet](url)`` where the outlet and address are known, ``Outlet [n]``
    where only the outlet is, the footnote ``[n]`` of the sources list where neither is; a copy whose
    original is cited is not cited again (see :func:`_independent`)."""
    parts = []
    for source in _independent(sources, accounts):
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


def _stated(claim: Claim) -> str:
    """A claim's words, its value after them only where the words do not show it ("ten ≈ 10", "hundreds ≈
    200–999", but "222,570" alone), and a bound named as one ("as many as 200,000 (upper bound)")."""
    from newsbrief.figures import bound  # loads spaCy's word lists: only when a brief is rendered

    value = _value(claim)
    shows = re.search(rf"(?<![\d,.]){re.escape(value)}(?![\d,]|\.\d)", claim.stated) is not None
    shown = claim.stated if shows else f"{claim.stated} ≈ {value}"
    kind = bound(claim.stated)
    return f"{shown} ({kind})" if kind else shown


def _stories(brief: Brief) -> dict[str, str]:
    """Article id to the witness it is: a copy or duplicate tells its original's story, and one
    outlet's pages are one witness (see :func:`newsbrief.sources.witnesses`)."""
    return witnesses({a.id: a.copy_of or a.id for a in brief.articles}, brief.articles)


def _facts(event: Event, stories: Mapping[str, str],
           accounts: Iterable[Account]) -> list[tuple[str, list[tuple[str, tuple[str, ...]]]]]:
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
            if dated:  # the value to report first, then the earlier ones, newest first
                newest = figure.newest
                when = f", as of {newest.published.isoformat()}" if newest.published else ""
                rows.append((f"{figure.about} now: {_stated(newest)} (newest value{when}) — “{newest.text}”",
                             newest.sources))
                for claim in reversed(figure.claims):
                    if claim is newest:
                        continue
                    # a change one article reports ("rose from 60 to 90 percent") does not date its earlier value
                    when = f"as of {claim.published.isoformat()}" if claim.published else "earlier"
                    rows.append((f"{figure.about} before: {_stated(claim)} ({when}) — “{claim.text}”",
                                 claim.sources))
                continue
            # values told on different days are shown with their days, so a reader sees which came first
            days = {claim.published for claim in figure.claims}
            for claim in figure.claims:
                when = f" (as of {claim.published.isoformat()})" if len(days) > 1 and claim.published else ""
                rows.append((f"{figure.about}: {_stated(claim)}{when} — “{claim.text}”", claim.sources))
        sections.append((heading, rows))
    for heading, retracted in (("Unconfirmed", False), ("Taken back", True)):
        sections.append((heading, [(f"{u.text} ({u.why})", u.sources) for u in event.unconfirmed
                                   if u.retracted == retracted]))
    shown, more = shown_timeline(event, stories, accounts)
    # Where every entry is background, no section at all, as on the portal: a heading over a pointer
    # to the JSON read as an empty timeline (blind reading r10).
    # How many more the JSON holds goes in the heading: as a row it read as an entry (blind reading r14).
    heading = f"Timeline ({len(shown)} of {len(shown) + more}; the JSON output has all)" if more else "Timeline"
    sections.append((heading, [(f"{d.date}: {d.text}", d.sources) for d in shown]))
    return [(heading, rows) for heading, rows in sections if rows]


def shown_timeline(event: Event, stories: Mapping[str, str],
                   accounts: Iterable[Account]) -> tuple[tuple[Dated, ...], int]:
    """The timeline entries a page shows (at most ``_SHOWN_TIMELINE``, those most stories date; see
    :func:`newsbrief.timeline.scannable`), and how many more the JSON output holds.

    ``stories`` maps an article id to the witness it is (see :func:`newsbrief.sources.witnesses`);
    ``accounts`` are those of the event's articles (others are passed over), whose dates tell the news's day.
    """
    # The timeline stage (and the cleaner's caption rules it reads) loads only when a brief is rendered:
    # `newsbrief --help` imports this module for its format names.
    from newsbrief.timeline import scannable

    articles = set(event.articles)
    written = max((day for a in accounts if a.id in articles and (day := a.written or a.published)), default=None)
    shown = scannable(event.timeline, stories, _SHOWN_TIMELINE, written)
    return shown, len(event.timeline) - len(shown)


def _markdown_facts(event: Event, notes: dict[str, int], stories: Mapping[str, str],
                    accounts: Mapping[str, Account]) -> list[str]:
    lines: list[str] = []
    for heading, rows in _facts(event, stories, accounts.values()):
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
            parts.append(_html_source(account, f"src-{notes[account.id]}", with_id=True))
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


def _html_cites(sources: tuple[str, ...], notes: Mapping[str, int], accounts: Mapping[str, Account],
                anchor: str = "src-") -> str:
    """The outlet of each source, linked to the article, and its footnote number (a link to the
    element ``anchor`` + number); a copy whose original is cited is not cited again."""
    return " ".join(f"{_html_outlet(accounts[s]) if s in accounts else ''}"
                    f"<sup><a href='#{anchor}{notes[s]}'>[{notes[s]}]</a></sup>"
                    for s in _independent(sources, accounts) if s in notes)


def _html_source(account: Account, anchor: str, with_id: bool) -> str:
    """One entry of a sources list: outlet, title, date and byline (and the input's id when asked and
    the outlet names it otherwise), then the address, all escaped."""
    e = html.escape
    url = web_url(account.url)
    input_id = f"; {e(account.id)}" if with_id and account.outlet else ""
    return (f"<li id='{anchor}'>{_html_outlet(account, named=True)}: {e(_title(account))} "
            f"<span class=why>({_dated(account)}{e(_byline(account))}{input_id})</span>"
            + (f" <span class=genre>{e(_opinion_mark(account).strip())}</span>" if _opinion_mark(account) else "")
            + (f"<br><span class=url>{e(url)}</span>" if url else "") + "</li>")


def _html_event(event: Event, notes: dict[str, int], stories: Mapping[str, str],
                accounts: Mapping[str, Account]) -> str:
    e = html.escape
    items = []
    for sentence in event.summary:
        items.append(f"<li>{e(shown_text(sentence))} {_html_cites(sentence.sources, notes, accounts)}</li>")
    entities = ", ".join(f"{e(x.text)} <span class=why>({e(_kind(x.label))})</span>" for x in event.entities)
    facts = []
    for heading, rows in _facts(event, stories, accounts.values()):
        lines = "".join(f"<li>{e(text)} {_html_cites(sources, notes, accounts)}</li>" for text, sources in rows)
        facts.append(f"<h2>{e(heading)}</h2><ul class=facts>{lines}</ul>")
    withheld = "".join(f"<p class=why>{e(note)}</p>" for note in event.notes)
    if covered := _covered(event, accounts):
        withheld += f"<p class=outlets>{e(covered)}</p>"
    return (f"<article id='{e(event.id)}'><h1>{e(event.headline or '(no publishable headline)')}</h1>{withheld}"
            f"<ul>{''.join(items)}</ul>"
            + (f"<p><b>Entities:</b> {entities}</p>" if entities else "") + "".join(facts) + "</article>")


@dataclass(frozen=True, slots=True)
class Listed:
    """One event of a store as ``newsbrief events`` lists it.

    ``event`` is its brief: ``None`` while it is not briefed, and when no brief could be made (its
    articles' accounts say why); ``stale`` says articles came after the brief shown (or that it is
    not briefed yet). ``section`` is the name of its category (see :mod:`newsbrief.categories`) and
    ``outlets`` its number of independent sources, ``None`` until it is briefed.
    """

    id: str
    day: dt.date | None
    section: str
    event: Event | None
    accounts: tuple[Account, ...]  # its articles, in the order stored
    outlets: int | None = None
    stale: bool = False


@dataclass(frozen=True, slots=True)
class Edition:
    """Every event of a store, in the order shown (newest day first, then by category), and the
    inputs that are in no event (those that could not be read), with why."""

    title: str
    events: tuple[Listed, ...]
    unplaced: tuple[Account, ...] = ()


def day_name(day: dt.date | None) -> str:
    """A day as a heading says it.

    >>> day_name(dt.date(2020, 1, 7))
    'Tuesday, 7 January 2020'
    """
    return f"{day:%A}, {day.day} {day:%B %Y}" if day is not None else "Undated"


def _by_day(events: Sequence[Listed]) -> list[tuple[dt.date | None, list[tuple[str, list[Listed]]]]]:
    """The events under their days, and under their sections within a day, keeping their order."""
    days: list[tuple[dt.date | None, list[tuple[str, list[Listed]]]]] = []
    for listed in events:
        if not days or days[-1][0] != listed.day:
            days.append((listed.day, []))
        sections = days[-1][1]
        if not sections or sections[-1][0] != listed.section:
            sections.append((listed.section, []))
        sections[-1][1].append(listed)
    return days


def _anchor(name: str) -> str:
    """An element id made of ``name``: letters, digits and hyphens only (ids are not escaped twice)."""
    return re.sub(r"[^A-Za-z0-9-]+", "-", name)


def _day_anchor(day: dt.date | None) -> str:
    return f"day-{day.isoformat() if day else 'undated'}"


def _listed_title(listed: Listed) -> str:
    if listed.event is not None and listed.event.headline:
        return listed.event.headline
    if listed.event is not None:
        return "(no publishable headline) " + " · ".join(_title(a) for a in listed.accounts[:1])
    return ("Not briefed yet: " if listed.stale else "No brief could be made: ") + " · ".join(
        _title(a) for a in listed.accounts[:3]) + (" …" if len(listed.accounts) > 3 else "")


def _listed_meta(listed: Listed) -> str:
    """"(5 outlets, 6 articles)", "(3 articles; 1 since its brief)"."""
    parts = []
    if listed.outlets is not None:
        parts.append(f"{listed.outlets} outlet{'s' if listed.outlets != 1 else ''}")
    count = len(listed.accounts)
    parts.append(f"{count} article{'s' if count != 1 else ''}")
    meta = ", ".join(parts)
    if listed.event is not None and listed.stale:
        newer = count - len(listed.event.articles)
        meta += "; grown since its brief" + (f" by {newer}" if newer > 0 else "")
    return f"({meta})"


def _listed_line(listed: Listed) -> str:
    """"Covered by 2 outlets: A, B; 3 articles", or the counts alone where no article names its outlet."""
    covered = _covered(listed.event, {a.id: a for a in listed.accounts}) if listed.event is not None else ""
    if not covered:
        return _listed_meta(listed)[1:-1]
    count = len(listed.accounts)
    return f"{covered}; {count} article{'s' if count != 1 else ''}" + _listed_meta(listed)[1:-1].partition(";")[2]


def _edition_count(edition: Edition) -> str:
    """"3 events on 2 days: 2 briefed, 1 not briefed yet; 1 input in no event"."""
    events = len(edition.events)
    days = len({listed.day for listed in edition.events})
    briefed = sum(1 for listed in edition.events if listed.event is not None)
    waiting = sum(1 for listed in edition.events if listed.event is None and listed.stale)
    failed = events - briefed - waiting
    line = (f"{events} event{'s' if events != 1 else ''} on {days} day{'s' if days != 1 else ''}: "
            f"{briefed} briefed")
    if waiting:
        line += f", {waiting} not briefed yet (`newsbrief digest --db` with this store briefs them)"
    if failed:
        line += f", {failed} that no brief could be made of (their inputs say why)"
    if edition.unplaced:
        count = len(edition.unplaced)
        line += f"; {count} input{'s' if count != 1 else ''} in no event"
    return line


def _event_notes(listed: Listed) -> dict[str, int]:
    """Footnote numbers of the articles an event's brief reads, counted per event, in the order stored."""
    read = set(listed.event.articles) if listed.event is not None else set()
    return {a.id: n for n, a in enumerate((a for a in listed.accounts if a.id in read), start=1)}


def _split_facts(listed: Listed) -> tuple[list[tuple[str, list[tuple[str, tuple[str, ...]]]]],
                                          list[tuple[str, tuple[str, ...]]]]:
    """An event's fact sections other than its timeline, and its timeline's rows."""
    if listed.event is None:
        return [], []
    stories = witnesses({a.id: a.copy_of or a.id for a in listed.accounts}, listed.accounts)
    facts = _facts(listed.event, stories, listed.accounts)
    return ([(h, rows) for h, rows in facts if not h.startswith("Timeline")],
            next((rows for h, rows in facts if h.startswith("Timeline")), []))


def edition_markdown(edition: Edition) -> str:
    """Every event of a store as one Markdown document a reader can find their way in.

    An index of the days (newest first), their categories and their events' headlines comes first;
    then each day, category and event: its headline, outlets, cited summary, entities and figures,
    with footnotes numbered per event and listed under it. Each event's timeline and the account of
    its inputs come in a section of their own after all the events, linked from the event. Events not
    briefed yet are listed with their articles' titles. Every input text goes through
    :func:`markdown_text`; the anchors are made of ids, not of input text.
    """
    md = markdown_text
    lines = [f"# {md(edition.title)}", "", md(_edition_count(edition)), ""]
    days = _by_day(edition.events)
    if days:
        lines += ["## Index", ""]
    for day, sections in days:
        lines.append(f"- [{day_name(day)}](#{_day_anchor(day)})")
        for section, events in sections:
            lines.append(f"  - {md(section)}")
            lines += [f"    - [{md(_listed_title(e))}](#{_anchor(e.id)}) {_listed_meta(e)}" for e in events]
    lines.append("")
    for day, sections in days:
        lines += [f'<a id="{_day_anchor(day)}"></a>', "", f"## {day_name(day)}", ""]
        for section, events in sections:
            lines += [f"### {md(section)}", ""]
            for listed in events:
                lines += _markdown_listed(listed)
    if edition.events:
        lines += ["## Timelines and inputs", ""]
    for listed in edition.events:
        lines += _markdown_more(listed)
    if edition.unplaced:
        lines += ["## Inputs in no event", ""]
        lines += [f"- **{md(a.id)}**: {md(_status(a))} — {md(a.reason)}" for a in edition.unplaced]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _markdown_listed(listed: Listed) -> list[str]:
    md = markdown_text
    lines = [f'<a id="{_anchor(listed.id)}"></a>', "", f"#### {md(_listed_title(listed))}", ""]
    event = listed.event
    accounts = {a.id: a for a in listed.accounts}
    more = f"[{'timeline and inputs' if event is not None else 'inputs'}](#{_anchor(listed.id)}-more)"
    if event is None:
        lines += [f"*{md(_listed_line(listed))}; {more}*", ""]
        lines += [f"- {md(_title(a))} — {md(a.outlet or a.id)}, {_dated(a)}" for a in listed.accounts]
        return [*lines, ""]
    notes = _event_notes(listed)
    lines += [f"> {md(note)}" for note in event.notes] + ([""] if event.notes else [])
    lines += [f"*{md(_listed_line(listed))}; {more}*", ""]
    lines += [f"- {md(shown_text(s))} {_cite(s.sources, notes, accounts)}" for s in event.summary]
    lines.append("")
    if event.entities:
        lines += ["**Entities:** " + ", ".join(f"{md(e.text)} ({md(_kind(e.label))})" for e in event.entities),
                  ""]
    facts, _ = _split_facts(listed)
    for heading, rows in facts:
        lines += [f"**{md(heading)}**", ""]
        lines += [f"- {md(text)} {_cite(sources, notes, accounts)}" for text, sources in rows]
        lines.append("")
    if notes:
        lines += ["**Sources**", ""]
    for account in listed.accounts:
        if account.id in notes:
            named = md(account.outlet or account.id)
            if (url := markdown_url(account.url)) is not None:
                named = f"[{named}]({url})"
            lines.append(f"{notes[account.id]}. {named}: {md(_title(account))}, {_dated(account)}"
                         f"{md(_byline(account))}")
    return [*lines, ""]


def _markdown_more(listed: Listed) -> list[str]:
    """An event's timeline and the account of its inputs, in the section after all the events."""
    md = markdown_text
    lines = [f'<a id="{_anchor(listed.id)}-more"></a>', "",
             f"### {md(_listed_title(listed))}", "", f"[Back to the event](#{_anchor(listed.id)})", ""]
    _, timeline = _split_facts(listed)
    notes = _event_notes(listed)
    accounts = {a.id: a for a in listed.accounts}
    if timeline:
        lines += ["**Timeline**", ""]
        lines += [f"- {md(text)} {_cite(sources, notes, accounts)}".rstrip() for text, sources in timeline]
        lines.append("")
    lines += ["**Inputs**", ""]
    lines += [f"- **{md(a.id)}**: {md(_status(a))} — {md(a.reason)}" for a in listed.accounts]
    return [*lines, ""]


def edition_html(edition: Edition) -> str:
    """Every event of a store as one self-contained HTML page (no scripts, no external resources).

    The layout of :func:`edition_markdown`, except that each event's timeline and inputs fold
    under their own summary (``<details>``, which opens without script) and that its index links
    every day and event.
    """
    e = html.escape
    days = _by_day(edition.events)
    parts = ["<!doctype html><html lang=en><head><meta charset=utf-8>",
             "<meta name=viewport content='width=device-width,initial-scale=1'>",
             f"<title>{e(edition.title)}</title><style>{_STYLE}{_EDITION_STYLE}</style></head><body>",
             f"<h1>{e(edition.title)}</h1><p class=why>{e(_edition_count(edition))}</p>"]
    if days:
        parts.append("<nav class=index><h2>Index</h2><ul>")
        for day, sections in days:
            parts.append(f"<li><a href='#{_day_anchor(day)}'>{day_name(day)}</a><ul>")
            for section, events in sections:
                parts.append(f"<li>{e(section)}<ul>")
                parts += [f"<li><a href='#{_anchor(x.id)}'>{e(_listed_title(x))}</a> "
                          f"<span class=why>{e(_listed_meta(x))}</span></li>" for x in events]
                parts.append("</ul></li>")
            parts.append("</ul></li>")
        parts.append("</ul></nav>")
    for day, sections in days:
        parts.append(f"<section id='{_day_anchor(day)}'><h2 class=day>{day_name(day)}</h2>")
        for section, events in sections:
            parts.append(f"<h3>{e(section)}</h3>")
            parts += [_html_listed(listed) for listed in events]
        parts.append("</section>")
    if edition.unplaced:
        parts.append("<h2>Inputs in no event</h2><ul class=inputs>")
        parts += [f"<li><b>{e(a.id)}</b>: <span class=status>{e(_status(a))}</span> — {e(a.reason)}</li>"
                  for a in edition.unplaced]
        parts.append("</ul>")
    parts.append("</body></html>\n")
    return "".join(parts)


_EDITION_STYLE = """
nav.index ul{padding-left:1.2rem}h2.day{font-size:1.3rem}h3{font-size:1.1rem;color:#555}
article.event{border-left:3px solid #ddd;padding-left:.8rem;margin:1.2rem 0}article.event h4{font-size:1.15rem}
"""


def _html_listed(listed: Listed) -> str:
    e = html.escape
    anchor = _anchor(listed.id)
    parts = [f"<article class=event id='{anchor}'><h4>{e(_listed_title(listed))}</h4>"]
    event = listed.event
    accounts = {a.id: a for a in listed.accounts}
    notes = _event_notes(listed)
    cites = f"{anchor}-src-"
    if event is None:
        parts.append(f"<p class=why>{e(_listed_line(listed))}</p><ul>")
        parts += [f"<li>{e(_title(a))} <span class=why>— {_html_outlet(a, named=True)}, {_dated(a)}</span></li>"
                  for a in listed.accounts]
        parts.append("</ul>")
    else:
        parts += [f"<p class=why>{e(note)}</p>" for note in event.notes]
        parts.append(f"<p class=outlets>{e(_listed_line(listed))}</p>")
        parts.append("<ul>" + "".join(f"<li>{e(shown_text(s))} {_html_cites(s.sources, notes, accounts, cites)}</li>"
                                      for s in event.summary) + "</ul>")
        if event.entities:
            parts.append("<p><b>Entities:</b> " + ", ".join(
                f"{e(x.text)} <span class=why>({e(_kind(x.label))})</span>" for x in event.entities) + "</p>")
        facts, timeline = _split_facts(listed)
        for heading, rows in facts:
            parts.append(f"<h5>{e(heading)}</h5><ul class=facts>" + "".join(
                f"<li>{e(text)} {_html_cites(sources, notes, accounts, cites)}</li>" for text, sources in rows)
                + "</ul>")
        parts.append("<h5>Sources</h5><ol class=sources>")
        for account in listed.accounts:
            if account.id in notes:
                parts.append(_html_source(account, f"{cites}{notes[account.id]}", with_id=False))
        parts.append("</ol>")
        if timeline:
            parts.append(f"<details id='{anchor}-timeline'><summary>Timeline ({len(timeline)} "
                         f"entr{'ies' if len(timeline) != 1 else 'y'})</summary>"
                         "<ul class=facts>" + "".join(
                             f"<li>{e(text)} {_html_cites(sources, notes, accounts, cites)}</li>"
                             for text, sources in timeline) + "</ul></details>")
    count = len(listed.accounts)
    parts.append(f"<details id='{anchor}-inputs'><summary>Inputs ({count} article{'s' if count != 1 else ''}: "
                 "status and why)</summary><ul class=inputs>" + "".join(
                     f"<li><b>{e(a.id)}</b>: <span class=status>{e(_status(a))}</span> — {e(a.reason)}</li>"
                     for a in listed.accounts) + "</ul></details></article>")
    return "".join(parts)


EDITIONS: dict[str, Callable[[Edition], str]] = {
    "markdown": edition_markdown,
    "html": edition_html,
}


def problems(brief: Brief) -> list[str]:
    """One line for each input that could not be used because of a problem with the input itself."""
    return [a.reason for a in brief.articles if a.status in _PROBLEMS]


RENDERERS: dict[str, Callable[[Brief], str]] = {
    "markdown": to_markdown,
    "json": to_json,
    "html": to_html,
}
