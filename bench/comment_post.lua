-- wrk script: logged-in readers post comments. Each request is
--   POST /api/articles/<random id in 1..max_id, never skip_id>/comments  {"body":"<unique text>"}
-- with the session cookie of one of this thread's accounts, round-robin (wrk has no per-connection hook, so
-- consecutive requests of a thread, i.e. its connections, take the accounts in turn).
-- Usage: wrk ... -s comment_post.lua URL -- COOKIE_FILE THREADS MAX_ID SKIP_ID
--   COOKIE_FILE: one Cookie header value a line (JSESSIONID=...; JSESSIONIDVERSION=...: both, see bench/lib.sh); thread t (0-based) takes lines t, t+THREADS, t+2*THREADS, ...
-- Bodies carry a run tag, the thread id and a counter, so no post repeats an (account, article, body) of the
-- duplicate window (409). done() prints "comment posts: created N (approved A), other statuses: ...; request()
-- calls R": R bounds the posts sent (wrk calls request() once more, unsent, to check for pipelining), so R - N
-- bounds the posts still in flight when wrk stopped, which the server may still store.

local threads, next_tid = {}, 0

function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
  table.insert(threads, thread)
end

local cookies, max_id, skip_id, n, run = {}, 1164, 0, 0, ""
created, approved, others, calls = 0, 0, "", 0
local other = {}

function init(args)
  local file, nthreads = args[1], tonumber(args[2] or "1")
  max_id = tonumber(args[3] or "1164")
  skip_id = tonumber(args[4] or "0")
  local i = 0
  for line in io.lines(file) do
    if line ~= "" then
      if i % nthreads == tid then table.insert(cookies, line) end
      i = i + 1
    end
  end
  if #cookies == 0 then error("thread " .. tid .. ": no cookie in " .. file) end
  math.randomseed(os.time() + tid * 7919 + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
  run = string.format("%x%04x", os.time(), math.random(0, 65535))
end

function request()
  n = n + 1
  calls = n
  local cookie = cookies[n % #cookies + 1]
  local id
  repeat id = math.random(1, max_id) until id ~= skip_id
  local body = string.format('{"body":"基准测试 %s-%d-%d：这篇报道写得很清楚，谢谢记者。"}', run, tid, n)
  return wrk.format("POST", "/api/articles/" .. id .. "/comments",
    { ["Content-Type"] = "application/json", ["Cookie"] = cookie }, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
    if body and body:find('"approved"', 1, true) then approved = approved + 1 end
  else
    other[status] = (other[status] or 0) + 1
    local parts = {}
    for s, c in pairs(other) do table.insert(parts, s .. "=" .. c) end
    others = table.concat(parts, " ")
  end
end

function done(summary, latency, requests)
  local c, a, o, r = 0, 0, {}, 0
  for _, t in ipairs(threads) do
    c = c + (t:get("created") or 0)
    r = r + (t:get("calls") or 0)
    a = a + (t:get("approved") or 0)
    local s = t:get("others")
    if s and s ~= "" then table.insert(o, s) end
  end
  io.write(string.format("comment posts: created %d (approved %d), other statuses: %s; request() calls %d\n", c, a,
    #o > 0 and table.concat(o, " ") or "none", r))
end
