-- wrk script: POST /api/captcha {"action":"comment","articleId":<random id in 1..max_id>} (each call renders a
-- Kaptcha PNG and stores it). Usage: wrk ... -s captcha_issue.lua URL -- MAX_ID
local max_id = 1164
function init(args)
  if args[1] then max_id = tonumber(args[1]) end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
end
function request()
  return wrk.format("POST", "/api/captcha", { ["Content-Type"] = "application/json" },
    string.format('{"action":"comment","articleId":%d}', math.random(1, max_id)))
end
