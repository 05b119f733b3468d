"""Direct, embedded and reported speech, each with the entity who speaks.

A speaker is found, in order: by a verb of saying after the quote ("», a-t-il écrit", "” a affirmé X",
"», s'indigne X", ", Foreign Minister X said"), by one before it ("X a déclaré : «", "selon X, «"), by
the subject of the sentence holding a partial quote, by the person subject of the sentence before in
the paragraph for a quote opening its own; a quote with only its attribution between it and the one
before goes on from that one's speaker. Pronouns point to the subject of the nearest earlier sentence
whose subject is a person; documents ("le communiqué") to the issuer named in the sentences before.
Words come from speech_verbs.yaml; all matching is on folded text, with patterns compiled once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from storyline.annotate.identity import fold, get_lexicon
from storyline.annotate.nlp import has_parse, text_of
from storyline.config import load_yaml_data
from storyline.models import Mention, Quote

MIN_WORDS = 4  # shorter quoted words are titles or terms, not speech, unless a speaker says them
MIN_SHORT_WORDS = 2  # "a exprimé sa « vive protestation »": the fewest words a speaker's quote has
LOOKBACK_SENTENCES = 6
OPENING_WORDS = 6  # words before the person an unparsed sentence opens with ("One of them, 22-year-old")
NAME_AFTER_NATIONALITY = 30  # characters between "sénégalais" and the name it qualifies
QUOTE_RE = re.compile(r"«\s*(?P<a>[^»]+?)\s*»|“(?P<b>[^”]+)”|\"(?P<c>[^\"\n]+)\"|''(?P<d>[^'\n]+?)''")
EMBED_RE = re.compile(r"^[—–-]\s*(?P<name>[^\n(]{2,80}?)\s*\(@\w+\)\s*\w+\s+\d{1,2},?\s+\d{4}\s*$", re.M)
WORD = re.compile(r"\w+")
NAME_DEPS = frozenset({"appos", "flat", "flat:name", "compound"})  # links from a noun to the name it carries
PRONOUN_CLITIC = r"(?:-t)?-(?P<{}>il|elle|ils|elles|on)"


def _verb_forms(lemma: str, extra: list[str], lang: str) -> list[str]:
    forms = (
        [*extra] if lang == "fr" else [lemma, *extra]
    )  # a French infinitive ("de rappeler que") reports nothing
    if lang == "fr" and lemma.endswith("er"):
        stem = lemma[:-2]
        forms += [stem + e for e in ("e", "ent", "é", "ée", "ait", "aient", "era")]
    if lang == "en" and not extra:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms += [lemma + "s", stem + "ed"]
    return forms


@dataclass(frozen=True)
class SpeechLexicon:
    verb: re.Pattern[str]
    after: re.Pattern[str]
    before: re.Pattern[str]
    according: re.Pattern[str]
    opinion: re.Pattern[str]
    that_clause: re.Pattern[str]
    incise: re.Pattern[str]
    pronouns: frozenset[str]
    offices: frozenset[str]
    documents: frozenset[str]


@cache
def speech_lexicon() -> SpeechLexicon:
    data = load_yaml_data("speech_verbs.yaml")
    forms = {
        fold(f)
        for lang, verbs in data["verbs"].items()
        for lemma, extra in verbs.items()
        for f in _verb_forms(lemma, extra or [], lang)
    }
    verbs = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    according = "|".join(re.escape(fold(w)) for ws in data["according_to"].values() for w in ws)
    aux = r"(?:a|ont|avait|avaient|aurait|has|had|have)"
    reflexive_aux = r"(?:est|sont|etait|etaient)"  # "», s'est félicitée X": a pronominal verb's auxiliary
    pronouns = "|".join(re.escape(fold(w)) for ws in data["pronouns"].values() for w in ws)
    return SpeechLexicon(
        verb=re.compile(rf"\b(?:{verbs})\b"),
        after=re.compile(
            rf"[\s,.]*(?:(?P<p0>{pronouns})\s+)?(?:{aux}(?:{PRONOUN_CLITIC.format('p1')})?\s+)?(?:s'|se\s+)?"
            rf"(?:{reflexive_aux}\s+)?(?P<verb>{verbs})"
            rf"(?:{PRONOUN_CLITIC.format('p2')})?\b"
        ),
        before=re.compile(rf"\b(?:{aux}\s+)?(?P<verb>{verbs})\b[^.!?]{{0,60}}$"),
        according=re.compile(rf"\b(?:{according})\s+"),
        opinion=re.compile(
            rf"\s*(?:{'|'.join(re.escape(fold(w)) for ws in data['opinion_of'].values() for w in ws)})\s+"
        ),
        that_clause=re.compile(rf"\b(?P<verb>{verbs})\s+(?:que|qu'|that)\s*"),
        incise=re.compile(rf",\s*(?P<verb>{verbs})\s+(?P<who>[^,.;]{{2,60}})[.!?]?\s*$"),
        pronouns=frozenset(fold(w) for ws in data["pronouns"].values() for w in ws),
        offices=frozenset(fold(w) for ws in data["offices"].values() for w in ws),
        documents=frozenset(fold(w) for w in data["documents"]),
    )


def _sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, cut again at paragraph breaks (scraped text often lacks final stops)."""
    found = []
    for sent in doc.sents:
        offset = sent.start_char
        for piece in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", sent.text, re.S):
            span = doc.char_span(offset + piece.start(), offset + piece.end(), alignment_mode="expand")
            if span is not None:
                found.append(span)
    return found


class Speakers:
    """Resolves who speaks at a place in one document, from its mentions and parse."""

    def __init__(self, body: Doc, mentions: list[Mention], quotes: list[tuple[int, int]]) -> None:
        self.doc, self.text = body, text_of(body)
        self.folded = fold(self.text)
        self.mentions = sorted((m for m in mentions if m.field == "body"), key=lambda m: m.start)
        self.quotes = quotes
        self.sents = _sentences(body)
        self.lex = speech_lexicon()

    def quoted(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.quotes)

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The first mention starting in [start, end) outside quoted words."""
        return next((m for m in self.mentions if start <= m.start < end and not self.quoted(m.start)), None)

    def last_mention(self, start: int, end: int) -> Mention | None:
        found = [m for m in self.mentions if start <= m.start and m.end <= end and not self.quoted(m.start)]
        return found[-1] if found else None

    def named(self, pos: int, limit: int) -> Mention | None:
        """The speaker named at ``pos`` ("le locataire de Koulouba", "le document", "il")."""
        words = WORD.findall(self.folded[pos : pos + limit])
        words = [w for w in words if w not in ("le", "la", "les", "l", "the")]
        if words and words[0] in self.lex.pronouns:
            return self.subject_before(pos)
        if words and words[0] in self.lex.documents:
            return self.issuer_before(pos)
        first = self.mention_at(pos, pos + limit)
        if first is None and words and words[0] in self.lex.offices:
            return self.holder_before(pos, words[0])
        if first is not None and first.label == "DEMONYM":
            # "le chercheur sénégalais Ibrahima Faye": the nationality qualifies the person named next
            person = self.mention_at(first.end, first.end + NAME_AFTER_NATIONALITY)
            if (
                person is not None
                and person.kind == "person"
                and "," not in self.text[first.end : person.start]
            ):
                return person
        if first is not None and first.kind != "person":
            # "le coordonnateur de la CJS, Moussa Hassaballah Adoum": the holder named after the office speaks
            person = self.mention_at(first.end, first.end + NAME_AFTER_NATIONALITY)
            if (
                person is not None
                and person.kind == "person"
                and self.text[first.end : person.start].strip() == ","
            ):
                return person
        return first

    def subject_of(self, sent: Span) -> Mention | str | None:
        """The mention naming the main clause's subject; "pronoun" when that subject is a pronoun.
        A sentence with no parse (English) has for subject the person it opens with."""
        if not has_parse(sent):
            return self.opening_person(sent)
        subjects = sorted(
            (t for t in sent if t.dep_.startswith("nsubj") and not self.quoted(t.idx)),
            key=lambda t: t.head != sent.root,
        )
        for token in subjects:
            if fold(token.text) in self.lex.pronouns:
                return "pronoun"
            heads, queue = [], [token]
            while queue:
                head = queue.pop()
                heads.append(head)
                queue += [c for c in head.children if c.dep_ in NAME_DEPS]
            found = [m for m in self.mentions for t in heads if m.start <= t.idx < m.end]
            if found:
                return next((m for m in found if m.kind == "person"), found[0])
            nationality = self.nationality_of(token)
            if nationality is not None:
                return nationality
        return None

    def nationality_of(self, token: Token) -> Mention | None:
        """The country of a subject named by a body or a document and its nationality, with
        no name ("le gouvernement sierra-léonais « condamne ... »", "le communiqué du
        ministère soudanais justifie cette décision par « ... »"): the nationality's."""
        near = [c for c in token.children if c.dep_ in ("amod", "nmod")]
        near += [g for c in near if c.dep_ == "nmod" for g in c.children if g.dep_ == "amod"]
        return next(
            (m for c in near for m in self.mentions
             if m.label == "DEMONYM" and m.start <= c.idx < m.end and not self.quoted(m.start)),
            None,
        )  # fmt: skip

    def opening_person(self, sent: Span) -> Mention | str | None:
        """The subject of a sentence with no parse: "pronoun" when it opens with one, else the
        person it names first, places aside, behind a few words and no verb of saying ("Ndungu,
        who serves as ...", "One of them, 22-year-old Omar Bojang, told ...", "Here in Banjul,
        President X called ..."); None when the first name that is no place is no person."""
        if _opens_with_pronoun(self, sent):
            return "pronoun"
        first = next(
            (m for m in self.mentions if sent.start_char <= m.start < sent.end_char
             and m.kind != "place" and not self.quoted(m.start)),
            None,
        )  # fmt: skip
        if first is None or first.kind != "person":
            return None
        before = self.folded[sent.start_char : first.start]
        if len(WORD.findall(before)) > OPENING_WORDS or self.lex.verb.search(before):
            return None
        return first

    def subject_before(self, pos: int) -> Mention | None:
        """The most recent sentence subject that is a person (pronouns chain further back)."""
        earlier = [s for s in self.sents if s.end_char <= pos][-LOOKBACK_SENTENCES:]
        for sent in reversed(earlier):
            subject = self.subject_of(sent)
            if isinstance(subject, Mention) and subject.kind == "person":
                return subject
        people = [
            m for m in self.mentions if m.kind == "person" and m.end <= pos and not self.quoted(m.start)
        ]
        return people[-1] if people else None

    def holder_before(self, pos: int, office: str) -> Mention | None:
        """The person last named with ``office`` beside the name ("la ministre du Pétrole,
        Hadiza X", "X, the mission's coordinator"), for a speaker named by the office alone."""
        word = re.compile(rf"\b{re.escape(office)}\b")
        for m in reversed(self.mentions):
            if m.kind != "person" or m.end > pos or self.quoted(m.start):
                continue
            if word.search(self.folded, max(0, m.start - OFFICE_REACH), m.end + OFFICE_REACH):
                return m
        return None

    def issuer_before(self, pos: int) -> Mention | None:
        """Who issued the document a quote is attributed to: named after it or subject of its sentence."""
        earlier = [s for s in self.sents if s.end_char <= pos][-3:]
        for sent in reversed(earlier):
            for token in sent:
                if fold(token.text) in self.lex.documents:
                    after = self.mention_at(token.idx + len(token), token.idx + len(token) + 25)
                    subject = self.subject_of(sent)
                    if after:
                        return after
                    if isinstance(subject, Mention):
                        return subject
        return None

    def sentence_at(self, pos: int) -> Span | None:
        return next((s for s in self.sents if s.start_char <= pos < s.end_char), None)


APPOSITION_RE = re.compile(r",[^,.;:!?«»“”\"\n]{1,80},")  # ", an analyst at X," between a name and its verb
# ", Foreign Minister " / ", its coordinator, " / " al-" between a quote and the name after it
TITLE_RE = re.compile(r"[\s,]*(?:[^\W\d]+[\s'’-]+){0,5}[^\W\d]+(?:,\s+|[\s'’-]+)$")
OFFICE_REACH = 60  # characters between a person's name and the office it is named with
TITLE_REACH = 60  # characters of title words between a quote and the name after it
GOES_ON_WORDS = 4  # words between two quotes of one speaker ("she said", "a-t-il ajouté")
GOES_ON_CLAUSE_WORDS = 30  # an attribution clause naming the speaker between two of its quotes
SENTENCE_END = re.compile(r"[.!?…]")
PREPOSITION_REACH = 12  # characters before a place in which its preposition stands


def _after(sp: Speakers, end: int) -> tuple[Mention | None, str] | None:
    line_end = sp.folded.find("\n", end)
    window = sp.folded[end : line_end if line_end >= 0 else len(sp.folded)]
    m = sp.lex.after.match(window)
    if not m:
        named = sp.mention_at(end, end + 4) or _titled_name_at(sp, end)
        if named is None or "\n" in sp.folded[end : named.start]:
            return None  # a name opening the next paragraph says its own words
        apposition = APPOSITION_RE.match(sp.folded, named.end)
        verb = sp.lex.after.match(sp.folded, apposition.end() if apposition else named.end)
        if verb is None and apposition:
            verb = sp.lex.after.match(sp.folded, named.end)
        if (
            verb is None
            and named.kind == "organisation"
            and (person := _titled_name_at(sp, end, person=True))
        ):
            # '", FACI spokesman Colonel X said': the organisation is the speaker's title
            named, verb = person, sp.lex.after.match(sp.folded, person.end)
        return (named, sp.text[verb.start("verb") : verb.end()]) if verb else None
    cue = sp.text[end + m.start("verb") : end + m.end()]
    if m.group("p0") or m.group("p1") or m.group("p2"):
        return sp.subject_before(end), cue.strip()
    return sp.named(end + m.end(), 60), cue.strip()


def _titled_name_at(sp: Speakers, end: int, person: bool = False) -> Mention | None:
    """A name after a quote behind its title only (", Foreign Minister X said"); with
    ``person``, the first person's, whose title may hold their organisation's name (", FACI
    spokesman X said")."""
    named = next(
        (
            m
            for m in sp.mentions
            if end <= m.start < end + TITLE_REACH
            and not sp.quoted(m.start)
            and (m.kind == "person" or not person)
        ),
        None,
    )
    if named is None or not TITLE_RE.fullmatch(sp.folded[end : named.start]):
        return None
    return named


def _before(sp: Speakers, start: int) -> tuple[Mention | None, str] | None:
    sent = sp.sentence_at(start)
    sent_start = sent.start_char if sent is not None else max(0, start - 200)
    head = sp.folded[sent_start:start]
    if re.search(r":\s*$", head):
        named = sp.last_mention(sent_start, start)
        if named:
            return named, ":"
    opinion = sp.lex.opinion.match(head)
    if opinion:
        named = sp.mention_at(sent_start + opinion.end(), sent_start + opinion.end() + 40)
        if named is not None and named.kind == "person":
            return named, sp.text[sent_start + opinion.start() : sent_start + opinion.end()].strip()
    according = list(sp.lex.according.finditer(head))
    if according:
        a = according[-1]
        return sp.named(sent_start + a.end(), 60), sp.text[
            sent_start + a.start() : sent_start + a.end()
        ].strip()
    verb = sp.lex.before.search(head)
    if verb:
        cue = sp.text[sent_start + verb.start("verb") : sent_start + verb.end("verb")]
        named = _named_before_verb(sp, sent_start, sent_start + verb.start())
        return named or sp.subject_before(start), cue
    if sent is not None and sent.start_char < start:
        subject = sp.subject_of(sent)
        if subject == "pronoun":
            return sp.subject_before(sent.start_char), ""
        if isinstance(subject, Mention):
            return subject, ""
    if sent is not None and sent.start_char < start and _opens_with_pronoun(sp, sent):
        return sp.subject_before(sent.start_char), ""  # "She added that ... "are safe"" (no parse)
    if sent is not None and (speaker := _speaker_told_before(sp, sent)) is not None:
        return speaker, ""
    return None


def _named_before_verb(sp: Speakers, start: int, verb: int) -> Mention | None:
    """Who speaks, named before the verb of saying: the last name, unless a name's apposition
    runs up to the verb ("X, coordinator of the Y Network in Z, told": X speaks; of an
    organisation, the person the apposition names: "the spokesman of the UPDF, General X,
    said"). A clause with a verb of saying of its own is no apposition ("X, Gabon's
    presidency said, adding"). A place after "in", "at", "à" is where, not who ("would march
    in Dire Dawa, ... and would not resume")."""
    named = [
        m
        for m in sp.mentions
        if start <= m.start and m.end <= verb and not sp.quoted(m.start) and not _located(sp, m)
    ]
    for m in named:
        apposition = APPOSITION_RE.match(sp.folded, m.end)
        if (
            apposition is not None
            and not sp.folded[apposition.end() : verb].strip()
            and not sp.lex.verb.search(apposition.group())
        ):
            # "Le porte-parole de l'UPDF, le général X, a précisé": the person the apposition names
            inside = [
                p for p in named if p.kind == "person" and apposition.start() < p.start < apposition.end()
            ]
            return inside[0] if m.kind != "person" and inside else m
    return named[-1] if named else None


def _located(sp: Speakers, mention: Mention) -> bool:
    """The mention is a place right after a preposition of place ("in Dire Dawa", "à Agadez")."""
    before = sp.folded[max(0, mention.start - PREPOSITION_REACH) : mention.start].split()
    return mention.kind == "place" and bool(before) and before[-1] in _place_prepositions()


@cache
def _place_prepositions() -> frozenset[str]:
    lexicon = get_lexicon()
    return frozenset(lexicon.place_prepositions | lexicon.locative_prepositions)


def _opens_with_pronoun(sp: Speakers, sent: Span) -> bool:
    words = WORD.findall(sp.folded[sent.start_char : sent.start_char + 12])
    return bool(words) and words[0] in sp.lex.pronouns


def _speaker_told_before(sp: Speakers, sent: Span) -> Mention | None:
    """A quote that opens its sentence with no cue of its own goes on from the sentence before
    in its paragraph: its subject, a person, speaks ("X a tenté de calmer le jeu. « Le Tchad
    n'a de leçon à recevoir de personne »")."""
    earlier = [s for s in sp.sents if s.end_char <= sent.start_char]
    if not earlier or "\n\n" in sp.text[earlier[-1].end_char : sent.start_char]:
        return None
    before = earlier[-1]
    subject = sp.subject_of(before)
    if subject == "pronoun" or _opens_with_pronoun(sp, before):
        return sp.subject_before(before.start_char)  # "Elle-même a laissé ... « Si la frontière ... »"
    if isinstance(subject, Mention):
        return subject if subject.kind == "person" else None
    # a subject the parse lost ("Samedi, face à la presse, X avait tenté ..."): the one person
    # named before the sentence's verb
    people = [m for m in sp.mentions if before.start_char <= m.start < before.root.idx and m.kind == "person"]
    return people[0] if len(people) == 1 and not sp.quoted(people[0].start) else None


def _speaker(found: tuple[Mention | None, str] | None) -> tuple[str | None, str | None, str | None]:
    if found is None:
        return None, None, None
    mention, cue = found
    if mention is None:
        return None, None, cue or None
    return mention.name, mention.entity, cue or None


def _direct(sp: Speakers, doc_id: str) -> list[Quote]:
    quotes: list[Quote] = []
    for m in QUOTE_RE.finditer(sp.text):
        group = next(g for g in "abcd" if m.group(g) is not None)
        words = m.group(group).split()
        if len(words) < MIN_SHORT_WORDS:
            continue
        speaker, entity, cue = _speaker(_after(sp, m.end()) or _before(sp, m.start()))
        if len(words) < MIN_WORDS and not (speaker and any(w[:1].islower() for w in words)):
            continue  # a few words are speech only with a speaker, and not a name or a title
        if speaker is None and quotes and _goes_on(sp, quotes[-1], m.start()):
            speaker, entity = quotes[-1].speaker, quotes[-1].speaker_entity
        quotes.append(
            Quote(
                doc_id, "body", m.start(group), m.end(group), m.group(group), speaker, entity, "direct", cue
            )
        )
    return quotes


def _goes_on(sp: Speakers, last: Quote, start: int) -> bool:
    """A quote goes on from the one before it: same paragraph, and only its attribution
    between them (' "...," she said. "If the government has evidence ..." '), however long
    when it is one sentence naming the speaker (' "...," said X, an analyst at Y in Tunis.
    "Algiers needs ..." ')."""
    between = sp.text[last.end : start]
    if "\n\n" in between:
        return False
    words = WORD.findall(between)
    if len(words) <= GOES_ON_WORDS:
        return True
    clause = between.strip(" \t\n\"'«»“”‘’")
    surname = WORD.findall(last.speaker or "")[-1:]
    return (
        len(words) <= GOES_ON_CLAUSE_WORDS
        and bool(surname)
        and surname[0] in words
        and SENTENCE_END.search(clause[:-1]) is None
    )


def _embedded(sp: Speakers, doc_id: str) -> list[Quote]:
    """Social media posts pasted with their byline ("— Name (@handle) March 27, 2024")."""
    quotes = []
    for m in EMBED_RE.finditer(sp.text):
        before = sp.text[: m.start()].rstrip()
        para_start = before.rfind("\n\n") + 2 if "\n\n" in before else 0
        text = before[para_start:]
        if len(text.split()) < MIN_WORDS:
            continue
        mention = sp.mention_at(m.start("name"), m.end("name"))
        name = mention.name if mention else m.group("name").strip()
        quotes.append(
            Quote(
                doc_id,
                "body",
                para_start,
                para_start + len(text),
                text,
                name,
                mention.entity if mention else None,
                "embedded",
                m.group(0).strip(),
            )
        )
    return quotes


def _indirect(sp: Speakers, doc_id: str) -> list[Quote]:
    """Reported speech: "X a affirmé que …", "selon X, …", "…, rapporte la présidence russe."."""
    quotes = []
    for sent in sp.sents:
        s0, text = sent.start_char, sp.folded[sent.start_char : sent.end_char]
        if any(q < sent.end_char and s0 < e for q, e in sp.quotes):
            continue
        found = _indirect_in(sp, s0, text)
        if found:
            start, end, mention, cue = found
            words = sp.text[start:end]
            if mention is not None and len(words.split()) >= MIN_WORDS:
                quotes.append(
                    Quote(doc_id, "body", start, end, words, mention.name, mention.entity, "indirect", cue)
                )
    return quotes


def _indirect_in(sp: Speakers, s0: int, text: str) -> tuple[int, int, Mention | None, str] | None:
    end = s0 + len(text.rstrip().rstrip(".!?"))
    that = sp.lex.that_clause.search(text)
    if that:
        subject = _named_before_verb(sp, s0, s0 + that.start())
        if subject is None and re.match(r"\s*(?:il|elle|he|she)\b", text):
            subject = sp.subject_before(s0)
        return s0 + that.end(), end, subject, that.group("verb")
    according = sp.lex.according.match(text)
    comma = text.find(",")
    if according and comma > 0:
        return (
            s0 + comma + 1 + (len(text[comma + 1 :]) - len(text[comma + 1 :].lstrip())),
            end,
            sp.named(s0 + according.end(), comma - according.end() + 1),
            text[: according.end()].strip(),
        )
    incise = sp.lex.incise.search(text)
    if incise:
        who = sp.named(s0 + incise.start("who"), len(incise.group("who")))
        return s0, s0 + incise.start(), who, incise.group("verb")
    return None


def find_quotes(body: Doc, doc_id: str, mentions: list[Mention], lang: str) -> list[Quote]:
    """Direct quotes, embedded posts and reported speech in the body, each with its speaker."""
    del lang  # speech_verbs.yaml holds every language's cues; folded matching needs no switch
    spans = [(m.start(), m.end()) for m in QUOTE_RE.finditer(text_of(body))]
    sp = Speakers(body, mentions, spans)
    found = _direct(sp, doc_id) + _embedded(sp, doc_id) + _indirect(sp, doc_id)
    return sorted(found, key=lambda q: q.start)
