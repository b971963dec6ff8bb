/** A signed-request id the renderer sent that main did not hand out (or one without an upload). */
export class UnknownRequestError extends Error {}
