/**
 * Tracking and template metadata flattened into text: "site: media | arena: nfl | pageType:
 * stories | section: | slug: …". Three or more `key: value` pairs split by pipes is never prose.
 */
export function isFieldList(text: string): boolean {
  const parts = text.split('|');
  if (parts.length < 3) return false;
  return parts.filter((p) => /^\s*[\w-]+\s*:/.test(p)).length >= 3;
}
