/** Lifts error-first callbacks into `await` (work in progress: being written now). */
import type { AwaitifyTransform } from '../lib/plugin';

export const callbacksTransform: AwaitifyTransform = {
  name: 'callbacks',
  description: 'Lift error-first callbacks into await and callback-taking functions into async functions',
  run: () => false,
};
