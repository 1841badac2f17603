// The timeline: events per day, stacked by PLOVER type, drawn as plain SVG (no chart library).
'use strict';
(function (M) {
  const NS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, text) {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function addDays(d, n) { const x = new Date(d.getTime()); x.setUTCDate(x.getUTCDate() + n); return x; }
  function iso(d) { return d.toISOString().slice(0, 10); }

  /** Draws {days: {"YYYY-MM-DD": {TYPE: n}}} from /api/timeline into #timeline and #legend. */
  M.drawTimeline = function (data, onDay) {
    const box = M.clear(document.getElementById('timeline'));
    const legend = M.clear(document.getElementById('legend'));
    const keys = Object.keys(data.days).filter(d => d.length === 10).sort();
    if (!keys.length) { box.appendChild(M.el('p', { class: 'empty' }, 'لا أحداث · no events')); return; }
    const first = new Date(keys[0] + 'T00:00:00Z');
    const last = new Date(keys[keys.length - 1] + 'T00:00:00Z');
    const n = Math.round((last - first) / 86400000) + 1;
    const W = Math.max(box.clientWidth || 600, 300), H = 330, padL = 34, padB = 26, padT = 8;
    let max = 1;
    const types = new Set();
    for (const d of keys) {
      let s = 0;
      for (const [t, c] of Object.entries(data.days[d])) { s += c; types.add(t); }
      max = Math.max(max, s);
    }
    const s = svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'timeline', direction: 'ltr' });
    const plotW = W - padL - 8, plotH = H - padB - padT;
    const bw = plotW / n;
    // y axis: 0, max/2, max
    for (const v of [0, Math.round(max / 2), max]) {
      const y = padT + plotH - (v / max) * plotH;
      s.appendChild(svg('line', { x1: padL, x2: W - 8, y1: y, y2: y, stroke: '#e0e0e0' }));
      s.appendChild(svg('text', { x: padL - 4, y: y + 4, 'text-anchor': 'end', class: 'axis' }, String(v)));
    }
    const order = Object.keys(M.TYPES).filter(t => types.has(t));
    const labelEvery = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(plotW / 70))));
    for (let i = 0; i < n; i++) {
      const day = iso(addDays(first, i));
      const x = padL + i * bw;
      const counts = data.days[day] || {};
      let y = padT + plotH;
      let total = 0;
      for (const t of order) {
        const c = counts[t] || 0;
        if (!c) continue;
        total += c;
        const h = (c / max) * plotH;
        y -= h;
        const barW = Math.max(1, Math.min(bw * 0.8, 36));
        const r = svg('rect', { x: x + (bw - barW) / 2, y, width: barW, height: h, fill: M.TYPE_COLORS[t] || '#777', class: 'bar', 'data-day': day });
        r.appendChild(svg('title', {}, `${day} · ${M.typeLabel(t)}: ${c}`));
        if (onDay) r.addEventListener('click', () => onDay(day));
        s.appendChild(r);
      }
      if (i % labelEvery === 0) {
        s.appendChild(svg('text', { x: x + bw / 2, y: H - 8, 'text-anchor': 'middle', class: 'axis' }, day.slice(5)));
      }
      if (total) s.setAttribute('data-days', String(Number(s.getAttribute('data-days') || 0) + 1));
    }
    box.appendChild(s);
    for (const t of order) {
      legend.appendChild(M.el('span', { class: 'key' },
        M.el('i', { class: 'swatch', style: 'background:' + M.TYPE_COLORS[t] }), M.typeLabel(t)));
    }
  };
})(window.Marsad);
