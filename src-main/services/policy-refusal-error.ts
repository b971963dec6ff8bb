/** Something the organisation policy does not allow; the message says what to do. */
export class PolicyRefusalError extends Error {}
