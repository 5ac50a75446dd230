const auth = require('./auth');
const api = require('./api');

// The callback passed to login sets token: getProfile must start after it.
async function loadProfile(user) {
  let token = null;
  await auth.login(user, (t) => { token = t; });
  const profile = await api.getProfile(token);
  return profile;
}

// The same through a function of the file passed by name.
let session = null;
function keepSession(s) {
  session = s;
}

async function loadSettings(user) {
  await auth.open(user, keepSession);
  const settings = await api.getSettings(session);
  return settings;
}

module.exports = { loadProfile, loadSettings };
