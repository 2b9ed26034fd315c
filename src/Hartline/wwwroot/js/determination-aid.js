// Updates "What the evidence meets" as the worker ticks evidence on the determination page. The server reads
// the evidence (the page's Reading handler: the same rule and partial as the "Check the evidence" button) and
// sends the reading back as HTML; this script only puts it in place, so it can never read the law differently.
// Without JavaScript the button does the same with a form post.
(() => {
  const reading = document.getElementById('amp-reading');
  const form = reading && reading.closest('form');
  const url = reading && reading.dataset.readingUrl;
  if (!form || !url) return;
  const status = document.getElementById('amp-reading-status');
  const evidence = /^Input\.(Actions|Means|Purposes|Exploitation|ExploitationDate)$/;
  let timer, asked = 0;

  const update = async () => {
    const ask = ++asked;
    reading.setAttribute('aria-busy', 'true');
    try {
      // The whole form, with its antiforgery token; the handler reads only the evidence and saves nothing.
      const response = await fetch(url, { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
      if (!response.ok || ask !== asked) return; // a later tick's answer is the one to show
      reading.innerHTML = await response.text();
      if (status) {
        const captions = [...reading.querySelectorAll('caption')].map(c => c.textContent.trim());
        status.textContent = `Reading updated: ${captions.join('; ')}.`;
      }
    } catch {
      // Offline or refused: the reading stays as it was and the button still checks the evidence.
    } finally {
      if (ask === asked) reading.removeAttribute('aria-busy');
    }
  };

  form.addEventListener('change', event => {
    if (!evidence.test(event.target.name || '')) return;
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
})();
