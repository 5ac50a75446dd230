const fs = require('fs');

const removeFile = (file, cb) => fs.unlink(file, cb);

module.exports = { removeFile };
