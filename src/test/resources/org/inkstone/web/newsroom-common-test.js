// Runs newsroom-common.js (path given as the argument) under Node without a DOM and checks its pure label rules; NewsroomScriptsTest runs it.
global.window = {}; global.document = {};
require(require('path').resolve(process.argv[2]));
const N = window.InkNewsroom, assert = require('assert');
assert.strictEqual(N.statusLabel({status:'draft', live:true}), '已发布 · 更正草稿');
assert.strictEqual(N.statusLabel({status:'in_review', live:true}), '已发布 · 更正审核中');
assert.strictEqual(N.statusLabel({status:'returned', live:true}), '已发布 · 更正已退回');
assert.strictEqual(N.statusLabel({status:'draft', live:false}), '草稿');
assert.strictEqual(N.statusLabel({status:'published', live:true}), '已发布');
assert.strictEqual(N.ACTION.edit, '修改');
assert.strictEqual(N.FIELD.correctionNote, '更正说明');
assert.deepStrictEqual(N.latest([{action:'return',at:'2026-11-30T10:00:00+08:00',reason:'a'},{action:'submit',at:'2026-11-30T12:00:00+08:00'},{action:'return',at:'2026-11-30T03:30:00Z',reason:'b'}],'return').reason, 'b');
assert.strictEqual(N.latest([], 'return'), null);
// the picks page's expiry: entered and shown in the site zone, whatever the browser's zone
assert.strictEqual(N.zonedToRfc3339('2026-12-01T09:30', 'Asia/Shanghai'), '2026-12-01T09:30:00+08:00');
assert.strictEqual(N.toZonedLocal('2026-12-01T01:30:00Z', 'Asia/Shanghai').slice(0, 16), '2026-12-01T09:30');
console.log('ok');
