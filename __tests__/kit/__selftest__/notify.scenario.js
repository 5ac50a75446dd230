// A .scenario.js: for arguments that must be real functions (their calls are logged too).
module.exports = {
  entry: 'loadUser',
  args: [7, function onProgress(stage) { return stage === 'loaded'; }],
};
