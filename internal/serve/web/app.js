// gongwen page: load a campaign file, show its problems in place, build and
// download documents, use the template gallery. No framework, no inline
// script (the page's CSP forbids it), text set with textContent only.
'use strict';
const $ = (s) => document.querySelector(s);
const el = (tag, props, ...kids) => {
  const e = Object.assign(document.createElement(tag), props || {});
  e.append(...kids);
  return e;
};
let token = sessionStorage.getItem('gongwen-token') || '';
let current = null; // {name, text}
let info = {};

async function api(path, opts) {
  opts = opts || {};
  opts.headers = token ? { Authorization: 'Bearer ' + token } : {};
  const r = await fetch(path, opts);
  if (r.status === 401) $('#token-box').hidden = false;
  return r;
}

async function failure(r) {
  try { return await r.json(); } catch (e) { return { error: r.status + ' ' + r.statusText }; }
}

function status(text, cls) {
  const s = $('#status');
  s.textContent = text;
  s.className = 'status ' + (cls || '');
}

function dataForm(extra) {
  const f = new FormData();
  f.append('data', new Blob([current.text], { type: 'text/plain' }), current.name);
  if ($('#date').value) f.append('date', $('#date').value);
  for (const [k, v] of Object.entries(extra || {})) f.append(k, v);
  return f;
}

// showSource lists the file's lines; each problem is marked at its column
// and its message is shown under its line.
function showSource(text, problems) {
  const byLine = new Map();
  for (const p of problems) {
    if (!p.line) continue;
    if (!byLine.has(p.line)) byLine.set(p.line, []);
    byLine.get(p.line).push(p);
  }
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const items = lines.map((line, i) => {
    const ps = byLine.get(i + 1);
    const li = el('li', { id: 'L' + (i + 1) });
    if (!ps) { li.textContent = line || ' '; return li; }
    li.className = 'bad';
    const chars = Array.from(line);
    const col = Math.max(1, Math.min(ps[0].col || 1, chars.length + 1)) - 1;
    const rest = chars.slice(col).join('');
    const word = (rest.match(/^[^\s,:#\]}]+/) || [rest.slice(0, 1) || ' '])[0];
    li.append(chars.slice(0, col).join(''), el('mark', { textContent: word }), rest.slice(word.length));
    for (const p of ps) {
      li.append(el('span', { className: 'msg' + (p.warning ? ' warn' : ''),
        textContent: `${p.line}:${p.col}: ${p.warning ? '警告：' : ''}${p.msg}${p.path ? '（' + p.path + '）' : ''}` }));
    }
    return li;
  });
  $('#source').replaceChildren(...items);
}

function showProblems(list, problems) {
  list.replaceChildren(...problems.map((p) => {
    const where = p.line ? `${p.line}:${p.col}` : (p.where || p.file || '');
    const text = `${where ? where + '：' : ''}${p.warning ? '警告：' : ''}${p.msg}` +
      `${p.context ? '「' + p.context + '」' : ''}${p.path ? '（' + p.path + '）' : ''}`;
    if (!p.line) return el('li', { textContent: text });
    const a = el('a', { href: '#L' + p.line, textContent: text });
    return el('li', {}, a);
  }));
}

async function validate() {
  status('正在检查 ' + current.name + ' …');
  $('#build-all').disabled = true;
  $('#docs tbody').replaceChildren();
  const r = await api('/api/validate', { method: 'POST', body: dataForm() });
  const body = await failure(r);
  const problems = r.ok ? body.warnings : (body.problems || []);
  showSource(current.text, problems);
  showProblems($('#problems'), problems);
  const first = problems.find((p) => p.line);
  if (first) document.getElementById('L' + first.line).scrollIntoView({ block: 'center' });
  if (!r.ok) {
    status(body.error || '检查失败', 'bad');
    $('#docs-hint').textContent = '请先改正数据中的错误。';
    return;
  }
  status(`${body.campaign}（${body.year}年）：数据无误，截至 ${body.date} 可生成 ${body.documents.length} 份文稿。`, 'ok');
  $('#docs-hint').textContent = '点击文稿名右侧的按钮下载；“全部下载”得到 zip。';
  $('#build-all').disabled = false;
  $('#tpl-render').disabled = !$('#tpl-file').files.length;
  $('#docs tbody').replaceChildren(...body.documents.map((d) => {
    const acts = el('td', { className: 'act' },
      el('button', { type: 'button', textContent: '下载', className: 'dl', onclick: (e) => download('/api/build', dataForm({ file: d.file }), e.target) }));
    if (info.pdf) acts.append(' ', el('button', { type: 'button', textContent: 'PDF', onclick: (e) => download('/api/build', dataForm({ file: d.file, format: 'pdf' }), e.target) }));
    if (info.preview) acts.append(' ', el('button', { type: 'button', textContent: '预览', onclick: (e) => preview(d, e.target) }));
    return el('tr', {}, el('td', { className: 'kind', textContent: d.kind }), el('td', { textContent: d.file }), acts);
  }));
}

function filename(r, fallback) {
  const cd = r.headers.get('Content-Disposition') || '';
  const star = cd.match(/filename\*=UTF-8''([^;]+)/i);
  if (star) return decodeURIComponent(star[1]);
  const plain = cd.match(/filename="([^"]+)"/);
  return plain ? plain[1] : fallback;
}

function save(blob, name) {
  const a = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 10000);
}

async function download(path, body, button, problemsList) {
  const label = button.textContent;
  button.disabled = true;
  button.textContent = '生成中…';
  try {
    const r = await api(path, { method: 'POST', body });
    if (!r.ok) {
      const e = await failure(r);
      status(e.error || '生成失败', 'bad');
      showProblems(problemsList || $('#problems'), e.problems || []);
      return;
    }
    const name = filename(r, 'gongwen');
    save(await r.blob(), name);
    status('已下载 ' + name, 'ok');
  } catch (e) {
    status('请求失败：' + e.message, 'bad');
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}

async function preview(d, button) {
  button.disabled = true;
  const fig = $('#preview');
  fig.hidden = false;
  fig.querySelector('figcaption').textContent = d.file + '：正在生成预览（LibreOffice，需数秒）…';
  try {
    const r = await api('/api/preview', { method: 'POST', body: dataForm({ file: d.file }) });
    if (!r.ok) { fig.querySelector('figcaption').textContent = (await failure(r)).error; return; }
    const img = fig.querySelector('img');
    if (img.src) URL.revokeObjectURL(img.src);
    img.src = URL.createObjectURL(await r.blob());
    fig.querySelector('figcaption').textContent = d.file + ' 第 1 页';
  } finally { button.disabled = false; }
}

async function useFile(name, text) {
  current = { name, text };
  await validate();
}

async function loadTemplates() {
  const r = await api('/api/templates');
  if (!r.ok) return;
  const body = await r.json();
  $('#templates tbody').replaceChildren(...body.templates.map((t) => el('tr', {},
    el('td', { className: 'kind', textContent: t.kind }),
    el('td', {}, t.name, el('span', { className: 'desc', textContent: t.description })),
    el('td', { className: 'act' }, el('button', { type: 'button', textContent: '下载模板',
      onclick: async (e) => {
        const res = await api(t.download);
        if (res.ok) save(await res.blob(), t.name); else status((await failure(res)).error, 'bad');
      } })))));
}

async function init() {
  $('#token').value = token;
  $('#token-save').onclick = () => {
    token = $('#token').value.trim();
    sessionStorage.setItem('gongwen-token', token);
    $('#token-box').hidden = true;
    init();
  };
  const r = await api('/api/info');
  if (!r.ok) { status((await failure(r)).error, 'bad'); return; }
  info = await r.json();
  $('#tpl-kind').replaceChildren(...info.kinds.map((k) => el('option', { value: k.kind, textContent: `${k.label}（${k.template}）` })),
    el('option', { value: 'campaign', textContent: '自定义：整个活动数据' }));
  loadTemplates();
  const d = await api('/api/data');
  if (d.ok) {
    const files = (await d.json()).files;
    $('#server-data').hidden = files.length === 0;
    $('#data-select').replaceChildren(el('option', { value: '', textContent: '——请选择——' }),
      ...files.map((f) => el('option', { value: f, textContent: f })));
  }
}

$('#data-file').addEventListener('change', async (e) => {
  const f = e.target.files[0];
  if (f) await useFile(f.name, await f.text());
});
$('#data-select').addEventListener('change', async (e) => {
  const name = e.target.value;
  if (!name) return;
  const r = await api('/api/data/' + encodeURIComponent(name));
  if (r.ok) await useFile(name, await r.text()); else status((await failure(r)).error, 'bad');
});
$('#date').addEventListener('change', () => { if (current) validate(); });
$('#build-all').addEventListener('click', (e) => download('/api/build', dataForm(), e.target));
$('#tpl-file').addEventListener('change', (e) => {
  const f = e.target.files[0];
  $('#tpl-render').disabled = !f || !current;
  if (!f) return;
  const base = f.name.replace(/\.[^.]*$/, '');
  const k = (info.kinds || []).find((k) => base === k.template.replace(/\.docx$/, ''));
  if (k) $('#tpl-kind').value = k.kind;
});
$('#tpl-render').addEventListener('click', (e) => {
  const f = $('#tpl-file').files[0];
  const body = dataForm({ kind: $('#tpl-kind').value });
  body.append('template_file', f, f.name);
  if ($('#tpl-doc').value.trim()) body.append('doc', $('#tpl-doc').value.trim());
  $('#tpl-problems').replaceChildren();
  download('/api/render', body, e.target, $('#tpl-problems'));
});
init();
