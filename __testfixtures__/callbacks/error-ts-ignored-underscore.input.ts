import * as telemetry from './telemetry';

export function track(event: string, cb: (err: Error | null, sent?: boolean) => void): void {
  telemetry.send(event, { at: 'checkout' }, (_err: Error | null) => {
    cb(null, true);
  });
}
