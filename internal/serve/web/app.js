// gongwen page: the office's workbench. Choose the ledger (a file of the
// server's data folder, editable, or an upload, view only), see the work
// and change it, import what the units return, and issue the documents.
// No framework, no inline script (the page's CSP forbids it), text set
// with textContent only.
'use strict';
const $ = (s) => document.querySelector(s);
const $$ = (s) => [...document.querySelectorAll(s)];
const el = (tag, props, ...kids) => {
  const { attrs, ...rest } = props || {};
  const e = Object.assign(document.createElement(tag), rest);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  e.append(...kids.filter((k) => k !== null && k !== undefined && k !== false));
  return e;
};
const button = (text, onclick, cls, label) => el('button', { type: 'button', className: 'btn ' + (cls || ''), textContent: text, onclick,
  attrs: label ? { 'aria-label': label } : {} });

let token = sessionStorage.getItem('gongwen-token') || '';
let info = {};
let current = null; // {name, text, server, version}
let work = null; // the work view answer
let docs = []; // the documents the build makes
let templates = [];
let editing = null; // id of the task or decision being edited
let previewAbort = null;
let generation = 0; // bumps when the data or the date changes

async function api(path, opts) {
  opts = opts || {};
  opts.headers = Object.assign({}, opts.headers || {}, token ? { Authorization: 'Bearer ' + token } : {});
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

let toastTimer = 0;
function toast(text, bad) {
  const t = $('#toast');
  t.textContent = text;
  t.className = 'toast' + (bad ? ' bad' : '');
  t.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { t.hidden = true; }, bad ? 9000 : 4000);
}

function busy(btn, on, text) {
  if (!btn) return;
  if (on) {
    btn.dataset.label = btn.textContent;
    btn.textContent = text || '处理中…';
    btn.classList.add('busy');
    btn.disabled = true;
  } else {
    if (btn.dataset.label) btn.textContent = btn.dataset.label;
    btn.classList.remove('busy');
    btn.disabled = false;
  }
}

// ---- tabs -------------------------------------------------------------

function selectTab(id, focus) {
  for (const t of $$('[role=tab]')) {
    const on = t.id === id;
    t.setAttribute('aria-selected', on);
    t.tabIndex = on ? 0 : -1;
    $('#' + t.getAttribute('aria-controls')).hidden = !on;
    if (on && focus) t.focus();
  }
  if (id === 'tab-history') loadHistory();
}

function initTabs() {
  const tabs = $$('[role=tab]');
  for (const t of tabs) {
    t.addEventListener('click', () => selectTab(t.id));
    t.addEventListener('keydown', (e) => {
      const i = tabs.indexOf(t);
      let j = -1;
      if (e.key === 'ArrowRight') j = (i + 1) % tabs.length;
      if (e.key === 'ArrowLeft') j = (i + tabs.length - 1) % tabs.length;
      if (e.key === 'Home') j = 0;
      if (e.key === 'End') j = tabs.length - 1;
      if (j >= 0) { e.preventDefault(); selectTab(tabs[j].id, true); }
    });
  }
}

// ---- the data in use ----------------------------------------------------

function dateValue() {
  const v = $('#date').value.trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '';
}

function dataForm(extra) {
  const f = new FormData();
  if (current.server) f.append('data_name', current.name);
  else f.append('data', new Blob([current.text], { type: 'text/plain' }), current.name);
  if (dateValue()) f.append('date', dateValue());
  for (const [k, v] of Object.entries(extra || {})) f.append(k, v);
  return f;
}

function showInUse() {
  const b = $('#in-use');
  if (!current) { b.textContent = '尚未选择数据'; b.className = 'in-use'; return; }
  const editable = work && work.editable;
  b.textContent = current.server
    ? `正在使用：${current.name}（服务器数据${editable ? '，可在网页上修改' : '，只读'}）`
    : `正在使用：上传的 ${current.name}（只查看，修改请用服务器数据）`;
  b.className = 'in-use' + (editable ? ' edit' : '');
}

// useText starts over with a file: everything shown of the previous data
// (documents, preview, work view) goes.
async function useText(name, text, server) {
  current = { name, text, server };
  work = null;
  generation++;
  clearPreview();
  closeTemplateChooser();
  showInUse();
  await refresh(true);
}

async function refresh(first) {
  const ok = await validate(first);
  if (ok) await loadWork();
  else {
    work = null;
    $('#work').hidden = true;
    $('#work-empty').hidden = false;
  }
  showInUse();
  $('#undo').disabled = !(work && work.editable);
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

function problemText(p) {
  const where = p.line ? `${p.line}:${p.col}` : (p.where || p.file || '');
  return `${where ? where + '：' : ''}${p.warning ? '警告：' : ''}${p.msg}` +
    `${p.context ? '「' + p.context + '」' : ''}${p.path ? '（' + p.path + '）' : ''}`;
}

function showProblems(list, problems) {
  list.replaceChildren(...problems.map((p) => {
    const text = problemText(p);
    if (!p.line) return el('li', { textContent: text });
    const a = el('a', { href: '#L' + p.line, textContent: text, onclick: () => selectTab('tab-data') });
    return el('li', {}, a);
  }));
}

async function validate(first) {
  status('正在检查 ' + current.name + ' …', 'busy');
  $('#build-all').disabled = true;
  const gen = generation;
  const r = await api('/api/validate', { method: 'POST', body: dataForm() });
  const body = await failure(r);
  if (gen !== generation) return false;
  const problems = r.ok ? body.warnings : (body.problems || []);
  showSource(current.text, problems);
  showProblems($('#problems'), problems);
  if (!r.ok) {
    status((body.error || '检查失败') + '（见“数据文件”）', 'bad');
    docs = [];
    renderDocs();
    $('#docs-hint').textContent = '请先改正数据中的错误。';
    selectTab('tab-data');
    const firstBad = problems.find((p) => p.line);
    if (firstBad) document.getElementById('L' + firstBad.line).scrollIntoView({ block: 'center' });
    return false;
  }
  status(`${body.campaign}（${body.year}年）：数据无误，截至 ${body.date} 可生成 ${body.documents.length} 份文稿` +
    (problems.length ? `，另有 ${problems.length} 条提醒（见“数据文件”）` : '') + '。', 'ok');
  if (!$('#date').value) $('#date').placeholder = body.date;
  docs = body.documents;
  $('#docs-hint').textContent = `共 ${docs.length} 份；点“预览”在右侧逐页查看。`;
  $('#build-all').disabled = false;
  $('#tpl-render').disabled = !$('#tpl-file').files.length;
  renderDocs();
  if (first && !current.server) selectTab('tab-docs');
  if (first && current.server) selectTab('tab-work');
  return true;
}

// ---- the work view --------------------------------------------------------

async function loadWork() {
  const gen = generation;
  const r = await api('/api/work', { method: 'POST', body: dataForm() });
  if (gen !== generation) return;
  if (!r.ok) { toast((await failure(r)).error || '无法读取工作台', true); return; }
  const body = await r.json();
  // The body arrives after its own await: a new file or date may have come in meanwhile.
  if (gen !== generation) return;
  work = body;
  current.version = work.version;
  $('#work-empty').hidden = true;
  $('#work').hidden = false;
  renderTotals();
  fillFilters();
  renderTasks();
  renderLetters();
  renderDecisions();
  renderDocs();
  const cad = $('#meeting-form select[name=cadence]');
  cad.replaceChildren(el('option', { value: '', textContent: '（不属于会议制度）' }),
    ...(work.cadences || []).map((c) => el('option', { value: c.id, textContent: c.name })));
  $('#meeting-add').hidden = !work.editable;
  $('#drop').parentElement.hidden = !work.editable;
}

const filter = { unit: '', status: '', overdue: false, week: false, text: '', ids: null };

function renderTotals() {
  const t = work.totals;
  const card = (label, n, cls, on) => {
    const b = el('button', { type: 'button', className: 'total ' + (cls || '') }, el('b', { textContent: String(n) }), label);
    if (on) {
      b.setAttribute('aria-pressed', String(!!on.pressed()));
      b.onclick = () => { on.toggle(); renderTotals(); renderTasks(); };
    }
    return b;
  };
  const open = t.tasks - t.finished;
  $('#totals').replaceChildren(
    card(`任务（截至 ${work.date}）`, t.tasks, '', { pressed: () => !filter.status && !filter.overdue && !filter.week,
      toggle: () => { filter.status = ''; filter.overdue = false; filter.week = false; syncFilters(); } }),
    ...t.by_status.map((s) => card(s.status, s.count, s.status === '已完成' || s.status === '已销号' ? 'good' : '', {
      pressed: () => filter.status === s.status, toggle: () => { filter.status = filter.status === s.status ? '' : s.status; syncFilters(); } })),
    card('未完成', open, '', { pressed: () => filter.status === 'open', toggle: () => { filter.status = filter.status === 'open' ? '' : 'open'; syncFilters(); } }),
    card('逾期', t.overdue, t.overdue ? 'warn' : 'good', { pressed: () => filter.overdue, toggle: () => { filter.overdue = !filter.overdue; syncFilters(); } }),
    card(work.week.replace(/（.*/, '') + '清单', t.this_week, '', { pressed: () => filter.week, toggle: () => { filter.week = !filter.week; syncFilters(); } }),
    card('按期完成', t.on_time, 'good'),
  );
}

function syncFilters() {
  $('#f-unit').value = filter.unit;
  $('#f-status').value = filter.status;
  $('#f-overdue').checked = filter.overdue;
  $('#f-week').checked = filter.week;
}

function fillFilters() {
  const unit = $('#f-unit');
  unit.replaceChildren(el('option', { value: '', textContent: '全部单位' }), ...work.units.map((u) => el('option', { value: u, textContent: u })));
  const st = $('#f-status');
  st.replaceChildren(el('option', { value: '', textContent: '全部状态' }), el('option', { value: 'open', textContent: '未完成' }),
    ...work.statuses.map((s) => el('option', { value: s, textContent: s })));
  if (!work.units.includes(filter.unit)) filter.unit = '';
  syncFilters();
}

function shown(tk) {
  if (filter.ids && !filter.ids.includes(tk.id)) return false;
  if (filter.unit && !tk.owners.includes(filter.unit)) return false;
  if (filter.status === 'open' && (tk.status === '已完成' || tk.status === '已销号')) return false;
  if (filter.status && filter.status !== 'open' && tk.status !== filter.status) return false;
  if (filter.overdue && !tk.overdue) return false;
  if (filter.week && !tk.this_week) return false;
  if (filter.text) {
    const hay = [tk.id, tk.title, tk.notes, tk.category, tk.period].join(' ');
    if (!hay.includes(filter.text)) return false;
  }
  return true;
}

function lateCell(tk) {
  if (tk.overdue) return el('span', { className: 'late', textContent: tk.overdue_days ? `逾期 ${tk.overdue_days} 个工作日` : '逾期' });
  if (tk.left_days && tk.status !== '已完成' && tk.status !== '已销号') return el('span', { className: 'soon', textContent: `剩 ${tk.left_days} 个工作日` });
  return '';
}

function renderTasks() {
  const table = $('#tasks');
  for (const b of $$('#tasks tbody')) b.remove();
  const list = work.tasks.filter(shown);
  const groups = new Map();
  for (const tk of list) {
    if (!groups.has(tk.category)) groups.set(tk.category, []);
    groups.get(tk.category).push(tk);
  }
  let n = 0;
  for (const [cat, tasks] of groups) {
    const tb = el('tbody');
    tb.append(el('tr', { className: 'group' }, el('td', { colSpan: 8, textContent: `${cat}（${tasks.length} 项）` })));
    for (const tk of tasks) {
      n++;
      const tr = el('tr', { className: tk.overdue ? 'overdue' : '', id: 'task-' + tk.id },
        el('td', {}, tk.title, el('span', { className: 'id', textContent: tk.id + (tk.this_week ? ' · 本周' : '') })),
        el('td', { className: 'small' }, [...tk.lead, ...tk.units.filter((u) => !tk.lead.includes(u))].join('、') || tk.group || ''),
        el('td', { className: 'nowrap' }, tk.period, el('span', { className: 'id', textContent: tk.due ? '截止 ' + tk.due : '' })),
        el('td', {}, el('span', { className: 'st st-' + tk.status, textContent: tk.status })),
        el('td', { className: 'nowrap', textContent: tk.done_on || '' }),
        el('td', { className: 'note', textContent: tk.notes || '' }),
        el('td', {}, lateCell(tk)),
        el('td', { className: 'act' }, work.editable ? button('修改', () => startEdit(tr, tk, false), 'small edit', `修改任务 ${tk.title}`) : ''));
      tb.append(tr);
    }
    table.append(tb);
  }
  if (!n) table.append(el('tbody', {}, el('tr', {}, el('td', { colSpan: 8, className: 'hint', textContent: '没有符合筛选条件的任务。' }))));
  $('#f-count').textContent = `显示 ${n} / ${work.tasks.length} 项` + (filter.ids ? '（所选单位的督办任务）' : '');
  $('#f-clear').hidden = !filter.ids;
}

function renderLetters() {
  const ul = $('#letters');
  if (!work.letters.length) { ul.replaceChildren(el('li', { className: 'hint', textContent: '截至此日没有逾期或 3 个工作日内到期的任务。' })); return; }
  ul.replaceChildren(...work.letters.map((l) => el('li', {},
    el('a', { href: '#', className: 'name', textContent: l.name, onclick: (e) => {
      e.preventDefault(); filter.ids = l.tasks; selectTab('tab-work'); renderTasks(); } }),
    el('div', { className: 'hint', textContent: (l.overdue ? `逾期 ${l.overdue} 项，最长 ${l.max_days} 个工作日` : '') +
      (l.overdue && l.at_risk ? '；' : '') + (l.at_risk ? `即将到期 ${l.at_risk} 项` : '') }),
    el('div', { className: 'links' },
      l.notice_file ? button('督办通知', (e) => download('/api/build', dataForm({ file: l.notice_file }), e.currentTarget), 'small notice', `下载给${l.name}的督办通知`) : '',
      l.reply_file ? button('回复表', (e) => download('/api/build', dataForm({ file: l.reply_file }), e.currentTarget), 'small', `下载${l.name}的督办事项回复表`) : ''))));
}

function renderDecisions() {
  const t = $('#decisions');
  $('#dec-count').textContent = work.decisions.length ? `（${work.decisions.length} 项）` : '';
  if (!work.decisions.length) { t.replaceChildren(el('tbody', {}, el('tr', {}, el('td', { className: 'hint', textContent: '数据中还没有会议议定事项。' })))); return; }
  t.replaceChildren(el('tbody', {}, ...work.decisions.map((d) => {
    const tr = el('tr', { className: d.overdue ? 'overdue' : '', id: 'dec-' + d.key },
      el('td', {}, d.text, el('span', { className: 'id', textContent: `${d.meeting}（${d.date}）${d.owner ? ' · ' + d.owner : ''}${d.due ? ' · 时限 ' + d.due : ''}` }),
        d.notes ? el('span', { className: 'id', textContent: '备注：' + d.notes }) : ''),
      el('td', {}, el('span', { className: 'st st-' + d.status, textContent: d.status })),
      el('td', { className: 'act' }, work.editable ? button('修改', () => startEdit(tr, { id: d.key, status: d.status, done_on: d.done_on, notes: d.notes, title: d.text }, true), 'small', '修改议定事项') : ''));
    return tr;
  })));
}

// startEdit opens the editor of a task or decision under its row.
function startEdit(tr, item, decision) {
  cancelEdit();
  editing = item.id;
  tr.classList.add('editing');
  const cols = tr.children.length;
  const st = el('select', { name: 'status', attrs: { 'aria-label': '状态' } }, ...work.statuses.map((s) => el('option', { value: s, textContent: s })));
  st.value = item.status;
  const done = el('input', { name: 'done_on', value: item.done_on || '', placeholder: '年-月-日', size: 10, inputMode: 'numeric', attrs: { 'aria-label': '完成日期', pattern: '\\d{4}-\\d{2}-\\d{2}' } });
  const notes = el('input', { name: 'notes', value: item.notes || '', placeholder: '进展情况', attrs: { 'aria-label': '备注' } });
  const err = el('div', { className: 'field-error', attrs: { role: 'alert' } });
  const finished = (s) => s === '已完成' || s === '已销号';
  st.onchange = () => {
    if (finished(st.value) && !done.value) done.value = dateValue() || $('#date').placeholder || new Date().toISOString().slice(0, 10);
    if (!finished(st.value)) done.value = '';
    done.disabled = !finished(st.value);
  };
  done.disabled = !finished(st.value);
  const save = button('保存', () => saveEdit(item, decision, { status: st.value, done_on: done.value.trim(), notes: notes.value }, save, err), 'primary small save');
  const row = el('tr', { className: 'edit-row editing' }, el('td', { colSpan: cols },
    el('div', { className: 'form' },
      el('label', {}, '状态', st), el('label', {}, '完成日期', done), el('label', { className: 'wide' }, '备注', notes),
      save, button('取消', cancelEdit, 'small'), err)));
  row.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { e.preventDefault(); cancelEdit(); tr.querySelector('button')?.focus(); }
    if (e.key === 'Enter' && e.target.tagName === 'INPUT') { e.preventDefault(); save.click(); }
  });
  tr.after(row);
  st.focus();
}

function cancelEdit() {
  editing = null;
  for (const r of $$('tr.edit-row')) r.remove();
  for (const r of $$('tr.editing')) r.classList.remove('editing');
}

async function saveEdit(item, decision, v, btn, err) {
  const t = { id: item.id, decision, status: v.status, notes: v.notes };
  if (v.done_on) t.done_on = v.done_on;
  if (v.done_on && !/^\d{4}-\d{2}-\d{2}$/.test(v.done_on)) { err.textContent = '完成日期应写成 年-月-日，如 2013-07-15'; return; }
  busy(btn, true, '保存中…');
  err.textContent = '';
  try {
    const r = await api('/api/edit', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ data_name: current.name, version: current.version, who: $('#who').value.trim(), tasks: [t] }) });
    const body = await failure(r);
    if (!r.ok) {
      err.textContent = body.error + (body.problems ? '：' + body.problems.map(problemText).join('；') : '');
      if (r.status === 409) { status(body.error, 'bad'); }
      return;
    }
    toast(body.message + (body.changes.length ? '：' + body.changes.map((c) => `${c.item} ${c.field} ${c.old || '（空）'} → ${c.new || '（删除）'}`).join('；') : ''));
    await afterChange();
    const row = document.getElementById((decision ? 'dec-' : 'task-') + item.id);
    if (row) { row.classList.add('saved'); row.querySelector('button')?.focus(); }
  } catch (e) {
    err.textContent = '请求失败：' + e.message;
  } finally {
    busy(btn, false);
  }
}

// afterChange shows the data as it now is: the data changed, so the old
// documents and preview no longer hold.
async function afterChange() {
  cancelEdit();
  generation++;
  clearPreview();
  const r = await api('/api/data/' + encodeURIComponent(current.name));
  if (r.ok) current.text = await r.text();
  await refresh(false);
  if (!$('#pane-history').hidden) loadHistory();
}

async function addMeeting(e) {
  e.preventDefault();
  const f = e.target;
  const m = Object.fromEntries(new FormData(f).entries());
  const btn = f.querySelector('button[type=submit]');
  busy(btn, true, '保存中…');
  try {
    const r = await api('/api/edit', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ data_name: current.name, version: current.version, who: $('#who').value.trim(), meeting: m }) });
    const body = await failure(r);
    if (!r.ok) { toast(body.error + (body.problems ? '：' + body.problems.map(problemText).join('；') : ''), true); return; }
    toast(body.message);
    f.reset();
    await afterChange();
  } finally { busy(btn, false); }
}

// ---- importing a returned list ------------------------------------------

async function importFile(file, apply) {
  const box = $('#import-preview');
  box.hidden = false;
  box.replaceChildren(el('p', { className: 'hint', textContent: (apply ? '正在写入 ' : '正在读取 ') + file.name + ' …' }));
  const f = new FormData();
  f.append('data_name', current.name);
  f.append('version', current.version);
  f.append('who', $('#who').value.trim());
  if (apply) f.append('apply', '1');
  f.append('file', file, file.name);
  const r = await api('/api/import', { method: 'POST', body: f });
  const body = await failure(r);
  if (!r.ok) {
    box.replaceChildren(el('p', { className: 'field-error', textContent: body.error }),
      el('ul', { className: 'problems' }, ...(body.problems || []).map((p) => el('li', { textContent: problemText(p) }))));
    return;
  }
  const list = el('ul', { className: 'changes' }, ...body.changes.map((c) => el('li', {}, `${c.item} ${c.field}：`,
    el('del', { textContent: c.old || '（空）' }), ' → ', el('ins', { textContent: c.new || '（删除）' }))));
  if (apply || !body.changes.length) {
    box.replaceChildren(el('p', { className: 'status ok', textContent: body.message }), list);
    if (apply) { toast(body.message); await afterChange(); }
    return;
  }
  current.version = body.version;
  const ok = button('确认写入', () => importFile(file, true), 'primary small', '确认写入这些修改');
  box.replaceChildren(el('p', { textContent: body.message }), list,
    el('div', { className: 'form' }, ok, button('取消', () => { box.hidden = true; }, 'small')));
  ok.focus();
}

function initDrop() {
  const drop = $('#drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const f = e.dataTransfer.files[0];
    if (f) importFile(f, false);
  });
  drop.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); $('#import-file').click(); }
  });
  $('#import-file').addEventListener('change', (e) => {
    const f = e.target.files[0];
    if (f) importFile(f, false);
    e.target.value = '';
  });
}

// ---- documents -------------------------------------------------------------

function docID(d) {
  if (!work || !work.documents) return '';
  const m = work.documents.find((x) => x.title && (d.title === x.title || d.file.startsWith(x.title)));
  return m ? m.id : '';
}

const closedKinds = new Set();

function renderDocs() {
  const t = $('#docs');
  const q = $('#doc-search').value.trim();
  const groups = new Map();
  for (const d of docs) {
    const id = docID(d);
    if (q && !(d.file + ' ' + d.kind + ' ' + id).includes(q)) continue;
    if (!groups.has(d.kind)) groups.set(d.kind, []);
    groups.get(d.kind).push({ d, id });
  }
  const bodies = [];
  for (const [kind, list] of groups) {
    const closed = closedKinds.has(kind) && !q;
    const head = el('tr', { className: 'kind' + (closed ? ' closed' : '') }, el('td', { colSpan: 3 },
      el('span', { textContent: `${kind}（${list.length}）`, tabIndex: 0, attrs: { role: 'button', 'aria-expanded': String(!closed) } })));
    const toggle = () => { closedKinds.has(kind) ? closedKinds.delete(kind) : closedKinds.add(kind); renderDocs(); };
    head.onclick = toggle;
    head.onkeydown = (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } };
    const tb = el('tbody', {}, head);
    if (!closed) {
      for (const { d, id } of list) {
        const acts = el('td', { className: 'act' },
          button('下载', (e) => download('/api/build', dataForm({ file: d.file }), e.currentTarget), 'small dl', `下载 ${d.file}`));
        if (info.pdf) acts.append(' ', button('PDF', (e) => download('/api/build', dataForm({ file: d.file, format: 'pdf' }), e.currentTarget), 'small', `下载 ${d.file} 的 PDF`));
        if (info.preview) acts.append(' ', button('预览', () => preview(d), 'small pv', `预览 ${d.file}`));
        if (d.ext === '.docx') acts.append(' ', button('换模板', () => openTemplateChooser(d, id), 'small', `换模板生成 ${d.file}`));
        tb.append(el('tr', { attrs: { 'data-file': d.file } }, el('td', {}, d.file.replace(/\.(docx|xlsx)$/, ''),
          el('span', { className: 'id', textContent: (id ? '文件 id：' + id + ' · ' : '') + d.ext.slice(1) })), acts));
      }
    }
    bodies.push(tb);
  }
  if (!bodies.length) bodies.push(el('tbody', {}, el('tr', {}, el('td', { className: 'hint', textContent: docs.length ? '没有符合查找条件的文稿。' : '选择数据后，这里按文种列出将要生成的文稿。' }))));
  t.replaceChildren(...bodies);
  markCurrentDoc();
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

async function download(path, body, btn, problemsList) {
  busy(btn, true, '生成中…');
  status('正在生成 …', 'busy');
  try {
    const r = await api(path, { method: 'POST', body });
    if (!r.ok) {
      const e = await failure(r);
      status(e.error || '生成失败', 'bad');
      if (problemsList) showProblems(problemsList, e.problems || []);
      else if (e.problems) toast(e.error + '：' + e.problems.map(problemText).join('；'), true);
      return;
    }
    const name = filename(r, 'gongwen');
    save(await r.blob(), name);
    status('已下载 ' + name, 'ok');
  } catch (e) {
    status('请求失败：' + e.message, 'bad');
  } finally {
    busy(btn, false);
  }
}

// ---- preview: every page, in view, with progress --------------------------

let previewing = '';

function clearPreview() {
  if (previewAbort) previewAbort.abort();
  previewAbort = null;
  previewing = '';
  $('#preview').hidden = true;
  $('#preview-pages').replaceChildren();
  $('#preview-empty').hidden = false;
  markCurrentDoc();
}

function markCurrentDoc() {
  for (const tr of $$('#docs tr[data-file]')) tr.classList.toggle('current', tr.dataset.file === previewing);
}

async function preview(d) {
  clearPreview();
  closeTemplateChooser();
  previewing = d.file;
  markCurrentDoc();
  const ctl = new AbortController();
  previewAbort = ctl;
  const gen = generation;
  $('#preview-empty').hidden = true;
  $('#preview').hidden = false;
  $('#preview-title').textContent = d.file;
  const bar = $('#preview-progress');
  const stage = $('#preview-stage');
  bar.hidden = false;
  bar.value = 5;
  stage.textContent = '正在生成文稿…';
  $('#preview-pane').scrollTop = 0;
  const pages = $('#preview-pages');
  try {
    const r = await api('/api/preview-pages', { method: 'POST', body: dataForm({ file: d.file }), signal: ctl.signal });
    if (!r.ok) { stage.textContent = (await failure(r)).error; bar.hidden = true; return; }
    const reader = r.body.getReader();
    const dec = new TextDecoder();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (gen !== generation || ctl.signal.aborted) return;
      buf += dec.decode(value, { stream: true });
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (!line.trim()) continue;
        const ev = JSON.parse(line);
        if (ev.error) { stage.textContent = '预览失败：' + ev.error; bar.hidden = true; return; }
        if (ev.stage === 'pdf') { bar.value = 25; stage.textContent = '正在用 LibreOffice 排版（约需数秒）…'; }
        if (ev.stage === 'pages') { bar.value = 60; stage.textContent = `共 ${ev.pages} 页，正在生成页面图…`; }
        if (ev.png) {
          bar.value = 60 + 40 * ev.page / ev.pages;
          stage.textContent = `第 ${ev.page} / ${ev.pages} 页`;
          pages.append(el('div', {}, el('img', { src: ev.png, alt: `${d.file} 第 ${ev.page} 页` }),
            el('div', { className: 'pno', textContent: `第 ${ev.page} 页，共 ${ev.pages} 页` })));
        }
        if (ev.done) { bar.hidden = true; stage.textContent = `${d.file}：共 ${pages.children.length} 页（截至 ${dateValue() || $('#date').placeholder}）`; }
      }
    }
  } catch (e) {
    if (e.name !== 'AbortError') stage.textContent = '预览失败：' + e.message;
  }
}

// ---- one document with another template -----------------------------------

let chooserDoc = null;

function openTemplateChooser(d, id) {
  clearPreview();
  chooserDoc = { d, id };
  $('#preview-empty').hidden = true;
  $('#tpl-choose').hidden = false;
  $('#tpl-choose-title').textContent = d.file + (id ? `（文件 id：${id}）` : '');
  const same = templates.filter((t) => t.format === 'docx' && t.kind === d.kind);
  const others = templates.filter((t) => t.format === 'docx' && t.kind !== d.kind && t.manifest);
  $('#tpl-builtin').replaceChildren(
    ...same.map((t) => el('option', { value: t.name, textContent: `${t.name}（${t.kind}${t.source === 'custom' ? '，本单位' : ''}）` })),
    ...others.map((t) => el('option', { value: t.name, textContent: `${t.name}（${t.kind}）` })));
  $('#tpl-one-file').value = '';
  $('#tpl-one-name').textContent = '';
  $('#tpl-one-problems').replaceChildren();
  $('#tpl-builtin').focus();
}

function closeTemplateChooser() {
  chooserDoc = null;
  $('#tpl-choose').hidden = true;
  if ($('#preview').hidden) $('#preview-empty').hidden = false;
}

function renderWithChosen(e) {
  const { d, id } = chooserDoc;
  const f = $('#tpl-one-file').files[0];
  const name = $('#tpl-builtin').value;
  const t = templates.find((x) => x.name === (f ? f.name : name));
  const extra = {};
  if (id) extra.doc = id;
  const kindOf = (t && t.manifest) || (templates.find((x) => x.kind === d.kind && x.manifest) || {}).manifest;
  if (kindOf) extra.kind = kindOf;
  const body = dataForm(extra);
  if (f) body.append('template_file', f, f.name);
  else body.append('template', name);
  $('#tpl-one-problems').replaceChildren();
  download('/api/render', body, e.currentTarget, $('#tpl-one-problems'));
}

// ---- templates and fields --------------------------------------------------

async function loadTemplates() {
  const r = await api('/api/templates');
  if (!r.ok) return;
  const body = await r.json();
  templates = body.templates;
  $('#templates tbody').replaceChildren(...body.templates.map((t) => el('tr', {},
    el('td', { className: 'nowrap', textContent: t.kind }),
    el('td', {}, t.name, el('span', { className: 'id', textContent: t.description })),
    el('td', { className: 'act' }, button('下载模板', async (e) => {
      const res = await api(t.download);
      if (res.ok) save(await res.blob(), t.name); else status((await failure(res)).error, 'bad');
    }, 'small', `下载模板 ${t.name}`)))));
}

async function loadFields() {
  const kind = $('#field-kind').value;
  const box = $('#fields');
  const r = await api('/api/fields?kind=' + encodeURIComponent(kind));
  if (!r.ok) { box.replaceChildren(el('p', { className: 'field-error', textContent: (await failure(r)).error })); return; }
  const body = await r.json();
  const rows = (body.fields || []).map((f) => el('tr', {}, el('td', {}, el('code', { textContent: f.path, title: '复制到模板中：' + f.tag })),
    el('td', { textContent: f.type || '' }), el('td', { textContent: f.description || f.title || '' })));
  box.replaceChildren(el('table', { className: 'grid small fields' },
    el('thead', {}, el('tr', {}, el('th', { textContent: '字段' }), el('th', { textContent: '类型' }), el('th', { textContent: '说明' }))),
    el('tbody', {}, ...rows)));
}

// ---- history ---------------------------------------------------------------

async function loadHistory() {
  const t = $('#history');
  if (!current || !current.server) {
    t.replaceChildren(el('tbody', {}, el('tr', {}, el('td', { className: 'hint', textContent: '修改记录只对服务器数据目录中的文件保存。' }))));
    return;
  }
  const r = await api('/api/history?data_name=' + encodeURIComponent(current.name));
  if (!r.ok) { t.replaceChildren(el('tbody', {}, el('tr', {}, el('td', { className: 'field-error', textContent: (await failure(r)).error })))); return; }
  const body = await r.json();
  $('#undo').disabled = !(work && work.editable) || !body.entries.some((e) => !e.undoes && !e.undone);
  if (!body.entries.length) { t.replaceChildren(el('tbody', {}, el('tr', {}, el('td', { className: 'hint', textContent: '还没有在网页上或用 gongwen import 修改过这个文件。' })))); return; }
  t.replaceChildren(el('thead', {}, el('tr', {}, ...['时间', '经办人', '来源', '修改内容'].map((h) => el('th', { textContent: h })))),
    el('tbody', {}, ...body.entries.map((e) => el('tr', { className: e.undone ? 'undone' : '' },
      el('td', { className: 'nowrap', textContent: e.time }),
      el('td', { className: 'nowrap', textContent: e.who || '（未署名）' }),
      el('td', { className: 'nowrap', textContent: e.undoes ? `撤销第 ${e.undoes} 次` : e.source + (e.undone ? '（已撤销）' : '') }),
      el('td', {}, el('ul', { className: 'changes' }, ...e.changes.map((c) => el('li', {}, `${c.item} ${c.field}：`,
        el('del', { textContent: c.old || '（空）' }), ' → ', el('ins', { textContent: c.new || '（删除）' })))))))));
}

async function undo(e) {
  const btn = e.currentTarget;
  busy(btn, true, '撤销中…');
  try {
    const r = await api('/api/undo', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ data_name: current.name, who: $('#who').value.trim() }) });
    const body = await failure(r);
    if (!r.ok) { toast(body.error, true); return; }
    toast(body.message);
    await afterChange();
    await loadHistory();
  } finally { busy(btn, false); }
}

// ---- start -----------------------------------------------------------------

function isText(buf) {
  const bytes = new Uint8Array(buf);
  if (bytes.includes(0)) return false;
  try { new TextDecoder('utf-8', { fatal: true }).decode(bytes); return true; } catch (e) { return false; }
}

async function init() {
  $('#token').value = token;
  $('#who').value = localStorage.getItem('gongwen-who') || '';
  const r = await api('/api/info');
  if (!r.ok) { status((await failure(r)).error, 'bad'); return; }
  info = await r.json();
  $('#tpl-kind').replaceChildren(...info.kinds.map((k) => el('option', { value: k.kind, textContent: `${k.label}（${k.template}）` })),
    el('option', { value: 'campaign', textContent: '自定义：整个活动数据' }));
  $('#field-kind').replaceChildren(...info.kinds.map((k) => el('option', { value: k.kind, textContent: k.label })));
  loadTemplates();
  loadFields();
  renderDocs();
  const d = await api('/api/data');
  if (d.ok) {
    const files = (await d.json()).files;
    $('#server-data').hidden = files.length === 0;
    $('#data-select').replaceChildren(el('option', { value: '', textContent: '——请选择——' }),
      ...files.map((f) => el('option', { value: f, textContent: f })));
  }
}

initTabs();
initDrop();
$('#token-save').onclick = () => {
  token = $('#token').value.trim();
  sessionStorage.setItem('gongwen-token', token);
  $('#token-box').hidden = true;
  init();
};
$('#who').addEventListener('change', (e) => localStorage.setItem('gongwen-who', e.target.value.trim()));
$('#data-file').addEventListener('change', async (e) => {
  const f = e.target.files[0];
  if (!f) return;
  $('#data-select').value = '';
  const buf = await f.arrayBuffer();
  if (!isText(buf)) {
    current = null;
    work = null;
    generation++;
    clearPreview();
    docs = [];
    renderDocs();
    showInUse();
    $('#work').hidden = true;
    $('#work-empty').hidden = false;
    $('#problems').replaceChildren();
    $('#source').replaceChildren(el('li', { className: 'binary', textContent: `${f.name} 不是文本文件（可能是 Word 或 Excel 文件），不能作为活动数据。请上传 YAML 或 JSON 数据文件。` }));
    status(`${f.name} 不是 YAML/JSON 数据文件`, 'bad');
    e.target.value = '';
    return;
  }
  await useText(f.name, new TextDecoder().decode(buf), false);
  e.target.value = '';
});
$('#data-select').addEventListener('change', async (e) => {
  const name = e.target.value;
  if (!name) return;
  $('#data-file').value = '';
  status('正在读取 ' + name + ' …', 'busy');
  const r = await api('/api/data/' + encodeURIComponent(name));
  if (r.ok) await useText(name, await r.text(), true); else status((await failure(r)).error, 'bad');
});
$('#date').addEventListener('change', async (e) => {
  const v = e.target.value.trim();
  if (v && !/^\d{4}-\d{2}-\d{2}$/.test(v)) { status('截至日期应写成 年-月-日，如 2013-07-15', 'bad'); return; }
  if (!current) return;
  generation++;
  clearPreview();
  closeTemplateChooser();
  await refresh(false);
});
for (const [id, key, prop] of [['#f-unit', 'unit', 'value'], ['#f-status', 'status', 'value'], ['#f-overdue', 'overdue', 'checked'], ['#f-week', 'week', 'checked']]) {
  $(id).addEventListener('change', (e) => { filter[key] = e.target[prop]; if (work) { renderTotals(); renderTasks(); } });
}
$('#f-text').addEventListener('input', (e) => { filter.text = e.target.value.trim(); if (work) renderTasks(); });
$('#doc-search').addEventListener('input', renderDocs);
$('#build-all').addEventListener('click', (e) => download('/api/build', dataForm(), e.currentTarget));
$('#preview-close').addEventListener('click', clearPreview);
$('#f-clear').addEventListener('click', () => { filter.ids = null; renderTasks(); });
$('#tpl-one-close').addEventListener('click', closeTemplateChooser);
$('#tpl-one-render').addEventListener('click', renderWithChosen);
$('#tpl-one-file').addEventListener('change', (e) => { const f = e.target.files[0]; $('#tpl-one-name').textContent = f ? '已选：' + f.name : ''; });
$('#meeting-form').addEventListener('submit', addMeeting);
$('#undo').addEventListener('click', undo);
$('#field-kind').addEventListener('change', loadFields);
$('#tpl-file').addEventListener('change', (e) => {
  const f = e.target.files[0];
  $('#tpl-render').disabled = !f || !current;
  $('#tpl-file-name').textContent = f ? '已选：' + f.name : '未选择模板';
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
  download('/api/render', body, e.currentTarget, $('#tpl-problems'));
});
init();
