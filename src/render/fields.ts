// `--fields`: the parts of a record a user asked for. Paths name fields with dots, through arrays
// too: `entities.officials.name` keeps each official's name. A path the record does not have is a
// usage error naming the fields there are, checked against the record's schema before any input
// is read.
import type { TSchema } from '@sinclair/typebox';
import { ArticleRecordSchema } from '../record/schema.js';

/** The requested paths as a tree: `true` marks a field kept whole. */
type FieldTree = { [key: string]: FieldTree | true };

export function fieldTree(paths: string[]): FieldTree {
  const tree: FieldTree = {};
  for (const path of paths) {
    const parts = path.split('.').filter(Boolean);
    let node = tree;
    parts.forEach((p, k) => {
      if (k === parts.length - 1) node[p] = true;
      else {
        const next = node[p];
        if (next === true) return;
        node = node[p] = next ?? {};
      }
    });
  }
  return tree;
}

/** The object or array a schema describes, looking through `T | null`. */
function concrete(schema: TSchema): TSchema {
  const variants = (schema.anyOf ?? schema.oneOf) as TSchema[] | undefined;
  return variants ? (variants.find((v) => v.type !== 'null') ?? schema) : schema;
}

/**
 * Checks paths against the record's schema; returns a one-line reason for the first one that
 * names no field ("unknown field 'titel'; fields: id, language, title, …"), or null.
 */
export function checkFields(paths: string[]): string | null {
  for (const path of paths) {
    let schema = concrete(ArticleRecordSchema);
    const parts = path.split('.').filter(Boolean);
    if (!parts.length) return `empty field name in --fields`;
    for (let k = 0; k < parts.length; k++) {
      while (schema.type === 'array') schema = concrete(schema.items as TSchema);
      const props = schema.properties as Record<string, TSchema> | undefined;
      if (schema.type === 'object' && !props && schema.additionalProperties) {
        schema = concrete(schema.additionalProperties as TSchema);
        continue;
      }
      const next = props?.[parts[k]];
      if (!next) {
        const where = parts.slice(0, k).join('.');
        const valid = props ? Object.keys(props).join(', ') : '(none: it is a value)';
        return `unknown field '${path}'${where ? ` (no '${parts[k]}' in ${where})` : ''}; fields${where ? ` of ${where}` : ''}: ${valid}`;
      }
      schema = concrete(next);
    }
  }
  return null;
}

/**
 * Keeps only the named fields of a record: `--fields title,entities.countries.code` gives
 * {"id": …, "title": …, "entities": {"countries": [{"code": …}, …]}}. The id is always kept, so
 * records stay joinable.
 */
export function pickFields(record: object, tree: FieldTree): Record<string, unknown> {
  return { id: (record as { id?: unknown }).id, ...(project(record, tree) as Record<string, unknown>) };
}

function project(value: unknown, tree: FieldTree | true): unknown {
  if (tree === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => project(v, tree));
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(tree)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = project(v, sub);
  }
  return out;
}

/** A field's value in a picked record, as one table cell: lists joined, objects as JSON. */
export function cellOf(record: Record<string, unknown>, path: string): string {
  const values = collect(record, path.split('.').filter(Boolean));
  return values
    .filter((v) => v !== null && v !== undefined && v !== '')
    .map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)))
    .join(', ');
}

function collect(value: unknown, parts: string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((v) => collect(v, parts));
  if (!parts.length) return [value];
  if (value === null || typeof value !== 'object') return [];
  return collect((value as Record<string, unknown>)[parts[0]], parts.slice(1));
}
