const db = require('./db');

function archive(docId, reply) {
  db.getDoc(docId, (err, doc) => {
    if (err) return reply(err);
    db.putArchive(doc.id, doc, (err) => {
      if (err) return reply(err);
      reply(null, doc.id);
    });
  });
}

module.exports = { archive };
