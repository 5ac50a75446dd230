/**
 * Colour per output stream: stdout may be piped to a file while stderr is a terminal, so each
 * stream decides for itself. NO_COLOR and FORCE_COLOR win over the TTY check.
 */
import pc from 'picocolors';

export type Colors = ReturnType<typeof pc.createColors>;

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export function colorsFor(stream: OutputStream, env: NodeJS.ProcessEnv = process.env): Colors {
  return pc.createColors(wantsColor(stream, env));
}

function wantsColor(stream: OutputStream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}
