#!/usr/bin/env node
// Prints vitest's totals as one plain line, "N passed, N failed, N skipped", the closing line CI
// reads in any language.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file || !existsSync(file)) { console.log('0 passed, 1 failed'); process.exit(0); }
const r = JSON.parse(readFileSync(file, 'utf8'));
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
