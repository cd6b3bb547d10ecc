import type { DurationUnit } from './languages/LanguageTable';

/** TIMEX3 duration value: P3D, P28M, PT12H, P2.5Y; NaN amount → PXY style; decades in years (P10Y). */
export function durationValue(amount: number, unit: DurationUnit): string {
  const n = Number.isNaN(amount) ? 'X' : String(amount);
  const scaled = (k: number) => (Number.isNaN(amount) ? 'X' : String(amount * k));
  switch (unit) {
    case 'second': return `PT${n}S`;
    case 'minute': return `PT${n}M`;
    case 'hour': return `PT${n}H`;
    case 'day': return `P${n}D`;
    case 'week': return `P${n}W`;
    case 'month': return `P${n}M`;
    case 'quarter': return `P${n}Q`;
    case 'year': return `P${n}Y`;
    case 'decade': return Number.isNaN(amount) ? 'PXDE' : `P${scaled(10)}Y`;
    case 'century': return Number.isNaN(amount) ? 'PXCE' : `P${scaled(100)}Y`;
  }
}
