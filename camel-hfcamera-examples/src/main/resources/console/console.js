/*
 * Copyright 2026 The camel-hfcamera Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
// The fleet console: plain JavaScript, no library, nothing from another origin. Data from the examples application:
// GET /api/console/fleet (polled), GET /api/console/stream (server-sent events), the REST facade's commands.
(function () {
  'use strict';

  var PAGE_SIZE = 60;
  var MAX_EVENTS = 80;
  var POLL_MS = 2000;
  var CLOCK_PARALLEL = 4;

  var state = { devices: [], cards: {}, page: 0, filter: '', stateFilter: '', clockAsked: {}, clockInFlight: 0,
                stream: null, poller: null, alarmsOnly: false, snapshotUrl: null };

  function $(id) { return document.getElementById(id); }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function api(method, path, extraHeaders) {
    var headers = { 'X-HfConsole': '1' };
    if (extraHeaders) { Object.keys(extraHeaders).forEach(function (k) { headers[k] = extraHeaders[k]; }); }
    return fetch(path, { method: method, headers: headers, credentials: 'same-origin' }).then(function (r) {
      if (r.status === 401) { showLogin(); throw new Error('not signed in'); }
      return r;
    });
  }

  function errorText(r) {
    return r.text().then(function (t) {
      try { return JSON.parse(t).error || t; } catch (e) { return t || ('HTTP ' + r.status); }
    });
  }

  function toast(text) {
    var t = $('toast');
    t.textContent = text;
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { t.hidden = true; }, 4000);
  }

  // ---- login ------------------------------------------------------------------------------------------------
  function showLogin() {
    stop();
    $('summary').hidden = true;
    $('fleet').hidden = true;
    $('feed').hidden = true;
    $('login').hidden = false;
    $('login-password').focus();
  }

  function basic(user, password) {
    var bytes = new TextEncoder().encode(user + ':' + password);
    var bin = '';
    bytes.forEach(function (b) { bin += String.fromCharCode(b); });
    return 'Basic ' + btoa(bin);
  }

  function login(ev) {
    ev.preventDefault();
    $('login-error').textContent = '';
    fetch('/api/login', { method: 'POST', credentials: 'same-origin',
                          headers: { 'X-HfConsole': '1',
                                     'Authorization': basic($('login-user').value, $('login-password').value) } })
      .then(function (r) {
        if (r.ok) {
          $('login-password').value = '';
          start();
        } else if (r.status === 401) {
          $('login-error').textContent = 'Wrong user or password.';
        } else {
          return errorText(r).then(function (t) { $('login-error').textContent = t; });
        }
      })
      .catch(function (e) { $('login-error').textContent = 'Cannot reach the server: ' + e.message; });
  }

  function logout() {
    fetch('/api/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-HfConsole': '1' } })
      .finally(showLogin);
  }

  // ---- start / stop -----------------------------------------------------------------------------------------
  function start() {
    $('login').hidden = true;
    $('summary').hidden = false;
    $('fleet').hidden = false;
    $('feed').hidden = false;
    $('events').textContent = '';
    poll();
    state.poller = setInterval(poll, POLL_MS);
    openStream();
  }

  function stop() {
    if (state.poller) { clearInterval(state.poller); state.poller = null; }
    if (state.stream) { state.stream.close(); state.stream = null; }
  }

  // ---- the fleet --------------------------------------------------------------------------------------------
  function poll() {
    api('GET', '/api/console/fleet').then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    }).then(function (fleet) {
      // cam-2 before cam-10
      state.devices = (fleet.devices || []).sort(function (a, b) {
        return a.deviceId.localeCompare(b.deviceId, undefined, { numeric: true });
      });
      renderSummary(fleet);
      renderGrid();
    }).catch(function (e) {
      if (e.message !== 'not signed in') { $('online-count').textContent = 'server unreachable'; }
    });
  }

  function renderSummary(fleet) {
    var online = state.devices.filter(function (d) { return d.state === 'ONLINE'; }).length;
    $('online-count').textContent = online + '/' + state.devices.length + ' online';
    var ev = fleet.events || {};
    $('event-counts').textContent = Object.keys(ev).map(function (g) { return g + ' ' + ev[g]; }).join(' · ');
    var s = fleet.sync || {};
    var text;
    var pct = 0;
    if (s.running) {
      var perDevice = s.upsertsTotal ? (s.upsertsDone / s.upsertsTotal) : 0;
      pct = s.devices ? 100 * (s.devicesDone + perDevice) / s.devices : 0;
      text = 'person sync: ' + s.devicesDone + '/' + s.devices + ' cameras' +
             (s.device ? ', ' + s.device + ' ' + s.upsertsDone + '/' + s.upsertsTotal : '');
    } else if (s.finishedAt) {
      pct = 100;
      text = 'person sync: ' + (s.devicesDone - (s.devicesFailed || 0)) + '/' + s.devices + ' cameras done' +
             (s.devicesFailed ? ', ' + s.devicesFailed + ' failed' : '') + ' at ' + time(s.finishedAt);
    } else {
      text = 'person sync: not run yet';
    }
    $('sync-text').textContent = text;
    $('sync-bar').style.width = Math.round(pct) + '%';
  }

  function matching() {
    var f = state.filter.toLowerCase();
    return state.devices.filter(function (d) {
      if (state.stateFilter && d.state !== state.stateFilter) { return false; }
      if (!f) { return true; }
      return [d.deviceId, d.name, d.ip].some(function (v) { return v && String(v).toLowerCase().indexOf(f) >= 0; });
    });
  }

  function renderGrid() {
    var list = matching();
    var pages = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
    if (state.page >= pages) { state.page = pages - 1; }
    var from = state.page * PAGE_SIZE;
    var shown = list.slice(from, from + PAGE_SIZE);
    $('page-info').textContent = list.length === 0 ? '0 of ' + state.devices.length
      : (from + 1) + '–' + (from + shown.length) + ' of ' + list.length;
    $('prev').disabled = state.page === 0;
    $('next').disabled = state.page >= pages - 1;

    // cards are kept per camera and updated in place: a poll does not replace the buttons under the pointer
    var grid = $('grid');
    var keep = {};
    shown.forEach(function (d) { keep[d.deviceId] = true; });
    Object.keys(state.cards).forEach(function (id) {
      if (!keep[id]) { state.cards[id].remove(); delete state.cards[id]; }
    });
    var empty = grid.querySelector('.empty');
    if (shown.length === 0) {
      if (!empty) { empty = grid.appendChild(el('div', 'empty')); }
      empty.textContent = state.devices.length ? 'No camera matches.' : 'No camera yet.';
    } else if (empty) {
      empty.remove();
    }
    shown.forEach(function (d, i) {
      var c = state.cards[d.deviceId] || (state.cards[d.deviceId] = card(d.deviceId));
      update(c, d);
      if (grid.children[i] !== c) { grid.insertBefore(c, grid.children[i] || null); }
    });
    askClocks(shown);
  }

  function card(deviceId) {
    var c = el('div', 'camera');
    c.dataset.device = deviceId;
    c.appendChild(el('div', 'id', deviceId)).title = deviceId;
    c.appendChild(el('div', 'state'));
    c.appendChild(el('div', 'meta where'));
    c.appendChild(el('div', 'meta last-seen'));
    c.appendChild(el('div', 'meta persons'));
    c.appendChild(el('div', 'meta clock'));
    var actions = el('div', 'actions');
    var snap = el('button', 'snapshot', 'Snapshot');
    snap.type = 'button';
    snap.addEventListener('click', function () { snapshot(deviceId); });
    var reboot = el('button', 'reboot danger', 'Reboot');
    reboot.type = 'button';
    reboot.addEventListener('click', function () { rebootDevice(deviceId); });
    actions.appendChild(snap);
    actions.appendChild(reboot);
    c.appendChild(actions);
    return c;
  }

  function update(c, d) {
    c.className = 'camera ' + d.state;
    c.dataset.state = d.state;
    c.querySelector('.state').textContent = d.state;
    c.querySelector('.where').textContent = [d.name, d.ip].filter(Boolean).join(' · ') || 'no Online yet';
    c.querySelector('.last-seen').textContent = 'last seen ' + ago(d.lastSeen);
    c.querySelector('.persons').textContent = 'persons ' +
      (d.persons === null || d.persons === undefined ? '-' : d.persons);
    c.querySelector('.clock').textContent = 'clock ' + offset(d.clockOffsetMs);
  }

  function askClocks(shown) {
    shown.forEach(function (d) {
      if (d.state !== 'ONLINE' || d.clockOffsetMs !== null && d.clockOffsetMs !== undefined
          || state.clockAsked[d.deviceId] || state.clockInFlight >= CLOCK_PARALLEL) {
        return;
      }
      state.clockAsked[d.deviceId] = true;
      state.clockInFlight++;
      api('POST', '/api/console/devices/' + encodeURIComponent(d.deviceId) + '/clock')
        .catch(function () { /* shown as '-' */ })
        .finally(function () { state.clockInFlight--; });
    });
  }

  // ---- commands ---------------------------------------------------------------------------------------------
  function command(deviceId, operator) {
    return api('POST', '/api/devices/' + encodeURIComponent(deviceId) + '/commands/' + operator);
  }

  function snapshot(deviceId) {
    var img = $('snapshot-img');
    img.hidden = true;
    $('snapshot-title').textContent = 'Snapshot of ' + deviceId;
    $('snapshot-status').textContent = 'Asking ' + deviceId + ' for its scene…';
    $('snapshot-modal').hidden = false;
    command(deviceId, 'GetSceneSnap').then(function (r) {
      if (!r.ok) { return errorText(r).then(function (t) { throw new Error(t); }); }
      return r.blob();
    }).then(function (blob) {
      if (state.snapshotUrl) { URL.revokeObjectURL(state.snapshotUrl); }
      state.snapshotUrl = URL.createObjectURL(blob);
      img.onload = function () {
        $('snapshot-status').textContent = deviceId + ', ' + new Date().toLocaleTimeString() + ' (' +
          img.naturalWidth + '×' + img.naturalHeight + ')';
        img.hidden = false;
      };
      img.src = state.snapshotUrl;
    }).catch(function (e) {
      $('snapshot-status').textContent = 'No snapshot: ' + e.message;
    });
  }

  function rebootDevice(deviceId) {
    if (!window.confirm('Reboot ' + deviceId + '? It is offline until it has started again.')) { return; }
    command(deviceId, 'RebootDevice').then(function (r) {
      if (!r.ok) { return errorText(r).then(function (t) { throw new Error(t); }); }
      toast(deviceId + ' is rebooting');
    }).catch(function (e) { toast('Reboot of ' + deviceId + ' failed: ' + e.message); });
  }

  // ---- the live feed ----------------------------------------------------------------------------------------
  function openStream() {
    var es = new EventSource('/api/console/stream');
    state.stream = es;
    es.onopen = function () { $('stream-state').textContent = 'stream: live'; };
    es.onerror = function () {
      $('stream-state').textContent = 'stream: reconnecting';
      // a 401 closes the stream for good: find out whether the session ended
      if (es.readyState === EventSource.CLOSED) { poll(); }
    };
    es.addEventListener('hfevent', function (m) {
      try { addEvent(JSON.parse(m.data)); } catch (e) { /* a frame we do not understand */ }
    });
  }

  var LABELS = { RecPush: 'recognized', StrSnapPush: 'stranger', FireSmokeSnapPush: 'fire / smoke',
                 ClothHelmetSnapPush: 'no helmet', Online: 'online', Offline: 'offline',
                 DeviceOnline: 'online', DeviceLost: 'lost' };

  function addEvent(e) {
    var list = $('events');
    if (list.querySelector('[data-seq="' + Number(e.seq) + '"]')) { return; }
    var ev = e.event || {};
    var li = el('li', 'event group-' + e.group + (e.alarm ? ' alarm' : '') + (e.group === 'status' ? ' status' : ''));
    li.dataset.seq = e.seq;
    li.dataset.group = e.group;
    li.dataset.device = e.deviceId;
    var images = e.pictureFiles || {};
    if (e.group !== 'status') {
      li.appendChild(thumb(images.pic, 'face'));
      li.appendChild(thumb(images.scene, 'scene'));
    }
    var text = el('div');
    var what = el('div', 'what', (LABELS[e.operator] || e.operator) +
                  (ev.personName ? ': ' + ev.personName : ''));
    if (e.alarm) { what.appendChild(el('span', 'badge', 'ALARM')); }
    text.appendChild(what);
    text.appendChild(el('div', 'meta', e.deviceId + ' · ' + (ev.time || time(e.receivedAt)) +
                        (ev.similarity ? ' · ' + Math.round(ev.similarity) + '%' : '')));
    li.appendChild(text);
    li.hidden = state.alarmsOnly && !e.alarm;
    list.insertBefore(li, list.firstChild);
    while (list.children.length > MAX_EVENTS) { list.removeChild(list.lastChild); }
  }

  function thumb(file, what) {
    var img = el('img', 'thumb ' + what);
    img.alt = what;
    img.loading = 'lazy';
    if (file) {
      var parts = String(file).split('/');
      img.src = '/api/console/images/' + parts.map(encodeURIComponent).join('/');
    }
    return img;
  }

  // ---- formatting -------------------------------------------------------------------------------------------
  function ago(iso) {
    var t = Date.parse(iso);
    if (!iso || isNaN(t)) { return '-'; }
    var s = Math.max(0, Math.round((Date.now() - t) / 1000));
    if (s < 60) { return s + ' s ago'; }
    if (s < 3600) { return Math.round(s / 60) + ' min ago'; }
    return new Date(t).toLocaleString();
  }

  function time(iso) {
    var t = Date.parse(iso);
    return isNaN(t) ? '-' : new Date(t).toLocaleTimeString();
  }

  function offset(ms) {
    if (ms === null || ms === undefined) { return '-'; }
    var s = ms / 1000;
    return (s >= 0 ? '+' : '') + (Math.abs(s) < 10 ? s.toFixed(1) : Math.round(s)) + ' s';
  }

  // ---- wiring -----------------------------------------------------------------------------------------------
  document.addEventListener('DOMContentLoaded', function () {
    $('login-form').addEventListener('submit', login);
    $('logout').addEventListener('click', logout);
    $('filter').addEventListener('input', function (e) { state.filter = e.target.value; state.page = 0; renderGrid(); });
    $('state-filter').addEventListener('change', function (e) {
      state.stateFilter = e.target.value; state.page = 0; renderGrid();
    });
    $('prev').addEventListener('click', function () { state.page = Math.max(0, state.page - 1); renderGrid(); });
    $('next').addEventListener('click', function () { state.page++; renderGrid(); });
    $('alarms-only').addEventListener('change', function (e) {
      state.alarmsOnly = e.target.checked;
      Array.prototype.forEach.call($('events').children, function (li) {
        li.hidden = state.alarmsOnly && !li.classList.contains('alarm');
      });
    });
    $('snapshot-close').addEventListener('click', function () { $('snapshot-modal').hidden = true; });
    $('snapshot-modal').addEventListener('click', function (e) {
      if (e.target === $('snapshot-modal')) { $('snapshot-modal').hidden = true; }
    });
    // signed in already (the session cookie)? Otherwise the login form.
    fetch('/api/console/fleet', { headers: { 'X-HfConsole': '1' }, credentials: 'same-origin' })
      .then(function (r) { if (r.ok) { start(); } else { showLogin(); } })
      .catch(showLogin);
  });
}());
