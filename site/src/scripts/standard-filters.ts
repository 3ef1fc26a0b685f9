// Progressive enhancement of the standards index: the filter links combine (status AND team AND ...) on the
// full list without a page load, and the choice is kept in the query string. Without JavaScript the links
// lead to one static page per filter value.
const table = document.querySelector<HTMLTableElement>('[data-standards-table]');
const count = document.querySelector<HTMLElement>('[data-result-count]');
const empty = document.querySelector<HTMLElement>('[data-filter-empty]');

if (table && count) {
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const chosen = new Map<string, string>();
  const params = new URLSearchParams(location.search);
  for (const key of ['status', 'dimension', 'team', 'metric']) {
    const v = params.get(key);
    if (v) chosen.set(key, v);
  }
  const apply = () => {
    let visible = 0;
    for (const row of rows) {
      // A row can belong to several teams (the owner and the teams it measures): space-separated.
      const show = [...chosen].every(([key, v]) => (row.dataset[key] ?? '').split(' ').includes(v));
      row.hidden = !show;
      if (show) visible++;
    }
    count.textContent = `${visible} of ${rows.length} standards`;
    if (empty) empty.hidden = visible > 0;
    for (const group of document.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      const key = group.dataset.filterGroup ?? '';
      for (const chip of group.querySelectorAll<HTMLAnchorElement>('[data-filter-value]')) {
        const on = (chosen.get(key) ?? '') === (chip.dataset.filterValue ?? '');
        if (on) chip.setAttribute('aria-current', 'true');
        else chip.removeAttribute('aria-current');
      }
    }
    const query = new URLSearchParams([...chosen]).toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };
  for (const group of document.querySelectorAll<HTMLElement>('[data-filter-group]')) {
    const key = group.dataset.filterGroup ?? '';
    group.addEventListener('click', (event) => {
      const chip = (event.target as Element).closest<HTMLAnchorElement>('[data-filter-value]');
      if (!chip) return;
      event.preventDefault();
      const v = chip.dataset.filterValue ?? '';
      if (v === '' || chosen.get(key) === v) chosen.delete(key);
      else chosen.set(key, v);
      apply();
    });
  }
  apply();
}
