import type { DurationUnit } from './languages/LanguageTable';

/** A fraction of a unit in the next smaller one: 2 1/2 years → P2Y6M (TIMEX3 writes whole numbers). */
const SMALLER: Partial<Record<DurationUnit, [DurationUnit, number, string]>> = {
  year: ['month', 12, 'M'], day: ['hour', 24, 'H'], hour: ['minute', 60, 'M'], minute: ['second', 60, 'S'],
};

/**
 * TIMEX3 duration value: P3D, P28M, PT12H, P2.5Y; NaN amount → PXY style. Decades are years, counted or not
 * ("two decades" P20Y, "decades-long" PXY), as annotated news writes them; a vague count of centuries keeps its unit (PXCE).
 */
export function durationValue(amount: number, unit: DurationUnit): string {
  const whole = Math.floor(amount);
  const rest = SMALLER[unit];
  if (rest && Number.isFinite(amount) && amount !== whole && Number.isInteger((amount - whole) * rest[1])) {
    const head = durationValue(whole, unit);
    const part = `${(amount - whole) * rest[1]}${rest[2]}`;
    if (whole === 0) return durationValue((amount - whole) * rest[1], rest[0]);
    return unit === 'day' ? `${head}T${part}` : `${head}${part}`;
  }
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
    case 'decade': return `P${scaled(10)}Y`;
    case 'century': return Number.isNaN(amount) ? 'PXCE' : `P${scaled(100)}Y`;
  }
}
