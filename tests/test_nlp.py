"""Sentence splitting, entities, parsing and language identification with the packaged models."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEEDS, shared_or_skip
from newsbrief import nlp
from newsbrief.clean import clean
from newsbrief.config import Config
from newsbrief.ingest import read_text
from newsbrief.model import Article, CleanArticle, Entity, Paragraph
from newsbrief.nlp import is_foreign, language_of, parse, release_language_model, sentences

MODEL = Config().spacy_model


def clean_article(*paragraphs: str) -> CleanArticle:
    article = Article("a", "a.txt", None, dt.date(2020, 1, 7), "\n".join(paragraphs))
    return CleanArticle(article, tuple(Paragraph(i, p) for i, p in enumerate(paragraphs)), ())


def test_sentences_respect_abbreviations_and_paragraphs() -> None:
    article = clean_article(
        "Russian President Vladimir Putin met Assad in Damascus, the U.S. embassy said. Mr. Putin visited troops.",
        "The last visit was in 2017.",
    )
    [split] = sentences([article], MODEL)
    assert [s.text for s in split] == [
        "Russian President Vladimir Putin met Assad in Damascus, the U.S. embassy said.",
        "Mr. Putin visited troops.",
        "The last visit was in 2017.",
    ]
    assert [(s.paragraph, s.position) for s in split] == [(0, 0), (0, 1), (1, 2)]
    entities = {(e.text, e.label) for e in split[0].entities}
    assert {("Vladimir Putin", "PERSON"), ("Damascus", "GPE")} <= entities


def test_parse_gives_tags_lemmas_and_dependencies() -> None:
    [doc] = parse(["Putin met Assad in Damascus, the presidency said."], MODEL)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.lemma_ == "say"
    assert [c.lemma_ for c in root.children if c.dep_ == "ccomp"] == ["meet"]


def test_language_identification() -> None:
    assert language_of("Russian President Vladimir Putin met Syrian President Bashar al-Assad on Tuesday "
                       "during a surprise visit to Damascus.").code == "en"
    german = "Der russische Präsident Wladimir Putin hat am Dienstag überraschend Syrien besucht."
    guess = is_foreign(german)
    assert guess is not None and guess.code == "de"
    assert is_foreign("Putin met Assad in Damascus on Tuesday, the Kremlin said.") is None


def test_an_english_article_quoting_another_language_is_english() -> None:
    # ../shared/cases/14: langid on the first 600 characters heard only the mayor's Spanish.
    spanish = ('"La tierra tembló durante casi un minuto. Las casas del centro histórico se agrietaron y la torre de '
               'la iglesia de Santa Clara se derrumbó sobre la plaza. Pedimos a todos los vecinos que duerman fuera '
               'de sus casas esta noche y que sigan las indicaciones de protección civil," dijo la alcaldesa.')
    english = ["With those words the mayor of San Corvo asked residents to sleep outdoors on Monday night, after a "
               "magnitude 6.1 earthquake shook the mountain town.",
               "The bell tower of the Santa Clara church collapsed onto the main square, and dozens of houses in the "
               "old centre were cracked, the civil protection agency said.",
               "Two people were injured by falling masonry, the agency said. No deaths were reported."]
    assert is_foreign("\n\n".join([spanish, *english])) is None
    guess = is_foreign("\n\n".join([spanish, spanish.replace("alcaldesa", "gobernadora"), english[0]]))
    assert guess is not None and guess.code == "es"


def test_plain_english_is_told_without_the_language_model(monkeypatch: pytest.MonkeyPatch) -> None:
    english = ("Russian President Vladimir Putin met Syrian President Bashar al-Assad in Damascus on Tuesday, "
               "the Kremlin said. It was his second visit to Syria since Russia began its military campaign there, "
               "which turned the war in favour of the government.")
    german = ("Der russische Präsident Wladimir Putin hat am Dienstag überraschend Syrien besucht und sich in "
              "Damaskus mit Staatschef Baschar al-Assad getroffen. Es war sein zweiter Besuch in dem Land seit "
              "Beginn des russischen Militäreinsatzes, der den Krieg zugunsten der Regierung gewendet hat.")

    def no_model() -> None:
        raise AssertionError("the language model was asked")

    monkeypatch.setattr(nlp, "_identifier", no_model)
    assert is_foreign(english) is None
    with pytest.raises(AssertionError, match="was asked"):
        is_foreign(german)
    monkeypatch.undo()
    guess = is_foreign(german)
    assert guess is not None and guess.code == "de"



def test_the_language_model_is_asked_only_where_its_verdict_can_change_the_outcome(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Two plainly English paragraphs and, between them, a short line and a long run of names with
    # few English function words: no other language can hold two thirds of the article's words, and
    # a paragraph under 30 words is kept whatever its language.
    english = ("Russian President Vladimir Putin met Syrian President Bashar al-Assad in Damascus on Tuesday, "
               "the Kremlin said. It was his second visit to Syria since Russia began its military campaign there, "
               "which turned the war in favour of the government.")
    names = ("Guayanilla, Ponce, Yauco, Guánica, Peñuelas, Lajas, Sabana Grande, San Germán, Cabo Rojo, Mayagüez, "
             "Hormigueros, Añasco, Rincón, Aguada, Aguadilla, Moca, Isabela, Quebradillas, Camuy, Hatillo, Arecibo, "
             "Utuado, Jayuya, Adjuntas, Lares, Maricao, Las Marías and Villalba: Puerto Rico's towns shaken.")
    article = "\n".join([english, "Photo: Reuters", english.replace("Tuesday", "Wednesday"), english])

    def no_model() -> None:
        raise AssertionError("the language model was asked")

    monkeypatch.setattr(nlp, "_identifier", no_model)
    assert is_foreign(article + "\n" + names) is None
    assert nlp.foreign_paragraphs(article.splitlines()) == {}
    with pytest.raises(AssertionError, match="was asked"):
        nlp.foreign_paragraphs([*article.splitlines(), names])  # a long paragraph the word list cannot tell
    monkeypatch.undo()
    assert nlp.foreign_paragraphs([*article.splitlines(), names]) == {}


def test_entities_of_each_sentence_are_those_spacy_gives_the_sentence() -> None:
    text = ("Army Maj. Charles Graner was sentenced in Fort Hood, Texas, on Saturday. The Pentagon said Gen. Antonio "
            "Taguba would testify in Washington. Nobody else spoke. “We met Greg Abbott in Austin,” said Sylvester "
            "Turner of Houston.")
    pipeline = nlp.load_pipeline(MODEL)
    with pipeline.select_pipes(disable=["tagger", "parser", "attribute_ruler", "lemmatizer"]):
        doc = pipeline(text)
    spans = nlp.sentence_spans(doc)
    within = nlp.entities_within(doc, spans)
    assert [[(e.text, e.label_) for e in found] for found in within] == [
        [(e.text, e.label_) for e in span.ents] for span in spans]
    assert [e.text for e in within[2]] == []
    assert "Greg Abbott" in [e.text for e in within[-1]]

# --- Sentence splitting at abbreviations and quotations -------------------------------------------

CASES = Path(__file__).resolve().parents[1].parent / "shared" / "cases"
QUOTE_PAIRS = (("“", "”"), ("``", "''"))


def case_articles(name: str) -> list[CleanArticle]:
    """The articles of a ../shared/cases folder, read and cleaned as the pipeline does."""
    folder = shared_or_skip(CASES / name / "input")
    articles: list[CleanArticle] = []
    for path in sorted(folder.glob("*.txt")):
        [article], _ = read_text(path.stem, str(path), path.read_text(encoding="utf-8"), Config())
        articles.append(clean(article))
    return articles


def split(text: str) -> list[str]:
    """The sentences the annotator makes of one paragraph."""
    [annotation] = nlp.load_annotator(MODEL).paragraphs([text])
    return [sentence for sentence, _ in annotation]


def balanced(text: str) -> bool:
    """Whether every quotation a text opens it also closes."""
    return (text.count('"') % 2 == 0
            and all(text.count(opening) == text.count(closing) for opening, closing in QUOTE_PAIRS))


def cut(*pieces: str) -> list[str]:
    """The sentences made of a paragraph that spaCy cut into exactly ``pieces`` (the join-back alone)."""
    doc = nlp.load_pipeline(MODEL).make_doc("".join(pieces))
    starts = set(itertools.accumulate(len(piece) for piece in pieces[:-1]))
    for token in doc:
        token.is_sent_start = token.i == 0 or token.idx in starts
    return [span.text.strip() for span in nlp.sentence_spans(doc)]


def test_case_abbreviations_do_not_end_sentences() -> None:
    # Every paragraph of this case is one sentence with abbreviations inside it (Gov., Jan. 27,
    # Inc., a.m., U.S., Sen., Sept. 2018, No. 2, Feb. 14, e.g., Lt. Col.).
    articles = case_articles("10-abbreviations-split")
    for article, split_article in zip(articles, sentences(articles, MODEL), strict=True):
        expected = [" ".join(p.text.split()) for p in article.paragraphs]
        assert [s.text for s in split_article] == expected


def test_case_multi_sentence_quotations_stay_with_their_speaker() -> None:
    # One quotation of two or three sentences in each article, and a second one after the speaker in
    # the last; every other paragraph is one sentence.
    articles = case_articles("11-multi-sentence-quotes")
    quoted = 0
    for split_article in sentences(articles, MODEL):
        for sentence in split_article:
            assert balanced(sentence.text), sentence.text
            if any(mark in sentence.text for mark in ('"', "“")):
                quoted += 1
                # A sentence that is not all quotation names its speaker.
                all_quote = sentence.text[0] in "“\"" and sentence.text[-1] in "”\""
                assert all_quote or re.search(r"\b(said|told)\b", sentence.text), sentence.text
        paragraphs = {s.paragraph for s in split_article}
        assert len(split_article) - len(paragraphs) <= 1, [s.text for s in split_article]
    assert quoted == 4


@pytest.mark.parametrize(("pieces", "expected"), [
    # Titles and ranks before a name never end a sentence.
    (("A military jury found Army Maj. ", "Charles Graner guilty of abusing prisoners."), 1),
    (("Spc. ", "Charles Graner and Pvt. ", "Lynndie England were sentenced."), 1),
    (("Lt. ", "Gov. ", "Dan Patrick spoke after Sen. ", "Ted Cruz."), 1),
    (("Ottawa police Sgt. ", "Steve Hodgson said Capt. ", "Mike Salomonsky had arrived."), 1),
    (("The Rev. ", "Al Sharpton met Dr. ", "Anthony Fauci at St. ", "Patrick's Cathedral."), 1),
    (("He lives on Main St. ", "The house burned down."), 2),
    # Corporate: the next word decides.
    (("Northline Rail Inc. ", "said repairs would take two weeks."), 1),
    (("He bought shares of Apple Inc. ", "The company reported record profits."), 2),
    (("Samsung Electronics Co. ", "Ltd. said on Monday it would appeal."), 1),
    # No., vs., e.g., i.e.
    (("The No. ", "2 track and Nos. ", "3 and 4 stay closed."), 1),
    (("Was it an accident? ", "No. ", "The police say it was arson."), 3),
    (("Grain, e.g. ", "Wheat and barley, spilled into the river."), 1),
    (("It was Lakers vs. ", "Celtics, i.e. ", "The final, that sold out."), 1),
    # a.m. and p.m.: a time zone, a day or a lowercase word goes on; a new subject does not.
    (("The train left at 5:40 a.m. ", "when eight cars derailed."), 1),
    (("Polls close at 8 p.m. ", "EST on Tuesday."), 1),
    (("The blast came at 11:09 a.m. ", "Tuesday, police said."), 1),
    (("He said the shooting happened at 10 a.m. ", "Police then closed the street."), 2),
    # U.S., months and states: lowercase words, figures and punctuation go on.
    (("the U.S. ", "officials said on Monday."), 1),
    (("He sent troops into the U.S. ", "The move angered Mexico."), 2),
    (("The train derailed on Jan. ", "27 and spilled grain."), 1),
    (("The bridge was rated fair in Sept. ", "2018, officials said."), 1),
    (("STOWE, Vt. ", "(AP) — Maria von Trapp died on Tuesday."), 1),
    (("He lived in Fresno, Calif. ", "The town mourned him."), 2),
    (("The son of Cal Ripken Sr. ", "The younger Ripken played 21 seasons."), 2),
    (("Martin Luther King Jr. ", "said he had a dream."), 1),
    # Initials: a name goes on, a sentence opener does not.
    (("George W. ", "Bush met John F. ", "Kennedy Jr. in the film."), 1),
    (("It was the first war since World War I. ", "The treaty ended it."), 2),
    # Known miss: a weekday after a company form reads as a new sentence.
    pytest.param(("the Microsoft Corp. ", "Tuesday reported a quarterly profit."), 1,
                 marks=pytest.mark.xfail(strict=True, reason="capitalised word after Corp. taken as a new sentence")),
])
def test_cuts_after_abbreviations_are_judged_on_the_next_word(pieces: tuple[str, ...], expected: int) -> None:
    assert len(cut(*pieces)) == expected, cut(*pieces)


def test_titles_the_tokenizer_lacked_are_one_token() -> None:
    pipeline = nlp.load_pipeline(MODEL)
    assert [t.text for t in pipeline.make_doc("Lt. Col. Dana Brill and Sgt. Joanne Southerland")][:4] == [
        "Lt.", "Col.", "Dana", "Brill"]
    assert [t.text for t in pipeline.make_doc("he said. ``We lost it,'' he said.")][3:5] == ["``", "We"]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Grain shippers are sending loads by truck, the union said. Lt. Col. Dana Brill of the National Guard said "
     "troops had helped clear spilled grain.",
     ["Grain shippers are sending loads by truck, the union said.",
      "Lt. Col. Dana Brill of the National Guard said troops had helped clear spilled grain."]),
    ("A military jury on Friday found Army Spc. Charles Graner guilty, and Maj. Gen. Antonio Taguba testified.",
     ["A military jury on Friday found Army Spc. Charles Graner guilty, and Maj. Gen. Antonio Taguba testified."]),
    ("Prime Minister Fumio Kishida spoke at 10 a.m. EST on Monday, the U.S. State Department said. He left at noon.",
     ["Prime Minister Fumio Kishida spoke at 10 a.m. EST on Monday, the U.S. State Department said.",
      "He left at noon."]),
    ("He bought shares of Apple Inc. The company reported record profits.",
     ["He bought shares of Apple Inc.", "The company reported record profits."]),
    ("He said the shooting happened at 10 a.m. Police then closed the street.",
     ["He said the shooting happened at 10 a.m.", "Police then closed the street."]),
    # Known miss: spaCy does not cut here, and the post-pass only joins.
    pytest.param("The store closed at 9 p.m. Thieves broke in an hour later.",
                 ["The store closed at 9 p.m.", "Thieves broke in an hour later."],
                 marks=pytest.mark.xfail(strict=True, reason="spaCy misses the end after p.m.; nothing cuts it")),
])
def test_abbreviations_in_real_text_keep_sentences_whole(paragraph: str, expected: list[str]) -> None:
    assert split(paragraph) == expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("“People here have waited all summer for this day. Now it is here,” she said.", 1),
    ('"The water came in fast. We will not let that happen again," said the manager, Ruth Kane.', 1),
    ("``We lost the lower levels in one night. It took weeks to pump them dry,'' the manager said.", 1),
    ("The page continued: “We dread the holiday season without our little boy. We are lost.”", 1),
    ("“The mine is the town,” said Ada Kerr. “Without it we would have closed by Christmas.”", 2),
    ("He shouted, “Get out!” and ran. Then he came back.", 2),
    # After "!" or "?", a speaker in capitals and a verb of saying go on with the quotation.
    ("“No! We are partners, we sign together!” Mayor Ruth Kane told the governor at the plant.", 1),
    ("“Who pays for this?” Kane asked. Nobody answered.", 2),
    ("“Get out!” Police arrived minutes later.", 2),
    # Five sentences: too long to keep whole, so spaCy's cuts stand.
    ("“We lost it all. We rebuilt the shaft. We hired new crews. We bought pumps. Today every crew is back,” the "
     "manager said.", 5),
])
def test_quotations_are_not_cut_while_they_go_on(paragraph: str, expected: int) -> None:
    sentences_ = split(paragraph)
    assert len(sentences_) == expected, sentences_
    if expected <= 2:
        assert all(balanced(s) for s in sentences_), sentences_


@pytest.mark.parametrize(("pieces", "expected"), [
    # A closing quote left at the start of the next piece goes back to the sentence it closes.
    (("“We lost it all.", "” The manager said so."), ["“We lost it all.”", "The manager said so."]),
    (("He quit. “", "We lost it all,” he said."), ["He quit.", "“We lost it all,” he said."]),
    # A cut between the quotation and its attribution.
    (("“Today every crew is back underground,” ", "the manager told reporters."),
     ["“Today every crew is back underground,” the manager told reporters."]),
    (("“Why now?” ", "he asked. ", "Nobody answered."), ["“Why now?” he asked.", "Nobody answered."]),
    # A mark whose spaces contradict its glyph (”I for “I) is read by its spaces.
    (("He spoke. ", "”I will not go,” he said."), ["He spoke.", "”I will not go,” he said."]),
])
def test_quote_marks_stay_with_their_quotation(pieces: tuple[str, ...], expected: list[str]) -> None:
    assert cut(*pieces) == expected


def test_joined_sentences_keep_the_entities_of_their_pieces_in_order() -> None:
    text = ("“We met Greg Abbott in Austin on Monday. We will not let that happen again,” said Sylvester Turner, "
            "the mayor of Houston.")
    pipeline = nlp.load_pipeline(MODEL)
    with pipeline.select_pipes(disable=["tagger", "parser", "attribute_ruler", "lemmatizer"]):
        doc = pipeline(text)
    pieces = list(doc.sents)
    assert len(pieces) > 1  # spaCy cuts inside the quotation, so there is something to join
    [(sentence, entities)] = nlp.load_annotator(MODEL).paragraphs([text])[0]
    assert sentence == text
    assert list(entities) == [Entity(e.text, e.label_) for piece in pieces for e in piece.ents
                              if e.label_ in nlp.ENTITY_LABELS]
    assert [e.text for e in entities] == ["Greg Abbott", "Austin", "Sylvester Turner", "Houston"]


# Words and phrases of news text with every kind of abbreviation inside a sentence, to build
# paragraphs that stress the join-back.
_WORDS = st.sampled_from(["troops", "the", "mine", "reopened", "on Monday", "in Houston", "said", "crews", "water",
                          "Army Maj. Charles Graner", "Gen. Antonio Taguba", "Apple Inc. shares", "the U.S. embassy",
                          "at 10 a.m. on", "on Jan. 27", "the No. 2 track", "grain, e.g. wheat", "George W. Bush",
                          "Fresno, Calif., police", "Sen. Ted Cruz", "officials", "(AP) —",
                          "Lt. Gov. Dan Patrick"])
_SENTENCE = st.lists(_WORDS, min_size=2, max_size=5).map(lambda words: " ".join(words).removesuffix(".") + ".")


@st.composite
def _paragraphs(draw: st.DrawFn) -> str:
    """Sentences and quotations of one to three sentences, in any of the three quote styles.

    Sentences of at most five phrases keep every quotation within _QUOTE_MAX_WORDS.
    """
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        sentences_ = draw(st.lists(_SENTENCE, min_size=1, max_size=3))
        if draw(st.booleans()):
            opening, closing = draw(st.sampled_from([("“", "”"), ('"', '"'), ("``", "''")]))
            parts.append(f"{opening}{' '.join(sentences_)[:-1]},{closing} {draw(_WORDS)} said.")
        else:
            parts.extend(sentences_)
    return " ".join(parts)


@settings(max_examples=60, deadline=None)
@given(_paragraphs())
def test_splitting_keeps_every_character_in_order_and_quotations_whole(paragraph: str) -> None:
    sentences_ = split(paragraph)
    assert "".join("".join(sentences_).split()) == "".join(paragraph.split())
    assert all(balanced(s) for s in sentences_), sentences_


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["“We", "lost", "it.", "”", '"', "``", "''", "Maj.", "Inc.", "The", "U.S.", "said",
                                 "No.", "2", "a.m.", "he", "Police", ".", "?", "W.", "Bush"]), min_size=1, max_size=30),
       st.lists(st.booleans(), min_size=30, max_size=30))
def test_sentence_spans_join_pieces_and_never_lose_text(words: list[str], cuts: list[bool]) -> None:
    pipeline = nlp.load_pipeline(MODEL)
    doc = pipeline.make_doc(" ".join(words))
    for token, starts in zip(doc, [True, *cuts], strict=False):
        token.is_sent_start = starts
    spans = nlp.sentence_spans(doc)
    assert "".join(span.text_with_ws for span in spans) == doc.text
    assert all(len(span) for span in spans)
    assert len(spans) <= len(list(doc.sents))


def test_the_language_model_freed_after_a_one_shot_brief_is_loaded_again_when_asked() -> None:
    before = language_of("Der Präsident hat am Dienstag Syrien besucht und Assad getroffen.")
    release_language_model()
    assert language_of("Der Präsident hat am Dienstag Syrien besucht und Assad getroffen.") == before


def test_text_in_a_script_english_is_not_written_in_is_foreign_however_unsure_the_model_is() -> None:
    # langid calls this Wu Chinese at p=0.54, below the confidence a Latin-script guess needs
    chinese = "俄罗斯总统普京周二访问叙利亚，在大马士革会见了叙利亚总统阿萨德。双方讨论了地区局势。"
    guess = is_foreign(chinese)
    assert guess is not None and guess.code in {"zh", "wuu", "yue"}
    assert is_foreign("Putin met Assad in Damascus on Tuesday, the Kremlin said.\n" + chinese[:12]) is None


def test_splitting_skips_the_token_embedding_only_the_tagger_and_parser_read() -> None:
    # en_core_web_sm's sentence and entity recognisers embed the tokens themselves, so the shared tok2vec
    # can stay off while splitting; the sentences and entities of real text are those it gives switched on.
    annotator = nlp.Annotator(nlp.load_pipeline(MODEL))
    assert set(annotator._split_disabled()) == {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"}
    path = shared_or_skip(SEEDS / "000_ffd6d680225236f6.txt")
    [article], _ = read_text(path.stem, str(path), path.read_text(encoding="utf-8"), Config())
    paragraphs = [p.text for p in clean(article).paragraphs]
    split = annotator.paragraphs(paragraphs)
    with_tok2vec = nlp.Annotator(nlp.load_pipeline(MODEL))
    with_tok2vec._split_disabled = lambda: ["tagger", "parser", "attribute_ruler", "lemmatizer"]  # type: ignore[method-assign]
    assert sum(len(p) for p in split) > 5
    assert split == with_tok2vec.paragraphs(paragraphs)


def test_entities_found_in_a_thread_after_splitting_are_those_of_one_pass() -> None:
    # Splitting runs the sentence recogniser alone; the entity recogniser runs later over the same documents,
    # in a thread beside the sentence vectors. The sentences and entities are those of running both in one pass.
    path = shared_or_skip(SEEDS / "000_ffd6d680225236f6.txt")
    [article], _ = read_text(path.stem, str(path), path.read_text(encoding="utf-8"), Config())
    paragraphs = [p.text for p in clean(article).paragraphs]
    annotator = nlp.Annotator(nlp.load_pipeline(MODEL))
    with annotator.nlp.select_pipes(disable=annotator._split_disabled()):
        one_pass = [
            tuple((nlp.tidy_sentence(span.text), tuple(nlp.Entity(e.text, e.label_) for e in ents
                                                        if e.label_ in nlp.ENTITY_LABELS | nlp.KIND_LABELS))
                  for span, ents in zip(spans, nlp.entities_within(doc, spans), strict=True))
            for doc in annotator.nlp.pipe(paragraphs)
            for spans in ([s for s in nlp.sentence_spans(doc) if any(ch.isalpha() for ch in s.text)],)
        ]
    split = annotator.split(paragraphs)
    assert split.sentences == [tuple(text for text, _ in found) for found in one_pass]
    annotator.find_entities([split])
    assert split.annotations() == one_pass
    assert Entity("Dmitry Peskov", "PERSON") in {e for found in one_pass for _, entities in found for e in entities}
    # read again: from the cache, with nothing left to find
    again = annotator.split(paragraphs)
    assert again.sentences == split.sentences
    assert again.annotations() == one_pass


def test_entity_batches_are_bounded_by_tokens_and_keep_the_order() -> None:
    pipeline = nlp.load_pipeline(MODEL)
    texts = ("One two three four.", "Five six.", "Seven eight nine ten eleven.", "Go.")
    docs = [pipeline.make_doc(text) for text in texts]
    assert [len(d) for d in docs] == [5, 3, 6, 2]
    assert [[d.text for d in batch] for batch in nlp._token_batches(docs, 8)] == [
        ["One two three four.", "Five six."], ["Seven eight nine ten eleven.", "Go."]]
    # a document longer than the cap goes alone
    assert [len(batch) for batch in nlp._token_batches(docs, 4)] == [1, 1, 1, 1]
