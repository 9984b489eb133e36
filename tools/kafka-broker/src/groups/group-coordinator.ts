import type { Logger } from 'pino';
import type { SessionTimeoutLimits } from '../config';
import { ErrorCode } from '../errors';
import { ConsumerGroup, type JoinRequest } from './consumer-group';
import type { JoinResult, SyncResult } from './group-member';
import type { CommittedOffset, OffsetCommitEntry, OffsetStore } from './offset-store';

export interface GroupSummary {
  groupId: string;
  protocolType: string;
}

/** The single coordinator for every consumer group on this one-node cluster. */
export class GroupCoordinator {
  private readonly groups = new Map<string, ConsumerGroup>();

  constructor(
    private readonly offsets: OffsetStore,
    private readonly sessionTimeouts: SessionTimeoutLimits,
    private readonly logger: Logger,
  ) {}

  join(groupId: string, request: JoinRequest): Promise<JoinResult> {
    const invalid = validateGroupId(groupId) ?? this.validateSessionTimeout(request.sessionTimeoutMs);
    if (invalid !== null) {
      return Promise.resolve({
        errorCode: invalid,
        generationId: -1,
        protocolName: '',
        leaderId: '',
        memberId: request.memberId,
        members: [],
      });
    }
    return this.groupFor(groupId).join(request);
  }

  sync(groupId: string, memberId: string, generationId: number, assignments: Map<string, Buffer>): Promise<SyncResult> {
    const group = this.groups.get(groupId);
    if (!group) return Promise.resolve({ errorCode: ErrorCode.UNKNOWN_MEMBER_ID, assignment: Buffer.alloc(0) });
    return group.sync(memberId, generationId, assignments);
  }

  heartbeat(groupId: string, memberId: string, generationId: number): ErrorCode {
    return this.groups.get(groupId)?.heartbeat(memberId, generationId) ?? ErrorCode.UNKNOWN_MEMBER_ID;
  }

  leave(groupId: string, memberId: string): ErrorCode {
    return this.groups.get(groupId)?.leave(memberId) ?? ErrorCode.UNKNOWN_MEMBER_ID;
  }

  commitOffsets(groupId: string, memberId: string, generationId: number, entries: OffsetCommitEntry[]): ErrorCode {
    const invalidGroup = validateGroupId(groupId);
    if (invalidGroup !== null) return invalidGroup;
    const group = this.groups.get(groupId);
    const errorCode = group ? group.validateCommit(memberId, generationId) : simpleCommitCheck(memberId, generationId);
    if (errorCode === ErrorCode.NONE) this.offsets.commit(groupId, entries);
    return errorCode;
  }

  committedOffset(groupId: string, topic: string, partition: number): CommittedOffset | undefined {
    return this.offsets.get(groupId, topic, partition);
  }

  committedOffsets(groupId: string): OffsetCommitEntry[] {
    return this.offsets.entriesFor(groupId);
  }

  describe(groupId: string): ConsumerGroup | undefined {
    return this.groups.get(groupId);
  }

  list(): GroupSummary[] {
    const ids = new Set([...this.groups.keys(), ...this.offsets.groupIds()]);
    return [...ids].map((groupId) => ({ groupId, protocolType: this.groups.get(groupId)?.protocolType ?? 'consumer' }));
  }

  shutdown(): void {
    this.groups.forEach((group) => group.shutdown());
    this.groups.clear();
    this.offsets.close();
  }

  /** Kafka's group.min/max.session.timeout.ms: a member outside them is refused before it joins. */
  private validateSessionTimeout(sessionTimeoutMs: number): ErrorCode | null {
    const { minMs, maxMs } = this.sessionTimeouts;
    return sessionTimeoutMs >= minMs && sessionTimeoutMs <= maxMs ? null : ErrorCode.INVALID_SESSION_TIMEOUT;
  }

  private groupFor(groupId: string): ConsumerGroup {
    const existing = this.groups.get(groupId);
    if (existing) return existing;
    const group = new ConsumerGroup(groupId, this.logger);
    this.groups.set(groupId, group);
    return group;
  }
}

function validateGroupId(groupId: string): ErrorCode | null {
  return groupId.length === 0 ? ErrorCode.INVALID_GROUP_ID : null;
}

/** Commits outside any group generation (e.g. admin.setOffsets) use generation -1 and no member id. */
function simpleCommitCheck(memberId: string, generationId: number): ErrorCode {
  return memberId === '' && generationId < 0 ? ErrorCode.NONE : ErrorCode.UNKNOWN_MEMBER_ID;
}
