/**
 * The report's only script: status/severity filters. Without it every card is shown and the
 * controls stay hidden, so the file degrades to a plain document. Its hash goes into the
 * Content-Security-Policy, which keeps any other script (say, one smuggled in through
 * article text that escaping somehow missed) from running.
 */
import { createHash } from 'node:crypto';

export const SCRIPT = `
(function () {
  var form = document.getElementById('filters');
  if (!form) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll('li.card'));
  var shown = document.getElementById('shown');
  var none = document.getElementById('none-shown');
  function allowed(name) {
    var on = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), function (i) {
      on[i.value] = i.checked;
    });
    return on;
  }
  function apply() {
    var status = allowed('status'), severity = allowed('severity'), n = 0;
    cards.forEach(function (card) {
      var show = status[card.getAttribute('data-status')] !== false &&
        severity[card.getAttribute('data-severity')] !== false;
      card.hidden = !show;
      if (show) n += 1;
    });
    shown.textContent = 'Showing ' + n + ' of ' + cards.length + (cards.length === 1 ? ' finding' : ' findings');
    none.hidden = n !== 0;
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
  form.hidden = false;
  apply();
})();
`;

export const SCRIPT_HASH = `sha256-${createHash('sha256').update(SCRIPT, 'utf8').digest('base64')}`;
