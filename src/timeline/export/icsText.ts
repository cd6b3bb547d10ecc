/**
 * A value of an iCalendar TEXT property (RFC 5545 §3.3.11): backslash,
 * semicolon and comma escaped, every line break as `\n`, and control
 * characters (which TEXT may not hold) as spaces.
 */
export function icsText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, ' ');
}
