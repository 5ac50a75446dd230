'use strict';
/**
 * One stable text form for any value a program produces, whatever realm (vm context) it comes
 * from: the event log is compared as text, so `cb(null, v)` and `resolve(v)` print the same, and
 * values from two different contexts compare equal when they look the same.
 */

const OBJECT_TAG = (value) => Object.prototype.toString.call(value);

function formatValue(value, seen = new Set()) {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
      return String(value);
    case 'symbol':
      return value.toString();
    case 'function':
      return `[Function ${value.name || 'anonymous'}]`;
    default:
      break;
  }
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  try {
    return formatObject(value, seen);
  } finally {
    seen.delete(value);
  }
}

function formatObject(value, seen) {
  const tag = OBJECT_TAG(value);
  // `instanceof` fails across realms; the internal tag does not.
  if (tag === '[object Error]') return formatError(value);
  if (typeof value.then === 'function') return '[Promise]';
  if (Buffer.isBuffer(value)) return `<Buffer ${JSON.stringify(value.toString('utf8'))}>`;
  if (Array.isArray(value)) return `[${value.map((item) => formatValue(item, seen)).join(', ')}]`;
  if (tag === '[object Date]') return `Date(${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
  if (tag === '[object Map]') {
    const entries = [...value].map(([k, v]) => `${formatValue(k, seen)} => ${formatValue(v, seen)}`);
    return `Map {${entries.join(', ')}}`;
  }
  if (tag === '[object Set]') return `Set {${[...value].map((item) => formatValue(item, seen)).join(', ')}}`;
  const entries = Object.keys(value).map((key) => `${JSON.stringify(key)}: ${formatValue(value[key], seen)}`);
  return `{${entries.join(', ')}}`;
}

/** Name, code and message: what a caller can branch on. The stack is left out (paths differ). */
function formatError(error) {
  const code = error.code === undefined ? '' : `[${error.code}]`;
  return `${error.name}${code}: ${error.message}`;
}

/** `name(arg1, arg2)`: the signature of a call, used in the log and to match scenario keys. */
function formatCall(name, args) {
  return `${name}(${args.map((arg) => formatValue(arg)).join(', ')})`;
}

module.exports = { formatValue, formatCall };
