import { pino } from 'pino';
import { ErrorCode } from '../errors';
import { ConsumerGroup, type JoinRequest } from './consumer-group';

const SESSION_TIMEOUT_MS = 10_000;

function joinRequest(memberId = ''): JoinRequest {
  return {
    memberId,
    clientId: 'unit',
    clientHost: '127.0.0.1',
    sessionTimeoutMs: SESSION_TIMEOUT_MS,
    rebalanceTimeoutMs: 5_000,
    protocolType: 'consumer',
    protocols: [{ name: 'RoundRobinAssigner', metadata: Buffer.from('meta') }],
  };
}

describe('ConsumerGroup', () => {
  let group: ConsumerGroup;

  beforeEach(() => {
    jest.useFakeTimers();
    group = new ConsumerGroup('unit-group', pino({ level: 'silent' }));
  });

  afterEach(() => {
    group.shutdown();
    jest.useRealTimers();
  });

  async function stableWithTwoMembers(): Promise<{ leader: string; follower: string; generationId: number }> {
    const leader = (await group.join(joinRequest())).memberId;
    await group.sync(leader, group.generationId, new Map([[leader, Buffer.from('all')]]));
    const followerJoin = group.join(joinRequest());
    expect(group.heartbeat(leader, group.generationId)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    const leaderJoin = await group.join(joinRequest(leader));
    const follower = (await followerJoin).memberId;
    expect(leaderJoin.members.map((member) => member.memberId).sort()).toEqual([leader, follower].sort());
    const followerSync = group.sync(follower, leaderJoin.generationId, new Map());
    await group.sync(
      leader,
      leaderJoin.generationId,
      new Map([
        [leader, Buffer.from('L')],
        [follower, Buffer.from('F')],
      ]),
    );
    expect((await followerSync).assignment.toString()).toBe('F');
    return { leader, follower, generationId: leaderJoin.generationId };
  }

  it('runs a generation per membership change and hands the leader everyone', async () => {
    const { leader, follower, generationId } = await stableWithTwoMembers();
    expect(group.state).toBe('Stable');
    expect(generationId).toBe(2);
    expect(group.heartbeat(follower, generationId)).toBe(ErrorCode.NONE);
    expect(group.heartbeat(leader, generationId - 1)).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect(group.heartbeat('stranger', generationId)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('expires a silent member after its session timeout and makes the others rebalance', async () => {
    const { leader, follower, generationId } = await stableWithTwoMembers();
    for (let elapsed = 0; elapsed < SESSION_TIMEOUT_MS + 1_000; elapsed += 2_000) {
      jest.advanceTimersByTime(2_000);
      group.heartbeat(leader, generationId);
    }
    expect(group.members.has(follower)).toBe(false);
    expect(group.heartbeat(leader, generationId)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    const rejoin = await group.join(joinRequest(leader));
    expect(rejoin.generationId).toBe(generationId + 1);
    expect(rejoin.members.map((member) => member.memberId)).toEqual([leader]);
  });

  it('completes the rebalance without members that fail to rejoin in time', async () => {
    const { leader, follower } = await stableWithTwoMembers();
    const leaderRejoin = group.join(joinRequest(leader));
    jest.advanceTimersByTime(5_000);
    const result = await leaderRejoin;
    expect(result.errorCode).toBe(ErrorCode.NONE);
    expect(result.members.map((member) => member.memberId)).toEqual([leader]);
    expect(group.members.has(follower)).toBe(false);
  });

  it('rebalances the remaining member when one leaves', async () => {
    const { leader, follower, generationId } = await stableWithTwoMembers();
    expect(group.leave(follower)).toBe(ErrorCode.NONE);
    expect(group.heartbeat(leader, generationId)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    expect(group.validateCommit(leader, generationId)).toBe(ErrorCode.NONE);
    expect(group.leave(leader)).toBe(ErrorCode.NONE);
    expect(group.state).toBe('Empty');
  });
});
