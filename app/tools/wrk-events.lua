-- wrk script: the same mixed GET /api/events load as `marsad bench-api` (SyntheticEvents.query),
-- for a store that bench-api filled (synthetic events; 2020-01-01 plus six years).
--   ./marsad serve --data /tmp/web-bench --port 8091 &
--   wrk -t1 -c1 -d60s --latency -s app/tools/wrk-events.lua http://127.0.0.1:8091
local types = {"ASSAULT", "ASSAULT", "ASSAULT", "ACCUSE", "CONSULT", "REQUEST", "AGREE", "RETREAT", "MOBILIZE",
  "PROTEST", "COERCE", "THREATEN", "SUPPORT", "REJECT", "SANCTION", "AID"}
local parties = {"ARM", "AZE", "SYR", "TUR", "RUS", "IRN", "YEM", "SAU", "ISR", "PSE", "LBN", "IRQ", "LBY", "SDN"}
-- {Arabic name (percent-encoded UTF-8), English name, lat, lon}
local places = {
  {"%D8%BA%D9%88%D8%B1%D9%8A%D8%B3", "Goris", 39.51, 46.34}, {"%D8%AD%D9%84%D8%A8", "Aleppo", 36.20, 37.16},
  {"%D8%A5%D8%AF%D9%84%D8%A8", "Idlib", 35.93, 36.63}, {"%D8%B5%D9%86%D8%B9%D8%A7%D8%A1", "Sanaa", 15.37, 44.19},
  {"%D8%BA%D8%B2%D8%A9", "Gaza", 31.50, 34.47}, {"%D8%A7%D9%84%D9%85%D9%88%D8%B5%D9%84", "Mosul", 36.34, 43.13},
  {"%D8%A7%D9%84%D8%AE%D8%B1%D8%B7%D9%88%D9%85", "Khartoum", 15.50, 32.56}}
math.randomseed(2)

local function day(offset)
  return os.date("!%Y-%m-%d", os.time({year = 2020, month = 1, day = 1, hour = 12}) + offset * 86400)
end

request = function()
  local kind = math.random(10)
  local d = math.random(0, 6 * 365 - 31)
  local p = places[math.random(#places)]
  local q
  if kind == 1 then q = "limit=50"
  elseif kind == 2 then q = "type=" .. types[math.random(#types)]
  elseif kind == 3 then q = "from=" .. day(d) .. "&to=" .. day(d + 30)
  elseif kind == 4 then q = "party=" .. parties[math.random(#parties)] .. "&sort=-date"
  elseif kind == 5 then q = string.format("bbox=%.2f,%.2f,%.2f,%.2f", p[4] - 1, p[3] - 1, p[4] + 1, p[3] + 1)
  elseif kind == 6 then q = "min_killed=" .. math.random(10, 49) .. "&sort=-killed"
  elseif kind == 7 then q = "type=ASSAULT&status=claimed&from=" .. day(d) .. "&to=" .. day(d + 90)
  elseif kind == 8 then q = "location=" .. p[2]
  elseif kind == 9 then q = "limit=50&offset=" .. 50 * math.random(0, 99)
  else q = "q=" .. p[1] .. "&limit=50" end
  return wrk.format("GET", "/api/events?" .. q)
end
