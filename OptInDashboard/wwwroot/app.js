// Keeps a conversation scrolled to its newest message, as a phone does.
window.optInDashboard = {
  scrollToEnd: (element) => { if (element) element.scrollTop = element.scrollHeight; },
  // Read by browser tests (and harmless otherwise): the page is interactive, so input is not lost.
  markInteractive: () => { document.body.dataset.interactive = 'true'; },
};
