/* 栏目管理 on {context}/newsroom/channels, against /api/admin/channels. */
(function () {
'use strict';

var root = document.getElementById('newsroom-channels');
if (!root || !window.InkstoneAdmin) return;
var A = window.InkstoneAdmin, h = A.h;
var base = (root.getAttribute('data-base') || '').replace(/\/+$/, '');
var status = document.getElementById('channels-status');
var tbody = root.querySelector('#channels-table tbody');
var parentSelect = document.getElementById('channel-parent');
var tree = [];

var call = (method, path, body) => A.api(base, method, '/api/admin/channels' + path, body);

async function load() {
  var data = await A.run(status, null, () => call('GET', ''));
  if (!data) return;
  tree = data.items;
  render();
}

function render() {
  tbody.textContent = '';
  tree.forEach((c, i) => {
    tbody.appendChild(row(c, null, tree, i));
    c.children.forEach((k, j) => tbody.appendChild(row(k, c, c.children, j)));
  });
  var keep = parentSelect.value;
  parentSelect.textContent = '';
  parentSelect.appendChild(h('option', { value: '' }, ['无（一级栏目）']));
  tree.forEach((c) => parentSelect.appendChild(h('option', { value: c.id }, [c.name])));
  parentSelect.value = keep;
}

function row(c, parent, siblings, index) {
  var nameId = 'channel-name-' + c.id;
  var name = h('input', { id: nameId, value: c.name, maxLength: 32, required: true });
  var save = h('button', { type: 'button' }, ['改名']);
  save.addEventListener('click', () => A.run(status, save, () => call('PATCH', '/' + c.id, { name: name.value }), '已改名。').then(load));
  var toggle = h('button', { type: 'button' }, [c.hidden ? '显示' : '隐藏']);
  toggle.addEventListener('click', () => A.run(status, toggle, () => call('PATCH', '/' + c.id, { hidden: !c.hidden }),
    c.hidden ? '已显示。' : '已隐藏。').then(load));
  var up = h('button', { type: 'button', disabled: index === 0, 'aria-label': '上移 ' + c.name }, ['上移']);
  var down = h('button', { type: 'button', disabled: index === siblings.length - 1, 'aria-label': '下移 ' + c.name }, ['下移']);
  up.addEventListener('click', () => move(siblings, index, -1, parent, up));
  down.addEventListener('click', () => move(siblings, index, 1, parent, down));
  var del = h('button', { type: 'button', 'aria-label': '删除 ' + c.name }, ['删除']);
  del.addEventListener('click', () => {
    if (!window.confirm('确定删除栏目“' + c.name + '”？')) return;
    A.run(status, del, () => call('DELETE', '/' + c.id), '已删除。').then(load);
  });
  return h('tr', null, [
    h('td', null, [parent ? '　' + c.id : c.id]),
    h('td', null, [h('label.sr', { htmlFor: nameId }, ['名称 ' + c.id]), name, ' ', save]),
    h('td', null, [parent ? '二级栏目（' + parent.name + '）' : '一级栏目']),
    h('td', null, [c.hidden ? '已隐藏' : '显示中']),
    h('td', null, [toggle, ' ', up, ' ', down, ' ', del])
  ]);
}

function move(siblings, index, step, parent, button) {
  var ids = siblings.map((s) => s.id);
  var t = ids[index]; ids[index] = ids[index + step]; ids[index + step] = t;
  A.run(status, button, () => call('PUT', '/order', { parent: parent ? parent.id : null, ids: ids }), '已调整顺序。').then(load);
}

var form = document.getElementById('channel-form');
var formError = document.getElementById('channel-form-error');
form.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  var body = { id: form.elements.id.value.trim(), name: form.elements.name.value, parent: parentSelect.value || null };
  var created = await A.run(formError, form.querySelector('button'), () => call('POST', '', body));
  if (created) {
    form.reset();
    status.textContent = '已新建栏目“' + created.name + '”。';
    load();
  }
});

load();
})();
