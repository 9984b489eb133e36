// Stops the processes the dev stack started when the dev stack itself no longer can: killed with SIGKILL,
// or crashed. The dev stack names each child's process group over an IPC channel; the kernel closes that
// channel whatever way the dev stack ends, and the closing is what this process waits for.
// Plain Node on purpose: it runs from the source tree, built or not, and from tests.
// Short: with the dev stack gone, so is its in-process Kafka broker, and services waiting to close their Kafka
// clients would wait for nothing; PostgreSQL's fast shutdown and Redis need well under a second.
const GRACE_MS = 3_000;
const POLL_MS = 100;

/** process group id -> the signal that stops that group's leader cleanly */
const groups = new Map();

const signalGroup = (groupId, signal) => {
  try {
    process.kill(-groupId, signal);
  } catch {
    // the group is already gone
  }
};

const groupAlive = (groupId) => {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

const sweep = async () => {
  for (const [groupId, signal] of groups) signalGroup(groupId, signal);
  const deadline = Date.now() + GRACE_MS;
  while ([...groups.keys()].some(groupAlive) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  for (const groupId of groups.keys()) signalGroup(groupId, 'SIGKILL');
  process.exit(0);
};

process.on('message', (message) => {
  if (message.watch) {
    groups.set(message.watch, message.signal);
    process.send({ watching: message.watch });
  }
  if (message.forget) groups.delete(message.forget);
});
process.once('disconnect', () => void sweep());
