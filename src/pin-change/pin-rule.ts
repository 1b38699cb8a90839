import type { PinRule } from './results.js';

/**
 * Which PIN rule a Solaris validation message names. Solaris states the broken rule only in
 * prose ("must not contain sequential digits"), so this reads its wording; an unknown wording
 * gives `null` (the app still learns that the PIN was refused).
 */
export function pinRuleFromMessage(message: string): PinRule | null {
  const text = message.toLowerCase();
  if (/sequen|ascending|descending|consecutive/.test(text)) {
    return 'SEQUENTIAL_DIGITS';
  }
  if (/repeat|three or more|same digit|more than twice/.test(text)) {
    return 'REPEATED_DIGITS';
  }
  if (/4 digits|four digits|length|too (short|long)/.test(text)) {
    return 'LENGTH';
  }
  return null;
}
