// The record that `briefcli parse` prints, defined once: the TypeScript types (types.ts) and the
// JSON Schema (`briefcli schema`, and the check `stats --from-records` makes) both come from here.
import { Type, type Static, type TSchema } from '@sinclair/typebox';

const Nullable = <T extends TSchema>(schema: T, description?: string) =>
  Type.Union([schema, Type.Null()], description ? { description } : {});
const NullableString = (description?: string) => Nullable(Type.String(), description);
const Offset = (description?: string) => Type.Integer({ minimum: 0, ...(description ? { description } : {}) });
const Count = Type.Integer({ minimum: 0 });
const CountryCode = (description?: string) =>
  Type.String({ pattern: '^[A-Z]{2}$', ...(description ? { description } : {}) });

export const MentionTypeSchema = Type.Union([
  Type.Literal('PERSON'),
  Type.Literal('PLACE'),
  Type.Literal('ORG'),
  Type.Literal('NORP'),
  Type.Literal('DATE'),
  Type.Literal('TIME'),
  Type.Literal('DURATION'),
  Type.Literal('SET'),
]);

export const MentionSchema = Type.Object(
  {
    type: MentionTypeSchema,
    text: Type.String({ description: 'Equals input.slice(start, end).' }),
    start: Offset('JavaScript string index into the input text.'),
    end: Offset(),
    value: Type.Optional(Type.String({ description: 'ISO 8601 / TimeML value of a DATE, TIME, DURATION or SET.' })),
    country: Type.Optional(CountryCode('ISO 3166-1 alpha-2 code of a country, nationality or capital.')),
    yearInferred: Type.Optional(
      Type.Boolean({ description: 'For dates: a part of the value (the year) came from the reference date.' }),
    ),
    rule: Type.Optional(Type.String({ description: 'The rule that found the mention.' })),
  },
  { additionalProperties: false },
);

const SECTORS = [
  'government',
  'legislature',
  'judiciary',
  'military',
  'party',
  'international',
  'business',
  'sport',
  'religion',
  'academia',
  'civil society',
] as const;

export const PersonSchema = Type.Object(
  {
    name: Type.String({ description: 'The fullest form of the name the text uses.' }),
    title: NullableString('The role words as written ("Foreign Minister", "Gov."), without "former" or "acting".'),
    role: NullableString('The title spelt out in lower case ("Gov." → "governor", "CEO" → "chief executive officer").'),
    organization: NullableString('The body the role is held in, as written; null when the text names none.'),
    country: NullableString('ISO 3166-1 alpha-2 code of the country the person serves or represents.'),
    sector: Type.Union([...SECTORS.map((s) => Type.Literal(s)), Type.Null()], {
      description:
        'Where the role is held: government, legislature, judiciary, military, party, international, business, sport, religion, academia, civil society.',
    }),
    former: Type.Boolean({ description: 'The text gives the role as held before ("former", "then").' }),
    acting: Type.Boolean({ description: 'The text gives the role as held for now ("acting", "interim").' }),
    mentions: Type.Integer({ minimum: 1 }),
    spans: Type.Array(
      Type.Object(
        { start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 0 }) },
        { additionalProperties: false },
      ),
      { description: 'Every mention of the person, later surname-only ones included (JavaScript string indices).' },
    ),
  },
  { additionalProperties: false },
);

const CountrySchema = Type.Object(
  { name: Type.String(), code: CountryCode(), mentions: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
const OrganizationSchema = Type.Object(
  { name: Type.String(), country: NullableString(), mentions: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
const PlaceSchema = Type.Object(
  {
    name: Type.String(),
    kind: Type.Union([Type.Literal('country'), Type.Literal('city'), Type.Literal('region'), Type.Literal('place')]),
    country: NullableString(),
    mentions: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
const DateEntitySchema = Type.Object(
  {
    text: Type.String(),
    value: Type.String(),
    type: Type.Union([Type.Literal('DATE'), Type.Literal('TIME'), Type.Literal('DURATION'), Type.Literal('SET')]),
    yearInferred: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const TimestampSchema = Type.Object(
  {
    value: Type.String({ description: 'ISO 8601: "2024-03-05", or "2024-03-05T10:42" with a time.' }),
    precision: Type.Union([Type.Literal('year'), Type.Literal('month'), Type.Literal('day'), Type.Literal('minute')]),
    utcOffset: NullableString('"+01:00" when the page names a time zone.'),
    ambiguous: Type.Boolean({
      description: 'The page leaves day and month order open ("03/04/2024"); the value reads it month first.',
    }),
  },
  { additionalProperties: false },
);

export const FieldSourceSchema = Type.Object(
  {
    start: Offset(),
    end: Offset(),
    rule: Type.String(),
    confidence: Type.Number({ minimum: 0, maximum: 1 }),
    alternatives: Type.Array(
      Type.Object(
        { start: Type.Integer(), end: Type.Integer(), text: Type.String(), score: Type.Number() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

const SectionSchema = Type.Object(
  { label: Type.String(), heading: NullableString(), paragraphs: Type.Array(Type.String()) },
  { additionalProperties: false },
);
const QuoteSchema = Type.Object(
  { text: Type.String(), speaker: NullableString(), start: Offset(), end: Offset() },
  { additionalProperties: false },
);
const RemovedSchema = Type.Object(
  { text: Type.String(), reason: Type.String(), start: Offset(), end: Offset() },
  { additionalProperties: false },
);
const StatsSchema = Type.Object(
  { words: Count, sentences: Count, paragraphs: Count, readingMinutes: Count },
  { additionalProperties: false },
);

export const ArticleRecordSchema = Type.Object(
  {
    id: Type.String({ description: 'The input path, or the id given in JSONL input.' }),
    language: Type.String({ description: 'ISO 639-1 code of the text\'s language, or "und" when it cannot be told.' }),
    title: NullableString(),
    kicker: NullableString("A tag or kicker line near the byline, such as 'Strategic Insight'."),
    summary: NullableString('The dek or standfirst, else the lede paragraph.'),
    byline: NullableString(),
    authors: Type.Array(Type.String(), { description: "The byline's people, one name each." }),
    agency: NullableString('The news agency that signed a wire story ("Reuters" from "(Reuters) —").'),
    dateline: Nullable(
      Type.Object({ place: NullableString(), date: NullableString() }, { additionalProperties: false }),
      'Where and when the story was filed.',
    ),
    publisher: NullableString(),
    published: NullableString('ISO date the article states it was published.'),
    updated: NullableString('ISO date of an "Updated …" line, kept apart from published.'),
    timestamps: Type.Object(
      { published: Nullable(TimestampSchema), updated: Nullable(TimestampSchema) },
      {
        additionalProperties: false,
        description:
          'Both dates with precision (year, month, day, minute), UTC offset when the page names a zone, and day-month ambiguity.',
      },
    ),
    refDate: Type.Object(
      {
        value: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
        source: Type.Union([
          Type.Literal('input'),
          Type.Literal('published'),
          Type.Literal('stated'),
          Type.Literal('page'),
          Type.Literal('option'),
          Type.Literal('today'),
        ]),
      },
      { additionalProperties: false, description: 'The date relative expressions were resolved against, and why.' },
    ),
    keyTakeaways: Type.Array(Type.String()),
    sections: Type.Array(SectionSchema),
    body: Type.String({ description: 'The body paragraphs joined by blank lines.' }),
    paragraphs: Type.Array(Type.String()),
    images: Type.Array(Type.String(), { description: 'Captions and credits.' }),
    quotes: Type.Array(QuoteSchema),
    removed: Type.Array(RemovedSchema),
    stats: StatsSchema,
    keywords: Type.Array(Type.String()),
    entities: Type.Object(
      {
        countries: Type.Array(CountrySchema),
        officials: Type.Array(PersonSchema),
        people: Type.Array(PersonSchema),
        organizations: Type.Array(OrganizationSchema),
        places: Type.Array(PlaceSchema),
        dates: Type.Array(DateEntitySchema),
      },
      { additionalProperties: false },
    ),
    mentions: Type.Array(MentionSchema),
    provenance: Type.Record(Type.String(), FieldSourceSchema, {
      description:
        'For title, summary, byline, publisher, published, keyTakeaways, sections and body: input offsets, rule, confidence and the candidates it beat.',
    }),
    warnings: Type.Array(Type.String()),
    quality: Type.Object(
      {
        score: Type.Number({ minimum: 0, maximum: 1 }),
        label: Type.Union([Type.Literal('high'), Type.Literal('medium'), Type.Literal('low')]),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export const ErrorRecordSchema = Type.Object(
  { id: Type.String(), error: Type.String() },
  { additionalProperties: false },
);

/** What `briefcli schema` prints: a record, or the error record of an input that failed. */
export const OutputRecordSchema = Type.Union([ArticleRecordSchema, ErrorRecordSchema], {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://briefcli.invalid/schema/article-record.json',
  title: 'briefcli ArticleRecord',
  description:
    'One parsed article, as `briefcli parse` prints it. An input that could not be parsed gives an error record {id, error} instead.',
});

export type ArticleRecord = Static<typeof ArticleRecordSchema>;
export type ErrorRecord = Static<typeof ErrorRecordSchema>;
export type Mention = Static<typeof MentionSchema>;
export type MentionType = Static<typeof MentionTypeSchema>;
export type Person = Static<typeof PersonSchema>;
export type Country = Static<typeof CountrySchema>;
export type Organization = Static<typeof OrganizationSchema>;
export type Place = Static<typeof PlaceSchema>;
export type DateEntity = Static<typeof DateEntitySchema>;
export type Entities = ArticleRecord['entities'];
export type Section = Static<typeof SectionSchema>;
export type Quote = Static<typeof QuoteSchema>;
export type Removed = Static<typeof RemovedSchema>;
export type Stats = Static<typeof StatsSchema>;
export type Timestamp = Static<typeof TimestampSchema>;
export type FieldSource = Static<typeof FieldSourceSchema>;
