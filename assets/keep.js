// Registers NotaWijzer's service worker (sw.js): the next visit starts from the device, and works
// offline. Imported by the loader (assets/boot.js) once the engine is in; never inside a partner's
// page (?embed=1). When a new version is ready, a line at the bottom of the page says so.
if (navigator.serviceWorker && !new URLSearchParams(location.search).has('embed')) {
  // (a test browser that blocks service workers answers without a registration)
  navigator.serviceWorker.register('sw.js', { updateViaCache: 'none' }).then((registration) => {
    registration?.addEventListener('updatefound', () => {
      const next = registration.installing;
      next?.addEventListener('statechange', () => {
        // the first version has no controller before it: nothing to say
        if (next.state !== 'installed' || !navigator.serviceWorker.controller) return;
        const line = document.createElement('p');
        line.className = 'new-version';
        line.setAttribute('role', 'status');
        line.textContent = 'Er is een nieuwe versie van NotaWijzer: u krijgt die als u NotaWijzer de volgende keer opent. / A new version of NotaWijzer is ready: you get it the next time you open NotaWijzer.';
        document.body.append(line);
      });
    });
  }, () => {});
}
