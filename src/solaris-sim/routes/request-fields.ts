import type { FieldProblem } from '../error-bodies.js';

/** Problems for the members of `body` named in `fields` that are not non-empty strings. */
export function stringFieldProblems(
  body: Record<string, unknown>,
  fields: readonly string[],
): FieldProblem[] {
  return fields.flatMap((field) => {
    const value = body[field];
    if (value === undefined || value === null) return [{ field, message: 'is missing' }];
    if (typeof value !== 'string') return [{ field, message: 'must be a string' }];
    if (value.length === 0) return [{ field, message: 'must not be empty' }];
    return [];
  });
}
