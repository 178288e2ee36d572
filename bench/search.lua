-- wrk script: GET /api/search?q=<URL-encoded query>, rotating over realistic Chinese queries.
local queries = { "乡村振兴", "房价", "篮球", "教育改革", "基金", "游戏", "手机", "明星", "股市", "高考",
                  "电影", "装修", "足球", "银行", "留学", "时装", "公益", "医保", "楼市调控", "网络游戏" }
local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local paths, i = {}, 0
for k, q in ipairs(queries) do paths[k] = "/api/search?q=" .. urlencode(q) end
function init(args)
  i = math.random(0, #paths - 1)
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
