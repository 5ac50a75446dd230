async function main() {
  log('starting');
  await Promise.resolve();
  setTimeout(() => {
    log('shutting down');
  }, 40);
}

main();
