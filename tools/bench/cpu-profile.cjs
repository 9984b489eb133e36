// Preloaded (--require) into a built service when SERVICE_CPU_PROFILE_DIR is set. Node's own --cpu-prof writes only
// on a normal exit, but a service stopped with SIGTERM ends by re-raising the signal, so the profile is taken here
// and written before the service's shutdown handlers run.
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.start');

const write = () => {
  session.post('Profiler.stop', (error, result) => {
    if (error) return;
    const file = join(
      process.env.SERVICE_CPU_PROFILE_DIR,
      `${process.argv[1].split('/').at(-3)}-${process.pid}.cpuprofile`,
    );
    writeFileSync(file, JSON.stringify(result.profile));
  });
};
process.once('SIGTERM', write);
process.once('SIGINT', write);
