/**
 * Loads the config: an explicit `--config <file>`, else `awaitify.config.json`, else the
 * `"awaitify"` key of package.json, searched from `cwd` upwards.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors';
import { PARALLEL_MODES, type AwaitifyConfig } from './options';

export const CONFIG_FILE = 'awaitify.config.json';

export interface LoadedConfig {
  config: AwaitifyConfig;
  /** Where it came from, for messages; undefined when no config was found. */
  source?: string;
}

export function loadConfig(cwd: string, explicitPath?: string): LoadedConfig {
  if (explicitPath) {
    const file = path.resolve(cwd, explicitPath);
    if (!fs.existsSync(file)) throw new UsageError(`config file not found: ${file}`);
    if (path.basename(file) === 'package.json') {
      const config = readConfigFile(file, (json) => (json as { awaitify?: unknown }).awaitify ?? {});
      return { config, source: `${file} ("awaitify")` };
    }
    return { config: readConfigFile(file, (json) => json), source: file };
  }
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const configFile = path.join(dir, CONFIG_FILE);
    if (fs.existsSync(configFile)) return { config: readConfigFile(configFile, (json) => json), source: configFile };
    const pkgFile = path.join(dir, 'package.json');
    if (fs.existsSync(pkgFile)) {
      const config = readConfigFile(pkgFile, (json) => (json as { awaitify?: unknown }).awaitify);
      if (config) return { config, source: `${pkgFile} ("awaitify")` };
    }
    if (path.dirname(dir) === dir) return { config: {} };
  }
}

function readConfigFile(file: string, pick: (json: unknown) => unknown): AwaitifyConfig {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read config ${file}: ${(error as Error).message}`);
  }
  const picked = pick(json);
  if (picked === undefined) return undefined as unknown as AwaitifyConfig;
  return validateConfig(picked, file);
}

const STRING_LIST_KEYS = ['transforms', 'skip', 'ignore', 'extensions', 'promiseApis', 'pure', 'sequential'] as const;

export function validateConfig(value: unknown, where: string): AwaitifyConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`${where}: the awaitify config must be an object`);
  }
  const config = value as Record<string, unknown>;
  const known = new Set<string>([...STRING_LIST_KEYS, 'parallel', 'prettier', 'keepApi', 'promiseTests']);
  for (const key of Object.keys(config)) {
    if (!known.has(key)) throw new UsageError(`${where}: unknown config key "${key}"`);
  }
  for (const key of STRING_LIST_KEYS) {
    const list = config[key];
    if (list !== undefined && !(Array.isArray(list) && list.every((item) => typeof item === 'string'))) {
      throw new UsageError(`${where}: "${key}" must be a list of strings`);
    }
  }
  if (config.parallel !== undefined && !PARALLEL_MODES.includes(config.parallel as never)) {
    throw new UsageError(`${where}: "parallel" must be one of ${PARALLEL_MODES.join(', ')}`);
  }
  if (config.prettier !== undefined && typeof config.prettier !== 'boolean' && config.prettier !== 'auto') {
    throw new UsageError(`${where}: "prettier" must be true, false or "auto"`);
  }
  for (const key of ['keepApi', 'promiseTests'] as const) {
    if (config[key] !== undefined && typeof config[key] !== 'boolean') throw new UsageError(`${where}: "${key}" must be true or false`);
  }
  return config as AwaitifyConfig;
}
