/**
 * An HTML page, by its name (.html, .htm) or its content: a doctype or an <html> element at the
 * start, or a <head> and a <body> in the first few kilobytes. A text that quotes a tag or two is
 * not HTML.
 */
export function looksLikeHtml(text: string, name = ''): boolean {
  if (/\.x?html?$/i.test(name)) return true;
  const head = text.slice(0, 4096).trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!doctype html/i.test(head) || /^<html[\s>]/i.test(head))
    return true;
  return /<head[\s>]/i.test(head) && /<body[\s>]/i.test(text.slice(0, 65536));
}
