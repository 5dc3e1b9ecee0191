import { attachmentTypes } from '../../../shared/contracts/attachments.contract.ts';

// File names as a browser sends them are untrusted: a path ("C:\fakepath\x.pdf", "../../x"), control characters,
// characters Windows refuses, any length. They are cleaned once, on upload, and the stored name is what is served.

const MAX_NAME = 200;

/** The name kept for an uploaded file: last path segment, NFC, no control or reserved characters, at most 200 chars. */
export function sanitiseFileName(raw: string): string {
  const last = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = last.normalize('NFC')
    .replace(/[\u0000-\u001F\u007F-\u009F<>:"|?*\uFFFE\uFFFF\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\uD800-\uDFFF]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (cleaned.length <= MAX_NAME) {
    return cleaned;
  }
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_NAME - ext.length).trimEnd() + ext;
}

/** The extension (lower case, no dot) of a cleaned name, or ''. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The content type served for a name, decided by its extension from the accepted list (null: not accepted). */
export function contentTypeFor(name: string): string | null {
  return attachmentTypes[extensionOf(name)] ?? null;
}

/** Content-Disposition for a download: an ASCII fallback and the real name as RFC 5987 filename*. */
export function contentDisposition(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._ -]/g, '_') || 'tep-dinh-kem';
  const encoded = encodeURIComponent(name).replace(/['()*!]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
