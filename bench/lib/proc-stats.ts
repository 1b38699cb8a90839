import { readFile, readdir, readlink, writeFile } from 'node:fs/promises';

/** Clock ticks per second of /proc's CPU times; 100 on every Linux this runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time a process has used so far, user plus system, in microseconds. */
export async function processCpuMicros(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // The command name may contain spaces and parentheses; the fields after it never do.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1_000_000) / CLOCK_TICKS_PER_SECOND;
}

/** Resident and peak resident memory of a process, in bytes. */
export interface MemoryUse {
  rssBytes: number;
  peakRssBytes: number;
}

export async function processMemory(pid: number): Promise<MemoryUse> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return {
    rssBytes: statusKilobytes(status, 'VmRSS') * 1024,
    peakRssBytes: statusKilobytes(status, 'VmHWM') * 1024,
  };
}

/**
 * Resets the peak resident memory to the current one, so that the next reading is the peak of
 * one run rather than of the process's life. Returns false where the kernel does not allow it.
 */
export async function resetPeakMemory(pid: number): Promise<boolean> {
  try {
    await writeFile(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

function statusKilobytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
  if (match?.[1] === undefined) throw new Error(`/proc status has no ${field} line`);
  return Number(match[1]);
}

/** Open sockets of a process: its file descriptors that link to `socket:[inode]`. */
export async function openSockets(pid: number): Promise<number> {
  const fds = await readdir(`/proc/${pid}/fd`);
  const links = await Promise.all(
    fds.map((fd) => readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')),
  );
  return links.filter((link) => link.startsWith('socket:')).length;
}

/** Busy and total jiffies per core, from the `cpuN` lines of /proc/stat. */
export type CoreTimes = { busy: number; total: number }[];

export async function coreTimes(): Promise<CoreTimes> {
  const stat = await readFile('/proc/stat', 'utf8');
  return stat
    .split('\n')
    .filter((line) => /^cpu\d+ /.test(line))
    .map((line) => {
      const [, ...values] = line.trim().split(/\s+/);
      const numbers = values.map(Number);
      const total = numbers.reduce((sum, value) => sum + value, 0);
      const idle = (numbers[3] ?? 0) + (numbers[4] ?? 0);
      return { busy: total - idle, total };
    });
}

/** How busy each core was between two readings, as a fraction from 0 to 1. */
export function coreBusy(before: CoreTimes, after: CoreTimes): number[] {
  return after.map((core, index) => {
    const earlier = before[index] ?? { busy: 0, total: 0 };
    const total = core.total - earlier.total;
    return total > 0 ? (core.busy - earlier.busy) / total : 0;
  });
}
