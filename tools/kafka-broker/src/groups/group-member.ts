import type { ErrorCode } from '../errors';

export interface MemberProtocol {
  name: string;
  metadata: Buffer;
}

export interface JoinResult {
  errorCode: ErrorCode;
  generationId: number;
  protocolName: string;
  leaderId: string;
  memberId: string;
  members: Array<{ memberId: string; metadata: Buffer }>;
}

export interface SyncResult {
  errorCode: ErrorCode;
  assignment: Buffer;
}

/** One consumer in a group, with the join/sync request it may currently be parked on. */
export class GroupMember {
  assignment: Buffer = Buffer.alloc(0);
  pendingJoin: ((result: JoinResult) => void) | null = null;
  pendingSync: ((result: SyncResult) => void) | null = null;
  private sessionTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly memberId: string,
    readonly clientId: string,
    readonly clientHost: string,
    public sessionTimeoutMs: number,
    public rebalanceTimeoutMs: number,
    public protocols: MemberProtocol[],
  ) {}

  supports(protocolName: string): boolean {
    return this.protocols.some((protocol) => protocol.name === protocolName);
  }

  metadataFor(protocolName: string | null): Buffer {
    return this.protocols.find((protocol) => protocol.name === protocolName)?.metadata ?? Buffer.alloc(0);
  }

  /** The session clock runs only while the member is not parked in a JoinGroup, as in Kafka. */
  restartSession(onExpire: (member: GroupMember) => void): void {
    this.stopSession();
    this.sessionTimer = setTimeout(() => onExpire(this), this.sessionTimeoutMs);
  }

  stopSession(): void {
    if (this.sessionTimer) clearTimeout(this.sessionTimer);
    this.sessionTimer = null;
  }

  resolveJoin(result: JoinResult): void {
    const resolve = this.pendingJoin;
    this.pendingJoin = null;
    resolve?.(result);
  }

  resolveSync(result: SyncResult): void {
    const resolve = this.pendingSync;
    this.pendingSync = null;
    resolve?.(result);
  }
}
