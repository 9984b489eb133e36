/**
 * A decision billing cannot post without guessing: it names a visit or charge billing never captured, or another
 * patient or currency. The consumer retries it and then parks it on the dead-letter topic with this reason.
 */
export class UnpostableRemittanceError extends Error {
  constructor(reason: string) {
    super(`remittance cannot be posted: ${reason}`);
    this.name = UnpostableRemittanceError.name;
  }
}
