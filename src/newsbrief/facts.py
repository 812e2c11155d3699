"""Who supports what: the articles behind each sentence, and the claims only one story makes.

Support is counted in *stories*, not articles: a reworded copy of a wire story confirms
nothing its original did not already say (see :mod:`newsbrief.dedup`), and the pipeline passes
stories with one outlet's pages joined, as two pages of one outlet are one witness
(see :func:`newsbrief.sources.witnesses`). A sentence that gives other particulars of the same thing
supports nothing (see :func:`newsbrief.figures.contradicts`), nor does one close in meaning that does
not state the sentence's own particulars (see :mod:`newsbrief.evidence`). The event's entities are ranked in
:mod:`newsbrief.entities`, its figures compared in :mod:`newsbrief.figures`.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc, Token

from newsbrief.embed import Vectors
from newsbrief.evidence import Told, covered, fact_words, rarity, told_whole
from newsbrief.figures import Particulars, content_words, contradicts, figures_differ, particulars, root
from newsbrief.model import Sentence, Unconfirmed
from newsbrief.nlp import KIND_LABELS, parse
from newsbrief.sources import story_count
from newsbrief.timeline import quoted_spans

# Cosine at which a row of the index is the very sentence asked about (float rounding aside).
_SAME_ROW = 0.9999


@dataclass(frozen=True, slots=True)
class Support:
    """The articles with a sentence saying the same as a given sentence, and how many stories they are.

    ``telling`` lists the articles with a sentence as close in meaning that may not state the same
    particulars, and ``told`` counts their stories: how widely the thing is told about, which ranks
    summary and headline candidates, where ``sources`` are whom it may be cited to (see
    :meth:`SupportIndex.support`).
    """

    sources: tuple[str, ...]
    stories: int
    told: int = 0
    telling: tuple[str, ...] = ()

    @property
    def reach(self) -> int:
        """The stories telling of it: ``told``, or ``stories`` where that was not counted (0)."""
        return self.told or self.stories

    @property
    def tellers(self) -> tuple[str, ...]:
        """The articles telling of it: ``telling``, or ``sources`` where that was not listed."""
        return self.telling or self.sources


class SupportIndex:
    """Answers "which articles say this?" for sentences of the articles being briefed.

    Args:
        sentences: All sentences of the articles read (copies included).
        vectors: Their unit vectors, row for row.
        story_of: Article id to story id.
        order: Article ids in input order, for stable source lists.
        stated: The fact words a sentence must have told by another to be cited to it (with a coverage
            above 0, see :meth:`support`): by default all of its own (:func:`newsbrief.evidence.told_whole`),
            or its main clause's and its main verb (:func:`newsbrief.evidence.clause_facts`).
    """

    def __init__(
        self,
        sentences: Sequence[Sentence],
        vectors: Vectors,
        story_of: Mapping[str, str],
        order: Sequence[str],
        stated: Callable[[str], Told] = told_whole,
    ) -> None:
        self._stated = stated
        self._articles = np.array([order.index(s.article_id) for s in sentences], dtype=np.int64)
        self._sentences = list(sentences)
        self._vectors = vectors
        self._order = list(order)
        self._story_of = story_of
        self._particulars: dict[int, Particulars] = {}  # read when first needed
        self._fillers: defaultdict[tuple[str, str], defaultdict[str, set[int]]] | None = None
        self._words: list[frozenset[str]] | None = None  # each row's fact words, read when first needed
        self._rarity: dict[str, float] = {}

    def support(self, vector: Vectors, article_id: str, threshold: float, text: str | None = None,
                coverage: float = 0.0) -> Support:
        """The articles supporting a sentence of ``article_id``: itself, plus any with a sentence within
        ``threshold`` cosine of ``vector`` that does not contradict it (see :func:`contradicts`: "killed 12
        people in Tarn" is no support for "killed 46 people in Marn", however alike the words) and, with
        ``coverage`` above 0, states its particulars: at least that share of its fact words, weighted by
        their rarity in the event, and all its numbers (see :func:`newsbrief.evidence.covered`: "The two
        companies come close" is no support for "Neither company would comment", however close in meaning).

        ``text`` is the sentence's text; when not given, it is the article's own sentence with this vector.
        """
        own = self._order.index(article_id)
        indices = {own}
        if not len(self._vectors):
            return Support((article_id,), 1, 1, (article_id,))
        cosine = self._vectors @ vector
        close = np.flatnonzero(cosine >= threshold)
        if text is None:
            # the sentence itself is among the rows: its article's row of cosine 1
            same = close[(self._articles[close] == own) & (cosine[close] >= _SAME_ROW)]
            text = self._sentences[int(same[0])].text if len(same) else None
        stated = particulars(text) if text is not None else None
        # rows with another number or name in one of its slots, looked up, not compared one by one: a
        # thousand near-identical reports ("Floods killed N people in town N") are each close to all others
        contradicted = self._other_fillers(stated) if stated is not None else set()
        tested = text if coverage > 0 else None  # the sentence whose facts another must state
        facts: Told | None = None  # read at the first close row: a parse, with clause_facts
        near = set(indices)
        for row, article in zip(close.tolist(), self._articles[close].tolist(), strict=True):
            if article in indices or row in contradicted:
                continue
            if stated is not None and figures_differ(stated, self.particulars_of(row)):
                continue
            near.add(article)
            if tested is None:
                indices.add(article)
                continue
            if facts is None:
                facts = self._stated(tested)
            words = self.words_of(row)  # reads the rarities on the first call
            if covered(facts.words, words, self._rarity, facts.verbs, facts.numbers) >= coverage:
                indices.add(article)
        sources = tuple(self._order[i] for i in sorted(indices))
        told = tuple(self._order[i] for i in sorted(near))
        return Support(sources, story_count(sources, self._story_of), story_count(told, self._story_of), told)

    def story(self, article_id: str) -> str:
        """The story an article tells (its own id when it is no copy)."""
        return self._story_of.get(article_id, article_id)

    def particulars_of(self, row: int) -> Particulars:
        """The particulars (see :func:`particulars`) of sentence ``row``, read once and kept."""
        if row not in self._particulars:
            self._particulars[row] = particulars(self._sentences[row].text)
        return self._particulars[row]

    def words_of(self, row: int) -> frozenset[str]:
        """The fact words (see :func:`newsbrief.evidence.fact_words`) of sentence ``row``; the first call
        reads every row's, for the rarity of each word among the event's sentences."""
        if self._words is None:
            self._words = [fact_words(s.text) for s in self._sentences]
            self._rarity = rarity(self._words)
        return self._words[row]

    def _other_fillers(self, stated: Particulars) -> set[int]:
        """The rows that hold another number or name in one of the slots ``stated`` fills."""
        if self._fillers is None:
            self._fillers = defaultdict(lambda: defaultdict(set))
            for row in range(len(self._sentences)):
                for slot, filled in self.particulars_of(row).slots.items():
                    self._fillers[slot][filled].add(row)
        found: set[int] = set()
        for slot, filled in stated.slots.items():
            for other, rows in self._fillers.get(slot, {}).items():
                if other != filled:
                    found |= rows
        return found


# --------------------------------------------------------------------------------- unconfirmed

# Words by which a report says it has not confirmed what it reports. A named speaker who "claimed"
# something is on the record (and "claimed responsibility", "claimed 52 lives" hedge nothing); only the
# unattributed "it has been claimed" is a hedge.
HEDGES = re.compile(
    r"\b(sources (?:say|said|report|reported|told)|according to (?:unnamed|anonymous|unidentified)|reportedly|"
    r"it (?:is|was|has been) (?:believed|understood|thought|alleged|claimed|rumou?red)|allegedly|unconfirmed|"
    r"could not (?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)|rumou?red|is said to|are said to)\b",
    re.IGNORECASE,
)
# A sentence of another story this much less similar than the support threshold, naming the same
# people and places, confirms a hedged claim in other words ("Préval survived" against "Préval
# reportedly survived"). Read on the hand-checked claims of tests/figures_gold.py: at 0.12 less, or
# with half the names, sentences on the same topic that confirm nothing passed.
_CONFIRM_MARGIN = 0.05
# A hedged claim is also confirmed where a few running sentences of another story tell its particulars in
# other words and order ("drove from Portland, Ore., to Southern California ... trashed Furs by Graf ... the
# La Mesa and Spring Valley homes" against one sentence naming them all): that passage names at least
# _CONFIRM_NAMES of the names the claim gives and holds _CONFIRM_WORDS of its content words, each weighed
# by how rare it is among the event's sentences. Read on the claims of r16 (two confirmed so, 0.42 and
# 0.33 of their words, 6 and 2 names) against the hand-checked right ones of tests/figures_gold.py, which
# share at most 0.36 of their words and no name; measured by benchmarks/facts_accuracy.py.
_CONFIRM_WINDOW = 5  # sentences
_CLAUSE_END = re.compile(r"[,;:—–()]|\s-\s|\b(?:and|but|while|which|who)\b")  # where a hedged clause ends
# The words of the hedges (see HEDGES), which tell how a claim is told, not what it says.
_HEDGE_WORDS = frozenset(root(word) for word in content_words(
    "sources say said report reported told according unnamed anonymous unidentified reportedly believed understood "
    "thought alleged claimed rumored rumoured allegedly unconfirmed verify verified confirm confirmed independently"))
_CONFIRM_NAMES = 2
# Names of more than this share of the event's sentences are the event's own ("Taliban" in a story of bin
# Laden's): they confirm nothing particular. Any name of three sentences or fewer is the claim's. Read on
# the two right claims of tests/figures_gold.py the rule took for told elsewhere at first (their names:
# Taliban, bin Laden; Canada, United States).
_CONFIRM_NAME_SHARE = 0.05
_CONFIRM_WORDS = 0.3


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b")  # not "US", the country
_OPENING_MARKS = frozenset("“\"`")
_CLOSING_MARKS = frozenset("”\"'")


def unconfirmed(
    sentences: Sequence[Sentence], vectors: Vectors, index: SupportIndex, threshold: float,
    readable: Callable[[str], bool] | None = None, opinion: Callable[[Sentence], bool] | None = None,
    model: str | None = None,
) -> tuple[Unconfirmed, ...]:
    """Hedged claims that one independent story makes and no other confirms.

    A claim is hedged when its sentence says the report has not confirmed it ("reportedly", "sources
    said", "could not be independently verified"), other than inside a quotation where a speaker
    tells their own view ("I do not believe ... reportedly ..."). It is confirmed when a sentence of another story
    says the same (cosine at least ``threshold``), or nearly the same (``_CONFIRM_MARGIN`` less)
    while naming every person, place and body it names. Copies of one story report it once.
    ``sentences`` and ``vectors`` are those ``index`` was built on, row for row. With ``readable``
    (see :func:`newsbrief.checks.standalone_guard`), a claim is listed only when its sentence reads
    alone: "Furthermore, ... sources told ..." or "... this latest episode ... reportedly ..." says
    nothing a reader can check. With ``opinion`` (see :mod:`newsbrief.genre`), a sentence it picks out,
    an opinion piece's or a writer's verdict, makes no claim: "Apparently the senator never read the
    bill" is a columnist's aside, not a report awaiting confirmation. With ``model`` (a spaCy model's
    name), a claim is also confirmed by a sentence of another story that tells its deed, the hedged
    clause's subject and verb (:func:`_hedged_deed`): "the fighter pilots reportedly defected" by "the
    pilots defected after ...".
    """
    found, reported = [], set()
    names = [{e.text.casefold() for e in s.entities if e.label not in KIND_LABELS} for s in sentences]
    words: list[frozenset[str]] | None = None  # read at the first hedge: most events have none
    for at, (sentence, vector) in enumerate(zip(sentences, vectors, strict=True)):
        # "“I do not believe he granted probation because the defendant reportedly came from ...,” the
        # public defender said": a hedge inside a quotation in which the speaker tells their own view
        # is the speaker's aside, not a claim the report has not confirmed; a witness's "“Reportedly the
        # snowmachiner made three passes at her,” an official said" is one.
        quoted = [(start, end) for start, end in quoted_spans(sentence.text)
                  if sentence.text[start] in _OPENING_MARKS and sentence.text[end - 1] in _CLOSING_MARKS
                  and _FIRST_PERSON.search(sentence.text[start:end])]
        hedge = next((m for m in HEDGES.finditer(sentence.text)
                      if not any(start <= m.start() < end for start, end in quoted)), None)
        if hedge is None or _aside(sentence.text) or (opinion is not None and opinion(sentence)):
            continue
        support = index.support(vector, sentence.article_id, threshold)
        if support.stories > 1 or _confirmed(at, sentences, vectors, names, index, threshold - _CONFIRM_MARGIN):
            continue
        if words is None:
            words = [_words(s.text) for s in sentences]
        if _told_elsewhere(at, sentences, words, names, index, _hedged_words(sentence.text, hedge)):
            continue
        if model is not None and (deed := _hedged_deed(parse([sentence.text], model)[0], hedge)) is not None:
            telling = [other.text for other, told in zip(sentences, words, strict=True)
                       if deed <= told and index.story(other.article_id) != index.story(sentence.article_id)]
            if any(_tells_deed(doc, deed) for doc in parse(telling, model)):
                continue
        key = (support.sources, "" if len(support.sources) > 1 else sentence.text)
        if key in reported or (readable is not None and not readable(sentence.text)):
            continue  # the same claim in a copy of the story, or a sentence that cannot be read alone
        reported.add(key)
        copies = [source for source in support.sources if source != sentence.article_id]
        others = "; no other outlet reports it" if not copies else (
            f"; the other articles saying it ({', '.join(copies)}) are copies of the same story")
        why = f"only {sentence.article_id} makes this claim, hedged: “{hedge.group(0)}”{others}"
        found.append(Unconfirmed(sentence.text, support.sources, why))
    return tuple(found)


# Verbs that tell how a claim is known, not what it says ("sources said", "it is believed").
_KNOWING = frozenset({"say", "report", "tell", "believe", "understand", "think", "allege", "claim", "rumor", "rumour",
                      "confirm", "verify", "accord", "add", "state"})


def _hedged_deed(doc: Doc, hedge: re.Match[str]) -> frozenset[str] | None:
    """The roots (:func:`newsbrief.figures.root`) of what a hedged claim says was done: the subject's head noun
    and the verb of the clause nearest the hedge that has a noun for its subject and tells no saying or knowing
    ("Justice minister Mustafa Abdel-Jalil reportedly resigned": minister, resign; "with warplanes reportedly
    bombing protesters": warplane, bomb; "the fighter pilots defected, sources said": pilot, defect). A
    sentence of another story holding both tells the deed, however it words the rest; ``None`` where no
    such clause is found (a pronoun's deed: "he reportedly fled" names no one to match)."""
    at = next((t for t in doc if t.idx >= hedge.start()), doc[-1])
    # An adverb ("reportedly") hedges its own verb; a phrase ("sources said") the main clauses it reports, not
    # a clause of their detail ("... pushed the stroller when the doors opened, police sources said").
    verbs = [at.head] if at.pos_ == "ADV" else [t for t in doc if t.dep_ in ("ROOT", "ccomp", "conj", "xcomp")]
    deeds = [(abs(verb.i - at.i), noun, verb) for verb in verbs if verb.pos_ in ("VERB", "AUX")
             and verb.lemma_.lower() not in _KNOWING
             for subject in verb.children if subject.dep_ in ("nsubj", "nsubjpass")
             and (noun := _subject_noun(subject)) is not None]
    if not deeds:
        return None
    _, subject, verb = min(deeds, key=lambda found: found[0])
    told = {_root(subject), _root(verb)} - {None}
    return frozenset(word for word in told if word is not None) if len(told) == 2 else None


def _tells_deed(doc: Doc, deed: frozenset[str]) -> bool:
    """Whether a sentence tells a deed (:func:`_hedged_deed`) as one: a verb of its root with a subject told by
    the noun of the other ("Warplanes and helicopters are bombing ..." tells warplane, bomb; "the president
    ... he called aides" tells no president calling)."""
    return any(_root(verb) in deed and any(
        subject.dep_ in ("nsubj", "nsubjpass") and (noun := _subject_noun(subject)) is not None
        and _root(noun) in deed and _root(noun) != _root(verb) for subject in verb.children)
        for verb in doc if verb.pos_ in ("VERB", "AUX"))


def _root(token: Token) -> str | None:
    """A word's root as :func:`_words` reads it ("pilots": pilot, "resigned": resign), or ``None`` for a stop word."""
    words = _words(token.text)
    return next(iter(words)) if len(words) == 1 else None


def _subject_noun(subject: Token) -> Token | None:
    """The common noun a subject is told by: its head, or for a name, the office or role written before it
    ("planning minister Ola Berg": minister), as another story may tell the same person by it alone."""
    if subject.pos_ == "NOUN":
        return subject
    if subject.pos_ == "PROPN":
        return max((c for c in subject.children if c.dep_ == "compound" and c.pos_ == "NOUN"), key=lambda c: c.i,
                   default=None)
    return None


def _aside(text: str) -> bool:
    """Whether a sentence is wholly in parentheses: the writer's aside, often of a matter beside the event
    ("(To a lesser extent, the guerrillas also ... allegedly carried out two massacres.)" in a feature on
    another war, blind reading r19), no claim of the event awaiting confirmation.

    >>> _aside("(The rebels also allegedly shelled the town.)"), _aside("The rebels (allegedly) shelled it.")
    (True, False)
    """
    text = text.strip()
    return text.startswith("(") and text.rstrip(".!?\"”’'").endswith(")") and text.count("(") == 1


def _confirmed(
    at: int, sentences: Sequence[Sentence], vectors: Vectors, names: Sequence[set[str]], index: SupportIndex,
    threshold: float,
) -> bool:
    """Whether a sentence of another story says nearly what sentence ``at`` says, naming its people and places."""
    story = index.story(sentences[at].article_id)
    similar = np.flatnonzero(vectors @ vectors[at] >= threshold)
    for other in (int(i) for i in similar):
        if index.story(sentences[other].article_id) == story:
            continue
        if names[at] and names[at] <= names[other] and not contradicts(
                index.particulars_of(at), index.particulars_of(other)):
            return True
    return False


def _words(text: str) -> frozenset[str]:
    """The content words of a text, crudely singular and without verb endings ("glued" and "glue" are one)."""
    return frozenset(root(word) for word in content_words(text))


def _hedged_words(text: str, hedge: re.Match[str]) -> frozenset[str]:
    """The content words of the clause a hedge tells as unconfirmed: from the hedge to the clause's end
    ("allegedly drove from Oregon to Southern California, ..."), or, for a hedge that ends its clause
    ("..., sources said"), the clause before it.

    >>> hedge = HEDGES.search("Activists are said to call it Unborn Day, and the date is Nov. 11.")
    >>> sorted(_hedged_words("Activists are said to call it Unborn Day, and the date is Nov. 11.", hedge))
    ['day', 'unborn']
    """
    after = _CLAUSE_END.split(text[hedge.end():], maxsplit=1)[0]
    told = _words(after) - _HEDGE_WORDS
    if told:
        return told
    return _words(_CLAUSE_END.split(text[:hedge.start()])[-1]) - _HEDGE_WORDS


def _told_elsewhere(
    at: int, sentences: Sequence[Sentence], words: Sequence[frozenset[str]], names: Sequence[set[str]],
    index: SupportIndex, hedged: frozenset[str] = frozenset(),
) -> bool:
    """Whether a passage of another story (``_CONFIRM_WINDOW`` running sentences of one article) tells what
    sentence ``at`` claims in other words: it names ``_CONFIRM_NAMES`` of the claim's names or more and holds
    ``_CONFIRM_WORDS`` of its content words, each weighed by its rarity among ``sentences`` (log N/df), so
    that the words every report of the event uses ("indictment", "police") confirm little. Words of the
    hedge itself ("allegedly") are no content. The passage must also hold half the words of the clause the
    hedge is on (``hedged``): what "are said to call the day" says is not told by a passage of the same
    attacks that never names the day so."""
    claimed = words[at] - _HEDGE_WORDS
    if len(names[at]) < _CONFIRM_NAMES or not claimed:
        return False
    df = Counter(word for told in words for word in told & claimed)
    weight = {word: math.log(len(sentences) / df[word]) for word in claimed}
    total = sum(weight.values())
    story = index.story(sentences[at].article_id)
    # a name as a whole word ("US" is not in "business"), and one of this claim's, not of the whole event:
    # "the Taliban" and "bin Laden", named all through, tell nothing of what the claim says of them
    named = [re.compile(rf"(?<!\w){re.escape(name)}(?!\w)") for name in names[at]
             if sum(name in told for told in names) <= max(3, _CONFIRM_NAME_SHARE * len(sentences))]
    for start, first in enumerate(sentences):
        if index.story(first.article_id) == story:
            continue
        passage = [i for i in range(start, min(start + _CONFIRM_WINDOW, len(sentences)))
                   if sentences[i].article_id == first.article_id]
        text = " ".join(sentences[i].text for i in passage).casefold()
        if sum(name.search(text) is not None for name in named) < _CONFIRM_NAMES:
            continue
        held = frozenset().union(*(words[i] for i in passage)) & claimed
        if (total and sum(weight[word] for word in held) >= _CONFIRM_WORDS * total
                and 2 * len(held & hedged) >= len(hedged)):
            return True
    return False
