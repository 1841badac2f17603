// The map: bundled country outlines (no tile server, so it works offline) and one clustered
// marker per geocoded event location, coloured by event type.
'use strict';
(function (M) {
  let map = null;
  let cluster = null;

  M.initMap = function () {
    if (map) return map;
    map = L.map('map', { zoomControl: true, attributionControl: true, minZoom: 3, maxZoom: 12 })
      .setView([38, 45], 5);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Natural Earth');
    fetch('/region.geojson').then(r => r.json()).then(fc => {
      L.geoJSON(fc, {
        style: { color: '#6d7f8c', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 },
        onEachFeature: (f, layer) => {
          const code = f.properties.code;
          layer.bindTooltip((code && M.CODES[code] ? M.CODES[code] + ' · ' : '') + f.properties.name, { sticky: true });
        }
      }).addTo(map).bringToBack();
    }).catch(() => { /* the map still shows markers */ });
    cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 45 });
    map.addLayer(cluster);
    return map;
  };

  function popup(p) {
    const box = M.el('div', { class: 'popup' },
      M.el('strong', null, M.typeLabel(p.event_type)), M.el('br'),
      M.date(p.date), ' · ' + (p.place_text || p.place || ''), M.el('br'),
      p.actors ? M.el('span', null, 'الفاعل: ' + p.actors) : null,
      p.killed ? M.el('span', null, ' · قتلى: ' + p.killed) : null, M.el('br'),
      M.el('a', { href: '#/event/' + p.id }, 'التفاصيل والتقارير (' + p.report_count + ')'));
    return box;
  }

  /** Replaces the markers with the points of a GeoJSON FeatureCollection from /api/export.geojson. */
  M.setMarkers = function (fc) {
    M.initMap();
    cluster.clearLayers();
    const markers = [];
    for (const f of fc.features) {
      const [lon, lat] = f.geometry.coordinates;
      const p = f.properties;
      const icon = L.divIcon({ className: 'ev-marker', html: '', iconSize: [14, 14] });
      const m = L.marker([lat, lon], { icon, title: (p.event_type || '') + ' ' + (p.date || '') });
      m.on('add', () => { const e = m.getElement(); if (e) e.style.background = M.TYPE_COLORS[p.event_type] || '#555'; });
      m.bindPopup(() => popup(p));
      markers.push(m);
    }
    cluster.addLayers(markers);
    const el = document.getElementById('map');
    el.setAttribute('data-markers', String(markers.length));
    if (markers.length) {
      const b = L.latLngBounds(markers.map(m => m.getLatLng()));
      map.fitBounds(b.pad(0.5), { maxZoom: 6 });
    }
    return markers.length;
  };

  M.invalidateMap = function () { if (map) map.invalidateSize(); };
})(window.Marsad);
