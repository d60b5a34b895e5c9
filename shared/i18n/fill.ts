/**
 * Fills `{key}` placeholders of a template (chat replies, overlay strings) with plain text; an
 * unknown key is left as it is (a typo shows, rather than vanishing). Chat text that must never
 * become markup goes through the overlay's splitTemplate instead.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
