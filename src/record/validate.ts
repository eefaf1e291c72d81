import { Value } from '@sinclair/typebox/value';
import { ArticleRecordSchema, ErrorRecordSchema, type ArticleRecord, type ErrorRecord } from './schema.js';

/**
 * Checks a value read back from `parse --format ndjson` output against the record's schema.
 * Returns the record, or a one-line reason naming the first wrong field by its path
 * ("/entities/countries/0/code: expected a string matching ^[A-Z]{2}$").
 */
export function checkRecord(value: unknown): { record: ArticleRecord | ErrorRecord } | { error: string } {
  if (Value.Check(ArticleRecordSchema, value)) return { record: value };
  if (Value.Check(ErrorRecordSchema, value)) return { record: value };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'not a JSON object' };
  if (!('id' in value)) return { error: 'no "id" field' };
  const first = Value.Errors(ArticleRecordSchema, value).First();
  if (!first) return { error: 'not a record' };
  const field = first.path.slice(1).replace(/\//g, '.') || 'record';
  if (first.message === 'Expected required property') return { error: `missing field "${field}"` };
  return { error: `field "${field}": ${first.message[0].toLowerCase()}${first.message.slice(1)}` };
}
