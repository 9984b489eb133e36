// Preloaded (--require) into a built service when SERVICE_CPU_PROFILE_DIR is set: a CPU profile and a sampled heap
// allocation profile. Node's own --cpu-prof writes only on a normal exit, but a service stopped with SIGTERM ends by
// re-raising the signal, so the profiles are taken here and written before the service's shutdown handlers run.
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.start');
session.post('HeapProfiler.enable');
session.post('HeapProfiler.startSampling', {
  samplingInterval: 64 * 1024,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});

const fileFor = (extension) =>
  join(process.env.SERVICE_CPU_PROFILE_DIR, `${process.argv[1].split('/').at(-3)}-${process.pid}.${extension}`);

const write = () => {
  session.post('Profiler.stop', (error, result) => {
    if (!error) writeFileSync(fileFor('cpuprofile'), JSON.stringify(result.profile));
  });
  session.post('HeapProfiler.stopSampling', (error, result) => {
    if (!error) writeFileSync(fileFor('heapprofile'), JSON.stringify(result.profile));
  });
};
process.once('SIGTERM', write);
process.once('SIGINT', write);
