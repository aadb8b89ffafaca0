/**
 * Puts values into a template's {{name}} slots, in one pass: a value that itself contains
 * "{{…}}" is left as typed. The result is plain text, never read as HTML.
 */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (slot, name: string) => values[name] ?? slot);
}
