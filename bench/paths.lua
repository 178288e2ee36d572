-- wrk script: GET the paths listed in a file (one a line), in turn, each thread from a random start.
-- Usage: wrk ... -s paths.lua URL -- PATH_FILE
local paths, i = {}, 0
function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(paths, line) end
  end
  if #paths == 0 then error("no path in " .. args[1]) end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
  i = math.random(0, #paths - 1)
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
