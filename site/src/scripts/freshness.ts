// The only script every page runs: says how long ago the last fetch was, by the reader's clock, and shows the
// stale banner when that is longer than the schedule allows. The page itself carries the absolute time, so
// without JavaScript it still tells the truth; with it, a site nobody rebuilt for a week says so.
const body = document.body;
const fetched = Date.parse(body.dataset.fetchedAt ?? '');
const staleAfter = Number(body.dataset.staleAfterMinutes);

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;

function agoText(minutes: number): string {
  if (minutes < 2) return 'just now';
  if (minutes < 90) return count(minutes, 'minute');
  if (minutes < 48 * 60) return count(Math.round(minutes / 60), 'hour');
  return count(Math.round(minutes / 1440), 'day');
}

if (Number.isFinite(fetched) && Number.isFinite(staleAfter)) {
  const minutes = Math.max(0, Math.round((Date.now() - fetched) / 60_000));
  const stale = minutes > staleAfter;
  for (const el of document.querySelectorAll<HTMLElement>('[data-ago]')) {
    el.textContent = agoText(minutes);
    el.hidden = false;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-stale-banner]')) el.hidden = !stale;
  for (const el of document.querySelectorAll<HTMLElement>('[data-freshness]')) {
    el.textContent = stale ? `Stale: older than the ${el.dataset.schedule ?? 'expected'} schedule allows.` : 'Fresh: fetched within the expected time.';
    el.classList.toggle('is-stale', stale);
    el.classList.toggle('is-fresh', !stale);
  }
}
