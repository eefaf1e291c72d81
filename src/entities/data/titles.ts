// Titles and roles that stand before or after a person's name ("ministry spokesman Guo Jiakun",
// "Hun Manet, the prime minister"). A title is not part of the PERSON span.

export const TITLE_WORDS = new Set(
  ('president vice-president premier chancellor minister secretary spokesman spokeswoman spokesperson ambassador envoy ' +
    'governor mayor senator congressman congresswoman representative lawmaker legislator judge justice prosecutor attorney lawyer ' +
    'general admiral colonel commander captain lieutenant major sergeant officer chief director chairman chairwoman chair ' +
    'ceo cfo founder co-founder executive president-elect king queen prince princess emperor pope cardinal bishop archbishop rabbi imam sheikh ' +
    'leader head coach manager striker midfielder defender goalkeeper quarterback pitcher player captain referee ' +
    'professor dr doctor scientist researcher analyst economist author writer journalist reporter editor correspondent columnist ' +
    'actor actress singer artist director producer rapper musician candidate nominee adviser advisor aide official officials diplomat ' +
    'mr mrs ms miss sir dame lord lady sen rep gov gen col lt sgt capt cmdr adm supt insp det').split(/\s+/),
);

/** Words that, after a title, name its scope and belong to the title ("foreign minister", "prime minister"). */
export const TITLE_MODIFIERS = /^(?:prime|foreign|defen[cs]e|finance|interior|deputy|vice|acting|former|chief|general|state|attorney|assistant|senior|junior|executive|managing|ministry|government|police|military|party|white house|press|u\.s\.|us|federal|national|regional|head|staff|contributing|special|political|economics|business|sports|science|health|technology|foreign affairs)$/iu;

/** Verbs of saying: "…, Guo said" makes "Guo" a person. */
export const REPORTING_VERBS = /^(?:said|says|say|told|tells|added|adds|stated|states|noted|notes|explained|explains|argued|argues|insisted|insists|warned|warns|announced|announces|wrote|writes|asked|asks|replied|replies|recalled|recalls|claimed|claims|declared|declares|acknowledged|admitted|confirmed|confirms|denied|denies|urged|urges|believes|believed|thinks|thought)$/u;

// Titles that name the head or voice of an organisation: "Governor Michele Bullock" of the
// central bank named just before.
export const HEAD_TITLES = /\b(?:governor|chairman|chairwoman|chair|ceo|director|head|chief|spokesman|spokeswoman|spokesperson|secretary-general|commissioner)$/i;

// Titles of an office in a state, a party, an army, a court or an organisation.
export const OFFICE = /\b(?:president|vice-president|president-elect|premier|chancellor|minister|secretary|secretary-general|spokes(?:man|woman|person)|ambassador|envoy|governor|mayor|senator|sen|congress(?:man|woman)|representative|rep|lawmaker|legislator|judge|justice|prosecutor|attorney|general|gen|admiral|colonel|col|commander|chief|director|chair(?:man|woman)?|ceo|cfo|king|queen|prince|princess|emperor|pope|leader|head|official|diplomat|commissioner|sheriff|deputy|mp|councillor|councilor|governor-general)\.?$/i;

// Forms of address, not offices: "Dr.", "Mr.".
export const FORMS_OF_ADDRESS = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|rev)\.?$/i;
