/* Shared helpers of the newsroom pages (window.InkNewsroom): the JSON API client, element building (every server
 * value is written as text), Chinese names of statuses and actions, and times in the site zone. */
(function () {
'use strict';

var STATUS = { draft: '草稿', in_review: '审核中', returned: '已退回', scheduled: '定时发布', published: '已发布', withdrawn: '已撤稿' };
var ACTION = {
  create: '创建', save: '保存', submit: '提交审核', approve: '审核通过', 'return': '退回', publish: '发布',
  unschedule: '取消定时', withdraw: '撤稿', restore: '恢复为草稿', import: '导入', correct: '更正', schedule: '定时发布',
  edit: '修改'
};
/** The states of a correction of a live article (live: readers see the published version meanwhile). */
var CORRECTION = { draft: '更正草稿', in_review: '更正审核中', returned: '更正已退回' };
/** Chinese names of the article fields (request fields and the diff's field names). */
var FIELD = { title: '标题', subtitle: '副标题', summary: '摘要', bodyHtml: '正文', body: '正文', channel: '栏目', tags: '关键词',
  source: '来源', byline: '作者', coverImage: '封面图片', publishAt: '发布时间', correctionNote: '更正说明' };
var LEVEL = { 1: '初审', 2: '复审', 3: '终审' };

/** An element: tag with optional .classes, properties (text = textContent, on* = listeners, else attributes), children. */
function h(tag, props, kids) {
  if (Array.isArray(props)) { kids = props; props = null; }
  var parts = tag.split('.'), n = document.createElement(parts[0]);
  if (parts.length > 1) n.className = parts.slice(1).join(' ');
  Object.keys(props || {}).forEach(function (k) {
    var v = props[k];
    if (v == null || v === false) return;
    if (k === 'text') n.textContent = v;
    else if (k.indexOf('on') === 0) n.addEventListener(k.slice(2), v);
    else n.setAttribute(k, v === true ? '' : String(v));
  });
  (kids || []).forEach(function (c) { if (c != null && c !== false) n.append(c); });
  return n;
}

var fmt = function (s, v) { return s.replace(/\{(\w+)\}/g, function (_, k) { return String(v[k]); }); };

/**
 * Calls the API at base + path. Resolves to the parsed JSON body ({} when empty); rejects with an Error whose
 * status (0 for a network failure), code, fields and body (the parsed error body) are set.
 */
async function api(base, method, path, body, raw) {
  var init = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (raw) {
    init.body = raw;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  var res, data = null;
  try {
    res = await fetch(base + path, init);
  } catch (e) {
    throw Object.assign(new Error('网络错误，请稍后重试。'), { status: 0, fields: {} });
  }
  try { var txt = await res.text(); data = txt ? JSON.parse(txt) : null; } catch (e) { data = null; }
  if (res.ok) return data || {};
  data = data || {};
  var msg = res.status === 401 ? '登录已过期，请重新登录。' : (typeof data.message === 'string' && data.message
    ? data.message : '请求失败（' + res.status + '），请稍后重试。');
  throw Object.assign(new Error(msg), { status: res.status, code: data.code || '',
    fields: data.fields && typeof data.fields === 'object' ? data.fields : {}, body: data });
}

/** The message of an API error with each field's reason appended. */
function describe(e) {
  var f = e.fields || {};
  return [e.message].concat(Object.keys(f).map(function (k) { return k + '：' + f[k]; })).join(' ');
}

/** The offset (ms) of zone at the instant t (ms since the epoch), from the browser's time-zone data. */
function zoneOffset(zone, t) {
  var dtf = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  var p = {};
  dtf.formatToParts(new Date(t)).forEach(function (x) { p[x.type] = x.value; });
  var asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second);
  return asUtc - Math.floor(t / 1000) * 1000;
}

var pad = function (x) { return String(x).padStart(2, '0'); };

/** "2026-11-30T18:05:00+08:00" (RFC 3339 with the zone's offset) of a datetime-local value read in zone; null for "". */
function zonedToRfc3339(local, zone) {
  var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(local || '');
  if (!m) return null;
  var guess = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] || 0));
  var off = zoneOffset(zone, guess - zoneOffset(zone, guess));
  var mins = Math.round(off / 60000), sign = mins < 0 ? '-' : '+';
  mins = Math.abs(mins);
  return m[1] + '-' + m[2] + '-' + m[3] + 'T' + m[4] + ':' + m[5] + ':' + (m[6] || '00') + sign + pad(Math.floor(mins / 60)) + ':' + pad(mins % 60);
}

/** The datetime-local value ("YYYY-MM-DDTHH:MM:SS") in zone of an RFC 3339 instant; "" for none. */
function toZonedLocal(iso, zone) {
  var t = Date.parse(iso || '');
  if (isNaN(t)) return '';
  var d = new Date(t + zoneOffset(zone, t));
  return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + 'T' + pad(d.getUTCHours())
    + ':' + pad(d.getUTCMinutes()) + ':' + pad(d.getUTCSeconds());
}

/** "2026-11-30 18:05" in zone, for display; the input as given when it is not a time. */
function showTime(iso, zone) {
  var v = toZonedLocal(iso, zone);
  return v ? v.slice(0, 16).replace('T', ' ') : (iso ? String(iso) : '');
}

/** A <time> element showing iso in zone. */
function time(iso, zone) {
  return iso ? h('time', { datetime: String(iso), text: showTime(iso, zone) }) : '';
}

/** The log-in page's address that comes back to this page. */
function loginHref(base) {
  return base + '/login?return=' + encodeURIComponent(location.pathname + location.search);
}

/**
 * The status label of an article (a list item or the article): 已发布 · 更正草稿 / 更正审核中 / 更正已退回 while a
 * correction of a live article is a draft, in review or returned; otherwise the status's name.
 */
function statusLabel(a) {
  if (a && a.live === true && CORRECTION[a.status]) return STATUS.published + ' · ' + CORRECTION[a.status];
  return a ? STATUS[a.status] || String(a.status || '') : '';
}

/** The newest history item with the given action (items of GET .../history), or null. */
function latest(items, action) {
  var found = null;
  (Array.isArray(items) ? items : []).forEach(function (i) {
    if (i && i.action === action && (!found || (Date.parse(i.at) || 0) > (Date.parse(found.at) || 0))) found = i;
  });
  return found;
}

function levelName(n) {
  return LEVEL[n] ? '第 ' + n + ' 级（' + LEVEL[n] + '）' : '第 ' + n + ' 级';
}

window.InkNewsroom = { STATUS: STATUS, ACTION: ACTION, FIELD: FIELD, statusLabel: statusLabel, latest: latest, h: h, fmt: fmt, api: api, describe: describe, time: time,
  showTime: showTime, zonedToRfc3339: zonedToRfc3339, toZonedLocal: toZonedLocal, loginHref: loginHref, levelName: levelName };
})();
