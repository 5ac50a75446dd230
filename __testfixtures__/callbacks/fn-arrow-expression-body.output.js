const fsPromises = require('fs/promises');

const removeFile = async (file) => fsPromises.unlink(file);

module.exports = { removeFile };
