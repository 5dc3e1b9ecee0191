import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import type { Db } from '../db/client.ts';
import { roleSchema, type Role } from '../../shared/contracts/common.contract.ts';
import { setupRequest } from '../../shared/contracts/auth.contract.ts';
import { createUser } from '../modules/accounts/accounts.service.ts';
import { CliError } from './cli-error.ts';

export interface UserCommand {
  user: { username: string; fullName: string; password: string };
  admin: boolean;
  role: { role: Role; org: string } | null;
}

export async function parseUserCommand(args: string[]): Promise<UserCommand> {
  const { positionals, values } = parseArgs({
    args, allowPositionals: true,
    options: {
      username: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' },
      admin: { type: 'boolean' }, role: { type: 'string' }, org: { type: 'string' },
    },
  });
  if (positionals[0] !== 'add' || positionals.length !== 1) {
    throw new CliError('Cú pháp: congdoan user add --username U --name "Họ tên" [--admin] [--role ROLE --org MÃ]');
  }
  const password = values.password ?? process.env.CONGDOAN_PASSWORD ?? (await askPassword());
  const parsed = setupRequest.safeParse({ username: values.username ?? '', fullName: values.name ?? '', password });
  if (!parsed.success) {
    throw new CliError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  let role: UserCommand['role'] = null;
  if (values.role || values.org) {
    const r = roleSchema.safeParse(values.role);
    if (!r.success || !values.org) {
      throw new CliError(`--role phải là một trong ${roleSchema.options.join(', ')} và đi kèm --org MÃ`);
    }
    role = { role: r.data, org: values.org };
  } else if (!values.admin) {
    throw new CliError('Cần --admin hoặc --role ROLE --org MÃ');
  }
  return { user: parsed.data, admin: values.admin ?? false, role };
}

export async function runUserCommand(db: Db, { user, admin, role }: UserCommand): Promise<void> {
  const roles = [];
  if (role) {
    const org = await db.selectFrom('organisations').select('id').where('code', '=', role.org).executeTakeFirst();
    if (!org) {
      throw new CliError(`Không có tổ chức mã "${role.org}"`);
    }
    roles.push({ orgId: org.id, role: role.role });
  }
  await createUser(db, { ...user, isAdmin: admin, roles });
  console.log(`Đã tạo tài khoản ${user.username}`);
}

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new CliError('Cần mật khẩu: --password hoặc biến môi trường CONGDOAN_PASSWORD');
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question('Mật khẩu (tối thiểu 10 ký tự): ');
  } finally {
    rl.close();
  }
}
