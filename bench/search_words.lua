-- wrk script: uncached two-word search. Each request is
--   GET /api/search?q=<w1>%20<w2>
-- with two different words drawn at random (math.random, uniform) out of a word list, one word a line, lines
-- starting with "#" skipped (bench/common_words.txt: the 300 most common two-character words of the zh-news
-- corpus, made by bench/gen_words.py). 300 words give 89,700 ordered pairs against the server's 2,000-entry
-- query-result cache, so nearly every request is a miss: the cost of a reader's fresh query.
-- Every thread seeds its own generator: SEED (default: the clock, so a warm-up and the measured run after it
-- draw different pairs) + 7919 x thread number. done() prints the word count and the seeds.
-- Usage: wrk ... -s search_words.lua URL -- WORD_FILE [SEED]
local threads, next_tid = {}, 0

function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
  table.insert(threads, thread)
end

local words = {}
nwords, seed = 0, 0

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  local file = args[1] or "bench/common_words.txt"
  for line in io.lines(file) do
    line = line:gsub("%s+$", "")
    if line ~= "" and line:sub(1, 1) ~= "#" then words[#words + 1] = urlencode(line) end
  end
  if #words < 2 then error("fewer than two words in " .. file) end
  nwords = #words
  seed = (tonumber(args[2] or "") or os.time()) + 7919 * tid
  math.randomseed(seed)
end

function request()
  local i = math.random(#words)
  local j = math.random(#words - 1)
  if j >= i then j = j + 1 end -- a different word
  return wrk.format("GET", "/api/search?q=" .. words[i] .. "%20" .. words[j])
end

function done(summary, latency, requests)
  local seeds, n = {}, 0
  for _, t in ipairs(threads) do
    table.insert(seeds, tostring(t:get("seed")))
    n = t:get("nwords") or n
  end
  io.write(string.format("two-word search: %d words, %d ordered pairs, thread seeds %s\n", n, n * (n - 1),
    table.concat(seeds, " ")))
end
