import Table from 'cli-table3';
import { runPasses } from '../pipeline.js';
import { verdictOf } from '../page.js';
import type { ParseOptions } from '../types.js';
import { truncate as cut } from './text.js';

/**
 * `--explain`: the page as a table, one row a line, with the verdict and the rule that decided,
 * so a user can see why a line went; then each field with the rule that chose it, how sure it
 * is and the candidates it beat; then the warnings.
 */
export function renderExplain(text: string, id: string, options: ParseOptions = {}): string {
  const page = runPasses(text, { ...options, id });
  const table = new Table({
    head: ['#', 'verdict', 'rule', 'line'],
    colWidths: [6, 18, 22, 52],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  page.lines.forEach((l, i) => table.push([String(i + 1), verdictOf(l).role, verdictOf(l).reason, cut(l.text, 120)]));
  const record = page.record;
  const fields = new Table({
    head: ['field', 'rule', 'sure', 'taken from', 'beat'],
    colWidths: [14, 24, 6, 32, 22],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const [field, src] of Object.entries(record.provenance)) {
    fields.push([
      field,
      src.rule,
      src.confidence.toFixed(2),
      cut(text.slice(src.start, src.end).replace(/\s+/g, ' '), 80),
      src.alternatives.map((a) => cut(a.text, 30)).join('; '),
    ]);
  }
  const warnings = record.warnings.length ? `\nwarnings:\n${record.warnings.map((w) => `  - ${w}`).join('\n')}` : '';
  return `${id}\n${table.toString()}\n${fields.toString()}${warnings}`;
}
