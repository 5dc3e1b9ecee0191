// npm run bench:start — how long `npm run demo` takes to answer /api/health: on a fresh clone (no web build, no
// data directory) and on the next start (both there). Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Seconds from spawning `npm run demo` to the first 200 of /api/health. */
async function timeToHealth(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['run', 'demo'], {
    env: { ...process.env, CONGDOAN_DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '' },
    stdio: 'ignore', detached: true,
  });
  try {
    for (;;) {
      if (performance.now() - started > 120_000) {
        throw new Error('no answer within 120 s');
      }
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
      if (ok) {
        return (performance.now() - started) / 1000;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const dist = path.resolve('web/dist');
const first: number[] = [];
const next: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-start-'));
  fs.rmSync(dist, { recursive: true, force: true });
  first.push(await timeToHealth(dataDir));
  next.push(await timeToHealth(dataDir));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (xs: number[]) => `median ${median(xs).toFixed(1)} s (runs: ${xs.map((x) => x.toFixed(1)).join(', ')})`;
console.log(`first start (fresh clone: web build + new data directory + demo data): ${show(first)}`);
console.log(`next start (build and data in place):                                   ${show(next)}`);
