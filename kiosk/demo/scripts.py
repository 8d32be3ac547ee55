"""JavaScript of the demo pages: leave traces after login, collect them back.

The login page stores something in every place a browser keeps data, and
``/residus`` lists what it finds: the session tests read it in session A
(everything present) and in session B (nothing left).
"""

from __future__ import annotations

#: Runs on the page shown after login. Each step is independent so that one
#: missing feature does not hide the others; ``#stockage`` gets
#: ``data-pret="oui"`` when all are done, the names of the steps that worked
#: as text and ``data-erreurs`` for those that failed.
STORE_TRACES = """
(async () => {
  const out = document.getElementById('stockage');
  const done = [];
  const failed = [];
  async function step(name, action) {
    try { await action(); done.push(name); } catch (e) { failed.push(name + ': ' + e); }
  }
  await step('cookie', () => {
    document.cookie = 'demo_js=present; path=/; max-age=86400; SameSite=Lax';
  });
  await step('localStorage', () => localStorage.setItem('demo_local', 'present'));
  await step('sessionStorage', () => sessionStorage.setItem('demo_onglet', 'present'));
  await step('indexedDB', () => new Promise((resolve, reject) => {
    const req = indexedDB.open('demo-base', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('dossiers', {keyPath: 'id'});
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('dossiers', 'readwrite');
      tx.objectStore('dossiers').put({id: 1, note: 'dossier de démonstration'});
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  await step('caches', async () => {
    const cache = await caches.open('demo-cache');
    await cache.put('/donnees-cache', new Response('démo'));
  });
  await step('serviceWorker', async () => {
    await navigator.serviceWorker.register('/sw.js');
    await navigator.serviceWorker.ready;
  });
  window.__stockage = {faits: done, erreurs: failed};
  out.textContent = done.join(' ');
  out.dataset.erreurs = failed.join(' | ');
  out.dataset.pret = 'oui';
})();
"""

#: Runs on ``/residus``: everything the browser still holds for this site.
COLLECT_TRACES = """
(async () => {
  const out = document.getElementById('residus');
  const r = {
    cookie: document.cookie,
    localStorage: Object.keys(localStorage).sort(),
    sessionStorage: Object.keys(sessionStorage).sort(),
    indexedDB: [],
    caches: [],
    serviceWorkers: 0,
    serveur: null,
    erreurs: [],
  };
  try { r.indexedDB = (await indexedDB.databases()).map(d => d.name).sort(); }
  catch (e) { r.erreurs.push('indexedDB: ' + e); }
  try { r.caches = (await caches.keys()).sort(); }
  catch (e) { r.erreurs.push('caches: ' + e); }
  try { r.serviceWorkers = (await navigator.serviceWorker.getRegistrations()).length; }
  catch (e) { r.erreurs.push('serviceWorker: ' + e); }
  try {
    const resp = await fetch('/api/etat', {cache: 'no-store', credentials: 'same-origin'});
    r.serveur = await resp.json();
  } catch (e) { r.erreurs.push('serveur: ' + e); }
  window.__residus = r;
  out.textContent = JSON.stringify(r);
  out.dataset.pret = 'oui';
})();
"""

#: The service worker ``/sw.js``: takes control at once, intercepts nothing.
SERVICE_WORKER = """
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
"""

#: Runs on ``/video``: an animated canvas streamed into ``<video id=video>``
#: (a real playing video element, no file needed), plus the looping sound.
PLAY_MEDIA = """
(() => {
  const canvas = document.getElementById('toile');
  const ctx = canvas.getContext('2d');
  let t = 0;
  function draw() {
    t += 1;
    ctx.fillStyle = 'hsl(' + (t % 360) + ', 60%, 45%)';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#fff';
    ctx.font = '28px sans-serif';
    ctx.fillText('Vidéo de démonstration ' + Math.floor(t / 30), 20, 100);
    requestAnimationFrame(draw);
  }
  draw();
  const video = document.getElementById('video');
  try {
    video.srcObject = canvas.captureStream(25);
    video.play().catch(() => {});
  } catch (e) { video.dataset.erreur = String(e); }
  const audio = document.getElementById('audio');
  audio.play().catch(() => {});
})();
"""
