// Builds DOM from data without ever parsing HTML: strings become text nodes
// (Element.append) and attribute values go through setAttribute, so text
// pasted into a transcript can never become markup or run code.

/**
 * h('p', {class: 'tx'}, 'text', child) → <p class="tx">text…</p>
 * Props: class, dataset (object), on<event> (listener), anything else is an
 * attribute (true → empty, null/false/undefined → left out).
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  if (props) {
    for (const [key, value] of Object.entries(props)) {
      if (value == null || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key === 'dataset') Object.assign(el.dataset, value);
      else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child); // a string becomes a Text node, never HTML
  }
}

/** Formats a count the way the page shows it (12,345). */
const numbers = new Intl.NumberFormat('en-US'); // made once: formatting runs on every keystroke
export const count = (n) => numbers.format(n);

/** Plural helper: plural(1, 'card') → '1 card', plural(2, 'card') → '2 cards'. */
export const plural = (n, word, many = `${word}s`) => `${count(n)} ${n === 1 ? word : many}`;

const policies = new Map(); // name → the Trusted Types policy made (null: refused)

/**
 * `url` as a script URL through the Trusted Types policy `name`, which lets
 * that one URL through and no other: the URL itself where there are no
 * Trusted Types, null where they refuse the policy (each caller says what
 * then). A worker's or the service worker's URL goes through it.
 */
export function trustedScriptURL(name, url) {
  if (!globalThis.trustedTypes) return url;
  if (!policies.has(name)) {
    let policy = null;
    try {
      policy = trustedTypes.createPolicy(name, {
        createScriptURL: (u) => {
          if (u !== url) throw new TypeError(`${name}: not its script: ${u}`);
          return u;
        },
      });
    } catch {
      // Trusted Types forbid this policy
    }
    policies.set(name, policy);
  }
  return policies.get(name)?.createScriptURL(url) ?? null;
}
