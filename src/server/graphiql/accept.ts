/** One media range of an `Accept` header, such as `text/html` or `application/*;q=0.8`. */
interface MediaRange {
  type: string;
  subtype: string;
  quality: number;
}

/** The JSON media types the GraphQL endpoint answers with. */
const GRAPHQL_RESPONSE_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['application', 'json'],
  ['application', 'graphql-response+json'],
];

/**
 * Whether an `Accept` header prefers an HTML page over a GraphQL JSON response, as a browser
 * navigation does. A tie goes to JSON, so a bare wildcard (curl, most HTTP clients) keeps getting
 * GraphQL.
 */
export function prefersHtml(accept: string | undefined): boolean {
  // Every browser names text/html when it navigates; skipping the parse keeps API calls cheap.
  if (accept === undefined || !accept.toLowerCase().includes('text/html')) return false;

  const ranges = parseAccept(accept);
  const html = qualityFor(ranges, 'text', 'html');
  const json = Math.max(
    ...GRAPHQL_RESPONSE_TYPES.map(([type, subtype]) => qualityFor(ranges, type, subtype)),
  );

  return html > 0 && html > json;
}

/**
 * Whether an `Accept-Encoding` header takes gzip: named, or through `*`, with a quality above 0.
 */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (acceptEncoding === undefined) return false;

  let wildcard = 0;
  for (const part of acceptEncoding.split(',')) {
    const [coding = '', ...parameters] = part.split(';');
    const name = coding.trim().toLowerCase();
    if (name === 'gzip') return qualityOf(parameters) > 0;
    if (name === '*') wildcard = qualityOf(parameters);
  }

  return wildcard > 0;
}

function parseAccept(accept: string): MediaRange[] {
  return accept.split(',').flatMap((part) => {
    const [range = '', ...parameters] = part.split(';');
    const [type, subtype, ...rest] = range.trim().toLowerCase().split('/');
    if (!type || !subtype || rest.length > 0) return [];

    return [{ type, subtype, quality: qualityOf(parameters) }];
  });
}

function qualityOf(parameters: string[]): number {
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=');
    if (name.trim().toLowerCase() !== 'q') continue;

    const quality = Number(value.trim());
    return Number.isFinite(quality) && quality >= 0 && quality <= 1 ? quality : 0;
  }

  return 1;
}

/** The quality of the most specific matching range: `text/html` over `text/*` over the wildcard. */
function qualityFor(ranges: MediaRange[], type: string, subtype: string): number {
  let best = { specificity: -1, quality: 0 };

  for (const range of ranges) {
    const specificity = specificityOf(range, type, subtype);
    if (specificity > best.specificity) best = { specificity, quality: range.quality };
  }

  return best.quality;
}

function specificityOf(range: MediaRange, type: string, subtype: string): number {
  if (range.type === type && range.subtype === subtype) return 2;
  if (range.type === type && range.subtype === '*') return 1;
  if (range.type === '*' && range.subtype === '*') return 0;
  return -1;
}
