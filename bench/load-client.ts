// The clients of `npm run bench:load`, run in a worker thread (plain JavaScript: a worker started from a string
// needs no TypeScript loader). Each client logs in once, then sends one request after another until time is up.

export interface RoutePick { name: string; weight: number; paths: string[] }
export interface LoadResult {
  seconds: number;
  loginErrors: number;
  routes: { name: string; latencies: number[]; errors: number }[];
  errorSamples: string[];
}

export const loadClientSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const { baseUrl, routes, clients, seconds, password, usernames, federationUsers } = workerData;
const TIMEOUT_MS = 30000;
const stats = routes.map((r) => ({ name: r.name, latencies: [], errors: 0 }));
const errorSamples = [];
let loginErrors = 0;

async function login(username) {
  const res = await fetch(baseUrl + '/api/auth/login', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
  });
  await res.arrayBuffer();
  if (res.status !== 200) { loginErrors += 1; return null; }
  return (res.headers.get('set-cookie') || '').split(';')[0];
}

function pick(federation) {
  const allowed = routes.map((r, i) => i).filter((i) => federation || !routes[i].name.startsWith('federation'));
  const total = allowed.reduce((s, i) => s + routes[i].weight, 0);
  let x = Math.random() * total;
  for (const i of allowed) { x -= routes[i].weight; if (x < 0) return i; }
  return allowed[allowed.length - 1];
}

async function client(n, cookie, federation, deadline) {
  while (performance.now() < deadline) {
    const i = pick(federation);
    const paths = routes[i].paths;
    const path = paths[Math.floor(Math.random() * paths.length)];
    const t0 = performance.now();
    try {
      const res = await fetch(baseUrl + path, { headers: { cookie }, signal: AbortSignal.timeout(TIMEOUT_MS) });
      await res.arrayBuffer();
      if (res.status !== 200) {
        stats[i].errors += 1;
        if (errorSamples.length < 5) errorSamples.push(res.status + ' ' + path);
        continue;
      }
      stats[i].latencies.push(performance.now() - t0);
    } catch (err) {
      stats[i].errors += 1;
      if (errorSamples.length < 5) errorSamples.push(String(err) + ' ' + path);
    }
  }
}

(async () => {
  const cookies = [];
  for (const u of usernames) cookies.push(await login(u));
  const start = performance.now();
  const deadline = start + seconds * 1000;
  await Promise.all(Array.from({ length: clients }, (_, n) => {
    const u = n % usernames.length;
    return cookies[u] ? client(n, cookies[u], federationUsers[u], deadline) : Promise.resolve();
  }));
  parentPort.postMessage({ seconds: (performance.now() - start) / 1000, loginErrors, routes: stats, errorSamples });
})();
`;
