// Runs newsroom-partner.js (path given as the argument) under Node against a stub DOM and admin API, and checks the
// delivery log it renders: each row names its delivery 投递 #id, and 重新投递 is offered only where the API says
// redeliverable (not on queued, sending, superseded or outdated deliveries). NewsroomScriptsTest runs it.
const assert = require('assert');
function el(tag) {
  return { tag: tag, kids: [], attrs: {}, hidden: false, listeners: {},
    appendChild(k) { this.kids.push(k); return k; },
    set textContent(v) { this.kids = v ? [v] : []; }, get textContent() { return text(this); },
    getAttribute(n) { return this.attrs[n] == null ? null : this.attrs[n]; },
    addEventListener(t, f) { this.listeners[t] = f; },
    querySelector(s) { return this.sel[s]; } };
}
function text(n) { return typeof n === 'string' ? n : n.kids.map(text).join(''); }
const tbody = el('tbody');
const root = el('div'); root.attrs = { 'data-base': '/inkstone', 'data-partner': '42' }; root.sel = { '#deliveries-table tbody': tbody };
const form = el('form'); form.sel = { button: el('button') };
const nodes = { 'newsroom-partner': root, 'partner-status': el('p'), 'deliveries-more': el('button'), 'backfill-form': form,
  'backfill-error': el('p') };
global.document = { getElementById: (id) => nodes[id] };
const calls = [];
function d(id, status, redeliverable) {
  return { id: id, uid: 'uid-' + id, partnerId: 42, articleId: 7, version: id, pubstatus: 'usable', status: status,
    attempts: 1, lastCode: null, lastError: null, createdAt: '2026-11-30T10:00:00+08:00', nextAttemptAt: null,
    lastAttemptAt: null, finishedAt: null, redeliverable: redeliverable };
}
global.window = { InkstoneAdmin: {
  h: (tag, props, kids) => { const n = el(tag); n.attrs = props || {}; (kids || []).forEach((k) => n.kids.push(k)); return n; },
  time: (iso) => iso,
  run: async (status, button, action) => action(),
  api: async (base, method, path) => { calls.push(method + ' ' + path);
    return { items: [d(5, 'delivered', true), d(4, 'delivered', false), d(3, 'failed', false), d(2, 'queued', false),
      d(1, 'superseded', false)], nextCursor: null }; } } };
require(require('path').resolve(process.argv[2]));
setTimeout(() => {
  assert.deepStrictEqual(calls, ['GET /api/admin/deliveries?partner=42&size=50']);
  assert.strictEqual(tbody.kids.length, 5);
  assert.deepStrictEqual(tbody.kids.map((r) => text(r.kids[0])), ['#5', '#4', '#3', '#2', '#1']);
  const buttons = tbody.kids.map((r) => r.kids[r.kids.length - 1].kids.filter((k) => k.tag === 'button')
    .map((b) => text(b) + '|' + b.attrs['aria-label']));
  assert.deepStrictEqual(buttons, [['重新投递|重新投递（投递 #5）'], [], [], [], []]);
  console.log('ok');
}, 50);
