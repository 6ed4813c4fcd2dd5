// Arrow keys in the thread list (a roving tabindex): Up and Down move focus thread by thread, Home and End to the
// first and last shown, Space opens like Enter. Done here rather than over the circuit, so a key never waits on the server.
const items = (list) => [...list.querySelectorAll('[data-roving-item]')];

function move(from, to) {
  if (!to || to === from) return;
  from.tabIndex = -1;
  to.tabIndex = 0;
  to.focus();
  to.scrollIntoView({ block: 'nearest' });
}

function onKeyDown(event) {
  const item = event.target instanceof Element ? event.target.closest('[data-roving-item]') : null;
  const list = item?.closest('[data-roving-list]');
  if (!list) return;
  const all = items(list);
  const at = all.indexOf(item);
  const to = {
    ArrowDown: all[at + 1],
    ArrowUp: all[at - 1],
    Home: all[0],
    End: all[all.length - 1],
  }[event.key];
  if (to !== undefined || event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    move(item, to);
  } else if (event.key === ' ') {
    event.preventDefault();
    item.click();
  }
}

// One listener for the page's lifetime, however often the module is imported.
if (!window.optInDashboardThreadKeys) {
  window.optInDashboardThreadKeys = true;
  document.addEventListener('keydown', onKeyDown);
}
