import { vocab } from './vocab.js';

// Offices and roles that make a named person an official (OFFICIALS.md's definition: an office,
// role or position in a government, legislature, court, army, party, international body,
// company, union, club, NGO, church or university). One head word per line, lower case, with the
// sector its holder usually serves in (the organisation named with the role can override it:
// "president" of a company is business), and "voice" for the roles that head or speak for a body.
// Plural forms are derived ("Presidents X and Y").
//
// Left out on purpose, as the conventions exclude them: playing roles (striker, captain),
// performers and authors, journalists (bylines), candidates and nominees, students, royal ranks
// other than a reigning monarch (prince, princess), and people named only as "politician",
// "activist" or "supporter". Tried: "representative" alone (a representative of a firm is not an
// office) is taken only as "Rep." or with "trade"/"house" before it (see ROLE_PHRASES).
export type Sector =
  | 'government'
  | 'legislature'
  | 'judiciary'
  | 'military'
  | 'party'
  | 'international'
  | 'business'
  | 'sport'
  | 'religion'
  | 'academia'
  | 'civil society';

const HEADS = vocab(`
president          government
vice-president     government
president-elect    government
premier            government
chancellor         government
minister           government
secretary          government
undersecretary     government
under-secretary    government
secretary-general  international  voice
spokesman          government  voice
spokeswoman        government  voice
spokesperson       government  voice
ambassador         government
envoy              government
diplomat           government
governor           government  voice
governor-general   government
mayor              government
councillor         government
councilor          government
alderman           government
commissioner       government  voice
official           government
adviser            government
advisor            government
aide               government
counsel            government
negotiator         government
administrator      government
treasurer          government
sheriff            government
superintendent     government
inspector          government
king               government
queen              government
emperor            government
monarch            government
senator            legislature
congressman        legislature
congresswoman      legislature
lawmaker           legislature
legislator         legislature
parliamentarian    legislature
mp                 legislature
speaker            legislature
judge              judiciary
justice            judiciary
magistrate         judiciary
prosecutor         judiciary
attorney-general   judiciary
general            military
admiral            military
colonel            military
commander          military
lieutenant         military
brigadier          military
marshal            military
leader             party
chairman           business  voice
chairwoman         business  voice
chairperson        business  voice
chair              business  voice
ceo                business  voice
cfo                business
coo                business
cto                business
executive          business
director           business  voice
head               business  voice
chief              business  voice
manager            business
officer            business
founder            business
co-founder         business
cofounder          business
owner              business
partner            business
economist          business
analyst            business
strategist         business
publisher          business
coach              sport
referee            sport
umpire             sport
pope               religion
bishop             religion
archbishop         religion
cardinal           religion
rabbi              religion
imam               religion
pastor             religion
priest             religion
vicar              religion
professor          academia
lecturer           academia
dean               academia
provost            academia
rector             academia
researcher         academia
scientist          academia
fellow             academia
curator            academia
campaigner         civil society
`).map((line) => {
  const [word, ...rest] = line.split(/\s+/);
  const voice = rest.at(-1) === 'voice';
  return { word, sector: (voice ? rest.slice(0, -1) : rest).join(' ') as Sector, voice };
});

/** Each role's head word and its usual sector. */
export const ROLE_HEADS: ReadonlyMap<string, Sector> = new Map(HEADS.map((h) => [h.word, h.sector]));

/**
 * Roles that head or speak for a body ("voice" above): a bare "Governor" or "spokesman" is the
 * governor or spokesman of the body the paragraph has just named.
 */
export const VOICE_ROLES: ReadonlySet<string> = new Set(HEADS.filter((h) => h.voice).map((h) => h.word));

/** Abbreviated titles as written before a name, the word they stand for and its sector ("Gov." → governor). */
export const ROLE_ABBREVIATIONS: ReadonlyMap<string, { word: string; sector: Sector }> = new Map(
  vocab(`
gov        governor         government
sen        senator          legislature
rep        representative   legislature
gen        general          military
lt         lieutenant       military
col        colonel          military
adm        admiral          military
cmdr       commander        military
amb        ambassador       government
pres       president        government
supt       superintendent   government
insp       inspector        government
`).map((l) => {
    const [abbr, word, sector] = l.split(/\s+/);
    return [abbr, { word, sector: sector as Sector }];
  }),
);

/**
 * Words that stand before a role's head and belong to the title ("Prime Minister", "chief
 * executive", "police commissioner", "senior fellow", "inquiry head"). Written in lower case;
 * a capitalised word directly before a capitalised head is taken too ("Public Service Minister").
 */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(
  vocab(`
prime
deputy
vice
assistant
associate
senior
junior
chief
executive
general
principal
managing
foreign
interior
home
finance
defence
defense
justice
trade
health
education
energy
state
special
first
shadow
public
information
press
police
military
ministry
party
opposition
national
federal
regional
district
city
county
security
tour
team
match
club
head
lead
founding
political
affairs
economic
research
policy
communications
operating
financial
technology
marketing
sales
strategy
development
programme
program
staff
union
council
cabinet
inquiry
commission
committee
# "former", "acting" and "then" are read as flags of the title, not part of it (see FLAGS).
former
acting
then
interim
outgoing
`),
);

/** Words before a role that say how it is held; the title leaves them out ("former Prime Minister"). */
export const ROLE_FLAGS = { former: ['former', 'then', 'ex', 'outgoing'], acting: ['acting', 'interim'] } as const;

/** Roles named in two words whose second word is no head alone ("Trade Representative", "House Representative"). */
export const ROLE_PHRASES: ReadonlyMap<string, Sector> = new Map([
  ['trade representative', 'government'],
  ['state representative', 'legislature'],
  ['house representative', 'legislature'],
  ['attorney general', 'judiciary'],
  ['district attorney', 'judiciary'],
  ['secretary general', 'international'],
  ['general secretary', 'party'],
  ['political scientist', 'academia'],
]);

/**
 * Roles that are not offices: the holder is a person with a role, not an official. A title
 * with one of these as its head makes no official, whatever stands before it.
 */
export const NOT_OFFICES: ReadonlySet<string> = new Set(
  vocab(`
prince       # a royal rank, not a reigning monarch
princess
duke
duchess
candidate    # candidates and nominees hold no office yet
nominee
challenger
captain      # a playing role in sport
player
striker
midfielder
defender
goalkeeper
activist
supporter
politician
student
`),
);

/**
 * Organisation words that set the sector of the role held in them, whatever its head word says:
 * a "president" of a university is academia, of a company business. Checked in order.
 */
export const SECTOR_BY_ORGANIZATION: ReadonlyArray<readonly [RegExp, Sector]> = [
  // A central bank is the state's, though it is a bank.
  [/\b(?:Reserve Bank|Central Bank|Federal Reserve|Bundesbank|Monetary Authority)\b/i, 'government'],
  [/\b(?:United Nations|U\.?N\.?|IMF|International Monetary Fund|World Bank|NATO|European (?:Union|Commission)|WHO|OPEC|WTO|Interpol|Red Cross)\b/, 'international'],
  [/\b(?:University|College|Institute|School|Academy|Museum|Laboratory|Lab)\b/, 'academia'],
  [/\b(?:Party|Labour|Labor|Democrats?|Republicans?|Conservatives?|Liberal)\b/, 'party'],
  [/\b(?:Church|Diocese|Episcopal|Vatican|Synod|Mosque|Temple)\b/, 'religion'],
  [/\b(?:FC|Football|Soccer|Rugby|Cricket|Olympic|Athletic|League|Club|Team)\b/, 'sport'],
  [/\b(?:Union|Council|Foundation|Society|Association|Alliance|Trust|Charity|Forum|Campaign)\b/, 'civil society'],
  [/\b(?:Senate|House|Parliament|Congress|Assembly|Legislature)\b/, 'legislature'],
  [/\b(?:Court|Tribunal)\b/, 'judiciary'],
  [/\b(?:Army|Navy|Air Force|Marines|Military|Command)\b/, 'military'],
  [/\b(?:Ministry|Department|Office|Agency|Government|Police|Municipality|Commission|Administration|Authority|White House|Kremlin)\b/, 'government'],
  [/\b(?:region|province|state|county|municipality|city council|government|ministry|police)\b/, 'government'],
  [/\b(?:Inc|Corp|Co|Ltd|LLC|plc|AG|SA|Group|Holdings|Bank|Company|Corporation|Airlines|Motors)\b\.?/, 'business'],
];

/** Title words that place a role in a sector whatever its head: "police chief", "inquiry head", "team coach". */
export const SECTOR_BY_TITLE: ReadonlyArray<readonly [RegExp, Sector]> = [
  [/\b(?:police|inquiry|ministry|government|cabinet|federal|public|foreign|interior|defen[cs]e|treasury|trade|state)\b/i, 'government'],
  [/\b(?:party|opposition|shadow)\b/i, 'party'],
  [/\b(?:team|match|club|tour)\b/i, 'sport'],
  [/\b(?:company|firm|corporate)\b/i, 'business'],
];

/** Roles whose holder serves a state: their country comes from the story when no other source names it. */
export const STATE_SECTORS: ReadonlySet<Sector> = new Set(['government', 'legislature', 'judiciary', 'military']);

/**
 * Seats of government that stand for their country's government ("a White House spokesman",
 * "the Kremlin said"): a story that names one is about that country's officials.
 */
export const GOVERNMENT_SEATS: ReadonlyMap<string, string> = new Map(
  vocab(`
White House       US
Pentagon          US
Capitol Hill      US
State Department  US
Kremlin           RU
Downing Street    GB
Whitehall         GB
Elysee            FR
Élysée            FR
Zhongnanhai       CN
Blue House        KR
`).map((l) => {
    const words = l.split(/\s+/);
    return [words.slice(0, -1).join(' '), words.at(-1)!];
  }),
);

/** Heads that make an official only with a body named ("economist at Harbor Analytics"), not alone ("talent manager"). */
export const NEEDS_ORGANIZATION: ReadonlySet<string> = new Set(
  vocab(`
manager
economist
analyst
strategist
partner
owner
publisher
executive
`),
);
