// The same conversion as a native ES module (default import of the fake module).
import db from './db';

export async function handle(id) {
  const subjectPromise = db.getSubject(id);
  console.log('requested', id);
  const subject = await subjectPromise;
  console.log('subject', subject.id);
  const buyinfo = await db.getBuyinfo(subject.id);
  return { subject, buyinfo };
}
