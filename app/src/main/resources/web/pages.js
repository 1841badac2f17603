// The event page (every report, the evidence highlighted inside the escaped article text), the
// article page (entity and event spans) and the search results page.
'use strict';
(function (M) {
  const el = M.el;

  /** Only http(s) links leave the page: a javascript: or data: URL from a feed is dropped. */
  function safeUrl(u) {
    try { const x = new URL(u, location.href); return x.protocol === 'http:' || x.protocol === 'https:' ? x.href : null; }
    catch (e) { return null; }
  }

  function size(sz, key, label) {
    const v = sz && sz[key];
    if (!v) return null;
    const has = x => x !== null && x !== undefined;
    // "best" alone when the bounds add nothing; else "low–high" beside it (على الأقل = at least).
    let shown = has(v.best) ? String(v.best) : '';
    if (has(v.low) && has(v.high)) shown += ' (' + v.low + '–' + v.high + ')';
    else if (has(v.low) && v.low !== v.best) shown += ' (على الأقل ' + v.low + ')';
    else if (has(v.high) && v.high !== v.best) shown += ' (حتى ' + v.high + ')';
    if (!has(v.best) && has(v.low)) shown = 'على الأقل ' + v.low;
    return [el('dt', null, label), el('dd', null, shown.trim() || '—')];
  }

  /**
   * Text with outer ranges (event evidence) as <mark> and inner ranges (entity mentions) as
   * <span> inside them or between them; all text goes in as text nodes.
   */
  function nested(container, text, outer, inner) {
    const innerIn = (from, to) => inner.filter(r => r.start >= from && r.end <= to)
      .map(r => Object.assign({}, r, { start: r.start - from, end: r.end - from }));
    const spans = (box, from, to) => {
      const slice = text.slice(from, to);
      let pos = 0;
      for (const r of innerIn(from, to).sort((a, b) => a.start - b.start)) {
        if (r.start < pos) continue;
        if (r.start > pos) box.appendChild(document.createTextNode(slice.slice(pos, r.start)));
        box.appendChild(el('span', { class: r.cls, title: r.title }, slice.slice(r.start, r.end)));
        pos = r.end;
      }
      if (pos < slice.length) box.appendChild(document.createTextNode(slice.slice(pos)));
    };
    let pos = 0;
    for (const o of outer.filter(r => r.end > r.start).sort((a, b) => a.start - b.start)) {
      if (o.start < pos) continue;
      spans(container, pos, o.start);
      const m = el('mark', { class: o.cls, title: o.title, id: o.id });
      spans(m, o.start, o.end);
      container.appendChild(m);
      pos = o.end;
    }
    spans(container, pos, text.length);
    return container;
  }
  M.nested = nested;

  function entityRanges(a) {
    return a.entities.map(e => ({ start: e.start, end: e.end, cls: 'ent ent-' + e.type,
      title: e.type + (e.name ? ' · ' + e.name : '') + (e.code ? ' · ' + e.code : '') }));
  }

  async function articleText(box, articleId, evidence) {
    try {
      const a = await M.api('/api/articles/' + articleId);
      M.clear(box);
      const text = el('div', { class: 'article-text', dir: 'auto' });
      nested(text, a.text, [{ start: evidence.start, end: evidence.end, cls: 'evidence', title: 'الدليل · evidence' }],
        entityRanges(a));
      box.appendChild(text);
      const m = text.querySelector('mark.evidence');
      if (m && box.closest('details[open]')) m.scrollIntoView({ block: 'nearest' });
    } catch (err) { M.error(box, err); }
  }

  M.showEvent = async function (view, id) {
    M.clear(view);
    let e;
    try { e = await M.api('/api/events/' + encodeURIComponent(id)); } catch (err) { M.error(view, err); return; }
    const color = M.TYPE_COLORS[e.event_type] || '#555';
    view.appendChild(el('p', null, el('a', { href: '#/', class: 'back' }, '→ العودة إلى اللوحة · Back')));
    view.appendChild(el('h1', { class: 'event-title' }, el('i', { class: 'swatch', style: 'background:' + color }),
      M.typeLabel(e.event_type), e.mode ? ' / ' + e.mode : '', ' — ', M.date(e.date), e.date_end ? ['…', M.date(e.date_end)] : null));
    const dl = el('dl', { class: 'facts' },
      el('dt', null, 'الفاعل · Actor'), el('dd', null, M.parties(e.actor)),
      el('dt', null, 'المستهدف · Recipient'), el('dd', null, M.parties(e.recipient)),
      el('dt', null, 'المكان · Location'), el('dd', null, M.places(e.locations)),
      el('dt', null, 'الحالة · Status'), el('dd', null, M.statusLabel(e.status)),
      e.claimed_by && e.claimed_by.length ? [el('dt', null, 'بحسب · Claimed by'), el('dd', null, M.parties(e.claimed_by))] : null,
      e.context && e.context.length ? [el('dt', null, 'السياق · Context'), el('dd', null, e.context.join('، '))] : null,
      size(e.size, 'killed', 'قتلى · Killed'), size(e.size, 'injured', 'جرحى · Injured'),
      size(e.size, 'captured', 'أسرى · Captured'),
      el('dt', null, 'الحادثة · Cluster'), el('dd', null, '#' + e.cluster_id + ' · ' + e.report_count + ' تقرير'));
    view.appendChild(dl);
    view.appendChild(el('h2', null, 'التقارير · Reports (' + e.reports.length + ')'));
    const list = el('ol', { class: 'reports' });
    e.reports.forEach((r, i) => {
      const href = r.url ? safeUrl(r.url) : null;
      const body = el('div', { class: 'article-box' }, el('p', { class: 'muted' }, '…'));
      const details = el('details', { class: 'report-text' }, el('summary', null, 'النص الكامل مع الدليل مظللا · Full text'), body);
      let loaded = false;
      const load = () => { if (!loaded) { loaded = true; articleText(body, r.article_id, r.evidence); } };
      details.addEventListener('toggle', () => { if (details.open) load(); });
      if (i === 0) { details.open = true; load(); }
      list.appendChild(el('li', { class: 'report', 'data-article': r.article_id },
        el('div', { class: 'report-head' },
          el('strong', null, r.outlet || 'مصدر غير معروف'), ' · ', M.date(r.published), ' · ',
          href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, r.title || r.url) : (r.title || r.doc),
          ' · ', el('a', { href: '#/article/' + r.article_id }, 'المقال · article')),
        el('blockquote', { class: 'evidence-sentence' }, r.evidence.sentence),
        details));
    });
    view.appendChild(list);
  };

  M.showArticle = async function (view, id) {
    M.clear(view);
    let a;
    try { a = await M.api('/api/articles/' + encodeURIComponent(id)); } catch (err) { M.error(view, err); return; }
    const href = a.url ? safeUrl(a.url) : null;
    view.appendChild(el('p', null, el('a', { href: '#/', class: 'back' }, '→ العودة إلى اللوحة · Back')));
    view.appendChild(el('h1', null, a.title || a.doc));
    view.appendChild(el('p', { class: 'muted' }, a.outlet || '', ' · ', M.date(a.published), ' · ',
      href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, 'المصدر · source') : ''));
    const outer = a.events.map(ev => ({ start: ev.start, end: ev.end, cls: 'evidence', id: 'ev-' + ev.event_id,
      title: M.typeLabel(ev.event_type) + (ev.mode ? ' / ' + ev.mode : '') + ' · ' + (ev.status || '') }));
    view.appendChild(nested(el('div', { class: 'article-text', dir: 'auto' }), a.text, outer, entityRanges(a)));
    if (a.events.length) {
      view.appendChild(el('h2', null, 'الأحداث في المقال · Events'));
      view.appendChild(el('ul', null, a.events.map(ev => el('li', null,
        el('a', { href: '#/event/' + ev.event_id }, M.typeLabel(ev.event_type) + (ev.mode ? ' / ' + ev.mode : '')),
        ' · ', M.statusLabel(ev.status)))));
    }
  };

  M.showSearch = async function (view, q) {
    M.clear(view);
    view.appendChild(el('p', null, el('a', { href: '#/', class: 'back' }, '→ العودة إلى اللوحة · Back')));
    view.appendChild(el('h1', null, 'نتائج البحث · Search: ', el('q', null, q)));
    let r;
    try { r = await M.api('/api/search?limit=50&q=' + encodeURIComponent(q)); } catch (err) { M.error(view, err); return; }
    view.appendChild(el('p', { class: 'muted', id: 'search-total' }, r.total + ' مقال · articles'));
    const list = el('ol', { class: 'hits' });
    for (const h of r.hits) {
      const title = el('a', { href: '#/article/' + h.article_id, class: 'hit-title' });
      if (h.title_html) M.fragment(title, h.title_html); else title.textContent = h.title || h.doc;
      list.appendChild(el('li', { class: 'hit' }, title,
        el('div', { class: 'muted' }, h.outlet || '', ' · ', M.date(h.published)),
        h.fragments.map(f => M.fragment(el('p', { class: 'fragment' }), f))));
    }
    view.appendChild(list);
  };
})(window.Marsad);
