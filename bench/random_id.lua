-- wrk script: GET <prefix><random id in 1..max_id>. Usage: wrk ... -s random_id.lua URL -- /articles/ 1164
local prefix, max_id = "/articles/", 1164
function init(args)
  if args[1] then prefix = args[1] end
  if args[2] then max_id = tonumber(args[2]) end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
end
function request()
  return wrk.format("GET", prefix .. math.random(1, max_id))
end
