/** The messages Solaris gives for a PIN that breaks a rule, in the order the rules are checked. */
export const PIN_RULE_MESSAGES = {
  format: 'must be exactly 4 digits',
  sequential: 'must not contain sequential digits',
  repeated: 'must not contain a digit three or more times',
} as const;

/** The message of the first PIN rule that `pin` breaks, or null when it follows them all. */
export function pinRuleViolation(pin: string): string | null {
  if (!/^[0-9]{4}$/.test(pin)) return PIN_RULE_MESSAGES.format;

  const digits = [...pin].map(Number);
  if (isRun(digits, 1) || isRun(digits, -1)) return PIN_RULE_MESSAGES.sequential;
  if (digits.some((digit) => count(digits, digit) >= 3)) return PIN_RULE_MESSAGES.repeated;
  return null;
}

function isRun(digits: number[], step: number): boolean {
  return digits.every((digit, index) => index === 0 || digit - (digits[index - 1] ?? 0) === step);
}

function count(digits: number[], wanted: number): number {
  return digits.filter((digit) => digit === wanted).length;
}
