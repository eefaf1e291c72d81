#!/usr/bin/env node
// Builds data/gazetteer-index.json from the raw data files, with the same code briefcli would run
// (dist/entities/gazetteer.js, so run after tsc): start-up then only loads the finished index.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildGazetteerIndex } from '../dist/entities/gazetteer.js';

const read = (name) => JSON.parse(readFileSync(new URL(`../data/${name}.json`, import.meta.url), 'utf8'));
const index = buildGazetteerIndex(read('gazetteer'), read('lexicon'));
writeFileSync(new URL('../data/gazetteer-index.json', import.meta.url), JSON.stringify(index));
console.error(`gazetteer index: ${index.entries.length} names`);
