// An .xlsx upload that reports how much of the file has been sent. fetch() cannot report upload progress, so this
// one request uses XMLHttpRequest; errors become the same ApiError as every other call.
import { ApiError } from '../../app/api.ts';

export interface UploadProgress {
  /** Bytes sent so far and in all; once sent === total the server is reading the file. */
  sent: number;
  total: number;
}

export function uploadWithProgress<T>(path: string, file: Blob, contentType: string, onProgress: (p: UploadProgress) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', contentType);
    xhr.upload.onprogress = (e) => onProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.upload.onload = () => onProgress({ sent: file.size, total: file.size });
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'Network error'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T);
        return;
      }
      const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
      reject(error && typeof error.message === 'string'
        ? new ApiError(xhr.status, error.code ?? 'UNKNOWN', error.message, error.details)
        : new ApiError(xhr.status, xhr.status >= 500 ? 'SERVER_UNAVAILABLE' : 'HTTP_ERROR', `HTTP ${xhr.status}`));
    };
    xhr.send(file);
  });
}
