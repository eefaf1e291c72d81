/**
 * Keeps only the named fields of a record: `--fields title,entities.countries` gives
 * {"title": …, "entities": {"countries": …}}. The id is always kept, so records stay joinable.
 */
export function pickFields(record: object, fields: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { id: (record as { id?: unknown }).id };
  for (const path of fields) {
    const parts = path.split('.').filter(Boolean);
    let src: unknown = record;
    for (const p of parts) src = src && typeof src === 'object' ? (src as Record<string, unknown>)[p] : undefined;
    if (src === undefined) continue;
    let dst = out;
    parts.slice(0, -1).forEach((p) => {
      dst = (dst[p] ??= {}) as Record<string, unknown>;
    });
    dst[parts[parts.length - 1]] = src;
  }
  return out;
}
