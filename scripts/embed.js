/* Partnership Self-Check embed helper. No dependencies.
 * Usage on the host page:
 *   <iframe data-partnership-selfcheck src="https://example.org/selfcheck/"
 *           title="Partnership Self-Check" style="width:100%;border:0"></iframe>
 *   <script src="embed.js" defer></script>
 * Every iframe with the data-partnership-selfcheck attribute is resized to
 * fit its content. Only messages from that iframe's own window and origin,
 * shaped {type: "partnership-selfcheck:resize", height: <finite number > 0>},
 * are accepted; anything else is ignored. */
(function () {
  'use strict';
  var TYPE = 'partnership-selfcheck:resize';
  function originOf(frame) {
    try { return new URL(frame.getAttribute('src') || '', location.href).origin; } catch (e) { return null; }
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0) return;
    var frames = document.querySelectorAll('iframe[data-partnership-selfcheck]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source && event.source === frame.contentWindow && event.origin === originOf(frame)) {
        frame.style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
