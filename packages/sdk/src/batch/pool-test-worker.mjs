// A worker for pool.test.ts: answers each item as the pool's protocol says, except items that
// ask it to misbehave in one of the ways a real worker can (exit, throw, hang, send what
// cannot be cloned).
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ first, items }) => {
  items.forEach((item, i) => {
    const index = first + i;
    if (item === 'exit') process.exit(7);
    if (item === 'throw') throw new Error('boom');
    if (item === 'hang') for (;;);
    if (item === 'unclonable') parentPort.postMessage({ index, result: Symbol('<<') });
    else parentPort.postMessage({ index, result: item.toUpperCase() });
  });
});
