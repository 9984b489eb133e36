import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { ErrorCode } from '../errors';
import { GroupMember, type JoinResult, type MemberProtocol, type SyncResult } from './group-member';

export type GroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

export interface JoinRequest {
  memberId: string;
  clientId: string;
  clientHost: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  protocolType: string;
  protocols: MemberProtocol[];
}

/**
 * Classic (eager) group membership protocol: every join/leave/expiry starts a new generation; the
 * JoinGroup of each member is held until all known members rejoined (or the rebalance timeout drops
 * the stragglers), the leader gets everyone's metadata and distributes assignments through SyncGroup.
 */
export class ConsumerGroup {
  state: GroupState = 'Empty';
  generationId = 0;
  protocolType: string | null = null;
  protocolName: string | null = null;
  leaderId: string | null = null;
  readonly members = new Map<string, GroupMember>();
  private rebalanceTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly groupId: string,
    private readonly logger: Logger,
  ) {}

  join(request: JoinRequest): Promise<JoinResult> {
    const rejection = this.validateJoin(request);
    if (rejection !== ErrorCode.NONE) return Promise.resolve(joinError(rejection, request.memberId));
    const member = this.upsertMember(request);
    // A member re-sending JoinGroup from another connection supersedes its earlier, still parked one.
    member.resolveJoin(joinError(ErrorCode.REBALANCE_IN_PROGRESS, member.memberId));
    const result = new Promise<JoinResult>((resolve) => (member.pendingJoin = resolve));
    member.stopSession();
    if (this.state !== 'PreparingRebalance') this.prepareRebalance(`member ${member.memberId} joined`);
    this.completeJoinIfAllRejoined();
    return result;
  }

  sync(memberId: string, generationId: number, assignments: Map<string, Buffer>): Promise<SyncResult> {
    const member = this.members.get(memberId);
    const rejection = this.validateGeneration(member, generationId);
    if (!member || rejection !== ErrorCode.NONE)
      return Promise.resolve({ errorCode: rejection, assignment: Buffer.alloc(0) });
    if (this.state === 'PreparingRebalance') return Promise.resolve(syncError(ErrorCode.REBALANCE_IN_PROGRESS));
    member.restartSession(this.expireMember);
    if (this.state === 'Stable') return Promise.resolve({ errorCode: ErrorCode.NONE, assignment: member.assignment });
    member.resolveSync(syncError(ErrorCode.REBALANCE_IN_PROGRESS));
    const result = new Promise<SyncResult>((resolve) => (member.pendingSync = resolve));
    if (memberId === this.leaderId) this.completeSync(assignments);
    return result;
  }

  heartbeat(memberId: string, generationId: number): ErrorCode {
    const member = this.members.get(memberId);
    const rejection = this.validateGeneration(member, generationId);
    if (!member || rejection !== ErrorCode.NONE) return rejection;
    if (this.state === 'PreparingRebalance') return ErrorCode.REBALANCE_IN_PROGRESS;
    member.restartSession(this.expireMember);
    return ErrorCode.NONE;
  }

  leave(memberId: string): ErrorCode {
    const member = this.members.get(memberId);
    if (!member) return ErrorCode.UNKNOWN_MEMBER_ID;
    this.removeMember(member, 'left the group');
    return ErrorCode.NONE;
  }

  /** Kafka accepts commits from the current generation except while assignments are being handed out. */
  validateCommit(memberId: string, generationId: number): ErrorCode {
    const isSimpleCommit = generationId < 0 && memberId === '';
    if (isSimpleCommit) return this.members.size === 0 ? ErrorCode.NONE : ErrorCode.ILLEGAL_GENERATION;
    const member = this.members.get(memberId);
    const rejection = this.validateGeneration(member, generationId);
    if (!member || rejection !== ErrorCode.NONE) return rejection;
    if (this.state === 'CompletingRebalance') return ErrorCode.REBALANCE_IN_PROGRESS;
    member.restartSession(this.expireMember);
    return ErrorCode.NONE;
  }

  shutdown(): void {
    this.clearRebalanceTimer();
    this.members.forEach((member) => member.stopSession());
  }

  private validateJoin(request: JoinRequest): ErrorCode {
    if (request.memberId !== '' && !this.members.has(request.memberId)) return ErrorCode.UNKNOWN_MEMBER_ID;
    const others = [...this.members.values()].filter((member) => member.memberId !== request.memberId);
    if (others.length === 0)
      return request.protocols.length > 0 ? ErrorCode.NONE : ErrorCode.INCONSISTENT_GROUP_PROTOCOL;
    const sharesProtocol = request.protocols.some(({ name }) => others.every((member) => member.supports(name)));
    return request.protocolType === this.protocolType && sharesProtocol
      ? ErrorCode.NONE
      : ErrorCode.INCONSISTENT_GROUP_PROTOCOL;
  }

  private upsertMember(request: JoinRequest): GroupMember {
    const existing = this.members.get(request.memberId);
    if (existing) {
      existing.sessionTimeoutMs = request.sessionTimeoutMs;
      existing.rebalanceTimeoutMs = request.rebalanceTimeoutMs;
      existing.protocols = request.protocols;
      return existing;
    }
    const memberId = `${request.clientId}-${randomUUID()}`;
    const member = new GroupMember(
      memberId,
      request.clientId,
      request.clientHost,
      request.sessionTimeoutMs,
      request.rebalanceTimeoutMs,
      request.protocols,
    );
    this.members.set(memberId, member);
    this.protocolType = request.protocolType;
    this.leaderId ??= memberId;
    return member;
  }

  private validateGeneration(member: GroupMember | undefined, generationId: number): ErrorCode {
    if (!member) return ErrorCode.UNKNOWN_MEMBER_ID;
    return generationId === this.generationId ? ErrorCode.NONE : ErrorCode.ILLEGAL_GENERATION;
  }

  private prepareRebalance(reason: string): void {
    this.logger.debug({ groupId: this.groupId, reason }, 'preparing rebalance');
    this.state = 'PreparingRebalance';
    this.members.forEach((member) => member.resolveSync(syncError(ErrorCode.REBALANCE_IN_PROGRESS)));
    this.clearRebalanceTimer();
    const timeoutMs = Math.max(0, ...[...this.members.values()].map((member) => member.rebalanceTimeoutMs));
    this.rebalanceTimer = setTimeout(() => this.completeJoin(), timeoutMs);
  }

  private completeJoinIfAllRejoined(): void {
    const everyoneRejoined = [...this.members.values()].every((member) => member.pendingJoin !== null);
    if (this.state === 'PreparingRebalance' && everyoneRejoined) this.completeJoin();
  }

  /** Starts the next generation with the members that rejoined; stragglers are removed. */
  private completeJoin(): void {
    this.clearRebalanceTimer();
    this.members.forEach((member) => {
      if (!member.pendingJoin) this.dropMember(member);
    });
    this.generationId += 1;
    if (this.members.size === 0) {
      this.becomeEmpty();
      return;
    }
    if (!this.leaderId || !this.members.has(this.leaderId)) this.leaderId = this.members.keys().next().value as string;
    this.protocolName = this.selectProtocol();
    this.state = 'CompletingRebalance';
    this.logger.info(
      { groupId: this.groupId, generationId: this.generationId, members: this.members.size },
      'group rebalanced',
    );
    const allMembers = [...this.members.values()].map((member) => ({
      memberId: member.memberId,
      metadata: member.metadataFor(this.protocolName),
    }));
    this.members.forEach((member) => {
      member.resolveJoin({
        errorCode: ErrorCode.NONE,
        generationId: this.generationId,
        protocolName: this.protocolName ?? '',
        leaderId: this.leaderId ?? '',
        memberId: member.memberId,
        members: member.memberId === this.leaderId ? allMembers : [],
      });
      member.restartSession(this.expireMember);
    });
  }

  private completeSync(assignments: Map<string, Buffer>): void {
    this.state = 'Stable';
    this.members.forEach((member) => {
      member.assignment = assignments.get(member.memberId) ?? Buffer.alloc(0);
      member.resolveSync({ errorCode: ErrorCode.NONE, assignment: member.assignment });
    });
  }

  /** The leader's first preference that every member supports (kafkajs members usually agree). */
  private selectProtocol(): string {
    const members = [...this.members.values()];
    const leader = this.members.get(this.leaderId as string) as GroupMember;
    const common = leader.protocols.find(({ name }) => members.every((member) => member.supports(name)));
    return (common ?? leader.protocols[0]).name;
  }

  private readonly expireMember = (member: GroupMember): void => {
    if (this.members.get(member.memberId) === member) this.removeMember(member, 'session timed out');
  };

  private removeMember(member: GroupMember, reason: string): void {
    this.logger.info({ groupId: this.groupId, memberId: member.memberId, reason }, 'member removed');
    this.dropMember(member);
    member.resolveJoin(joinError(ErrorCode.UNKNOWN_MEMBER_ID, member.memberId));
    member.resolveSync(syncError(ErrorCode.UNKNOWN_MEMBER_ID));
    if (this.members.size === 0) {
      this.clearRebalanceTimer();
      this.generationId += 1;
      this.becomeEmpty();
    } else if (this.state === 'PreparingRebalance') {
      this.completeJoinIfAllRejoined();
    } else {
      this.prepareRebalance(reason);
    }
  }

  private dropMember(member: GroupMember): void {
    member.stopSession();
    this.members.delete(member.memberId);
    if (this.leaderId === member.memberId) this.leaderId = null;
  }

  private becomeEmpty(): void {
    this.state = 'Empty';
    this.protocolName = null;
    this.leaderId = null;
  }

  private clearRebalanceTimer(): void {
    if (this.rebalanceTimer) clearTimeout(this.rebalanceTimer);
    this.rebalanceTimer = null;
  }
}

function joinError(errorCode: ErrorCode, memberId: string): JoinResult {
  return { errorCode, generationId: -1, protocolName: '', leaderId: '', memberId, members: [] };
}

function syncError(errorCode: ErrorCode): SyncResult {
  return { errorCode, assignment: Buffer.alloc(0) };
}
