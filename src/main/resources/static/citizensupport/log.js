/* The volunteer's phone page: entries are queued in IndexedDB with a client-generated id (the server's idempotency
   key) and sent when the page opens, when the phone comes back online and on "Send now"; Background Sync only as an
   extra. Without this script the form posts as a plain HTML form. */
(function () {
  'use strict';
  var DB_NAME = 'wardops-assistance';
  var STORE = 'queue';
  var FIELDS = ['date', 'teamId', 'residentialGroup', 'service', 'procedureCode', 'channel', 'outcome', 'reason', 'minutes', 'ageBand', 'gender'];
  var KEEP_SENT_MS = 2 * 24 * 3600 * 1000;
  var panel = document.getElementById('queue-panel');
  var form = document.getElementById('assistance-form');
  if (!panel || !window.indexedDB || !window.fetch || !window.Promise) {
    return;
  }
  var list = document.getElementById('queue');
  var unsent = document.getElementById('unsent-count');
  var connection = document.getElementById('connection');
  var message = document.getElementById('queue-message');
  var sendButton = document.getElementById('send-now');
  var token = csrfToken(document.body);
  var running = null;
  var again = false;

  function csrfToken(body) {
    try {
      return JSON.parse(body.getAttribute('hx-headers') || '{}')['X-CSRF-TOKEN'] || '';
    } catch (e) {
      return '';
    }
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  function openDb() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(STORE, {keyPath: 'clientId'});
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function withStore(mode, work) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction(STORE, mode);
        var request = work(transaction.objectStore(STORE));
        transaction.oncomplete = function () { db.close(); resolve(request ? request.result : undefined); };
        transaction.onerror = function () { db.close(); reject(transaction.error); };
      });
    });
  }

  function all() {
    return withStore('readonly', function (store) { return store.getAll(); }).then(function (items) {
      return (items || []).sort(function (a, b) { return a.queuedAt - b.queuedAt; });
    });
  }

  function save(item) {
    return withStore('readwrite', function (store) { return store.put(item); });
  }

  function remove(clientId) {
    return withStore('readwrite', function (store) { return store['delete'](clientId); });
  }

  function text(key) {
    return panel.getAttribute('data-' + key) || '';
  }

  function render() {
    return all().then(function (items) {
      var now = Date.now();
      list.textContent = '';
      var count = 0;
      items.forEach(function (item) {
        if (item.state === 'sent' && now - item.queuedAt > KEEP_SENT_MS) {
          remove(item.clientId);
          return;
        }
        if (item.state !== 'sent') {
          count++;
        }
        var li = document.createElement('li');
        li.className = 'queued state-' + item.state;
        li.setAttribute('data-client-id', item.clientId);
        var state = document.createElement('span');
        state.className = 'badge';
        state.textContent = text('state-' + item.state);
        li.appendChild(state);
        li.appendChild(document.createTextNode(' ' + item.label));
        if (item.message) {
          var why = document.createElement('p');
          why.className = 'error';
          why.textContent = item.message;
          li.appendChild(why);
        }
        if (item.state === 'refused') {
          var discard = document.createElement('button');
          discard.type = 'button';
          discard.className = 'linklike';
          discard.textContent = text('discard');
          discard.addEventListener('click', function () { remove(item.clientId).then(render); });
          li.appendChild(discard);
        }
        list.appendChild(li);
      });
      unsent.textContent = String(count);
      connection.textContent = navigator.onLine ? text('online') : text('offline');
    });
  }

  function refreshToken() {
    return fetch('/assistance/log', {credentials: 'same-origin', cache: 'no-store'}).then(function (response) {
      if (!response.ok || response.redirected) {
        throw new Error('login');
      }
      return response.text();
    }).then(function (html) {
      token = csrfToken(new DOMParser().parseFromString(html, 'text/html').body) || token;
    });
  }

  function post(item) {
    return fetch('/assistance/log/sync', {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'manual',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-TOKEN': token},
      body: JSON.stringify(item.entry)
    });
  }

  function isJson(response) {
    return (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
  }

  /** Sends one entry; resolves to false when the connection or the session failed (the rest waits for the next try). */
  function sendOne(item, retried) {
    return post(item).then(function (response) {
      if (!isJson(response)) {
        if (!retried && response.status === 403) {
          return refreshToken().then(function () { return sendOne(item, true); });
        }
        message.textContent = text('login');
        return false;
      }
      return response.json().then(function (answer) {
        item.state = answer.status === 'refused' ? 'refused' : 'sent';
        item.message = answer.status === 'refused' ? [answer.message].concat(answer.errors || []).join(' ') : '';
        return save(item).then(function () { return true; });
      });
    });
  }

  function sendAll() {
    if (running) {
      again = true;
      return running;
    }
    running = all().then(function (items) {
      var pending = items.filter(function (item) { return item.state === 'pending'; });
      return pending.reduce(function (chain, item) {
        return chain.then(function (goOn) { return goOn ? sendOne(item, false) : false; });
      }, Promise.resolve(true));
    })['catch'](function () {
      return false;
    }).then(function () {
      running = null;
      return render();
    }).then(function () {
      if (again) {
        again = false;
        return sendAll();
      }
    });
    return running;
  }

  function optionText(select) {
    return select && select.selectedIndex >= 0 ? select.options[select.selectedIndex].text : '';
  }

  if (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var data = new FormData(form);
      var entry = {clientId: uuid()};
      FIELDS.forEach(function (name) {
        var value = data.get(name);
        entry[name] = value === null || String(value).trim() === '' ? null : String(value).trim();
      });
      var minutes = entry.minutes === null ? NaN : Number(entry.minutes);
      entry.minutes = isNaN(minutes) ? null : Math.round(minutes);
      var label = [entry.date, optionText(form.elements.service), optionText(form.elements.outcome), (entry.minutes || '') + "'"].join(' · ');
      save({clientId: entry.clientId, entry: entry, state: 'pending', label: label, message: '', queuedAt: Date.now()}).then(function () {
        form.elements.reason.value = '';
        form.elements.procedureCode.value = '';
        message.textContent = text('queued');
        panel.dispatchEvent(new Event('queue-changed'));
        return render();
      }).then(function () {
        if (navigator.onLine) {
          return sendAll();
        }
      });
    });
    var team = form.elements.teamId;
    var group = form.elements.residentialGroup;
    if (team && group && !group.value) {
      group.placeholder = team.options[team.selectedIndex] ? team.options[team.selectedIndex].getAttribute('data-group') || '' : '';
      team.addEventListener('change', function () {
        group.placeholder = team.options[team.selectedIndex].getAttribute('data-group') || '';
      });
    }
  }

  sendButton.addEventListener('click', function () { sendAll(); });
  window.addEventListener('online', function () { render(); sendAll(); });
  window.addEventListener('offline', render);
  panel.hidden = false;

  if (navigator.storage && navigator.storage.persist) {
    navigator.storage.persist();
  }
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/assistance/sw.js', {scope: '/assistance/'}).then(function (registration) {
      if (registration.sync) {
        panel.addEventListener('queue-changed', function () { registration.sync.register('assistance-queue')['catch'](function () {}); });
      }
    })['catch'](function () {});
    navigator.serviceWorker.addEventListener('message', function (event) {
      if (event.data === 'send-queue') {
        sendAll();
      }
    });
  }
  render().then(function () {
    if (navigator.onLine) {
      sendAll();
    }
  });
})();
