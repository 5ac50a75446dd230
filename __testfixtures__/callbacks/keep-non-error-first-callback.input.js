function eachUser(users, cb) {
  for (const user of users) {
    cb(user.name, user.id);
  }
}

function onReady(state, cb) {
  cb(state.ready ? 'ready' : 'waiting');
}

module.exports = { eachUser, onReady };
