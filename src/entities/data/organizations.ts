// Organisation knowledge as data: the head words that make a capitalised name an organisation,
// international bodies with their acronyms, and the government bodies named by a country.

/** A capitalised name containing one of these words is an organisation ("Bank of Japan", "Acme Corp"). */
export const ORG_HEADS = new Set(
  ('Ministry Ministries Department Agency Agencies Commission Committee Council Court Tribunal Parliament Congress Senate Assembly ' +
    'Party Union Federation Association Institute Institution University College School Academy Foundation Fund Trust ' +
    'Bank Corp Corporation Inc Incorporated Ltd Limited LLC PLC Plc Co Company Companies Group Holdings Industries Enterprises ' +
    'Airlines Airways Motors Systems Technologies Communications Pharmaceuticals Electric Energy Petroleum Oil Telecom ' +
    'Club FC League Army Navy Force Forces Guard Police Service Services Office Bureau Board Authority Administration ' +
    'Organization Organisation Society Times Post Journal News Herald Tribune Gazette Press Radio Television TV Network ' +
    'Partnership Exchange Reserve Treasury Cabinet Government Mission Embassy Consulate Movement Front Alliance Coalition Brigade Brigades ' +
    'Church Hospital Orchestra Studios Records Entertainment Media Capital Partners Securities Investments Insurance Bancorp Centers Prevention Conference Society Legion Corps Institute Observatory Laboratory Laboratories Council Ministry Magazine Weekly Daily Monthly Review Channel Games Team ' +
    'Newsroom BV NV AG SA SpA GmbH AB ASA Oy KK Bhd Pty Tbk Re ' +
    // The same heads in the languages news names organisations in.
    'Instituto Istituto Institut Universidad Universität Università Université Universiteit Escola Escuela Colegio Liceo Gymnasium ' +
    'Banco Banca Banque Partido Partito Parti Partei Ministerio Ministero Ministère Ministerium Movimento Movimiento Fundación Fundação Stiftung ' +
    'Associazione Asociación Gesellschaft Verein Konzern Groupe Grupo Gruppo Compagnie Compañía Companhia Società Sociedad').split(/\s+/),
);

/** A company's legal form, the last word of its full name ("Biogen Inc", "Barrick Gold Corp", "Ruch SA"). */
export const LEGAL_FORMS = new Set(
  'Inc Incorporated Corp Corporation Co Company Ltd Limited LLC PLC Plc Group Holdings AG SA NV BV GmbH SpA AB ASA Oy KK Bhd Pty Tbk'.split(
    ' ',
  ),
);

/**
 * Heads that, after "the" alone, describe a body the story named before ("The Ministry had given
 * the companies until Friday", "the company said"): no name. Left out: heads that make a name with
 * "the" ("The Times", "The Senate", "The Army").
 */
export const DESCRIBING_HEADS = new Set(
  'ministry department agency commission committee council company corporation bank party board authority bureau office group firm'.split(
    ' ',
  ),
);

/** International bodies and agencies news cites by acronym: the acronym is an ORG wherever it stands. */
export const KNOWN_ORGS: Record<string, string> = {
  UN: 'United Nations', 'U.N.': 'United Nations', NATO: 'NATO', EU: 'European Union', 'E.U.': 'European Union', ASEAN: 'ASEAN',
  WHO: 'World Health Organization', IMF: 'International Monetary Fund', WTO: 'World Trade Organization', OPEC: 'OPEC',
  FIFA: 'FIFA', UEFA: 'UEFA', IOC: 'International Olympic Committee', UNESCO: 'UNESCO', UNICEF: 'UNICEF', UNHCR: 'UNHCR',
  OECD: 'OECD', OSCE: 'OSCE', 'African Union': 'African Union', AU: 'African Union', 'World Bank': 'World Bank',
  'Red Cross': 'Red Cross', Interpol: 'Interpol', FBI: 'FBI', CIA: 'CIA', NSA: 'NSA', NASA: 'NASA', FDA: 'FDA', SEC: 'SEC',
  EPA: 'EPA', Pentagon: 'Pentagon', Kremlin: 'Kremlin', Reuters: 'Reuters', AP: 'Associated Press',
  AFP: 'Agence France-Presse', BBC: 'BBC', CNN: 'CNN', Xinhua: 'Xinhua', Taliban: 'Taliban', Hamas: 'Hamas', Hezbollah: 'Hezbollah',
  'Al Qaeda': 'Al Qaeda', 'al-Qaeda': 'al-Qaeda', PLO: 'PLO', IRA: 'IRA', ANC: 'ANC', GOP: 'Republican Party',
  Nasdaq: 'Nasdaq', NYSE: 'NYSE', 'Wall Street': 'Wall Street', Google: 'Google', Microsoft: 'Microsoft', Apple: 'Apple',
  Facebook: 'Facebook', Twitter: 'Twitter', Amazon: 'Amazon', Wikinews: 'Wikinews', Wikipedia: 'Wikipedia',
  'Security Council': 'UN Security Council', 'General Assembly': 'UN General Assembly', 'European Commission': 'European Commission',
  'European Parliament': 'European Parliament', 'Federal Reserve': 'Federal Reserve', Fed: 'Federal Reserve', 'Supreme Court': 'Supreme Court',
  Congress: 'Congress', Senate: 'Senate', Parliament: 'Parliament', Labour: 'Labour Party', Conservatives: 'Conservative Party',
  Tories: 'Conservative Party', Democrats: 'Democratic Party', Republicans: 'Republican Party', 'Associated Press': 'Associated Press',
  // Newspapers and broadcasters cited by name.
  'The Guardian': 'The Guardian', 'The Times': 'The Times', 'New York Times': 'The New York Times', 'Washington Post': 'The Washington Post',
  'Wall Street Journal': 'The Wall Street Journal', 'Financial Times': 'Financial Times', 'The Economist': 'The Economist', 'Le Monde': 'Le Monde',
  'Der Spiegel': 'Der Spiegel', 'Al Jazeera': 'Al Jazeera', 'Sky News': 'Sky News', 'Fox News': 'Fox News', 'NPR': 'NPR', 'PBS': 'PBS',
  'Getty Images': 'Getty Images', Shutterstock: 'Shutterstock', iStock: 'iStock', Alamy: 'Alamy', 'Associated Press Images': 'AP Images',
  Bundesbank: 'Bundesbank', Bundestag: 'Bundestag', Knesset: 'Knesset', Duma: 'Duma', Politburo: 'Politburo', Vatican: 'Vatican',
};

/** Lower-case government bodies named through their country: "China's foreign ministry", "the Chinese embassy". */
export const GOVERNMENT_BODIES = /^(?:(?:foreign|defen[cs]e|finance|interior|justice|health|education|trade|commerce|economy|agriculture|environment|culture|information|home|public security|state security) ministry|ministry of \w+(?: \w+)?|embassy|consulate|government|cabinet|parliament|army|navy|air force|armed forces|military|police|central bank|foreign office|state department|presidency)$/u;

/** A capitalised name ending in one of these words is a place ("Main Street", "Grand Ethiopian Renaissance Dam"). */
export const PLACE_HEADS = new Set(
  ('Street St Avenue Ave Road Rd Boulevard Blvd Lane Drive Square Plaza Park Bridge Highway Motorway Freeway Dam Canal ' +
    'River Lake Sea Ocean Bay Gulf Isle Strait Island Islands Peninsula Mountain Mountains Mount Mt Hill Hills Valley Desert Forest Coast Beach ' +
    'Airport Station Port Harbour Harbor Stadium Arena Palace Castle Tower Towers Mosque Temple Square Province County Region State Territory ' +
    'Center Centre Cave Ground Grounds Hall Oval Park Gardens Zoo Hotel Prison Camp Memorial Monument Resort Bridge Cathedral Chapel Abbey Basilica ' +
    'City Town Village').split(/\s+/),
);

/**
 * Common nouns that say a name is an organisation when they stand right before it ("Turkish club
 * Galatasaray", "the medical charity Medecins sans Frontieres", "journal Nature Climate Change")
 * or right after it ("Interfax news agency", "the Tychy brewers").
 */
export const ORG_NOUNS = new Set(
  ('club team side bank company firm group agency charity party brewer brewers brokerage journal newspaper paper magazine tabloid ' +
    'carrier airline insurer retailer maker manufacturer producer university college school broadcaster network channel union band label ' +
    'publisher studio developer operator giant conglomerate unit subsidiary rival rivals automaker carmaker chipmaker miner lender ' +
    'outlet website site station organisation organization association federation foundation institute consortium coalition movement').split(/\s+/),
);
