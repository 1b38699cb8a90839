import { runInNewContext } from 'node:vm';

import { describe, expect, it } from '@jest/globals';

import { INIT_SCRIPT } from '../../src/server/graphiql/init-script.js';

const CONFIG = {
  endpoint: '/graphql',
  defaultHeaders: '{"Authorization":"Bearer dev-token"}',
  defaultQuery: 'query Q { __typename }',
  defaultVariables: '{"cardId":"card-1"}',
};

/** The part of the DOM Storage interface GraphiQL uses; items are its own enumerable keys. */
interface FakeStorage {
  [key: string]: string | ((...args: string[]) => unknown);
}

/** The storage the script hands to GraphiQL (the DOM's Storage interface). */
interface GraphiqlStorage {
  readonly length: number;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  clear(): void;
}

/** What the script handed to GraphiQL. */
interface Mounted {
  props: Record<string, unknown> & { storage: GraphiqlStorage | null };
  fetcherOptions: unknown[];
  mountedInto: unknown;
  componentIsGraphiql: boolean;
}

/** A Storage whose items show as own keys, as `localStorage`'s do in a browser. */
function fakeStorage(items: Record<string, string> = {}): FakeStorage {
  const storage: FakeStorage = {};
  Object.defineProperties(storage, {
    getItem: { value: (key: string) => (Object.hasOwn(storage, key) ? storage[key] : null) },
    setItem: { value: (key: string, value: string) => (storage[key] = String(value)) },
    removeItem: { value: (key: string) => delete storage[key] },
  });
  return Object.assign(storage, items);
}

/** Runs the script against stand-ins for the page, React, ReactDOM and GraphiQL. */
function mount(config: object, localStorage: FakeStorage | 'blocked'): Mounted {
  const fetcherOptions: unknown[] = [];
  const rendered: Array<{ container: unknown; element: { component: unknown; props: never } }> = [];
  const container = { id: 'graphiql' };

  const GraphiQL = Object.assign(function GraphiQL() {}, {
    createFetcher: (options: unknown) => {
      fetcherOptions.push(options);
      return 'the fetcher';
    },
  });
  const window = {};
  Object.defineProperty(window, 'localStorage', {
    get() {
      if (localStorage === 'blocked') throw new Error('SecurityError: storage is disabled');
      return localStorage;
    },
  });

  runInNewContext(INIT_SCRIPT, {
    window,
    document: {
      getElementById: (id: string) => {
        if (id === 'graphiql-config') return { textContent: JSON.stringify(config) };
        return id === 'graphiql' ? container : null;
      },
    },
    GraphiQL,
    React: { createElement: (component: unknown, props: never) => ({ component, props }) },
    ReactDOM: {
      createRoot: (root: unknown) => ({
        render: (element: (typeof rendered)[number]['element']) =>
          rendered.push({ container: root, element }),
      }),
    },
  });

  const [mounted] = rendered;
  if (!mounted) throw new Error('nothing was rendered');

  return {
    props: mounted.element.props,
    fetcherOptions,
    mountedInto: mounted.container,
    componentIsGraphiql: mounted.element.component === GraphiQL,
  };
}

function storedItems(storage: FakeStorage): Record<string, unknown> {
  return Object.fromEntries(Object.entries(storage));
}

describe('the GraphiQL mount script', () => {
  it('mounts GraphiQL with the page settings, the headers editor open and headers unpersisted', () => {
    const localStorage = fakeStorage();

    const mounted = mount(CONFIG, localStorage);
    const { storage, ...props } = mounted.props;

    expect(mounted.componentIsGraphiql).toBe(true);
    expect(mounted.mountedInto).toEqual({ id: 'graphiql' });
    expect(mounted.fetcherOptions).toEqual([{ url: '/graphql' }]);
    expect(props).toEqual({
      fetcher: 'the fetcher',
      defaultQuery: 'query Q { __typename }',
      defaultHeaders: '{"Authorization":"Bearer dev-token"}',
      variables: undefined,
      defaultEditorToolsVisibility: 'headers',
      shouldPersistHeaders: false,
    });
    expect(storage).not.toBe(localStorage);
  });

  it('seeds the default variables into GraphiQL storage on a first visit', () => {
    const localStorage = fakeStorage();

    mount(CONFIG, localStorage);

    expect(storedItems(localStorage)).toEqual({ 'graphiql:variables': '{"cardId":"card-1"}' });
  });

  it('keeps what a later visit left in the variables editor', () => {
    const earlier = {
      'graphiql:tabState': '{"activeTabIndex":0,"tabs":[]}',
      'graphiql:variables': '{"cardId":"mine"}',
    };
    const localStorage = fakeStorage(earlier);

    const mounted = mount(CONFIG, localStorage);

    expect(storedItems(localStorage)).toEqual(earlier);
    expect(mounted.props.variables).toBeUndefined();
  });

  it('seeds nothing without default variables', () => {
    const localStorage = fakeStorage();

    mount({ endpoint: '/graphql' }, localStorage);

    expect(storedItems(localStorage)).toEqual({});
  });

  it('passes the default variables as a prop when storage is disabled', () => {
    const mounted = mount(CONFIG, 'blocked');

    expect(mounted.props.storage).toBeNull();
    expect(mounted.props.variables).toBe('{"cardId":"card-1"}');
  });

  it.each(['graphiql:queries', 'graphiql:favorites'])(
    'stores %s without headers and reads it back with the default headers',
    (key) => {
      const localStorage = fakeStorage();
      const { storage } = mount(CONFIG, localStorage).props;
      const list = key === 'graphiql:queries' ? 'queries' : 'favorites';
      const entry = { query: 'query Q { __typename }', variables: '{}', operationName: 'Q' };

      storage?.setItem(
        key,
        JSON.stringify({ [list]: [{ ...entry, headers: '{"Authorization":"Bearer secret"}' }] }),
      );

      expect(localStorage[key]).toBe(JSON.stringify({ [list]: [{ ...entry, headers: null }] }));
      expect(JSON.parse(storage?.getItem(key) ?? 'null')).toEqual({
        [list]: [{ ...entry, headers: '{"Authorization":"Bearer dev-token"}' }],
      });
    },
  );

  it('stores an empty object instead of an operation list it cannot read', () => {
    const localStorage = fakeStorage();
    const { storage } = mount(CONFIG, localStorage).props;

    storage?.setItem('graphiql:queries', '{"queries": [ Bearer secret');

    expect(localStorage['graphiql:queries']).toBe('{}');
  });

  it('passes every other key through unchanged', () => {
    const localStorage = fakeStorage({ 'graphiql:query': 'query A { __typename }' });
    const { storage } = mount(CONFIG, localStorage).props;

    storage?.setItem('graphiql:tabState', '{"tabs":[{"headers":"kept by GraphiQL itself"}]}');
    storage?.removeItem('graphiql:query');

    expect(storage?.getItem('graphiql:tabState')).toBe(
      '{"tabs":[{"headers":"kept by GraphiQL itself"}]}',
    );
    expect(storedItems(localStorage)).toEqual({
      'graphiql:variables': '{"cardId":"card-1"}',
      'graphiql:tabState': '{"tabs":[{"headers":"kept by GraphiQL itself"}]}',
    });
  });

  it("counts and clears only GraphiQL's keys", () => {
    const localStorage = fakeStorage({ 'other-app': 'kept', 'graphiql:query': '{ a }' });
    const { storage } = mount(CONFIG, localStorage).props;

    const lengthBefore = storage?.length;
    storage?.clear();

    expect(lengthBefore).toBe(2);
    expect(storage?.length).toBe(0);
    expect(storedItems(localStorage)).toEqual({ 'other-app': 'kept' });
  });

  it('says which element is missing from the page', () => {
    expect(() =>
      runInNewContext(INIT_SCRIPT, { window: {}, document: { getElementById: () => null } }),
    ).toThrow('GraphiQL page is missing #graphiql-config or #graphiql');
  });
});
