import { describe, expect, it } from 'vitest';
import { LANE_LABEL_HEIGHT, lanes, MARK_RADIUS, ROW_HEIGHT } from '../layout';
import { overviewFrame } from './overviewFrame';

describe('overviewFrame', () => {
  it('is short on a phone: two rows, one lane', () => {
    const phone = overviewFrame(350, 1);
    expect(phone.rows).toBe(2);
    expect(phone.height).toBeLessThanOrEqual(70);
    expect(overviewFrame(920, 1).rows).toBe(3);
  });

  it('makes room for two lanes and their labels', () => {
    const frame = overviewFrame(920, 2);
    const [background, story] = lanes(['background', 'main'], frame);
    expect(background!.bottom).toBeLessThanOrEqual(story!.top + 1e-9);
    // Three rows fit in each lane below its label.
    for (const lane of [background!, story!]) expect(lane.baseline - 2 * ROW_HEIGHT - MARK_RADIUS).toBeGreaterThanOrEqual(lane.top + LANE_LABEL_HEIGHT);
    expect(story!.bottom).toBe(frame.height - frame.margin.bottom);
  });
});
