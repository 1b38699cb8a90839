/** The id of the page's JSON element that carries the GraphiQL settings. */
export const CONFIG_ELEMENT_ID = 'graphiql-config';

/** The id of the element GraphiQL mounts into. */
export const MOUNT_ELEMENT_ID = 'graphiql';

/**
 * The browser script that mounts GraphiQL, served as `/graphiql/assets/init.js`. It lives in a
 * string because the build compiles only TypeScript: a separate `.js` file would be missing from
 * `dist/`. It is plain ES2017 for the browser, and runs as a file because the page's CSP allows
 * no inline script. It reads its settings from the page's JSON element, so nothing in it varies.
 *
 * It leans on two details of GraphiQL 3's storage (keys in `localStorage` under `graphiql:`):
 * the editors' contents live under `tabState`, `query` and `variables`, and the history and
 * favourites under `queries` and `favorites`, each entry with the headers it ran with.
 */
export const INIT_SCRIPT = `'use strict';

(function mountGraphiql() {
  var TABS_KEY = 'graphiql:tabState';
  var VARIABLES_KEY = 'graphiql:variables';
  var OPERATION_LIST_KEYS = ['graphiql:queries', 'graphiql:favorites'];

  var configElement = document.getElementById('${CONFIG_ELEMENT_ID}');
  var container = document.getElementById('${MOUNT_ELEMENT_ID}');
  if (!configElement || !container) {
    throw new Error('GraphiQL page is missing #${CONFIG_ELEMENT_ID} or #${MOUNT_ELEMENT_ID}');
  }

  var config = JSON.parse(configElement.textContent || '{}');
  var storage = browserStorage();

  var props = {
    fetcher: GraphiQL.createFetcher({ url: config.endpoint }),
    storage: storage && withoutStoredHeaders(storage, config.defaultHeaders),
    defaultQuery: config.defaultQuery,
    defaultHeaders: config.defaultHeaders,
    variables: seedVariables(storage, config.defaultVariables),
    defaultEditorToolsVisibility: 'headers',
    // Headers carry bearer tokens: keep them out of the browser's storage.
    shouldPersistHeaders: false,
  };

  ReactDOM.createRoot(container).render(React.createElement(GraphiQL, props));

  function browserStorage() {
    try {
      return window.localStorage;
    } catch (error) {
      // Storage is disabled for this page: GraphiQL then keeps nothing between loads.
      return null;
    }
  }

  // GraphiQL has no default for variables. A \`variables\` prop would replace what the user
  // left in the editor on every load (and open a new tab each time), so a first visit seeds
  // GraphiQL's own storage instead, which GraphiQL then reads and keeps up to date.
  function seedVariables(storage, defaultVariables) {
    if (defaultVariables === undefined) return undefined;
    if (!storage) return defaultVariables;

    if (storage.getItem(TABS_KEY) === null) storage.setItem(VARIABLES_KEY, defaultVariables);
    return undefined;
  }

  // GraphiQL stores the headers of every operation in its history and favourites, whatever
  // shouldPersistHeaders says. They are dropped on the way into storage; an entry read back
  // carries the page's default headers instead, so running it again still authenticates.
  function withoutStoredHeaders(storage, defaultHeaders) {
    return {
      getItem: function (key) {
        var value = storage.getItem(key);
        if (value === null || OPERATION_LIST_KEYS.indexOf(key) < 0) return value;
        return rewriteHeaders(value, defaultHeaders);
      },
      setItem: function (key, value) {
        var stored = OPERATION_LIST_KEYS.indexOf(key) < 0 ? value : rewriteHeaders(value, null);
        storage.setItem(key, stored);
      },
      removeItem: function (key) {
        storage.removeItem(key);
      },
      clear: function () {
        graphiqlKeys().forEach(function (key) {
          storage.removeItem(key);
        });
      },
      get length() {
        return graphiqlKeys().length;
      },
    };

    function graphiqlKeys() {
      return Object.keys(storage).filter(function (key) {
        return key.indexOf('graphiql:') === 0;
      });
    }
  }

  function rewriteHeaders(json, headers) {
    try {
      return JSON.stringify(JSON.parse(json), function (key, value) {
        return key === 'headers' ? headers : value;
      });
    } catch (error) {
      // Not GraphiQL's JSON: store nothing rather than something that may hold a token.
      return JSON.stringify({});
    }
  }
})();
`;
