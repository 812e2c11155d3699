"""Genre: an article that reads as a column or a review is told from a news report, and the brief says
so and keeps its verdicts out of the summary, the headline and the unconfirmed claims."""

from __future__ import annotations

import json

import numpy as np

from newsbrief import brief
from newsbrief.checks import timeline_guard
from newsbrief.config import Config
from newsbrief.facts import SupportIndex, unconfirmed
from newsbrief.genre import (
    _ATTRIBUTION_WORDS,
    _voice_for_genre,
    attributed,
    genre,
    news_dated,
    stance,
    verdict,
    voiced,
)
from newsbrief.model import Genre, Sentence
from newsbrief.newsworthy import might_voice
from newsbrief.nlp import parse, tag
from newsbrief.render import to_html, to_json, to_markdown

_MODEL = Config().spacy_model

REPORT = (
    "The Harlow city council voted 7-2 on Tuesday to close the Eastgate public library at the end of June.\n\n"
    "Council member Dana Ruiz said the branch cost $1.4 million a year to run and drew fewer than 90 visitors"
    " a day.\n\n"
    "\"We cannot keep three buildings open for the readers of one,\" Ruiz told reporters after the vote.\n\n"
    "The library's 41,000 books will be moved to the central branch on Mill Street, the city said in a statement.\n\n"
    "About 60 residents attended the meeting, and 14 spoke against the closure, according to the city clerk.\n\n"
    "Library director Alan Pike said seven staff members would be offered jobs at other branches.\n\n"
    "The building, which opened in 1962, will be sold, officials said."
)
COLUMN = (
    "I have borrowed books from the Eastgate library since I was six years old.\n\n"
    "So forgive me if I find Tuesday's vote to close it a little hard to swallow.\n\n"
    "The council says the branch costs too much and draws too few readers.\n\n"
    "Sadly, that is the logic of people who have never watched a child find her first favorite book.\n\n"
    "What does a city save when it sells the one warm room some of its residents have?\n\n"
    "The library closes at the end of June after a 7-2 vote.\n\n"
    "Its books will go to the central branch on Mill Street.\n\n"
    "Make no mistake, the council will regret this shortsighted and shameful decision."
)
REVIEW = (
    "\"The Lantern Keeper\" opens in theaters on Friday.\n\n"
    "The film follows a lighthouse keeper on a Scottish island who finds a stranger washed up on the rocks.\n\n"
    "Its director shot it in black and white over six weeks on Skye.\n\n"
    "It is a gorgeous, haunting film, and its lead gives the most memorable performance of the year.\n\n"
    "The slow second hour is a small price for such a beautiful, tender piece of work.\n\n"
    "You will not see a more breathtaking shot of the sea this year.\n\n"
    "Rating: three and a half stars out of four."
)
SECOND_REVIEW = (
    "\"The Lantern Keeper\" follows a lighthouse keeper on a Scottish island who finds a stranger on the rocks.\n\n"
    "The film, shot on Skye in black and white, opens in theaters on Friday.\n\n"
    "It is a wonderful, quietly brilliant film about loneliness.\n\n"
    "Its lead is superb, and the score is the best I have heard in years.\n\n"
    "I cannot recommend it highly enough.\n\n"
    "Grade: A-"
)


def _genre(text: str) -> Genre:
    return genre(text.split("\n\n"), _MODEL)


def test_a_column_is_opinion_and_a_report_is_news() -> None:
    column, report = _genre(COLUMN), _genre(REPORT)
    assert (column.opinion, column.voiced, column.read) == (True, 5, 8)
    assert (report.opinion, report.voiced, report.read) == (False, 0, 7)
    assert report.attributed == 6
    assert report.described == "news report: 0 of 7 sentences in the writer's voice, 6 attributed"


def test_a_review_is_read_with_its_rating() -> None:
    review = _genre(REVIEW)
    assert review.opinion
    assert review.rating == "three and a half stars out of four"
    assert review.described.startswith("opinion or review: 3 of 7 sentences in the writer's voice")
    assert review.described.endswith('rated "three and a half stars out of four"')


# Sentences whose voice or attribution hides in a contraction, an inflection or a metaphor: the genre
# parses only the sentences whose words could carry one, so these must all be parsed.
_VOICED_IN_DISGUISE = [
    "The couple wed in a barn, and frankly, it was the best day of their lives.",
    "Couples are choosing unexpected places to wed.",
    "These things aren't to study.",
    "It wasn't immediately clear whether the fund would lose out.",
    "The senator's realities are that no one listens.",
    "The mayor's plan turned heads across the county.",
    "Youre going to love the new stadium.",
    "Is this the end of the shopping mall?",
]
_PLAIN = [
    "The Harlow city council voted 7-2 on Tuesday to close the library.",
    "The building, which opened in 1962, will be sold.",
    "Police arrested two men near the station on Friday night.",
]


def test_only_sentences_that_cannot_be_voiced_or_attributed_go_unparsed() -> None:
    for doc in parse(_VOICED_IN_DISGUISE + _PLAIN, _MODEL):
        assert might_voice(doc.text) or not (_voice_for_genre(doc, False) or _voice_for_genre(doc, True)), doc.text
        assert _ATTRIBUTION_WORDS.search(doc.text) or not attributed(doc), doc.text
    assert [might_voice(text) for text in _PLAIN] == [False, False, False]


def test_the_genre_counts_what_parsing_every_sentence_counts() -> None:
    for text in (COLUMN, REPORT, REVIEW):
        sentences = text.split("\n\n")
        docs = parse(sentences, _MODEL)
        reading = genre(sentences, _MODEL)
        assert reading.voiced == sum(_voice_for_genre(doc, False) for doc in docs)
        assert reading.attributed == sum(attributed(doc) for doc in docs)


def test_tags_without_a_parse_give_the_same_attribution() -> None:
    sentences = ["The Lisbon port authority reported a 12 percent fall in cargo last year.",
                 "A spokeswoman for the port told reporters the strike had cost 40 million euros.",
                 "The report on the strike runs to 300 pages.",
                 "\"We lost every ship to Valencia,\" one dock worker said."]
    tagged = tag(sentences, _MODEL)
    assert not any(doc.has_annotation("DEP") for doc in tagged)
    assert [attributed(doc) for doc in tagged] == [attributed(doc) for doc in parse(sentences, _MODEL)] == [
        True, True, False, True]


def test_a_short_text_tells_no_genre() -> None:
    assert not _genre("I love this town.\n\nIt is the best place on earth.").opinion


def test_a_verdict_is_not_a_plot_line() -> None:
    plot, judged = parse(["The film follows a lighthouse keeper who finds a stranger washed up on the rocks.",
                          "The slow second hour is a small price for such a beautiful, tender piece of work."], _MODEL)
    assert not verdict(plot)
    assert verdict(judged)


def test_the_writers_stance_in_an_opinion_piece_is_a_verdict() -> None:
    # Each states the writer's verdict with no word the voice marks know: an evaluative adjective on the
    # work, a hedge, a degree the writer grades, a denial that classes its subject.
    judged = parse([
        "At the heart of the mostly gripping but finally flawed film is a lighthouse keeper (Tom Hale).",
        "Like the first book, the sequel wraps its teenage longing in a tidy message about patience.",
        "For its two sisters, the town is a deeply haunted place indeed.",
        "The app has completely changed the way many people feel about maps.",
        "The bakery chain is not a company of small-town bakers.",
        "The drummer is perhaps the band's real engine.",
    ], _MODEL)
    for doc in judged:
        assert stance(doc) is not None, doc.text
        assert verdict(doc, lexicon=False), doc.text
    told = parse([
        "A lighthouse keeper (Tom Hale) finds a stranger washed up on the rocks.",
        "The sequel opens a year later, when the sisters move to Lisbon.",
        "Critics say the sequel is deeply flawed.",  # someone's words
        "Many of the chain's 40 shops employ their own bakers.",  # the lexicon's polar "many" and "own" count
    ], _MODEL)
    for doc in told:
        assert stance(doc) is None, doc.text
    # A report grades facts too ("completely destroyed" by a flood): which is why stance is read only
    # in an article read as opinion.
    [fact] = parse(["Half of the town's houses were completely destroyed in the 1953 flood."], _MODEL)
    assert stance(fact) == 'a degree the writer grades: "completely"'


def test_a_title_in_quotation_marks_attributes_no_verdict() -> None:
    # A film's name in quotation marks gives nobody's words: the sentence is still the reviewer's verdict.
    titled, quoted = parse([
        'Ana Ruiz\'s "Harbour Lights" treats the grief of a fishing town with tenderness, beauty and a gentle tact.',
        'The film is "a beautiful, tender piece of work," the festival jury said.',
    ], _MODEL)
    assert attributed(titled) and not attributed(titled, titles=False)
    assert verdict(titled)
    assert attributed(quoted, titles=False) and not verdict(quoted)  # someone's words, said by the jury


def test_a_brief_marks_the_column_and_publishes_none_of_its_verdicts() -> None:
    result = brief([{"id": "report", "title": "Council votes to close Eastgate library", "text": REPORT},
                    {"id": "column", "title": "Closing Eastgate is a shameful mistake", "text": COLUMN}])
    accounts = {a.id: a for a in result.articles}
    assert accounts["column"].reason.startswith("opinion or review: 5 of 8 sentences in the writer's voice")
    assert accounts["column"].genre is not None and accounts["column"].genre.opinion
    assert accounts["report"].genre is not None and not accounts["report"].genre.opinion
    assert not accounts["report"].reason.startswith("news report")  # only opinion is called out
    [event] = result.events
    said = [s.text for s in event.summary]
    for line in COLUMN.split("\n\n"):
        if verdict(parse([line], _MODEL)[0]):
            assert line not in said
    assert event.headline and "shameful" not in event.headline and "Sadly" not in event.headline
    assert not any(n.startswith("every source is an opinion") for n in event.notes)
    markdown = to_markdown(result)
    assert "(untitled)" not in markdown
    assert "[2] column: Closing Eastgate is a shameful mistake, undated (opinion or review)\n" in markdown
    assert "[1] report: Council votes to close Eastgate library, undated\n" in markdown
    assert ("column: Closing Eastgate is a shameful mistake <span class=why>(undated)</span> "
            "<span class=genre>(opinion or review)</span></li>") in to_html(result)
    data = json.loads(to_json(result))
    column = next(a for a in data["articles"] if a["id"] == "column")
    assert column["genre"] == {"kind": "opinion", "voiced": 5, "attributed": 1, "read": 8, "rating": None,
                               "author": None}


def test_a_brief_of_reviews_only_says_so_and_keeps_the_plot() -> None:
    result = brief([{"id": "review-1", "text": REVIEW}, {"id": "review-2", "text": SECOND_REVIEW}])
    [event] = result.events
    assert "every source is an opinion piece or a review (2 of 2): the summary is their writers' telling, not " \
           "established fact; sentences marked as a verdict are left out" in event.notes
    assert event.summary
    for sentence in event.summary:
        assert not verdict(parse([sentence.text], _MODEL)[0]), sentence.text
    assert all(a.reason.startswith("opinion or review") for a in result.articles)


FLAWED_REVIEW = (
    "At the heart of the mostly gripping but finally flawed film is a lighthouse keeper (Tom Hale).\n\n"
    "\"The Lantern Keeper\" follows the keeper on a Scottish island after he finds a stranger on the rocks.\n\n"
    "The island is, for both men, a deeply haunted place indeed.\n\n"
    "I admired it more than I loved it.\n\n"
    "Its final hour is a tidy sermon about patience.\n\n"
    "Sadly, the last reel lets it down.\n\n"
    "Is a good hour enough?\n\n"
    "The film opens in theaters on Friday.\n\n"
    "Rating: two and a half stars out of four."
)


def test_a_reviews_stance_is_neither_its_headline_nor_its_summary() -> None:
    # Before the writer's stance was read, "a deeply haunted place indeed" was published; a verdict of this
    # kind made a headline by the fallback that lets an opinion piece head its event (r16: "the mostly
    # mesmerizing but finally flawed film").
    [event] = brief([{"id": "review-3", "text": FLAWED_REVIEW}, {"id": "review-1", "text": REVIEW}]).events
    for verdict_word in ("flawed", "haunted", "tidy", "gorgeous", "tender"):
        assert verdict_word not in event.headline
        assert not any(verdict_word in s.text for s in event.summary), verdict_word


def test_a_columnists_hedged_aside_is_no_unconfirmed_claim() -> None:
    texts = {"report": "The mayor reportedly asked the police chief to drop the bridge inquiry.",
             "column": "Apparently the council never read the audit, it has been claimed.",
             "blog": "I hear the contractor was reportedly paid twice, and you should be furious."}
    sentences = [Sentence(a, 0, 0, t) for a, t in texts.items()]
    vectors = np.eye(3, dtype=np.float32)
    index = SupportIndex(sentences, vectors, {a: a for a in texts}, list(texts))
    # The column is an opinion piece; the blog's sentence speaks in its writer's voice ("I", "you").
    claims = unconfirmed(sentences, vectors, index, 0.7,
                         opinion=lambda s: s.article_id == "column" or voiced(parse([s.text], _MODEL)[0]))
    assert [c.sources for c in claims] == [("report",)]
    assert [c.sources for c in unconfirmed(sentences, vectors, index, 0.7)] == [("report",), ("column",), ("blog",)]


# A listicle whose one sentence naming its man is a verdict; a report that only says "he" of him.
PRAISE = (
    "Woody Harrelson has enjoyed a long and fruitful career, with such memorable roles as Cheers and Zombieland.\n\n"
    "You have surely seen him in Cheers, and you surely loved him.\n\n"
    "Honestly, I cannot think of a braver career in Hollywood.\n\n"
    "Why do we keep underrating him?\n\n"
    "I would watch him read the phone book.\n\n"
    "Frankly, the Oscars owe him an apology."
)
DANGLING = (
    "He was born in Midland, Texas, in 1961.\n\n"
    "His father was later convicted of murder.\n\n"
    "He moved to Ohio with his mother as a boy.\n\n"
    "He later joined the cast of the television series Cheers."
)
_NAMING = "Woody Harrelson has enjoyed a long and fruitful career, with such memorable roles as Cheers and Zombieland."


def test_a_verdict_is_published_when_refusing_it_would_leave_no_summary() -> None:
    assert verdict(parse([_NAMING], _MODEL)[0])
    result = brief([{"id": "praise", "text": PRAISE}, {"id": "report", "text": DANGLING}])
    [event] = result.events
    # Every sentence of the report dangles without the verdict that names him: the brief publishes it
    # as it did before genre was read, and says so; the sources list still marks the piece.
    assert [s.text for s in event.summary] == [_NAMING]
    assert ("the summary draws on an opinion piece's or a review's sentences in the writer's voice: without them "
            "no summary passed the editorial checks") in event.notes
    assert not any(n.startswith("no publishable summary") for n in event.notes)
    assert "(opinion or review)" in to_markdown(result)
    # Where every source is opinion, the note saying so stays beside it.
    [alone] = brief([{"id": "praise", "text": PRAISE}]).events
    assert [s.text for s in alone.summary] == [_NAMING]
    assert any(n.startswith("every source is an opinion piece or a review (1 of 1)") for n in alone.notes)
    assert any(n.startswith("the summary draws on an opinion piece's") for n in alone.notes)


def test_a_studys_we_an_explainers_you_a_quoted_letter_and_a_transcript_are_not_opinion() -> None:
    abstract = _genre(
        "We measured the body temperature of 1,200 adults in three hospitals between 2015 and 2018.\n\n"
        "We found that the average temperature has fallen by about 0.3 degrees since the 1860s.\n\n"
        "Our results suggest that the fall is linked to fewer chronic infections.\n\n"
        "We also observed that women ran warmer than men of the same age.\n\n"
        "We propose that the standard of 37 degrees be revised for clinical use.")
    assert not abstract.opinion and abstract.voiced == 0
    explainer = _genre(
        "The Mega Millions jackpot reached $656 million on Thursday.\n\n"
        "If you win, sign the back of your ticket before anything else.\n\n"
        "You should also hire a lawyer and a financial adviser.\n\n"
        "You can take the money in one payment or in 26 yearly ones.\n\n"
        "Your state may let you stay anonymous.\n\n"
        "The drawing is at 11 p.m. Eastern time.")
    assert not explainer.opinion and explainer.voiced == 0
    letter = _genre(
        "The governor released a letter from the prisoner on Monday.\n\n"
        "“I was not a leader, and I do not feel guilty.\n\n"
        "I only ever acted on orders.\n\n"
        "I ask you to spare my life.\n\n"
        "I have suffered enough,” he wrote.\n\n"
        "The request was denied in 1962.")
    assert not letter.opinion and letter.voiced == 0 and letter.attributed >= 4
    transcript = _genre(
        "OPAL LEE: I kept telling my family that I wanted to do it.\n\n"
        "I think they thought I was delusional.\n\n"
        "MARTIN: And what did you do then?\n\n"
        "OPAL LEE: I walked, and I will keep walking until we get there.\n\n"
        "I honestly believe we are close.")
    assert not transcript.opinion
    # The column above, by contrast, keeps its writer's "I".
    assert _genre(COLUMN).opinion


def test_a_statement_quoted_as_a_block_is_the_speakers_voice_not_the_writers() -> None:
    # r18: a report quoting a woman's statement at length, without quotation marks, was read as opinion.
    report = ["A woman was arrested Sunday after crashing a wedding in Valley City, a station reported.",
              "Deputies said she threw a drink at a guest and punched her.",
              "In a statement to the station, Ana Ruiz gave her side of the story, which read in part:",
              "Now I will tell my truth.", "I was told he would be going alone.",
              "Honestly, I think lying to someone you love is the worst betrayal.",
              "It was always about him.", "I never wanted a scene, and I am so sorry.",
              "Sadly, I feel terrible about all of it."]
    paragraphs = [0, 1, 2, 3, 3, 3, 4, 4, 4]
    found = genre(report, _MODEL, paragraphs)
    assert (found.opinion, found.voiced) == (False, 0)
    # the same first-person sentences of the writer's own, with nothing handing over to a speaker, are opinion
    column = genre([report[0], report[1], *report[3:]], _MODEL, [0, 1, 3, 3, 3, 4, 4, 4])
    assert column.opinion


def test_an_opinion_pieces_verdict_dates_no_timeline_entry() -> None:
    model = Config().spacy_model
    verdict_text = "On Tuesday the council made a deeply foolish choice to close the ferry line."
    told = "On Tuesday the council voted to close the ferry line."
    guard = news_dated(timeline_guard(model), {verdict_text, told}, model)
    # the column's plot line may date an entry; its verdict may not, and a report's sentence is asked as any
    assert guard([(verdict_text, "2020-01-07"), (told, "2020-01-07")]) == [False, True]
    assert news_dated(timeline_guard(model), set(), model)([(verdict_text, "2020-01-07")]) == [True]


SIGNED_OP_ED = (
    "I spent ten years running the Lund ferry company, and I learned what it takes to keep a business afloat.\n\n"
    "My years at the company taught me that a good idea is not enough.\n\n"
    "Today, fuel costs are weighing on ferry operators across the region because the council has raised "
    "harbour fees three times since 2019.\n\n"
    "In 2015 the company bought two new boats, which now carry 4,000 passengers a day.\n\n"
    "We must cut the fees, and I will propose exactly that on Tuesday.\n\n"
    "Sadly, the council never listens to the people who run things.\n\n"
    "Ms. Lind is a candidate for mayor of Lund."
)


def test_a_signed_op_ed_is_told_as_its_writers_argument() -> None:
    # r19: a candidate's op-ed, its writer named only by its closing tagline, read as an anonymous brief
    assert genre(SIGNED_OP_ED.split("\n\n"), _MODEL).author == "Ms. Lind"
    result = brief([{"id": "op-ed", "title": "What I learned at the ferry company", "text": SIGNED_OP_ED}])
    [event] = result.events
    assert any(n.startswith("every source is an opinion piece or a review (1 of 1): the summary is Ms. Lind's "
                            "telling, not established fact") for n in event.notes), event.notes
    assert "(opinion or review by Ms. Lind)" in to_markdown(result)
    [account] = result.articles
    assert account.reason.startswith("opinion or review") and "signed by Ms. Lind" in account.reason
    # unsigned, it is its writer's telling still, and the tagline of a news report names no writer
    unsigned = brief([{"id": "op-ed", "text": SIGNED_OP_ED.rsplit("\n\n", 1)[0]}])
    assert any("the summary is their writers' telling" in n for n in unsigned.events[0].notes)
    assert genre(["Mr. Lind is the mayor of Lund.", "The council met on Tuesday.", "It voted 5-2.",
                  "The fees rise in May.", "Ms. Roe is a council member."], _MODEL).author == ""
