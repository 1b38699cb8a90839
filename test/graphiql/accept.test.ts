import { describe, expect, it } from '@jest/globals';

import { acceptsGzip, prefersHtml } from '../../src/server/graphiql/accept.js';

describe('prefersHtml', () => {
  it.each([
    [
      'Chromium navigating',
      'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8',
      true,
    ],
    ['Firefox navigating', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', true],
    ['Safari navigating', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', true],
    ['HTML alone, upper case', 'TEXT/HTML', true],
    ['HTML above an explicit JSON', 'application/json;q=0.5, text/html', true],
    ['no header', undefined, false],
    ['an empty header', '', false],
    ['JSON', 'application/json', false],
    ['the GraphQL response type', 'application/graphql-response+json', false],
    ['a bare wildcard', '*/*', false],
    ['a text wildcard', 'text/*', false],
    ['HTML tied with JSON', 'text/html, application/json', false],
    ['HTML tied with the wildcard', 'text/html, */*', false],
    ['HTML below JSON', 'text/html;q=0.8, application/json', false],
    ['HTML refused', 'text/html;q=0', false],
    ['an invalid quality on HTML', 'text/html;q=2', false],
    ['a malformed range', 'text/html/extra', false],
  ])('%s: %s -> %s', (_label, accept, expected) => {
    expect(prefersHtml(accept)).toBe(expected);
  });
});

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['GZIP', true],
    ['*', true],
    [undefined, false],
    ['', false],
    ['identity', false],
    ['br', false],
    ['gzip;q=0', false],
    ['*;q=0', false],
    ['gzip;q=0, *', false],
  ])('%s -> %s', (acceptEncoding, expected) => {
    expect(acceptsGzip(acceptEncoding)).toBe(expected);
  });
});
