// Search with Pagefind's JavaScript API, loaded only on this page. Results are built with DOM methods;
// the excerpt is Pagefind's own (it marks matches with <mark> and escapes the page text).
const form = document.querySelector('[data-search-form]');
const input = document.querySelector('[data-search-input]');
const status = document.querySelector('[data-search-status]');
const list = document.querySelector('[data-search-results]');
const pagefindUrl = document.querySelector('script[data-pagefind]').dataset.pagefind;
let pagefind = null;

async function run(query) {
  if (!query.trim()) { status.textContent = ''; list.replaceChildren(); return; }
  status.textContent = 'Searching…';
  pagefind ??= await import(pagefindUrl);
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  list.replaceChildren(...results.map((r) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta.title || r.url;
    const p = document.createElement('p');
    p.className = 'muted small';
    // Pagefind escapes page text in excerpts and only adds <mark>; keep just that.
    const tmp = document.createElement('template');
    tmp.innerHTML = r.excerpt;
    p.append(...[...tmp.content.childNodes].map((n) => n.nodeName === 'MARK' ? Object.assign(document.createElement('mark'), { textContent: n.textContent }) : document.createTextNode(n.textContent)));
    li.append(a, p);
    return li;
  }));
  status.textContent = search.results.length === 0 ? `Nothing found for “${query}”.` : `${search.results.length} result${search.results.length === 1 ? '' : 's'} for “${query}”.`;
}

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = initial;
run(initial);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
  run(input.value);
});
