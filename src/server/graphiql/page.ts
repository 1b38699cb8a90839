import { CONFIG_ELEMENT_ID, MOUNT_ELEMENT_ID } from './init-script.js';

/** What the page hands to the browser script, as JSON. */
export interface PageConfig {
  endpoint: string;
  defaultHeaders?: string;
  defaultQuery?: string;
  defaultVariables?: string;
}

/** The URLs the page loads, in order: stylesheets first, then scripts. */
export interface PageAssets {
  stylesheets: readonly string[];
  scripts: readonly string[];
}

/**
 * The page's Content-Security-Policy: nothing but the gateway's own origin, and no inline script,
 * which is why the settings travel as a JSON element and the mount code as a file. Inline
 * `<style>` elements stay allowed because GraphiQL's dialogs insert one while they are open (its
 * content depends on the scrollbar's width, so no hash can pin it); inline `style` attributes do
 * not, since GraphiQL sets styles through the DOM, which CSP leaves alone.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-elem 'self' 'unsafe-inline'",
  "style-src-attr 'none'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The page that loads GraphiQL from the gateway's own origin. */
export function renderPage(config: PageConfig, assets: PageAssets): string {
  const stylesheets = assets.stylesheets.map(
    (href) => `    <link rel="stylesheet" href="${escapeHtml(href)}" />`,
  );
  const scripts = assets.scripts.map((src) => `    <script src="${escapeHtml(src)}"></script>`);

  return [
    '<!doctype html>',
    '<html lang="en">',
    '  <head>',
    '    <meta charset="utf-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    '    <title>card-pin-gateway · GraphiQL</title>',
    // An empty icon, so the browser does not ask for /favicon.ico.
    '    <link rel="icon" href="data:," />',
    ...stylesheets,
    '  </head>',
    '  <body>',
    `    <div id="${MOUNT_ELEMENT_ID}">Loading GraphiQL…</div>`,
    `    <script type="application/json" id="${CONFIG_ELEMENT_ID}">${embedJson(config)}</script>`,
    ...scripts,
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

/** Text safe inside an HTML element or a double- or single-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/**
 * JSON safe inside a `<script>` element: `<`, `>` and `&` become `\u` escapes, so no value can
 * close the element (`</script>`) or open a comment (`<!--`), and `JSON.parse` still reads the
 * same value. U+2028 and U+2029 are escaped too, for parsers that treat them as line ends.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, unicodeEscape);
}

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
