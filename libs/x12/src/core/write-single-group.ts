import { InterchangeParty, writeInterchange } from './write-interchange';
import { SegmentData } from './write-segments';

/** Who sends a file to whom, under which control numbers and when: all an outbound file needs around its data. */
export interface FileEnvelope {
  sender: InterchangeParty;
  receiver: InterchangeParty;
  /** ISA13 and GS06: the caller keeps them unique per trading partner. */
  interchangeControlNumber: number;
  groupControlNumber: number;
  preparedAt: Date;
  /** IANA zone the file's dates and times are shown in. */
  timeZone: string;
  usage: 'P' | 'T';
}

export interface SingleGroupContent {
  functionalId: string;
  /** GS08 and ST03. */
  implementation: string;
  /** ST01. */
  type: string;
  /** The body of each transaction set, numbered ST02 = 0001, 0002... in order. */
  transactionSets: readonly (readonly SegmentData[])[];
}

/** A file of one interchange holding one functional group of transaction sets of one kind. */
export const writeSingleGroup = (envelope: FileEnvelope, content: SingleGroupContent): string =>
  writeInterchange({
    sender: envelope.sender,
    receiver: envelope.receiver,
    controlNumber: envelope.interchangeControlNumber,
    preparedAt: envelope.preparedAt,
    timeZone: envelope.timeZone,
    usage: envelope.usage,
    groups: [
      {
        functionalId: content.functionalId,
        applicationSender: envelope.sender.id,
        applicationReceiver: envelope.receiver.id,
        controlNumber: envelope.groupControlNumber,
        version: content.implementation,
        transactionSets: content.transactionSets.map((segments, index) => ({
          type: content.type,
          controlNumber: index + 1,
          implementation: content.implementation,
          segments,
        })),
      },
    ],
  });
