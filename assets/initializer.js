// The loading indicator while the WebAssembly downloads (the data-initializer interface of Trunk;
// boot.js calls each hook only where there is one, so the empty ones are left out).
// The app replaces the whole loading block when it starts.
export default function initializer() {
  const byId = (id) => document.getElementById(id);
  return {
    onProgress({ current, total }) {
      const bar = byId('loading-progress');
      if (bar && total) {
        bar.max = total;
        bar.value = current;
      }
    },
    onFailure(error) {
      const text = byId('loading-text');
      if (text) {
        text.textContent =
          'NotaWijzer kon niet laden. Laad de pagina opnieuw. / NotaWijzer could not load. Please reload the page.';
      }
      console.error('NotaWijzer could not start:', error);
    },
  };
}
