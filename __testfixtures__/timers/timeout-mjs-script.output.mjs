import { setTimeout as sleep } from 'timers/promises';
async function main() {
  log('starting');
  await Promise.resolve();
  await sleep(40);
  log('shutting down');
}

main();
