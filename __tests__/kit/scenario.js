'use strict';
/**
 * Reads a scenario (see README.md) into variants: `[{ name, calls: [{ entry, args, ignoreReturn }],
 * concurrent, world: { failOn, delays, results, files } }]`. Unknown keys are errors, so a typo
 * cannot silently turn a scenario into one that checks less.
 */
const { KitError } = require('./sandbox');

const VARIANT_KEYS = ['name', 'entry', 'args', 'calls', 'concurrent', 'ignoreReturn', 'failOn', 'delays', 'results', 'files'];
const CALL_KEYS = ['entry', 'args', 'ignoreReturn'];

function normalizeScenario(raw, source) {
  const variants = Array.isArray(raw) ? raw : [raw];
  if (variants.length === 0) throw new KitError(`${source}: a scenario list needs at least one scenario`);
  return variants.map((variant, index) => normalizeVariant(variant, `${source}[${index}]`, index));
}

function normalizeVariant(variant, where, index) {
  requireObject(variant, where);
  rejectUnknownKeys(variant, VARIANT_KEYS, where);
  if (variant.calls !== undefined && (variant.entry !== undefined || variant.args !== undefined)) {
    throw new KitError(`${where}: give either "entry"/"args" or "calls", not both`);
  }
  if (variant.calls !== undefined && !Array.isArray(variant.calls)) throw new KitError(`${where}: "calls" must be a list`);
  const calls = variant.calls ?? (variant.entry === undefined ? [] : [{ entry: variant.entry, args: variant.args }]);
  return {
    name: variant.name ?? `scenario ${index + 1}`,
    calls: calls.map((call, i) => normalizeCall(call, `${where}.calls[${i}]`, variant.ignoreReturn)),
    concurrent: variant.concurrent === true,
    world: { failOn: variant.failOn, delays: variant.delays, results: variant.results, files: variant.files },
  };
}

function normalizeCall(call, where, ignoreReturnByDefault) {
  requireObject(call, where);
  rejectUnknownKeys(call, CALL_KEYS, where);
  if (typeof call.entry !== 'string' || call.entry === '') throw new KitError(`${where}: "entry" must name an exported function`);
  const args = call.args ?? [];
  if (!Array.isArray(args)) throw new KitError(`${where}: "args" must be a list`);
  return { entry: call.entry, args, ignoreReturn: (call.ignoreReturn ?? ignoreReturnByDefault) === true };
}

function requireObject(value, where) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new KitError(`${where}: expected an object`);
}

function rejectUnknownKeys(value, known, where) {
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new KitError(`${where}: unknown key(s) ${unknown.join(', ')} (known: ${known.join(', ')})`);
}

module.exports = { normalizeScenario };
