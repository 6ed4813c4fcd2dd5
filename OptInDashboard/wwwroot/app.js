// Keeps a conversation scrolled to its newest message, as a phone does.
window.optInDashboard = {
  scrollToEnd: (element) => { if (element) element.scrollTop = element.scrollHeight; },
  // Read by browser tests (and harmless otherwise): the page is interactive, so input is not lost.
  markInteractive: () => { document.body.dataset.interactive = 'true'; },
};

// The skip link: Blazor's router resolves "#main" against <base href="/"> and only scrolls, so the link
// moves focus into <main> itself (captured first, so the router never sees the click).
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a.skip-link') : null;
  if (!link) return;
  event.preventDefault();
  document.getElementById('main')?.focus();
}, true);
