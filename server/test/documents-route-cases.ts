import type { TestApp } from './test-app.ts';

// The directive-document and attachment rows of the authorization matrix (authorization.int.test.ts): every route,
// each caller kind. Each call makes what it acts on (a document, a file), so callers do not collide.
type Expect<W extends string> = Record<W, number>;
interface Ctx { seed: number; seq: () => number }
interface Case<W extends string> { name: string; expect: Expect<W>; call(t: TestApp, username: string | null, c: Ctx): Promise<Response> }

/** A multipart/form-data body with one file in the field "file", as a browser sends it. */
export async function multipartFile(fileName: string, bytes: Uint8Array | string, field = 'file'): Promise<{ body: Uint8Array; type: string }> {
  const form = new FormData();
  form.append(field, new Blob([typeof bytes === 'string' ? new TextEncoder().encode(bytes) : new Uint8Array(bytes)]), fileName);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { body: new Uint8Array(await request.arrayBuffer()), type: request.headers.get('content-type')! };
}

export const documentBody = (n: number) => ({
  numberSymbol: `${n}/CV-LĐLĐ`, issuer: 'LĐLĐ thành phố Huế', issuedOn: '2026-03-02', receivedOn: '2026-03-03',
  summary: 'Về việc thử quyền truy cập văn bản', deadline: '2026-03-31',
});

async function documentId(t: TestApp, c: Ctx): Promise<number> {
  return (await t.handle.db.insertInto('directive_documents').values({
    org_id: c.seed, ...{ number_symbol: `${c.seq()}/TQ`, issuer: 'LĐLĐ thành phố Huế', issued_on: '2026-03-02', received_on: '2026-03-03' },
    summary: 'Văn bản thử quyền', attachment_id: null, deadline: '2026-03-31', assignee_member_id: null, status: 'pending',
    completed_on: null, note: null, created_by: null,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

async function attachmentId(t: TestApp, c: Ctx): Promise<number> {
  const bytes = Buffer.from(`tệp thử quyền ${c.seq()}`);
  return (await t.handle.db.insertInto('attachments').values({
    org_id: c.seed, purpose: 'document', file_name: 'thử quyền.txt', content_type: 'text/plain; charset=utf-8', byte_size: bytes.byteLength,
    sha256: 'a'.repeat(64), content: bytes, uploaded_by: null,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

export function documentRouteCases<W extends 'member' | 'chair' | 'committee' | 'treasurer' | 'otherChair' | 'federation' | 'otherOfficer' | 'anonymous'>(
  { read, write }: { read: Expect<W>; write: Expect<W> },
): Case<W>[] {
  const base = (c: Ctx) => `/api/orgs/${c.seed}`;
  return [
    { name: 'GET /orgs/{id}/documents', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/documents?year=2026&status=pending`) },
    { name: 'GET /orgs/{id}/documents/summary', expect: read, call: (t, u, c) => t.as(u).get(`${base(c)}/documents/summary?year=2026`) },
    { name: 'POST /orgs/{id}/documents', expect: write, call: (t, u, c) => t.as(u).send('POST', `${base(c)}/documents`, documentBody(c.seq())) },
    { name: 'PUT /orgs/{id}/documents/{documentId}', expect: write,
      call: async (t, u, c) => t.as(u).send('PUT', `${base(c)}/documents/${await documentId(t, c)}`, { ...documentBody(c.seq()), status: 'in_progress' }) },
    { name: 'POST /orgs/{id}/documents/{documentId}/done', expect: write,
      call: async (t, u, c) => t.as(u).send('POST', `${base(c)}/documents/${await documentId(t, c)}/done`, { completedOn: '2026-03-20' }) },
    { name: 'DELETE /orgs/{id}/documents/{documentId}', expect: write,
      call: async (t, u, c) => t.as(u).send('DELETE', `${base(c)}/documents/${await documentId(t, c)}`) },
    { name: 'POST /orgs/{id}/attachments', expect: write,
      call: async (t, u, c) => {
        const { body, type } = await multipartFile('Công văn thử quyền.pdf', '%PDF-1.4 thử');
        return t.as(u).raw('POST', `${base(c)}/attachments?purpose=document`, body, type);
      } },
    { name: 'GET /orgs/{id}/attachments/{attachmentId}', expect: read,
      call: async (t, u, c) => t.as(u).get(`${base(c)}/attachments/${await attachmentId(t, c)}`) },
  ];
}
