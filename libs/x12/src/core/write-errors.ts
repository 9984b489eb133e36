/** A value the writer cannot put into an X12 file; the caller's data needs fixing, not the writer. */
export class X12WriteError extends Error {}

export class DelimiterInDataError extends X12WriteError {
  constructor(
    readonly elementName: string,
    readonly delimiter: string,
  ) {
    super(`${elementName} contains "${delimiter}", which delimits this interchange and cannot appear in data`);
  }
}

export class InvalidEnvelopeValueError extends X12WriteError {
  constructor(
    readonly elementName: string,
    reason: string,
  ) {
    super(`${elementName} ${reason}`);
  }
}
