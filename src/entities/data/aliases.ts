// Country names that news writes but world-countries does not list (or lists only in capitals),
// and region names with their adjectives. Codes are ISO 3166-1 alpha-2.

export const COUNTRY_ALIASES: Record<string, string> = {
  'U.S.': 'US', 'U.S.A.': 'US', US: 'US', USA: 'US', America: 'US', 'the States': 'US',
  'U.K.': 'GB', UK: 'GB', Britain: 'GB', 'Great Britain': 'GB', England: 'GB', Scotland: 'GB', Wales: 'GB',
  'Northern Ireland': 'GB', UAE: 'AE', 'U.A.E.': 'AE', DRC: 'CD', Holland: 'NL', Burma: 'MM', 'Ivory Coast': 'CI',
  'Czech Republic': 'CZ', 'East Timor': 'TL', Swaziland: 'SZ', Macedonia: 'MK', 'South Korea': 'KR',
  'North Korea': 'KP', Korea: 'KR', Russia: 'RU', Vietnam: 'VN', Laos: 'LA', Syria: 'SY', Iran: 'IR',
  Taiwan: 'TW', Palestine: 'PS', 'Gaza': 'PS', 'West Bank': 'PS', 'Vatican': 'VA', 'Soviet Union': 'RU', USSR: 'RU',
  'Congo': 'CG', 'Zaire': 'CD', 'Yugoslavia': 'RS', 'Bosnia': 'BA', 'Hong Kong': 'HK', 'Macau': 'MO',
};

/** Demonyms the package lacks or spells differently ("British" is given as "Briton"). */
export const DEMONYM_ALIASES: Record<string, string> = {
  British: 'GB', English: 'GB', Scottish: 'GB', Welsh: 'GB', Briton: 'GB', Britons: 'GB', Dutch: 'NL',
  Soviet: 'RU', Korean: 'KR', 'South Korean': 'KR', 'North Korean': 'KP', Emirati: 'AE', Saudi: 'SA',
  Kurdish: 'IQ', Palestinian: 'PS', Taiwanese: 'TW', Filipino: 'PH', Swiss: 'CH', Czech: 'CZ', Thai: 'TH',
  Vietnamese: 'VN', Lao: 'LA', Burmese: 'MM', Israeli: 'IL', Iraqi: 'IQ', Afghan: 'AF', Yemeni: 'YE',
  Congolese: 'CD', Bosnian: 'BA', Serbian: 'RS', Croatian: 'HR', Slovak: 'SK', Kosovar: 'XK',
};

/** US states as AP style abbreviates them in datelines: "OAKLAND, N.J.", "TALLAHASSEE, Fla.". */
export const US_STATE_ABBREVIATIONS = [
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.', 'Md.', 'Mass.',
  'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.',
  'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.', 'D.C.',
];

export interface RegionEntry { name: string; forms: string[]; adjectives: string[] }

/** World regions as news names them, with the adjective forms ("Southeast Asian governments"). */
export const REGIONS: RegionEntry[] = [
  { name: 'Southeast Asia', forms: ['Southeast Asia', 'South-East Asia', 'South East Asia'], adjectives: ['Southeast Asian', 'South-East Asian'] },
  { name: 'East Asia', forms: ['East Asia'], adjectives: ['East Asian'] },
  { name: 'South Asia', forms: ['South Asia'], adjectives: ['South Asian'] },
  { name: 'Central Asia', forms: ['Central Asia'], adjectives: ['Central Asian'] },
  { name: 'Asia', forms: ['Asia'], adjectives: ['Asian'] },
  { name: 'Asia-Pacific', forms: ['Asia-Pacific', 'Asia Pacific'], adjectives: [] },
  { name: 'Middle East', forms: ['Middle East', 'Mideast'], adjectives: ['Middle Eastern'] },
  { name: 'Europe', forms: ['Europe'], adjectives: ['European'] },
  { name: 'Eastern Europe', forms: ['Eastern Europe'], adjectives: ['Eastern European'] },
  { name: 'Western Europe', forms: ['Western Europe'], adjectives: ['Western European'] },
  { name: 'Africa', forms: ['Africa'], adjectives: ['African'] },
  { name: 'North Africa', forms: ['North Africa'], adjectives: ['North African'] },
  { name: 'West Africa', forms: ['West Africa'], adjectives: ['West African'] },
  { name: 'East Africa', forms: ['East Africa'], adjectives: ['East African'] },
  { name: 'Sub-Saharan Africa', forms: ['Sub-Saharan Africa', 'sub-Saharan Africa'], adjectives: [] },
  { name: 'Latin America', forms: ['Latin America'], adjectives: ['Latin American'] },
  { name: 'South America', forms: ['South America'], adjectives: ['South American'] },
  { name: 'North America', forms: ['North America'], adjectives: ['North American'] },
  { name: 'Central America', forms: ['Central America'], adjectives: ['Central American'] },
  { name: 'Caribbean', forms: ['Caribbean', 'the Caribbean'], adjectives: [] },
  { name: 'West Indies', forms: ['West Indies'], adjectives: ['West Indian'] },
  { name: 'Central Africa', forms: ['Central Africa'], adjectives: ['Central African'] },
  { name: 'Southern Africa', forms: ['Southern Africa'], adjectives: [] },
  { name: 'Horn of Africa', forms: ['Horn of Africa'], adjectives: [] },
  { name: 'Persian Gulf', forms: ['Persian Gulf'], adjectives: [] },
  { name: 'Far East', forms: ['Far East'], adjectives: [] },
  { name: 'Baltic', forms: ['Baltics', 'Baltic states'], adjectives: [] },
  // Commonwealth of Independent States: annotated as a place ("CIS airports").
  { name: 'CIS', forms: ['CIS', 'Commonwealth of Independent States'], adjectives: [] },
  // A building that news names as a place ("the White House said"): CoNLL and GUM both do.
  { name: 'White House', forms: ['White House'], adjectives: [] },
  { name: 'Scandinavia', forms: ['Scandinavia'], adjectives: ['Scandinavian'] },
  { name: 'Balkans', forms: ['Balkans', 'the Balkans'], adjectives: ['Balkan'] },
  { name: 'Gulf', forms: ['Persian Gulf', 'Gulf'], adjectives: [] },
  { name: 'Pacific', forms: ['Pacific', 'Pacific Ocean'], adjectives: [] },
  { name: 'Atlantic', forms: ['Atlantic', 'Atlantic Ocean'], adjectives: [] },
  { name: 'Arctic', forms: ['Arctic'], adjectives: [] },
  { name: 'Antarctica', forms: ['Antarctica'], adjectives: [] },
  { name: 'Oceania', forms: ['Oceania'], adjectives: [] },
  { name: 'Mediterranean', forms: ['Mediterranean'], adjectives: [] },
  { name: 'Kashmir', forms: ['Kashmir'], adjectives: ['Kashmiri'] },
  { name: 'Siberia', forms: ['Siberia'], adjectives: ['Siberian'] },
];
