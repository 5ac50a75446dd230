export function ask(rl, question, cb) {
  rl.question(question + ' ', (answer) => {
    cb(answer.trim());
  });
}

export function confirm(rl, cb) {
  ask(rl, 'Continue? [y/n]', (answer) => cb(answer === 'y'));
}
