import { Interchange, InterchangeParty, SegmentData, writeInterchange } from '@praxis/x12';

export const SANDBOX_ID = 'PRAXISSANDBOX';
const SANDBOX: InterchangeParty = { qualifier: 'ZZ', id: SANDBOX_ID };

export interface Reply {
  /** GS01: FA for a 999, HN for a 277CA. */
  functionalId: string;
  type: string;
  implementation: string;
  segments: readonly SegmentData[];
}

/** A reply file to the submitter of `received`, under the sandbox's own control numbers. */
export const replyInterchange = (received: Interchange, reply: Reply, controlNumber: number, now: Date): string =>
  writeInterchange({
    sender: SANDBOX,
    receiver: { qualifier: received.header.elements[5]?.trim() || 'ZZ', id: received.senderId },
    controlNumber,
    preparedAt: now,
    timeZone: 'UTC',
    usage: received.usage === 'P' ? 'P' : 'T',
    groups: [
      {
        functionalId: reply.functionalId,
        applicationSender: SANDBOX_ID,
        applicationReceiver: received.senderId,
        controlNumber,
        version: reply.implementation,
        transactionSets: [
          { type: reply.type, controlNumber: 1, implementation: reply.implementation, segments: reply.segments },
        ],
      },
    ],
  });
