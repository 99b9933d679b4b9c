/* Service worker of the volunteer's phone page: keeps the page and its assets so that the page opens without a
   connection. The queue lives in IndexedDB, which this worker never touches: an update of the worker only replaces
   caches, never queued entries. */
'use strict';
var CACHE = 'wardops-assistance-v1';
var PAGE = '/assistance/log';
var ASSETS = /^\/(css|webjars|citizensupport)\//;

function precache() {
  return caches.open(CACHE).then(function (cache) {
    return fetch(PAGE, {credentials: 'same-origin', cache: 'no-store'}).then(function (response) {
      if (!response.ok || response.redirected) {
        return undefined;
      }
      return response.clone().text().then(function (html) {
        var assets = [];
        var pattern = /(?:src|href)="(\/(?:css|webjars|citizensupport)\/[^"]+)"/g;
        var match;
        while ((match = pattern.exec(html)) !== null) {
          assets.push(match[1]);
        }
        return cache.put(PAGE, response).then(function () {
          return Promise.all(assets.map(function (asset) {
            return cache.add(new Request(asset, {credentials: 'same-origin'}))['catch'](function () {});
          }));
        });
      });
    })['catch'](function () {});
  });
}

self.addEventListener('install', function (event) {
  event.waitUntil(precache().then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) { return key.indexOf('wardops-assistance-') === 0 && key !== CACHE; })
      .map(function (key) { return caches['delete'](key); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate' && url.pathname === PAGE) {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok && !response.redirected) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { return cache.put(PAGE, copy); });
      }
      return response;
    })['catch'](function () {
      return caches.match(PAGE, {ignoreSearch: true}).then(function (hit) { return hit || Response.error(); });
    }));
    return;
  }
  if (ASSETS.test(url.pathname)) {
    event.respondWith(caches.match(request).then(function (hit) {
      return hit || fetch(request).then(function (response) {
        if (response.ok) {
          var copy = response.clone();
          caches.open(CACHE).then(function (cache) { return cache.put(request, copy); });
        }
        return response;
      });
    }));
  }
});

/* Background Sync, where the browser has it: ask the open page to send its queue (it holds the session's token). */
self.addEventListener('sync', function (event) {
  if (event.tag === 'assistance-queue') {
    event.waitUntil(self.clients.matchAll({type: 'window'}).then(function (clients) {
      clients.forEach(function (client) { client.postMessage('send-queue'); });
    }));
  }
});
