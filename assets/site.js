// Progressive enhancements for public pages. Every page works without this file.
(function () {
  'use strict';
  var root = document.documentElement;
  var SIZES = ['text-sm', 'text-md', 'text-lg', 'text-xl'];
  var KEY = 'govportal-text-size';

  function applySize(index) {
    SIZES.forEach(function (c) { root.classList.remove(c); });
    root.classList.add(SIZES[index]);
    try { localStorage.setItem(KEY, String(index)); } catch (e) { /* private mode */ }
  }

  var stored = 1;
  try { stored = Number(localStorage.getItem(KEY) || '1'); } catch (e) { stored = 1; }
  if (!(stored >= 0 && stored < SIZES.length)) stored = 1;
  applySize(stored);

  document.addEventListener('DOMContentLoaded', function () {
    root.classList.add('js');
    var current = stored;

    document.querySelectorAll('.text-size').forEach(function (group) {
      group.hidden = false;
      group.addEventListener('click', function (event) {
        var button = event.target.closest('button[data-text-size]');
        if (!button) return;
        var step = Number(button.getAttribute('data-text-size'));
        current = step === 0 ? 1 : Math.max(0, Math.min(SIZES.length - 1, current + step));
        applySize(current);
      });
    });

    var toggle = document.querySelector('.site-nav__toggle');
    var list = document.getElementById('menu-chinh');
    if (toggle && list) {
      toggle.hidden = false;
      list.classList.add('is-collapsible');
      toggle.addEventListener('click', function () {
        var open = toggle.getAttribute('aria-expanded') === 'true';
        toggle.setAttribute('aria-expanded', String(!open));
        list.classList.toggle('is-open', !open);
      });
    }

    document.querySelectorAll('[data-copy-link]').forEach(function (button) {
      if (!navigator.clipboard) return;
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(button.getAttribute('data-copy-link')).then(function () {
          button.textContent = button.getAttribute('data-copied');
        });
      });
    });

    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    });
  });
})();
