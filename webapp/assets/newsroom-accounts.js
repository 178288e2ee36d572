/* 账号管理 on {context}/newsroom/accounts, against /api/admin/accounts. */
(function () {
'use strict';

var root = document.getElementById('newsroom-accounts');
if (!root || !window.InkstoneAdmin) return;
var A = window.InkstoneAdmin, h = A.h;
var base = (root.getAttribute('data-base') || '').replace(/\/+$/, '');
var status = document.getElementById('accounts-status');
var tbody = root.querySelector('#accounts-table tbody');
var roleSelect = document.getElementById('account-role');
var roleNames = {};
Array.prototype.forEach.call(roleSelect.options, (o) => { roleNames[o.value] = o.textContent; });

var call = (method, path, body) => A.api(base, method, '/api/admin/accounts' + path, body);

async function load() {
  var data = await A.run(status, null, () => call('GET', ''));
  if (!data) return;
  tbody.textContent = '';
  data.items.forEach((a) => tbody.appendChild(row(a)));
}

function row(a) {
  var toggle = h('button', { type: 'button', 'aria-label': (a.disabled ? '启用 ' : '停用 ') + a.username }, [a.disabled ? '启用' : '停用']);
  toggle.addEventListener('click', () => A.run(status, toggle, () => call('POST', '/' + a.id + (a.disabled ? '/enable' : '/disable')),
    a.disabled ? '已启用 ' + a.username + '。' : '已停用 ' + a.username + '，其会话已结束。').then(load));
  var reset = h('button', { type: 'button', 'aria-label': '重置密码 ' + a.username }, ['重置密码']);
  reset.addEventListener('click', async () => {
    if (!window.confirm('确定重置 ' + a.username + ' 的密码？其当前会话将结束。')) return;
    var r = await A.run(status, reset, () => call('POST', '/' + a.id + '/password-reset'));
    if (r) {
      await load();
      status.textContent = a.username + ' 的临时密码：' + r.oneTimePassword + '（只显示这一次，对方登录后须立即修改）';
    }
  });
  var state = a.disabled ? '已停用' : (a.mustChangePassword ? '待修改临时密码' : '正常');
  return h('tr', null, [
    h('td', null, [a.username]),
    h('td', null, [a.displayName]),
    h('td', null, [a.roles.map((r) => roleNames[r] || r).join('、')]),
    h('td', null, [state]),
    h('td', null, [A.time(a.createdAt)]),
    h('td', null, [toggle, ' ', reset])
  ]);
}

var form = document.getElementById('account-form');
var formError = document.getElementById('account-form-error');
form.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  var body = { username: form.elements.username.value.trim(), displayName: form.elements.displayName.value,
    password: form.elements.password.value, roles: [roleSelect.value] };
  var created = await A.run(formError, form.querySelector('button'), () => call('POST', '', body));
  if (created) {
    form.reset();
    status.textContent = '已新建账号 ' + created.username + '，可用所设密码登录。';
    load();
  }
});

load();
})();
