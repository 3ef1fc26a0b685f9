// The geometry of the error-budget burn-down, computed at build time: budget left over the window's days, the
// zero line, and the day it ran out. The SVG is in BudgetChart.astro; the data comes from site-status.ts.
import type { BurnDown } from '../../../scripts/publish/site-status.ts';

export interface BudgetGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  path: string;
  zeroY: number;
  ranOutX: number | null;
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
}

const DAY = new Intl.DateTimeFormat('en-IE', { day: 'numeric', month: 'short', timeZone: 'UTC' });

export function budgetGeometry(burn: BurnDown, width = 720, height = 220): BudgetGeometry {
  const plot = { left: 56, right: width - 12, top: 14, bottom: height - 30 };
  const lefts = burn.days.map((d) => d.left);
  const hi = Math.max(burn.allowed, ...lefts, 1);
  const lo = Math.min(0, ...lefts);
  const n = Math.max(1, burn.days.length - 1);
  const x = (i: number) => plot.left + ((plot.right - plot.left) * i) / n;
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * (v - lo)) / (hi - lo || 1);
  const path = burn.days.map((d, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(d.left).toFixed(1)}`).join('');
  const ranOutIndex = burn.ranOut ? burn.days.findIndex((d) => d.date === burn.ranOut) : -1;
  const yTicks = [hi, (hi + lo) / 2, lo].filter((v, i, all) => all.indexOf(v) === i).map((v) => ({ y: y(v), label: String(Math.round(v)) }));
  if (lo < 0) yTicks.push({ y: y(0), label: '0' });
  const every = Math.max(1, Math.round(burn.days.length / 5));
  const xTicks = burn.days.flatMap((d, i) => (i % every === 0 ? [{ x: x(i), label: DAY.format(new Date(`${d.date}T00:00:00Z`)) }] : []));
  return { width, height, plot, path, zeroY: y(0), ranOutX: ranOutIndex >= 0 ? x(ranOutIndex) : null, yTicks, xTicks };
}
