import { vocab } from './vocab.js';

// Titles and roles that stand before or after a person's name ("ministry spokesman Guo Jiakun",
// "Hun Manet, the prime minister"), one per line, lower case, with tags:
//   title    a word that marks the name next to it as a person's ("Mr.", "striker", "President")
//   office   an office in a state, a party, an army, a court or an organisation: its holder is an
//            official (a singer or a striker is a person with a role)
//   head     the head or voice of an organisation: a bare "Governor" is the governor of the
//            organisation named just before
//   address  a form of address, not an office ("Dr.", "Mr.")
// A title is never part of the PERSON span.
const ENTRIES = vocab(`
president         title office
vice-president    title office
premier           title office
chancellor        title office
minister          title office
secretary         title office
spokesman         title office head
spokeswoman       title office head
spokesperson      title office head
ambassador        title office
envoy             title office
governor          title office head
mayor             title office
senator           title office
congressman       title office
congresswoman     title office
representative    title office
lawmaker          title office
legislator        title office
judge             title office
justice           title office
prosecutor        title office
attorney          title office
lawyer            title
general           title office
admiral           title office
colonel           title office
commander         title office
captain           title
lieutenant        title
major             title
sergeant          title
officer           title
chief             title office head
director          title office head
chairman          title office head
chairwoman        title office head
chair             title office head
ceo               title office head
cfo               title office
founder           title
co-founder        title
executive         title
president-elect   title office
king              title office
queen             title office
prince            title office
princess          title office
emperor           title office
pope              title office
cardinal          title
bishop            title
archbishop        title
rabbi             title
imam              title
sheikh            title
leader            title office
head              title office head
coach             title
manager           title
striker           title
midfielder        title
defender          title
goalkeeper        title
quarterback       title
pitcher           title
player            title
referee           title
professor         title
dr                title address
doctor            title
scientist         title
researcher        title
analyst           title
economist         title
author            title
writer            title
journalist        title
reporter          title
editor            title
correspondent     title
columnist         title
actor             title
actress           title
singer            title
artist            title
producer          title
rapper            title
musician          title
candidate         title
nominee           title
adviser           title
advisor           title
aide              title
official          title office
officials         title
diplomat          title office
mr                title address
mrs               title address
ms                title address
miss              title address
sir               title address
dame              title address
lord              title address
lady              title address
sen               title office
rep               title office
gov               title
gen               title office
col               title office
lt                title
sgt               title
capt              title
cmdr              title
adm               title
supt              title
insp              title
det               title
secretary-general office head
commissioner      office head
sheriff           office
deputy            office
mp                office
councillor        office
councilor         office
governor-general  office
prof              address
rev               address
`).map((line) => {
  const [word, ...tags] = line.split(/\s+/);
  return { word, tags };
});

const withTag = (tag: string): string[] => ENTRIES.filter((e) => e.tags.includes(tag)).map((e) => e.word);

export const TITLE_WORDS: string[] = withTag('title');
export const OFFICE_WORDS: string[] = withTag('office');
export const HEAD_WORDS: string[] = withTag('head');
export const ADDRESS_WORDS: string[] = withTag('address');

/** Words that, after or before a title, name its scope and belong to it ("foreign minister", "prime minister"). */
export const TITLE_MODIFIERS = vocab(`
prime
foreign
defence
defense
finance
interior
deputy
vice
acting
former
chief
general
state
attorney
assistant
senior
junior
executive
managing
ministry
government
police
military
party
press
u.s.
us
federal
national
regional
head
staff
contributing
special
political
economics
business
sports
science
health
technology
white house
foreign affairs
`);
