// Nour's only Trusted Types policy. The CSP says `require-trusted-types-for 'script'`, so a
// plain string given to an HTML sink (innerHTML…) or a script-URL sink throws, unless this
// "default" policy accepts it. `.ci/harden.mjs` puts this file at the top of the boot module,
// so it runs before the app does.
//
// Why a default policy at all: the app itself writes no HTML (course content is rendered as
// typed views), but Leptos does, in two places the app cannot pass a TrustedHTML to:
// - tachys renders a static subtree of a `view!` (e.g. `<span aria-hidden="true">" / "</span>`)
//   by setting a <template>'s innerHTML to HTML that the macro wrote at compile time;
// - the service worker is registered with the string "/sw.js" (web-sys has no TrustedScriptURL).
// So the policy accepts exactly that: markup with no way to run script, and that one URL.
// Anything else (an <img onerror>, a <script>, a javascript: link, an eval) is refused and the
// sink throws a TypeError, as if there were no policy.
(() => {
  // A browser without Trusted Types enforces nothing, and needs no policy.
  if (!self.trustedTypes || !self.trustedTypes.createPolicy) return;

  // Elements with no URL, script or raw-text behaviour (no svg/math: foreign content parses
  // differently; no style/textarea/title/template/noscript: raw text parses differently).
  const ELEMENTS = new Set(
    ('a abbr article aside b bdi bdo blockquote br code dd details div dl dt em figcaption figure ' +
      'footer h1 h2 h3 h4 h5 h6 header hr i kbd li main mark nav ol optgroup option p pre q s samp ' +
      'section small span strong sub summary sup time u ul var wbr').split(' '),
  );
  // Attributes that carry no URL, no script and no style. `href` is checked on its own.
  const ATTRIBUTE = /^(?:class|id|lang|dir|title|role|hidden|translate|value|selected|disabled|open|aria-[a-z]+|data-[a-z0-9-]+)$/;
  // A same-origin path, a fragment or a query: never a scheme, never `//host` or `/\host`, and
  // no whitespace or character reference that the URL parser could turn into one.
  const SAFE_HREF = /^(?:\/(?![/\\])|#|\?)[^\s"&\\]*$/;
  // The whole string must be text, start tags and end tags: no comment, doctype or CDATA.
  const TOKEN = /([^<]+)|<([a-z][a-z0-9]*)((?: [a-z][a-z0-9-]*(?:="[^"]*")?)*) ?\/?>|<\/([a-z][a-z0-9]*)>/y;
  const ATTR = / ([a-z][a-z0-9-]*)(?:="([^"]*)")?/y;

  const attributesAreInert = (tag, attributes) => {
    ATTR.lastIndex = 0;
    for (let m; (m = ATTR.exec(attributes)); ) {
      const [, name, value] = m;
      if (name === 'href' ? tag !== 'a' || value === undefined || !SAFE_HREF.test(value) : !ATTRIBUTE.test(name)) return false;
    }
    return true;
  };

  const isInert = (html) => {
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < html.length) {
      const m = TOKEN.exec(html);
      if (!m) return false;
      const [, text, open, attributes, close] = m;
      if (text !== undefined) continue;
      if (!ELEMENTS.has(open ?? close)) return false;
      if (open && !attributesAreInert(open, attributes)) return false;
    }
    return true;
  };

  self.trustedTypes.createPolicy('default', {
    createHTML: (html) => (isInert(html) ? html : null),
    createScriptURL: (url) => (url === '/sw.js' ? url : null),
    // No createScript: eval, new Function and inline handlers stay refused.
  });
})();
