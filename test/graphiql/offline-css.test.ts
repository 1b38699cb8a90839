import { describe, expect, it } from '@jest/globals';

import { withoutExternalReferences } from '../../src/server/graphiql/offline-css.js';

describe('withoutExternalReferences', () => {
  it('drops imports of other origins and empties their url()s', () => {
    const css = [
      "@import url('https://fonts.googleapis.com/css2?family=Roboto');",
      '@import "//cdn.example.org/theme.css";',
      '@import url(local.css);',
      '@font-face{font-family:X;src:url(https://fonts.gstatic.com/x.woff2) format("woff2"),url(data:font/woff2;base64,AAAA) format("woff2")}',
      '.a{background:url( "HTTP://img.example.org/a.png" )}',
      '.b{background:url(//img.example.org/b.png)}',
      '.c{background:url(data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg"/>)}',
      '.d{background:url(images/d.png)}',
    ].join('\n');

    expect(withoutExternalReferences(css)).toBe(
      [
        '',
        '',
        '@import url(local.css);',
        '@font-face{font-family:X;src:url("data:,") format("woff2"),url(data:font/woff2;base64,AAAA) format("woff2")}',
        '.a{background:url("data:,")}',
        '.b{background:url("data:,")}',
        '.c{background:url(data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg"/>)}',
        '.d{background:url(images/d.png)}',
      ].join('\n'),
    );
  });

  it('leaves a stylesheet without external references as it is', () => {
    const css = '.graphiql-container{font-family:var(--font-family)}';

    expect(withoutExternalReferences(css)).toBe(css);
  });
});
