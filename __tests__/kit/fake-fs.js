'use strict';
/** The fake `fs` (callback API, `fs.promises`, `*Sync`): an in-memory tree seeded from the scenario's `files`. */
const nodePath = require('node:path');
const { formatCall } = require('./format-value');
const { fakeAsyncFunction, fakeError } = require('./fake-async');

/** Virtual directory of the program; `__dirname`-based paths map onto the fake file system. */
const PROGRAM_DIR = '/app';

function normalizePath(path) {
  const text = String(path);
  const absolute = nodePath.posix.resolve(PROGRAM_DIR, text);
  return nodePath.posix.relative(PROGRAM_DIR, absolute) || '.';
}

function createFs(world) {
  const { realm } = world;
  const files = new Map(Object.entries(world.scenario.files ?? {}).map(([path, text]) => [normalizePath(path), String(text)]));
  const missing = (syscall, path) =>
    fakeError(realm, `ENOENT: no such file or directory, ${syscall} '${path}'`, 'ENOENT', { errno: -2, syscall, path: String(path) });
  const isDirectory = (key) => key === '.' || [...files.keys()].some((file) => file.startsWith(`${key}/`));
  const contentOf = (path, syscall) => {
    const key = normalizePath(path);
    if (!files.has(key)) throw missing(syscall, path);
    return files.get(key);
  };
  const stats = (size, directory) => ({ size, isFile: () => !directory, isDirectory: () => directory });
  const encodingOf = (options) => (typeof options === 'string' ? options : options?.encoding);

  const operations = {
    readFile: ([path, options]) => {
      const text = contentOf(path, 'open');
      return [encodingOf(options) ? text : Buffer.from(text)];
    },
    writeFile: ([path, data]) => (files.set(normalizePath(path), String(data)), []),
    appendFile: ([path, data]) => {
      const key = normalizePath(path);
      files.set(key, (files.get(key) ?? '') + String(data));
      return [];
    },
    readdir: ([path]) => {
      const key = normalizePath(path);
      if (!isDirectory(key)) throw missing('scandir', path);
      const prefix = key === '.' ? '' : `${key}/`;
      const names = new Set([...files.keys()].filter((file) => file.startsWith(prefix)).map((file) => file.slice(prefix.length).split('/')[0]));
      return [world.toRealm([...names].sort())];
    },
    stat: ([path]) => {
      const key = normalizePath(path);
      if (files.has(key)) return [stats(files.get(key).length, false)];
      if (isDirectory(key)) return [stats(0, true)];
      throw missing('stat', path);
    },
    access: ([path]) => {
      const key = normalizePath(path);
      if (!files.has(key) && !isDirectory(key)) throw missing('access', path);
      return [];
    },
    unlink: ([path]) => (contentOf(path, 'unlink'), files.delete(normalizePath(path)), []),
    mkdir: () => [],
    rename: ([from, to]) => {
      const text = contentOf(from, 'rename');
      files.delete(normalizePath(from));
      files.set(normalizePath(to), text);
      return [];
    },
  };

  const fs = { constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 }, promises: {} };
  for (const [op, operation] of Object.entries(operations)) {
    fs[op] = fakeAsyncFunction(world, `fs.${op}`, operation, { mode: 'callback' });
    fs.promises[op] = fakeAsyncFunction(world, `fs.${op}`, operation, { mode: 'promise' });
    fs[`${op}Sync`] = (...args) => {
      world.record(`sync ${formatCall(`fs.${op}Sync`, args)}`);
      return operation(args)[0];
    };
  }
  const exists = ([path]) => [files.has(normalizePath(path)) || isDirectory(normalizePath(path))];
  // `fs.exists` is not error-first: its callback receives only the boolean.
  fs.exists = fakeAsyncFunction(world, 'fs.exists', exists, {
    mode: 'callback',
    errorFirst: false,
    promisified: fakeAsyncFunction(world, 'fs.exists', exists, { mode: 'promise', errorFirst: false }),
  });
  fs.existsSync = (path) => {
    world.record(`sync ${formatCall('fs.existsSync', [path])}`);
    return exists([path])[0];
  };
  return fs;
}

module.exports = { createFs, PROGRAM_DIR };
