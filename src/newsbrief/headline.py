"""Write the headline: one sentence in the style of the Wikipedia Current Events Portal.

Sentence compression by dependency-tree pruning (in the spirit of Knight & Marcu 2002 and
Filippova & Strube 2008), on the best-supported lead sentences: keep the reported clause and
drop its attribution ("..., the presidency said"), weekday time words, loaded modifiers and
opening connectives; put the main verb in the present tense; keep to the word limit by
dropping trailing comma-separated segments. The compressed candidate that best covers the
event's main entities, with the most independent support, wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsbrief.config import Config
from newsbrief.framing import LOADED_TERMS, loaded_terms
from newsbrief.model import RankedEntity
from newsbrief.nlp import parse
from newsbrief.summarize import Candidate

REPORTING_VERBS = frozenset({"say", "report", "tell", "add", "state", "announce", "confirm", "quote", "note"})
_DAY_WORDS = re.compile(r"^(on\s+|late\s+|early\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
                        r"yesterday|tonight|this)(\s+(morning|afternoon|evening|night))?$", re.IGNORECASE)
_NOMINAL = frozenset({"NOUN", "PROPN", "DET", "ADJ", "CCONJ", "PART", "NUM"})
_CONDITIONAL_OPENERS = frozenset({"if", "unless", "although", "though", "whether"})
_OPENERS = frozenset({"meanwhile", "however", "also", "and", "but", "still", "now"})
_IRREGULAR_PRESENT = {"be": ("is", "are"), "have": ("has", "have"), "do": ("does", "do"), "go": ("goes", "go")}
_POOL = 8  # lead sentences parsed per brief; parsing is the slow part
_LEAD_POSITIONS = 3
_MIN_WORDS = 5
_ENTITY_WEIGHT = 0.4
_LOADED_PENALTY = 1.0
_KEY_ENTITIES = 4
_KEY_LABELS = frozenset({"PERSON", "GPE", "ORG", "LOC"})


def headline(candidates: Sequence[Candidate], entities: Sequence[RankedEntity], config: Config) -> str:
    """The headline of an event from its ranked sentence candidates.

    Args:
        candidates: Ranked summary candidates, best first.
        entities: The event's entities, most reported first.
        config: Word limit and spaCy model.

    Returns:
        One present-tense sentence of at most ``config.headline_words`` words, or ``""`` when
        there is no candidate at all.
    """
    leads = [c for c in candidates if c.sentence.position < _LEAD_POSITIONS][:_POOL]
    keys = [e.text.split()[-1].casefold() for e in entities if e.label in _KEY_LABELS][:_KEY_ENTITIES]
    # Lead sentences first, as news puts the event there; then the best sentences from anywhere.
    rest = [c for c in candidates if all(c is not lead for lead in leads)][:_POOL]
    for pool in (leads, rest):
        if pool and (best := _best_compression(pool, keys, config)):
            return best
    return _truncate(candidates[0].sentence.text, config.headline_words) if candidates else ""


def _best_compression(pool: Sequence[Candidate], keys: Sequence[str], config: Config) -> str | None:
    """The compressed candidate that scores best with entity coverage, or ``None`` if none compresses."""
    best: tuple[float, str] | None = None
    for candidate, doc in zip(pool, parse([c.sentence.text for c in pool], config.spacy_model), strict=True):
        text = compress(doc, config.headline_words)
        if text is None:
            continue
        words = set(re.findall(r"[\w-]+", text.casefold()))
        coverage = sum(1 for k in keys if k in words) / len(keys) if keys else 0.0
        score = candidate.score + _ENTITY_WEIGHT * coverage - _LOADED_PENALTY * bool(loaded_terms(text))
        if best is None or score > best[0]:
            best = (score, text)
    return best[1] if best else None


def compress(doc: Doc, limit: int) -> str | None:
    """Compress a parsed sentence into a present-tense headline of at most ``limit`` words.

    Returns ``None`` when nothing sentence-like is left.
    """
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    clause = root
    complements = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if root.lemma_ in REPORTING_VERBS and complements:
        clause = complements[0]
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None  # "Taped an interview with CNN": no subject, no sentence
    if any(c.dep_ == "mark" and c.lower_ != "that" for c in clause.children):
        return None  # "Moments after Jones taped an interview": a subordinate clause alone
    keep = {t.i for t in clause.subtree}
    # "Relatives said that the man ...": the reported clause starts after its "that".
    keep -= {c.i for c in clause.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i}
    for child in clause.children:
        # "..., said Syrian state media", "... and said", "..., according to SANA": attribution.
        if (child.lemma_ in REPORTING_VERBS and child.dep_ in ("advcl", "parataxis", "ccomp", "conj")
                and child.i > clause.i) or (child.dep_ == "prep" and child.lower_ == "according"):
            keep -= {t.i for t in child.subtree}
            keep -= {t.i for t in clause.children if t.dep_ == "cc" and t.i == child.left_edge.i - 1}
            keep -= _attribution_subject(doc, child.left_edge.i)
    for entity in doc.ents:
        # "Thursday's bombing" needs its day; "met on Thursday" does not.
        possessive = entity.root.dep_ == "poss" or any(c.dep_ == "case" for c in entity.root.children)
        if entity.label_ in ("DATE", "TIME") and _DAY_WORDS.match(entity.text) and not possessive:
            keep -= set(range(entity.start, entity.end))
            head = entity.root.head
            if head.dep_ == "prep" and head.lower_ == "on" and not any(t.i in keep for t in head.subtree if t != head):
                keep.discard(head.i)
    for token in doc:
        # A loaded adjective or adverb can go without breaking the sentence; a loaded noun cannot.
        if token.dep_ in ("amod", "advmod") and token.lower_ in LOADED_TERMS:
            keep.discard(token.i)
    tokens = [t for t in doc if t.i in keep]
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in _OPENERS):
        tokens.pop(0)
    if tokens and (tokens[0].dep_ == "mark" or tokens[0].lower_ in _CONDITIONAL_OPENERS):
        return None  # "If Netanyahu wants ...": a headline states what happened
    if sum(1 for t in tokens if not t.is_punct) < _MIN_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None
    present = _present_tense(clause)
    text = "".join(present.get(t.i, t.text) + t.whitespace_ for t in tokens)
    return _truncate(_tidy(text), limit)


def _attribution_subject(doc: Doc, end: int) -> set[int]:
    """The bare noun phrase between the last comma and a dropped "said" ("..., Syrian state media and
    Interfax said"), which a misparse may have hung elsewhere; empty when that stretch is more than one."""
    start = end
    while start > 0 and doc[start - 1].text != ",":
        start -= 1
    span = doc[start:end]
    if start == 0 or not len(span) or any(t.pos_ not in _NOMINAL for t in span):
        return set()
    return set(range(start, end))


def _present_tense(clause: Token) -> dict[int, str]:
    """Present-tense replacements for the clause's finite past verbs (and verbs conjoined to it)."""
    verbs = [clause, *[c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]]
    replaced: dict[int, str] = {}
    for verb in verbs:
        # A conjoined verb with no subject of its own shares the clause's.
        plural = _plural_subject(verb)
        if plural is None:
            plural = bool(_plural_subject(clause))
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"]
        targets = auxiliaries[:1] if auxiliaries else ([verb] if verb.tag_ == "VBD" else [])
        for token in targets:
            # "were" and "was" say the number themselves, whatever the parse made of the subject.
            form = _third_person(token.lemma_.lower(), plural if token.lower_ not in ("was", "were")
                                 else token.lower_ == "were")
            replaced[token.i] = form.capitalize() if token.text[0].isupper() else form
    return replaced


def _plural_subject(verb: Token) -> bool | None:
    """Whether the verb's subject is plural; ``None`` when it has no subject of its own."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return (child.tag_ in ("NNS", "NNPS") or child.lower_ in ("they", "we")
                    or (child.tag_ == "CD" and child.lower_ not in ("one", "1"))
                    or any(c.dep_ == "conj" for c in child.children))
    return None


def _third_person(lemma: str, plural: bool) -> str:
    """Present tense of a verb for a third-person subject.

    >>> _third_person("meet", False), _third_person("carry", False), _third_person("be", True)
    ('meets', 'carries', 'are')
    """
    if lemma in _IRREGULAR_PRESENT:
        return _IRREGULAR_PRESENT[lemma][1 if plural else 0]
    if plural:
        return lemma
    if re.search(r"(s|sh|ch|x|z|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


def _tidy(text: str) -> str:
    text = re.sub(r"\s+([,.;:!?’”)])", r"\1", text)
    text = re.sub(r"([,;:])(\s*[,;:])+", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text).strip(" ,;:–—-")
    # Pruning can cut a quotation in half; a headline is better without quote marks than with one.
    if text.count("“") != text.count("”") or text.count('"') % 2:
        text = re.sub("[“”\"]", "", text)
    text = text.rstrip(".!? ")
    return text[:1].upper() + text[1:] + "." if text else ""


def _truncate(text: str, limit: int) -> str:
    """Drop trailing comma-separated segments until the text has at most ``limit`` words.

    >>> _truncate("Putin meets Assad in Damascus, his first visit since the war began.", 6)
    'Putin meets Assad in Damascus.'
    """
    while len(text.split()) > limit and "," in text:
        text = text[: text.rindex(",")].rstrip() + "."
    if len(text.split()) > limit:
        text = " ".join(text.split()[:limit]).rstrip(",;:") + "."
    return text
