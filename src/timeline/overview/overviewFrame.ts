/**
 * The overview's size for a width: two rows of marks per lane on a phone
 * (it sticks over the list and must stay short there), three from 560 px
 * up; a label line per lane only when there are two lanes (story and
 * background); room for the axis below.
 */
import { LANE_LABEL_HEIGHT, ROW_HEIGHT, type Frame } from '../layout';

export const NARROW_WIDTH = 560;
const AXIS_HEIGHT = 24;

export function overviewFrame(width: number, laneCount: number, rows = width < NARROW_WIDTH ? 2 : 3): Frame {
  const lanes = Math.max(1, laneCount);
  const label = lanes > 1 ? LANE_LABEL_HEIGHT : 0;
  const top = 4;
  const laneHeight = label + rows * ROW_HEIGHT + 4;
  return { width, height: top + lanes * laneHeight + AXIS_HEIGHT, margin: { top, right: 10, bottom: AXIS_HEIGHT, left: 10 }, rows };
}
