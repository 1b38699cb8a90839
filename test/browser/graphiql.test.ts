import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

import {
  JOURNEY_EXAMPLE,
  journeyExampleVariables,
} from '../../src/server/graphiql/example-operations.js';
import { ANNA, ANNA_CARD, startTestGateway, type TestGateway } from '../helpers/gateway.js';

const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOT_PATH = fileURLToPath(new URL('../artifacts/graphiql.png', import.meta.url));

/** Paths the page may load: itself, its assets and the GraphQL endpoint it posts to. */
const PAGE_PATHS = [
  '/graphiql/assets/graphiql.min.css',
  '/graphiql/assets/graphiql.min.js',
  '/graphiql/assets/init.js',
  '/graphiql/assets/page.css',
  '/graphiql/assets/react-dom.production.min.js',
  '/graphiql/assets/react.production.min.js',
  '/graphql',
];

const EDITORS = {
  query: '.graphiql-query-editor .CodeMirror',
  variables: '.graphiql-editor-tool .graphiql-editor:nth-child(1) .CodeMirror',
  headers: '.graphiql-editor-tool .graphiql-editor:nth-child(2) .CodeMirror',
  result: '.result-window .CodeMirror',
};

/** What the functions evaluated in the page use of its globals. */
interface PageGlobals {
  localStorage: { getItem(key: string): string | null };
}

/** Everything the browser did that a test wants to see. */
interface PageWatch {
  requests: string[];
  cspViolations: string[];
  pageErrors: string[];
}

let browser: Browser;
let gateway: TestGateway | undefined;
let context: BrowserContext | undefined;

beforeAll(async () => {
  // playwright launches with a fresh temporary profile of its own.
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

afterEach(async () => {
  await context?.close();
  context = undefined;
  await gateway?.close();
  gateway = undefined;
});

afterAll(async () => {
  await browser.close();
});

/** Opens the gateway's GraphiQL in a fresh context, recording requests, CSP violations and errors. */
async function openGraphiql(
  running: TestGateway,
): Promise<{ page: Page; watch: PageWatch; introspectionStatus: number }> {
  const watch: PageWatch = { requests: [], cspViolations: [], pageErrors: [] };
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.on('request', (request) => watch.requests.push(request.url()));

  await context.exposeBinding('reportCspViolation', (_source, violation: string) => {
    watch.cspViolations.push(violation);
  });
  await context.addInitScript(`
    document.addEventListener('securitypolicyviolation', (event) => {
      window.reportCspViolation(event.violatedDirective + ' ' + event.blockedURI);
    });
  `);

  const page = await context.newPage();
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) watch.cspViolations.push(message.text());
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));

  const introspection = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' &&
      response.request().postData()?.includes('"operationName":"IntrospectionQuery"') === true,
  );
  await page.goto(running.graphqlUrl);
  await page.locator('.graphiql-execute-button').waitFor();

  return { page, watch, introspectionStatus: (await introspection).status() };
}

/** The text of one of GraphiQL's CodeMirror editors. */
async function editorValue(page: Page, editor: 'query' | 'variables' | 'headers' | 'result') {
  return page.evaluate<string>(
    `document.querySelector(${JSON.stringify(EDITORS[editor])}).CodeMirror.getValue()`,
  );
}

/** Resolves once GraphiQL has written these keys to its storage (it writes some after a pause). */
async function storageWritten(page: Page, keys: string[]): Promise<void> {
  // A function, not a string: the page's CSP refuses string evaluation, as it should.
  await page.waitForFunction(
    (names) =>
      names.every(
        (name) => (globalThis as unknown as PageGlobals).localStorage.getItem(name) !== null,
      ),
    keys,
  );
}

/** The same operation, sent straight to the gateway. */
async function postOperation(running: TestGateway, operationName: string): Promise<unknown> {
  const response = await fetch(running.graphqlUrl, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await running.token(ANNA)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      query: JOURNEY_EXAMPLE,
      operationName,
      variables: { cardId: ANNA_CARD },
    }),
  });
  return response.json();
}

/** Each URL's path, once, sorted; fails on any URL outside the gateway's origin. */
function pathsOnOrigin(urls: string[], origin: string): string[] {
  const foreign = urls.filter((url) => new URL(url).origin !== origin);
  expect(foreign).toEqual([]);

  return [...new Set(urls.map((url) => new URL(url).pathname))].sort();
}

describe('GraphiQL in a browser', () => {
  it('loads from the gateway alone and runs pinEncryptionKey from the journey example', async () => {
    gateway = await startTestGateway();
    const { page, watch } = await openGraphiql(gateway);
    const token = /^\{"Authorization":"Bearer ([\w.-]+)"\}$/.exec(
      await editorValue(page, 'headers'),
    )?.[1];

    expect(await editorValue(page, 'query')).toBe(JOURNEY_EXAMPLE);
    expect(await editorValue(page, 'variables')).toBe(journeyExampleVariables(ANNA_CARD));
    expect(token).toMatch(/^eyJ/);

    await page.locator('.graphiql-execute-button').click();
    await page.getByRole('menuitem', { name: 'PinEncryptionKey' }).click();
    const resultPane = page.locator('.result-window');
    await resultPane.getByText('"PinEncryptionKey"', { exact: true }).waitFor();

    const kid = gateway.sim.currentKeyId();
    const shown = await resultPane.innerText();
    const result: unknown = JSON.parse(await editorValue(page, 'result'));
    await mkdir(dirname(SCREENSHOT_PATH), { recursive: true });
    await page.screenshot({ path: SCREENSHOT_PATH });

    expect(shown).toContain('"__typename": "PinEncryptionKey"');
    expect(shown).toContain(`"kid": "${kid}"`);
    expect(result).toEqual(await postOperation(gateway, 'PinEncryptionKey'));
    expect(result).toEqual({
      data: { pinEncryptionKey: expect.objectContaining({ __typename: 'PinEncryptionKey', kid }) },
    });
    expect(pathsOnOrigin(watch.requests, gateway.url)).toEqual(PAGE_PATHS);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.pageErrors).toEqual([]);

    // The run went into GraphiQL's history, which would keep its headers but for the mount script.
    await storageWritten(page, ['graphiql:tabState', 'graphiql:queries']);
    const stored = await page.evaluate<string>('JSON.stringify(Object.entries(localStorage))');
    expect(stored).not.toContain(token);
  });

  it('keeps the editors across a reload, with no new tab', async () => {
    gateway = await startTestGateway();
    const { page, watch } = await openGraphiql(gateway);
    const before = await Promise.all([
      editorValue(page, 'query'),
      editorValue(page, 'variables'),
      editorValue(page, 'headers'),
    ]);

    await storageWritten(page, ['graphiql:tabState']);
    await page.reload();
    await page.locator('.graphiql-execute-button').waitFor();
    const after = await Promise.all([
      editorValue(page, 'query'),
      editorValue(page, 'variables'),
      editorValue(page, 'headers'),
    ]);

    expect(after).toEqual(before);
    expect(await page.locator('.graphiql-tab').count()).toBe(0);
    expect(watch.cspViolations).toEqual([]);
  });

  it('loads the schema, and opens its explorer and dialogs without a CSP violation', async () => {
    gateway = await startTestGateway();
    const { page, watch, introspectionStatus } = await openGraphiql(gateway);

    expect(introspectionStatus).toBe(200);

    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();
    await page.locator('.graphiql-doc-explorer').getByText('pinEncryptionKey').first().waitFor();
    await page.getByRole('button', { name: 'Open settings dialog' }).click();
    await page.getByRole('dialog').getByText('Clear storage').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Open short keys dialog' }).click();
    await page.getByRole('dialog').getByText('Execute query').waitFor();
    await page.keyboard.press('Escape');

    expect(watch.cspViolations).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
