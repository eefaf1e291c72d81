// Markdown read as Markdown: its syntax is blanked out with spaces, character for character, so
// the text keeps its length and every offset found in it is an offset in the input. "# Heading"
// becomes "  Heading", "*By Ana Ruiz | 4 May 2023*" a byline line, "[Home](/)" the word "Home"
// (a menu item, judged as any other), an image nothing.

/** Files named .md or .markdown, or text that writes headings and links the Markdown way. */
export function looksLikeMarkdown(text: string, name = ''): boolean {
  if (/\.(?:md|markdown)$/i.test(name)) return true;
  const head = text.slice(0, 200_000);
  const headings = head.match(/^#{1,6}[ \t]+\S/gm)?.length ?? 0;
  const links = head.match(/\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/g)?.length ?? 0;
  return (headings >= 2 && links >= 1) || links >= 5 || (headings >= 3 && /^\s*(?:[-*+]|\d+\.)\s+\S/m.test(head));
}

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/** The text with Markdown syntax turned into spaces: the same length, the same line breaks. */
export function renderMarkdown(text: string): string {
  let out = text;
  // Fenced code: the fences go, the code stays (it is rarely an article's prose).
  out = out.replace(/^[ \t]*(?:```|~~~).*$/gm, blank);
  // Images go whole, alt text and all: a caption is printed on its own when the page has one.
  out = out.replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, blank);
  // Links keep their text: "[the report](https://…)" → " the report ".
  out = out.replace(
    /\[([^\]\n]*)\]\([^)\n]*\)/g,
    (m, label: string) => ` ${label}${' '.repeat(m.length - label.length - 1)}`,
  );
  // Reference links and autolinks: "[text][1]" keeps its text, "<https://…>" goes.
  out = out.replace(
    /\[([^\]\n]*)\]\[[^\]\n]*\]/g,
    (m, label: string) => ` ${label}${' '.repeat(m.length - label.length - 1)}`,
  );
  out = out.replace(/^[ \t]*\[[^\]\n]+\]:[ \t]+\S.*$/gm, blank);
  out = out.replace(/<https?:\/\/[^>\s]+>/g, blank);
  // Headings, block quotes and horizontal rules: their markers go.
  // A closing run of hashes ("## Heading ##") goes too.
  out = out.replace(/^[ \t]*#{1,6}[ \t][^\n]*$/gm, (line) => {
    const closing = /[ \t]#+[ \t]*$/.exec(line);
    return closing ? line.slice(0, closing.index) + blank(line.slice(closing.index)) : line;
  });
  out = out.replace(/^([ \t]*)(#{1,6})(?=[ \t])/gm, (_m, indent: string, hashes: string) => indent + blank(hashes));
  out = out.replace(/^([ \t]*)((?:>[ \t]?)+)/gm, (_m, indent: string, marks: string) => indent + blank(marks));
  out = out.replace(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, blank);
  // Setext underlines ("Title\n=====") go.
  out = out.replace(/^[ \t]*(?:=+|-{2,})[ \t]*$/gm, blank);
  // Emphasis and code marks: "**bold**", "_it_", "`code`".
  const emphasis = (_m: string, mark: string, inner: string): string => blank(mark) + inner + blank(mark);
  out = out.replace(/(\*{1,3})(?=\S)([^\n*]*[^\s*])\1/g, emphasis);
  // Underscores only at word edges: "snake_case_name" stays.
  out = out.replace(/(?<![\p{L}\p{N}])(_{1,3})(?=\S)([^\n_]*[^\s_])\1(?![\p{L}\p{N}])/gu, emphasis);
  out = out.replace(/`([^`\n]+)`/g, (_m, code: string) => ` ${code} `);
  // HTML tags inside Markdown.
  out = out.replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>\n]*)?\/?>/gi, blank);
  // Table rules ("|---|:--:|") go; cell bars become spaces.
  out = out.replace(/^(?=[^\n]*-{3})(?=[^\n]*\|)[ \t|:-]+$/gm, blank);
  out = out.replace(
    /^([ \t]*)\|(.*)\|([ \t]*)$/gm,
    (_m, indent: string, cells: string, trail: string) => `${indent} ${cells.replace(/\|/g, ' ')} ${trail}`,
  );
  return out;
}

/** Runs of spaces inside a line, as blanked syntax leaves them, folded to one. */
export const foldSpaces = (s: string): string => s.replace(/[ \t]{2,}/g, ' ');
