import Table from 'cli-table3';
import { judgeLines } from '../pipeline.js';

/**
 * `--explain`: the page as a table, one row a line, with the verdict and the rule that decided,
 * so a user can see why a line went.
 */
export function renderExplain(text: string, id: string): string {
  const { lines, verdicts } = judgeLines(text);
  const table = new Table({ head: ['#', 'verdict', 'rule', 'line'], colWidths: [6, 18, 22, 52], wordWrap: true, style: { head: [], border: [] } });
  lines.forEach((l, i) => {
    const t = l.text.length > 120 ? `${l.text.slice(0, 119)}…` : l.text;
    table.push([String(i + 1), verdicts[i].role, verdicts[i].reason, t]);
  });
  return `${id}\n${table.toString()}`;
}
