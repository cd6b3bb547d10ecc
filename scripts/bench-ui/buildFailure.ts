/**
 * The lines of a failed build's log that say what went wrong: Astro and
 * Vite print one line per page built (thousands at 10,000 events), so the
 * error is a needle. Its lines mentioning an error and the few after
 * (the file and code frame), else the log's last lines.
 */
export function buildFailure(log: string, keep = 6): string {
  const lines = log.split('\n').filter((line) => line.trim() && !line.includes('├─') && !line.includes('└─'));
  // "error" in any case, or a bundler code such as [MISSING_EXPORT] (not Astro's lowercase [build] tags).
  const first = lines.findIndex((line) => /\berror\b/i.test(line) || /\[[A-Z_]{4,}\]/.test(line));
  const picked = first >= 0 ? lines.slice(first, first + keep) : lines.slice(-keep);
  return picked.map((line) => line.trim()).join(' / ');
}
