/** The CLI's help text, shared by every command that rejects its arguments. */
export const USAGE = `Usage:
  npm run timeline -- [--seeds DIR] [--out FILE]       build timeline.json from a folder of articles
  npm run --silent timeline -- tag --published YYYY-MM-DD FILE
                                                       print the temporal expressions of FILE as JSON
  npm run timeline -- inspect FILE                     show how one article is read: metadata and where
                                                       each field came from, cleaned text, dropped blocks
Options:
  --max-bytes N     skip files larger than N bytes (default 5 MB)`;
