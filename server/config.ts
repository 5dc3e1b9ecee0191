import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().regex(/^[0-9a-fA-F.:]+$|^localhost$/, 'HOST là một địa chỉ IP, ví dụ 0.0.0.0 hoặc 127.0.0.1').optional(),
  CONGDOAN_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL phải bắt đầu bằng postgres://').optional(),
  DATABASE_READ_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_READ_URL phải bắt đầu bằng postgres://').optional(),
});

export interface Config {
  port: number;
  /** Where to listen; unset: this machine only until the first-run setup, then every interface. */
  host: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  /** A PostgreSQL streaming replica of DATABASE_URL for the federation roll-ups and exports (PostgreSQL only). */
  databaseReadUrl: string | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset (shells and CI often export VAR= to clear one).
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Cấu hình không hợp lệ (${first.path.join('.')}): ${first.message}`);
  }
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    dataDir: path.resolve(parsed.data.CONGDOAN_DATA_DIR),
    databaseUrl: parsed.data.DATABASE_URL || undefined,
    databaseReadUrl: parsed.data.DATABASE_READ_URL || undefined,
  };
}
