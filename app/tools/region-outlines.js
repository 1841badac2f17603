// Builds app/src/main/resources/web/region.geojson: simplified country outlines of the Middle East,
// the Caucasus and North Africa, so the dashboard map works with no internet connection.
// Source: the npm package world-atlas@2 (Natural Earth 1:50m, public domain) read with
// topojson-client@3. Run: npm pack world-atlas@2 topojson-client@3, unpack both, then
//   node app/tools/region-outlines.js WORLD_ATLAS_DIR TOPOJSON_CLIENT_DIR > app/src/main/resources/web/region.geojson
const [atlasDir, clientDir] = process.argv.slice(2);
const topo = require(require('path').resolve(atlasDir, 'countries-50m.json'));
const client = require(require('path').resolve(clientDir, 'dist/topojson-client.js'));

// ISO 3166-1 numeric → alpha-3 for the countries of the region (and its neighbours on the map).
const ALPHA3 = {
  '004': 'AFG', '012': 'DZA', '031': 'AZE', '048': 'BHR', '051': 'ARM', '100': 'BGR', '148': 'TCD',
  '196': 'CYP', '231': 'ETH', '232': 'ERI', '262': 'DJI', '268': 'GEO', '275': 'PSE', '300': 'GRC',
  '364': 'IRN', '368': 'IRQ', '376': 'ISR', '398': 'KAZ', '400': 'JOR', '414': 'KWT', '422': 'LBN',
  '434': 'LBY', '478': 'MRT', '466': 'MLI', '504': 'MAR', '512': 'OMN', '562': 'NER', '586': 'PAK',
  '634': 'QAT', '643': 'RUS', '682': 'SAU', '706': 'SOM', '729': 'SDN', '728': 'SSD', '732': 'ESH',
  '760': 'SYR', '762': 'TJK', '788': 'TUN', '792': 'TUR', '795': 'TKM', '784': 'ARE', '804': 'UKR',
  '818': 'EGY', '860': 'UZB', '887': 'YEM', '498': 'MDA', '642': 'ROU', '724': 'ESP', '380': 'ITA',
  '470': 'MLT', '807': 'MKD', '008': 'ALB', '417': 'KGZ', '356': 'IND', '156': 'CHN', '566': 'NGA',
  '120': 'CMR', '140': 'CAF', '620': 'PRT', '250': 'FRA', '112': 'BLR',
};
const REGION = { minLon: -18, minLat: 8, maxLon: 66, maxLat: 48 };

function round(c) { return [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100]; }
function ring(r) {
  const out = [];
  for (const c of r) {
    const p = round(c);
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : null;
}
function bboxHits(coords) {
  let hit = false;
  (function walk(a) {
    if (hit) return;
    if (typeof a[0] === 'number') {
      if (a[0] >= REGION.minLon && a[0] <= REGION.maxLon && a[1] >= REGION.minLat && a[1] <= REGION.maxLat) hit = true;
      return;
    }
    a.forEach(walk);
  })(coords);
  return hit;
}

const fc = client.feature(topo, topo.objects.countries);
const features = [];
for (const f of fc.features) {
  if (!f.geometry || !bboxHits(f.geometry.coordinates)) continue;
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const kept = polys.map(p => p.map(ring).filter(Boolean)).filter(p => p.length && bboxHits(p));
  if (!kept.length) continue;
  features.push({ type: 'Feature', id: ALPHA3[f.id] || f.id || null,
    properties: { name: f.properties.name, code: ALPHA3[f.id] || null },
    geometry: { type: 'MultiPolygon', coordinates: kept } });
}
features.sort((a, b) => a.properties.name.localeCompare(b.properties.name));
process.stdout.write(JSON.stringify({ type: 'FeatureCollection',
  source: 'Natural Earth 1:50m via npm world-atlas@2 (public domain), clipped to the region', features }));
