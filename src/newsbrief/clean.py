"""Take scraped page furniture out of article text, keeping every removed span with its reason.

Two passes. :func:`clean` applies rules that recognise web boilerplate by its form
(navigation, share buttons, advertisement markers, video players, captions and photo credits,
copyright notices, newsletter and social pitches, "Read also" links and teasers run into the text,
bylines, wire desk codes, shouting section headings), before any similarity is computed, so that page clutter never
becomes the reference a paragraph is judged against. :func:`drop_off_topic` later removes
paragraphs whose similarity to the event is too low -- tails of unrelated stories and teasers --
from scores computed against the rest of the cluster, so no word list decides what is off-topic.

Rules are plain :class:`LineRule` values in :data:`LINE_RULES`, so they can be listed,
tested and extended one at a time.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

import dateutil.parser

from newsbrief.model import Article, CleanArticle, Paragraph, Removed

_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class LineRule:
    """Whole-line boilerplate of one kind.

    ``cues`` make the common case cheap: most lines are prose that no rule matches, and
    searching a long paragraph with an unanchored pattern costs far more than looking for a
    word. Every ASCII line the pattern matches holds one of the cues (lower-cased when the
    pattern ignores case), so a line with none is passed over; other lines are always searched.
    No cues: the pattern is anchored and cheap, always searched.
    """

    reason: str
    pattern: re.Pattern[str]
    cues: tuple[str, ...] = ()


# Labels of share and social buttons, which scraped pages leave one or a few to a line ("Tweet", "Send",
# "Link", "Share | Email | Print", "Play Facebook"). A closed set of labels, matched only as a whole line.
_BUTTON = (r"(tweet|share|send|link|pin( it)?|whatsapp|messenger|e-?mail|mail|print|comments?|save|facebook|twitter|"
           r"google( ?\+| plus)?|pinterest|linkedin|tumblr|reddit|flipboard|sms|copy( link)?|embed|more|play|like)")
_BUTTON_SEPARATOR = r"[\s|•·/,]+"
_BUTTONS = "share or social buttons"
# A byline's names: "Marta Quell", "ANA RUIZ, TOMAS BERG and LENA VOSS", "Jean-Luc O'Neill".
_NAME = r"[A-Z][\w.'’-]+( (van|de|da|von|der|del|la|le|[A-Z][\w.'’-]+)){0,3}"
_NAMES = rf"{_NAME}((,| ,)? (and|AND|&) {_NAME}|, {_NAME}){{0,6}}"
# A photographer and the slash before the agency of a credit: "Sarah Tew/", "Eric Gay / ".
_PHOTOGRAPHER = r"[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}\s?/\s?"
_ROLE_SEPARATOR = r"\s*[|,–—•/-]\s*"
# What a byline says the reporters are: "Staff Writer", "Reuters", "Senior Correspondent", "For The Times".
_ROLE = (r"(?i:((senior|chief|special|staff|political|business|foreign|deputy|local|contributing|associate|freelance|"
         r"national|science|health|sports|crime|courts|education|transport|environment|economics|city|news|"
         r"investigative|assistant|managing) )*(staff( writer| reporter)?|writer|reporter|correspondent|editor|"
         r"contributor|columnist|journalist|producer|photographer|(the )?associated press|reuters|afp|ap|"
         r"(for|special to) (the )?\w[\w.'-]*( \w[\w.'-]*){0,3})s?)")
PAYWALL = "paywall or subscription prompt"
_AD = r"ad|advert|advertisement|advertising|sponsored content"
_AD_TEXT = r"(story|article|content|text|report|page)"

#: Whole-line boilerplate, by reason. A line matching any pattern is removed; the first match gives the reason.
#: Patterns without cues are anchored at the start of the line; the others name the words they need.
LINE_RULES: tuple[LineRule, ...] = (
    LineRule("navigation", re.compile(r"^(skip to (main )?content|main menu|menu|home|search|sign in|log in|"
                                      r"search icon.*|click to enlarge|open this photo in gallery:?|back to top|"
                                      r"scroll down.*|text size\W*|reset|go back|page \d+ of \d+|"
                                      r"printer-friendly\W*)$", _FLAGS)),
    # "Tweet", "Share this article", "share tweet pin email", "Share this: Email"; a colon ends a heading
    # ("More:"), which is no button.
    LineRule(_BUTTONS, re.compile(rf"^(share this( article| story| page| post)?\W*|(share this\W*)?{_BUTTON}"
                                  rf"({_BUTTON_SEPARATOR}{_BUTTON})*[^\w:]*)$", _FLAGS)),
    # "Click to share on WhatsApp (Opens in new window)", "E-mail this to a friend".
    LineRule(_BUTTONS, re.compile(r"\(opens in (a )?new window\)|^\W*(e-?mail|send|share) this( article| story| page)? "
                                  r"(to|with) a friend\b", _FLAGS),
             ("opens in", "mail this", "send this", "share this")),
    # The labels sites put around in-article ads: "ADVERTISEMENT", "Advertisement - scroll to continue",
    # "Story continues below advertisement", "Article continues after this ad", "Sponsored content".
    LineRule("advertisement", re.compile(
        r"^(photo )?(advertisement|advert|ad|sponsored( content| links?| posts?| stories)?|paid (content|post)|"
        r"(paid |sponsored )?partner content|promoted( content| stories)?)"
        r"(\W+(continue reading the main story|(scroll|read on|keep reading|continue)\b[\w ]{0,30}))?\W*$|"
        rf"^(continue reading( the main story| below| after)?|(the )?{_AD_TEXT} continue[sd]? (below|after)|"
        r"scroll (down )?to continue( reading| with content)?|report this ad|skip ad)"
        rf"(( this| the)? ({_AD}))?\W*$", _FLAGS)),
    LineRule("loading indicator", re.compile(r"^loading\W*$", _FLAGS)),
    # A video player's label and caption: "Video (02:04) : The Twin Cities erupted in memories ..."
    LineRule("video player", re.compile(r"^video\s*\(\d{1,2}:\d{2}\)\s*:", _FLAGS)),
    # A magazine's plug for its issue: "The new issue of Rolling Stone hits newsstands nationwide on Friday.",
    # "... pick up a copy of this week's issue of PEOPLE, on newsstands Friday" (both such dev lines).
    LineRule("magazine plug", re.compile(r"^(?=.{0,200}$).*\bissue of\b.*\b(on|hits|at) newsstands\b", _FLAGS),
             ("newsstands",)),
    LineRule("reading time", re.compile(r"^\d+\s*(min|minute)s?\.? read$", _FLAGS)),
    # USA Today's video player: "CLOSE" (its close button), then the video's description and credit.
    LineRule("video player", re.compile(r"^CLOSE\s+(?=[A-Z][a-z])")),
    LineRule("video player", re.compile(
        r"^media playback is unsupported\b|^please (enable|turn on) javascript\b|^rating is available when the video"
        r"|\bcopy this code to your website\b|^\d+ of \d+ full screen autoplay\b", _FLAGS),
        ("media playback", "javascript", "rating is available", "copy this code", "full screen autoplay")),
    # A teaser link whose "Read more" the scraper ran into its title: "Stanford case: the statement in full Read
    # more", "What are the risks of cannabis? Read more". A short line that ends in the marker, with no full stop
    # after it ("... I wanted to read more." is a sentence).
    LineRule("related link", re.compile(r"^(?=.{0,200}$).*\S\s+(Read more|Read More|READ MORE)[\s»›…]*$"),
             ("Read more", "Read More", "READ MORE")),
    LineRule("related link", re.compile(r"^[\W_]*(read also|read more|see also|also read|related|recommended|watch|"
                                        r"more on this|more|listen)\s*[:|]", _FLAGS)),
    # "Read More", "Read or Share this story: https://...", "Related Articles", "(PHOTOS: Oklahoma tornado)".
    LineRule("related link", re.compile(
        r"^[\W_]*(read more(\s+(about|at|from|on|here|of)\b|\s*[:»…|]|\W*$)|read or share this story\b|see more\b|"
        r"more video\b|related( articles| links| news( articles)?| stories| content| coverage)?\W*$|"
        r"\((photos|video|watch|more|also on [^:]{1,30}):)", _FLAGS)),
    # "Click here to ...", "For a full recap of the night's winners, click here.", "Watch the video below:".
    LineRule("link prompt", re.compile(
        r"^[\W_]*click (here|below|to|through)\b|^[^.!?]{0,120},\s*click here\W*$"
        r"|^[\W_]*(watch|see|check out|listen to|read|view)\b[^.!?]{0,80}\b(below|above)\W*$", _FLAGS),
        ("click", "below", "above")),
    # "Copyright 2018 The Associated Press. All rights reserved." and the redistribution notice after it.
    LineRule("copyright notice", re.compile(
        r"^\W*(©|\(c\)\s|copyright\s*(©|\(c\)|\d{4}))|\ball rights reserved\b|"
        r"\bmay not be (re)?published, broadcast\b|\bmay not be reproduced\b", _FLAGS),
        ("©", "(c)", "copyright", "all rights reserved", "may not be")),
    LineRule("copyright notice", re.compile(r"^Copyright [A-Z][^.!?]{0,60}$")),
    # "By Jane Roe", "By ANA RUIZ, TOMAS BERG and LENA VOSS", "Photograph by Jane Roe": names alone after
    # "by" (capital or not), joined by commas and "and", perhaps with their role ("By Jane Roe, Staff Writer").
    LineRule("byline or credit", re.compile(
        rf"^(?=.{{0,160}}$)([Bb]y|BY|(Photograph|Photo|Picture|Video)s? (by|courtesy of)|"
        rf"(([Ww]ith|[Aa]dditional) )?[Rr]eporting by) {_NAMES}"
        rf"({_ROLE_SEPARATOR}{_ROLE})?(;? [Ee]diting by {_NAMES})?\.?$|"
        r"^(AP|AFP|Reuters|Associated Press)$")),
    # "Jonas Pell | Staff Writer", "Jane Roe, Senior Correspondent": names and a reporter's role, no "by".
    LineRule("byline or credit", re.compile(rf"^(?=.{{0,160}}$){_NAMES}{_ROLE_SEPARATOR}{_ROLE}$")),
    LineRule("photo caption or credit", re.compile(r"^(photo|image|picture|credit|photos)\s*[:|]|^photos$", _FLAGS)),
    # The BBC's "Image copyright PA Image caption ...", NPR's "toggle caption", a lone "Photo" or "Getty".
    LineRule("photo caption or credit", re.compile(
        r"^(image (copyright|caption)|enlarge this image|toggle caption)\b|^(photo|photo gallery|getty|istock"
        r"(photo)?|shutterstock)\W*$", _FLAGS)),
    LineRule("photo caption or credit", re.compile(
        r"(\[(getty|afp|reuters|ap|epa|anadolu)[^\]]*\]|getty images\)?|\bvia ap)\W*$|/\s*afp\b.*$|"
        r"\|\s*[A-Z][A-Z .,/-]+$", _FLAGS), ("[", "getty images", "afp", "via ap", "|")),
    # A caption ends with its credit: "... in Damascus. (AP Photo/Hassan Ammar)", "... (Photo: Jane Doe)".
    LineRule("photo caption or credit", re.compile(
        r"\((ap |afp |reuters )?(photo|image)s?\b[^()]{0,80}\)(\s*\([^()]{0,40}\))?[\sA-Z,.]{0,40}$", _FLAGS),
        ("photo", "image")),
    # "FILE - In this Nov. 22, 2015 file photo, ..." and "This undated photo provided by ... shows ...".
    LineRule("photo caption or credit", re.compile(
        r"^(file( photo)?\W*)?(in )?this\b[^.]{0,60}?\bphoto\b(,| (provided|released|taken|made|shows))", _FLAGS),
        ("photo",)),
    # A credit alone: "Sarah Tew/CNET", "Paul Sancya/AP Photo".
    LineRule("photo caption or credit", re.compile(rf"^{_PHOTOGRAPHER}[A-Z][\w&.' -]{{1,30}}$")),
    # "Follow us on Twitter", "Like WXYZ on Facebook", "Follow Jane Doe at twitter.com/jdoe": an invitation to
    # a platform, which "Like Facebook, Twitter ...", "Like us, they ..." and "Follow-up talks" are not.
    LineRule("social media prompt", re.compile(
        r"^[\W_]*(follow|like|share|find|reach|connect with|see more of|stay up to date,? follow)\b(?!-).{0,80}?"
        r"(\b(on|at)\s*:?\s*(https?://)?(www\.)?(twitter|facebook|instagram|linkedin|snapchat|youtube|tumblr)\b|"
        r"\b(twitter|facebook|instagram)\.com\b|:\s*(twitter|facebook)\b|\b(?-i:us) (on|at)\b|"
        r"\bauthors and topics\b|\s@\w)", _FLAGS)),
    LineRule("social media prompt", re.compile(r"\btweet with a location\b|\badd (a )?location (information )?to "
                                               r"your tweets\b|\bdelete your tweet location history\b", _FLAGS),
             ("tweet",)),
    # A reporter's address alone: "Twitter: @jdoe", "jane.doe@latimes.com", "(jdoe@politico.com; @jdoe)".
    LineRule("reporter contact", re.compile(
        r"^(twitter|e-?mail|instagram)\s*:?\s*@?[\w.+-]+(@[\w-]+(\.[\w-]+)+)?\W*(;\s*twitter\s*:?\s*@\w+\W*)?$|"
        r"^\(?[\w.+-]+@[\w-]+(\.[\w-]+)+(;\s*@\w+)?\)?\.?$|^@\w+$", _FLAGS)),
    # What a paywall leaves of a page: "This article is for subscribers only.", "To continue reading, log in or
    # subscribe.", "Already a subscriber? Sign in", "You have reached your limit of free articles". Short lines
    # only: a sentence of the story may speak of subscribers.
    LineRule(PAYWALL, re.compile(
        r"^(?=.{0,200}$).*?(\bfor (paying )?(subscribers|members) only\b|\b(subscribers|members)[- ]only\b|"
        r"^\W*already (a |an )?(subscriber|member|registered)\b|"
        r"\b(continue|keep) reading\b.{0,40}\b(subscribe|subscription|log ?in|sign ?in|register)|"
        r"\b(subscribe|log ?in|sign ?in|register)\b.{0,30}\bto (continue|keep) reading\b|"
        r"\byou('ve| have) (reached|used)\b.{0,40}\bfree (articles|stories)\b|"
        r"\bunlock (this|the full) (article|story)\b|"
        r"\b(article|story|content) is (only )?(available|reserved|exclusive) (to|for) (subscribers|members)\b)",
        _FLAGS), ("subscri", "member", "already", "reading", "free ", "unlock")),
    LineRule("newsletter or subscription pitch", re.compile(r"^[\W_]*(sign up|subscribe|get the best of)\b", _FLAGS)),
    LineRule("newsletter or subscription pitch", re.compile(
        r"\bnewsletters?\b.{0,160}\b(sign up|subscribe|inbox|written by|delivered)\b|\bsign up (today|now|here)\b|"
        r"\bsubscribe (now|today)\b|\bsign up for (our|the)\b.{0,60}\b(newsletter|alerts?|e-?mails?|updates)\b|"
        r"\bby signing up\b|\bemail sign up\b|\bthank you for (registering|subscribing|signing up)\b|"
        r"^get\b.{0,80}\b(in|to) your inbox\b", _FLAGS),
        ("newsletter", "sign up", "signing up", "subscribe", "thank you for", "inbox")),
    LineRule("reader engagement prompt", re.compile(r"^(join the conversation|interact with\b.*|comments?|"
                                                    r"authors and topics you follow\b.*)$", _FLAGS)),
    LineRule("reader engagement prompt", re.compile(r"^.*\bpersonal news feed\b.*$", _FLAGS), ("personal news feed",)),
    LineRule("byline or credit", re.compile(
        r"contributed to this report\.?$|\bcontributed (reporting )?from\b|\breported from [A-Z][a-z]+\.|"
        r", (The )?(Associated Press|Reuters|AFP)$"),
        ("contributed", "reported from", "Associated Press", "Reuters", "AFP")),
    # Desk codes of the wire services in DUC texts: "(jc/bk)", a "nn" separator, "The tribunal, graf 5 pvs".
    # Anchored to short lines: a DUC 2004 document is one paragraph, and a code inside it must not take it.
    LineRule("wire desk code", re.compile(r"^(nn|\([a-z]{1,4}([/-][a-z]{1,4})*\))$|"
                                          r"^[^.!?]{0,60}\b(graf \d+|\d+(st|nd|rd|th) graf) pvs\b[^.!?]{0,20}\.?$")),
)

# A dateline line such as "07 January, 2020" or "Saturday, 11 Jan, 2020": short, with a year.
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_MONTH = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b",
    re.IGNORECASE,
)
_DATELINE_MAX_WORDS = 6
_DEFAULTS = (dt.datetime(1900, 1, 1), dt.datetime(1904, 2, 2))
_DATELINE_PARAGRAPHS = 3
_HEADING_MAX_WORDS = 10
# A tail of other stories holds two paragraphs or more: one weak closing paragraph is as often the
# article's own last word on the event (../shared/cases/16: "A memorial concert ... has been postponed").
_TAIL_MIN_PARAGRAPHS = 2
# A paragraph of at least this many words that ends a sentence is prose, not a list's link or teaser
# line ("Prince wants X-rated sex trophies out of court case"): see _list_end.
_PROSE_WORDS = 20
# Share of a shared closing block's distinct words found in the articles' own text below which the block
# is a publisher's footer. Measured: the footer of ../shared/cases/13 0.08, a suicide helpline notice under
# two Multi-News dev articles 0.46; the background paragraphs two AP updates of one DUC 2003 dev story
# end with 0.87 (kept).
_FOOTER_OWN_WORDS = 0.5
# Share of the shorter article's words the other has at which two articles are versions of one story.
# Measured: two reworded wire versions of one flood story (tests/test_clean.py) 0.68; the two
# different reports of ../shared/cases/13 0.27, and of the footer test in tests/test_clean.py 0.20.
_SAME_STORY_WORDS = 0.5
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
# Headings that introduce the page's list of other stories: "LATEST WORLD STORIES", "Related news", "RELATED:".
# The heading is the whole line: "RELATED: Man's body found in pond" is one link inside the story, and a
# sentence ("Get news from the BBC in your inbox, each weekday morning.") or a "newsletter" is no heading.
_STORY_LIST_HEADING = re.compile(r"^(?=.{0,60}$)[^:,.!?]*\b(stories|news|articles|headlines|more from|related|"
                                 r"recommended|trending|most (read|popular|viewed)|you may also like)\b[^:,.!?]*:?$",
                                 _FLAGS)
# A line of at most this many words and no closing punctuation, between two button lines, is a button too
# ("Tweet", "Viber", "Send"): the labels of share buttons are an open set. Three words hold the longest
# labels seen ("Share on Facebook"); no such line stood between buttons in ../shared/data.
_BUTTON_LABEL_MAX_WORDS = 3
# Soft hyphen, zero-width space, non-joiner and joiner, word joiner, byte-order mark, Mongolian vowel
# separator: hints for line breaking or shaping that no English word holds, and that split words and entities.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e]")
# An ellipsis right after a word ends a page cut mid-sentence ("... talks with two potential…").
_CUT_OFF = re.compile(r"(?<=\w)\s?(…|\.\.\.)$")
# Where one sentence ends and the next begins, in the plain way a cut needs: ". The", "?” Police".
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(]?[A-Z0-9])")
# A stop between a lower-case word and a capitalised one with no space: two sentences run together by
# a scraper ("child.Less than"); initials ("U.S.The"), "e.g.The" and domains ("yahoo.com") do not match.
_RUN_ON_STOP = re.compile(r"(?<=[a-z]{2})([.!?])(?=[A-Z][a-z]+\b)")
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
# "DAMASCUS – Russian President ..." or "BEIRUT (AP) — ...": the wire dateline before the lead. DUC's AP and
# NYT wires write the dash as an underscore: "RIO DE JANEIRO, Brazil (AP) _ Brazilian voters ...".
#: A wire dateline's place, as the wires print it before the lead: the place in capitals, perhaps its
#: country or date and the agency ("DAMASCUS", "BEIRUT (AP)", "RIO DE JANEIRO, Brazil (AP)", "ZÜRICH
#: (Reuters)": accented capitals are Latin-1's). Bounded, so that no long line in capitals backtracks for
#: long. Shared by the checks and the peer summarizers.
DATELINE_PLACE = (r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'-]{2,40}(,\s*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ0-9 .]{0,40})?"
                  r"\s*(\([A-Za-z .]{1,20}\))?")
#: The dash after the place: an en or em dash, one or two hyphens, or the DUC wires' underscore.
DATELINE_DASH = r"(_|--?|–|—)"
# A photo's caption run into the text it stands before, with its credit: "Students cross a snowy street
# ... on Wednesday. (Photo: Jane Roe AP) Story Highlights ...", and a block that opens with a credit,
# "Eric Lind / AP Senator Ana Ruiz listens as ...": the caption of the photo that credit names.
_CAPTION_PREFIX = re.compile(r"^([^()]{10,400}?[.!?][\"”’']?\s*\((?:AP |AFP |Reuters )?(?:Photo|Image|Photograph)s?\b"
                             r"[^()]{0,80}\))\s+(?=\S)")
# ... and a caption whose credit is a bare agency name glued to the lead that follows: "The cabin of an
# airliner. AP Delta Air Lines on Thursday said ...". An agency's name and then a capitalised word open no
# sentence of prose (the one such block of the dev data is a caption).
_CAPTION_AGENCY = re.compile(r"^([^.!?\n]{10,200}[.!?][\"”’']?\s+(?:AP|AFP|EPA|Reuters|REUTERS|Getty Images)"
                             r"(?: Photo)?)\s+(?=[A-Z])")
# A block that opens with a credit is a caption up to this length; a longer one may run on into the story.
_CAPTION_CHARACTERS = 400
_CREDIT_OPENING = re.compile(rf"^{_PHOTOGRAPHER}(?:AP|AFP|Reuters|Getty Images|EPA)(?: Photo)?\s+(?=[A-Z])")
# ... and one that closes with a credit, photographer and outlet split by a slash: "Police officers at the
# stadium were assigned to ... (Katherine Frey/The Washington Post)", "(AP Photo/Eric Gay, File)". All 38
# such blocks of the dev data are captions.
_CREDIT_CLOSING = re.compile(r"\((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]+\s*/\s*[A-Z][^()/]{1,60}\)\s*[\"”’']?\s*$")
# A site's card for a linked name run into the sentence that names it: the name as the text shows it ("Donald
# Trump", "President Trump"), the card's full name glued to the first of its teaser headlines ("Donald John
# TrumpTrump Jr. getting ..."), more teasers run together, and the card's "MORE" link; the sentence goes on in
# lower case after it ("MORE panned ..."). The card's full name ends with the shown name's last word.
_TEASER_CARD = re.compile(r"\b(?P<last>[A-Z][\w'’-]+)(?P<card> (?:[A-Z][\w.'’-]*\s){1,3}(?P=last)(?=[A-Z0-9\"“‘])"
                          r"[^\n]{10,400}? MORE)(?= [a-z])")
TEASER_CARD = "boilerplate: teaser links run into the text (a linked name's card of other stories, ending in MORE)"
_LABEL_PREFIX = re.compile(r"^(Story [Hh]ighlights|STORY HIGHLIGHTS|Highlights|Key points|(?:UPDATE|UPDATED|BREAKING"
                           r"|BREAKING NEWS|EXCLUSIVE|WATCH|VIDEO|PHOTOS)\s*:)\s+(?=[A-Z\"“])")
_DATELINE_PREFIX = re.compile(rf"^({DATELINE_PLACE})\s*{DATELINE_DASH}\s+(?=\S)")
# The labels of a page's list of highlights: the lines after it are the page's own summary of its story
# ("Story highlights Police say the missing boy thanked officers"), written as headlines without a full stop,
# which the story's sentences then tell with their sources. Of the 11 such lists of the dev data, every
# unpunctuated line after the label is a highlight and the first punctuated one the story.
_HIGHLIGHTS_LABEL = re.compile(r"^(Story [Hh]ighlights|STORY HIGHLIGHTS|Highlights|Key points)$")
HIGHLIGHTS = "boilerplate: the page's story highlights (its own summary of the story, told again below it)"
# A highlight is one line of headline length.
_HIGHLIGHT_CHARACTERS = 250


def boilerplate_reason(line: str) -> str | None:
    """Why a whole line is boilerplate, or ``None`` when it may be article text.

    >>> boilerplate_reason("Skip to main content")
    'boilerplate: navigation'
    >>> boilerplate_reason("Putin met Assad in Damascus on Tuesday.") is None
    True
    """
    stripped = line.strip()
    if not any(ch.isalpha() for ch in stripped):
        return "boilerplate: no words" if stripped else None
    # Outside ASCII, str.lower and the patterns' case folding differ ("ſ" matches "s"): no cues there.
    plain = stripped.isascii()
    lower = stripped.lower()
    for rule in LINE_RULES:
        if rule.cues and plain:
            text = lower if rule.pattern.flags & re.IGNORECASE else stripped
            if not any(map(text.__contains__, rule.cues)):
                continue
        if rule.pattern.search(stripped):
            return f"boilerplate: {rule.reason}"
    # str.isupper: every cased letter is a capital; a lone capital ("A") is no heading
    if stripped.isupper() and sum(ch.isalpha() for ch in stripped) > 1 and len(stripped.split()) <= _HEADING_MAX_WORDS:
        return "boilerplate: section heading or promotion in capitals"
    return None


def parse_dateline(line: str) -> dt.date | None:
    """The date of a standalone dateline such as ``07 January, 2020``, else ``None``.

    >>> parse_dateline("Saturday, 11 Jan, 2020")
    datetime.date(2020, 1, 11)
    >>> parse_dateline("Putin met Assad in 2020.") is None
    True
    """
    if len(line.split()) > _DATELINE_MAX_WORDS or not _YEAR.search(line) or not _MONTH.search(line):
        return None
    # dateutil fills what a line lacks from a default date: the same date under two defaults that
    # differ in day, month and year means the line gave all three.
    try:
        dates = {dateutil.parser.parse(line, default=default, ignoretz=True).date() for default in _DEFAULTS}
    except (ValueError, OverflowError):  # not a date (dateutil's ParserError is a ValueError)
        return None
    return dates.pop() if len(dates) == 1 else None


def clean(article: Article) -> CleanArticle:
    """Split an article into paragraphs and remove the boilerplate ones.

    A paragraph is a line, or several lines joined where a line was hard-wrapped mid-sentence.
    Invisible characters that sites put inside words (soft hyphens, zero-width spaces) are taken
    out of the title, the text and the reader's removed spans first, so "Brenner\u00adwald" is
    "Brennerwald", a wire's typewriter quotation marks are typeset (see :func:`typeset_quotes`) and
    its "dlrs" amounts are written with a dollar sign (see :func:`dollars`);
    a span the reader listed as removed that is, once they are gone, the title or part of the kept
    text was read after all, and is not listed. A page that ends in a sentence cut off
    with an ellipsis, or cut before a paywall prompt, loses that sentence, listed as ``truncated``.

    Returns:
        The kept paragraphs and every removed span (including those the reader removed).
    """
    article = replace(article, title=_plain(article.title) if article.title else article.title,
                      text=_plain(article.text),
                      removed=tuple(Removed(_plain(r.text), r.why) for r in article.removed))
    removed: list[Removed] = []
    kept: list[Paragraph] = []
    story_list_from: int | None = None
    title = _normalise(article.title or "")
    blocks = paragraphs_of(article.text)
    paywalled = False
    highlights = False  # within a page's list of highlights
    for block, reason in zip(blocks, _between_buttons(blocks, list(map(boilerplate_reason, blocks))), strict=True):
        highlights = highlights and _is_highlight(block)
        if highlights:
            removed.append(Removed(block, HIGHLIGHTS))
            continue
        if title and _normalise(block) == title:
            removed.append(Removed(block, "repeats the title"))
            continue
        if len(kept) < _DATELINE_PARAGRAPHS and parse_dateline(block) is not None:
            removed.append(Removed(block, "dateline: publication date"))
            continue
        if reason:
            removed.append(Removed(block, reason))
            paywalled = paywalled or reason == f"boilerplate: {PAYWALL}"
            if kept and story_list_from is None and _STORY_LIST_HEADING.match(block):
                story_list_from = len(kept)
            continue
        paywalled = False  # text after a prompt: the prompt did not end the page
        if (_CREDIT_OPENING.match(block) or _CREDIT_CLOSING.search(block)) and len(block) <= _CAPTION_CHARACTERS:
            removed.append(Removed(block, "photo caption or credit"))
            continue
        if match := _CAPTION_PREFIX.match(block) or _CAPTION_AGENCY.match(block):
            removed.append(Removed(match.group(1), "photo caption or credit"))
            block = block[match.end():]
        if " MORE " in block and (match := _TEASER_CARD.search(block)):
            removed.append(Removed(match.group("card").strip(), TEASER_CARD))
            block = block[:match.start("card")] + block[match.end("card"):]
        if match := _LABEL_PREFIX.match(block):
            # "Story highlights Bernie Sanders said ...", "UPDATE: Authorities identified ...": the page's
            # label, run into the sentence it heads; a list of highlights goes whole.
            if _HIGHLIGHTS_LABEL.match(match.group(1)) and _is_highlight(block[match.end():]):
                removed.append(Removed(block, HIGHLIGHTS))
                highlights = True
                continue
            removed.append(Removed(match.group(1), "boilerplate: page label"))
            block = block[match.end():]
        if len(kept) < _DATELINE_PARAGRAPHS and (match := _DATELINE_PREFIX.match(block)):
            # The place may swallow the first hyphen of "DALLAS -- ...". A page's caption or standfirst
            # may come before the lead that carries it ("LONDON (AP) — British police have named ...").
            removed.append(Removed(match.group(1).strip().rstrip(" -"), "dateline: place of the report"))
            block = block[match.end():]
        kept.append(Paragraph(len(kept), block))
    if kept and (cut := cut_sentence(kept[-1].text, paywalled)):
        removed.append(Removed(cut.sentence, "truncated: the page is cut off mid-sentence here"
                                             f"{' before a paywall prompt' if paywalled else ''}; the cut sentence "
                                             "is not used"))
        kept[-1:] = [Paragraph(kept[-1].index, cut.before)] if cut.before else []
    read = " ".join(p.text for p in kept)
    # The reader compared the page's blocks with the extracted text character for character; what it
    # missed only for an invisible character was read (and the title is no removal).
    from_reader = [r for r in article.removed if " ".join(r.text.split()) not in read and r.text != article.title]
    return CleanArticle(article, tuple(kept), (*from_reader, *removed), story_list_from)


def _is_highlight(block: str) -> bool:
    """Whether a block may be a line of a page's highlights: one short line without a full stop."""
    return len(block) <= _HIGHLIGHT_CHARACTERS and "\n" not in block and not _SENTENCE_END.search(block.rstrip())


@dataclass(frozen=True, slots=True)
class Cut:
    """A paragraph cut off mid-sentence: the whole sentences ``before`` it, and the cut ``sentence``."""

    before: str
    sentence: str


def cut_sentence(paragraph: str, paywalled: bool = False) -> Cut | None:
    """The sentence a page cut off at the end of its last paragraph, or ``None`` when it ends whole.

    A sentence is cut when it ends in an ellipsis right after a word ("talks with two potential…"), or,
    when a paywall prompt follows (``paywalled``), when it has no closing punctuation at all.

    >>> cut_sentence("The mill closes. The chief said talks with two potential…")
    Cut(before='The mill closes.', sentence='The chief said talks with two potential…')
    >>> cut_sentence("The mill closes. Talks failed.") is None
    True
    """
    if not (_CUT_OFF.search(paragraph) or (paywalled and not _SENTENCE_END.search(paragraph))):
        return None
    ends = [match.end() for match in _SENTENCE_BREAK.finditer(paragraph)]
    start = ends[-1] if ends else 0
    return Cut(paragraph[:start].rstrip(), paragraph[start:])


def visible(text: str) -> str:
    """The text without the invisible characters that split words (soft hyphens, zero-width spaces).

    >>> visible("Brenner\u00adwald and Ober\u200bholzer")
    'Brennerwald and Oberholzer'
    """
    return _INVISIBLE.sub("", text)


def typeset_quotes(text: str) -> str:
    """The text with the typewriter convention of quotation marks some wires keep (two backticks open,
    two apostrophes close: "``subversion of state power.''") in the marks a reader expects; a text
    that never opens a quotation with backticks keeps its apostrophes.

    >>> typeset_quotes("He was jailed for ``subversion.'' Rock 'n' roll")
    "He was jailed for “subversion.” Rock 'n' roll"
    >>> typeset_quotes("It's ''fine''")
    "It's ''fine''"
    """
    if "``" not in text:
        return text
    return text.replace("``", "\u201c").replace("''", "\u201d")


# A wire's money style: "dlrs 39 million", "U.S. dlrs 5 billion", "500 dlrs"; and a dollar sign that a
# "dollar" repeats ("$39 million dollar grant", which the first rewrite leaves of "dlrs 39 million dollar").
_DLRS_BEFORE = re.compile(r"\b(?:(?P<us>U\.\s?S\.|US)\s?)?dlrs?\.?\s*(?=\d)")
_DLRS_AFTER = re.compile(r"(?<![\w$.,])(?P<amount>\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|trillion))?)\s+dlrs?\b\.?")
_DOLLAR_TWICE = re.compile(r"(?P<amount>\$\s?\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|trillion))?)\s+dollars?\b")


def dollars(text: str) -> str:
    """The text with a wire's "dlrs" amounts written as a reader expects them, with a dollar sign.

    "dlrs 39 million" and "39 million dlrs" are "$39 million", "U.S. dlrs 5" is "US$5", and a "dollar"
    after an amount with a dollar sign goes, as it says the sign again ("$39 million dollar grant").

    >>> dollars("a dlrs 39 million dollar grant; U.S. dlrs 5 billion; 500 dlrs a month")
    'a $39 million grant; US$5 billion; $500 a month'
    >>> dollars("the dollar rose; 5 dollars")
    'the dollar rose; 5 dollars'
    """
    if "dlr" not in text and "$" not in text:
        return text
    text = _DLRS_BEFORE.sub(lambda m: "US$" if m.group("us") else "$", text)
    text = _DLRS_AFTER.sub(lambda m: "$" + m.group("amount"), text)
    return _DOLLAR_TWICE.sub(lambda m: m.group("amount"), text)


def _plain(text: str) -> str:
    return dollars(typeset_quotes(visible(text)))


def set_aside(article: CleanArticle, reasons: Mapping[int, str]) -> CleanArticle:
    """The article without the paragraphs at the positions ``reasons`` names, each listed with its reason.

    >>> cleaned = clean(Article("a", "a.txt", None, None, "Putin met Assad.\\nEl alcalde habló."))
    >>> [r.why for r in set_aside(cleaned, {1: "in another language"}).removed]
    ['in another language']
    """
    if not reasons:
        return article
    kept = tuple(p for position, p in enumerate(article.paragraphs) if position not in reasons)
    removed = [Removed(article.paragraphs[position].text, why) for position, why in sorted(reasons.items())]
    return replace(article, paragraphs=kept, removed=(*article.removed, *removed))


def drop_shared_footers(articles: Sequence[CleanArticle]) -> list[CleanArticle]:
    """Remove the publisher's footer that articles of different stories end with.

    A paper prints the same closing block ("About the Chronicle", its code of practice, how to reach
    the desk) under every story. Two articles share a footer when they end with the same paragraphs
    (compared without case and punctuation), share no paragraph before them, tell different stories
    before them (two versions of one wire story, reworded, share no paragraph but most of their words:
    their common closing paragraphs are the story's, see :func:`_one_story`), and less than
    ``_FOOTER_OWN_WORDS`` of the closing block's words (of four letters or more) are found in the
    articles' own text: what they share is then the page's template, not a story. Left in, the
    footer would be the one text both articles have in common, and make two stories look like copies
    of each other and the footer like news that two outlets confirm (the fault MinHash deduplication
    shows on templated pages). Articles that share paragraphs elsewhere too (a wire story and its
    update), or a closing background about the event, are left alone here, for
    :mod:`newsbrief.dedup` to judge.

    Args:
        articles: Cleaned articles of one brief, in input order.

    Returns:
        The articles, each without its shared footer, listed in ``removed`` with the other article.
    """
    keys = [[_normalise(p.text) for p in a.paragraphs] for a in articles]
    footer_from = [len(k) for k in keys]
    shared_with: list[str | None] = [None] * len(articles)
    holders: dict[str, set[int]] = defaultdict(set)
    for number, article_keys in enumerate(keys):
        for key in article_keys:
            if key:
                holders[key].add(number)
    # only pairs that share a paragraph are compared, so a large batch of unrelated articles costs little
    pairs = sorted({(x, y) for found in holders.values() for x, y in itertools.combinations(sorted(found), 2)})
    for x, y in pairs:
        common = set(keys[x]) & set(keys[y])
        runs = [_closing_run_in(keys[x], common), _closing_run_in(keys[y], common)]
        alone = all(not common & set(keys[i][:run]) for i, run in zip((x, y), runs, strict=True))
        if (alone and 0 < runs[0] < len(keys[x]) and 0 < runs[1] < len(keys[y])
                and not _one_story(articles[x].paragraphs[:runs[0]], articles[y].paragraphs[:runs[1]])):
            for i, run, partner in zip((x, y), runs, (y, x), strict=True):
                if run < footer_from[i]:
                    footer_from[i], shared_with[i] = run, articles[partner].article.id
    # A wire's updates of one story share their closing background paragraphs too; those are about the
    # event, and their words are the words of the articles' own text. A footer's words are not.
    own = set().union(*(_words_of(article.paragraphs[:start])
                        for article, start in zip(articles, footer_from, strict=True)))
    cleaned: list[CleanArticle] = []
    for article, start, other in zip(articles, footer_from, shared_with, strict=True):
        words = _words_of(article.paragraphs[start:])
        if other is None or len(words & own) >= _FOOTER_OWN_WORDS * len(words):
            cleaned.append(article)
            continue
        footer = [Removed(p.text, f"boilerplate: publisher's footer, also at the end of {other}, another story")
                  for p in article.paragraphs[start:]]
        cleaned.append(replace(article, paragraphs=article.paragraphs[:start], removed=(*article.removed, *footer)))
    return cleaned


def _one_story(first: Sequence[Paragraph], second: Sequence[Paragraph]) -> bool:
    """Whether two articles' texts are versions of one story: at least ``_SAME_STORY_WORDS`` of the
    shorter one's distinct words (of four letters or more) are in the other."""
    words = [_words_of(text) for text in (first, second)]
    shorter = min(len(w) for w in words)
    return shorter > 0 and len(words[0] & words[1]) >= _SAME_STORY_WORDS * shorter


def _closing_run_in(keys: Sequence[str], common: set[str]) -> int:
    """Where the run of paragraphs in ``common`` that ends the article starts."""
    start = len(keys)
    while start > 0 and keys[start - 1] in common:
        start -= 1
    return start


def _between_buttons(blocks: Sequence[str], reasons: Sequence[str | None]) -> list[str | None]:
    """The reasons, with short lines of text inside a run of share-button lines made buttons too.

    >>> _between_buttons(["Tweet", "Viber", "Send", "Putin met Assad."], ["boilerplate: share or social buttons",
    ...                   None, "boilerplate: share or social buttons", None])[1]
    'boilerplate: share or social buttons (between two of them)'
    """
    button = f"boilerplate: {_BUTTONS}"
    found = list(reasons)
    last_button: int | None = None
    for position, reason in enumerate(reasons):
        if reason == button:
            if last_button is not None:
                for between in range(last_button + 1, position):
                    found[between] = found[between] or f"{button} (between two of them)"
            last_button = position
        elif reason is None and not _label_like(blocks[position]):
            last_button = None  # text ends the run of buttons
    return found


def _label_like(block: str) -> bool:
    return len(block.split()) <= _BUTTON_LABEL_MAX_WORDS and not _SENTENCE_END.search(block)


def paragraphs_of(text: str) -> list[str]:
    """Blocks of text: one per line, except that hard-wrapped lines are joined back; a sentence run into
    the next by a lost space ("with his child.Less than a week later") is given its space back, so
    the splitter sees two sentences.

    >>> paragraphs_of("A first line that was\\nwrapped here.\\nA new paragraph.")
    ['A first line that was wrapped here.', 'A new paragraph.']
    >>> paragraphs_of("He had come to care for his grandson.Less than a week later, he was stopped.")
    ['He had come to care for his grandson. Less than a week later, he was stopped.']
    """
    blocks: list[str] = []
    joinable = False
    for raw in text.splitlines():
        line = _RUN_ON_STOP.sub(r"\1 ", " ".join(raw.split()))
        if not line:
            joinable = False
            continue
        if joinable and line[0].islower():
            blocks[-1] = f"{blocks[-1]} {line}"
        else:
            blocks.append(line)
        joinable = not _SENTENCE_END.search(blocks[-1])
    return blocks


def drop_off_topic(
    article: CleanArticle, relevance: Mapping[int, float], floor: float, among_stories: bool,
    naming: Collection[int] = frozenset(),
) -> CleanArticle:
    """Remove paragraphs that are not about the event.

    With other stories to compare with (``among_stories``), any paragraph scoring below ``floor`` goes;
    a closing run of two or more of them is the tail of other stories that scrapers append. A
    paragraph is judged on its own score: an article's own closing paragraphs about the event (the
    organisers' reaction, a promised review) use other words than its lead and score lower than
    the lead but above ``floor``, and are kept even where a weaker one follows them. Weakly related
    closing paragraphs are detail no other outlet confirms, not a tail, and a lone weak paragraph that
    names no one and nothing continues the event around it.

    Everything after a heading that introduces a list of other stories ("LATEST WORLD STORIES")
    goes in either case. A lone article (not ``among_stories``) has only its own opening to compare
    with, too weak a reference to judge paragraphs one by one; only its end goes: the list, and a
    closing run of paragraphs below ``floor``.

    A tail is appended to a story, so it is shorter than the story: a lone article's closing run
    goes only if it holds fewer words than the paragraphs kept before it. A run as long as the rest
    says that the opening it was compared with is not the story (a page that opens with clutter or
    a teaser), not that the body is off-topic; then similarity removes nothing, and the paragraphs
    that hold most of the article's words are never removed by comparing the article with itself.

    A paragraph in ``naming`` names someone or something the event's on-topic paragraphs name (a
    closing quote of the judge the story is about, the raid on the hotel of the team it is about):
    if it reads as a sentence, it is never off-topic whatever its score, and a closing run goes on to
    the story's end after it: the tail of other stories starts after the last such paragraph of the
    run. A sign-off ("-- Anna Griffin") or a source line ("Information from: Vail Daily, http://...")
    names the event's reporter or paper but is no sentence, and is judged by its score.

    The opening paragraph is always kept.

    Args:
        article: A cleaned article.
        relevance: Paragraph index to its similarity to the event; unscored paragraphs are kept.
        floor: Similarity below which a paragraph is unrelated to the event.
        among_stories: Whether the article was compared with other stories (``False`` for a lone
            article, judged only against its own opening).
        naming: Indices of the paragraphs that name one of the event's names (see
            :func:`newsbrief.cluster.naming_paragraphs`).

    Returns:
        The article without those paragraphs, each listed in ``removed`` with its score.
    """
    scores = [relevance.get(p.index, 1.0) for p in article.paragraphs]
    listed_from = max(1, article.story_list_from or len(scores))
    listed_to = _list_end(article.paragraphs, scores, listed_from, floor)
    if listed_to < len(scores):
        listed_from, listed = len(scores), range(listed_from, listed_to)  # the story goes on after its list
    else:
        listed = range(listed_from, len(scores))
    if not among_stories:
        tail_start = min(listed_from, _closing_run(scores, floor))
        words = [len(p.text.split()) for p in article.paragraphs]
        if sum(words[tail_start:listed_from]) >= sum(words[:tail_start]):
            tail_start = listed_from
    else:
        tail_start = _closing_run(scores, floor)
        if len(scores) - tail_start < _TAIL_MIN_PARAGRAPHS:
            tail_start = len(scores)  # one weak paragraph is judged alone, below
    named = {position for position, p in enumerate(article.paragraphs) if p.index in naming and _is_sentence(p.text)}
    # Other stories are appended after the story's end: a paragraph naming the event's names is not past it.
    tail_start = max([tail_start, *(position + 1 for position in named if tail_start <= position < listed_from)])
    kept: list[Paragraph] = []
    removed = list(article.removed)
    for position, (paragraph, score) in enumerate(zip(article.paragraphs, scores, strict=True)):
        if position in listed:
            why = "off-topic tail: listed after the page's heading of other stories"
        elif position >= tail_start:
            why = (f"off-topic tail: similarity {digits_under(score, floor)} to the event, in a closing run of "
                   f"paragraphs below {floor:.2f}")
        elif among_stories and score < floor and position not in named and _names_anything(paragraph.text):
            why = f"off-topic: similarity {digits_under(score, floor)} to the event, below {floor:.2f}"
        else:
            kept.append(paragraph)
            continue
        removed.append(Removed(paragraph.text, why))
    return CleanArticle(article.article, tuple(kept), tuple(removed))


def _list_end(paragraphs: Sequence[Paragraph], scores: Sequence[float], listed_from: int, floor: float) -> int:
    """Where the list of other stories that starts at ``listed_from`` ends: at the end of the page,
    unless the heading came before the story (a "Related News Articles" box above the body): when
    the prose on the event after the heading holds more words than the paragraphs before it, the
    list ends at the first such paragraph (at least ``_PROSE_WORDS`` words ending a sentence, scoring
    at least ``floor``). A list at a page's end is short lines and teasers under a story longer than
    them, and never its body."""
    words = [len(p.text.split()) for p in paragraphs]
    prose = [i for i in range(listed_from, len(paragraphs))
             if words[i] >= _PROSE_WORDS and _SENTENCE_END.search(paragraphs[i].text) and scores[i] >= floor]
    if prose and sum(words[i] for i in prose) > sum(words[:listed_from]):
        return prose[0]
    return len(paragraphs)


def digits_under(score: float, floor: float) -> str:
    """A score that fell under a floor, with the digits that show it is under ("0.248" under 0.25, not "0.25").

    >>> digits_under(0.2484, 0.25), digits_under(0.1, 0.25)
    ('0.248', '0.10')
    """
    digits = 2
    while digits < 4 and f"{score:.{digits}f}" >= f"{floor:.{digits}f}":
        digits += 1
    return f"{score:.{digits}f}"


def _names_anything(paragraph: str) -> bool:
    """Whether a paragraph names someone or something: a capitalised word or a figure past each sentence's first word.

    A lone weak paragraph that names nothing ("A memorial concert planned for next month has been
    postponed.") cannot be told to be about another event; it continues the one around it, in other
    words than the lead, and is kept. Teasers and stray paragraphs of other stories name their own
    people, places and days.
    """
    # Imported here: the store imports this module, and commands that only read it load no spaCy.
    from spacy.lang.en.stop_words import STOP_WORDS

    for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
        words = sentence.split()
        # A sentence's first word is capitalised anyway: it names something unless it is a function word.
        if words and words[0].casefold().strip("\"'“‘") not in STOP_WORDS and re.match(r"\W*[A-Z0-9]", words[0]):
            return True
        if any(re.match(r"\W*[A-Z0-9]", word) for word in words[1:]):
            return True
    return False


def _is_sentence(paragraph: str) -> bool:
    """Whether a paragraph reads as a sentence: it ends as one, with a word in lower case before.

    >>> _is_sentence("Olivera said he had never done it before."), _is_sentence("-- Anna Griffin")
    (True, False)
    >>> _is_sentence("Information from: Vail Daily, http://www.vaildaily.com/"), _is_sentence("PHOTOS: Rapinoe.")
    (False, False)
    """
    return bool(_SENTENCE_END.search(paragraph)) and re.search(r"\b[a-z]{2,}\b", paragraph) is not None


def _closing_run(scores: Sequence[float], threshold: float) -> int:
    """Where the run of scores below ``threshold`` that ends the list starts (never before 1)."""
    start = len(scores)
    while start > 1 and scores[start - 1] < threshold:
        start -= 1
    return start


def _words_of(paragraphs: Sequence[Paragraph]) -> set[str]:
    """The content words (four letters or more, case folded) of some paragraphs."""
    return {word for p in paragraphs for word in _CONTENT_WORD.findall(p.text.casefold())}


def _normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


# "... police investigate a shooting near Terminal B on Thursday, May 2, 2013 in Houston.": a wire
# photo's caption gives weekday, date and year together, which its story never does; AP also writes
# "In this April 1, 2017 photo, ..." and "FILE - ... file photo".
_CAPTION_DATE = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
                           r"(jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b",
                           re.IGNORECASE)
_CAPTION_WORDS = re.compile(r"\b(is|are) (shown|pictured|seen) (here |above |below )?(in|at|during|on)\b|"
                            r"\bfile (photo|image|picture)\b|\bin this (\w+ )?(photo|image|picture)\b|"
                            r"^\W*(FILE\s*[-–—]\s*)?In this\b[^.]{0,60}?\b(photo|image|picture|video|frame grab)\b",
                            re.IGNORECASE)
# "... at Potter's Field Park in London, Monday.": a caption's bare weekday after a comma (a story
# writes "on Monday"; "Jerusalem, May 29, 1962" signs a letter).
_CAPTION_END = re.compile(r",\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?[\s”\"']*$",
                          re.IGNORECASE)


def is_caption(text: str) -> bool:
    """Whether a sentence is a photo's caption: written in the present as headlines are, it is no
    headline, summary sentence or dated happening ("In this image released by ..., Vivien Leigh appears").

    >>> is_caption("A child looks at the floral tributes, at Potter's Field Park in London, Monday.")
    True
    >>> is_caption("Security officers stand by as police investigate a shooting on Thursday, May 2, 2013 in Houston.")
    True
    >>> is_caption("Judge Aaron Persky is shown in this June 27, 2011 file photo.")
    True
    >>> is_caption("In this April 1, 2017 photo, Kennedy waves to fans in Boston.")
    True
    >>> is_caption("Vladimir Putin met Bashar al-Assad in Damascus on Tuesday.")
    False
    >>> is_caption("The group said in this week's video statement that it would fight on.")
    False
    """
    return bool(_CAPTION_END.search(text) or _CAPTION_DATE.search(text) or _CAPTION_WORDS.search(text))
