import { EventEmitter } from 'events';

export function trackErrors(emitter: EventEmitter, onError: (err: Error) => void): () => void {
  const listener = (err: Error) => {
    onError(err);
  };
  emitter.on('error', listener);
  return () => emitter.off('error', listener);
}
