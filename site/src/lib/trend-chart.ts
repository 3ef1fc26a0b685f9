// The geometry of the daily trend chart, computed at build time: the window attainment line, the daily
// values as faint dots, and the objective as a dashed line. The SVG itself is in TrendChart.astro.
import type { ReportStandard } from '../../../scripts/publish/site-data.ts';

export interface TrendGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  windowPath: string;
  dailyDots: { x: number; y: number }[];
  goalY: number;
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
  lastPoint: { x: number; y: number } | null;
  /** Days on which a new version of the standard started judging (the goal changed): where and to what. */
  versionChanges: { x: number; date: string; goal: string }[];
}

const MONTH = new Intl.DateTimeFormat('en-IE', { day: 'numeric', month: 'short', timeZone: 'UTC' });

export function trendGeometry(result: ReportStandard, width = 720, height = 240): TrendGeometry {
  const nps = result.metric === 'nps';
  const plot = { left: 48, right: width - 12, top: 12, bottom: height - 28 };
  const values = result.series.flatMap((d) => [d.windowValue, d.value]).filter((v): v is number => v !== null);
  values.push(result.goal.value);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (nps) {
    lo = Math.max(-100, Math.floor((lo - 5) / 10) * 10);
    hi = Math.min(100, Math.ceil((hi + 5) / 10) * 10);
  } else {
    lo = Math.max(0, Math.floor((lo - 0.02) * 20) / 20);
    hi = Math.min(1, Math.ceil((hi + 0.02) * 20) / 20);
  }
  if (hi - lo < 1e-9) hi = lo + (nps ? 10 : 0.05);
  const n = Math.max(1, result.series.length - 1);
  const x = (i: number) => plot.left + ((plot.right - plot.left) * i) / n;
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * (v - lo)) / (hi - lo);
  let windowPath = '';
  let pen = false;
  let lastPoint: TrendGeometry['lastPoint'] = null;
  result.series.forEach((d, i) => {
    if (d.windowValue === null) { pen = false; return; }
    const px = x(i).toFixed(1);
    const py = y(d.windowValue).toFixed(1);
    windowPath += `${pen ? 'L' : 'M'}${px} ${py}`;
    pen = true;
    lastPoint = { x: x(i), y: y(d.windowValue) };
  });
  const dailyDots = result.series.flatMap((d, i) => (d.value === null ? [] : [{ x: x(i), y: y(d.value) }]));
  const steps = 4;
  const yTicks = Array.from({ length: steps + 1 }, (_, k) => {
    const v = lo + ((hi - lo) * k) / steps;
    return { y: y(v), label: nps ? String(Math.round(v)) : `${Math.round(v * 100)}%` };
  });
  const xTicks: TrendGeometry['xTicks'] = [];
  const every = Math.max(1, Math.round(result.series.length / 6));
  result.series.forEach((d, i) => {
    if (i % every === 0) xTicks.push({ x: x(i), label: MONTH.format(new Date(`${d.date}T00:00:00Z`)) });
  });
  return { width, height, plot, windowPath, dailyDots, goalY: y(result.goal.value), yTicks, xTicks, lastPoint, versionChanges: versionChanges(result, x) };
}

/** Series days whose judging version differs from the day before's (history-aware evaluation). */
function versionChanges(result: ReportStandard, x: (i: number) => number): TrendGeometry['versionChanges'] {
  const out: TrendGeometry['versionChanges'] = [];
  result.series.forEach((d, i) => {
    const before = result.series[i - 1];
    // A first version taking effect is a start, not a change.
    if (i === 0 || d.version == null || before?.version == null || before.version === d.version) return;
    const goal = result.versions?.find((v) => v.version === d.version)?.goal.text ?? d.version;
    out.push({ x: x(i), date: d.date, goal });
  });
  return out;
}

/** Declared exclusions (an outage) over the chart's days: a shaded band per exclusion, with its id as label. */
export function exclusionBands(result: ReportStandard, exclusions: readonly { id: string; from: string; to: string }[], g: TrendGeometry): { id: string; x: number; width: number }[] {
  const n = Math.max(1, result.series.length - 1);
  const step = (g.plot.right - g.plot.left) / n;
  const bands: { id: string; x: number; width: number }[] = [];
  for (const e of exclusions) {
    const from = e.from.slice(0, 10);
    const to = e.to.slice(0, 10);
    const first = result.series.findIndex((d) => d.date >= from);
    if (first < 0 || result.series[first]!.date > to) continue;
    let last = first;
    while (last + 1 < result.series.length && result.series[last + 1]!.date <= to) last += 1;
    const x = Math.max(g.plot.left, g.plot.left + step * first - step / 2);
    const right = Math.min(g.plot.right, g.plot.left + step * last + step / 2);
    bands.push({ id: e.id, x, width: Math.max(2, right - x) });
  }
  return bands;
}
