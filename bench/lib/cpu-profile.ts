import { readFile } from 'node:fs/promises';

/** The parts of a V8 `.cpuprofile` the summary reads. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where time went, in milliseconds and as a share of the non-idle time. */
export interface ProfileEntry {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  /** Sampled time that was not idle, start-up excluded. */
  busyMs: number;
  /** Time spent loading modules (start-up), left out of everything else. */
  moduleLoadingMs: number;
  /** Self time by function. */
  topFunctions: ProfileEntry[];
  /** Self time by area: a package, Node's internals, the gateway's own code, GC. */
  areasSelf: ProfileEntry[];
  /** Time with a frame of the area anywhere on the stack (areas overlap). */
  areasInclusive: ProfileEntry[];
  /** Time with the function anywhere on the stack (functions overlap). */
  topFunctionsInclusive: ProfileEntry[];
}

const IDLE_FRAMES = new Set(['(idle)', '(program)']);

/** Reads a `.cpuprofile` and sums its samples by function and by area. */
export async function summarizeProfile(file: string, top = 25): Promise<ProfileSummary> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const areaSelf = new Map<string, number>();
  const areaInclusive = new Map<string, number>();
  let busyMicros = 0;
  let loadingMicros = 0;

  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const micros = profile.timeDeltas[index] ?? 0;
    if (node === undefined || IDLE_FRAMES.has(node.callFrame.functionName)) return;

    const stack = stackOf(node, byId, parentOf);
    if (stack.some(isModuleLoading)) {
      loadingMicros += micros;
      return;
    }
    busyMicros += micros;
    add(self, functionLabel(node), micros);
    add(areaSelf, areaOf(node), micros);
    for (const label of new Set(stack.map(functionLabel))) add(inclusive, label, micros);
    for (const area of new Set(stack.filter(hasUrl).map(areaOf))) add(areaInclusive, area, micros);
  });

  const entries = (map: Map<string, number>, limit: number): ProfileEntry[] =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, micros]) => ({ name, ms: micros / 1000, share: micros / busyMicros }));

  return {
    busyMs: busyMicros / 1000,
    moduleLoadingMs: loadingMicros / 1000,
    topFunctions: entries(self, top),
    areasSelf: entries(areaSelf, top),
    areasInclusive: entries(areaInclusive, top),
    topFunctionsInclusive: entries(inclusive, top * 2),
  };
}

/** The frames from `leaf` up to the root. */
function stackOf(
  leaf: ProfileNode,
  byId: Map<number, ProfileNode>,
  parentOf: Map<number, number>,
): ProfileNode[] {
  const stack: ProfileNode[] = [];
  let current: ProfileNode | undefined = leaf;
  while (current !== undefined) {
    stack.push(current);
    const parent = parentOf.get(current.id);
    current = parent === undefined ? undefined : byId.get(parent);
  }
  return stack;
}

function hasUrl(node: ProfileNode): boolean {
  return node.callFrame.url !== '';
}

/** Frames of the module loader: start-up, not the work under load. */
function isModuleLoading(node: ProfileNode): boolean {
  return node.callFrame.url.startsWith('node:internal/modules/');
}

function functionLabel(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName === '' ? '(anonymous)' : functionName;
  if (url === '') return name;
  return `${name} ${shortUrl(url)}:${lineNumber + 1}`;
}

/** A package name, `node:<module>`, `gateway <dir>`, or a V8 pseudo frame such as GC. */
function areaOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (url === '') return functionName;

  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch?.[1] !== undefined) return packageMatch[1];
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[1] ?? url.slice(5)}`;

  const gatewayMatch = /\/dist\/([^/]+)\//.exec(url);
  if (gatewayMatch?.[1] !== undefined) return `gateway ${gatewayMatch[1]}/`;
  return shortUrl(url);
}

function shortUrl(url: string): string {
  const packageIndex = url.lastIndexOf('node_modules/');
  if (packageIndex >= 0) return url.slice(packageIndex + 'node_modules/'.length);

  const distIndex = url.indexOf('/dist/');
  return distIndex >= 0 ? url.slice(distIndex + 1) : url;
}

function add(map: Map<string, number>, key: string, micros: number): void {
  map.set(key, (map.get(key) ?? 0) + micros);
}
