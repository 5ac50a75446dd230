/**
 * The built CLI over a file that mixes error-first callbacks and promise chains, with the default
 * pipeline (callbacks, then promise-chains): one run converts both kinds, a second run changes
 * nothing.
 */
import type { RunReport } from '../engine/report';
import { buildOnce, readFile, removeTempProjects, runCli, tempProject } from './helpers/run-cli';

const MIXED = `const fs = require('fs');
const db = require('./db');

function readConfig(file, cb) {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return cb(err);
    cb(null, text.trim());
  });
}

function userName(id) {
  return db.getUser(id)
    .then((user) => user.name)
    .catch(() => 'anonymous');
}

async function main() {
  await userName(1).then((name) => console.log(name));
  readConfig('app.conf', (err, conf) => {
    if (err) throw err;
    console.log(conf);
  });
}

module.exports = { readConfig, userName, main };
`;

/** Still a chain after the run: a bare `p.then(f);` statement, which nothing waits for. */
const FIRE_AND_FORGET = `const db = require('./db');

function warm() {
  db.warmUp().then(() => console.log('warm'));
  return true;
}

module.exports = { warm };
`;

beforeAll(buildOnce);
afterAll(removeTempProjects);

describe('promise chains with the default pipeline', () => {
  test('one run converts the callbacks and the chains; a second run changes nothing', () => {
    const dir = tempProject({ 'src/service.js': MIXED, 'src/warm.js': FIRE_AND_FORGET });

    const first = runCli(['--json', 'src'], { cwd: dir });
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as RunReport;
    const service = report.files.find((f) => f.file === 'src/service.js')!;
    expect(service.status).toBe('changed');
    const converted = service.sites.filter((s) => s.kind === 'converted').map((s) => `${s.transform}:${s.code}`);
    expect(converted).toEqual(expect.arrayContaining(['callbacks:callback-to-await', 'callbacks:async-function', 'promise-chains:chain-to-await']));
    expect(converted.filter((c) => c === 'promise-chains:chain-to-await')).toHaveLength(2);

    const out = readFile(dir, 'src/service.js');
    expect(out).not.toMatch(/\.then\(|\.catch\(|\(err, text\) =>|\bcb\b/);
    expect(out).toContain("const text = await fsPromises.readFile(file, 'utf8');");
    expect(out).toContain('async function userName(id) {');
    expect(out).toMatch(/try \{\n\s+const user = await db\.getUser\(id\);\n\s+return await user\.name;\n\s+\} catch \{\n\s+return 'anonymous';\n\s+\}/);
    expect(out).toMatch(/const name = await userName\(1\);\n\s+console\.log\(name\);\n\s+const conf = await readConfig\('app\.conf'\);/);

    // The chain nothing waits for stays, reported with its reason.
    const warm = report.files.find((f) => f.file === 'src/warm.js')!;
    expect(warm.status).toBe('unchanged');
    expect(warm.sites).toEqual([expect.objectContaining({ kind: 'skipped', transform: 'promise-chains', code: 'chain-not-awaited', line: 4 })]);
    expect(readFile(dir, 'src/warm.js')).toBe(FIRE_AND_FORGET);

    const second = runCli(['--check', 'src'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('');
    expect(readFile(dir, 'src/service.js')).toBe(out);
  });

  test('the chain in the callbackApi helper the callbacks transform writes (--keep-api) is not reported', () => {
    const dir = tempProject({ 'service.js': MIXED });
    const result = runCli(['--json', '--keep-api', 'service.js'], { cwd: dir });
    expect(result.code).toBe(0);
    const [file] = (JSON.parse(result.stdout) as RunReport).files;
    expect(readFile(dir, 'service.js')).toContain('function callbackApi(');
    expect(file.sites.filter((s) => s.transform === 'promise-chains')).toEqual([
      expect.objectContaining({ kind: 'converted', code: 'chain-to-await', line: 12 }),
      expect.objectContaining({ kind: 'converted', code: 'chain-to-await', line: 18 }),
    ]);
  });

  test('--transforms promise-chains alone leaves the callbacks as they were', () => {
    const dir = tempProject({ 'service.js': MIXED });
    const result = runCli(['--transforms', 'promise-chains', 'service.js'], { cwd: dir });
    expect(result.code).toBe(0);
    const out = readFile(dir, 'service.js');
    expect(out).toContain("fs.readFile(file, 'utf8', (err, text) => {");
    expect(out).toContain('async function userName(id) {');
    expect(out).not.toContain('.catch(');
  });
});
