// `node bench/bare-fastify.mjs PORT`: a Fastify app with one route and nothing else, on 127.0.0.1:PORT — the ceiling of
// what the framework serves on this machine, which bench:load, bench/cpu-per-request.sh and
// bench/instructions-per-request.sh measure the sandbox against. Prints `listening` once it listens.
import process from 'node:process';
import Fastify from 'fastify';

const app = Fastify();
app.get('/', () => ({ hello: 'world' }));
await app.listen({ port: Number(process.argv[2]), host: '127.0.0.1' });
process.stdout.write('listening\n');
