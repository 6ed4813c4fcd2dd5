// Keeps a conversation scrolled to its newest message, as a phone does.
window.optInDashboard = {
  scrollToEnd: (element) => { if (element) element.scrollTop = element.scrollHeight; },
};
