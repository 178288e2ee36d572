-- wrk script: GET /api/search?q=<two random characters>, from 200 common characters of the news corpus:
-- 40,000 combinations, so almost every request misses the server's query-result cache (the uncached cost).
local chars = {}
for c in ("中国发展经济市场企业公司投资银行股票基金房价教育学校学生考试体育比赛足球篮球冠军游戏电影明星音乐时尚设计家居装修"
       .. "健康医院医疗科技手机网络互联网电脑汽车旅游文化历史政府政策改革农村城市社会服务工作工资就业消费价格增长下降上涨"
       .. "国际美国日本欧洲世界新闻记者报道调查数据研究专家表示认为目前今年去年未来计划项目建设产品用户平台管理部门活动组织"
       .. "公益儿童妇女家庭孩子父母老人志愿捐款保险资金贷款利率销售品牌产业环境能源交通安全法律法院"):gmatch("[%z\1-\127\194-\244][\128-\191]*") do
  chars[#chars + 1] = c
end
local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end
function request()
  local q = chars[math.random(#chars)] .. chars[math.random(#chars)]
  return wrk.format("GET", "/api/search?q=" .. urlencode(q))
end
