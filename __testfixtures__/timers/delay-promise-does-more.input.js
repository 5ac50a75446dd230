function delayLogged(ms) {
  return new Promise((resolve) => {
    setTimeout(() => {
      log('waited', ms);
      resolve();
    }, ms);
  });
}

function timeout(ms) {
  return new Promise((resolve, reject) => setTimeout(reject, ms));
}

module.exports = { delayLogged, timeout };
