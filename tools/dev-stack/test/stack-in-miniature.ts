// The dev stack in miniature, for the spec next to it: a wrapper whose server is its own child (as runuser
// starts PostgreSQL) and a Node service, started and stopped exactly as `npm start` does.
// Usage: node stack-in-miniature.js <workspace root>
import { ChildProcesses } from '../src/child-processes';
import { stopOnSignalOrOrphaning } from '../src/shutdown';

const start = async () => {
  const processes = ChildProcesses.open({ root: process.argv[2] });
  // Like runuser: passes no signal on and waits for its server, which only the process group's signal reaches.
  const runuserLike =
    "process.on('SIGTERM', () => undefined); require('node:child_process').spawn('sleep', ['600']).once('exit', () => process.exit(0));";
  const wrapper = await processes.start('wrapper', process.execPath, ['-e', runuserLike]);
  const service = await processes.start('service', process.execPath, ['-e', 'setInterval(() => undefined, 1_000)']);
  stopOnSignalOrOrphaning(
    async () => {
      await Promise.all([wrapper.stop(), service.stop()]);
      processes.close();
    },
    () => undefined,
  );
  console.log(JSON.stringify({ groups: [wrapper.child.pid, service.child.pid] }));
};

void start();
