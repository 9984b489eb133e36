import { FileEnvelope, Interchange, InterchangeParty } from '@praxis/x12';

export const SANDBOX_ID = 'PRAXISSANDBOX';
export const SANDBOX: InterchangeParty = { qualifier: 'ZZ', id: SANDBOX_ID };

/** A reply to the submitter of `received`, under the sandbox's own control number. */
export const replyEnvelope = (received: Interchange, controlNumber: number, now: Date): FileEnvelope => ({
  sender: SANDBOX,
  receiver: { qualifier: received.header.elements[5]?.trim() || 'ZZ', id: received.senderId },
  interchangeControlNumber: controlNumber,
  groupControlNumber: controlNumber,
  preparedAt: now,
  timeZone: 'UTC',
  usage: received.usage === 'P' ? 'P' : 'T',
});
