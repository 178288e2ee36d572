-- wrk script: GET <prefix><random id in 1..max_id>. Usage: wrk ... -s random_id.lua URL -- /articles/ 1164
-- Requests carry a browser User-Agent, so article pages go through view counting as a reader's would (a
-- request without one is taken for a crawler and costs no view claim); no cookie is kept, so every request
-- is a new visitor claimed by its address, the dearest case.
local prefix, max_id = "/articles/", 1164
function init(args)
  if args[1] then prefix = args[1] end
  if args[2] then max_id = tonumber(args[2]) end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
  wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
end
function request()
  return wrk.format("GET", prefix .. math.random(1, max_id))
end
