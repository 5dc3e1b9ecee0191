import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, errorResponses, fileOk, jsonOk, requireCaller } from '../../core/http.ts';
import { AppError } from '../../core/errors.ts';
import { idParam } from '../../../shared/contracts/common.contract.ts';
import { attachmentPurpose, attachmentView } from '../../../shared/contracts/attachments.contract.ts';
import { downloadAttachment, uploadAttachment, type UploadedFile } from './attachments.service.ts';
import { contentDisposition } from './file-name.ts';

const tags = ['attachments'];
const base = '/orgs/{orgId}/attachments';
const orgParams = z.object({ orgId: idParam });
const ONE_FILE = 'Gửi đúng một tệp trong trường "file" (multipart/form-data)';

/** The one file of a multipart body; anything else is refused in Vietnamese (never a 500). */
async function oneFile(request: Request): Promise<UploadedFile> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError('BAD_FILE', ONE_FILE);
  }
  const files = form.getAll('file');
  const file = files[0];
  if (files.length !== 1 || typeof file === 'string') {
    throw new AppError('BAD_FILE', ONE_FILE);
  }
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export function attachmentRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({ method: 'post', path: base, tags,
      description: 'Tải lên một tệp đính kèm (tối đa 10 MB; PDF, Word, Excel, ảnh JPG/PNG, .txt) cho một mục đích: văn bản, chứng từ',
      request: {
        params: orgParams,
        query: z.object({ purpose: attachmentPurpose }),
        // A plain schema (not zod): the handler reads the form itself, so a malformed body is a 400 in Vietnamese.
        body: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } } }, required: true },
      },
      responses: { 200: jsonOk(attachmentView), 413: { description: 'Tệp quá lớn' }, ...errorResponses } }),
    async (c) => c.json(await uploadAttachment(c.get('db'), requireCaller(c), c.req.valid('param').orgId, c.req.valid('query').purpose,
      () => oneFile(c.req.raw)), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/{attachmentId}`, tags, description: 'Tải về một tệp đính kèm',
      request: { params: orgParams.extend({ attachmentId: idParam }) },
      responses: { 200: fileOk('application/octet-stream', 'Tệp đính kèm'), ...errorResponses } }),
    async (c) => {
      const { orgId, attachmentId } = c.req.valid('param');
      const file = await downloadAttachment(c.get('db'), requireCaller(c), orgId, attachmentId);
      return new Response(file.content, {
        headers: {
          'Content-Type': file.contentType,
          'Content-Disposition': contentDisposition(file.fileName),
          'Content-Length': String(file.content.byteLength),
          'Cache-Control': 'private, no-store',
        },
      });
    },
  );

  return app;
}
