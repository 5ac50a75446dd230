const mailer = require('./mailer');

function sendWelcome(user, cb) {
  const message = { to: user.email, subject: 'Welcome, ' + user.name };
  mailer.send(message, cb);
}

module.exports = { sendWelcome };
