import { parseArgs } from 'node:util';

export interface BenchUiOptions {
  sizes: number[];
  json: boolean;
  seed: number;
  lcpRuns: number;
  keep: boolean;
  help: boolean;
}

export const USAGE = 'Usage: npm run bench:ui -- [--sizes 16,1000,10000] [--json] [--seed N] [--runs 3] [--keep]';

const wholeNumber = (text: string, name: string, min: number): number => {
  const n = Number(text.replace(/[_\s]/g, ''));
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number ≥ ${min}, not "${text}"`);
  return n;
};

/** The command line of `npm run bench:ui`. */
export function benchUiOptions(argv: string[]): BenchUiOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '16,1000,10000' },
      json: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return {
    sizes: values.sizes.split(',').map((s) => wholeNumber(s, '--sizes', 1)),
    json: values.json,
    seed: wholeNumber(values.seed, '--seed', 0),
    lcpRuns: wholeNumber(values.runs, '--runs', 1),
    keep: values.keep,
    help: values.help,
  };
}
