function installErrorHandler(app) {
  app.use((err, req, res, next) => {
    if (res.headersSent) return next(err);
    res.status(500).json({ message: err.message });
  });
}

module.exports = { installErrorHandler };
