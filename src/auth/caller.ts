/** The verified cardholder behind a request: the Solaris person id from the bearer token. */
export interface Caller {
  personId: string;
}
