/* Inkstone comment widget: <div data-inkstone-comments data-article="ID" [data-order] [data-page-size] [data-locale]></div>
 * <script src="https://HOST/assets/comments.js" defer></script>. Server and user data reach the page only as
 * text, except bodyHtml, which the server has sanitized. */
(function () {
'use strict';

// currentScript is only set while this file first runs; callbacks later see null.
var script = document.currentScript;
if (!script || !script.src || window.InkstoneComments) return;
var m = /^(.*)\/assets\/comments\.js(?:[?#].*)?$/.exec(script.src);
var base = m ? m[1] : new URL('..', script.src).href.replace(/\/$/, '');

var MAX = 2000;
var REASONS = ['spam', 'abuse', 'off-topic', 'other'];
var TEXT = {
  zh: {
    heading: '留言与评论(共有 {n} 条评论)', sort: '排序', newest: '最新', oldest: '最早', more: '加载更多',
    empty: '暂无评论。', removed: '该评论已删除', pending: '待审核', staff: '工作人员', anon: '匿名', reply: '回复', replyTo: '回复 {name}',
    cancelReply: '取消回复', report: '举报', reportOf: '举报 {name} 的评论', reason: '举报原因', choose: '请选择',
    spam: '垃圾广告', abuse: '辱骂攻击', 'off-topic': '无关内容', other: '其他', sendReport: '确认举报',
    cancel: '取消', reported: '已举报', anonymous: '匿名发表', login: '登录账号', postingAs: '以 {name} 身份发表',
    logout: '退出', nickname: '昵称', email: '邮箱（选填，不公开）', body: '评论内容', counter: '{n} / {max} 字',
    captcha: '验证码', newImage: '换一张', captchaLoading: '正在加载验证码…', submit: '发表评论',
    posted: '评论已发表。', postedPending: '评论已提交，审核通过后公开显示。', needNick: '请填写昵称。',
    needBody: '请填写评论内容。', tooLong: '评论内容不能超过 {max} 字。', badEmail: '邮箱格式不正确。',
    needCaptcha: '请输入验证码。', captchaWait: '验证码尚未加载，请稍候。', retry: '请在 {n} 秒后重试。',
    network: '网络错误，请稍后重试。', failed: '请求失败（{n}），请稍后重试。'
  },
  en: {
    heading: 'Comments ({n})', sort: 'Sort', newest: 'Newest', oldest: 'Oldest', more: 'Load more',
    empty: 'No comments yet.', removed: 'This comment was removed', pending: 'Awaiting moderation', staff: 'Staff', anon: 'Anonymous', reply: 'Reply',
    replyTo: 'Reply to {name}', cancelReply: 'Cancel reply', report: 'Report', reportOf: 'Report comment by {name}',
    reason: 'Reason', choose: 'Choose…', spam: 'Spam', abuse: 'Abuse', 'off-topic': 'Off-topic', other: 'Other',
    sendReport: 'Send report', cancel: 'Cancel', reported: 'Reported', anonymous: 'Posting anonymously',
    login: 'Log in', postingAs: 'Posting as {name}', logout: 'Log out', nickname: 'Nickname',
    email: 'E-mail (optional, not published)', body: 'Comment', counter: '{n} / {max} characters',
    captcha: 'CAPTCHA', newImage: 'New image', captchaLoading: 'Loading CAPTCHA…', submit: 'Post',
    posted: 'Your comment is posted.', postedPending: 'Your comment will appear once a moderator approves it.',
    needNick: 'Please enter a nickname.', needBody: 'Please write a comment.',
    tooLong: 'Comments are limited to {max} characters.', badEmail: 'This e-mail address looks wrong.',
    needCaptcha: 'Please type the CAPTCHA.', captchaWait: 'The CAPTCHA is still loading.',
    retry: 'Please try again in {n} seconds.', network: 'Network error; please try again.',
    failed: 'Request failed ({n}); please try again later.'
  }
};

/**
 * The widget's language, 'zh' or 'en': the first of the embed's data-locale, the page's <html lang> and the
 * browser's language that says anything decides, so a Chinese page gets a Chinese box in any browser.
 * A tag in a language the widget lacks (e.g. "fr") means English. Pure: no DOM, no globals.
 */
function pickLocale(dataLocale, pageLang, browserLang) {
  var tag = [dataLocale, pageLang, browserLang].map((v) => typeof v === 'string' ? v.trim() : '').find((v) => v) || '';
  return /^zh(?:[-_]|$)/i.test(tag) ? 'zh' : 'en';
}

var seq = 0;
var mounted = new WeakMap();
var widgets = [];
var sessionP = null;

var fmt = (s, v) => s.replace(/\{(\w+)\}/g, (_, k) => String(v[k]));
var uid = () => 'ink-' + (++seq);
var clear = (n) => { while (n.firstChild) n.removeChild(n.firstChild); };
var codePoints = (s) => [...s].length;
var asId = (v) => /^\d+$/.test(String(v)) ? Number(v) : v;

/** Creates an element. String children become text nodes, so they can never turn into markup. */
function h(tag, props, kids) {
  if (Array.isArray(props)) { kids = props; props = null; }
  var parts = tag.split('.'), n = document.createElement(parts[0]);
  if (parts.length > 1) n.className = parts.slice(1).join(' ');
  Object.keys(props || {}).forEach((k) => {
    var v = props[k];
    if (v == null || v === false) return;
    if (k === 'text') n.textContent = v;
    else if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
    else n.setAttribute(k, v === true ? '' : String(v));
  });
  (kids || []).forEach((c) => { if (c) n.append(c); });
  return n;
}

function button(cls, label, onclick, props) {
  return h('button.' + cls, Object.assign({ type: 'button', onclick: onclick }, props), [label]);
}

function localTime(iso) {
  var d = new Date(iso);
  if (isNaN(d.getTime())) return String(iso);
  var p = (x) => String(x).padStart(2, '0');
  return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + ' ' + p(d.getHours()) + ':' + p(d.getMinutes());
}

/** Calls the API; rejects with an Error that carries status, code, fields and retryAfter (seconds), its own
 * messages in the texts T of the calling widget's language. */
async function request(T, method, path, body) {
  var init = { method: method, credentials: 'include', headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  var res, data = null;
  try {
    res = await fetch(base + path, init);
  } catch (e) {
    throw Object.assign(new Error(T.network), { status: 0, code: 'network', fields: {} });
  }
  try { var txt = await res.text(); data = txt ? JSON.parse(txt) : null; } catch (e) { data = null; }
  if (res.ok) return data || {};
  data = data || {};
  throw Object.assign(new Error(typeof data.message === 'string' && data.message ? data.message : fmt(T.failed, { n: res.status })), {
    status: res.status,
    code: typeof data.code === 'string' ? data.code : '',
    fields: data.fields && typeof data.fields === 'object' ? data.fields : {},
    retryAfter: parseInt(res.headers.get('Retry-After'), 10) || 0 // seconds; needs Access-Control-Expose-Headers cross-site
  });
}

function session(refresh) {
  if (!sessionP || refresh) {
    // a failure only means "not logged in": its message is never shown
    sessionP = request(TEXT.en, 'GET', '/api/session').then((s) => s && s.authenticated === true ? s : { authenticated: false },
      () => ({ authenticated: false }));
  }
  return sessionP;
}

function injectCss() {
  var href = base + '/assets/css/comments.css';
  var links = document.querySelectorAll('link[rel~="stylesheet"]');
  for (var i = 0; i < links.length; i++) if (links[i].href.split(/[?#]/)[0] === href) return;
  (document.head || document.documentElement).append(h('link', { rel: 'stylesheet', href: href }));
}

function loginHref() {
  var same = false;
  try { same = new URL(base).origin === location.origin; } catch (e) { same = false; }
  return base + '/login' + (same ? '?return=' + encodeURIComponent(location.pathname + location.search) : '');
}

function mount(el) {
  if (!el || el.nodeType !== 1) throw new TypeError('InkstoneComments.mount needs an element');
  if (mounted.has(el)) return mounted.get(el);
  var article = (el.getAttribute('data-article') || '').trim();
  if (!article) return null;
  injectCss();
  var w = widget(el, article);
  mounted.set(el, w);
  widgets.push(w);
  return w;
}

function widget(el, article) {
  var lang = pickLocale(el.getAttribute('data-locale'), document.documentElement.lang, navigator.language);
  var T = TEXT[lang];
  var api = (method, path, body) => request(T, method, path, body);
  var size = parseInt(el.getAttribute('data-page-size'), 10);
  var st = {
    order: el.getAttribute('data-order') === 'oldest' ? 'oldest' : 'newest', size: size > 0 ? Math.min(size, 100) : 20,
    cursor: null, loadSeq: 0, nodes: new Map(), lastRoot: null, session: { authenticated: false }, known: false,
    captcha: null, capLoading: null, capForced: false, parentId: null, posting: false, lockedUntil: 0
  };
  var path = '/api/articles/' + encodeURIComponent(article) + '/comments';

  // List
  var heading = h('h2.ink-title', { text: fmt(T.heading, { n: 0 }) });
  var sortId = uid();
  var toggles = ['newest', 'oldest'].map((o) => button('ink-toggle', T[o], () => {
    if (st.order !== o) { st.order = o; renderOrder(); load(true); }
  }, { 'data-order': o }));
  var listAlert = h('p.ink-error', { role: 'alert' });
  var list = h('ol.ink-list');
  var empty = h('p.ink-empty', { hidden: true, text: T.empty });
  var more = button('ink-btn.ink-more', T.more, loadMore, { hidden: true });

  // Form: each field is a label, a control and an error line wired up with aria-describedby.
  var fields = {};
  function field(k, label, control, extra, described) {
    var err = h('p.ink-field-error', { id: uid() });
    control.id = uid();
    control.setAttribute('aria-describedby', (described ? described + ' ' : '') + err.id);
    fields[k] = { control: control, err: err };
    return h('div.ink-field.ink-f-' + k, [h('label', { for: control.id, text: label }), extra || control, err]);
  }
  var mode = h('p.ink-mode');
  var replyName = h('span');
  var replyBar = h('p.ink-replying', { hidden: true }, [replyName, ' ',
    button('ink-link-btn', T.cancelReply, () => cancelReply(true))]);
  var nick = h('input', { name: 'nickname', maxlength: 48, autocomplete: 'nickname', required: true }); // 24 code points may be 48 UTF-16 units
  var email = h('input', { name: 'email', type: 'email', maxlength: 254, autocomplete: 'email' });
  var text = h('textarea', { name: 'body', rows: 5, required: true }); // no maxlength: it counts UTF-16 units; the counter counts code points
  var counter = h('span.ink-counter', { id: uid() });
  var capImg = h('img.ink-captcha-img', { alt: T.captcha, hidden: true });
  var capNote = h('span.ink-captcha-note');
  var capInput = h('input', { name: 'captchaAnswer', autocomplete: 'off', maxlength: 8, autocapitalize: 'off', spellcheck: 'false' });
  var capRow = h('div.ink-captcha-row', [capInput, capImg, capNote,
    button('ink-btn.ink-secondary', T.newImage, () => newCaptcha())]);
  var identity = h('div.ink-identity', [field('nickname', T.nickname, nick), field('email', T.email, email)]);
  var bodyField = field('body', T.body, text, null, counter.id);
  bodyField.insertBefore(counter, fields.body.err);
  var capBox = field('captchaAnswer', T.captcha, capInput, capRow);
  capBox.hidden = true;
  var submit = h('button.ink-btn.ink-primary', { type: 'submit' }, [T.submit]);
  var formAlert = h('p.ink-error', { role: 'alert' });
  var formStatus = h('p.ink-status', { role: 'status', tabindex: '-1' });
  var form = h('form.ink-form', { novalidate: true, 'aria-label': T.submit },
    [replyBar, mode, identity, bodyField, capBox, formAlert, h('div.ink-submit-row', [submit]), formStatus]);
  var formSlot = h('div.ink-form-slot', [form]);

  var sortLabel = h('span.ink-sort-label', { id: sortId, text: T.sort });
  clear(el); // replaces the server-rendered no-JS list
  el.append(h('div.ink-widget', { lang: lang === 'zh' ? 'zh-CN' : 'en' }, [heading,
    h('div.ink-toolbar', [sortLabel, h('div.ink-toggles', { role: 'group', 'aria-labelledby': sortId }, toggles)]),
    listAlert, list, empty, more, formSlot]));
  el.setAttribute('data-ink-mounted', '');

  text.addEventListener('input', updateCounter);
  form.addEventListener('focusin', ensureCaptcha);
  form.addEventListener('submit', onSubmit);
  updateCounter();
  renderOrder();
  renderMode();
  load(true);
  session().then(applySession);

  function renderOrder() {
    toggles.forEach((b) => b.setAttribute('aria-pressed', String(b.getAttribute('data-order') === st.order)));
  }

  async function loadMore() {
    var added = await load(false);
    if (added && added.length) added[0].item.focus();
  }

  async function load(reset) {
    var mine = ++st.loadSeq;
    var q = new URLSearchParams({ order: st.order, size: String(st.size) });
    if (!reset && st.cursor) q.set('cursor', st.cursor);
    list.setAttribute('aria-busy', 'true');
    more.disabled = true;
    try {
      var data = await api('GET', path + '?' + q);
      if (mine !== st.loadSeq) return null;
      if (reset) {
        if (list.contains(form)) formSlot.append(form);
        clear(list);
        st.nodes.clear();
        st.lastRoot = null;
      }
      heading.textContent = fmt(T.heading, { n: typeof data.count === 'number' ? data.count : 0 });
      var added = (Array.isArray(data.items) ? data.items : []).filter((c) => c && c.id != null && !st.nodes.has(String(c.id))).map(add);
      st.cursor = typeof data.nextCursor === 'string' && data.nextCursor ? data.nextCursor : null;
      more.hidden = !st.cursor;
      empty.hidden = st.nodes.size > 0;
      listAlert.textContent = '';
      if (reset && st.parentId != null) { // keep an open reply form under its comment
        var target = st.nodes.get(String(st.parentId));
        if (target && target.replyBtn) target.replySlot.append(form); else cancelReply(false);
      }
      return added;
    } catch (e) {
      if (mine === st.loadSeq) listAlert.textContent = e.message;
      return null;
    } finally {
      if (mine === st.loadSeq) { list.removeAttribute('aria-busy'); more.disabled = false; }
    }
  }

  // Roots come first, each followed by its replies (oldest first); a reply whose parent is not on the page
  // goes under the current root.
  function add(c) {
    var node = renderComment(c);
    var parent = c.parentId == null ? null : st.nodes.get(String(c.parentId)) || st.lastRoot;
    if (parent) {
      if (!parent.replies) parent.replies = parent.li.appendChild(h('ol.ink-replies'));
      parent.replies.append(node.li);
    } else {
      list.append(node.li);
    }
    if (c.parentId == null) st.lastRoot = node;
    st.nodes.set(String(c.id), node);
    return node;
  }

  function renderComment(c) {
    var name = typeof c.nickname === 'string' && c.nickname ? c.nickname : T.anon;
    var pending = c.pending === true;
    var body = h('div.ink-body');
    if (c.removed === true) { // a removed thread root kept for its replies
      body.textContent = T.removed;
      var gone = { id: c.id, name: '', flagSlot: h('div'), replySlot: h('div') };
      gone.item = h('article.ink-item.ink-removed', { tabindex: '-1' }, [body]);
      gone.li = h('li.ink-comment', [gone.item]);
      return gone;
    }
    body.innerHTML = typeof c.bodyHtml === 'string' ? c.bodyHtml : ''; // sanitized by the server
    body.querySelectorAll('a').forEach((a) => a.setAttribute('rel', 'nofollow ugc noopener noreferrer'));
    var node = { id: c.id, name: name, flagSlot: h('div'), replySlot: h('div.ink-reply-slot') };
    var actions = null;
    if (!pending) { // the viewer's own comment awaiting moderation cannot be answered or flagged yet
      node.replyBtn = button('ink-link-btn', T.reply, () => openReply(node), { 'aria-label': fmt(T.replyTo, { name: name }) });
      node.flagBtn = button('ink-link-btn', T.report, () => toggleFlag(node),
        { 'aria-expanded': 'false', 'aria-label': fmt(T.reportOf, { name: name }) });
      actions = h('div.ink-actions', [node.replyBtn, node.flagBtn]);
    }
    node.item = h('article.ink-item' + (pending ? '.ink-is-pending' : ''), { tabindex: '-1' }, [
      h('p.ink-meta', [
        h('span.ink-nick', { text: name }),
        c.staff === true && h('span.ink-badge.ink-staff', { text: T.staff }),
        c.createdAt && h('time', { datetime: String(c.createdAt), text: localTime(c.createdAt) }),
        pending && h('span.ink-badge.ink-pending', { text: T.pending })
      ]),
      body, actions, node.flagSlot, node.replySlot
    ]);
    node.li = h('li.ink-comment', [node.item]);
    return node;
  }

  function toggleFlag(node) {
    if (node.flagForm) return closeFlag(node, true);
    var select = h('select', { id: uid() }, [h('option', { value: '', text: T.choose })]
      .concat(REASONS.map((r) => h('option', { value: r, text: T[r] }))));
    var err = h('p.ink-error', { role: 'alert' });
    var send = h('button.ink-btn', { type: 'submit' }, [T.sendReport]);
    var f = node.flagForm = h('form.ink-flag-form', [h('label', { for: select.id, text: T.reason }), select, send,
      button('ink-btn.ink-secondary', T.cancel, () => closeFlag(node, true)), err]);
    f.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      if (!select.value) return select.focus();
      send.disabled = true;
      try {
        await api('POST', '/api/comments/' + encodeURIComponent(node.id) + '/flags', { reason: select.value });
        closeFlag(node, false);
        var done = h('span.ink-reported', { role: 'status', tabindex: '-1', text: T.reported });
        node.flagBtn.replaceWith(done);
        done.focus();
      } catch (e) {
        err.textContent = e.message;
        send.disabled = false;
      }
    });
    node.flagSlot.append(f);
    node.flagBtn.setAttribute('aria-expanded', 'true');
    select.focus();
  }

  function closeFlag(node, refocus) {
    node.flagForm.remove();
    node.flagForm = null;
    node.flagBtn.setAttribute('aria-expanded', 'false');
    if (refocus) node.flagBtn.focus();
  }

  function openReply(node) {
    st.parentId = node.id;
    replyName.textContent = fmt(T.replyTo, { name: node.name });
    replyBar.hidden = false;
    node.replySlot.append(form);
    text.focus();
  }

  function cancelReply(refocus) {
    var prev = st.parentId == null ? null : st.nodes.get(String(st.parentId));
    st.parentId = null;
    replyBar.hidden = true;
    if (form.parentNode !== formSlot) formSlot.append(form);
    if (refocus && prev) prev.replyBtn.focus();
  }

  function applySession(s) {
    st.session = s;
    st.known = true;
    st.capForced = false;
    renderMode();
    if (!captchaNeeded()) return;
    // An anonymous reader gets a challenge once the form is first on screen (or focused), not on page load.
    if (!window.IntersectionObserver) return ensureCaptcha();
    var io = new IntersectionObserver((es) => { if (es.some((e) => e.isIntersecting)) { io.disconnect(); ensureCaptcha(); } });
    io.observe(form);
  }

  function renderMode() {
    var s = st.session;
    clear(mode);
    mode.append(s.authenticated ? fmt(T.postingAs, { name: s.displayName || s.username || '' }) : T.anonymous, ' · ',
      s.authenticated ? button('ink-link-btn', T.logout, logout)
        : h('a', { href: loginHref(), text: T.login }));
    identity.hidden = !!s.authenticated;
    capBox.hidden = !captchaNeeded();
  }

  async function logout(ev) {
    var btn = ev.currentTarget;
    btn.disabled = true;
    try {
      await api('DELETE', '/api/session');
    } catch (e) {
      formAlert.textContent = e.message;
      btn.disabled = false;
      return;
    }
    var s = await session(true);
    widgets.forEach((w) => w.sessionChanged(s));
  }

  function captchaNeeded() {
    return !st.session.authenticated || st.session.captchaRequired === true || st.capForced;
  }

  function ensureCaptcha() {
    if (!st.known || !captchaNeeded() || st.capLoading) return;
    var exp = st.captcha ? Date.parse(st.captcha.expiresAt) : NaN;
    if (!st.captcha || exp - Date.now() < 10000) newCaptcha();
  }

  function newCaptcha() {
    if (st.capLoading) return st.capLoading;
    capBox.hidden = false;
    st.captcha = null;
    capInput.value = '';
    capImg.hidden = true;
    capNote.textContent = T.captchaLoading;
    st.capLoading = api('POST', '/api/captcha', { action: 'comment', articleId: asId(article) }).then((c) => {
      st.captcha = c;
      capImg.src = new URL(String(c.imageUrl), base + '/').href;
      capImg.hidden = false;
    }, (e) => { formAlert.textContent = e.message; }).then(() => {
      capNote.textContent = '';
      st.capLoading = null;
    });
    return st.capLoading;
  }

  function updateCounter() {
    var v = text.value, n = codePoints(v);
    counter.textContent = fmt(T.counter, { n: n, max: MAX });
    counter.classList.toggle('ink-over', n > MAX);
  }

  function fieldError(k, msg) {
    var f = fields[k];
    if (!f) return false;
    f.err.textContent = msg;
    f.control.setAttribute('aria-invalid', 'true');
    return true;
  }

  function clearErrors() {
    formAlert.textContent = formStatus.textContent = '';
    Object.keys(fields).forEach((k) => {
      fields[k].err.textContent = '';
      fields[k].control.removeAttribute('aria-invalid');
    });
  }

  function firstInvalid() {
    return form.querySelector('[aria-invalid]');
  }

  function setPosting(on) {
    st.posting = on;
    submit.disabled = on || Date.now() < st.lockedUntil;
  }

  async function onSubmit(ev) {
    ev.preventDefault();
    if (st.posting) return;
    clearErrors();
    var anon = !st.session.authenticated, useCaptcha = captchaNeeded();
    var nickname = nick.value.trim(), mail = email.value.trim(), n = codePoints(text.value);
    if (anon && !nickname) fieldError('nickname', T.needNick);
    if (anon && mail && !/^[^\s@]+@[^\s@]+$/.test(mail)) fieldError('email', T.badEmail);
    if (!text.value.trim()) fieldError('body', T.needBody);
    else if (n > MAX) fieldError('body', fmt(T.tooLong, { max: MAX }));
    if (useCaptcha && !st.captcha) {
      formAlert.textContent = T.captchaWait;
      return newCaptcha();
    }
    if (useCaptcha && !capInput.value.trim()) fieldError('captchaAnswer', T.needCaptcha);
    if (firstInvalid()) return firstInvalid().focus();

    var payload = {
      nickname: anon ? nickname : null, email: anon && mail ? mail : null, body: text.value, parentId: st.parentId,
      captchaId: useCaptcha ? st.captcha.id : null, captchaAnswer: useCaptcha ? capInput.value.trim() : null
    };
    if (useCaptcha) st.captcha = null; // the server burns a challenge on any attempt, right or wrong
    setPosting(true);
    var focus = null;
    try {
      var res = await api('POST', path, payload);
      text.value = '';
      updateCounter();
      cancelReply(false);
      await load(true);
      formStatus.textContent = res.status === 'pending' ? T.postedPending : T.posted;
      if (!form.contains(document.activeElement)) focus = formStatus;
    } catch (e) {
      focus = postFailed(e);
    } finally {
      setPosting(false);
      if (useCaptcha) newCaptcha();
    }
    if (focus) focus.focus();
  }

  /** Shows why a post failed; returns the control that should get focus. */
  function postFailed(e) {
    var msg = [e.message], focus = null, code = e.code || '', errs = e.fields || {};
    if (code === 'captcha_required') {
      st.capForced = true;
      newCaptcha();
      focus = capInput;
    } else if (code.startsWith('captcha_')) {
      newCaptcha();
      focus = capInput;
    } else if ((code === 'rate_limited' || e.status === 429) && e.retryAfter > 0) {
      msg.push(fmt(T.retry, { n: e.retryAfter }));
      st.lockedUntil = Date.now() + e.retryAfter * 1000;
      setTimeout(() => setPosting(st.posting), e.retryAfter * 1000 + 50);
    }
    Object.keys(errs).forEach((k) => { if (!fieldError(k, String(errs[k]))) msg.push(String(errs[k])); });
    formAlert.textContent = msg.join(' ');
    return firstInvalid() || focus;
  }

  return { sessionChanged: (s) => { st.captcha = null; applySession(s); load(true); } };
}

function mountAll() {
  document.querySelectorAll('[data-inkstone-comments]').forEach(mount);
}

window.InkstoneComments = { mount: mount, pickLocale: pickLocale };
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
else mountAll();
})();
