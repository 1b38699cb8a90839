/** Ends a `switch` over a closed union: it fails to compile when a member is left out. */
export function assertNever(value: never): never {
  throw new TypeError(`Unhandled case "${String(value)}"`);
}
