// The web app is built once and again only when its sources change: a fingerprint of the sources is kept beside
// the build. A production install (npm ci --omit=dev) has no Vite: it serves the build shipped in the package.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'web', 'dist');
const stamp = path.join(dist, '.sources.sha256');
const SOURCES = ['web', 'shared', 'package-lock.json'];

function filesUnder(entry: string): string[] {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) {
    return [];
  }
  if (fs.statSync(full).isFile()) {
    return [entry];
  }
  return fs.readdirSync(full, { withFileTypes: true })
    .filter((d) => !(entry === 'web' && d.name === 'dist') && d.name !== 'node_modules')
    .flatMap((d) => filesUnder(path.join(entry, d.name)));
}

/** A fingerprint of everything the web build is made from. */
export function webSourcesFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap(filesUnder).sort()) {
    hash.update(file).update('\0').update(fs.readFileSync(path.join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

/** Builds web/dist unless it was built from these very sources; without Vite, serves what is there. */
export async function ensureWebBuild(log: (line: string) => void = console.log): Promise<void> {
  const fingerprint = webSourcesFingerprint();
  const built = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : null;
  if (built === fingerprint && fs.existsSync(path.join(dist, 'index.html'))) {
    return;
  }
  const viteCli = findViteCli();
  if (!viteCli) {
    if (fs.existsSync(path.join(dist, 'index.html'))) {
      return; // an installed package: its build is the one to serve
    }
    throw new Error('Thiếu bản dựng giao diện web (web/dist) và không có Vite để dựng: chạy "npm ci" (đủ gói phát triển) rồi "npm run build:web"');
  }
  log('Đang dựng giao diện web / building the web app…');
  // In a process of its own: the first start also creates the database, and PGlite holds this process's main thread
  // while it does; side by side, each has a core.
  await promisify(execFile)(process.execPath, [viteCli, 'build', '--config', path.join(root, 'web', 'vite.config.ts'), '--logLevel', 'warn'],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  fs.writeFileSync(stamp, `${fingerprint}\n`);
}

/** Vite's command line, when Vite is installed (a development install). */
function findViteCli(): string | null {
  try {
    return path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  } catch {
    return null;
  }
}
