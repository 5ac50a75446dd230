import * as telemetry from './telemetry';

import { promisify } from 'util';

export async function track(event: string): Promise<boolean> {
  try {
    await promisify(telemetry.send).call(telemetry, event, { at: 'checkout' });
  } catch {}

  return true;
}
