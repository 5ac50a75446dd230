/** MigrateOptions over the config file over defaults, validated once, before any work starts. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, validateConfig } from './config';
import { UsageError } from './errors';
import { DEFAULT_EXTENSIONS, DEFAULT_TIMEOUT_MS, type MigrateOptions } from './migrate-options';
import type { AwaitifyConfig, PipelineOptions, PrettierMode } from './options';
import { DEFAULT_MAX_FILE_BYTES } from './read-source';
import { resolvePipelineOptions } from './resolve-options';

export interface MigrateSettings {
  /** Real path of the working directory; report paths are relative to it. */
  cwd: string;
  paths: string[];
  extensions: string[];
  ignore: string[];
  pipeline: PipelineOptions;
  prettier: PrettierMode;
  /** False for dry and check runs. */
  writing: boolean;
  withDiffs: boolean;
  checkGit: boolean;
  workers: number;
  timeoutMs: number;
  maxFileBytes: number;
  /** The config's `promiseTests`; undefined: decided per file from its package.json. */
  promiseTests?: boolean;
}

export function resolveMigrateSettings(options: MigrateOptions): MigrateSettings {
  const cwd = realDirectory(options.cwd ?? process.cwd());
  if (!Array.isArray(options.paths) || options.paths.length === 0) {
    throw new UsageError('no paths given: name files, directories or globs to migrate');
  }
  const config = loadRunConfig(options.config, cwd);
  const writing = !options.dry && !options.check;
  return {
    cwd,
    paths: options.paths,
    extensions: options.extensions ?? config.extensions ?? DEFAULT_EXTENSIONS,
    ignore: [...(config.ignore ?? []), ...(options.ignore ?? [])],
    pipeline: resolvePipelineOptions(options, config),
    prettier: options.prettier ?? config.prettier ?? 'auto',
    writing,
    withDiffs: !writing || options.diff === true,
    checkGit: writing && !options.force,
    workers: positiveInteger('workers', options.workers ?? os.availableParallelism()),
    timeoutMs: nonNegativeNumber('timeoutMs', options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    maxFileBytes: positiveInteger('maxFileBytes', options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES),
    promiseTests: config.promiseTests,
  };
}

/** `config`: a file path, an object, false for none; by default, searched from `cwd` upwards. */
function loadRunConfig(config: MigrateOptions['config'], cwd: string): AwaitifyConfig {
  if (config === false) return {};
  if (typeof config === 'string') return loadConfig(cwd, config).config ?? {};
  if (config !== undefined) return validateConfig(config, 'the config option');
  return loadConfig(cwd).config;
}

function realDirectory(dir: string): string {
  try {
    const real = fs.realpathSync(path.resolve(dir));
    if (fs.statSync(real).isDirectory()) return real;
  } catch {
    // Reported below.
  }
  throw new UsageError(`working directory not found: ${dir}`);
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${name} must be a positive integer (got ${value})`);
  return value;
}

function nonNegativeNumber(name: string, value: number): number {
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new UsageError(`${name} must be a number >= 0 (got ${value})`);
  }
  return value === Infinity ? 0 : value;
}
