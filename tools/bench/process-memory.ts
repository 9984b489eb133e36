import { readFileSync } from 'node:fs';

/** Resident memory of a process in MiB, from the kernel's own account of it (VmRSS in /proc/<pid>/status). */
export const residentMegabytes = (pid: number | undefined): number | undefined => {
  if (pid === undefined) return undefined;
  try {
    const kilobytes = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kilobytes === undefined ? undefined : Math.round(Number(kilobytes) / 1024);
  } catch {
    return undefined;
  }
};
