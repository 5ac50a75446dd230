const mailer = require('./mailer');

const { promisify } = require('util');

async function sendWelcome(user) {
  const message = { to: user.email, subject: 'Welcome, ' + user.name };
  return promisify(mailer.send).call(mailer, message);
}

module.exports = { sendWelcome };
