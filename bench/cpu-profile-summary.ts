/**
 * `tsx bench/cpu-profile-summary.ts <file.cpuprofile> [--top N]`: where a `node --cpu-prof` profile spent its time.
 *
 * Prints the top functions by self time (time a sample was taken in the function itself), the top files/packages by
 * self time, and the top functions by inclusive time (the function or anything it called was on the stack; counted
 * once per sample even when recursive). Times come from the profile's sample deltas, as Chrome DevTools reads them.
 * `--from <function>` counts only from the first sample with that function on the stack (e.g. `routeHandler`: skip
 * the start-up and the seed); idle time is left out of the percentages.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' }, from: { type: 'string' } } });
const top = Number(values.top);
if (positionals.length === 0) throw new Error('usage: tsx bench/cpu-profile-summary.ts <file.cpuprofile>… [--top N]');

/** A file's name as a reader wants it: the package for node_modules, the path below the project otherwise. */
const fileOf = (url: string): string => {
  if (url === '') return '(native / VM)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return `npm:${rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  if (url.startsWith('node:')) return url;
  return url.replace(/^file:\/\//, '').replace(/^.*\/(build|server|src)\//, '$1/');
};
const functionOf = (frame: CallFrame): string =>
  `${frame.functionName || '(anonymous)'} ${fileOf(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;

const self = new Map<string, number>();
const selfByFile = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
let idle = 0;
const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);

for (const file of positionals) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackHas = (id: number, functionName: string) => {
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      if (byId.get(current)!.callFrame.functionName === functionName) return true;
    }
    return false;
  };
  const first = values.from === undefined ? 0 : profile.samples.findIndex((id) => stackHas(id, values.from!));
  profile.samples.forEach((id, index) => {
    if (first < 0 || index < first) return;
    const delta = profile.timeDeltas[index] ?? 0;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') {
      idle += delta;
      return;
    }
    total += delta;
    add(self, functionOf(node.callFrame), delta);
    add(selfByFile, node.callFrame.functionName === '(idle)' ? '(idle)' : fileOf(node.callFrame.url), delta);
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const key = functionOf(byId.get(current)!.callFrame);
      if (!seen.has(key)) {
        seen.add(key);
        add(inclusive, key, delta);
      }
    }
  });
}

const print = (line = '') => process.stdout.write(`${line}\n`);
const table = (title: string, map: Map<string, number>) => {
  print(`\n${title}`);
  for (const [key, microseconds] of [...map].sort((left, right) => right[1] - left[1]).slice(0, top)) {
    print(`${((100 * microseconds) / total).toFixed(1).padStart(6)} %  ${(microseconds / 1000).toFixed(0).padStart(7)} ms  ${key}`);
  }
};
print(`${positionals.join(', ')}: ${(total / 1000).toFixed(0)} ms busy sampled (and ${(idle / 1000).toFixed(0)} ms idle)${values.from ? `, from the first ${values.from}` : ''}`);
table(`top ${top} functions by self time`, self);
table(`top ${top} files by self time`, selfByFile);
table(`top ${top} functions by inclusive time`, inclusive);
