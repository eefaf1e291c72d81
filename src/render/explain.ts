import Table from 'cli-table3';
import { runLayout, runPasses } from '../pipeline.js';
import { verdictOf, type Page } from '../page.js';
import type { BlockRole, ParseOptions } from '../types.js';
import { bodyEvidence } from '../body/classify.js';
import { bodyModel, explainBody } from '../body/model.js';
import { truncate as cut } from './text.js';
import { fitColumns, type Painter } from './table.js';

/** One line of the input as `--explain` shows it. */
export interface ExplainedLine {
  /** The line's number in the file, blank lines counted, from 1. */
  line: number;
  text: string;
  verdict: BlockRole;
  rule: string;
  /** The body model's probability that the line is the article's. */
  score?: number;
  /** What moved the score most: feature and its effect in log-odds. */
  evidence?: Array<[string, number]>;
}

/** The page's lines with their verdicts, scores and evidence; and the page itself. */
export function explainLines(text: string, options: ParseOptions = {}): { page: Page; lines: ExplainedLine[] } {
  const page = runPasses(text, options);
  const model = bodyModel();
  const layout = runLayout(text, options);
  const evidence = model ? explainBody(model, bodyEvidence(layout).rows) : null;
  // Lines are numbered in the text the passes read: the file itself, or an HTML page's rendered text.
  const numbers = lineNumbers(
    page.text,
    page.lines.map((l) => l.start),
  );
  const lines = page.lines.map((l, i): ExplainedLine => {
    const v = verdictOf(l);
    return {
      line: numbers[i],
      text: l.text,
      verdict: v.role,
      rule: v.reason,
      ...(l.score !== undefined ? { score: Math.round(l.score * 1000) / 1000 } : {}),
      ...(evidence
        ? { evidence: evidence[i].map(([f, c]) => [f, Math.round(c * 100) / 100] as [string, number]) }
        : {}),
    };
  });
  return { page, lines };
}

/** The file's line number (from 1, every line break counted, CRLF as one) of each offset, in order. */
function lineNumbers(text: string, offsets: number[]): number[] {
  const out: number[] = [];
  let line = 1;
  let pos = 0;
  for (const at of offsets) {
    for (; pos < at; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 10 || (c === 13 && text.charCodeAt(pos + 1) !== 10)) line++;
    }
    out.push(line);
  }
  return out;
}

/** Colours by role: the body green, boilerplate dim, structure cyan. */
export interface ExplainPainter extends Painter {
  green(s: string): string;
  cyan(s: string): string;
}

const paintVerdict = (role: BlockRole, paint: ExplainPainter): string =>
  role === 'body' ? paint.green(role) : role === 'boilerplate' ? paint.dim(role) : paint.cyan(role);

/**
 * `--explain` as tables: one row a line (its number in the file, the verdict, the rule, the body
 * model's score and the evidence that moved it), then each field with the rule that chose it, how
 * sure it is and the candidates it beat; then the warnings.
 */
export function renderExplain(
  text: string,
  id: string,
  options: ParseOptions,
  paint: ExplainPainter,
  width = 100,
): string {
  const { page, lines } = explainLines(text, { ...options, id });
  const widths = fitColumns(width, [6, 13, 18, 7, 24, 42]);
  const table = new Table({
    head: ['line', 'verdict', 'rule', 'score', 'evidence', 'text'].map((h) => paint.bold(h)),
    colWidths: widths,
    wordWrap: true,
    style: { head: [], border: [], compact: true },
  });
  for (const l of lines)
    table.push([
      String(l.line),
      paintVerdict(l.verdict, paint),
      l.rule,
      l.score === undefined ? '' : l.score.toFixed(2),
      (l.evidence ?? []).map(([f, c]) => `${f} ${c > 0 ? '+' : ''}${c.toFixed(1)}`).join('\n'),
      cut(l.text, 2 * (widths[5] - 2)),
    ]);
  const record = page.record;
  const fieldWidths = fitColumns(width, [14, 24, 6, 32, 22]);
  const fields = new Table({
    head: ['field', 'rule', 'sure', 'taken from', 'beat'].map((h) => paint.bold(h)),
    colWidths: fieldWidths,
    wordWrap: true,
    style: { head: [], border: [], compact: true },
  });
  for (const [field, src] of Object.entries(record.provenance)) {
    fields.push([
      field,
      src.rule,
      src.confidence.toFixed(2),
      cut(page.text.slice(src.start, src.end).replace(/\s+/g, ' '), 80),
      src.alternatives.map((a) => cut(a.text, 30)).join('; '),
    ]);
  }
  const warnings = record.warnings.length ? `\nwarnings:\n${record.warnings.map((w) => `  - ${w}`).join('\n')}` : '';
  return `${id}\n${table.toString()}\n${fields.toString()}${warnings}`;
}

/** `--explain --format json|ndjson`: one object a line of the input. */
export function renderExplainJson(text: string, id: string, options: ParseOptions): string {
  return explainLines(text, { ...options, id })
    .lines.map((l) => JSON.stringify({ id, ...l }))
    .join('\n');
}
