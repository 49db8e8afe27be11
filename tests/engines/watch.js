// Added to the <head> of a copy of dist/ for the WebKit smoke only
// (smoke.mjs), before the app's own scripts: WebKitWebDriver offers no
// console log, so this records console.error calls, uncaught exceptions,
// unhandled rejections, resources that failed to load and CSP violations in
// sessionStorage (key 'engine-smoke:problems'), which keeps them across the
// page's own navigations until the smoke reads them.
(function () {
  'use strict';
  var KEY = 'engine-smoke:problems';
  function record(text) {
    try {
      var list = JSON.parse(sessionStorage.getItem(KEY) || '[]');
      list.push(location.pathname + location.search + ': ' + text);
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch (e) {
      // No storage (a sandboxed frame): nothing can be recorded.
    }
  }
  function describe(value) {
    if (value && value.stack) return String(value.message || value) + ' ' + String(value.stack).split('\n')[0];
    try { return typeof value === 'string' ? value : JSON.stringify(value); } catch (e) { return String(value); }
  }
  var consoleError = console.error;
  console.error = function () {
    record('console.error: ' + Array.prototype.map.call(arguments, describe).join(' '));
    return consoleError.apply(console, arguments);
  };
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target !== window && (target.src || target.href)) {
      record('failed to load ' + (target.src || target.href));
    } else {
      record('uncaught: ' + (event.message || describe(event.error)) + ' (' + event.filename + ':' + event.lineno + ')');
    }
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    record('unhandled rejection: ' + describe(event.reason));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    record('CSP violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI);
  });
})();
