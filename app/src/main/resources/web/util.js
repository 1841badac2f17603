// Shared helpers of the dashboard. Every piece of data reaches the page through text nodes
// (textContent / createTextNode), never through innerHTML: article text may hold markup.
'use strict';

const M = window.Marsad = {};

M.TYPES = {
  AGREE: 'اتفاق', CONSULT: 'تشاور', SUPPORT: 'دعم', CONCEDE: 'تنازل', COOPERATE: 'تعاون', AID: 'مساعدة',
  RETREAT: 'تراجع / تهدئة', REQUEST: 'مطالبة', ACCUSE: 'اتهام', REJECT: 'رفض', THREATEN: 'تهديد',
  PROTEST: 'احتجاج', SANCTION: 'عقوبات', MOBILIZE: 'تعبئة', COERCE: 'إكراه', ASSAULT: 'اعتداء'
};
M.TYPE_COLORS = {
  AGREE: '#2e7d32', CONSULT: '#0277bd', SUPPORT: '#43a047', CONCEDE: '#7cb342', COOPERATE: '#00897b',
  AID: '#26a69a', RETREAT: '#9ccc65', REQUEST: '#5c6bc0', ACCUSE: '#f9a825', REJECT: '#ff8f00',
  THREATEN: '#ef6c00', PROTEST: '#8e24aa', SANCTION: '#6d4c41', MOBILIZE: '#546e7a', COERCE: '#d84315',
  ASSAULT: '#c62828'
};
M.STATUSES = { asserted: 'مؤكَّد', claimed: 'منسوب', planned: 'مُزمَع', hypothetical: 'افتراضي', negated: 'منفي' };
M.CODES = {
  ARM: 'أرمينيا', AZE: 'أذربيجان', RUS: 'روسيا', TUR: 'تركيا', IRN: 'إيران', GEO: 'جورجيا', FRA: 'فرنسا',
  USA: 'الولايات المتحدة', GBR: 'بريطانيا', DEU: 'ألمانيا', CHN: 'الصين', UKR: 'أوكرانيا', SYR: 'سوريا',
  IRQ: 'العراق', LBN: 'لبنان', ISR: 'إسرائيل', PSE: 'فلسطين', JOR: 'الأردن', EGY: 'مصر', SAU: 'السعودية',
  YEM: 'اليمن', ARE: 'الإمارات', QAT: 'قطر', KWT: 'الكويت', OMN: 'عُمان', BHR: 'البحرين', LBY: 'ليبيا',
  SDN: 'السودان', TUN: 'تونس', DZA: 'الجزائر', MAR: 'المغرب', KAZ: 'كازاخستان', AFG: 'أفغانستان',
  PAK: 'باكستان', 'IGO:UN': 'الأمم المتحدة', 'IGO:UNSC': 'مجلس الأمن', 'IGO:EU': 'الاتحاد الأوروبي',
  'IGO:CSTO': 'منظمة معاهدة الأمن الجماعي', 'IGO:OSCE': 'منظمة الأمن والتعاون في أوروبا',
  'IGO:ICRC': 'الصليب الأحمر', 'IGO:NATO': 'الناتو', 'IGO:LAS': 'الجامعة العربية', 'IGO:AU': 'الاتحاد الأفريقي',
  'IGO:GCC': 'مجلس التعاون الخليجي', 'IGO:OIC': 'منظمة التعاون الإسلامي', 'IGO:CIS': 'رابطة الدول المستقلة',
  'IGO:SCO': 'منظمة شنغهاي للتعاون'
};

/** Builds an element; string children become text nodes, so nothing is ever parsed as HTML. */
M.el = function (tag, attrs, ...children) {
  const e = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
};

/** A date (YYYY-MM-DD) isolated left-to-right, so that RTL text around it cannot reorder its parts. */
M.date = d => M.el('bdi', { dir: 'ltr', class: 'date' }, d || '');

M.clear = function (node) { while (node.firstChild) node.removeChild(node.firstChild); return node; };

M.api = async function (path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await r.json(); } catch (e) { /* non-JSON error page */ }
  if (!r.ok) throw new Error((body && body.error) || ('HTTP ' + r.status));
  return body;
};

M.typeLabel = t => (M.TYPES[t] ? M.TYPES[t] + ' · ' + t : (t || '—'));
M.statusLabel = s => (M.STATUSES[s] ? M.STATUSES[s] + ' · ' + s : (s || '—'));
M.codeLabel = c => (M.CODES[c] ? M.CODES[c] + ' (' + c + ')' : c);
M.party = p => (p.text || p.name || p.code || '?') + (p.code ? ' [' + p.code + ']' : '');
M.parties = ps => (ps && ps.length ? ps.map(M.party).join('، ') : '—');
M.places = ls => (ls && ls.length ? ls.map(l => l.text || l.name).join('، ') : '—');
M.killed = sz => {
  const k = sz && sz.killed;
  if (!k) return '';
  const v = k.best !== null && k.best !== undefined ? k.best : k.low;
  return v === null || v === undefined ? '' : String(v);
};

/**
 * Appends `text` to `container` with the ranges in `marks` ([{start, end, cls, title}], offsets
 * into text) wrapped in <mark> elements. Overlapping ranges are clipped to the earlier one.
 */
M.markedText = function (container, text, marks) {
  const sorted = (marks || []).filter(m => m.end > m.start && m.start >= 0 && m.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let pos = 0;
  for (const m of sorted) {
    if (m.start < pos) continue;
    if (m.start > pos) container.appendChild(document.createTextNode(text.slice(pos, m.start)));
    container.appendChild(M.el('mark', { class: m.cls, title: m.title, id: m.id }, text.slice(m.start, m.end)));
    pos = m.end;
  }
  if (pos < text.length) container.appendChild(document.createTextNode(text.slice(pos)));
  return container;
};

const ENTITY = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
M.decodeEntities = s => s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, e) => {
  if (e[0] === '#') {
    const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(n) ? String.fromCodePoint(n) : all;
  }
  return ENTITY[e] !== undefined ? ENTITY[e] : all;
});

/**
 * Renders a search fragment (escaped text with <mark>…</mark> around matches) without parsing it
 * as HTML: the only tags honoured are the mark delimiters; everything else is decoded to text.
 */
M.fragment = function (container, html) {
  const parts = String(html).split(/(<mark>|<\/mark>)/);
  let inMark = false;
  for (const p of parts) {
    if (p === '<mark>') { inMark = true; continue; }
    if (p === '</mark>') { inMark = false; continue; }
    if (!p) continue;
    const t = M.decodeEntities(p);
    container.appendChild(inMark ? M.el('mark', null, t) : document.createTextNode(t));
  }
  return container;
};

M.error = function (container, err) {
  container.appendChild(M.el('p', { class: 'error' }, 'خطأ · Error: ' + (err && err.message ? err.message : err)));
};
