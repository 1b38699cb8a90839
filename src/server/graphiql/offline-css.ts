/**
 * An `@import` of another origin's stylesheet: absolute or protocol-relative, quoted or `url()`.
 */
const EXTERNAL_IMPORT = /@import\s+(?:url\(\s*)?["']?(?:[a-z][a-z\d+.-]*:)?\/\/[^;]*;?/gi;

/** A `url()` that points at another origin; `data:` URLs and relative paths stay. */
const EXTERNAL_URL = /url\(\s*["']?(?:[a-z][a-z\d+.-]*:)?\/\/[^)]*\)/gi;

/** An empty resource that every CSS context accepts and that the page's CSP allows. */
const EMPTY_URL = 'url("data:,")';

/**
 * The stylesheet with every reference to another origin removed, so the page makes no request
 * beyond its own origin: `@import` rules are dropped and `url()`s become an empty data URL, which
 * lets a font's `src` list fall through to the next (embedded) source.
 */
export function withoutExternalReferences(css: string): string {
  return css.replace(EXTERNAL_IMPORT, '').replace(EXTERNAL_URL, EMPTY_URL);
}
