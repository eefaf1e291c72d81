import { readFileSync } from 'node:fs';

// The compact data files that `npm run build` generates from maintained packages (see
// scripts/build-*.mjs). They sit in <root>/data, two folders up from both src/data and dist/data.
const cache = new Map<string, unknown>();

export function loadData<T>(name: string): T {
  let v = cache.get(name);
  if (!v) {
    const url = new URL(`../../data/${name}.json`, import.meta.url);
    try {
      v = JSON.parse(readFileSync(url, 'utf8'));
    } catch (e) {
      throw new Error(`briefcli: missing data file data/${name}.json (run "npm run build"): ${(e as Error).message}`);
    }
    cache.set(name, v);
  }
  return v as T;
}

/**
 * A trained model's text (models/<name>.json, committed, written by `npm run train`), or null
 * when there is none. Read from this module so the path is right from src/, dist/ and the bundle
 * alike: all three sit two folders below the project's root.
 */
export function readModel(name: string): string | null {
  try {
    return readFileSync(new URL(`../../models/${name}.json`, import.meta.url), 'utf8');
  } catch {
    return null;
  }
}

/** A trained model's bytes (models/<file>, committed, written by `npm run train`), or null when there is none. */
export function readModelBytes(file: string): Buffer | null {
  try {
    return readFileSync(new URL(`../../models/${file}`, import.meta.url));
  } catch {
    return null;
  }
}
