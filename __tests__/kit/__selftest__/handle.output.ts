// @ts-nocheck -- a program for the equivalence runner ('./db' is a fake it serves), not part of the build.
// The same conversion as an ES module in TypeScript (transpiled to CommonJS by the runner).
import * as db from './db';

interface Subject {
  id: number;
}

export async function handle(id: number): Promise<{ subject: Subject; buyinfo: unknown }> {
  const subjectPromise: Promise<Subject> = db.getSubject(id);
  console.log('requested', id);
  const subject = await subjectPromise;
  console.log('subject', subject.id);
  const buyinfo = await db.getBuyinfo(subject.id);
  return { subject, buyinfo };
}
