// The dashboard: filters kept in the URL hash (#/?type=ASSAULT&from=…), the table, the map, the
// timeline and the page router (#/event/ID, #/article/ID, #/search?q=…).
'use strict';
(function (M) {
  const el = M.el;
  const PAGE = 50;
  const FILTERS = ['from', 'to', 'type', 'party', 'status', 'q'];
  const form = document.getElementById('filters');

  function fillSelect(name, entries) {
    const sel = form.elements[name];
    for (const [value, label] of entries) sel.appendChild(el('option', { value }, label));
  }
  fillSelect('type', Object.keys(M.TYPES).map(t => [t, M.typeLabel(t)]));
  fillSelect('status', Object.keys(M.STATUSES).map(s => [s, M.statusLabel(s)]));

  function params() {
    const h = location.hash.replace(/^#\/?/, '');
    const i = h.indexOf('?');
    return { path: i < 0 ? h : h.slice(0, i), query: new URLSearchParams(i < 0 ? '' : h.slice(i + 1)) };
  }

  function filterQuery(query) {
    const p = new URLSearchParams();
    for (const k of FILTERS) { const v = query.get(k); if (v) p.set(k, v); }
    return p;
  }

  async function loadStats() {
    try {
      const s = await M.api('/api/stats');
      const box = M.clear(document.getElementById('stats'));
      box.appendChild(el('span', null, el('b', null, String(s.articles)), ' مقال · articles'));
      box.appendChild(el('span', null, el('b', null, String(s.events)), ' حدث · events'));
      box.appendChild(el('span', null, el('b', null, String(s.clusters)), ' حادثة · incidents'));
      const sel = form.elements.party;
      const have = new Set(Array.from(sel.options).map(o => o.value));
      const codes = Object.keys(s.by_party || {}).filter(c => !have.has(c));
      fillSelect('party', codes.map(c => [c, M.codeLabel(c) + ' — ' + s.by_party[c]]));
      const wanted = params().query.get('party');
      if (wanted) sel.value = wanted;
    } catch (err) { /* the dashboard works without the counts */ }
  }

  function row(e) {
    const tr = el('tr', { class: 'event-row', 'data-id': e.id, tabindex: 0 },
      el('td', { class: 'nowrap' }, M.date(e.date)),
      el('td', null, el('i', { class: 'swatch', style: 'background:' + (M.TYPE_COLORS[e.event_type] || '#555') }), M.typeLabel(e.event_type)),
      el('td', null, e.mode || ''),
      el('td', null, M.parties(e.actor)),
      el('td', null, M.parties(e.recipient)),
      el('td', null, M.places(e.locations)),
      el('td', { class: 'num' }, M.killed(e.size)),
      el('td', null, M.statusLabel(e.status)),
      el('td', { class: 'num' }, el('a', { href: '#/event/' + e.id }, String(e.report_count))));
    const open = () => { location.hash = '#/event/' + e.id; };
    tr.addEventListener('click', ev => { if (ev.target.tagName !== 'A') open(); });
    tr.addEventListener('keydown', ev => { if (ev.key === 'Enter') open(); });
    return tr;
  }

  async function loadDashboard(query) {
    for (const k of FILTERS) if (form.elements[k]) form.elements[k].value = query.get(k) || '';
    const f = filterQuery(query);
    const offset = Math.max(0, parseInt(query.get('offset') || '0', 10) || 0);
    const tbody = M.clear(document.querySelector('#events-table tbody'));
    const fs = f.toString();
    for (const [id, path] of [['exp-jsonl', 'export.jsonl'], ['exp-csv', 'export.csv'], ['exp-geojson', 'export.geojson']]) {
      document.getElementById(id).href = '/api/' + path + (fs ? '?' + fs : '');
    }
    const table = M.api('/api/events?limit=' + PAGE + '&offset=' + offset + (fs ? '&' + fs : ''));
    const points = M.api('/api/export.geojson?limit=5000' + (fs ? '&' + fs : ''));
    const timeline = M.api('/api/timeline' + (fs ? '?' + fs : ''));
    try {
      const page = await table;
      page.events.forEach(e => tbody.appendChild(row(e)));
      if (!page.events.length) tbody.appendChild(el('tr', null, el('td', { colspan: 9, class: 'empty' }, 'لا أحداث مطابقة · no matching events')));
      document.getElementById('table-count').textContent = '(' + page.total + ')';
      document.getElementById('page-info').textContent = page.total
        ? (offset + 1) + '–' + (offset + page.events.length) + ' / ' + page.total : '0';
      document.getElementById('prev').disabled = offset === 0;
      document.getElementById('next').disabled = offset + page.events.length >= page.total;
      document.body.setAttribute('data-total', String(page.total));
    } catch (err) { M.error(tbody.parentNode.parentNode, err); }
    try {
      const n = M.setMarkers(await points);
      document.getElementById('map-count').textContent = '(' + n + ' نقطة · points)';
    } catch (err) { /* table already says what failed */ }
    try {
      M.drawTimeline(await timeline, day => go({ from: day, to: day }));
    } catch (err) { /* idem */ }
    document.body.setAttribute('data-loaded', String(Date.now()));
  }

  function go(changes) {
    const q = filterQuery(params().query);
    for (const [k, v] of Object.entries(changes)) { if (v) q.set(k, v); else q.delete(k); }
    location.hash = '#/' + (q.toString() ? '?' + q.toString() : '');
  }

  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const c = {};
    for (const k of FILTERS) c[k] = form.elements[k].value.trim();
    go(c);
  });
  document.getElementById('reset').addEventListener('click', () => { location.hash = '#/'; });
  const page = delta => {
    const { query } = params();
    const q = filterQuery(query);
    const off = Math.max(0, (parseInt(query.get('offset') || '0', 10) || 0) + delta);
    if (off) q.set('offset', String(off));
    location.hash = '#/?' + q.toString();
  };
  document.getElementById('prev').addEventListener('click', () => page(-PAGE));
  document.getElementById('next').addEventListener('click', () => page(PAGE));
  document.getElementById('search-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const q = document.getElementById('search-q').value.trim();
    if (q) location.hash = '#/search?q=' + encodeURIComponent(q);
  });

  function show(name) {
    for (const v of ['dashboard', 'event', 'article', 'search']) document.getElementById('view-' + v).hidden = v !== name;
    window.scrollTo(0, 0);
  }

  function route() {
    const { path, query } = params();
    const m = path.match(/^(event|article)\/(\d+)$/);
    if (m && m[1] === 'event') { show('event'); M.showEvent(document.getElementById('view-event'), m[2]); }
    else if (m) { show('article'); M.showArticle(document.getElementById('view-article'), m[2]); }
    else if (path === 'search' && query.get('q')) {
      show('search');
      document.getElementById('search-q').value = query.get('q');
      M.showSearch(document.getElementById('view-search'), query.get('q'));
    } else {
      show('dashboard');
      M.initMap();
      M.invalidateMap();
      loadDashboard(query);
    }
  }

  window.addEventListener('hashchange', route);
  loadStats();
  route();
})(window.Marsad);
