// .docx → PDF through LibreOffice, the only route that lays the document out as Word does
// (no pure-JS renderer produces a real PDF). Each conversion runs headless in its own temp
// directory with its own LibreOffice profile, so parallel jobs never share or lock a profile.

import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../../core/errors.ts';

const CONVERT_TIMEOUT_MS = 60_000;

/** Where LibreOffice installs itself when it is not on PATH. */
const INSTALL_LOCATIONS: Partial<Record<NodeJS.Platform, string[]>> = {
  win32: [
    'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
    'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  ],
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
};

/** Path of the LibreOffice executable, or null when none is installed. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  const pathModule = platform === 'win32' ? path.win32 : path.posix;
  const names = platform === 'win32' ? ['soffice.exe', 'soffice.com', 'libreoffice.exe'] : ['soffice', 'libreoffice'];
  const dirs = (env.PATH ?? env.Path ?? '').split(pathModule.delimiter).filter(Boolean);
  const candidates = [
    ...dirs.flatMap((dir) => names.map((name) => pathModule.join(dir, name))),
    ...(INSTALL_LOCATIONS[platform] ?? []),
  ];
  return candidates.find(isFile) ?? null;
}

function isFile(file: string): boolean {
  try {
    return existsSync(file) && statSync(file).isFile();
  } catch {
    return false;
  }
}

export interface ConvertOptions {
  /** Executable to run; found with findSoffice() when omitted. */
  soffice?: string;
  /** Environment whose PATH findSoffice() searches; process.env when omitted. */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export async function convertDocxToPdf(docx: Buffer, options: ConvertOptions = {}): Promise<Buffer> {
  const soffice = options.soffice ?? findSoffice(options.env);
  if (!soffice) {
    throw new AppError(
      'INTERNAL',
      'Không tạo được PDF: máy chủ chưa cài LibreOffice (soffice). Hãy tải bản Word (.docx), hoặc cài LibreOffice rồi thử lại.',
    );
  }
  const workDir = await mkdtemp(path.join(tmpdir(), 'congdoan-pdf-'));
  try {
    const input = path.join(workDir, 'document.docx');
    const outDir = path.join(workDir, 'out');
    const profile = path.join(workDir, 'profile');
    await Promise.all([writeFile(input, docx), mkdir(outDir), mkdir(profile)]);
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      input,
    ];
    const log = await run(soffice, args, options.timeoutMs ?? CONVERT_TIMEOUT_MS);
    const output = path.join(outDir, 'document.pdf');
    if (!existsSync(output)) {
      throw new Error(`LibreOffice produced no PDF. Output: ${log.trim() || '(none)'}`);
    }
    return await readFile(output);
  } finally {
    await rm(workDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
  }
}

function run(file: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, windowsHide: true, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      if (error) {
        const reason = error.killed ? `timed out after ${timeoutMs} ms` : error.message;
        reject(new Error(`LibreOffice conversion failed (${reason}). ${String(stderr).trim()}`));
        return;
      }
      resolve(`${String(stdout)}${String(stderr)}`);
    });
  });
}
