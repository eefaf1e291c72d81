// Small DOM helpers over htmlparser2's tree (domhandler nodes).
import type { AnyNode, Element } from 'domhandler';

/** Every element under `root` that `test` accepts, in document order. */
export function findAll(root: AnyNode, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const visit = (n: AnyNode): void => {
    if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
      const e = n as Element;
      if (test(e)) out.push(e);
    }
    if ('children' in n) for (const c of n.children) visit(c);
  };
  visit(root);
  return out;
}

/** The text inside a node, as written (scripts' contents included). */
export function getText(n: AnyNode): string {
  if (n.type === 'text' || n.type === 'cdata') return 'data' in n ? String(n.data) : '';
  if ('children' in n) return n.children.map(getText).join('');
  return '';
}
